"""Authors as typed in Properties or found in a file's metadata: "Last, First" and "Name, Jr." are one
author; names are separated by ";" / new lines, and by "," or " and " only between full names."""
from __future__ import annotations

from pathlib import Path

import pymupdf
from hypothesis import given
from hypothesis import strategies as st

from annotations.doc_properties import split_authors
from reader.document import load_document

_given = st.sampled_from(["Jane", "María José", "Jean-Luc", "Seán", "J. R.", "Ursula", "Li"])
_family = st.sampled_from(["Roe", "García", "O'Neil", "van der Leyen", "Smith-Jones", "Nguyen", "al-Sayed"])
_suffix = st.sampled_from(["", ", Jr.", ", Sr.", ", III"])


@st.composite
def _name(draw: st.DrawFn) -> str:
    given_name, family, suffix = draw(_given), draw(_family), draw(_suffix)
    return (f"{family}, {given_name}" if draw(st.booleans()) else f"{given_name} {family}") + suffix


@given(st.lists(_name(), min_size=1, max_size=5), st.sampled_from(["; ", ";", "\n", " ; "]))
def test_names_separated_by_semicolons_come_back_whole(names: list[str], sep: str) -> None:
    assert split_authors(sep.join(names)) == tuple(names)


def test_commas_and_conjunctions() -> None:
    assert split_authors("Roe, Jane") == ("Roe, Jane",)
    assert split_authors("María José García; O'Neil, Jr.") == ("María José García", "O'Neil, Jr.")
    assert split_authors("Roe, Jane, Smith, John") == ("Roe, Jane", "Smith, John")
    assert split_authors("Ana Lopes, Tomas Ek and Kim Berg") == ("Ana Lopes", "Tomas Ek", "Kim Berg")
    assert split_authors("Johnson & Johnson") == ("Johnson & Johnson",)
    assert split_authors("Jane Roe & John Smith") == ("Jane Roe", "John Smith")


def test_pdf_metadata_author_last_first_is_one_author(tmp_path: Path) -> None:
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), "A report on the harbour barrier and what it cost the city.")
    pdf.set_metadata({"author": "Roe, Jane", "title": "Harbour barrier"})
    path = tmp_path / "a.pdf"
    pdf.save(path)
    assert load_document(path).meta.authors == ("Roe, Jane",)


def test_markdown_front_matter_authors(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Barrier\nauthor: Roe, Jane; O'Neil, Jr.\n---\n\n# Barrier\n\nThe city approved it.\n")
    assert load_document(path).meta.authors == ("Roe, Jane", "O'Neil, Jr.")
