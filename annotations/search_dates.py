"""Dates in searches: documents are dated as written (ISO: "2020", "2020-04" or "2020-04-10") and indexed as text, so
a year or a month, in the query or on a document, must stand for all its days. Text order alone got both wrong:
"2020-04-10" sorts after "2020" (`date:[2019 TO 2020]` lost 2020, stop 59), and "2020" sorts before "2020-01", so a
document dated only "2020" was not in `date:[2020-01 TO 2020-12]` (stop 59's Left) yet was in
`date:[2019-06 TO 2020-06]`, of which half its year lies outside.

The rule: a term finds the dates inside it (`date:2020` every day of 2020); a range finds the documents whose
whole date lies inside it — a year-only date when the range covers the year, a month-only one when it covers the
month.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from whoosh import query as wq

_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2})?")
"""A year or a year and month: a date term stands for every date in it."""
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_AFTER_ALL = "\uffff"
"""Sorts after every character a date holds: "2020" + this is past every "2020-…"."""


def whole_dates(node: Any) -> Any:
    """A query node with its dates read as the days they stand for (see the module); other nodes as they are."""
    if isinstance(node, wq.Term) and node.fieldname == "date" and isinstance(node.text, str) \
            and _PARTIAL_DATE.fullmatch(node.text):
        return wq.Prefix("date", node.text, boost=node.boost)
    if not isinstance(node, wq.TermRange) or node.fieldname != "date":
        return node
    start, end = node.start, node.end
    if isinstance(end, str) and not node.endexcl and _PARTIAL_DATE.fullmatch(end):
        end += _AFTER_ALL
    if isinstance(start, str) and node.startexcl and _PARTIAL_DATE.fullmatch(start):
        start += _AFTER_ALL  # ({2019 TO …]: after 2019, none of its dates)
    first, last = _bound(node.start, node.startexcl, lower=True), _bound(node.end, node.endexcl, lower=False)
    if first is False or last is False:  # (not a date we can read: the range in text order)
        return node if (start, end) == (node.start, node.end) else wq.TermRange(
            "date", start, end, node.startexcl, node.endexcl, boost=node.boost, constantscore=node.constantscore)
    inside = [p for p in _shorter(node.start) if _within(p, first, last)]  # before the start in text order
    outside = sorted(p for p in _shorter(node.end) if not _within(p, first, last) and _in_order(p, start, end, node))
    pieces: list[Any] = []
    low, low_excl = start, node.startexcl
    for cut in outside:  # a year-only "2020" sorts inside [2019-06 TO 2020-06]: the range is cut around it
        pieces.append(wq.TermRange("date", low, cut, low_excl, True, boost=node.boost, constantscore=node.constantscore))
        low, low_excl = cut, True
    if pieces or (start, end) != (node.start, node.end):
        pieces.append(wq.TermRange("date", low, end, low_excl, node.endexcl, boost=node.boost,
                                   constantscore=node.constantscore))
    else:
        pieces.append(node)
    pieces += [wq.Term("date", p, boost=node.boost) for p in inside]
    return pieces[0] if len(pieces) == 1 else wq.Or(pieces)


def _span(text: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a written date stands for; None if it is no date."""
    found = _DATE.fullmatch(text)
    if found is None:
        return None
    try:
        year = int(found.group(1))
        if found.group(2) is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(found.group(2))
        if found.group(3) is None:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        day = dt.date(year, month, int(found.group(3)))
    except ValueError:
        return None
    return day, day


def _bound(text: object, exclusive: bool, lower: bool) -> dt.date | None | bool:
    """A range end as a day (inclusive); None for an open end, False for one that is no date."""
    if not isinstance(text, str):
        return None
    span = _span(text)
    if span is None:
        return False
    try:
        if lower:
            return span[1] + dt.timedelta(days=1) if exclusive else span[0]
        return span[0] - dt.timedelta(days=1) if exclusive else span[1]
    except OverflowError:
        return False


def _shorter(text: object) -> list[str]:
    """The year and month a written date lies in, as dates written with fewer parts ("2020-04-10" -> "2020",
    "2020-04"): the only year- or month-only dates text order puts on the wrong side of that end."""
    if not isinstance(text, str) or _span(text) is None:
        return []
    parts = text.split("-")
    return ["-".join(parts[:n]) for n in range(1, len(parts))]


def _within(partial: str, first: dt.date | None | bool, last: dt.date | None | bool) -> bool:
    """Whether every day of a year- or month-only date lies between the range's first and last day."""
    span = _span(partial)
    if span is None or isinstance(first, bool) or isinstance(last, bool):
        return False
    return (first is None or first <= span[0]) and (last is None or span[1] <= last)


def _in_order(value: str, start: object, end: object, node: wq.TermRange) -> bool:
    """Whether text order puts `value` inside the range (start and end as searched, years and months widened)."""
    after_start = start is None or not isinstance(start, str) or start < value or (start == value and not node.startexcl)
    before_end = end is None or not isinstance(end, str) or value < end or (value == end and not node.endexcl)
    return after_start and before_end
