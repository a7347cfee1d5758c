"""A settlement undone whose conflict is no longer open (an outside tester on 96db71f). Ana took Ben's words in a
conflict, sent that to Cleo, undid the settlement and then the import of Ben's bundle (she forgot it). Cleo's next
bundle carries the settlement — Ben's words — and it was kept out as "1 settlement you undid came back…: kept undone,
its conflict stays open" while no conflict was open: Ben's words, sent to Ana, were in no version and no conflict of
hers, and the import said a conflict held them. Now such a copy is filed as the conflict it is (Cleo's version, Ben's
words, beside Ana's)."""
from __future__ import annotations

from pathlib import Path

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
ANA, BEN = "Ana: chairman of the cooperative", "Ben: vice-chairman since May"


def _team(tmp_path: Path, *, with_dev: bool) -> tuple[list[Library], str, str]:
    """Ana, Ben, Cleo (and Dev) hold one note; each but Cleo changes it apart; Ana imports Dev's, then Ben's bundle,
    takes Ben's words, sends that to Cleo, and undoes the settlement and the import of Ben's bundle."""
    libs = [Library.open(tmp_path / n) for n in ("ana", "ben", "cleo", "dev")[:4 if with_dev else 3]]
    ana, ben, cleo = libs[:3]
    doc_id = ana.add_document(load_document(TXT), TXT)[0].id
    start = ana.document(doc_id).text.index("Tomas Ek")
    mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="first"))
    first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
    for lib in libs[1:]:
        lib.import_bundle(first)
    ana.edit_annotation(mark.id, note=ANA)
    ben.edit_annotation(mark.id, note=BEN)
    if with_dev:
        libs[3].edit_annotation(mark.id, note="Dev: resigned in June")
        ana.import_bundle(read_bundle(libs[3].export_bundle([doc_id], "Dev")))
    ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
    bens = next(c for c in ana.conflicts() if c.source == "Ben")
    ana.resolve_conflict(bens.id, take_theirs=True)
    cleo.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
    ana.undo()  # the settlement
    ana.undo()  # the import of Ben's bundle: forgotten
    assert ana.annotation(mark.id).note == ANA
    assert [c.source for c in ana.conflicts()] == (["Dev"] if with_dev else [])
    return libs, doc_id, mark.id


def test_a_settlement_undone_whose_conflict_is_forgotten_comes_back_as_a_conflict(tmp_path: Path) -> None:
    libs, doc_id, mark_id = _team(tmp_path, with_dev=False)
    ana, cleo = libs[0], libs[2]
    try:
        counts, _ = ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        assert counts.get("withdrawn", 0) == 0, counts  # "its conflict stays open": none was
        assert ana.annotation(mark_id).note == ANA
        assert [(c.source, c.theirs.note) for c in ana.conflicts()] == [("Cleo", BEN)]  # Ben's words were nowhere
        ana.close()
        ana = libs[0] = Library.open(tmp_path / "ana")
        [conflict] = ana.conflicts()
        assert conflict.kept.note == ANA and conflict.taken.note == BEN
    finally:
        for lib in libs:
            lib.close()


def test_another_teammates_open_conflict_does_not_hold_the_words_of_the_settlement_undone(tmp_path: Path) -> None:
    libs, doc_id, mark_id = _team(tmp_path, with_dev=True)
    ana, cleo = libs[0], libs[2]
    try:
        counts, _ = ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        assert counts.get("withdrawn", 0) == 0, counts  # Dev's conflict is open, but it is not the one settled
        assert sorted((c.source, c.theirs.note) for c in ana.conflicts()) == [
            ("Cleo", BEN), ("Dev", "Dev: resigned in June")]
    finally:
        for lib in libs:
            lib.close()
