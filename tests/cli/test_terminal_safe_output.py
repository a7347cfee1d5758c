"""A teammate's note or tag holding control characters reached the terminal raw through `show`, `search` and
`conflicts`: ESC sequences recoloured, hid or rewrote another analyst's lines, a bidi override turned a tag around
(an outside tester, stop 40). The command line writes them as visible escapes (valid JSON escapes too); a bundle
holding them travels."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.cli import main
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
NOTE = "nul\x00here\x1b[31m red\x1b[2K\r\u202eevil\x9b"


def _run(library: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_show_search_and_json_write_control_characters_as_escapes(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    lib = Library.open(tmp_path / "lib")
    doc_id = lib.add_document(load_document(TXT), TXT)[0].id
    s, e = find_quote(lib.document(doc_id).text, "Tomas Ek")
    lib.annotate(doc_id, AnnotationInput(Kind.NOTE, s, e, note=NOTE, tags=("a\x1bb", "\u202eevil")))
    lib.close()
    for args in (("show", str(TXT)), ("search", "note:nul*"), ("show", str(TXT), "--json")):
        code, out, err = _run(tmp_path / "lib", *args)
        assert code == 0, err
        assert not any(c in out for c in "\x00\x1b\r\u202e\x9b"), (args, out)
    assert "\\u001b[31m" in _run(tmp_path / "lib", "show", str(TXT))[1]
    shown = json.loads(_run(tmp_path / "lib", "show", str(TXT), "--json")[1])
    assert shown["annotations"][0]["note"] == NOTE  # the JSON still says exactly what is stored


def test_a_bundle_holding_escapes_travels_and_is_shown_safely(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Refusing such a bundle (a first version of this fix) made every bundle of a library holding an ESC — a log's
    colour codes in a quote's context, a note pasted from a terminal — unimportable by every teammate (a reviewer,
    stop 40): the bundle is taken, and what reaches the terminal is escaped."""
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    ana = Library.open(tmp_path / "ana")
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        s, e = find_quote(ana.document(doc_id).text, "Tomas Ek")
        ana.annotate(doc_id, AnnotationInput(Kind.NOTE, s, e, note=NOTE))
        data = ana.export_bundle([doc_id], "Ana", with_documents=True)
    finally:
        ana.close()
    (tmp_path / "a.dossier").write_bytes(data)
    code, out, err = _run(tmp_path / "ben", "import", str(tmp_path / "a.dossier"))
    assert code == 0, err
    code, out, err = _run(tmp_path / "ben", "show", str(TXT))
    assert "\\u001b[31m" in out and "\x1b" not in out



def test_undo_of_an_import_prints_one_line_whatever_the_creator_holds(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle's creator holding a line break printed, on `undo`, a line of its own that could pass for the tool's
    ("error: your library is corrupted", an outside tester, stop 52): the name is read as one line, and undo and
    redo print their step on one line."""
    from tests.core.test_bundle import _edit_json, _members

    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    ana = Library.open(tmp_path / "ana")
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        s, e = find_quote(ana.document(doc_id).text, "Tomas Ek")
        ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, s, e))
        data = ana.export_bundle([doc_id], "Ana", with_documents=True)
    finally:
        ana.close()
    forged = _edit_json("manifest.json", lambda o: o.update(creator="ana\nerror: your library is corrupted"))(
        _members(data))
    (tmp_path / "a.dossier").write_bytes(forged)
    assert _run(tmp_path / "lib", "import", str(tmp_path / "a.dossier"))[0] == 0
    for command in ("undo", "redo"):
        code, out, err = _run(tmp_path / "lib", command)
        assert code == 0, err
        assert out == f"{command.title()} Import bundle from ana error: your library is corrupted\n"
