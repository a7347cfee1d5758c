"""Claim suggestions: sentences with reported speech (said, declared, warned, accused, according to...),
direct quotes, and factual numeric statements. Each gets a guessed speaker — the named subject of the
reporting verb, a short name or pronoun resolved to the nearest matching person or organisation — and a
claim type (quote, statistic, prediction, accusation, denial, assessment)."""
from __future__ import annotations

import re

from annotations.suggest import Suggestion

REPORTING = (r"said|says|say|declared|declares|noted|notes|urged|urges|warned|warns|boasted|accused|accuses|"
             r"claimed|claims|told|stated|states|announced|announces|added|argued|argues|insisted|insists|"
             r"denied|denies|rejected|rejects|confirmed|confirms|estimated|estimates|predicted|hailed|emphasized|"
             r"emphasised|reiterated|promised|pledged|admitted|acknowledged|suggested|believes|believed|wrote|"
             r"saying|noting|warning|urging|boasting|claiming|insisting|adding|accusing|denying")
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+[\"”’]?(?=\s|$)|$)", re.M)
"""A sentence ends at . ! ? (and a closing quote) followed by white space — not inside "7.4" or "U.S.A"."""
_REPORTING = re.compile(rf"\b(?:{REPORTING})\b|\baccording to\b", re.I)
_QUOTE = re.compile(r"[\"“][^\"”]{12,}[\"”]")
_NUMBER = re.compile(r"\d|\b(?:million|billion|percent|per cent|half|third|quarter)\b")
_PRONOUN = re.compile(r"\b(?:he|she|they|it)\b", re.I)
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
    out: list[Suggestion] = []
    last_speaker: str | None = None
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0)
        start = m.start() + (len(sentence) - len(sentence.lstrip()))
        end = m.start() + len(sentence.rstrip())
        if end - start < 20:
            continue
        body = text[start:end]
        verb = _REPORTING.search(body)
        quoted = _QUOTE.search(body)
        numeric = _NUMBER.search(body) and re.search(r"\b(?:is|are|was|were|has|have|had|reached|rose|fell|killed|"
                                                     r"cost|costs|lost)\b", body)
        if not (verb or quoted or numeric):
            continue
        inside = [p for p in people if start <= p.start < end]
        speaker = None
        if verb is not None:
            anchor = start + verb.start()
            before = [p for p in inside if p.end <= anchor and not _in_quote(body, p.start - start)]
            after = [p for p in inside if p.start >= anchor and not _in_quote(body, p.start - start)]
            if before:
                speaker = before[-1].exact
            elif after:
                speaker = after[0].exact
            elif _PRONOUN.search(body[:verb.start()] + body[verb.end():verb.end() + 12]) and last_speaker:
                speaker = last_speaker
        speaker = _full_name(speaker, people) if speaker else None
        if speaker:
            last_speaker = speaker
        elif inside:
            last_speaker = _full_name(inside[-1].exact, people)
        out.append(Suggestion("claim", start, end, body, _claim_type(body), speaker=speaker,
                              source="reporting-verb" if verb else "quote" if quoted else "statistic"))
    return out


def _in_quote(sentence: str, offset: int) -> bool:
    return any(q.start() <= offset < q.end() for q in _QUOTE.finditer(sentence))


def _full_name(name: str, people: list[Suggestion]) -> str:
    """A short name ("Macron") as the longest mention that ends with it ("Emmanuel Macron")."""
    longer = [p.exact for p in people if p.exact != name and p.exact.endswith(" " + name)]
    return max(longer, key=len) if longer else name
