"""Text that no UTF-8 can hold, from the three places a reviewer found it reaching the store as a traceback (stop
39): a PDF's annotation strings (Zotero tags, an author) holding a lone surrogate — mended to U+FFFD on reading, as
a broken character; a command-line argument in another encoding ("caf\\xe9" typed in Latin-1), refused with a
message; a file whose name is no UTF-8, refused with a message. Nothing is written either way. Each case failed
before."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pymupdf
import pytest

from reader.cli import main
from tests.conftest import SAMPLES

SAMPLE = str(SAMPLES / "harbour_council.txt")


def _run(folder: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(folder), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _pdf(path: Path, tags: str | None = None, author: str | None = None) -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 72), "Tomas Ek said the harbour would close.")
    annot = page.add_highlight_annot(pymupdf.Rect(72, 60, 200, 76))
    annot.update()
    if tags is not None:
        pdf.xref_set_key(annot.xref, "Zotero:Tags", tags)
    if author is not None:
        pdf.xref_set_key(annot.xref, "T", author)
    pdf.save(path)


@pytest.mark.parametrize("strings", [{"tags": '(["ok","bad\\\\ud800"])'}, {"author": "<FEFFDC00>"}])
def test_a_pdfs_broken_strings_are_mended(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          strings: dict[str, str]) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    path = tmp_path / "marked.pdf"
    _pdf(path, **strings)
    assert _run(tmp_path / "lib", "add", str(path))[0] == 0
    code, out, err = _run(tmp_path / "lib", "import", str(path))
    assert code == 0 and "imported: 1 new" in out, err
    code, out, err = _run(tmp_path / "lib", "show", str(path), "--json")
    assert code == 0 and "\ufffd" in json.dumps(json.loads(out), ensure_ascii=False)  # the tag or the author


def test_an_argument_in_another_encoding_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    assert _run(tmp_path / "lib", "add", SAMPLE)[0] == 0
    note = os.fsdecode(b"caf\xe9")  # what Python makes of the byte a Latin-1 terminal sends
    code, out, err = _run(tmp_path / "lib", "annotate", SAMPLE, "--quote", "Tomas Ek", "--kind", "highlight",
                          "--note", note)
    assert code == 2 and "is not UTF-8 text" in err and "Traceback" not in err
    assert "0 ann" in _run(tmp_path / "lib", "list")[1]


def test_a_file_name_in_another_encoding_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    path = tmp_path / os.fsdecode(b"r\xe9sum\xe9.txt")
    path.write_text("Tomas Ek said the harbour would close on Monday.\n", encoding="utf-8")
    code, out, err = _run(tmp_path / "lib", "add", str(path))
    assert code == 1 and "file name that is not UTF-8" in err
    assert _run(tmp_path / "lib", "list", "--json")[1].strip() == "[]"


def test_a_file_in_a_folder_named_in_another_encoding_is_refused(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A relative path from such a folder had reached the store as a traceback, and an absolute one was refused as
    a bad *file* name (a second reviewer's case)."""
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    folder = tmp_path / os.fsdecode(b"Dossiers_\xe9t\xe9")
    folder.mkdir()
    (folder / "report.txt").write_text("Tomas Ek said the harbour would close on Monday.\n", encoding="utf-8")
    monkeypatch.chdir(folder)
    for given in ("report.txt", str(folder / "report.txt")):
        code, out, err = _run(tmp_path / "lib", "add", given)
        assert code == 1 and "folder whose name is not UTF-8" in err and "Traceback" not in err
    assert _run(tmp_path / "lib", "list", "--json")[1].strip() == "[]"
