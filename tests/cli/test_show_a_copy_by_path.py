"""`show FILE` of a file that `add` took as a document already in the library (the same text, other bytes: a page
saved again with another `<meta>`) answered "has not been added to the library" right after `add` said it "is taken
as that document" (an outside tester, stop 59). It is that document."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.cli import main

TEXT = "The harbour council met on Tuesday to vote on the new ferry timetable for the islands.\n" * 3


def _run(library: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_show_by_the_path_of_a_copy_shows_the_document_it_was_taken_as(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    first, copy = tmp_path / "first.txt", tmp_path / "copy.txt"
    first.write_text(TEXT, encoding="utf-8")
    copy.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))  # other bytes, the same canonical text
    library = tmp_path / "lib"
    code, out, _ = _run(library, "add", str(first))
    doc_id = out.split()[0]
    code, _, err = _run(library, "add", str(copy))
    assert code == 0 and "it is taken as that document" in err
    code, out, err = _run(library, "show", str(copy), "--json")
    assert code == 0, err
    assert f'"id": "{doc_id}"' in out
