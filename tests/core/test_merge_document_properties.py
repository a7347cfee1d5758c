"""A document's properties exchanged in bundles merge property by property against the common ancestor:
an edit made on either side is never lost — not when both teammates change different properties of one
document at once (the language edited on A used to go back to the old one on both sides, break18 bug 1),
not when a later bundle of a teammate who never touched a property arrives (a title edited on the
receiving side used to revert, bug 2), not with three teammates, stale or replayed bundles."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.bundle import Bundle, read_bundle
from annotations.doc_properties import DocumentProperties
from annotations.library import Library
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[list[Library], str]]:
    """Ana, Ben and Cleo, each holding the document as Ana shared it."""
    libs = [Library.open(tmp_path / name) for name in ("ana", "ben", "cleo")]
    try:
        doc_id = libs[0].add_document(load_document(TXT), TXT)[0].id
        first = _bundle(libs[0], doc_id)
        for lib in libs[1:]:
            lib.import_bundle(first)
        yield libs, doc_id
    finally:
        for lib in libs:
            lib.close()


def _bundle(lib: Library, doc_id: str) -> Bundle:
    return read_bundle(lib.export_bundle([doc_id], creator=str(lib.folder.name), with_documents=True))


def _props(lib: Library, doc_id: str) -> tuple[str, str, str]:
    doc = lib.document(doc_id, with_text=False)
    return doc.title, doc.language, doc.publisher


def _set(lib: Library, doc_id: str, **edit: str) -> None:
    lib.set_document_properties(doc_id, DocumentProperties(**edit))  # type: ignore[arg-type]


def test_two_teammates_editing_different_properties_both_keep_both_edits(team: tuple[list[Library], str]) -> None:
    (ana, ben, _), doc_id = team
    title, _, outlet = _props(ana, doc_id)
    _set(ana, doc_id, language="fa")  # a property that already had a value ("en")
    _set(ben, doc_id, title="Barrier approved")
    from_ana, from_ben = _bundle(ana, doc_id), _bundle(ben, doc_id)
    ben.import_bundle(from_ana)
    ana.import_bundle(from_ben)
    assert _props(ana, doc_id) == _props(ben, doc_id) == ("Barrier approved", "fa", outlet)
    assert ana.document(doc_id).rev == ben.document(doc_id).rev  # the same merge version on both sides
    generation = ana.store.generation
    ana.import_bundle(_bundle(ben, doc_id))
    assert ana.store.generation == generation  # settled: nothing more to exchange


def test_a_later_bundle_never_reverts_a_property_its_sender_did_not_touch(team: tuple[list[Library], str]) -> None:
    (ana, ben, _), doc_id = team
    _set(ana, doc_id, language="fa")
    _set(ben, doc_id, title="Barrier approved")
    ben.import_bundle(_bundle(ana, doc_id))
    _set(ana, doc_id, language="de")  # Ana goes on editing, never the title
    ben.import_bundle(_bundle(ana, doc_id))
    assert _props(ben, doc_id)[:2] == ("Barrier approved", "de")
    _set(ana, doc_id, publisher="Harbour Gazette")
    ben.import_bundle(_bundle(ana, doc_id))
    assert _props(ben, doc_id) == ("Barrier approved", "de", "Harbour Gazette")


def test_both_editing_the_same_property_converge_and_keep_the_other_edits(team: tuple[list[Library], str]) -> None:
    (ana, ben, _), doc_id = team
    _set(ana, doc_id, title="Ana's title", language="fa")
    _set(ben, doc_id, title="Ben's title", publisher="Harbour Gazette")
    from_ana, from_ben = _bundle(ana, doc_id), _bundle(ben, doc_id)
    ana.import_bundle(from_ben)
    ben.import_bundle(from_ana)
    a, b = _props(ana, doc_id), _props(ben, doc_id)
    assert a == b and a[0] in {"Ana's title", "Ben's title"}  # one of the two edits, the same everywhere
    assert a[1:] == ("fa", "Harbour Gazette")
    _set(ben, doc_id, title="Agreed title")  # a later edit of the merged title wins when it comes back
    ana.import_bundle(_bundle(ben, doc_id))
    assert _props(ana, doc_id) == ("Agreed title", "fa", "Harbour Gazette")


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_three_teammates_each_editing_one_property_all_end_with_every_edit(
        team: tuple[list[Library], str], order: tuple[int, int, int]) -> None:
    libs, doc_id = team
    _set(libs[0], doc_id, language="fa")
    _set(libs[1], doc_id, title="Barrier approved")
    _set(libs[2], doc_id, publisher="Harbour Gazette")
    for _ in range(2):  # everyone sends to everyone, in this order, twice
        for sender in order:
            bundle = _bundle(libs[sender], doc_id)
            for receiver in order:
                if receiver != sender:
                    libs[receiver].import_bundle(bundle)
    assert {_props(lib, doc_id) for lib in libs} == {("Barrier approved", "fa", "Harbour Gazette")}


def test_an_edit_relayed_through_a_third_teammate_is_kept(team: tuple[list[Library], str]) -> None:
    (ana, ben, cleo), doc_id = team
    _set(ana, doc_id, language="fa")
    cleo.import_bundle(_bundle(ana, doc_id))  # Cleo has Ana's language, then edits the outlet
    _set(cleo, doc_id, publisher="Harbour Gazette")
    _set(ben, doc_id, title="Barrier approved")
    ben.import_bundle(_bundle(cleo, doc_id))  # Ben meets Ana's edit only through Cleo
    ana.import_bundle(_bundle(ben, doc_id))
    expected = ("Barrier approved", "fa", "Harbour Gazette")
    assert _props(ben, doc_id) == _props(ana, doc_id) == expected
    cleo.import_bundle(_bundle(ana, doc_id))
    assert _props(cleo, doc_id) == expected


def test_stale_and_replayed_bundles_change_nothing(team: tuple[list[Library], str]) -> None:
    (ana, ben, _), doc_id = team
    _set(ana, doc_id, language="fa")
    old = _bundle(ana, doc_id)
    _set(ben, doc_id, title="Barrier approved")
    ben.import_bundle(old)
    _set(ana, doc_id, language="de")
    newer = _bundle(ana, doc_id)
    ben.import_bundle(newer)
    expected = ("Barrier approved", "de", _props(ben, doc_id)[2])
    assert _props(ben, doc_id) == expected
    generation = ben.store.generation
    for bundle in (old, newer, old):  # Friday's bundle after Monday's, and each again
        ben.import_bundle(bundle)
        assert _props(ben, doc_id) == expected and ben.store.generation == generation
    ana.import_bundle(_bundle(ben, doc_id))
    ana.import_bundle(old)
    assert _props(ana, doc_id) == expected


def test_a_base_the_receiver_never_held_travels_in_the_bundle(tmp_path: Path,
                                                               team: tuple[list[Library], str]) -> None:
    (ana, ben, cleo), doc_id = team
    _set(ana, doc_id, language="fa")
    shared = _bundle(ana, doc_id)
    ben.import_bundle(shared)
    cleo.import_bundle(shared)
    _set(ben, doc_id, language="de")  # Ben changes Ana's language again ...
    _set(cleo, doc_id, publisher="Harbour Gazette")  # ... while Cleo, later, sets the outlet
    dan = Library.open(tmp_path / "dan")  # Dan gets the document from Ben: he never held Ana's version
    try:
        dan.import_bundle(_bundle(ben, doc_id))
        dan.import_bundle(_bundle(cleo, doc_id))
        assert _props(dan, doc_id)[1:] == ("de", "Harbour Gazette")
    finally:
        dan.close()


def test_a_made_up_base_is_not_believed(team: tuple[list[Library], str]) -> None:
    import hashlib
    import json
    import zipfile
    from io import BytesIO

    (ana, _, _), doc_id = team
    _set(ana, doc_id, language="fa")
    _set(ana, doc_id, publisher="Harbour Gazette")
    data = ana.export_bundle([doc_id], creator="ana")
    raw = {n: zipfile.ZipFile(BytesIO(data)).read(n) for n in zipfile.ZipFile(BytesIO(data)).namelist()}
    line = json.loads(raw["documents.jsonl"])
    assert line["rev_says"]  # what Ana's earlier versions said travels ...
    forged = {rev: {**props, "language": "xx"} for rev, props in line["rev_says"].items()}
    manifest = json.loads(raw["manifest.json"])
    raw["documents.jsonl"] = (json.dumps({**line, "rev_says": forged}, sort_keys=True, ensure_ascii=False) + "\n").encode()
    manifest["members"]["documents.jsonl"] = hashlib.sha256(raw["documents.jsonl"]).hexdigest()
    raw["manifest.json"] = json.dumps(manifest).encode()
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, blob in raw.items():
            z.writestr(name, blob)
    assert read_bundle(out.getvalue()).document_versions.get(doc_id, {}) == {}  # ... and is checked on arrival
    assert read_bundle(data).document_versions[doc_id]
