"""An edit undone, the import beneath it undone, and the same bundle imported again (an outside tester's extended
settlement fuzzer, seed 12036 of `MORE`, reduced; the same at eb09fd8). Ben took Cleo's tag, edited his note, sent the
edit to Ana, undid it, undid the import and imported Cleo's bundle again (the README: an import undone can be imported
again). His note is the import's version once more; his undo of the edit is not on its line. Ana's copy of the edit
is kept out as "1 edit of yours that you undid came back … kept undone" (true, and nothing is lost), but his undo never
reaches her: his version is an older one of hers. However often they exchange, Ana holds the words he undid and he
his own, with no conflict open anywhere to say so. Now, keeping the edit out, Ben's library holds his own undo of it
again when it has it (the very version, which says what his holds and is made on the edit and on his version:
`annotations.withdrawn_settlements.our_undo`), and so his next bundle brings the undo to Ana."""
from __future__ import annotations

from pathlib import Path

from annotations.bundle import Bundle, read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _sent(lib: Library, doc_id: str, who: str) -> Bundle:
    return read_bundle(lib.export_bundle([doc_id], who))


def test_an_edit_undone_and_a_reimported_import_converge(tmp_path: Path) -> None:
    ana, ben, cleo = (Library.open(tmp_path / n) for n in ("ana", "ben", "cleo"))
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        start = ana.document(doc_id).text.index("Tomas Ek")
        mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + 8, note="Ben: his own words"))
        first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
        ben.import_bundle(first)
        cleo.import_bundle(first)
        cleo.edit_annotation(mark.id, tags=["checked"])
        cleos = _sent(cleo, doc_id, "Cleo")
        ben.import_bundle(cleos)
        ben.edit_annotation(mark.id, note="Ben: second thoughts")
        ana.import_bundle(_sent(ben, doc_id, "Ben"))
        ben.undo()  # the edit
        ben.undo()  # the import of Cleo's bundle
        ben.import_bundle(cleos)  # and the same bundle again
        assert ben.annotation(mark.id).note == "Ben: his own words"
        counts, _ = ben.import_bundle(_sent(ana, doc_id, "Ana"))
        assert counts.get("undone_edits") == 1 and ben.annotation(mark.id).note == "Ben: his own words"
        ana.import_bundle(_sent(ben, doc_id, "Ben"))  # his undo reaches her now
        assert ana.annotation(mark.id).note == "Ben: his own words"  # was "Ben: second thoughts", for good
        assert ana.annotation(mark.id).tags == ben.annotation(mark.id).tags == ("checked",)
        counts, _ = ben.import_bundle(_sent(ana, doc_id, "Ana"))
        assert not counts.get("undone_edits") and not ana.conflicts() and not ben.conflicts()
    finally:
        for lib in (ana, ben, cleo):
            lib.close()
