"""An edit undone, then the import beneath it undone (an outside tester's fuzzer on 96db71f, seed 9019, reduced; the
same before 96db71f). Ben merged Cleo's tag into his note ("1 combined"), changed his note, sent that to Ana, and
thought again: he undid the edit (his words back, on a version of their own on top — so Ana's copy of the edit is
older) and then the import of Cleo's bundle. Undoing an import puts back the very version from before it: the undo of
his edit, made on top of the import, went with it, and Ben's version is now one his undone edit descends from. Ana's
next bundle carries that edit: Ben takes it as a later edit and his words are gone, from his library and every other,
with nothing said. The same gap 96db71f closed for settlements ("the very version put back"), for an ordinary edit
undone above an import that is undone too. Now the versions made on top of an import are remembered as undone when the
import is undone (`annotations.undo._made_on_top`, kept as settlements undone are): a copy that comes back is a
conflict while the import stays undone; redoing the import puts back the very version its undo took away (his undo of
the edit), so once the import is redone the edit is an older version of his own."""
from __future__ import annotations

from typing import Any

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from reader.ui.import_words import import_lines
from tests.conftest import SAMPLES
from tests.helpers import rewrite_bundle

TXT = SAMPLES / "harbour_council.txt"


def _ben_undoes_an_edit_and_the_import_beneath_it(ana: Library, ben: Library, cleo: Library) -> tuple[str, str]:
    """Ben's edit on top of Cleo's merged tag, sent to Ana, then undone, and the import of Cleo's bundle undone."""
    doc_id = ana.add_document(load_document(TXT), TXT)[0].id
    start = ana.document(doc_id).text.index("Tomas Ek")
    mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="first"))
    first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
    ben.import_bundle(first)
    cleo.import_bundle(first)
    ben.edit_annotation(mark.id, note="Ben: his own words")
    cleo.edit_annotation(mark.id, tags=["checked"])
    counts, _ = ben.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
    assert counts.get("combined") == 1
    ben.edit_annotation(mark.id, note="Ben: second thoughts")
    ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
    ben.undo()  # the edit
    ben.undo()  # the import of Cleo's bundle
    assert ben.annotation(mark.id).note == "Ben: his own words" and ben.annotation(mark.id).tags == ()
    return doc_id, mark.id


def test_an_edit_undone_below_an_undone_import_stays_undone(team: tuple[Library, Library, Library]) -> None:
    ana, ben, cleo = team
    doc_id, mark_id = _ben_undoes_an_edit_and_the_import_beneath_it(ana, ben, cleo)
    counts, _ = ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
    assert ben.annotation(mark_id).note == "Ben: his own words"  # was "Ben: second thoughts": the edit he undid
    assert [c.theirs.note for c in ben.conflicts()] == ["Ben: second thoughts"] and counts["conflicts"] == 1
    ana.edit_annotation(mark_id, note="Ana: on top of it")  # a teammate's edit on it: a conflict too, never taken
    ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
    assert ben.annotation(mark_id).note == "Ben: his own words"
    assert "Ana: on top of it" in {c.theirs.note for c in ben.conflicts()}


def test_the_import_redone_keeps_the_edit_undone_and_says_so(team: tuple[Library, Library, Library]) -> None:
    ana, ben, cleo = team
    doc_id, mark_id = _ben_undoes_an_edit_and_the_import_beneath_it(ana, ben, cleo)
    ben.redo()  # the import again: Cleo's tag back, his edit still undone
    assert ben.annotation(mark_id).note == "Ben: his own words" and ben.annotation(mark_id).tags == ("checked",)
    counts, _ = ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
    assert ben.annotation(mark_id).note == "Ben: his own words" and not ben.conflicts()
    assert counts["stale"] == 1 and not counts.get("undone_edits") and not counts.get("withdrawn")  # redo put back
    assert "1 older version of annotations you already have" in " ".join(import_lines(counts))  # the very version
    # the undo of the import took away (his undo of the edit, on top of it): the edit is an older one of his own
    ben.redo()  # the edit itself again: his second thoughts, as a version of his own
    assert ben.annotation(mark_id).note == "Ben: second thoughts"


def test_a_copy_that_lies_under_valid_checksums_takes_nothing_of_the_restored_words(
        team: tuple[Library, Library, Library]) -> None:
    """Ana's bundle, rewritten by hand with its checksums made valid again: the undone edit's version carries words Ben
    never wrote. Ben's restored words stay his note; whatever the bundle says is at most the other side of a conflict."""
    ana, ben, cleo = team
    doc_id, mark_id = _ben_undoes_an_edit_and_the_import_beneath_it(ana, ben, cleo)

    def forge(_name: str, records: list[dict[str, Any]]) -> None:
        for record in records:
            if record.get("id") == mark_id:
                record["note"] = "Ben: words he never wrote"

    ben.import_bundle(read_bundle(rewrite_bundle(ana.export_bundle([doc_id], "Ana"), forge, ("annotations.jsonl",))))
    assert ben.annotation(mark_id).note == "Ben: his own words"
    assert {c.theirs.note for c in ben.conflicts()} <= {"Ben: words he never wrote", "Ben: second thoughts"}
