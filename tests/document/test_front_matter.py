"""Markdown front matter as YAML and TOML really write it (outside tester: a block list of authors gave none,
a flow list gave "[Jane Roe" and "\"O'Neil" with their brackets and quotes)."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import load_document
from reader.document.front_matter import front_matter


def _load(tmp_path: Path, text: str) -> tuple[str, tuple[str, ...], str]:
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    assert doc.text == text  # the front matter stays in the text, as written
    return doc.meta.title, doc.meta.authors, doc.meta.published


@pytest.mark.parametrize("authors", [
    "authors:\n  - Jane Roe\n  - John Doe\n",
    "authors:\n- Jane Roe   # first author\n- 'John Doe'\n",
    "author: [Jane Roe, John Doe]\n",
    "author: [\n  Jane Roe,\n  John Doe\n]\n",
    "author:\n  - name: Jane Roe\n    affiliation: Harbour Institute\n  - name: John Doe\n",
], ids=["block", "block at column 0", "flow", "flow over lines", "quarto names"])
def test_a_list_of_authors_gives_each_author(tmp_path: Path, authors: str) -> None:
    text = f"---\ntitle: Block list\n{authors}---\n\nBody one.\n"
    assert _load(tmp_path, text)[:2] == ("Block list", ("Jane Roe", "John Doe"))


def test_quoted_names_keep_their_commas_and_lose_their_quotes(tmp_path: Path) -> None:
    text = "---\ntitle: Flow list\nauthor: [Jane Roe, \"O'Neil, Jr.\", 'Ann ''Nan'' Lee']\n---\n\nBody two.\n"
    assert _load(tmp_path, text)[1] == ("Jane Roe", "O'Neil, Jr.", "Ann 'Nan' Lee")


def test_dossiers_own_brief_front_matter_is_read_back(tmp_path: Path) -> None:
    text = ('---\ntitle: "Barrier \\u0026 port"\nauthors: ["Jane Roe", "O\\u0027Neil, Jr.", "\\ud83d\\ude80 Crew"]\n'
            'outlet: "Harbour Post"\ndate: "2025-10-20"\n---\n\n# Brief\n')
    assert _load(tmp_path, text) == ("Barrier & port", ("Jane Roe", "O'Neil, Jr.", "\U0001F680 Crew"), "2025-10-20")


def test_block_scalars_tags_and_comments(tmp_path: Path) -> None:
    text = ("---\n# set by the CMS\ntitle: >-\n  The harbour barrier\n  and what it cost\ndate: !!str 2025-10-20"
            "  # ISO\nauthor: Roe, Jane; Doe, John\n---\n\nThe city approved it.\n\n## Costs\n")
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    assert (doc.meta.title, doc.meta.published) == ("The harbour barrier and what it cost", "2025-10-20")
    assert doc.meta.authors == ("Roe, Jane", "Doe, John")
    assert [o.title for o in doc.outline] == ["Costs"]  # the YAML comment is not a heading


def test_toml_front_matter(tmp_path: Path) -> None:
    text = '+++\ntitle = "Harbour"\nauthors = ["Jane Roe", "O\'Neil, Jr."]\ndate = 2025-10-20\n+++\n\nBody.\n'
    assert _load(tmp_path, text) == ("Harbour", ("Jane Roe", "O'Neil, Jr."), "2025-10-20")


@pytest.mark.parametrize("title", ["007", "12:30", "3.10", "0x1F", "Yes", "No", "Apollo 11: the landing",
                                   "2024-02-30", "@janeroe"])
def test_a_value_is_read_as_written(title: str) -> None:
    """YAML 1.1 typing (PyYAML's) turned "007" into 7, "12:30" into 750 and dropped "Yes"; a colon in a title or an
    impossible date refused the whole block (a tester on the fixes, stop 56)."""
    fields, _ = front_matter(f"---\ntitle: {title}\nauthor: Jane Roe\n---\n\nBody.\n")
    assert (fields["title"], fields["author"]) == (title, "Jane Roe")  # (a title of no letters is junk as a title)
