"""A document's title edit undone, then the import beneath it undone (an outside tester of eb09fd8, which mended this
for annotations only). Ben took Cleo's outlet for the article, retitled it, sent that to Ana, thought again: undid
the title (the original back, a version of its own on top, dated then) and the import of Cleo's bundle. Undoing an
import puts back the very version from before it, which his title edit descends from again: Ana's next bundle carried
it as "a document whose details the sender changed" and the title the undo had brought back was gone, unsaid — though
an undo of a title change wins over a change made before it (the README). Now the versions made on top of a
document's import are remembered as undone with the import's undo, and a version that descends from one is merged
property by property as if ours were also the undo on top of it: the title stays, Cleo's outlet (which Ana holds)
comes back as a re-import would bring it, and Ana, taking Ben's merge, holds the same."""
from __future__ import annotations

from pathlib import Path

from annotations.bundle import Bundle, read_bundle
from annotations.doc_properties import DocumentProperties
from annotations.library import Library
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _sent(lib: Library, doc_id: str, who: str) -> Bundle:
    return read_bundle(lib.export_bundle([doc_id], who, with_documents=True))


def test_a_title_undone_below_an_undone_import_stays_undone(tmp_path: Path) -> None:
    ana, ben, cleo = (Library.open(tmp_path / n) for n in ("ana", "ben", "cleo"))
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        first = _sent(ana, doc_id, "Ana")
        ben.import_bundle(first)
        cleo.import_bundle(first)
        title = ben.document(doc_id, with_text=False).title
        cleo.set_document_properties(doc_id, DocumentProperties(publisher="Harbour Gazette"))
        ben.import_bundle(_sent(cleo, doc_id, "Cleo"))
        ben.set_document_properties(doc_id, DocumentProperties(title="Flood barrier: the vote"))
        ana.import_bundle(_sent(ben, doc_id, "Ben"))
        ben.undo()  # the title
        ben.undo()  # the import of Cleo's bundle
        assert ben.document(doc_id, with_text=False).title == title
        ben.import_bundle(_sent(ana, doc_id, "Ana"))
        held = ben.document(doc_id, with_text=False)
        assert held.title == title  # was "Flood barrier: the vote", the title he undid
        assert held.publisher == "Harbour Gazette"
        ana.import_bundle(_sent(ben, doc_id, "Ben"))
        theirs = ana.document(doc_id, with_text=False)
        assert (theirs.title, theirs.publisher) == (held.title, held.publisher)
    finally:
        for lib in (ana, ben, cleo):
            lib.close()
