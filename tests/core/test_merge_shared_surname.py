"""Two people who share only a surname alias stay two people across an exchange (REFACTOR's finding in the
1M bench library: a teammate's "Nadia Dubois" (alias "Dubois") was folded into our "Keir Dubois" (alias
"Dubois") on import, her mentions then pointing at him), while the same person under another id still
becomes one entity."""
from __future__ import annotations

from pathlib import Path

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _person(lib: Library, doc_id: str, quote: str, name: str, alias: str = "") -> str:
    text = lib.document(doc_id).text
    s, e = find_quote(text, quote)
    a, _ = lib.annotate(doc_id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON", entity_name=name))
    assert a.entity_id is not None
    if alias:
        lib.set_aliases(a.entity_id, [alias])
    return a.entity_id


def test_a_shared_surname_alias_does_not_make_two_people_one(tmp_path: Path) -> None:
    ana, ben = Library.open(tmp_path / "ana"), Library.open(tmp_path / "ben")
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        ben.add_document(load_document(TXT), TXT)
        keir = _person(ana, doc_id, "Claire Dubois", "Keir Dubois", alias="Dubois")
        nadia = _person(ben, doc_id, "Claire Dubois", "Nadia Dubois", alias="Dubois")
        same_ek = _person(ben, doc_id, "Tomas Ek", "Tomas Ek")
        ana_ek = _person(ana, doc_id, "Ek said", "Tomas Ek")
        counts, _ = ana.import_bundle(read_bundle(ben.export_bundle([doc_id], creator="ben")))
        names = {e.name: e for e in ana.store.entities()}
        assert {"Keir Dubois", "Nadia Dubois", "Tomas Ek"} <= set(names)
        assert names["Keir Dubois"].id == keir and names["Nadia Dubois"].id == nadia
        eks = [e.id for e in ana.store.entities() if e.name == "Tomas Ek" and not e.deleted]
        assert eks == [min(ana_ek, same_ek)]  # the same person under another id: one entity, the smaller id
        assert {a.entity_id for a in ana.store.annotations(doc_id) if a.target.exact in ("Tomas Ek", "Ek")} == {eks[0]}
        assert any(a.entity_id == nadia for a in ana.store.annotations(doc_id))  # Ben's mention points at Nadia
        assert counts.get("new_entities") == 1
    finally:
        ana.close()
        ben.close()


def test_a_person_named_by_the_shared_surname_is_not_folded_into_ours(tmp_path: Path) -> None:
    """recheck26 bug 7: Ben's person is *named* "Dubois" (alias "Nadia Dubois"); our "Keir Dubois" has the
    alias "Dubois". Their full names disagree: two people. Ben's "Ek" (alias "Tomas Ek") shares our full
    name "Tomas Ek": the same person under another id, one entity."""
    ana, ben = Library.open(tmp_path / "ana"), Library.open(tmp_path / "ben")
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        ben.add_document(load_document(TXT), TXT)
        keir = _person(ana, doc_id, "Claire Dubois", "Keir Dubois", alias="Dubois")
        nadia = _person(ben, doc_id, "Claire Dubois", "Dubois", alias="Nadia Dubois")
        ana_ek = _person(ana, doc_id, "Ek said", "Tomas Ek")
        _person(ben, doc_id, "Tomas Ek", "Ek", alias="Tomas Ek")
        counts, _ = ana.import_bundle(read_bundle(ben.export_bundle([doc_id], creator="ben")))
        entities = {e.id: e for e in ana.store.entities()}
        assert entities[keir].aliases == ("Dubois",)  # no "Nadia Dubois" among Keir's names
        assert entities[nadia].name == "Dubois" and entities[nadia].aliases == ("Nadia Dubois",)
        mentions = sorted((a.target.exact, a.entity_id == keir) for a in ana.store.annotations(doc_id))
        assert mentions == [("Claire Dubois", False), ("Claire Dubois", True), ("Ek said", False), ("Tomas Ek", False)]
        assert {a.entity_id for a in ana.store.annotations(doc_id)} == {keir, nadia, ana_ek}
        assert set(entities[ana_ek].aliases) == {"Ek"}
        assert counts.get("new_entities") == 1
    finally:
        ana.close()
        ben.close()
