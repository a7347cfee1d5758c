"""A settlement that was sent and then undone: Ana took Ben's version of a disputed note, sent her bundle to Cleo, and
pressed Ctrl+Z to think again (the conflict opened). Cleo's next bundle carried the settlement back: it descends from
Ana's version, so it was taken as a later edit — Ben's words were written over Ana's again and the conflict closed,
with nothing said (stop 58's Left). Now the settlement she undid stays out ("1 settlement you undid"), an edit a
teammate made on top of it is a conflict of its own, and settling again makes a version that Cleo's settlement is an
ancestor of, so the three libraries agree again."""
from __future__ import annotations

from pathlib import Path

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.cli_common import import_summary
from reader.document import load_document
from reader.ui.import_words import import_lines
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _team(tmp_path: Path) -> tuple[Library, Library, Library, str, str]:
    """Ana, Ben and Cleo hold one note; Ana and Ben changed it apart; Ana took Ben's and sent that to Cleo."""
    ana, ben, cleo = (Library.open(tmp_path / n) for n in ("ana", "ben", "cleo"))
    doc_id = ana.add_document(load_document(TXT), TXT)[0].id
    start = ana.document(doc_id).text.index("Tomas Ek")
    mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="first"))
    first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
    ben.import_bundle(first)
    cleo.import_bundle(first)
    ana.edit_annotation(mark.id, note="Ana: chairman of the cooperative")
    ben.edit_annotation(mark.id, note="Ben: vice-chairman since May")
    ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
    [conflict] = ana.conflicts()
    ana.resolve_conflict(conflict.id, take_theirs=True)
    cleo.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
    assert cleo.annotation(mark.id).note == "Ben: vice-chairman since May"
    ana.undo()  # Ana thinks again: her words back, Ben's in the conflicts list
    assert ana.annotation(mark.id).note == "Ana: chairman of the cooperative" and len(ana.conflicts()) == 1
    return ana, ben, cleo, doc_id, mark.id


def test_a_settlement_undone_stays_undone_when_a_teammate_sends_it_back(tmp_path: Path) -> None:
    ana, ben, cleo, doc_id, mark_id = _team(tmp_path)
    try:
        counts, _ = ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        assert ana.annotation(mark_id).note == "Ana: chairman of the cooperative"  # was Ben's, silently
        assert [c.theirs.note for c in ana.conflicts()] == ["Ben: vice-chairman since May"]  # was closed
        assert counts.get("withdrawn") == 1 and counts.get("updated", 0) == 0
        said = " ".join(import_lines(counts)) + import_summary("imported", counts)
        assert "you undid" in said and "withdrawn" not in said
        again, _ = ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))  # a replay says it again
        assert again.get("withdrawn") == 1 and len(ana.conflicts()) == 1

        [conflict] = ana.conflicts()  # Ana settles again, this time keeping hers
        ana.resolve_conflict(conflict.id, take_theirs=False)
        for lib in (cleo, ben):
            counts, _ = lib.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
            assert lib.conflicts() == [] and counts.get("updated") == 1, counts  # Cleo's settlement is an ancestor
        notes = {lib.annotation(mark_id).note for lib in (ana, ben, cleo)}
        assert notes == {"Ana: chairman of the cooperative"}
        counts, _ = ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        assert counts.get("withdrawn", 0) == 0 and ana.conflicts() == []
    finally:
        for lib in (ana, ben, cleo):
            lib.close()


def test_an_edit_made_on_the_undone_settlement_is_a_conflict_not_a_later_edit(tmp_path: Path) -> None:
    ana, ben, cleo, doc_id, mark_id = _team(tmp_path)
    try:
        cleo.edit_annotation(mark_id, tags=["checked"])  # Cleo builds on the settlement Ana has undone
        counts, _ = ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        assert ana.annotation(mark_id).note == "Ana: chairman of the cooperative"
        assert counts.get("conflicts") == 1 and counts.get("updated", 0) == 0
        theirs = sorted((c.source, c.theirs.note, c.theirs.tags) for c in ana.conflicts())
        assert theirs == [("Ben", "Ben: vice-chairman since May", ()),
                          ("Cleo", "Ben: vice-chairman since May", ("checked",))]
        cleos = next(c for c in ana.conflicts() if c.source == "Cleo")
        assert cleos.kept.note == "Ana: chairman of the cooperative"  # "Keep mine" keeps Ana's words
        assert cleos.taken.note == "Ben: vice-chairman since May" and cleos.taken.tags == ("checked",)
    finally:
        for lib in (ana, ben, cleo):
            lib.close()


def test_a_settlement_redone_takes_the_teammates_copy_as_known(tmp_path: Path) -> None:
    ana, ben, cleo, doc_id, mark_id = _team(tmp_path)
    try:
        ana.redo()
        counts, _ = ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        assert counts.get("withdrawn", 0) == 0 and counts.get("unchanged") == 1
        assert ana.annotation(mark_id).note == "Ben: vice-chairman since May" and ana.conflicts() == []
        ana.undo()  # undone a second time: withdrawn again
        counts, _ = ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        assert counts.get("withdrawn") == 1 and ana.annotation(mark_id).note == "Ana: chairman of the cooperative"
    finally:
        for lib in (ana, ben, cleo):
            lib.close()
