"""`add` says how a file was read when the reader should know it: a text file that is not UTF-8 (the code
page guessed), bytes shown as "�", an EPUB's chapters missing and skipped. The loaders put these on the
document; before, `add` dropped them and printed only the garbled-text-layer warning."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from tests.document.test_epub_missing_chapters import _book

LATIN = "Le président a déclaré que la coopération était « très claire » à Genève.\n" * 5


def _add(library: Path, *args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(library), "add", *args], out=out, err=err) == 0, err.getvalue()
    return out.getvalue(), err.getvalue()


def test_add_prints_the_loaders_warnings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(LATIN.encode("cp1252"))
    stray = tmp_path / "stray.txt"
    stray.write_bytes(LATIN.encode("utf-8") + b"one stray \xff byte.\n")
    book = _book(tmp_path / "broken.epub", ["c1.xhtml", "gone.xhtml"], {"c1.xhtml": "Chapter one text, Anna Berg."})
    _, err = _add(tmp_path / "lib", str(latin), str(stray), str(book))
    lines = err.splitlines()
    assert "warning: latin.txt: “latin.txt” is not UTF-8; it was read as Windows-1252 (Western European)." in lines
    assert ("warning: stray.txt: “stray.txt” is UTF-8 except for 1 unreadable byte sequence(s), shown as “\ufffd”."
            in lines)
    assert ("warning: broken.epub: 1 chapter(s) listed in the book are not in the file and were skipped: "
            "“gone.xhtml”.") in lines
    assert len([line for line in lines if line.startswith("warning:")]) == 3  # each once

    clean = tmp_path / "clean.txt"
    clean.write_text(LATIN.replace("Genève", "Lausanne"), encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_bytes(LATIN.replace("Genève", "Berne").encode("cp1252"))
    out, err = _add(tmp_path / "lib", str(clean), str(other), "--json")
    data = json.loads(out)
    assert [d["warnings"] for d in data] == [[], ["“other.txt” is not UTF-8; it was read as Windows-1252 "
                                                  "(Western European)."]]
    assert "warning: other.txt: “other.txt” is not UTF-8" in err and "clean.txt" not in err


def test_a_file_that_now_holds_another_documents_bytes_says_so(tmp_path: Path) -> None:
    """a.txt was "Alpha"; then it became a copy of b.txt: the add printed only b's id and title (stop 54's tester)."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Alpha story\n\nAda Moe said the barrier works.\n", encoding="utf-8")
    b.write_text("Beta story\n\nSam Kerr said it fails.\n", encoding="utf-8")
    first, _ = _add(tmp_path / "lib", str(a), str(b))
    alpha, beta = (line.split()[0] for line in first.splitlines())
    a.write_bytes(b.read_bytes())
    out, err = _add(tmp_path / "lib", str(a))
    assert out.split()[0] == beta
    assert (f"note: a.txt now holds the same file as “Beta story” ({beta[:12]}…), already in the library: it is "
            f"taken as that document. “Alpha story” ({alpha[:12]}…), which it held when it was added, keeps its "
            "annotations.") in err
    assert "now holds" not in _add(tmp_path / "lib", str(b))[1]  # (its own path: nothing to say)
