"""Statements whose speaker is given by layout rather than by a reporting verb: interview turns ("Thomas
Berg: We never planned to sell." — each answer paragraph is a claim by the labelled person, and so are the
unlabelled paragraphs that continue it; a question's "You say that …" is the answerer's claim) and embedded
posts signed on the line after them ("— Ana Ruiz (@ana) May 3, 2021") or labelled with their handle as they are
quoted in round-ups of social media ("@ferran_campos: History helps us understand the present."). Pure functions over
the text and its entity mentions."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.line_labels import CAPITAL_LABEL
from annotations.suggest.name_words import name_lists, title_words, zipf
from annotations.suggest.text_scan import lines_with

_TITLE: Final = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame)\.?\s+)?\Z")
_ANY_LABEL: Final = re.compile(r"[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,4}:[ \t]+\S")
"""A line opening with a speaker label: up to five capitalised words and a colon ("The Economist: …")."""
_PARAGRAPH_END: Final = re.compile(r"[.!?…\"”)’']\s*\Z")
CONTINUED: Final = 4
"""How many unlabelled paragraphs after an answer still continue it."""
POST_LENGTH: Final = 300
"""An embedded post is at most this long (a tweet is 280 characters): the lines above its signature."""
_SIGNATURE: Final = re.compile(r"[—–-][ \t]*\Z")
_HANDLE: Final = re.compile(r"[ \t]*\(@\w+\)")
_HANDLE_LABEL: Final = re.compile(r"^[ \t]*(?:>[ \t]*)?(?P<handle>@(?:[A-Z][\w.]*(?:[ \t][A-Z][\w.]*){0,2}|\w[\w.]*))"
                                  r"(?:[ \t]+\[[a-z]{2,3}(?:-[A-Za-z]{2,4})?\])?[ \t]*:[ \t]+(?=\S)", re.M)
"""A line opening with a handle and a colon: a post quoted with its author ("@wh_w [zh]: I seriously suspect …"; a
Weibo name may have spaces, "@Liu Yadong"; a language tag in brackets may follow)."""
_NOT_AUTHORS: Final = frozenset("everyone channel here all team param return returns raise raises throws type rtype see since "
                                "author version deprecated note todo example chair secretary location".split())
"""Labels that are no author: those addressed ("@everyone:"), a docstring's fields ("@return:"), minutes' fields."""
_STATEMENT_END: Final = re.compile(r"[.!][\"”’')]?\s")
POST_MIN: Final = 20
COMMON_WORD: Final = 4.5
"""A handle that is a common English word in lower case labels a schedule or a place ("@home: breakfast"), no
author (Zipf frequency, `name_words.zipf`)."""
"""A post shorter than this is a field, not a statement ("@Chair: Ana Ruiz")."""


@dataclass(frozen=True)
class Turn:
    start: int  # the statement's start (after the label)
    end: int  # the paragraph's end
    line: int  # where its line starts
    speaker: str | None  # an answer's (or a post's) author; None for a question
    answerer: str | None = None  # for a question: the person answering it


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def turns(text: str, mentions: Sequence[Suggestion], name_of: Callable[[Suggestion], str]) -> list[Turn]:
    """Interview answers (and their continued paragraphs), questions, and signed posts, in text order."""
    labels: dict[int, tuple[int, str]] = {}  # line start -> (label end, person)
    posts: list[Turn] = _handle_posts(text) if "@" in text else []
    for m in mentions:
        if m.type != "PERSON":
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        if text.startswith(":", m.end) and _TITLE.fullmatch(text, line_start, m.start):
            labels[line_start] = (m.end + 1, name_of(m))
        elif _SIGNATURE.fullmatch(text, line_start, m.start) and _HANDLE.match(text, m.end):
            posts += _post(text, line_start, name_of(m))
    labels.update(_capital_labels(text, mentions, name_of, labels))
    labels.update(_answers(text, mentions, name_of))
    if not labels:
        return posts
    dialogue = len(labels) > 1 or any(_ANY_LABEL.match(text, line) for line in _neighbours(text, labels))
    out: list[Turn] = []
    pending: list[int] = []  # question lines waiting for their answer
    line_start, previous = 0, None
    continued = 0
    while line_start < len(text):
        end = text.find("\n", line_start)
        end = len(text) if end < 0 else end
        body = text[line_start:end].strip()
        if line_start in labels:
            label_end, person = labels[line_start]
            out += [Turn(q, e, q, None, person) for q, e in _questions(text, pending)]
            pending = []
            start = label_end + len(text[label_end:end]) - len(text[label_end:end].lstrip())
            if end > start:
                out.append(Turn(start, end, line_start, person))
            previous, continued = person, 0
        elif body and _ANY_LABEL.match(text, line_start):
            pending.append(line_start)
            previous = None
        elif body and previous and dialogue and continued < CONTINUED and _PARAGRAPH_END.search(body):
            out.append(Turn(line_start, end, line_start, previous))
            continued += 1
        elif body:
            previous = None
        line_start = end + 1
    return sorted(out + posts, key=lambda t: t.start)


_ASKERS: Final = frozenset("HOST ANCHOR REPORTER INTERVIEWER CORRESPONDENT MODERATOR PRESENTER BYLINE Q".split())
_NO_PERSON: Final = frozenset("UNIDENTIFIED PERSON MAN WOMAN GROUP CROWD AUDIENCE CALLER ANNOUNCER NARRATOR VOICE A Q "
                              "SOUNDBITE BEGIN END VIDEO CLIP".split())


def _capital_labels(text: str, mentions: Sequence[Suggestion], name_of: Callable[[Suggestion], str],
                    known: dict[int, tuple[int, str]]) -> dict[int, tuple[int, str]]:
    """Lines opening with a label in capitals that names a person: line start -> (label end, the person's fullest
    name: the mixed-case name the text gives, else the label's words). Labels of hosts and other askers are left
    out, so their lines are questions; "INSKEEP:" is the host named "STEVE INSKEEP, HOST:" before."""
    if ":" not in text:
        return {}
    people = {name_of(m) for m in mentions if m.type == "PERSON"}
    by_last = {name.split()[-1].casefold(): name for name in sorted(people, key=len)}
    askers: set[str] = set()
    out: dict[int, tuple[int, str]] = {}
    for m in CAPITAL_LABEL.finditer(text):
        words = m.group("name").split()
        if m.start() in known or not _NO_PERSON.isdisjoint(words):
            continue
        if words[-1] in _ASKERS or m.group("role") and not _ASKERS.isdisjoint(m.group("role").split()):
            askers.add(words[-1])
            continue
        if words[-1] in askers or words[0] == "Q" or len(words[-1]) < 3:
            continue
        name = " ".join(w.capitalize() if "'" not in w and "’" not in w else w.title() for w in words)
        if name in gazetteer():  # "NEW DELHI: Their American dream …": a dateline
            continue
        person = next((p for p in people if p.casefold() == name.casefold()), None) \
            or by_last.get(words[-1].casefold()) \
            or (name if len(words) >= 2 and name.split()[0] in name_lists()[0] else None)
        if person is None:
            continue
        by_last.setdefault(words[-1].casefold(), person)
        if m.end() < len(text) and text[m.end()] != "\n":
            out[m.start()] = (m.end(), person)
    return out


_QUESTION: Final = re.compile(r"^Q:[ \t]", re.M)
_ANSWER: Final = re.compile(r"^A:[ \t]+", re.M)


def _answers(text: str, mentions: Sequence[Suggestion], name_of: Callable[[Suggestion], str]
             ) -> dict[int, tuple[int, str]]:
    """A "Q: … / A: …" interview: each "A:" line is the person named last before the first question (the one
    the introduction presents)."""
    first = _QUESTION.search(text) if "Q:" in text else None
    if first is None:
        return {}
    introduced = [m for m in mentions if m.type == "PERSON" and m.end <= first.start()]
    if not introduced:
        return {}
    person = name_of(introduced[-1])
    return {m.start(): (m.end(), person) for m in _ANSWER.finditer(text, first.end())}


def _neighbours(text: str, labels: dict[int, tuple[int, str]]) -> list[int]:
    """Where the lines before and after each labelled line start (a lone "Name: …" line is a quoted heading,
    not an interview, unless another speaker label stands next to it)."""
    out = []
    for line in labels:
        if line > 0:
            out.append(text.rfind("\n", 0, line - 1) + 1)
        following = text.find("\n", line)
        if following >= 0:
            out.append(following + 1)
    return [n for n in out if n not in labels]


def _questions(text: str, lines: list[int]) -> list[tuple[int, int]]:
    return [(line, _line_bounds(text, line)[1]) for line in lines]


def handle_names(text: str, mentions: Sequence[Suggestion], name_of: Callable[[Suggestion], str]) -> dict[str, str]:
    """Each handle the text gives a name to ("Raian Gibrel (@bro0ownsugar) envisioned …": "@bro0ownsugar" -> "Raian
    Gibrel"): the person or body mentioned right before the bracket, else the capitalised words there that are no
    title or common word; never a parody's or a fan's account ("A parody account of Elon Musk (@ElonMuskParody)"). A
    handle given two names keeps none. Looked for only on the lines with "(@" (`lines_with`)."""
    if "(@" not in text:
        return {}
    by_end = {p.end: p for p in mentions if p.type in ("PERSON", "ORG")}
    named: dict[str, set[str]] = {}
    handles = [m for start, end in lines_with(text, "(@", len(text)) for m in _NAMED_HANDLE.finditer(text, start, end)]
    for m in handles:
        if _NOT_THEIR_ACCOUNT.search(text, max(0, m.start() - 40), m.start(1)):
            continue
        mention = by_end.get(m.end(1))
        if mention is not None:
            name = name_of(mention)
        else:
            words = m.group(1).split()
            while words and (words[0].rstrip(".") in title_words() or zipf(words[0].lower()) >= COMMON_WORD
                             or words[0].endswith(("'s", "’s"))):
                words = words[1:]
            if not words:
                continue
            name = " ".join(words)
        named.setdefault("@" + m.group(2), set()).add(name)
    return {handle: names.pop() for handle, names in named.items() if len(names) == 1}


_NAMED_HANDLE: Final = re.compile(r"([A-Z](?<![\w'’.-][A-Z])[\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]+\(@(\w+)\)")
"""Capitalised words and a handle in brackets right after them: the name of whoever posts under it. The capital comes
before the look-behind (no word character before it), so that the engine skips ahead to capitals (37 ms a megabyte,
then 15)."""
_NOT_THEIR_ACCOUNT: Final = re.compile(r"\b(?:parody|fake|spoof|satirical|impostor|imposter|fan|unofficial|troll)\b[^.\n]*\Z",
                                       re.I)


def _handle_posts(text: str) -> list[Turn]:
    """Each line labelled with a handle: one post by that handle, the rest of its line."""
    out: list[Turn] = []
    for m in _HANDLE_LABEL.finditer(text) if "@" in text else ():  # (tried at every line's start: 6 ms a megabyte)
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        body = text[m.end():end].rstrip()
        question = body.endswith("?") and _STATEMENT_END.search(body) is None  # (a post asking only)
        handle = m.group("handle")[1:]
        common = handle.isalpha() and handle.islower() and zipf(handle) >= COMMON_WORD  # ("@home:", "@office:")
        if handle.lower() not in _NOT_AUTHORS and not common and len(body) >= POST_MIN and not question:
            out.append(Turn(m.end(), end, m.start(), m.group("handle")))
    return out


def _post(text: str, signature_line: int, person: str) -> list[Turn]:
    """The lines right above a signature "— Name (@handle) date", as long as they fit in one post."""
    out: list[Turn] = []
    end = signature_line - 1
    total = 0
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        total += end - start
        if total > POST_LENGTH or end == start:
            break
        out.append(Turn(start, end, start, person))
        end = start - 1
    return out
