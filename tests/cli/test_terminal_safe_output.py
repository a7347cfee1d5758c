"""A teammate's note or tag holding control characters reached the terminal raw through `show`, `search` and
`conflicts`: ESC sequences recoloured, hid or rewrote another analyst's lines, a bidi override turned a tag around
(an outside tester, stop 40). The command line writes them as visible escapes (valid JSON escapes too), and a
bundle holding NUL or ESC is refused at the door."""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.errors import BundleError
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.cli import main
from reader.document import load_document
from tests.conftest import SAMPLES
from tests.helpers import rewrite_bundle

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


def test_a_bundle_holding_an_escape_is_refused(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "ana")
    try:
        doc_id = lib.add_document(load_document(TXT), TXT)[0].id
        s, e = find_quote(lib.document(doc_id).text, "Tomas Ek")
        lib.annotate(doc_id, AnnotationInput(Kind.NOTE, s, e, note="plain"))

        def lie(name: str, lines: list[dict[str, Any]]) -> None:
            for line in lines:
                line["dossier:record"]["note"] = "x\x1b[2Ky"

        with pytest.raises(BundleError, match="escape"):
            read_bundle(rewrite_bundle(lib.export_bundle([doc_id], "Ana"), lie, ("annotations.jsonl",)))
    finally:
        lib.close()
