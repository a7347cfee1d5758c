"""Redoing an import or a settlement after an edit on top of it was undone (an outside tester of eb09fd8).

Ben settles a conflict (or imports a bundle), edits the note, sends the edit, undoes it (his words back, a version of
their own on top), then undoes the settlement (or the import) and redoes it. Undoing puts back the very version from
before the step; redoing put back the very version the step wrote — under his undo of the edit, which no longer was an
ancestor of his. So a teammate's copy of the edit he undid descended from his version again:
- after a settlement redone, it was "their newer version taken", over the settled words, with nothing said (a
  settlement's redo forgets it was undone, and the edit on it was never remembered as undone);
- after an import redone, Ben's own undo of the edit, held by a teammate, was kept out as "1 edit of yours that you
  undid came back … kept undone" (it was no such edit: it said what Ben holds), and the teammate's later edit on it
  was a conflict instead of his later edit.
Now the undo of an import or a settlement remembers the version it took away when one was made on top since, and the
redo puts that one back (`annotations.undo._replaced`): the library is as it was before the undo, the edit undone an
older version of its own. Imported again instead of redone (the same bundle: "importing again takes it again"), the
import's version is ours once more while his undo of the edit is not: a version that descends from that undo, which
says what he holds, is no edit he undid (`annotations.withdrawn_settlements.weigh`, `back`): taken as any later one."""
from __future__ import annotations

import pytest

from annotations.bundle import Bundle, read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from reader.ui.import_words import import_lines
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _shared_mark(ana: Library, others: tuple[Library, ...]) -> tuple[str, str]:
    doc_id = ana.add_document(load_document(TXT), TXT)[0].id
    start = ana.document(doc_id).text.index("Tomas Ek")
    mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="first"))
    first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
    for lib in others:
        lib.import_bundle(first)
    return doc_id, mark.id


def _sent(lib: Library, doc_id: str, who: str) -> Bundle:
    return read_bundle(lib.export_bundle([doc_id], who))


def test_a_settlement_redone_keeps_the_edit_undone_on_it(team: tuple[Library, Library, Library]) -> None:
    ana, ben, cleo = team
    doc_id, mark_id = _shared_mark(ana, (ben, cleo))
    ana.edit_annotation(mark_id, note="Ana's words")
    ben.edit_annotation(mark_id, note="Ben's words")
    ben.import_bundle(_sent(ana, doc_id, "Ana"))
    [conflict] = ben.conflicts()
    ben.resolve_conflict(conflict.id, take_theirs=False)  # "Keep mine"
    ben.edit_annotation(mark_id, note="Ben: second thoughts")
    cleo.import_bundle(_sent(ben, doc_id, "Ben"))
    ben.undo()  # the edit
    ben.undo()  # the settlement
    ben.redo()  # the settlement again
    assert ben.annotation(mark_id).note == "Ben's words" and not ben.conflicts()
    counts, _ = ben.import_bundle(_sent(cleo, doc_id, "Cleo"))
    assert ben.annotation(mark_id).note == "Ben's words"  # was "Ben: second thoughts", "their newer version taken"
    assert not counts["updated"] and not ben.conflicts()


def _ben_sends_his_undo_then_undoes_the_import(ana: Library, ben: Library, cleo: Library,
                                               again: str = "redo") -> tuple[str, str]:
    doc_id, mark_id = _shared_mark(ana, (ben, cleo))
    cleo.edit_annotation(mark_id, tags=["checked"])
    cleos = _sent(cleo, doc_id, "Cleo")
    ben.import_bundle(cleos)
    ben.edit_annotation(mark_id, note="Ben: second thoughts")
    ana.import_bundle(_sent(ben, doc_id, "Ben"))
    ben.undo()  # the edit
    ana.import_bundle(_sent(ben, doc_id, "Ben"))  # Ana holds his undo of it
    assert ana.annotation(mark_id).note == "first" and ana.annotation(mark_id).tags == ("checked",)
    ben.undo()  # the import of Cleo's bundle
    if again == "redo":
        ben.redo()  # and again
    else:
        ben.import_bundle(cleos)  # the same bundle imported again (as the README says it can be)
    assert ben.annotation(mark_id).tags == ("checked",)
    return doc_id, mark_id


@pytest.mark.parametrize("again", ["redo", "import"])
def test_an_import_redone_takes_its_own_undo_back_as_what_it_holds(team: tuple[Library, Library, Library],
                                                                   again: str) -> None:
    ana, ben, cleo = team
    doc_id, mark_id = _ben_sends_his_undo_then_undoes_the_import(ana, ben, cleo, again)
    counts, _ = ben.import_bundle(_sent(ana, doc_id, "Ana"))
    assert not counts.get("undone_edits"), import_lines(counts)  # "1 edit of yours that you undid … kept undone"
    assert ben.annotation(mark_id).note == "first" and ben.annotation(mark_id).tags == ("checked",)


@pytest.mark.parametrize("again", ["redo", "import"])
def test_an_import_redone_takes_a_later_edit_on_his_undo(team: tuple[Library, Library, Library], again: str) -> None:
    ana, ben, cleo = team
    doc_id, mark_id = _ben_sends_his_undo_then_undoes_the_import(ana, ben, cleo, again)
    ana.edit_annotation(mark_id, note="Ana: later")
    counts, _ = ben.import_bundle(_sent(ana, doc_id, "Ana"))
    assert ben.annotation(mark_id).note == "Ana: later" and not ben.conflicts()  # was a conflict with "first"
    assert counts["updated"] == 1


def test_a_settlement_undone_again_after_such_a_redo_stays_undone(team: tuple[Library, Library, Library]) -> None:
    ana, ben, cleo = team
    doc_id, mark_id = _shared_mark(ana, (ben, cleo))
    ana.edit_annotation(mark_id, note="Ana's words")
    ben.edit_annotation(mark_id, note="Ben's words")
    ben.import_bundle(_sent(ana, doc_id, "Ana"))
    [conflict] = ben.conflicts()
    ben.resolve_conflict(conflict.id, take_theirs=True)  # "Take theirs"
    cleo.import_bundle(_sent(ben, doc_id, "Ben"))  # Cleo holds the settlement
    ben.edit_annotation(mark_id, note="Ben: second thoughts")
    ben.undo()  # the edit
    ben.undo()  # the settlement
    ben.redo()  # the settlement again (the very version the undo took: his undo of the edit)
    ben.undo()  # and undone again: the settlement is still what is undone
    assert ben.annotation(mark_id).note == "Ben's words" and len(ben.conflicts()) == 1
    counts, _ = ben.import_bundle(_sent(cleo, doc_id, "Cleo"))
    assert ben.annotation(mark_id).note == "Ben's words" and len(ben.conflicts()) == 1
    assert counts.get("withdrawn") == 1
