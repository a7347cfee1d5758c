"""An edit undone on top of a settlement that is undone too (the fuzzer's seed 13185 with the steps of MORE, stop 61,
reduced). Ana settled "Keep mine" against Cleo, changed her note on top, sent that to Ben, and thought again: she undid
the edit (her words back, on a version of their own on top of it) and then the settlement (the very version from
before put back, Cleo's conflict open again). Settling "Keep mine" once more makes her version descend from the
settlement she had undone — but not from her undo of the edit made on it: Ben's copy of the edit then read as a later
edit of hers, fast-forwarded (or, where Ben had settled it against his own, merged field by field, "1 combined") over
the words her undo brought back, in every library, with nothing said. Undoing a settlement now remembers the versions
made on top of it as undoing an import does (`annotations.undo._made_on_top`): settled again, the new version lists
them among its parents, so the edit is an older version of hers and her undo of it travels."""
from __future__ import annotations

import pytest

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from reader.ui.import_words import import_lines
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _ana_undoes_an_edit_and_the_settlement_beneath_it(ana: Library, ben: Library, cleo: Library,
                                                       ben_had_his_own: bool) -> tuple[str, str]:
    doc_id = ana.add_document(load_document(TXT), TXT)[0].id
    start = ana.document(doc_id).text.index("Tomas Ek")
    mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="first"))
    first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
    ben.import_bundle(first)
    cleo.import_bundle(first)
    ana.edit_annotation(mark.id, note="Ana: hers")
    cleo.edit_annotation(mark.id, note="Cleo: hers")
    ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
    ana.resolve_conflict(ana.conflicts()[0].id, take_theirs=False)  # Keep mine
    ana.edit_annotation(mark.id, note="Ana: second thoughts")
    sent = read_bundle(ana.export_bundle([doc_id], "Ana"))
    if ben_had_his_own:
        ben.edit_annotation(mark.id, note="Ben: his")
    ben.import_bundle(sent)
    for conflict in ben.conflicts():
        ben.resolve_conflict(conflict.id, take_theirs=True)  # Ben takes her second thoughts over his own words
    assert ben.annotation(mark.id).note == "Ana: second thoughts"
    ana.undo()  # the edit
    ana.undo()  # the settlement: Cleo's conflict open again
    assert ana.annotation(mark.id).note == "Ana: hers"
    assert [c.theirs.note for c in ana.conflicts()] == ["Cleo: hers"]
    return doc_id, mark.id


def _exchange(libs: tuple[Library, ...], doc_id: str) -> None:
    bundles = [read_bundle(lib.export_bundle([doc_id], str(i))) for i, lib in enumerate(libs)]
    for i, lib in enumerate(libs):
        for j, bundle in enumerate(bundles):
            if i != j:
                lib.import_bundle(bundle)


@pytest.mark.parametrize("ben_had_his_own", [False, True], ids=["ben-forwarded-it", "ben-settled-it-over-his"])
def test_settled_again_the_edit_undone_on_it_stays_undone(team: tuple[Library, Library, Library],
                                                          ben_had_his_own: bool) -> None:
    ana, ben, cleo = team
    doc_id, mark_id = _ana_undoes_an_edit_and_the_settlement_beneath_it(ana, ben, cleo, ben_had_his_own)
    ana.resolve_conflict(ana.conflicts()[0].id, take_theirs=False)  # Keep mine, again
    counts, _ = ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
    assert ana.annotation(mark_id).note == "Ana: hers"  # was "Ana: second thoughts": the edit she undid
    assert not ana.conflicts() and counts["combined" if ben_had_his_own else "stale"] == 1  # (Ben's settlement
    # merges with hers: what he changed, he changed knowing her second thoughts, which her version descends from)
    for _ in range(2):
        _exchange(team, doc_id)
    assert [lib.annotation(mark_id).note for lib in team] == ["Ana: hers"] * 3  # her undo travelled
    assert not any(lib.conflicts() for lib in team)


def test_redone_the_settlement_keeps_the_edit_undone(team: tuple[Library, Library, Library]) -> None:
    ana, ben, cleo = team
    doc_id, mark_id = _ana_undoes_an_edit_and_the_settlement_beneath_it(ana, ben, cleo, ben_had_his_own=True)
    ana.redo()  # the settlement only: her edit stays undone
    ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
    assert ana.annotation(mark_id).note == "Ana: hers" and not ana.conflicts()
    _exchange(team, doc_id)
    assert [lib.annotation(mark_id).note for lib in team] == ["Ana: hers"] * 3


def test_both_redone_her_second_thoughts_are_hers_again(team: tuple[Library, Library, Library]) -> None:
    ana, ben, cleo = team
    doc_id, mark_id = _ana_undoes_an_edit_and_the_settlement_beneath_it(ana, ben, cleo, ben_had_his_own=True)
    ana.redo()
    ana.redo()
    _exchange(team, doc_id)
    assert [lib.annotation(mark_id).note for lib in team] == ["Ana: second thoughts"] * 3
    assert not any(lib.conflicts() for lib in team)


def test_left_open_the_edit_sent_back_is_kept_undone_and_said(team: tuple[Library, Library, Library]) -> None:
    ana, ben, cleo = team
    doc_id, mark_id = _ana_undoes_an_edit_and_the_settlement_beneath_it(ana, ben, cleo, ben_had_his_own=False)
    counts, _ = ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
    assert ana.annotation(mark_id).note == "Ana: hers" and counts["undone_edits"] == 1
    assert "1 edit of yours that you undid came back" in " ".join(import_lines(counts))
    assert [c.theirs.note for c in ana.conflicts()] == ["Cleo: hers"]  # her question stays hers to answer
    _exchange(team, doc_id)
    assert [c.theirs.note for c in ana.conflicts()] == ["Cleo: hers"]
    assert ana.annotation(mark_id).note == "Ana: hers"
