"""Claim suggestions: sentences with reported speech (said, declared, warned, accused, according to...),
direct quotes, and factual numeric statements. Each gets a guessed speaker — the named subject of the
reporting verb, a short name or pronoun resolved to the nearest matching person or organisation — and a
claim type (quote, statistic, prediction, accusation, denial, assessment)."""
from __future__ import annotations

import re
from bisect import bisect_left

from annotations.suggest import Suggestion

REPORTING = (r"said|says|say|declared|declares|noted|notes|urged|urges|warned|warns|boasted|accused|accuses|"
             r"claimed|claims|told|stated|states|announced|announces|added|argued|argues|insisted|insists|"
             r"denied|denies|rejected|rejects|confirmed|confirms|estimated|estimates|predicted|hailed|emphasized|"
             r"emphasised|reiterated|promised|pledged|admitted|acknowledged|suggested|believes|believed|wrote|"
             r"saying|noting|warning|urging|boasting|claiming|insisting|adding|accusing|denying|estimate|expect|expects")
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+[\"”’]?(?=\s|$)|$)", re.M)
"""A sentence ends at . ! ? (and a closing quote) followed by white space — not inside "7.4" or "U.S.A"."""
_REPORTING = re.compile(rf"\b(?:{REPORTING})\b|\baccording to\b", re.I)
_QUOTE = re.compile(r"[\"“][^\"”]{12,}[\"”]")
_NUMBER = re.compile(r"\d|\b(?:million|billion|percent|per cent|half|third|quarter)\b")
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
_ORG_REFERENCE = re.compile(r"\b(?:the|its)\s+(?:company|bank|council|ministry|operator|utility|firm|agency|government|"
                            r"union|authority|group|party|university|institute|commission|court|committee)\b"
                            r"|\b(?:it|they)\b", re.I)
TYPES = [("denial", re.compile(r"\b(?:denied|denies|rejected|rejects)\b", re.I)),
         ("accusation", re.compile(r"\b(?:accused|accuses|blamed)\b", re.I)),
         ("prediction", re.compile(r"\b(?:will|would|could|expected|forecast|predicted)\b", re.I)),
         ("quote", _QUOTE),
         ("statistic", _NUMBER)]


def _claim_type(sentence: str) -> str:
    for label, pattern in TYPES:
        if pattern.search(sentence):
            return label
    return "assessment"


def suggest_claims(text: str, entities: list[Suggestion]) -> list[Suggestion]:
    """Candidate claims; `entities` are the document's entity mentions (annotations and suggestions) used to
    guess speakers."""
    people = sorted((e for e in entities if e.type in ("PERSON", "ORG")), key=lambda e: e.start)
    starts = [p.start for p in people]
    full_names = _full_names(people)
    out: list[Suggestion] = []
    last_person: str | None = None
    last_org: str | None = None
    orgs_seen: list[str] = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0)
        start = m.start() + (len(sentence) - len(sentence.lstrip()))
        end = m.start() + len(sentence.rstrip())
        inside = people[bisect_left(starts, start):bisect_left(starts, end)]
        if end - start >= 20:
            body = text[start:end]
            verb = _REPORTING.search(body)
            quoted = _QUOTE.search(body)
            numeric = _NUMBER.search(body) and re.search(r"\b(?:is|are|was|were|has|have|had|reached|rose|fell|"
                                                         r"killed|cost|costs|lost|traded)\b", body)
            if verb or quoted or numeric:
                before_verb = [p.exact for p in inside if p.type != "PERSON" and verb and p.end <= start + verb.start()]
                speaker = _speaker(body, start, verb, inside, last_person, last_org,
                                   orgs_seen[-50:] + before_verb) if verb else None
                out.append(Suggestion("claim", start, end, body, _claim_type(body),
                                      speaker=full_names.get(speaker, speaker) if speaker else None,
                                      source="reporting-verb" if verb else "quote" if quoted else "statistic"))
        for p in inside:
            if p.type == "PERSON":
                last_person = full_names.get(p.exact, p.exact)
            else:
                last_org = p.exact
                if not orgs_seen or orgs_seen[-1] != p.exact:
                    orgs_seen.append(p.exact)
    return out


def _speaker(body: str, start: int, verb: re.Match[str], inside: list[Suggestion], last_person: str | None,
             last_org: str | None, orgs_seen: list[str] | None = None) -> str | None:
    """The named subject of the reporting verb: the nearest name before it (outside quotes), else the first
    after it; "according to X" names X or nobody; "he"/"she" is the last person mentioned; "the union"
    (company, bank...) the latest organisation with that word in its name, else the last organisation."""
    anchor = start + verb.start()
    outside = [p for p in inside if not _in_quote(body, p.start - start)]
    if verb.group(0).lower() == "according to":
        after = [p for p in outside if 0 <= p.start - (start + verb.end()) < 40]
        return after[0].exact if after else None
    subject = re.split(r"[,;:\"“”]", body[:verb.start()])[-1]
    reference = re.fullmatch(r"\s*(?:the|its|their)\s+([a-z]+)\s*", subject)
    if reference and not any(start + verb.start() - len(subject) <= p.start < anchor for p in outside):
        noun = reference.group(1)
        named = [o for o in (orgs_seen or []) if noun in o.casefold().split()]
        if named:
            return named[-1]
        if _ORG_REFERENCE.search(subject) and (orgs_seen or last_org):
            return orgs_seen[-1] if orgs_seen else last_org
    clause = body[max(0, verb.start() - 40):verb.start()]
    before = [p for p in outside if p.end <= anchor and anchor - p.end < 120]
    if before:
        nearest = before[-1]
        if nearest.type != "PERSON" and len(before) > 1:  # "Professor Anil Mehta of the University of X said"
            link = body[before[-2].end - start:nearest.start - start]
            if before[-2].type == "PERSON" and re.fullmatch(r"\s*,?\s*(?:of|at|from|for)(?:\s+the)?\s*", link):
                return before[-2].exact
        return nearest.exact
    if _PRONOUN.search(clause) and last_person:
        return last_person
    if _ORG_REFERENCE.search(clause) and last_org:
        return last_org
    after = [p for p in outside if p.start >= anchor]
    return after[0].exact if after else None


def _in_quote(sentence: str, offset: int) -> bool:
    return any(q.start() <= offset < q.end() for q in _QUOTE.finditer(sentence))


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
