"""An empty file and a Web Annotation file saved as UTF-16 (as Windows tools write JSON) were both refused as
"not a .dossier bundle (not a readable zip file)" — an outside tester, stop 40. An empty file now says it is
empty (the store untouched); UTF-16 with its byte-order mark is read as the JSON it is."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.errors import BundleError
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def test_an_empty_file_says_so_and_a_utf16_export_is_imported(tmp_path: Path) -> None:
    ana = ReaderService.open(tmp_path / "ana", annotator="Ana", isolated=False)
    ben = ReaderService.open(tmp_path / "ben", annotator="Ben", isolated=False)
    try:
        doc_id = ana.add_file(TXT).record.id  # type: ignore[union-attr]
        start, end = find_quote(ana.document(doc_id).text, "Tomas Ek")
        ana.annotate(doc_id, AnnotationInput(Kind.NOTE, start, end, note="check the minutes"))
        text = ana.export("jsonld", [doc_id]).decode("utf-8")
        ben.add_file(TXT)
        for name, data in (("empty.json", b""), ("blank.jsonld", b" \r\n"), ("mark.json", b"\xef\xbb\xbf"),
                           ("mark16.json", " \n".encode("utf-16")), ("mark32.json", "".encode("utf-32"))):
            (tmp_path / name).write_bytes(data)
            with pytest.raises(BundleError, match="is empty"):
                ben.import_file(tmp_path / name)
        assert ben.annotations(doc_id) == []
        for name, encoding in (("le.jsonld", "utf-16"), ("be.jsonld", "utf-16-be"), ("u32.jsonld", "utf-32")):
            data = text.encode(encoding)
            (tmp_path / name).write_bytes(b"\xfe\xff" + data if encoding == "utf-16-be" else data)
        assert ben.import_file(tmp_path / "le.jsonld")[0]["new"] == 1
        assert ben.import_file(tmp_path / "u32.jsonld")[0].get("new", 0) == 0
        assert [a.note for a in ben.annotations(doc_id)] == ["check the minutes"]
        assert ben.import_file(tmp_path / "be.jsonld")[0].get("new", 0) == 0  # the same annotation: nothing new
    finally:
        ana.close()
        ben.close()


def test_a_bundled_file_the_library_holds_is_not_parsed_again(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """An import parsed every file a bundle carries, even of documents the receiver holds: the language model
    alone unpacked ~60 MB to the temporary folder, so a nearly full /tmp failed every such import as "the disk
    is full" (an outside tester, stop 40). A document held keeps its own text; its copy is not parsed."""
    ana = ReaderService.open(tmp_path / "ana", annotator="Ana", isolated=False)
    ben = ReaderService.open(tmp_path / "ben", annotator="Ben", isolated=False)
    try:
        doc_id = ana.add_file(TXT).record.id  # type: ignore[union-attr]
        start, end = find_quote(ana.document(doc_id).text, "Tomas Ek")
        ana.annotate(doc_id, AnnotationInput(Kind.NOTE, start, end, note="check the minutes"))
        (tmp_path / "a.dossier").write_bytes(ana.library.export_bundle([doc_id], "Ana", with_documents=True))
        ben.add_file(TXT)
        loads: list[Path] = []
        real_load = ben.load
        monkeypatch.setattr(ben, "load", lambda path: loads.append(path) or real_load(path))
        assert ben.import_file(tmp_path / "a.dossier")[0]["new"] == 1
        assert loads == []
        stored = ben.library.stored_path(ben.document(doc_id))
        assert stored is not None
        stored.unlink()  # a stored file deleted from disk: the bundle's copy is parsed and written back
        ben.close()
        ben = ReaderService.open(tmp_path / "ben", annotator="Ben", isolated=False)
        monkeypatch.setattr(ben, "load", lambda path: loads.append(path) or real_load(path))
        ben.import_file(tmp_path / "a.dossier")
        assert len(loads) == 1 and stored.exists()
        loads.clear()
        cleo = ReaderService.open(tmp_path / "cleo", annotator="Cleo", isolated=False)  # one who has it not:
        monkeypatch.setattr(cleo, "load", lambda path: loads.append(path) or real_load(path))  # parsed
        try:
            assert cleo.import_file(tmp_path / "a.dossier")[0]["new"] == 1 and len(loads) == 1
            assert not cleo.document(doc_id).provisional
        finally:
            cleo.close()
    finally:
        ana.close()
        ben.close()
