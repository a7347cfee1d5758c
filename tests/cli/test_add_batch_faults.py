"""One bad file never stops an add (an outside tester, stop 59): a PDF whose /Author is broken UTF-16 ended `add`
with a traceback, and every file after it in the same add or folder was never added. Such a file is now read (its
strings are mended where it is loaded), and a file an add fails on for any other reason is named, with why, while
the others are added."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

import reader.services_files
from reader.cli import main
from tests.document.test_malformed_strings import bad_author_pdf
from tests.helpers import load_failing_on

WORDS = "The harbour council met on Tuesday to vote on the new ferry timetable for the islands.\n"


def _add(library: Path, *paths: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), "add", *map(str, paths)], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_pdf_with_a_broken_author_and_the_file_after_it_are_added(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    after = tmp_path / "z_after.txt"
    after.write_text(WORDS, encoding="utf-8")
    code, out, err = _add(tmp_path / "lib", bad_author_pdf(tmp_path / "report.pdf"), after)
    assert code == 0, err
    assert "Traceback" not in err and "Added 2 new documents." in err
    assert "Harbour report" in out and "The harbour council met on Tuesday" in out


def test_a_file_the_add_fails_on_is_named_and_the_others_are_added(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")

    monkeypatch.setattr(reader.services_files, "load_document", load_failing_on("b_fails.txt"))
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("a_first.txt", "b_fails.txt", "c_last.txt"):
        (folder / name).write_text(f"{name}: {WORDS}", encoding="utf-8")
    code, out, err = _add(tmp_path / "lib", folder)
    assert code == 1 and "Traceback" not in err
    assert "a_first.txt" in out and "c_last.txt" in out and "b_fails.txt" not in out
    assert ("error: “b_fails.txt” could not be added: Dossier failed on it (ValueError: a fault of Dossier's own). "
            "The other files were not affected; please report this file.") in err
    assert "Added 2 new documents; 1 could not be added." in err
