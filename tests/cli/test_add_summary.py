"""What an add did, counted by document: a folder added again printed a line per file and the window said "Added 564
document(s)" with nothing new (an outside tester, stop 57). Now: new documents, those already in the library, copies
of documents in it, files that could not be added — and, cancelled, how many files were never looked at."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.cli import main
from reader.services_files import AddResult, add_summary
from tests.conftest import SAMPLES


def _add(library: Path, *paths: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), "add", *paths], out=out, err=err)
    return code, err.getvalue()


def test_adding_a_folder_again_says_nothing_new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("harbour_council.txt", "field_notes.md"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    library = tmp_path / "lib"
    code, err = _add(library, str(folder))
    assert code == 0 and "Added 2 new documents." in err
    (folder / "copy.txt").write_bytes((SAMPLES / "harbour_council.txt").read_bytes().replace(b"\n", b"\r\n"))  # same text
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    code, err = _add(library, str(folder))
    assert code == 1
    assert "Added 0 new documents; 2 already in the library, 1 copy of a document in it, 1 could not be added." in err


def test_a_cancelled_add_says_how_many_files_were_not_looked_at() -> None:
    results = [AddResult(Path("a.txt"), error="unreadable")]
    assert add_summary(results, files=569) == (
        "Added 0 new documents; 1 could not be added. Cancelled: 568 of 569 files not looked at.")
    assert add_summary(results, files=1) == "Added 0 new documents; 1 could not be added."


def test_a_copy_of_a_replaced_version_brought_back_from_the_trash_is_said(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder holding a file and a byte-identical copy: the file changes and the folder is added again — the new
    version replaces the old, and the copy brought the old one back from the trash without a word (an outside
    tester, stop 57)."""
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    folder = tmp_path / "dup"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    story = "Harbour row deepens\n\nTomas Ek said the dredging would cost 40 million euros.\n"
    (folder / "a" / "story.txt").write_text(story, encoding="utf-8")
    (folder / "b" / "story-copy.txt").write_text(story, encoding="utf-8")
    library = tmp_path / "lib"
    assert _add(library, str(folder))[0] == 0
    (folder / "a" / "story.txt").write_text(story.replace("40", "45"), encoding="utf-8")
    code, err = _add(library, str(folder))
    assert code == 0
    assert "story-copy.txt: “Harbour row deepens” was in the trash" in err and "brought it back" in err
