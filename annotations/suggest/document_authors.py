"""Documents and their authors: a statement, report, letter or resolution speaks for whoever issued it ("A
statement by the Brady Campaign was posted on Facebook. It said …"; "X released a statement … The statement said
…"). Pure functions used by `speakers.py` and `claims.py`."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.name_words import MONTHS_DAYS
from annotations.suggest.named_makers import maker_of_data
from annotations.suggest.speaker_context import Context, Speaker, full_name
from annotations.suggest.speaker_phrases import BODY_AFTER, org_head

_AUTHORED: Final = re.compile(r"(?<![\w'’-])(?:A|An|The)\s+(?:[a-z]+\s+)?(?:statement|report|letter|message|release|warning|"
                              r"announcement|post)\s+(?:by|from)\s+(?:the\s+)?\Z")
"""A document and its author opening a sentence ("A statement by the Brady Campaign …"), also at a paragraph's start
(a search from the sentence start sees no white space before it there)."""


def authored_before(text: str, context: Context) -> str | None:
    """The author of a document that opens the previous sentence, for an "it" that follows."""
    if context.previous is None:
        return None
    start, mentions, _ = context.previous
    first = next((p for p in mentions if p.type == "ORG"), None)
    if first is None or first.start - start > 40 or not _AUTHORED.search(text, start, first.start):
        return None
    return first.name or first.exact


_OWNED_DOCUMENT: Final = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})[’']s?\s+(?:[a-z-]+\s+){0,2}"
                                    r"(?:report|article|story|analysis|survey|poll|study|statement|review|investigation|"
                                    r"findings|data|figures|estimates|research|website|account)")
"""A document its owner's name opens, as the unnamed source ("the Wrap's report", "Gallup's latest poll"): the owner."""
_MAKERS_DOCUMENT: Final = re.compile(r"(?:[Tt]he\s+)([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+(?:survey|poll|study|report|"
                                     r"analysis|index|tally|ranking|rankings)")
"""A document its maker's name qualifies ("the Niche survey", "the Gallup poll"): the maker."""
_NOT_AN_OWNER: Final = MONTHS_DAYS | frozenset("This That These Those Its Their His Her Our My Your Today Yesterday Tomorrow "
                                               "Last Next".split())
_THE_DOCUMENT: Final = re.compile(r"(the|an?)\s+(?:joint\s+|official\s+|written\s+|brief\s+|new\s+)?"
                                  r"(statement|report|resolution|letter|release|declaration|communiqu[eé])")
_ISSUED: Final = (r"\b(?:[Aa]|[Aa]n|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he)\s+(?:(?:[a-z][a-z-]*|\d{4}|January|February|March|April|"
                  r"May|June|July|August|September|October|November|December)\s+){0,2}")
"""The unnamed source "the statement" and the phrase that introduced that document earlier."""


_THE_LAWSUIT: Final = re.compile(r"(?i:the|this|that|its|their)\s+(?:new\s+|federal\s+|civil\s+|class-action\s+)?(?:law)?suit")
"""A lawsuit as the source ("The suit claims", "according to the lawsuit"): the one who brought it speaks through it."""
_SUED: Final = re.compile(r"\bsued\b|\b(?:filed|brought)\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}(?:law)?suit\b|"
                          r"\ballege[sd]?\s+in\s+(?:a|the)\s+(?:new\s+)?(?:law)?suit\b")
"""Where a text says who went to court: "Florida State sued the ACC", "X filed a federal lawsuit", "Lawyers for X allege
in a new lawsuit"."""


def _plaintiff(text: str, start: int, mentions: Sequence[Suggestion], full_names: dict[str, str]) -> Speaker | None:
    """The person or organisation the text first says went to court, before `start`: the first named in that
    sentence before the verb (the lead's lawsuit, as a later "the lawsuit" is; not the other side's counter-suit)."""
    sued = _SUED.search(text, 0, start)
    if sued is None or _WHO_BEFORE.search(text, max(0, sued.start() - 6), sued.start()):
        return None  # ("A woman who sued Disney …": another suit)
    if _PASSIVE_BEFORE.search(text, max(0, sued.start() - 12), sued.start()):  # "Apple was sued by Epic Games"
        by = _BY.match(text, sued.end())
        agent = next((p for p in mentions if by is not None and p.start == by.end() and p.type in ("PERSON", "ORG")),
                     None)
        return Speaker(full_name(agent, full_names), "named") if agent is not None else None
    sentence = max(text.rfind(". ", 0, sued.start()), text.rfind("\n", 0, sued.start())) + 1
    first = next((p for p in mentions if sentence <= p.start and p.end <= sued.start() and p.type in ("PERSON", "ORG")
                  and not text.startswith("(", p.start - 1)), None)  # (not the agency of a dateline: "(AP) —")
    return Speaker(full_name(first, full_names), "named") if first is not None else None


_WHO_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:who|which|that)\s+\Z")
_PASSIVE_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:was|were|been|is|are|being)\s+\Z")
_BY: Final = re.compile(r"\s+by\s+(?:the\s+)?")


def document_author(text: str, start: int, speaker: Speaker, mentions: Sequence[Suggestion],
                    full_names: dict[str, str]) -> Speaker:
    """`speaker` ("the statement", "a resolution", unnamed, in the sentence starting at `start`) as the person or organisation that
    issued that document: named by an agent after it ("The statement released by the Council"; "A resolution
    passed by the European Parliament … The resolution stated"), else the last one named before the document in
    the latest earlier sentence that issued it ("Gwendolyn Quinn stated …. According to the statement, …. Per the
    statement, …": the sentences that only cite it are passed over). The speaker itself when that sentence names no
    author ("The police issued a statement of their own": not an earlier statement's author)."""
    if _THE_LAWSUIT.fullmatch(speaker.name):
        plaintiff = _plaintiff(text, start, mentions, full_names)
        if plaintiff is not None:  # "The suit claims …", after "Florida State sued the ACC": the one who sued
            return plaintiff
    owned = _OWNED_DOCUMENT.fullmatch(speaker.name)
    made = _MAKERS_DOCUMENT.fullmatch(speaker.name) if owned is None else None
    if made is not None and any(m.type == "ORG" and made.group(1) in (m.exact, m.name) for m in mentions):
        return Speaker(made.group(1), "named")  # "the Niche survey", Niche named as an organisation: its maker (not
        # "the Christmas survey", "the Framingham study")
    if owned is not None and owned.group(1) not in _NOT_AN_OWNER and gazetteer().get(owned.group(1)) != "PLACE":
        # "The Wrap's report claims": the Wrap (not "Tuesday's report", "Britain's statement")
        return Speaker(owned.group(1), "named")
    document = _THE_DOCUMENT.fullmatch(speaker.name)
    if document is None:
        return speaker
    noun = document.group(2)
    here = re.search(rf"\b{noun}\b", text[start:start + 300])
    if here is not None:
        agent = _agent(text, start + here.end(), mentions, full_names) or _by_author(text, start + here.end(),
                                                                                     mentions, full_names)
        if agent is not None:
            return agent
    if document.group(1) != "the":  # "a statement" is a new one: only an agent after it names its author
        return speaker
    verb = r"|\bstated\b" if noun == "statement" else r"|\breported\b" if noun == "report" else ""
    # ("X stated …. According to the statement", "X reported …. The report claims")
    base = max(0, start - 2500)  # (a report introduced in the lead is cited paragraphs later)
    earlier = list(re.finditer(rf"(?:{_ISSUED}{noun}\b{verb})", text[base:start]))
    for m in reversed(earlier):  # the latest that issues it ("According to the statement" only cites it)
        at = base + m.start()
        if _CITES_BEFORE.search(text, max(0, at - 16), at) or _CITES_AFTER.match(text, base + m.end()):
            cited = maker_of_data(text, at, base + m.end(), mentions, full_names)
            if cited is not None:  # "According to a report in the Argus Leader, … The report says": the paper
                return cited
            continue
        agent = _agent(text, base + m.end(), mentions, full_names)
        if agent is not None:
            return agent
        if _BY_AUTHOR.match(text, base + m.end()):  # "a statement from the Pentagon"; "rejected a statement by
            return _by_author(text, base + m.end(), mentions, full_names) or speaker  # Houthi rebels": not the subject
        sentence = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        author = [p for p in mentions if sentence <= p.start and p.end <= at and (
            p.type in ("PERSON", "ORG") or p.type == "PLACE" and BODY_AFTER.match(text, p.end, at))]
        if author and author[-1].type == "PLACE":  # "…, the US military said in a statement": that body
            body = BODY_AFTER.match(text, author[-1].end, at)
            assert body is not None
            return Speaker(f"{full_name(author[-1], full_names)} {body.group(1)}", "named")
        if not author and _OPENING_IN.fullmatch(text, sentence, at):  # "In a statement published on Wednesday, the
            end = text.find(". ", at)  # CMFHR described …": the subject after the opening phrase issued it
            author = [p for p in mentions if at < p.start and (end < 0 or p.end <= end) and p.type in ("PERSON", "ORG")
                      and text.find(",", at, p.start) > 0 and not _BY_BEFORE.search(text, max(at, p.start - 24),
                                                                                      p.start)][:1]
            # ("In the letter, delivered by MP Deepak Obhrai last December, Kohail continues": Kohail wrote it)
        if author:
            return Speaker(full_name(author[-1], full_names), "named")
        if m.group(0)[:3].lower() != "the":  # "a new report …" introduced it, naming no author
            return speaker
        # ("The report assessed …" only refers to it again: the sentence that introduced it is further back)
    latest = text.rfind(noun, base, start)  # the document last named before this sentence: its owner only if a
    owner = next((p for p in reversed(mentions) if p.type == "ORG" and base <= p.start and p.end <= start  # name
                  and _document_after(text, p.end, noun) == latest), None)  # stands right before it ("… the Pay
    # Commission report. An independent report by auditors … The report found": the auditors' report, not named)
    return Speaker(full_name(owner, full_names), "named") if owner is not None else speaker


def _document_after(text: str, at: int, noun: str) -> int:
    """Where `noun` starts when it is the document right after a body's name ending at `at` ("… Working Group final
    report"); -1 otherwise."""
    m = _NAMED_BEFORE_DOCUMENT.match(text, at)
    return m.start(1) if m is not None and m.group(1) == noun else -1


_NAMED_BEFORE_DOCUMENT: Final = re.compile(r"[ \t]+(?:(?:final|annual|new|latest|interim|recent|joint|own)[ \t]+)?"
                                           r"(statement|report|resolution|letter|release|declaration)\b")
"""A body's name right before its document ("the GSAS Admissions and Graduate Education Working Group final report"):
what "the report" later is."""


_OPENING_IN: Final = re.compile(r"\s*(?:In|Through|Via)\s+")
_BY_BEFORE: Final = re.compile(r"\bby\s+(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3})?\Z")
"""An agent before a name ("delivered by Canadian MP Deepak Obhrai"): who carried the document, not who wrote it."""
"""A document in the phrase opening its sentence ("In a statement published on Wednesday, X described …")."""


_CITES_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:according\s+to|per|under|from|of)\s+\Z", re.I)
_CITES_AFTER: Final = re.compile(r"\s+(?:said|says|stated|states|added|adds|read|reads|noted|notes)\b")
"""A document cited, not issued: "According to the statement", "Per the statement", "The statement said" (but "X said
in a statement" issues it)."""


_AGENT: Final = re.compile(r"\s+(?:(?:was|were)\s+)?(?:released|issued|passed|adopted|published|signed|sent|put\s+out)"
                           r"(?:\s+(?:on|last|this|early|late|in)\s+[A-Z]?[a-z]+(?:\s+\d{1,2})?)?\s+by\s+(?:the\s+)?")
"""After a document: who issued it ("released by the Council", "passed by the European Parliament", "released on
Monday by Stanford University's Center on Poverty and Inequality")."""


_BY_AUTHOR: Final = re.compile(r"\s+(?:by|from)\s+(?:the\s+)?")
"""Right after a document: who wrote it ("a statement by Houthi rebels", "a statement from the foreign ministry")."""


def _by_author(text: str, at: int, mentions: Sequence[Suggestion], full_names: dict[str, str]) -> Speaker | None:
    m = _BY_AUTHOR.match(text, at)
    named = next((p for p in mentions if p.start == m.end() and p.type in ("PERSON", "ORG", "PLACE")), None) \
        if m else None
    return Speaker(full_name(named, full_names), "named") if named is not None else None


def _agent(text: str, at: int, mentions: Sequence[Suggestion], full_names: dict[str, str]) -> Speaker | None:
    """The one named as the agent of issuing a document right after it; an organisation named before it when the
    agent is its head noun alone ("The statement released by the Council", after "the Supreme Council of the Armed
    Forces")."""
    m = _AGENT.match(text, at)
    if m is None:
        return None
    named = next((p for p in mentions if p.start == m.end() and p.type in ("PERSON", "ORG", "PLACE")), None)
    if named is not None:
        owned = next((p for p in mentions if p.type == "ORG" and p.start == named.end + 3), None) \
            if text.startswith(("'s ", "’s "), named.end) else None
        if owned is not None:  # "Stanford University's Center on Poverty and Inequality": the centre, as named
            return Speaker(text[named.start:owned.end], "named")
        return Speaker(full_name(named, full_names), "named")
    head = _HEAD.match(text, m.end())
    noun = head.group(1).lower() if head else ""
    earlier = [p for p in mentions if p.type == "ORG" and p.end <= at and org_head(p.name or p.exact) == noun]
    return Speaker(earlier[-1].name or earlier[-1].exact, "named") if earlier else None


_HEAD: Final = re.compile(r"([A-Za-z]+)\b(?![ \t]+(?:of\b|[A-Z]))")
"""A lone noun as the agent ("by the Council", "by the ministry"), not the start of a longer name."""
