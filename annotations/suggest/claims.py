"""Claim suggestions: sentences with reported speech (said, declared, warned, accused, according to, data
"show", tests "found"...), direct quotes (also a quote running over several sentences or paragraphs), and
factual numeric statements. Sentences come from `sentencex` (a maintained segmenter) within each line. Each
claim gets a guessed speaker (see `speakers.py`: named or unnamed, with an affiliation for "said X of Y")
and a claim type (quote, statistic, prediction, accusation, denial, assessment)."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from annotations.suggest import Suggestion
from annotations.suggest.speakers import Context, Speaker, find_speaker, full_name

REPORTING = (r"said|says|say|declared|declares|noted|notes|urged|urges|warned|warns|boasted|accused|accuses|"
             r"claimed|claims|told|tells|stated|announced|announces|added|adds|argued|argues|insisted|"
             r"insists|denied|denies|rejected|rejects|confirmed|confirms|estimated|estimates|predicted|hailed|"
             r"emphasized|emphasised|reiterated|promised|pledged|admitted|acknowledged|suggested|believes|believed|"
             r"wrote|writes|saying|noting|warning|urging|boasting|claiming|insisting|adding|accusing|denying|"
             r"estimate|expect|expects|stressed|stresses|indicated|indicates|touted|praised|praises|slammed|"
             r"slams|lauded|criticised|criticized|condemned|explained|explains|described|recalled|testified|"
             r"conceded|complained|reported|reports|revealed|reveals|showed|shows|found|finds|concluded|"
             r"speculated|suspect|suspects|alleged|alleges|asserted|contended|maintained|disclosed|responded|"
             r"replied|told|asked|tweeted|posted|grumbling|grumbled|accused|blamed|called|described|heard")
_REPORTING = re.compile(rf"\b(?:{REPORTING})\b|\b(?:state|say|show|suggest|indicate|find)\s+that\b|"
                        r"\bma(?:de|kes?) (?:it )?clear\b|\baccording to\b|\bin a (?:statement|release|report)\b",
                        re.I)
_QUOTE = re.compile(r"[\"“][^\"”]{12,}[\"”]")
_OPEN_QUOTES = "\"“"
_NUMBER = re.compile(r"\d|\b(?:million|billion|percent|per cent|half|third|quarter)\b")
_FACT_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|reached|rose|fell|killed|cost|costs|lost|traded)\b")
TYPES = [("denial", re.compile(r"\b(?:denied|denies|rejected|rejects)\b", re.I)),
         ("accusation", re.compile(r"\b(?:accused|accuses|blamed|slammed)\b", re.I)),
         ("prediction", re.compile(r"\b(?:will|would|could|expected|forecast|predicted)\b", re.I)),
         ("quote", _QUOTE),
         ("statistic", _NUMBER)]


def _claim_type(sentence: str) -> str:
    for label, pattern in TYPES:
        if pattern.search(sentence):
            return label
    return "assessment"


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, white space trimmed: sentencex within each line (a line break always
    ends a sentence: headlines, bylines, list items)."""
    from sentencex import get_sentence_boundaries  # type: ignore[import-untyped]

    for line in re.finditer(r"[^\n]+", text):
        base = line.start()
        for b in get_sentence_boundaries("en", line.group(0)):
            piece = b["text"]
            s = base + b["start_index"]
            e = s + len(piece.rstrip())
            s += len(piece) - len(piece.lstrip())
            if e > s:
                yield s, e


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches of one line: from an opening mark to its closing mark, or to the line's end when
    the quote runs on (news style leaves a quote continued in the next paragraph open)."""
    spans: list[tuple[int, int]] = []
    i = start
    line = text[start:end]
    while True:
        m = re.search(r"(?:(?<=^)|(?<=[\s(\[—–-]))[\"“]", line[i - start:])
        if m is None:
            return spans
        open_at = i + m.start()
        close = re.search(r"[\"”](?=[\s,.;:!?)\]—–-]|$)", line[open_at - start + 1:])
        close_at = open_at + 1 + close.end() if close else end
        spans.append((open_at, close_at))
        i = close_at
        if i >= end:
            return spans


def suggest_claims(text: str, entities: list[Suggestion]) -> list[Suggestion]:
    """Candidate claims; `entities` are the document's entity mentions (annotations and suggestions) used to
    guess speakers."""
    mentions = sorted((e for e in entities if e.type in ("PERSON", "ORG", "PLACE")), key=lambda e: e.start)
    starts = [p.start for p in mentions]
    full_names = _full_names([p for p in mentions if p.type == "PERSON"])
    context = Context()
    found: list[tuple[int, int, str, Speaker | None, bool, str]] = []  # start, end, source, speaker, quoted, line
    line_spans: dict[int, list[tuple[int, int]]] = {}
    for start, end in sentences(text):
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in line_spans:
            line_end = text.find("\n", start)
            line_spans[line_start] = _quote_spans(text, line_start, len(text) if line_end < 0 else line_end)
        quotes = line_spans[line_start]
        inside = mentions[bisect_left(starts, start):bisect_left(starts, end)]
        outside = [p for p in inside if not any(a <= p.start < b for a, b in quotes)]
        body = text[start:end]
        verb = next((m for m in _REPORTING.finditer(body)
                     if not any(a <= start + m.start() < b for a, b in quotes)), None)
        quoted = any(a <= start < b or start <= a < end and b - a >= 14 for a, b in quotes)
        numeric = _NUMBER.search(body) and _FACT_VERB.search(body)
        speaker = None
        if verb is not None:
            according = not verb.group(0)[0].isalpha() or verb.group(0).lower() == "according to"
            speaker = find_speaker(text, start, start + verb.start(), start + verb.end(),
                                   according or verb.group(0).lower().startswith("in a "), outside, full_names,
                                   context) if not verb.group(0).lower().startswith("in a ") else \
                _statement_speaker(text, start, start + verb.start(), outside, full_names)
        if end - start >= 20 and (verb or quoted or numeric):
            source = "reporting-verb" if verb else "quote" if quoted else "statistic"
            found.append((start, end, source, speaker, quoted, str(line_start)))
        for p in inside:
            if p.type == "PERSON":
                context.last_person = full_name(p, full_names)
            elif p.type == "ORG" and context.orgs is not None and (not context.orgs or context.orgs[-1] != p.exact):
                context.orgs.append(p.exact)
                del context.orgs[:-50]
        if speaker is not None and speaker.kind == "named" and any(p.type == "PERSON" and full_name(p, full_names)
                                                                   == speaker.name for p in mentions):
            context.last_person = speaker.name
    return [Suggestion("claim", s, e, text[s:e], _claim_type(text[s:e]), speaker=sp.name if sp else None,
                       source=source, speaker_kind=sp.kind if sp else None, affiliation=sp.affiliation if sp else None)
            for s, e, source, sp in _fill_quotes(found)]


def _statement_speaker(text: str, start: int, at: int, outside: list[Suggestion],
                       full_names: dict[str, str]) -> Speaker | None:
    """"X said in a statement" — the nearest source before "in a statement"."""
    before = [p for p in outside if p.end <= at]
    return Speaker(full_name(before[-1], full_names), "named") if before else None


def _fill_quotes(found: list[tuple[int, int, str, Speaker | None, bool, str]]
                 ) -> list[tuple[int, int, str, Speaker | None]]:
    """A quoted sentence with no reporting verb of its own belongs to the quote's speaker: the next
    attributed sentence of its line when the quote runs on to it, else the previous attributed sentence
    (of this line, or the paragraph before: a quote continued over paragraphs)."""
    out: list[tuple[int, int, str, Speaker | None]] = []
    for i, (s, e, source, speaker, quoted, line) in enumerate(found):
        if speaker is None and quoted and source != "reporting-verb":
            after = next((f[3] for f in found[i + 1:i + 4] if f[5] == line and f[3] is not None and f[4]), None)
            before = next((f[3] for f in reversed(found[max(0, i - 4):i]) if f[3] is not None and f[4]), None)
            speaker = after or before
        out.append((s, e, source, speaker))
    return out


def _full_names(people: list[Suggestion]) -> dict[str, str]:
    """Each short name ("Macron") -> the longest mention ending with it ("Emmanuel Macron"); one pass."""
    out: dict[str, str] = {}
    for p in people:
        words = p.exact.split()
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            if len(p.exact) > len(out.get(tail, "")):
                out[tail] = p.exact
    return out
