"""`reader.ui.marks.MarkList` (the text view's marks in reading order, changed by bisection): after any
sequence of adds, edits and removals it holds what a list sorted afresh holds, and the marks it gives for
a range or an offset are those a scan over every mark finds."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.ui.marks import LONGEST, Mark, MarkList, order

IDS = [f"a{i}" for i in range(12)]
spans = st.tuples(st.integers(0, 300), st.integers(1, 40)).map(lambda t: (t[0], t[0] + t[1]))
edits = st.lists(st.tuples(st.sampled_from(IDS), st.one_of(st.none(), spans)), max_size=40)


@given(st.dictionaries(st.sampled_from(IDS), spans), edits, st.integers(0, 340), st.integers(0, 60))
@settings(max_examples=150, deadline=None)
def test_marks_stay_in_reading_order_and_ranges_match_a_scan(
        start: dict[str, tuple[int, int]], steps: list[tuple[str, tuple[int, int] | None]], lo: int, width: int) -> None:
    marks = MarkList(Mark(i, s, e, "#ffcc00", "highlight") for i, (s, e) in start.items())
    truth = {i: Mark(i, s, e, "#ffcc00", "highlight") for i, (s, e) in start.items()}
    for annotation_id, span in steps:
        if span is None:  # removed
            marks.update([annotation_id], [])
            truth.pop(annotation_id, None)
        else:  # added, or edited in place (then it is both gone and added)
            mark = Mark(annotation_id, span[0], span[1], "#00ccff", "claim")
            marks.update([annotation_id] if annotation_id in truth else [], [mark])
            truth[annotation_id] = mark
    assert marks.all() == sorted(truth.values(), key=order)
    assert len(marks) == len(truth) and all(marks.get(i) == m for i, m in truth.items())
    hi = lo + width
    assert marks.in_range(lo, hi) == [m for m in sorted(truth.values(), key=order)
                                      if m.end > lo and m.start < hi and m.start >= lo - LONGEST]
    assert marks.at(lo) == [m for m in sorted(truth.values(), key=order) if m.start <= lo < m.end]
