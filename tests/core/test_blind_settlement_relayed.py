"""A note settled blind, relayed by a third teammate (the round on 1f9f00c, its fuzzer's hidden-notes step, seed 40000
with the 'most' steps, reduced). Ana changed her note and handed out a --hide-notes bundle; Ben, who had tagged the
note meanwhile, settled the conflict without seeing her words (his note is "written blind" beside hers) and sent his
full bundle to Cleo. Cleo took it (she never had Ana's version) and added a tag; back at Ben, Cleo's version read as
"made knowing the note" and his blind mark went; Ana, importing Ben's bundle, took his version as a later edit of hers:
her words were gone from every library, with "1 updated" said. The same where Cleo never had the note before. The
mark now travels with the version it came with (`annotations.hidden_known.keep_blind`)."""
from __future__ import annotations

import pytest

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


@pytest.mark.parametrize(("take_theirs", "cleo_had_it"), [(False, True), (True, True), (False, False)],
                         ids=["ben-kept-his", "ben-took-hers-unseen", "cleo-never-had-it"])
def test_a_note_settled_blind_and_relayed_never_replaces_hers(team: tuple[Library, Library, Library],
                                                              take_theirs: bool, cleo_had_it: bool) -> None:
    ana, ben, cleo = team
    doc_id = ana.add_document(load_document(TXT), TXT)[0].id
    start = ana.document(doc_id).text.index("Tomas Ek")
    mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="first"))
    first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
    ben.import_bundle(first)
    if cleo_had_it:
        cleo.import_bundle(first)
    ana.edit_annotation(mark.id, note="Ana: her words")
    ben.edit_annotation(mark.id, tags=["ben"])
    ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana", hide_notes=True)))
    ben.resolve_conflict(ben.conflicts()[0].id, take_theirs=take_theirs)  # her note unseen: his stays, blind
    cleo.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben", with_documents=True)))
    cleo.edit_annotation(mark.id, tags=["ben", "cleo"])
    ben.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
    counts, _ = ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
    assert ana.annotation(mark.id).note == "Ana: her words"  # was "first": her words in no library
    assert [c.theirs.note for c in ana.conflicts()] == ["first"] and counts["conflicts"] == 1
