"""Failing writes and hostile strings: a full disk (SQLite's page limit stands in for it), a failing
export write, and exports given user strings built to break out (script tags, spreadsheet formulas,
path tricks in a document's name)."""
from __future__ import annotations

import csv
import errno
import io
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest

from annotations.errors import StoreError
from annotations.library import AnnotationInput, Library
from annotations.model import ClaimStatus, Kind
from reader.cli import main
from reader.services import ReaderService
from tests.conftest import SAMPLES

HOSTILE = '</span><script>alert(1)</script><img src=x onerror=alert(2)>'


@pytest.fixture
def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReaderService:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    svc = ReaderService.open(tmp_path / "lib", annotator="=cmd|' /C calc'!A0", isolated=False)
    yield svc  # type: ignore[misc]
    svc.close()


def _doc(service: ReaderService, tmp_path: Path) -> str:
    tricky = tmp_path / "..%2F..%2Fevil <script>.txt"
    tricky.write_text((SAMPLES / "harbour_council.txt").read_text(encoding="utf-8"), encoding="utf-8")
    record = service.add_file(tricky).record
    assert record is not None
    return record.id


def test_an_add_the_full_disk_refused_leaves_no_copy_behind(service: ReaderService, tmp_path: Path) -> None:
    """The copy of the file was left in files/ with no record naming it, taking space on the disk that was full (an
    outside tester, stop 56)."""
    _doc(service, tmp_path)
    conn = service.library.store._conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")  # the disk is full
    other = tmp_path / "other.txt"
    other.write_text("Another article. " * 4000, encoding="utf-8")
    before = sorted(p.name for p in (service.library.folder / "files").iterdir())
    refused = service.add_file(other)
    assert refused.record is None and "full" in (refused.error or "")
    assert sorted(p.name for p in (service.library.folder / "files").iterdir()) == before
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed: the add works, with its copy
    record = service.add_file(other).record
    assert record is not None and (service.library.folder / record.stored_file).is_file()


def test_a_full_disk_refuses_the_edit_keeps_the_others_and_recovers(service: ReaderService, tmp_path: Path) -> None:
    doc = _doc(service, tmp_path)
    text = service.document(doc).text
    kept = [service.annotate(doc, AnnotationInput(Kind.HIGHLIGHT, i, i + 4))[0].id for i in range(0, 200, 10)]
    conn = service.library.store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    with pytest.raises(StoreError, match="full; nothing was changed"):
        for i in range(200):
            service.annotate(doc, AnnotationInput(Kind.NOTE, 0, 20, note=text[:2000] * 20))
    assert all(service.library.store.annotation(i) is not None for i in kept)
    assert service.library.store.integrity_ok()
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    extra, _ = service.annotate(doc, AnnotationInput(Kind.HIGHLIGHT, 300, 310))
    found = {h.annotation_id for h in service.search("*", limit=1000).hits}
    stored = {a.id for a in service.annotations(doc)}
    assert extra.id in found and found == stored  # the index agrees with the store after the failure


def test_a_failing_export_write_leaves_the_old_file_and_no_temp_file(service: ReaderService, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _doc(service, tmp_path)
    service.annotate(doc, AnnotationInput(Kind.HIGHLIGHT, 0, 10))
    target = tmp_path / "out" / "brief.md"
    target.parent.mkdir()
    target.write_text("yesterday's brief")

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(tmp_path / "lib"), "export", doc, "--format", "md", "-o", str(target)], out=out, err=err)
    assert code == 1 and "No space left on device" in err.getvalue()
    assert target.read_text() == "yesterday's brief" and os.listdir(target.parent) == ["brief.md"]


def test_exports_keep_hostile_strings_inert(service: ReaderService, tmp_path: Path) -> None:
    doc = _doc(service, tmp_path)
    text = service.document(doc).text
    start = text.index("Tomas Ek")
    service.annotate(doc, AnnotationInput(Kind.ENTITY, start, start + 8, label="PERSON", entity_name=HOSTILE,
                                          note=HOSTILE, tags=("=1+1",)))
    claim = text.index("Nobody has shown us")
    service.annotate(doc, AnnotationInput(Kind.CLAIM, claim, claim + 30, speaker_name="@SUM(A1:A9)",
                                          status=ClaimStatus.DISPUTED, note="+cmd|' /C calc'!A0\n-2+3"))
    html = service.export("html", [doc]).decode()
    assert "<script>" not in html and "onerror=alert" not in html.replace("onerror=alert(2)&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    md = service.export("md", [doc]).decode()
    assert "<script>" not in md and "<img" not in md
    rows = list(csv.reader(io.StringIO(service.export("csv", [doc]).decode("utf-8-sig"))))
    cells = [c for row in rows[1:] for c in row]
    assert all(not c or c[0] not in "=+-@\t\r" for c in cells), [c for c in cells if c and c[0] in "=+-@"]
    bundle = service.export("dossier", [doc], with_documents=True)
    with zipfile.ZipFile(io.BytesIO(bundle)) as zf:
        names = zf.namelist()
    assert all(".." not in n and not n.startswith("/") and "script" not in n for n in names)
    pack = service.export("pack", [doc])
    assert pack.startswith(b"%PDF")


def test_the_store_is_never_left_damaged_by_a_refused_write(tmp_path: Path) -> None:
    library = Library.open(tmp_path / "lib")
    library.store._conn.execute("PRAGMA query_only = ON")
    with pytest.raises(StoreError, match="read-only"):
        library.set_codebook(library.store.codebook())
    library.close()
    with sqlite3.connect(tmp_path / "lib" / "library.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_full_disk_is_said_in_one_wording() -> None:
    """The same full disk was said two ways in one `add` loop ("The disk is full or a size limit was reached: …" and
    "The disk holding … is full; nothing was changed"; an outside tester, stop 56)."""
    from annotations.errors import os_error_message

    said = os_error_message(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/data/lib/files/ab12.pdf"))
    assert said.startswith("The disk holding /data/lib/files is full") and said.endswith("Free some space and retry.")
