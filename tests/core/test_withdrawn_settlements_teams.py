"""Settlements undone in teams of four (an outside tester on 96db71f). Ana holds two conflicts on one note, Ben's and
Dev's. She settles Ben's, sends that to Cleo and undoes it: Ben's conflict is open again. She then settles Dev's
conflict. That version listed the settlement she had undone among its parents — so it descended from Ben's version
although Ana never chose against Ben's words (she had withdrawn that choice): Ben's library took it as a later edit
and wrote Ana's words over his with no conflict, and Ben's next bundle closed Ana's reopened conflict. Ben's words
were left in no library."""
from __future__ import annotations

from pathlib import Path

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _four(tmp_path: Path) -> tuple[list[Library], str, str]:
    """Ana, Ben, Cleo and Dev hold one note; Ana, Ben and Dev each change it apart; Ana imports Ben's and Dev's."""
    libs = [Library.open(tmp_path / n) for n in ("ana", "ben", "cleo", "dev")]
    ana, ben, cleo, dev = libs
    doc_id = ana.add_document(load_document(TXT), TXT)[0].id
    start = ana.document(doc_id).text.index("Tomas Ek")
    mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="first"))
    first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
    for lib in (ben, cleo, dev):
        lib.import_bundle(first)
    ana.edit_annotation(mark.id, note="Ana: chairman of the cooperative")
    ben.edit_annotation(mark.id, note="Ben: vice-chairman since May")
    dev.edit_annotation(mark.id, note="Dev: resigned in June")
    ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
    ana.import_bundle(read_bundle(dev.export_bundle([doc_id], "Dev")))
    return libs, doc_id, mark.id


def test_settling_another_conflict_does_not_take_in_the_settlement_undone(tmp_path: Path) -> None:
    libs, doc_id, mark_id = _four(tmp_path)
    ana, ben, cleo, _ = libs
    try:
        bens = next(c for c in ana.conflicts() if c.source == "Ben")
        ana.resolve_conflict(bens.id, take_theirs=True)
        cleo.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
        ana.undo()  # Ana thinks again about Ben's: both conflicts open
        assert sorted(c.source for c in ana.conflicts()) == ["Ben", "Dev"]
        devs = next(c for c in ana.conflicts() if c.source == "Dev")
        ana.resolve_conflict(devs.id, take_theirs=False)  # she keeps hers against Dev's; Ben's is still open
        assert [c.source for c in ana.conflicts()] == ["Ben"]

        counts, _ = ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
        assert ben.annotation(mark_id).note == "Ben: vice-chairman since May" \
            or [c.theirs.note for c in ben.conflicts()] == ["Ben: vice-chairman since May"], counts  # was overwritten
        ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
        assert [c.theirs.note for c in ana.conflicts()] == ["Ben: vice-chairman since May"]  # was closed
        counts, _ = ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))  # Cleo's copy: still out
        assert ana.annotation(mark_id).note == "Ana: chairman of the cooperative"
        assert [c.source for c in ana.conflicts()] == ["Ben"], counts

        [again] = ana.conflicts()  # Ana settles Ben's at last: everyone agrees, nothing left open
        ana.resolve_conflict(again.id, take_theirs=False)
        for _ in range(2):
            bundles = [read_bundle(lib.export_bundle([doc_id], str(i))) for i, lib in enumerate(libs)]
            for i, lib in enumerate(libs):
                for j, bundle in enumerate(bundles):
                    if i != j:
                        lib.import_bundle(bundle)
        assert [lib.conflicts() for lib in libs] == [[], [], [], []]
        assert {lib.annotation(mark_id).note for lib in libs} == {"Ana: chairman of the cooperative"}
    finally:
        for lib in libs:
            lib.close()


def test_a_teammate_who_undid_the_same_settlement_takes_the_new_one(tmp_path: Path) -> None:
    """Ana and Ben each took Ben's words (one settlement, the same version in both libraries), Ana sent hers to Cleo,
    and both undid it. Ana settles again, keeping hers: her new version lists the undone settlement among its parents
    and is made on both Ana's and Ben's versions. Ben took it for an edit made on the settlement he had undone: a
    second conflict with Ana's words beside his reopened one, and Cleo's copy a third, none of which any exchange
    closed — the three libraries never agreed until Ben settled again what Ana had settled. Now a version that is
    itself made on every version the undone settlement merged is weighed as Ana's settlement is: Ben takes it and his
    conflict with her is settled, as if neither had undone."""
    libs = [Library.open(tmp_path / n) for n in ("ana", "ben", "cleo")]
    ana, ben, cleo = libs
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        start = ana.document(doc_id).text.index("Tomas Ek")
        mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="first"))
        first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
        ben.import_bundle(first)
        cleo.import_bundle(first)
        ana.edit_annotation(mark.id, note="Ana: chairman of the cooperative")
        ben.edit_annotation(mark.id, note="Ben: vice-chairman since May")
        anas, bens = read_bundle(ana.export_bundle([doc_id], "Ana")), read_bundle(ben.export_bundle([doc_id], "Ben"))
        ana.import_bundle(bens)
        ben.import_bundle(anas)
        ana.resolve_conflict(ana.conflicts()[0].id, take_theirs=True)
        ben.resolve_conflict(ben.conflicts()[0].id, take_theirs=False)
        assert ana.annotation(mark.id).rev == ben.annotation(mark.id).rev  # one settlement
        cleo.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
        ana.undo()
        ben.undo()
        [conflict] = ana.conflicts()
        ana.resolve_conflict(conflict.id, take_theirs=False)  # Ana settles again, for her words

        counts, _ = ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
        assert counts.get("updated") == 1 and ben.conflicts() == [], counts  # was a second conflict from Ana
        for _ in range(2):
            bundles = [read_bundle(lib.export_bundle([doc_id], str(i))) for i, lib in enumerate(libs)]
            for i, lib in enumerate(libs):
                for j, bundle in enumerate(bundles):
                    if i != j:
                        lib.import_bundle(bundle)
        assert [lib.conflicts() for lib in libs] == [[], [], []]
        assert {lib.annotation(mark.id).note for lib in libs} == {"Ana: chairman of the cooperative"}
    finally:
        for lib in libs:
            lib.close()
