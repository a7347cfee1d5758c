"""Claim suggestions: sentences with reported speech (said, declared, warned, accused, according to, data
"show", tests "found"...), direct quotes (also a quote running over several sentences or paragraphs), and
factual numeric statements. Sentences come from `sentencex` (a maintained segmenter) within each line. Each
claim gets a guessed speaker (see `speakers.py`: named or unnamed, with an affiliation for "said X of Y")
and a claim type (quote, statistic, prediction, accusation, denial, assessment)."""
from __future__ import annotations

import gc
import re
from bisect import bisect_left
from dataclasses import replace
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.block_quotes import BlockQuotes
from annotations.suggest.claim_speakers import named_claims
from annotations.suggest.claim_sentences import OPENING_MARKS, sentences
from annotations.suggest.coreference import gender_of, genders, roles, surnames_as_people
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.interviews import Turn, handle_names, turns
from annotations.suggest.line_labels import DATELINE_PREFIX
from annotations.suggest.name_words import DESCRIBING_ENDS
from annotations.suggest.namesakes import titled_namesakes
from annotations.suggest.document_authors import document_author
from annotations.suggest.quotes import fill_quotes, merge_quotes, quote_spans, titles
from annotations.suggest.report_cuts import split_reports
from annotations.suggest.reporting_verbs import main_verb, reporting_verbs
from annotations.suggest.sentence_subject import characterising_subject, sentence_subject
from annotations.suggest.single_quotes import as_double_quotes
from annotations.suggest.soft_wraps import soft_wraps_as_spaces
from annotations.suggest.text_scan import WordHits, starts_of
from annotations.suggest.org_references import BODY_NOUNS, body_roles
from annotations.suggest.speaker_context import Context, Speaker, full_name
from annotations.suggest.speaker_pronouns import SENTENCE_OPENING
from annotations.suggest.speaker_names import full_names as full_names_of
from annotations.suggest.described_subjects import described, latest_holder
from annotations.suggest.speakers import find_speaker
from annotations.suggest.unnamed import head_noun, one_person, plural

_QUOTE: Final = re.compile(r"[\"“][^\"”]{12,}[\"”]")
_QUOTED: Final = 14
"""A quoted stretch this long (marks included) inside a sentence makes it a quotation (shorter: a word or a name
quoted, unless the sentence opens with it)."""
_DIGIT: Final = re.compile(r"\d")
_WORD: Final = re.compile(r"[a-z]+")


def _words(lower: str) -> set[str]:
    """The runs of a-z letters in a lower-cased sentence (`_WORD`; a test checks they agree), split out of its
    UTF-8 bytes with every byte but a-z made a space: any other character's bytes are not a-z (a non-ASCII
    one's are all >= 0x80), so it separates words as in `_WORD`. A quarter faster than `findall`, and than
    `str.translate` (which looks each character up in a dict) for an ASCII sentence."""
    return set(lower.encode("utf-8", "surrogatepass").translate(_A_TO_Z_ONLY).decode("ascii").split())


_A_TO_Z_ONLY: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))  # bytes.translate table: a-z kept, others " "


NUMBER_WORDS: Final = frozenset("million billion percent half third quarter".split())
FACT_VERBS: Final = frozenset("is are was were has have had reached rose fell killed cost costs lost traded".split())
TYPES: Final = [("denial", frozenset("denied denies rejected rejects disputes".split())),
                ("accusation", frozenset("accused accuses blamed slammed".split())),
                ("prediction", frozenset("will would could expected forecast predicted".split()))]
"""Claim types by the words a sentence uses, first match wins; then "quote" (a direct quote), "statistic"
(a number), else "assessment". Word sets, not regular expressions: one pass per sentence."""


def _claim_type(sentence: str, words: frozenset[str] | set[str]) -> str:
    for label, vocabulary in TYPES:
        if not words.isdisjoint(vocabulary):
            return label
    if _QUOTE.search(sentence):
        return "quote"
    if _DIGIT.search(sentence) or not words.isdisjoint(NUMBER_WORDS):
        return "statistic"
    return "assessment"


_INTRODUCES: Final = re.compile(r"\b(?:issued|released|put\s+out|posted|published|gave|made|sent|read\s+out)\s+(?:a|an|the|his|"
                                r"her|its|their)\s+(?:[a-z-]+\s+){0,2}(?:statement|response|comment|comments|remarks|"
                                r"message|letter|post|tweet|speech|address)\b")
"""A sentence putting out words ("X issued a statement regarding the decision."): no claim itself, but the quote
right after it in the paragraph is its subject's."""
_PUT_OUT: Final = ("statement", "response", "comment", "remarks", "message", "letter", "post", "tweet", "speech", "address")
"""The words `_INTRODUCES` ends with, as they stand in it ("comment" in "comments"): a sentence with none of them puts
out no words, and the pattern, which tries its alternation at every position, is not run over it."""


def _puts_out(body: str) -> re.Match[str] | None:
    return _INTRODUCES.search(body) if any(noun in body for noun in _PUT_OUT) else None


_BYLINE: Final = re.compile(r"[ \t]*(?:By|BY)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al|bin))*"
                            r"(?:,[^\n]{0,50})?[ \t]*\Z")
"""A line naming the article's writer ("By Md Aynal Haque", "By Jo Moe, Political Editor"): no one the story's "he" or
"she" later stands for (not a headline: "By a whisker: X survives the cut", "By royal appointment: …")."""
_SIGNED: Final = re.compile(r"[ \t]*[—–-][ \t]*")
"""A dash after a quotation and before a name: the name signs it ('"…" – Jennifer Lawrence')."""
_SPOKES: Final = re.compile(r"spokes(?:man|woman|person)")
_DESCRIBING: Final = re.compile(r"-(?:" + "|".join(sorted(DESCRIBING_ENDS)) + r")\b")


def suggest_claims(text: str, entities: list[Suggestion]) -> list[Suggestion]:
    """Candidate claims; `entities` are the document's entity mentions (annotations and suggestions) used to
    guess speakers. Python's cyclic garbage collector is paused meanwhile, as for the entity suggestions
    (the app's job process pauses it for every job): a megabyte makes ~100,000 small objects, none in a
    reference cycle."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        quoting = as_double_quotes(text)  # ('I've loved my time,' he said: a tabloid's quotation marks)
        reading = soft_wraps_as_spaces(quoting)  # ("… according to\npresident and CEO X": prose wrapped at a width)
        found = _suggest_claims(reading, entities)
        return found if reading is text else [replace(c, exact=text[c.start:c.end]) for c in found]
    finally:
        if collecting:
            gc.enable()


def _suggest_claims(text: str, entities: list[Suggestion]) -> list[Suggestion]:
    mentions = sorted((e for e in entities if e.type in ("PERSON", "ORG", "PLACE") and not (
        text.startswith("-", e.end) and _DESCRIBING.match(text, e.end))), key=lambda e: e.start)
    # (a name in a describing word is not who speaks: "The Kremlin-backed broadcaster RT said")
    mentions = surnames_as_people(text, mentions)
    if any(p.type == "PERSON" and p.name for p in mentions):  # (a surname linked to a full name: whose?)
        people_only = titled_namesakes(text, [p for p in mentions if p.type == "PERSON"])
        relinked = {(p.start, p.end): p for p in people_only}
        mentions = [relinked.get((p.start, p.end), p) if p.type == "PERSON" else p for p in mentions]
    starts = [p.start for p in mentions]
    persons = [p for p in mentions if p.type == "PERSON"]
    full_names = full_names_of(persons)
    role_at: dict[str, int] = {}
    shared: list[tuple[int, str, str]] = []  # a role two people were given: each holder from where it is given
    every_role = roles(text, persons, lambda p: full_name(p, full_names), role_at, shared)
    every_role |= body_roles(text, [m for m in mentions if m.type == "ORG"], every_role, role_at)  # ("the group")
    role_order = sorted([(role_at.get(r, 0), r, every_role[r], False) for r in every_role]
                        + [(at, r, name, True) for at, r, name in shared])
    holders: dict[str, set[str]] = {}  # a shared role -> the people given it so far
    shared_words = WordHits(text, [role for _, role, _ in shared])  # where their words stand
    context = Context(gender=genders(text, persons, lambda p: full_name(p, full_names)), roles={},
                      surname_starts=starts_of(text, {holder.rsplit(None, 1)[-1] for _, _, holder in shared}))
    people = {full_name(p, full_names) for p in mentions if p.type == "PERSON"}
    places = {p.name or p.exact for p in mentions if p.type == "PLACE"}
    loose = context.names.values()  # names found by speakers.py that no entity suggestion gave
    verbs = reporting_verbs(text)
    verb_starts = [v.start for v in verbs]
    found: list[tuple[int, int, str, Speaker | None, bool, str, str]] = []  # ..., quoted, line, type
    last_unnamed: tuple[str, int] | None = None  # the latest unnamed speaker and where its sentence starts
    last_named: tuple[str, int] | None = None  # the latest named speaker and where its sentence starts
    introduced: tuple[int, int, Speaker] | None = None  # a sentence putting out words: its line, end, subject
    line_spans: dict[int, list[tuple[int, int]]] = {}
    line_titles: dict[int, list[tuple[int, int]]] = {}
    line_ends: dict[int, int] = {}
    blocks = BlockQuotes()
    next_role = 0
    for start, end in split_reports(text, sentences(text), verbs, verb_starts):
        while next_role < len(role_order) and role_order[next_role][0] < end:  # (given by this sentence's end)
            _, role, holder, two = role_order[next_role]
            if two:
                holders.setdefault(role, set()).add(holder)
            else:
                context.roles[role] = holder
            next_role += 1
        for role in shared_words.found(holders, start, end) if holders else ():  # a role two people were given:
            holder = latest_holder(text, holders[role], start, context)  # the one named last ("Jane Foster, an
            if holder:  # economist …; HSBC economist John Lee said … "…," the economist said": Lee), none when both
                context.roles[role] = holder  # were named in the sentence before; looked for only where the
            else:  # sentence has the role's word (a search back through the text each sentence cost a quarter of
                context.roles.pop(role, None)  # the time), all the shared roles' words found in one pass
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in line_spans:
            line_end = text.find("\n", start)
            line_ends[line_start] = line_end = len(text) if line_end < 0 else line_end
            line_spans[line_start] = quote_spans(text, line_start, line_end)
            line_titles[line_start] = titles(text, line_spans[line_start]) if any(  # only a long one matters, or
                b - a >= _QUOTED or text[b - 2].isalnum() and (a == line_start or text[a - 2:a] in _AFTER_FULL_STOP)
                for a, b in line_spans[line_start]) else []
            # one opening a sentence ('"Salt Lines" opens in theaters')
        quotes = line_spans[line_start]
        named = line_titles[line_start]  # quoted titles: no quotation, but no reporting verb or speaker inside
        inside = mentions[bisect_left(starts, start):bisect_left(starts, end)]
        candidates = verbs[bisect_left(verb_starts, start):bisect_left(verb_starts, end)]
        outside, quoted = inside, False
        if quotes:  # most lines have none
            outside = [p for p in inside if not any(a <= p.start < b for a, b in quotes)]
            candidates = [v for v in candidates if not any(a <= v.start < b for a, b in quotes)]
            quoted = any(a <= start < b or start <= a < end and b - a >= _QUOTED for a, b in quotes
                         if (a, b) not in named)
        said_from = start  # where the sentence's own words begin, after a wire dateline ("LONDON (Reuters) -")
        if start == line_start and text[start + 1:start + 2].isupper():
            dateline = DATELINE_PREFIX.match(text, start)
            if dateline is not None:
                said_from = dateline.end()
                outside = [p for p in outside if p.start >= said_from]
        verb, according = main_verb(text, start, end, candidates, quotes)
        body = text[start:end]
        words: set[str] | None = None
        numeric = False
        if end - start >= 20 and not (verb or quoted):  # a statistic? (words looked at only where one may be)
            lower = body.lower()
            digit = _DIGIT.search(body) is not None
            if digit or any(w in lower for w in NUMBER_WORDS):
                words = _words(lower)
                numeric = (digit or not words.isdisjoint(NUMBER_WORDS)) and not words.isdisjoint(FACT_VERBS)
        speaker = None
        if verb is not None and verb.statement:
            speaker = _statement_speaker(text, said_from, verb.start, outside, full_names)
            later = next((v for v in candidates if v.start > verb.end and not v.statement), None) if speaker is None \
                else None  # "The council, in a statement, said …": the verb after it, when no one is named before
            if later is not None:  # (its subject, never a name inside the statement's phrase: "…, in a statement
                speaker = find_speaker(text, said_from, later.start, later.end, later.according,  # to Reuters, said")
                                       [p for p in outside if p.end <= verb.start], full_names, context)
        elif verb is not None:
            speaker = find_speaker(text, said_from, verb.start, verb.end, verb.according, outside, full_names, context)
            if speaker is None and according is not None and verb is not according:
                speaker = find_speaker(text, said_from, according.start, according.end, True, outside, full_names,
                                       context)
        elif quoted:  # 'X released a statement on the case: "…"', 'He framed it as a debate: "…"': the subject's
            opening = next((a for a, _ in quotes if start < a < end), None)
            if opening is not None and text[start:opening].rstrip().endswith(":"):
                speaker = sentence_subject(text, said_from, opening, outside, full_names, context)
                if speaker is not None:  # 'The minister was blunt: "…"': the minister named before
                    speaker = described(speaker, text, context, full_names)
                puts_out = _INTRODUCES.search(text, start, opening)
                if puts_out is not None and (speaker is None or _FROM_AUTHOR.match(text, puts_out.end())):
                    # 'The council released a statement on Friday: "…"'; '… published a response from the company:'
                    speaker = _introducer(text, said_from, puts_out.start(), puts_out.end(), outside, full_names, context)
            elif opening is not None:  # 'X, a spokesman, encouraged people to "…"': a person's words
                speaker = sentence_subject(text, said_from, opening, outside, full_names, context, people_only=True) \
                    or characterising_subject(text, said_from, opening, outside)  # 'Analysts called it "…"'
        if speaker is None and quoted and verb is None:  # '"May the odds be ever in our favor!" – Jennifer Lawrence'
            closing = max((b for a, b in quotes if start <= a and b < end), default=end)  # the dash may stay inside
            signed = _SIGNED.match(text, end) or _SIGNED.match(text, closing + (text[closing:closing + 1] == ","))
            at = bisect_left(starts, signed.end()) if signed else len(mentions)
            after = mentions[at] if at < len(mentions) else None
            if signed and after is not None and after.start == signed.end() and after.type == "PERSON":
                speaker = Speaker(full_name(after, full_names), "named")
        if speaker is None and quoted and introduced is not None and not text[introduced[1]:start].strip() \
                and (introduced[0] == line_start or text[introduced[1] - 1] == ":"):  # ('She said:' ends a paragraph)
            speaker = introduced[2]  # 'X issued a statement regarding the decision. "Like many Texans, I …"'
        if speaker is None and quoted and verb is None and start > line_start and text[start:start + 1] in OPENING_MARKS \
                and context.subject is not None and context.subject[1] >= line_start and context.spoke_at < line_start:
            # 'Paula, 43, started getting Botox … she was nervous her husband would notice. "I panic every time."':
            # a quotation standing alone in a paragraph about someone, who has not been quoted yet, is theirs
            speaker = Speaker(context.subject[0], "named")
        introduced = None
        puts_out = _puts_out(body) if verb is None and not quoted else None
        if puts_out is not None:
            introducer = _introducer(text, start, start + puts_out.start(), start + puts_out.end(), outside,
                                     full_names, context)
            introduced = (line_start, end, introducer) if introducer is not None else None
        elif verb is not None and speaker is not None and (end - start < 20 or text[end - 1] == ":"):
            introduced = (line_start, end, speaker)  # '"Sure," Matie says. "Make some chicken …"': too short a claim
        if speaker is not None and speaker.kind == "unnamed":
            speaker = document_author(text, start, speaker, mentions, full_names)  # "The statement said": its author
        if speaker is not None and speaker.kind == "unnamed" and context.body is not None \
                and speaker.name.lower() == "the " + head_noun(context.body):
            speaker = Speaker(context.body, "unnamed")  # "the service", after "the Ukrainian border service said"
        own = _OWN_WORDS.fullmatch(speaker.name) if speaker is not None and speaker.kind == "unnamed" else None
        if own is not None and last_named is not None and start - last_named[1] < 600 \
                and (last_named[0] in people) == (own.group(1).lower() in ("his", "her")):
            speaker = Speaker(last_named[0], "named")  # '"…," their statement said': whoever spoke just before
            # (a person for "his"/"her", a body or several for "its"/"their")
        if speaker is not None and speaker.kind == "unnamed":
            if speaker.name.lower() in _SAME_SOURCE and last_unnamed is not None and start - last_unnamed[1] < 600:
                speaker = Speaker(last_unnamed[0], "unnamed")  # "One of the children said … this person also said"
            last_unnamed = (speaker.name, start)
        line_end = line_ends[line_start]
        quoting = blocks.speaker_of(text, start, end, line_start, line_end, speaker)  # (a paragraph quoted after "X writes:")
        if quoting is not None:
            speaker = quoting
        blocks.after(text, start, end, line_start, line_end, speaker, verb is not None, outside, full_names,
                     lambda: sentence_subject(text, said_from, end - 1, outside, full_names, context, people_only=True))
        if end - start >= 20 and (verb or quoted or numeric or quoting):
            source = "reporting-verb" if verb else "quote" if quoted or quoting else "statistic"
            if words is None:
                words = _words(body.lower())
            typed = _without_titles(text, start, end, named) if named else body
            found.append((start, end, source, speaker, quoted, str(line_start), _claim_type(typed, words)))
        subject = next((p for p in outside if p.type == "PERSON"), None)
        if subject is not None and SENTENCE_OPENING.fullmatch(text, said_from, subject.start) \
                and not text.startswith(("'", "’"), subject.end):  # ("Meadows' plans were …": no subject)
            context.subject = (full_name(subject, full_names), start)  # "Meanwhile, Fetter married John Gille."
        byline = any(p.type == "PERSON" for p in inside) \
            and _BYLINE.match(text, line_start, line_ends[line_start]) is not None  # the writer: never "he"/"she"
        for p in inside:
            if p.type == "PERSON" and not byline:
                context.met(full_name(p, full_names))
                context.person_at = p.start
            elif p.type == "ORG" and context.orgs is not None:
                context.org_at = p.start
                org = p.name or p.exact  # "KCNA" -> "Korean Central News Agency": "it added" gives the full name
                if not context.orgs or context.orgs[-1] != org:
                    context.orgs.append(org)
                    del context.orgs[:-50]
        if speaker is not None and speaker.kind == "named" and context.orgs is not None and speaker.name not in people \
                and speaker.name not in loose and speaker.name not in context.orgs and speaker.name not in places \
                and " and " not in speaker.name and not any(c.isdigit() for c in speaker.name) \
                and gazetteer().get(speaker.name) != "PLACE":
            context.orgs.append(speaker.name)  # a body no list knows ("Big Machine says"): "the company" later is it
        if speaker is not None and speaker.kind == "named":
            last_named = (speaker.name, start)
        if speaker is not None and speaker.kind == "unnamed" and plural(speaker.name):
            context.last_unnamed, context.unnamed_at = speaker.name, start
        elif speaker is not None and speaker.kind == "unnamed" and one_person(speaker.name):
            context.single_unnamed = (speaker.name, start)  # "A security official said … He said": the official
        if speaker is not None and speaker.kind == "named" and speaker.name in loose and speaker.name not in \
                context.gender and speaker.name not in people:
            shown = gender_of(text, speaker.name)
            if shown:
                context.gender[speaker.name] = shown
        if speaker is not None and speaker.kind == "named" and (speaker.name in people or speaker.name in loose
                                                                or speaker.voice):
            context.met(speaker.name)
            context.person_at = context.spoke_at = start
        context.previous = (start, outside, speaker.name if speaker is not None and speaker.kind == "named" and
                            speaker.name in people else None)
        context.spoke_org = speaker.name if speaker is not None and speaker.kind == "named" and \
            speaker.name not in people else None
        if speaker is not None and (speaker.voice or speaker.kind == "named" or "spokes" in speaker.name):
            context.voice_org = (speaker.name, (_SPOKES.findall(text, start, end) or ["spokesperson"])[-1]) \
                if speaker.voice else None  # (another speaks: no "the spokesman" more)
        context.spoke_body = speaker.name if speaker is not None and speaker.kind == "unnamed" and \
            head_noun(speaker.name) in BODY_NOUNS else None
        if context.spoke_body is not None:
            context.body, context.body_at = context.spoke_body, start
        if context.previous[2] is not None:
            context.quoting = context.previous[2]
        elif verb is not None or not quoted:
            context.quoting = None
    layout = turns(text, persons, lambda p: full_name(p, full_names))
    # a handle -> its name: "X (@x) wrote", or an introduction ("X tweeted:" + "@x: …")
    authors = handle_names(text, mentions, lambda p: full_name(p, full_names) if p.type == "PERSON" else p.name or p.exact)
    for t in layout:
        author = blocks.post_author(text, t.line) if t.speaker is not None and t.speaker.startswith("@") else None
        if author is not None and t.speaker is not None:
            authors.setdefault(t.speaker, author)
    layout = [replace(t, speaker=authors[t.speaker]) if t.speaker in authors else t for t in layout]
    if layout:
        found = _with_turns(text, found, layout)
    return named_claims(text, merge_quotes(fill_quotes(text, found), [int(f[5]) for f in found], line_spans, text),
                        mentions, persons, people, full_names)


_AFTER_FULL_STOP: Final = (". ", "? ", "! ")
_OWN_WORDS: Final = re.compile(r"(his|her|their|its)\s+(?:[a-z-]+\s+)?(?:statement|letter|post|tweet|email|e-mail|message|"
                               r"remarks|comments|filing|complaint|release|investigation|report|findings|analysis|review|"
                               r"records|data|figures)", re.I)
"""A document only a possessive points to ("their statement said", "Their preliminary investigation shows"): the one
who spoke just before wrote it."""
_SAME_SOURCE: Final = frozenset(("this person", "the same person", "this source", "the same source", "this man",
                                 "this woman", "the same man", "the same woman"))
"""An unnamed source referred to again: the unnamed speaker just before."""
def _introducer(text: str, start: int, verb_start: int, verb_end: int, outside: list[Suggestion],
                full_names: dict[str, str], context: Context) -> Speaker | None:
    """Whose words a sentence putting them out introduces: the author after "from"/"on behalf of"/"by" ("Police
    released a statement from the victim's family": the family), else the subject ("X issued a statement")."""
    author = _FROM_AUTHOR.match(text, verb_end)
    if author is not None:
        return find_speaker(text, start, author.start(1), author.end(1), True, outside, full_names, context)
    return find_speaker(text, start, verb_start, verb_end, False, outside, full_names, context)


_FROM_AUTHOR: Final = re.compile(r"\s+(from|on\s+behalf\s+of|by)\s")
"""After the words put out: their author ("a statement from the family", "a letter by 100 scientists")."""


def _without_titles(text: str, start: int, end: int, named: list[tuple[int, int]]) -> str:
    """The sentence text[start:end] with the marks of its quoted titles blanked: a title makes no quote."""
    chars = list(text[start:end])
    for a, b in named:
        for at in (a, b - 1):
            if start <= at < end:
                chars[at - start] = " "
    return "".join(chars)


_YOU_SAY: Final = re.compile(r"\b[Yy]ou\s+(?:[a-z]+ly\s+|also\s+|once\s+)?(?:say|said|argue|argued|note|noted|write|wrote|"
                             r"claim|claimed|suggest|suggested|predict|predicted|believe|warn|warned|insist|stress)\b")


def _with_turns(text: str, found: list[tuple[int, int, str, Speaker | None, bool, str, str]], layout: list[Turn]
                ) -> list[tuple[int, int, str, Speaker | None, bool, str, str]]:
    """An interview answer or a signed post is one claim by its author (replacing the sentences found in it);
    in a question, only what "you say" is a claim, the answerer's."""
    taken = {t.line for t in layout}
    out = [f for f in found if int(f[5]) not in taken]
    for t in layout:
        if t.speaker is not None:
            body = text[t.start:t.end]
            out.append((t.start, t.end, "interview", Speaker(t.speaker, "named"), False, str(t.line),
                        _claim_type(body, _words(body.lower()))))
            continue
        for start, end in sentences(text[t.line:t.end]):
            body = text[t.line + start:t.line + end]
            if t.answerer and _YOU_SAY.search(body):
                out.append((t.line + start, t.line + end, "interview", Speaker(t.answerer, "named"), False,
                            str(t.line), _claim_type(body, _words(body.lower()))))
    return sorted(out, key=lambda f: f[0])


def _statement_speaker(text: str, start: int, at: int, outside: list[Suggestion],
                       full_names: dict[str, str]) -> Speaker | None:
    """"X said in a statement" — the nearest source before "in a statement"."""
    before = [p for p in outside if p.end <= at]
    return Speaker(full_name(before[-1], full_names), "named") if before else None
