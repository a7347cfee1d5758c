"""A --hide-notes bundle reaching a teammate who already holds the note (the round on 1f9f00c, its fuzzer's new
`hidden` step). Ana wrote a note and sent it to Ben and Cleo; Cleo only tagged it and handed out a bundle with the notes
hidden. Ben, importing it, took Cleo's version "with its note withheld from him too": his note read empty in the app,
though Cleo's version says the very words he holds; Ana's next bundle then filed a conflict on both sides ('' against
"A's words"). A teammate who holds a note can test a hidden one against it (the README says as much): where his note
and its salt make the hidden version's revision id, the note is his, and the version is taken with it."""
from __future__ import annotations

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _start(ana: Library, ben: Library, cleo: Library) -> tuple[str, str]:
    doc_id = ana.add_document(load_document(TXT), TXT)[0].id
    start = ana.document(doc_id).text.index("Tomas Ek")
    mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"),
                                                   note="Ana: he chairs it"))
    first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
    ben.import_bundle(first)
    cleo.import_bundle(first)
    return doc_id, mark.id


def test_a_hidden_note_the_importer_holds_stays_his(team: tuple[Library, Library, Library]) -> None:
    ana, ben, cleo = team
    doc_id, mark_id = _start(ana, ben, cleo)
    cleo.edit_annotation(mark_id, tags=["checked"])
    counts, _ = ben.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo", hide_notes=True)))
    assert ben.annotation(mark_id).note == "Ana: he chairs it"  # was '': his words gone from the app
    assert ben.annotation(mark_id).tags == ("checked",) and counts["updated"] == 1
    ana.edit_annotation(mark_id, tags=["checked", "council"])
    counts, _ = ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
    assert not ben.conflicts() and ben.annotation(mark_id).note == "Ana: he chairs it"  # (was a conflict, '' kept)
    ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
    assert not ana.conflicts()
    assert [lib.annotation(mark_id).tags for lib in team[:2]] == [("checked", "council")] * 2


def test_a_hidden_note_changed_stays_hidden(team: tuple[Library, Library, Library]) -> None:
    """Cleo changed the note she hid: Ben cannot know hers, and is not given his own for it."""
    ana, ben, cleo = team
    doc_id, mark_id = _start(ana, ben, cleo)
    cleo.edit_annotation(mark_id, note="Cleo: the answer")
    ben.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo", hide_notes=True)))
    assert ben.annotation(mark_id).note != "Ana: he chairs it"
    assert "Cleo: the answer" not in ben.annotation(mark_id).note
    ben.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
    assert ben.annotation(mark_id).note == "Cleo: the answer"
