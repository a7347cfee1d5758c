"""`DOC` may be "the path of a file already added" (README, Command line). Once that file was deleted or moved away
after `add` — the library keeps its own copy, and `show` still prints it as the document's source — `show`,
`annotate` and `export` by that path answered "No document “…” in the library" (an outside tester on documents,
stop 62). The path names the document added from it."""
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


def test_the_path_of_a_file_deleted_after_add_still_names_its_document(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    article, library = tmp_path / "article.txt", tmp_path / "lib"
    article.write_text(TEXT, encoding="utf-8")
    code, out, err = _run(library, "add", str(article))
    assert code == 0, err
    doc_id = out.split()[0]
    article.unlink()
    code, out, err = _run(library, "show", str(article), "--json")
    assert code == 0, err
    assert f'"id": "{doc_id}"' in out
    code, out, err = _run(library, "annotate", str(article), "--quote", "ferry timetable", "--kind", "highlight")
    assert code == 0, err


def test_a_path_nothing_was_added_from_is_still_not_in_the_library(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    article, library = tmp_path / "article.txt", tmp_path / "lib"
    article.write_text(TEXT, encoding="utf-8")
    assert _run(library, "add", str(article))[0] == 0
    code, _, err = _run(library, "show", str(tmp_path / "other.txt"))
    assert code != 0 and "No document" in err


def test_the_path_of_a_removed_document_says_it_is_in_the_trash(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    article, library = tmp_path / "article.txt", tmp_path / "lib"
    article.write_text(TEXT, encoding="utf-8")
    assert _run(library, "add", str(article))[0] == 0
    assert _run(library, "remove", str(article))[0] == 0
    article.unlink()
    code, _, err = _run(library, "show", str(article))
    assert code != 0 and "in the trash" in err
