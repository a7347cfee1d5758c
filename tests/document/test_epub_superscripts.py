"""A book's superscript numbers read as the book shows them: MuPDF laid "10<sup>8</sup>" out inline as "108",
"€12<sup>5</sup>" as "€125" and a note reference "figures<sup>1</sup>" as "figures1" (an outside tester on
documents, stop 62). Digits and signs in a `<sup>` are superscript characters, as on a saved web page; a book without
them keeps its bytes, so its pages and offsets."""
from __future__ import annotations

from pathlib import Path

from reader.document.epub import prepared
from reader.document.loader import load_document
from tests.helpers import make_epub


def test_a_books_superscript_numbers_read_as_shown(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "book.epub", [("One", [
        "Light travels at 3 × 10<sup>8</sup> m/s, and coal cost €12<sup>5</sup> a tonne.",
        "The treasurer disputed the figures<sup><a href='#n1'>1</a></sup> and came 1<sup>st</sup> in the vote.",
        "Emissions of CO<sub>2</sub> fell; we support the plan."])])
    text = load_document(path).text
    for reads in ("3 × 10⁸ m/s", "€12⁵ a tonne", "the figures¹ and", "came 1st in", "CO2 fell"):
        assert reads in text, text


def test_a_book_without_superscript_numbers_keeps_its_bytes(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "book.epub", [("One", ["We support the plan; it came 1<sup>st</sup>."])])
    data = path.read_bytes()
    assert prepared(data) == data
