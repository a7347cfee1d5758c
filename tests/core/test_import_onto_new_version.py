"""A teammate's annotations on a version of a document that this library has replaced by a newer file
(break26 bug 6): they land on the newer version, placed again by their quote as our own annotations were
when the file was re-added — never on the old version in the trash, where nobody would see or find them.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.library import AnnotationInput
from annotations.model import AnchorState, Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

CLAIM = "Nobody has shown us a single study of what happens to the fish"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[ReaderService, ReaderService, Path]]:
    ana = ReaderService.open(tmp_path / "ana", annotator="Ana", isolated=False)
    cleo = ReaderService.open(tmp_path / "cleo", annotator="Cleo", isolated=False)
    yield ana, cleo, tmp_path
    ana.close()
    cleo.close()


def _mark(service: ReaderService, doc_id: str, quote: str, kind: Kind, note: str) -> str:
    start = service.document(doc_id).text.index(quote)
    a, _ = service.annotate(doc_id, AnnotationInput(kind, start, start + len(quote), note=note))
    return a.id


def _send(sender: ReaderService, receiver: ReaderService, folder: Path, name: str) -> dict[str, int]:
    bundle = folder / f"{name}.dossier"
    bundle.write_bytes(sender.export("dossier", [d.id for d in sender.documents()], with_documents=True))
    counts, _ = receiver.import_file(bundle)
    return counts


def test_a_teammates_note_on_the_version_we_replaced_lands_on_the_new_version(
        team: tuple[ReaderService, ReaderService, Path]) -> None:
    ana, cleo, folder = team
    path = folder / "article.txt"
    text = (SAMPLES / "harbour_council.txt").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    old = ana.add_file(path).record
    assert old is not None
    _mark(ana, old.id, CLAIM, Kind.CLAIM, "Ana claim")
    _send(ana, cleo, folder, "ana1")
    cleos = _mark(cleo, old.id, "Claire Dubois", Kind.NOTE, "Cleo: call her")

    corrected = "Correction appended at the top.\n" + text.replace("Nobody has shown", "Nobody has ever shown")
    path.write_text(corrected, encoding="utf-8")
    new = ana.add_file(path).record  # Ana's corrected file: a new version, the old one in her trash
    assert new is not None and new.id != old.id

    counts = _send(cleo, ana, folder, "cleo1")
    assert counts["new"] == 1 and counts["reanchored"] == 1
    got = ana.library.annotation(cleos)
    assert got.document_id == new.id and got.anchor is AnchorState.MOVED
    assert ana.document(new.id).text[got.target.start:got.target.end] == "Claire Dubois"
    assert cleos in {a.id for a in ana.annotations(new.id)}
    assert [h.document_id for h in ana.search("call").hits] == [new.id]
    assert ana.annotations(old.id) == []

    ana.undo()  # the import is one step: undone, the note is gone again and the new version untouched
    assert cleos not in {a.id for a in ana.annotations(new.id)}


def test_a_teammates_note_on_a_document_we_put_in_the_trash_is_reported_as_such(
        team: tuple[ReaderService, ReaderService, Path]) -> None:
    """No newer version: the note is kept with its document, and the report says where it went."""
    from reader.ui.import_words import import_lines

    ana, cleo, folder = team
    doc = ana.add_file(SAMPLES / "harbour_council.txt").record
    assert doc is not None
    _send(ana, cleo, folder, "ana1")
    cleos = _mark(cleo, doc.id, "Claire Dubois", Kind.NOTE, "Cleo: call her")
    ana.library.remove_document(doc.id)
    counts = _send(cleo, ana, folder, "cleo1")
    assert counts["new"] == 0 and counts["in_trash"] == 1
    assert "1 new annotation on documents in your trash (restore them to see these)" in import_lines(counts)
    assert ana.library.annotation(cleos).document_id == doc.id


def test_a_document_with_the_same_file_name_is_no_new_version_of_one_in_the_trash(
        team: tuple[ReaderService, ReaderService, Path]) -> None:
    """recheck26 bug 4: bundles keep only a document's file name. Cleo trashed Ana's "report.txt", then got
    Ben's unrelated "report.txt": Ana's notes on hers stay with it in the trash, and the import says so."""
    ana, cleo, folder = team
    ben = ReaderService.open(folder / "ben", annotator="Ben", isolated=False)
    try:
        (folder / "a").mkdir()
        (folder / "b").mkdir()
        ours, theirs = folder / "a" / "report.txt", folder / "b" / "report.txt"
        ours.write_text((SAMPLES / "harbour_council.txt").read_text(encoding="utf-8"), encoding="utf-8")
        theirs.write_text((SAMPLES / "uk_energy_agreement.txt").read_text(encoding="utf-8"), encoding="utf-8")
        harbour = ana.add_file(ours).record
        energy = ben.add_file(theirs).record
        assert harbour is not None and energy is not None
        _send(ana, cleo, folder, "ana1")
        cleo.library.remove_document(harbour.id)
        _send(ben, cleo, folder, "ben1")
        assert cleo.library.document(harbour.id).source_path == cleo.library.document(energy.id).source_path
        notes = {_mark(ana, harbour.id, "Tomas Ek", Kind.NOTE, "Ana: the fisheries rep"),
                 _mark(ana, harbour.id, CLAIM, Kind.CLAIM, "Ana's claim")}
        bundle = folder / "ana2.dossier"
        bundle.write_bytes(ana.export("dossier", [harbour.id]))
        preview, _ = cleo.import_file(bundle, dry_run=True)
        counts, _ = cleo.import_file(bundle)
        for said in (preview, counts):
            assert (said["new"], said.get("in_trash", 0), said["reanchored"], said["orphans"]) == (0, 2, 0, 0)
        for a in map(cleo.library.annotation, notes):
            assert a.document_id == harbour.id and a.anchor is AnchorState.EXACT
        assert cleo.annotations(energy.id) == []
    finally:
        ben.close()


def test_a_note_whose_quote_the_new_version_lost_stays_with_the_old_one(
        team: tuple[ReaderService, ReaderService, Path]) -> None:
    """recheck26 bug 9: the new version rewrote the sentence of one note and kept the quote of another: the
    first stays with the version in the trash (counted in_trash, not reanchored), the second moves."""
    ana, cleo, folder = team
    path = folder / "article.txt"
    text = (SAMPLES / "harbour_council.txt").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    old = ana.add_file(path).record
    assert old is not None
    _send(ana, cleo, folder, "ana1")
    gone = _mark(cleo, old.id, CLAIM, Kind.CLAIM, "Cleo: ask for the study")
    renamed = _mark(cleo, old.id, "Claire Dubois", Kind.NOTE, "Cleo: call her")
    kept = _mark(cleo, old.id, "Tomas Ek", Kind.NOTE, "Cleo: the fisheries rep")
    path.write_text("Corrected.\n" + text.replace(CLAIM, "The fisheries association declined to comment")
                    .replace("Claire Dubois", "C. Dubois"), encoding="utf-8")
    new = ana.add_file(path).record
    assert new is not None and new.id != old.id
    bundle = folder / "cleo1.dossier"
    bundle.write_bytes(cleo.export("dossier", [old.id]))
    preview, _ = ana.import_file(bundle, dry_run=True)
    counts, _ = ana.import_file(bundle)
    for said in (preview, counts):
        assert (said["new"], said.get("in_trash", 0), said["reanchored"], said["orphans"]) == (1, 2, 1, 0)
    for annotation_id in (gone, renamed):
        a = ana.library.annotation(annotation_id)
        assert a.document_id == old.id and a.anchor is AnchorState.EXACT
    moved = ana.library.annotation(kept)
    assert moved.document_id == new.id and moved.anchor is not AnchorState.ORPHANED
    assert ana.document(new.id).text[moved.target.start:moved.target.end] == "Tomas Ek"
