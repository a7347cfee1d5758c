"""A grade's letter stands for every grade with that letter, as a year stands for its dates: `grade:[a TO c]` (the
README's own example) found A1 and B2 but not C3 — "c3" sorts after "c" — and `grade:c` found nothing (an outside
tester on search, stop 61)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES


@pytest.fixture
def graded(tmp_path: Path) -> Iterator[tuple[Library, dict[str, str]]]:
    lib = Library.open(tmp_path / "lib")
    try:
        path = SAMPLES / "harbour_council.txt"
        doc = lib.add_document(load_document(path), path)[0].id
        ids = {}
        for i, (reliability, credibility) in enumerate((("A", 1), ("B", 2), ("C", 3), ("C", 6), ("D", 4))):
            claim, _ = lib.annotate(doc, AnnotationInput(Kind.CLAIM, 10 * i, 10 * i + 5, reliability=reliability,
                                                         credibility=credibility))
            ids[f"{reliability}{credibility}"] = claim.id
        yield lib, ids
    finally:
        lib.close()


@pytest.mark.parametrize(("query", "grades"), [
    ("grade:[a TO c]", {"A1", "B2", "C3", "C6"}), ("grade:[A TO C]", {"A1", "B2", "C3", "C6"}),
    ("grade:[b TO c}", {"B2"}), ("grade:{a TO c]", {"B2", "C3", "C6"}), ("grade:{a TO d}", {"B2", "C3", "C6"}),
    ("grade:[c TO]", {"C3", "C6", "D4"}), ("grade:[TO b]", {"A1", "B2"}), ("grade:c", {"C3", "C6"}),
    ("grade:C", {"C3", "C6"}), ("grade:[a1 TO c3]", {"A1", "B2", "C3"}), ("grade:c3", {"C3"}),
    ("grade:c* -grade:c6", {"C3"}), ("kind:claim grade:[a TO b]", {"A1", "B2"}),
])
def test_a_grade_letter_stands_for_its_grades(graded: tuple[Library, dict[str, str]], query: str,
                                              grades: set[str]) -> None:
    lib, ids = graded
    assert {h.annotation_id for h in lib.search(query, limit=100).hits} == {ids[g] for g in grades}, query
