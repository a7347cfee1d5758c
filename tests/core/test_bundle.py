""".dossier bundles: deterministic, round-trip between libraries, merge rules — and a corpus of hostile
or broken bundles, each refused with its message while the library file stays byte-for-byte the same."""
from __future__ import annotations

import hashlib
import io
import json
import shutil
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.errors import BundleError
from annotations.library import AnnotationInput, Library
from annotations.model import ClaimStatus, Kind
from reader.document import load_document
from reader.services import ReaderService
from tests.conftest import SAMPLES
from tests.w3c_schema import annotation_failures

TXT = SAMPLES / "harbour_council.txt"


def _library(folder: Path) -> tuple[Library, str]:
    lib = Library.open(folder)
    record, _ = lib.add_document(load_document(TXT), TXT)
    return lib, record.id


def _annotate(lib: Library, doc_id: str, quote: str, kind: Kind = Kind.ENTITY, **kw: object) -> str:
    s, e = find_quote(lib.document(doc_id).text, quote)
    a, _ = lib.annotate(doc_id, AnnotationInput(kind, s, e, **kw), creator="ines")  # type: ignore[arg-type]
    return a.id


@pytest.fixture(scope="module")
def pair_folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Libraries A and B holding the document, A with two annotations; built once for the module."""
    root = tmp_path_factory.mktemp("pair")
    a, doc_id = _library(root / "A")
    b, _ = _library(root / "B")
    try:
        _annotate(a, doc_id, "Tomas Ek", label="PERSON")
        _annotate(a, doc_id, "Nobody has shown us a single study", Kind.CLAIM, speaker_name="Tomas Ek",
                  status=ClaimStatus.DISPUTED, tags=("fisheries",))
    finally:
        a.close()
        b.close()
    return root, doc_id


@pytest.fixture
def pair(tmp_path: Path, pair_folders: tuple[Path, str]) -> Iterator[tuple[Library, Library, str]]:
    """Each test's own copy of A and B (in tmp_path / "A" and "B"), open."""
    root, doc_id = pair_folders
    for name in "AB":
        shutil.copytree(root / name, tmp_path / name)
    a, b = Library.open(tmp_path / "A"), Library.open(tmp_path / "B")
    yield a, b, doc_id
    a.close()
    b.close()


def _state(lib: Library) -> list[tuple[object, ...]]:
    names = {e.id: e.name for e in lib.store.entities(include_deleted=True)}
    return sorted((a.id, a.kind.value, a.label, a.target.exact, a.note, a.tags, a.deleted, names.get(a.entity_id or ""),
                   a.claim.status.value if a.claim else None) for a in lib.store.annotations(include_deleted=True))


def test_same_content_gives_byte_identical_bundles(pair: tuple[Library, Library, str]) -> None:
    a, _, doc_id = pair
    assert a.export_bundle([doc_id], "ines") == a.export_bundle([doc_id], "ines")


def test_annotation_lines_are_w3c(pair: tuple[Library, Library, str]) -> None:
    a, _, doc_id = pair
    with zipfile.ZipFile(io.BytesIO(a.export_bundle([doc_id], "ines"))) as zf:
        lines = [json.loads(line) for line in zf.read("annotations.jsonl").splitlines()]
    assert len(lines) == 2 and all(annotation_failures(line) == [] for line in lines)


def test_round_trip_a_to_b_and_back_leaves_both_equal(pair: tuple[Library, Library, str]) -> None:
    a, b, doc_id = pair
    counts, _ = b.import_bundle(read_bundle(a.export_bundle([doc_id], "ines")))
    assert counts["new"] == 2 and counts["new_entities"] == 1
    claim = next(x for x in b.store.annotations() if x.kind is Kind.CLAIM)
    b.set_claim(claim.id, status=ClaimStatus.SUPPORTED)
    b.edit_annotation(claim.id, note="confirmed by the 2019 study")
    extra = _annotate(b, doc_id, "Claire Dubois", label="PERSON")
    ek = next(x for x in b.store.annotations() if x.target.exact == "Tomas Ek")
    b.delete_annotation(ek.id)
    counts, _ = a.import_bundle(read_bundle(b.export_bundle([doc_id], "bo")))
    assert (counts["updated"], counts["new"], counts["deleted"], counts["conflicts"]) == (1, 1, 1, 0)
    assert _state(a) == _state(b)
    assert a.store.provenance(extra) is not None and a.store.provenance(extra)["exported_by"] == "bo"  # type: ignore[index]
    assert a.search("status:supported").total == 1 and a.search("Dubois").total == 1


def test_importing_the_same_bundle_twice_changes_nothing(pair: tuple[Library, Library, str]) -> None:
    a, b, doc_id = pair
    data = a.export_bundle([doc_id], "ines")
    b.import_bundle(read_bundle(data))
    generation = b.store.generation
    counts, changes = b.import_bundle(read_bundle(data))
    assert counts["unchanged"] == 2 and not changes and b.store.generation == generation


def test_both_sides_changed_keeps_both_and_lists_the_conflict(pair: tuple[Library, Library, str]) -> None:
    a, b, doc_id = pair
    b.import_bundle(read_bundle(a.export_bundle([doc_id], "ines")))
    claim_id = next(x.id for x in a.store.annotations() if x.kind is Kind.CLAIM)
    a.edit_annotation(claim_id, note="ours")
    b.edit_annotation(claim_id, note="theirs")
    counts, _ = a.import_bundle(read_bundle(b.export_bundle([doc_id], "bo")))
    assert counts["conflicts"] == 1
    assert a.annotation(claim_id).note == "ours"
    [(_, annotation_id, incoming, source)] = a.store.conflicts()
    assert annotation_id == claim_id and incoming["note"] == "theirs" and source == "bo"


def test_only_our_side_changed_keeps_ours(pair: tuple[Library, Library, str]) -> None:
    a, b, doc_id = pair
    data = a.export_bundle([doc_id], "ines")
    b.import_bundle(read_bundle(data))
    claim_id = next(x.id for x in a.store.annotations() if x.kind is Kind.CLAIM)
    a.edit_annotation(claim_id, note="ours, later")
    counts, _ = a.import_bundle(read_bundle(b.export_bundle([doc_id], "bo")))
    assert counts["stale"] + counts["unchanged"] == 2 and a.annotation(claim_id).note == "ours, later"


def test_entities_with_the_same_name_and_type_are_merged(pair: tuple[Library, Library, str]) -> None:
    a, b, doc_id = pair
    _annotate(b, doc_id, "Ek", label="PERSON", entity_name="Tomas Ek")
    b.import_bundle(read_bundle(a.export_bundle([doc_id], "ines")))
    people = [e for e in b.store.entities() if e.type == "PERSON"]
    assert [e.name for e in people] == ["Tomas Ek"]
    assert len(b.store.annotations_of_entity(people[0].id)) == 3  # two mentions + the claim he made


def test_answer_key_flag_and_documents_travel(tmp_path: Path, pair: tuple[Library, Library, str]) -> None:
    a, _, doc_id = pair
    bundle = read_bundle(a.export_bundle([doc_id], "trainer", answer_key=True, with_documents=True))
    assert bundle.answer_key and bundle.files[doc_id] == TXT.read_bytes()
    fresh = ReaderService(Library.open(tmp_path / "C"), annotator="c", isolated=False)
    path = tmp_path / "key.dossier"
    path.write_bytes(a.export_bundle([doc_id], "trainer", answer_key=True, with_documents=True))
    counts, _ = fresh.import_file(path, answer_key_ok=True)  # the file is parsed: its text is stored
    doc = fresh.library.document(doc_id)
    assert counts["new_documents"] == 1 and doc.text == TXT.read_text(encoding="utf-8") and not doc.provisional
    assert (fresh.library.folder / "files" / f"{doc_id}.txt").read_bytes() == TXT.read_bytes()
    fresh.close()


# -- the hostile corpus -----------------------------------------------------------------------------
def _rezip(members: list[tuple[str, bytes]], fix_manifest: bool = True, attrs: dict[str, int] | None = None) -> bytes:
    """Rebuild a bundle from (name, bytes) members, recomputing the manifest's checksums unless told not to."""
    out = io.BytesIO()
    members = list(members)
    if fix_manifest:
        manifest = json.loads(dict(members)["manifest.json"])
        manifest["members"] = {n: hashlib.sha256(d).hexdigest() for n, d in members if n != "manifest.json"}
        members = [(n, json.dumps(manifest).encode() if n == "manifest.json" else d) for n, d in members]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are written on purpose
        for name, data in members:
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.external_attr = (attrs or {}).get(name, 0o644 << 16)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return out.getvalue()


def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def _edit_json(name: str, change: Callable[[dict], object]) -> Callable[[list[tuple[str, bytes]]], bytes]:
    def build(members: list[tuple[str, bytes]]) -> bytes:
        out = []
        for n, d in members:
            if n == name:
                if n.endswith(".jsonl"):
                    lines = [json.loads(line) for line in d.splitlines()]
                    change(lines[0])
                    d = b"\n".join(json.dumps(x).encode() for x in lines)
                else:
                    obj = json.loads(d)
                    change(obj)
                    d = json.dumps(obj).encode()
            out.append((n, d))
        return _rezip(out, fix_manifest=name != "manifest.json")
    return build


def _record(line: dict) -> dict:
    return line["dossier:record"]


HOSTILE: dict[str, tuple[Callable[[list[tuple[str, bytes]]], bytes], str]] = {
    "not a zip": (lambda m: b"this is not a zip file at all", "not a readable zip"),
    "empty file": (lambda m: b"", "not a readable zip"),
    "truncated zip": (lambda m: _rezip(m)[:300], "not a readable zip|damaged"),
    "no manifest": (lambda m: _rezip([x for x in m if x[0] != "manifest.json"], fix_manifest=False), "no manifest"),
    "future format": (_edit_json("manifest.json", lambda o: o.update(format_version=99)), "newer Dossier"),
    "format zero": (_edit_json("manifest.json", lambda o: o.update(format_version=0)), "Unknown bundle format"),
    "format as string": (_edit_json("manifest.json", lambda o: o.update(format_version="1")), "manifest.json"),
    "manifest missing members": (_edit_json("manifest.json", lambda o: o.pop("members")), "manifest.json"),
    "manifest not json": (lambda m: _rezip([(n, b"{not json" if n == "manifest.json" else d) for n, d in m],
                                           fix_manifest=False), "not valid JSON"),
    "checksum mismatch": (lambda m: _rezip([(n, d + b"\n" if n == "entities.jsonl" else d) for n, d in m],
                                           fix_manifest=False), "checksum"),
    "member not in manifest": (lambda m: _rezip(m + [("files/" + "a" * 64 + ".txt", b"x")], fix_manifest=False),
                               "disagree"),
    "path traversal": (lambda m: _rezip(m + [("../evil.txt", b"x")]), "unsafe member name"),
    "absolute path": (lambda m: _rezip(m + [("/etc/passwd", b"x")]), "unsafe member name"),
    "windows drive": (lambda m: _rezip(m + [("C:/evil.txt", b"x")]), "unsafe member name"),
    "backslash": (lambda m: _rezip(m + [("files\\evil.txt", b"x")]), "unsafe member name"),
    "nested traversal": (lambda m: _rezip(m + [("files/../../evil", b"x")]), "unsafe member name"),
    "unexpected member": (lambda m: _rezip(m + [("notes.exe", b"MZ")]), "unexpected member"),
    "symlink": (lambda m: _rezip(m + [("files/" + "b" * 64 + ".txt", b"/etc/passwd")],
                                 attrs={"files/" + "b" * 64 + ".txt": 0o120777 << 16}), "symbolic link"),
    "duplicate names": (lambda m: _rezip(m + [m[1]], fix_manifest=False), "twice"),
    "zip bomb ratio": (lambda m: _rezip(m + [("files/" + "c" * 64 + ".txt", b"\0" * (72 << 20))]), "zip bomb"),
    "zip bomb of many members": (lambda m: _rezip(m + [(f"files/{i:064x}.txt", b"\0" * (30 << 20))
                                                        for i in range(3)]), "zip bomb"),  # each under 64 MB
    "document format is a path": (_edit_json("documents.jsonl", lambda o: o.update(format="/../../x")),
                                  "does not match the bundle format at format"),
    "ancestry without its own revision": (_edit_json("annotations.jsonl", lambda o: o["dossier:record"].update(
        revs={"1-" + "0" * 32: []})), "does not contain its own revision"),
    "revision id not a revision": (_edit_json("annotations.jsonl", lambda o: o["dossier:record"].update(
        rev="../../etc")), "does not match the bundle format at rev"),
    "annotations not json": (lambda m: _rezip([(n, b"{oops}\n" if n == "annotations.jsonl" else d) for n, d in m]),
                             "not valid JSON"),
    "deep json": (lambda m: _rezip([(n, b"[" * 100_000 + b"]" * 100_000 if n == "annotations.jsonl" else d)
                                    for n, d in m]), "nested too deeply"),
    "deep but parseable": (lambda m: _rezip([(n, (b"[" * 50 + b"]" * 50) if n == "entities.jsonl" else d)
                                             for n, d in m]), "nested too deeply"),
    "annotation without record": (_edit_json("annotations.jsonl", lambda o: o.pop("dossier:record")),
                                  "not a Dossier annotation"),
    "unknown kind": (_edit_json("annotations.jsonl", lambda o: _record(o).update(kind="virus")), "kind"),
    "negative offset": (_edit_json("annotations.jsonl", lambda o: _record(o)["target"].update(start=-5)), "start"),
    "quote does not fit": (_edit_json("annotations.jsonl", lambda o: _record(o)["target"].update(end=10_000)),
                           "does not fit"),
    "bad document id": (_edit_json("annotations.jsonl", lambda o: _record(o).update(document_id="../../x")),
                        "document_id"),
    "bad status": (_edit_json("annotations.jsonl", lambda o: _record(o).update(
        claim={"status": "lies"}, kind="claim")), "status"),
    "grade out of range": (_edit_json("annotations.jsonl", lambda o: _record(o).update(
        claim={"status": "disputed", "credibility": 9}, kind="claim")), "credibility"),
    "revision zero": (_edit_json("annotations.jsonl", lambda o: _record(o).update(revision=0)), "revision"),
    "entity without name": (_edit_json("entities.jsonl", lambda o: o.update(name="")), "entities.jsonl"),
    "document wrong id": (_edit_json("documents.jsonl", lambda o: o.update(id="nothex")), "documents.jsonl"),
    "codebook bad colour": (_edit_json("codebook.json", lambda o: o["entity_types"][0].update(color="red")),
                            "codebook.json"),
    "file not matching its hash": (lambda m: _rezip(m + [("files/" + "d" * 64 + ".txt", b"some other bytes")]),
                                   "not the document it is named after"),
    "duplicate annotation": (lambda m: _rezip([(n, d + d if n == "annotations.jsonl" else d) for n, d in m]),
                             "twice"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_bundles_are_refused_and_the_library_is_untouched(case: str, pair: tuple[Library, Library, str],
                                                                  tmp_path: Path) -> None:
    a, b, doc_id = pair
    build, message = HOSTILE[case]
    data = build(_members(a.export_bundle([doc_id], "ines")))
    store_file = b.store.path
    b.store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = store_file.read_bytes()
    with pytest.raises(BundleError, match=message):
        b.import_bundle(read_bundle(data))
    b.store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert store_file.read_bytes() == before


def test_the_hostile_corpus_is_large_enough() -> None:
    assert len(HOSTILE) >= 30


def test_annotations_on_a_missing_document_wait_for_it(pair: tuple[Library, Library, str], tmp_path: Path) -> None:
    a, _, doc_id = pair
    empty = Library.open(tmp_path / "empty")
    bundle = read_bundle(a.export_bundle([doc_id], "ines"))
    with pytest.raises(BundleError, match="Add the documents first"):
        empty.import_bundle(bundle, allow_orphans=False)
    assert empty.store.count_annotations() == 0
    counts, changes = empty.import_bundle(bundle)  # kept pending by default, and the file to add is named
    assert counts["orphans"] == 2 and counts["pending_documents"] == 1 and empty.store.count_annotations() == 2
    assert changes.report["missing_documents"] == {doc_id: a.document(doc_id).title}
    empty.add_document(load_document(TXT), TXT)  # the document arrives later: its annotations are placed on it
    assert empty.search("*").total == 2
    assert {x.anchor.value for x in empty.store.annotations()} == {"exact"}
    empty.close()


def test_provenance_is_kept_and_searchable(pair: tuple[Library, Library, str]) -> None:
    a, b, doc_id = pair
    b.import_bundle(read_bundle(a.export_bundle([doc_id], "Ines Varga")))
    assert b.search("source:varga").total == 2 and b.search("from:ines").total == 2
    [entry] = b.store.imports()
    assert entry["creator"] == "Ines Varga" and entry["counts"]["new"] == 2


def test_their_new_entity_types_join_our_codebook(pair: tuple[Library, Library, str]) -> None:
    from annotations.codebook import EntityType

    a, b, doc_id = pair
    a.set_codebook(a.store.codebook().with_entity_type(EntityType("VESSEL", "Vessel", "#123456", "8")))
    _annotate(a, doc_id, "herring boats", label="VESSEL")
    counts, changes = b.import_bundle(read_bundle(a.export_bundle([doc_id], "ines")))
    assert counts["new_codebook_labels"] == 1 and changes.codebook
    vessel = b.store.codebook().entity_type("VESSEL")
    assert vessel.color == "#123456" and vessel.key == ""  # their key could clash with ours


def test_too_many_members_is_refused(pair: tuple[Library, Library, str]) -> None:
    from annotations import bundle as bundle_mod

    a, _, doc_id = pair
    members = _members(a.export_bundle([doc_id], "ines"))
    extra = [(f"files/{i:064x}.txt", b"") for i in range(bundle_mod.MAX_MEMBERS)]
    with pytest.raises(BundleError, match="members"):
        read_bundle(_rezip(members + extra, fix_manifest=False))


def test_version_1_bundles_are_still_read_with_their_old_rules(pair: tuple[Library, Library, str]) -> None:
    """A bundle from before revisions (format 1: no rev, no ancestry) imports, and a replay changes nothing."""
    a, b, doc_id = pair

    def strip(record: dict) -> None:
        for key in ("rev", "revs", "rev_hashes", "note_withheld"):
            record.pop(key, None)

    members = []
    for name, data in _members(a.export_bundle([doc_id], "ines")):
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["format_version"] = 1
            data = json.dumps(manifest).encode()
        elif name.endswith(".jsonl"):
            lines = [json.loads(x) for x in data.splitlines() if x.strip()]
            for line in lines:
                strip(line.get("dossier:record", line))
            data = "".join(json.dumps(x) + "\n" for x in lines).encode()
        members.append((name, data))
    old = read_bundle(_rezip(members))
    assert old.format_version == 1 and not old.graphs
    counts, _ = b.import_bundle(old)
    assert counts["new"] == 2 and _state(b) == _state(a)
    generation = b.store.generation
    b.import_bundle(old)
    assert b.store.generation == generation


def test_a_record_edited_thousands_of_times_still_travels(pair: tuple[Library, Library, str]) -> None:
    """Ancestry is capped (newest 1,000 versions): the bundle imports; a receiver older than the window
    gets a conflict, never a silent overwrite; one inside the window fast-forwards."""
    a, b, doc_id = pair
    claim_id = next(x.id for x in a.store.annotations() if x.kind is Kind.CLAIM)
    b.import_bundle(read_bundle(a.export_bundle([doc_id], "ines")))
    with a.store.transaction("autosaved note") as tx:
        for i in range(1_200):
            tx.put(a.annotation(claim_id).edited("2026-12-02T00:00:00.000Z", note=f"typing {i}"))
    bundle = read_bundle(a.export_bundle([doc_id], "ines"))
    assert len(bundle.graphs[claim_id]) == 1_000
    counts, _ = b.import_bundle(bundle)
    assert counts["conflicts"] == 1 and b.annotation(claim_id).note == ""
    a.edit_annotation(claim_id, note="done")
    b.resolve_conflict(b.store.conflicts()[0][0], take_theirs=True)
    assert b.import_bundle(read_bundle(a.export_bundle([doc_id], "ines")))[0]["updated"] == 1
    assert b.annotation(claim_id).note == "done"
