"""An entity's rename undone, then the import beneath it undone (an outside tester of eb09fd8, which mended this for
annotations only). Ben took Cleo's alias "Ek" for Tomas Ek, renamed him "Tomas Eklund", sent that to Ana, thought
again: undid the rename ("Tomas Ek" back, a version of its own on top) and the import of Cleo's bundle. Undoing an
import puts back the very version from before it, which his rename descends from again: Ana's next bundle carried the
rename, taken as "1 entity changed by the sender", and the name the undo had brought back was gone, unsaid. Now the
versions made on top of an entity's import are remembered as undone with the import's undo, as an annotation's are,
and a version that descends from one is merged as one made beside ours: both names are kept."""
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


def test_a_rename_undone_below_an_undone_import_stays_undone(tmp_path: Path) -> None:
    ana, ben, cleo = (Library.open(tmp_path / n) for n in ("ana", "ben", "cleo"))
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        start = ana.document(doc_id).text.index("Tomas Ek")
        claim, _ = ana.annotate(doc_id, AnnotationInput(Kind.CLAIM, start, start + 8, note="said",
                                                        speaker_name="Tomas Ek"))
        first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
        ben.import_bundle(first)
        cleo.import_bundle(first)
        speaker = ben.annotation(claim.id).claim
        assert speaker is not None and speaker.speaker_id
        entity_id = speaker.speaker_id
        cleo.set_aliases(entity_id, ["Ek"])
        ben.import_bundle(_sent(cleo, doc_id, "Cleo"))
        ben.rename_entity(entity_id, "Tomas Eklund")
        ana.import_bundle(_sent(ben, doc_id, "Ben"))
        ben.undo()  # the rename
        ben.undo()  # the import of Cleo's bundle
        assert ben.store.entity(entity_id).name == "Tomas Ek"  # type: ignore[union-attr]
        ben.import_bundle(_sent(ana, doc_id, "Ana"))
        held = ben.store.entity(entity_id)
        assert held is not None and held.name == "Tomas Ek"  # was "Tomas Eklund": the rename he undid
        assert "Tomas Eklund" in held.aliases  # (Ana's name for him, kept beside ours)
        ana.import_bundle(_sent(ben, doc_id, "Ben"))  # and Ana comes to hold the same
        theirs = ana.store.entity(entity_id)
        assert theirs is not None and (theirs.name, set(theirs.aliases)) == (held.name, set(held.aliases))
    finally:
        for lib in (ana, ben, cleo):
            lib.close()
