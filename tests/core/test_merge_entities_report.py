"""The import report says what changed about entities: an entity that arrives from several teammates as
the library already holds it is "unchanged", never "updated" (an analyst reads "updated" as a change to
look for, and there is none). Only a bundle that really changes an entity counts it as updated."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[dict[str, Library]]:
    libs = {}
    for name in ("ana", "ben", "cleo", "dana", "emil"):
        libs[name] = Library.open(tmp_path / name)
        libs[name].add_document(load_document(TXT), TXT)
    yield libs
    for lib in libs.values():
        lib.close()


def _doc(lib: Library) -> str:
    return lib.store.documents()[0].id


def _mention(lib: Library, quote: str = "Tomas Ek") -> str:
    doc_id = _doc(lib)
    start, end = find_quote(lib.document(doc_id).text, quote)
    annotation, _ = lib.annotate(doc_id, AnnotationInput(Kind.ENTITY, start, end, label="PERSON"), creator="x")
    assert annotation.entity_id is not None
    return annotation.entity_id


def _send(sender: Library, receiver: Library) -> dict[str, int]:
    counts, _ = receiver.import_bundle(read_bundle(sender.export_bundle([_doc(sender)], "someone")))
    return counts


def _entities(counts: dict[str, int]) -> tuple[int, int, int]:
    return counts["new_entities"], counts["updated_entities"], counts.get("unchanged_entities", 0)


def test_identical_entities_from_several_teammates_count_as_unchanged(team: dict[str, Library]) -> None:
    ana, ben, cleo, dana, emil = (team[n] for n in ("ana", "ben", "cleo", "dana", "emil"))
    entity_id = _mention(ana)
    for mate in (ben, cleo, dana):
        assert _entities(_send(ana, mate)) == (1, 0, 0)
    assert _entities(_send(ben, ana)) == (0, 0, 1)  # sent back as it came: nothing changed

    ben.set_aliases(entity_id, ["Ek"])
    cleo.set_aliases(entity_id, ["Ek"])  # the same edit, made by two teammates
    assert _entities(_send(ben, ana)) == (0, 1, 0)  # a real change: the alias is new here
    assert _entities(_send(cleo, ana)) == (0, 0, 1)  # the same edit again: nothing new
    assert ana.store.entity(entity_id).aliases == ("Ek",)  # type: ignore[union-attr]

    _send(ben, dana)
    dana.set_aliases(entity_id, ["Ek", "T. Ek"])
    dana.set_aliases(entity_id, ["Ek"])  # an alias added and taken back: her version says what ana's says
    before = ana.store.entity(entity_id)
    assert _entities(_send(dana, ana)) == (0, 0, 1)
    after = ana.store.entity(entity_id)
    assert after is not None and before is not None
    assert (after.name, after.aliases, after.type, after.deleted) == (before.name, before.aliases, before.type, False)

    _mention(emil)  # emil marked the same person in his own library: another id, the same names
    assert _entities(_send(emil, ana)) == (0, 0, 1)
    assert [e.name for e in ana.store.entities()] == ["Tomas Ek"]


def test_an_entity_changed_on_both_sides_still_counts_as_updated(team: dict[str, Library]) -> None:
    ana, ben = team["ana"], team["ben"]
    entity_id = _mention(ana)
    _send(ana, ben)
    ana.set_aliases(entity_id, ["Ek"])
    ben.set_aliases(entity_id, ["T. Ek"])
    assert _entities(_send(ben, ana)) == (0, 1, 0)  # their alias joins ours
    assert set(ana.store.entity(entity_id).aliases) == {"Ek", "T. Ek"}  # type: ignore[union-attr]
    ben.set_aliases(entity_id, ["T. Ek"])  # saved again as it was: a new version of his that says the same
    assert _entities(_send(ben, ana)) == (0, 0, 1)
