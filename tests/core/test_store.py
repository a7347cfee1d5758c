"""The store: round-trips, one transaction per edit, WAL + synchronous=FULL, refusals that change nothing."""
from __future__ import annotations

from dataclasses import replace

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from annotations import codec
from annotations.errors import StoreError
from annotations.model import DocumentRecord, Entity
from annotations.schema import SCHEMA_VERSION
from annotations.store import Store
from tests.core.strategies import annotations

DOC = DocumentRecord(id="d" * 64, format="txt", title="T", text="hello world", added="x", modified="x")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "lib" / "library.sqlite3")
    yield s
    s.close()


def test_new_store_is_wal_full_and_versioned(store: Store) -> None:
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.generation == 0 and store.library_id
    assert store.codebook().entity_type("person").label == "PERSON"


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(annotations())
def test_annotation_round_trips_through_the_store(store: Store, a: object) -> None:
    with store.transaction("put") as tx:
        tx.put(a)  # type: ignore[arg-type]
    stored = store.annotation(a.id)  # type: ignore[attr-defined]
    assert stored is not None and stored.rev  # the store gives every version a revision id
    assert stored == replace(a, rev=stored.rev, note_salt=stored.note_salt)  # type: ignore[type-var]
    assert codec.annotation_from_dict(codec.annotation_to_dict(a)) == a  # type: ignore[arg-type]


def test_every_transaction_bumps_the_generation_and_records_history(store: Store) -> None:
    with store.transaction("Add doc") as tx:
        tx.put(DOC)
    with store.transaction("Add entity") as tx:
        tx.put(Entity(id="e1", name="Tomas Ek", type="PERSON", created="t", modified="t"))
    assert store.generation == 2
    assert [label for _, label, _ in store.history("done")] == ["Add entity", "Add doc"]
    assert store.changed_since(1) == {"annotations": [], "entities": ["e1"], "documents": []}


def test_a_failing_operation_leaves_the_store_untouched(store: Store) -> None:
    with store.transaction("Add doc") as tx:
        tx.put(DOC)
    before = store.path.read_bytes(), store.generation
    with pytest.raises(RuntimeError):
        with store.transaction("half") as tx:
            tx.put(Entity(id="e1", name="A", type="PERSON", created="t", modified="t"))
            raise RuntimeError("boom")
    assert store.entity("e1") is None
    assert store.generation == before[1]
    assert store.history_top("done")[1] == "Add doc"  # type: ignore[index]


def test_document_text_is_stored_once_and_listed_without_it(store: Store) -> None:
    with store.transaction("Add doc") as tx:
        tx.put(DOC)
    assert store.document(DOC.id).text == "hello world"  # type: ignore[union-attr]
    assert store.documents()[0].text == ""
    assert store.document_ids_with_prefix("ddd") == [DOC.id]


def test_store_from_a_newer_dossier_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer Dossier"):
        Store.open(path)


def test_a_file_that_is_not_a_library_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="damaged or not a Dossier library"):
        Store.open(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_read_only_library_gives_a_clear_message_and_keeps_data(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    store = Store.open(folder / "library.sqlite3")
    with store.transaction("Add doc") as tx:
        tx.put(DOC)
    store.close()
    store = Store.open(folder / "library.sqlite3")
    store._conn.execute("PRAGMA query_only = ON")  # every write now fails as on a read-only disk
    with pytest.raises(StoreError, match="nothing was changed"):
        with store.transaction("Add entity") as tx:
            tx.put(Entity(id="e1", name="A", type="PERSON", created="t", modified="t"))
    store._conn.execute("PRAGMA query_only = OFF")
    assert store.document(DOC.id) is not None and store.entity("e1") is None


def test_backup_is_a_consistent_copy(store: Store, tmp_path: Path) -> None:
    with store.transaction("Add doc") as tx:
        tx.put(DOC)
    store.backup(tmp_path / "copy.sqlite3")
    copy = Store.open(tmp_path / "copy.sqlite3")
    assert copy.document(DOC.id) is not None and copy.integrity_ok()
    copy.close()


def test_find_entities_matches_names_and_aliases_ignoring_case(store: Store) -> None:
    with store.transaction("e") as tx:
        tx.put(Entity(id="e1", name="Maria Zakharova", type="PERSON", aliases=("Zakharova", "M. Zakharova"),
                      created="t", modified="t"))
        tx.put(Entity(id="e2", name="Zakharov Group", type="ORG", created="t", modified="t"))
    assert [e.id for e in store.find_entities("zakharova")] == ["e1"]
    assert [e.id for e in store.find_entities("MARIA ZAKHAROVA")] == ["e1"]
    assert store.find_entities("Zakh") == []


def test_a_version_1_library_is_migrated_forward_with_a_backup(tmp_path: Path) -> None:
    """Build a v1 store with the v1 DDL, as an older Dossier left it, then open it with this one."""
    from annotations.schema import MIGRATIONS

    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[1].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO meta VALUES ('generation', '1'), ('library_id', 'old')")
    conn.execute("INSERT INTO documents(id, format, title, text, added, modified, gen) "
                 "VALUES ('d1', 'pdf', 'Old', 'text', 'x', 'x', 1)")
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.document("d1").page_sizes == ()  # type: ignore[union-attr]
    assert (tmp_path / f"library.before-v{SCHEMA_VERSION}.sqlite3").exists()
    store.close()


def test_a_library_from_a_newer_dossier_is_refused_without_writing_a_byte(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer Dossier"):
        Store.open(path)
    assert path.read_bytes() == before
