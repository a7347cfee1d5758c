"""A date range finds exactly the dates whose every day lies in it (`annotations/search_dates.py`), whatever parts the
range's ends and the documents' dates are written with: checked against day arithmetic on a small index."""
from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from whoosh import fields
from whoosh.filedb.filestore import RamStorage
from whoosh.query import TermRange

from annotations.search_dates import whole_dates

DATES = [f"{y}" for y in (2019, 2020, 2021)] + [f"{y}-{m:02d}" for y in (2019, 2020, 2021) for m in (1, 2, 6, 11, 12)] \
    + [f"{y}-{m:02d}-{d:02d}" for y in (2019, 2020, 2021) for m in (1, 2, 12) for d in (1, 15, 28, 31)
       if d <= calendar.monthrange(y, m)[1]]
_INDEX = RamStorage().create_index(fields.Schema(date=fields.ID(stored=True)))
with _INDEX.writer() as _writer:
    for _date in DATES:
        _writer.add_document(date=_date)


def _span(text: str) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(*parts, 1), dt.date(*parts, calendar.monthrange(*parts)[1])
    day = dt.date(*parts)
    return day, day


ENDS = st.one_of(st.none(), st.sampled_from(DATES))


@given(ENDS, ENDS, st.booleans(), st.booleans())
def test_a_range_finds_the_dates_wholly_inside_it(start: str | None, end: str | None, start_excl: bool,
                                                  end_excl: bool) -> None:
    first = None if start is None else _span(start)[1] + dt.timedelta(days=1) if start_excl else _span(start)[0]
    last = None if end is None else _span(end)[0] - dt.timedelta(days=1) if end_excl else _span(end)[1]
    expected = {d for d in DATES if (first is None or first <= _span(d)[0]) and (last is None or _span(d)[1] <= last)}
    query = whole_dates(TermRange("date", start, end, start_excl, end_excl))
    with _INDEX.searcher() as searcher:
        found = {hit["date"] for hit in searcher.search(query, limit=None)}
    assert found == expected, (query, sorted(found ^ expected))


def test_a_range_with_an_end_that_is_no_date_is_read_in_text_order() -> None:
    query = whole_dates(TermRange("date", "2020-01", "someday", False, False))
    with _INDEX.searcher() as searcher:
        found = {hit["date"] for hit in searcher.search(query, limit=None)}
    assert found == {d for d in DATES if "2020-01" <= d <= "someday"}
