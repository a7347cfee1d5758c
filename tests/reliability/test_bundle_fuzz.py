"""Bundle fuzzing (Hypothesis): the manifest and the annotation and entity records of a real bundle are
mutated — values replaced by arbitrary JSON, keys removed or added — and re-zipped with correct checksums
(so the mutation reaches validation instead of failing the checksum). Importing either succeeds with a
sound library, or is refused with a `BundleError` and the store's bytes are exactly what they were."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.bundle import read_bundle
from annotations.errors import BundleError
from annotations.library import Library
from tests.core.test_bundle import _annotate, _library, _members, _rezip
from annotations.model import ClaimStatus, Kind

JSON = st.recursive(st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=True)
                    | st.text(max_size=30), lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)
FIELDS = st.sampled_from(["id", "document_id", "kind", "target", "label", "note", "tags", "creator", "created",
                          "modified", "revision", "deleted", "entity_id", "anchor", "claim", "start", "end", "exact",
                          "prefix", "suffix", "areas", "status", "speaker_id", "reliability", "credibility",
                          "format_version", "app", "answer_key", "contents", "members", "name", "type", "aliases"])


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, int, list[str], str, Any]:
    member = draw(st.sampled_from(["manifest.json", "annotations.jsonl", "entities.jsonl", "documents.jsonl"]))
    line = draw(st.integers(0, 5))
    path = draw(st.lists(FIELDS, min_size=1, max_size=3))
    action = draw(st.sampled_from(["set", "delete", "set", "retype"]))
    return member, line, path, action, draw(JSON)


def _apply(obj: Any, path: list[str], action: str, value: Any) -> None:
    for key in path[:-1]:
        if isinstance(obj, dict) and isinstance(obj.get(key), (dict, list)):
            obj = obj[key]
        elif isinstance(obj, list) and obj and isinstance(obj[0], (dict, list)):
            obj = obj[0]
    key = path[-1]
    if isinstance(obj, list):
        if obj:
            obj[0] = value
        return
    if action == "delete":
        obj.pop(key, None)
    elif action == "retype" and key in obj:
        obj[key] = [obj[key]] if not isinstance(obj[key], list) else {"x": obj[key]}
    else:
        obj[key] = value


def _mutate(members: list[tuple[str, bytes]], m: tuple[str, int, list[str], str, Any]) -> bytes:
    member, line, path, action, value = m
    out = []
    for name, data in members:
        if name == member:
            if name.endswith(".jsonl"):
                records = [json.loads(x) for x in data.splitlines()]
                if records:
                    record = records[line % len(records)]
                    _apply(record.get("dossier:record", record) if path[0] != "@context" else record, path, action, value)
                data = "".join(json.dumps(r) + "\n" for r in records).encode()
            else:
                manifest = json.loads(data)
                _apply(manifest, path, action, value)
                data = json.dumps(manifest).encode()
        out.append((name, data))
    return _rezip(out, fix_manifest=member != "manifest.json" or "members" not in path)


def test_fuzzed_bundles_are_imported_soundly_or_refused_leaving_the_store_untouched(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, doc_id = _library(tmp_path / "A")
    _annotate(source, doc_id, "Tomas Ek", label="PERSON", note="a note")
    _annotate(source, doc_id, "Nobody has shown us a single study", Kind.CLAIM, speaker_name="Tomas Ek",
              status=ClaimStatus.DISPUTED, tags=("fisheries",))
    _annotate(source, doc_id, "Port Alder", Kind.HIGHLIGHT)
    members = _members(source.export_bundle([doc_id], "ines", with_documents=True))
    target, _ = _library(tmp_path / "B")
    outcome = {"refused": 0, "imported": 0}

    @settings(max_examples=int(os.environ.get("DOSSIER_FUZZ", "150")), deadline=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(mutations())
    def check(m: tuple[str, int, list[str], str, Any]) -> None:
        data = _mutate(members, m)
        target.store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = target.store.path.read_bytes()
        try:
            target.import_bundle(read_bundle(data))
        except BundleError as exc:
            assert exc.message
            target.store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            assert target.store.path.read_bytes() == before
            outcome["refused"] += 1
            return
        outcome["imported"] += 1
        with sqlite3.connect(target.store.path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for a in target.store.annotations(include_deleted=True):  # every stored record reads back
            assert a.target.end - a.target.start == len(a.target.exact)

    check()
    with capsys.disabled():
        print(f"\nbundle fuzzing: {outcome['refused']} refused (store bytes unchanged), {outcome['imported']} imported")
    assert outcome["refused"] > 0
    reopened = Library.open(tmp_path / "B")  # and the library still opens
    reopened.close()
    target.close()
    source.close()
