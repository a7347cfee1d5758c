"""Cutting a sentence that joins reports by different sources into one claim per report ("NATO has insisted …, and
the United Nations said …"): where the cuts fall, and only there. Split out of `claims.py`, which calls
`split_reports` on the sentences before it looks for verbs and speakers."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Final

from annotations.suggest.reporting_verbs import WITHHELD, Verb, main_verb


def split_reports(text: str, spans: Iterable[tuple[int, int]], verbs: list[Verb], verb_starts: list[int]
                  ) -> Iterator[tuple[int, int]]:
    """The sentences, each one that joins reports by different sources cut into them ("NATO has insisted …, and the
    United Nations said …"; "China said …, while the city's police deny …"; "While demonstrators blame …, others
    argue …"): each report is a claim of its own, with its own speaker. A cut is made only outside quotation marks,
    where a short subject and a verb of saying open the next part, with something said after it, and the part before
    reports something too. A part opened by "While …" starts after that word (its subject follows it)."""
    for start, end in spans:
        at = bisect_left(verb_starts, start)
        if at + 1 >= len(verbs) or verbs[at + 1].start >= end or end - start > _LONGEST_SPLIT:
            yield start, end  # (most sentences: fewer than two verbs; a run-on of thousands of characters: no cuts)
            continue
        inside = verbs[at:bisect_left(verb_starts, end)]
        while True:
            cut = _report_cut(text, start, end, inside)
            if cut is None:
                break
            opening = _CONCESSIVE.match(text, start)
            yield (opening.end() if opening else start), cut[0]
            start = cut[1]
        yield start, end


_LONGEST_SPLIT: Final = 3000
"""Sentences longer than this are left whole: each possible cut runs the verb choice again (scraped tables and
transcripts may have no full stops)."""


def _report_cut(text: str, start: int, end: int, inside: list[Verb]) -> tuple[int, int] | None:
    """Where the sentence text[start:end] splits into two reports (the first part's end, the second's start), or
    None; at most `_JOINTS_TRIED` joints are looked at."""
    for n, joint in enumerate(_REPORT_JOINT.finditer(text, start, end)):
        if n >= _JOINTS_TRIED:
            break
        if joint.start() - start < 20 or _open_quote(text, start, joint.start()):
            continue
        first = [v for v in inside if v.end <= joint.start() and v.start >= start]
        second = next((v for v in inside if v.start >= joint.end()), None)
        if not first or second is None or second.according or second.word not in _SAYING \
                or not _SHORT_SUBJECT.fullmatch(text, joint.end(), second.start) or WITHHELD.match(text, second.end) \
                or _DETERMINER_BEFORE.search(text, max(start, second.start - 5), second.start) \
                or len(text[second.end:_part_end(text, second.end, end)].split()) < 3:
            continue  # ("…, and the suspect fled", "…, and the stock shows signs", "…, as economists had predicted.")
        reported, _ = main_verb(text, start, joint.start(), first, [])
        if reported is None or reported.according \
                or _DETERMINER_BEFORE.search(text, max(start, reported.start - 5), reported.start) \
                or any(WITHHELD.match(text, v.end) for v in first):
            continue  # "U.S. officials have not said why …; X says": nothing reported before; "A warning went …"
        if joint.group(0).startswith(",") and not joint.group(1) and not _CONCESSIVE.match(text, start):
            continue  # a bare comma joins two reports only after "While …"
        return joint.start(), joint.end()
    return None


def _part_end(text: str, at: int, end: int) -> int:
    """Where the part of a sentence from `at` ends: the next joint or the sentence's end."""
    joint = _REPORT_JOINT.search(text, at, end)
    return joint.start() if joint else end


_JOINTS_TRIED: Final = 12
_SAYING: Final = frozenset("said says say told tells added adds argued argue argues warned warn warns noted notes note wrote "
                           "writes claimed claims claim insisted insist insists stated states denied denies deny believe "
                           "believes think thinks reported reports predicted predicts predict contend contends maintain "
                           "maintains countered counters replied responded estimated estimate estimates suggested "
                           "suggest suggests accused accuse accuses blamed blame blames revealed confirmed announced "
                           "explained stressed acknowledged admitted conceded described expects expected expect fear "
                           "fears feared hopes hoped urged urges criticized criticised praised welcomed condemned rejected "
                           "rejects dismissed disputed questioned cautioned agreed disagreed asserted emphasized "
                           "emphasised highlighted tweeted posted recalled insists vowed pledged promised contended "
                           "maintained alleged alleges testified testifies concluded concludes ruled rules declared "
                           "declares".split())
"""Verbs that open a second report: verbs of saying (not "shows" or "found" after any noun: "the stock shows signs")."""


def _open_quote(text: str, start: int, at: int) -> bool:
    """Whether a quotation opened in text[start:at] is still open at `at`."""
    straight = text.count('"', start, at)
    return straight % 2 == 1 or text.count("“", start, at) > text.count("”", start, at)


_REPORT_JOINT: Final = re.compile(r",\s+(and|but|while|whereas|after|although|though)\s+|;\s+|,\s+(?=[a-zA-Z])")
_DETERMINER_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+\Z")
_CONCESSIVE: Final = re.compile(r"[\"“]?(?:While|Whereas|Although|Though)\s")
_SHORT_SUBJECT: Final = re.compile(r"(?:(?:[A-Z][\w'’.&-]*|(?!(?:that|which|who|whom|whose|what|how|where|why|to|not|is|are|"
                                   r"was|were|be|been|would|will|could|should|may|might|if|when|because|said|says|did|does|"
                                   r"do|also|then|now|later|still|instead|however|just|of|in|on|at|for|from|by|with|as)\b)"
                                   r"[a-z][\w'’.&-]*(?<!ed)(?<!ing)|\d[\w.%]*)\s+){1,5}?"
                                   r"(?:(?:also|later|have|has|had|still|now|then|just|even|only|simply)\s+)*")
"""The subject opening a second report: up to five words ("the United Nations", "others", "the city's police",
"critics"), with no verb of its own."""
