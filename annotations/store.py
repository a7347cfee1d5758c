"""The library store: SQLite in WAL mode with synchronous=FULL — the source of truth.

The only module that speaks SQL. Every mutation runs in one `BEGIN IMMEDIATE` transaction that also
bumps the store generation (the index catches up from it) and appends to the undo history, so an
acknowledged edit is on disk, with its inverse, before the call returns.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from annotations import codec
from annotations.changes import Changes
from annotations.codebook import Codebook, default_codebook, parse_codebook
from annotations.errors import StoreError
from annotations.ids import new_id, now_iso
from annotations.model import Annotation, DocumentRecord, Entity, Rejection
from annotations.revisions import FORGOTTEN, content_hash, document_says, make_rev
from annotations.schema import SCHEMA_VERSION, migrate
from annotations.store_exchange import ExchangeReads, ExchangeWrites, chunks as _chunks
from annotations.store_listing import ListingReads
from annotations.store_rows import (
    DOC_COLS_NO_TEXT as _DOC_COLS_NO_TEXT, Row as _Row, annotation_of_row as _annotation, document_of_row as _document,
    entity_of_row as _entity, read_record as _read, rejection_of_row as _rejection, write_record as _write,
)

BUSY_TIMEOUT_MS = 30_000


class Transaction(ExchangeWrites):
    """Collects the writes of one operation; `Store.transaction` commits them atomically."""

    def __init__(self, conn: sqlite3.Connection, generation: int) -> None:
        self._conn = conn
        self.generation = generation
        self.resolved_conflicts: list[str] = []
        self.import_id: str | None = None
        """Set by an import: its history entries say so, and undoing it forgets the exchange."""
        self.touched: dict[tuple[str, str], tuple[dict[str, Any] | None, dict[str, Any]]] = {}

    def put(self, record: codec.Record, rev: str | None = None, parents: list[str] | None = None,
            import_id: str | None = None) -> codec.Record:
        """Insert or replace `record` as a new version, remembering the state before the first write for
        undo. Without `rev` the store mints the next revision on top of the current one (every edit, undo
        and redo); an import passes the incoming `rev` and its `parents` to keep the teammate's history.
        Returns the record as written (with its rev)."""
        table = codec.record_table(record)
        key = (table, record.id)
        current = _read(self._conn, table, record.id, with_text=False)
        if key not in self.touched:
            before_dict = codec.record_to_dict(current) if current is not None else None
        else:
            before_dict = self.touched[key][0]
        if not isinstance(record, Rejection):
            said = content_hash(codec.record_to_dict(record))  # once: it names the version and is stored
            if rev is None:
                parents = [head_of(current)] if current is not None and current.rev != FORGOTTEN else []
                rev = make_rev(parents, {}, content=said)
            if rev != FORGOTTEN:
                self._conn.execute(
                    "INSERT OR IGNORE INTO revisions(record_id, rev, parents, content, import_id) VALUES (?,?,?,?,?)",
                    (record.id, rev, json.dumps(sorted(parents or [])), said[:16], import_id))
                if isinstance(record, DocumentRecord):  # the base of a later three-way merge of its properties
                    self.add_document_versions(record.id, {rev: document_says(codec.record_to_dict(record))})
            record = replace(record, rev=rev)
        if isinstance(current, Annotation) and current.rev == FORGOTTEN and rev != FORGOTTEN:
            self._conn.execute("UPDATE conflicts SET resolved = 1 WHERE annotation_id = ?", (record.id,))  # stale
        if isinstance(record, Annotation) and isinstance(current, Annotation) and record.note != current.note:
            self._conn.execute("UPDATE withheld SET edited = 1 WHERE record_id = ?", (record.id,))  # our own, blind
        _write(self._conn, record, self.generation)
        self.touched[key] = (before_dict, codec.record_to_dict(record))
        return record

    def replace_text(self, record: DocumentRecord) -> None:
        """A provisional document's text, pages and outline replaced by the real parse of its file."""
        self._conn.execute(
            "UPDATE documents SET text=?, furniture=?, pages=?, page_sizes=?, outline=?, provisional=0, gen=? WHERE id=?",
            (record.text, json.dumps([list(f) for f in record.furniture], ensure_ascii=False),
             json.dumps([list(p) for p in record.pages]),
             json.dumps([list(p) for p in record.page_sizes]),
             json.dumps([list(o) for o in record.outline], ensure_ascii=False), self.generation, record.id))

    def set_meta(self, key: str, value: str) -> None:
        self._conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def get(self, table: str, record_id: str) -> codec.Record | None:
        return _read(self._conn, table, record_id, with_text=False)

    def changes(self, label: str) -> Changes:
        ids: dict[str, set[str]] = {"annotations": set(), "entities": set(), "documents": set(), "rejections": set()}
        for table, record_id in self.touched:
            ids[table].add(record_id)
        return Changes(
            generation=self.generation, annotations=frozenset(ids["annotations"]),
            entities=frozenset(ids["entities"]), documents=frozenset(ids["documents"]), label=label,
            rejections=frozenset(ids["rejections"]),
        )


class Store(ExchangeReads, ListingReads):
    """One library's SQLite database. One owner thread per `Store` (sqlite3's default check)."""

    read_only = False
    """Opened from a folder, file or medium that cannot be written: reads work, every edit is refused."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) the store at `path`, migrating it forward; StoreError if unusable."""
        path = Path(path)
        if path.is_file() and not _writable(path):
            return cls._open_read_only(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"Cannot open the library at {path.parent}: {exc}.") from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION:
                cls(conn, path)._upgrade()  # refuses, before anything (even the journal mode) is written
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"The library at {path.parent} cannot use WAL mode (got {mode}).")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            store = cls(conn, path)
            store._upgrade()
        except sqlite3.DatabaseError as exc:
            conn.close()
            if path.is_file() and re.search(r"readonly|read-only|unable to open", str(exc)):
                return cls._open_read_only(path)  # the permission bits said yes, the medium says no
            raise StoreError(f"The library file {path} is damaged or not a Dossier library.") from None
        except StoreError:
            conn.close()
            raise
        return store

    @classmethod
    def _open_read_only(cls, path: Path) -> Store:
        """A read-only connection to an existing library: `mode=ro` (sees other writers' commits), or
        `immutable=1` when even the WAL's shared-memory file cannot be created (a read-only medium)."""
        for option in ("mode=ro", "immutable=1"):
            try:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?{option}", uri=True,
                                       timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            except sqlite3.Error:
                continue
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                conn.execute("SELECT count(*) FROM meta").fetchone()
            except sqlite3.DatabaseError:
                conn.close()
                continue
            if version != SCHEMA_VERSION:
                conn.close()
                raise StoreError(
                    f"The library at {path.parent} is read-only and was written by another version of Dossier "
                    f"(schema {version}; this one uses {SCHEMA_VERSION}). Open it where it can be written."
                )
            store = cls(conn, path)
            store.read_only = True
            return store
        raise StoreError(f"The library file {path} is read-only and could not be read: it is damaged or "
                         "not a Dossier library.")

    def _upgrade(self) -> None:
        current = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"This library was written by a newer Dossier (schema {current}; this version knows "
                f"{SCHEMA_VERSION}). Update Dossier to open it."
            )
        if current == SCHEMA_VERSION:
            return
        if current > 0:
            self.backup(self.path.with_name(f"{self.path.stem}.before-v{SCHEMA_VERSION}.sqlite3"))
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            migrate(self._conn, current)
            if current == 0:
                for key, value in (("generation", "0"), ("library_id", new_id()),
                                   ("codebook", default_codebook().to_json()), ("created", now_iso())):
                    self._conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", (key, value))
            self._conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise StoreError(f"Cannot write the library at {self.path.parent}: {exc}.") from None

    def close(self) -> None:
        self._conn.close()

    def backup(self, target: Path) -> None:
        """A consistent copy of the live database (never copy the file itself: the WAL holds commits)."""
        target.unlink(missing_ok=True)
        self._conn.execute("VACUUM INTO ?", (str(target),))

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    # -- transactions --------------------------------------------------------------------------
    @contextmanager
    def transaction(self, label: str, history: bool = True) -> Iterator[Transaction]:
        """One atomic edit. On success: generation+1, an undo entry (if `history`), redo cleared."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(_write_failure(self.path, exc)) from None
        try:
            generation = int(self.meta("generation", "0")) + 1
            tx = Transaction(self._conn, generation)
            yield tx
            if tx.touched or history is False:
                self._conn.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (str(generation),))
            if history and tx.touched:
                entries = [{"table": t, "id": i, "before": b, "after": a} for (t, i), (b, a) in tx.touched.items()]
                entries += [{"table": "conflicts", "id": c, "before": {"resolved": False}, "after": {"resolved": True}}
                            for c in tx.resolved_conflicts]
                if tx.import_id is not None:
                    entries = [{**e, "import_id": tx.import_id} for e in entries]
                self._conn.execute("DELETE FROM history WHERE state = 'undone'")
                self._conn.execute(
                    "INSERT INTO history(label, changes, state, created) VALUES (?, ?, 'done', ?)",
                    (label, json.dumps(entries, ensure_ascii=False), now_iso()),
                )
            self._conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise StoreError(_write_failure(self.path, exc)) from None
        except BaseException:
            self._rollback()
            raise

    # -- reading ---------------------------------------------------------------------------------
    def meta(self, key: str, default: str = "") -> str:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    @property
    def generation(self) -> int:
        return int(self.meta("generation", "0"))

    @property
    def library_id(self) -> str:
        return self.meta("library_id")

    def codebook(self) -> Codebook:
        return parse_codebook(self.meta("codebook")) if self.meta("codebook") else default_codebook()

    def set_codebook(self, codebook: Codebook) -> Changes:
        with self.transaction("Edit codebook", history=False) as tx:
            tx.set_meta("codebook", codebook.to_json())
        return Changes(generation=tx.generation, label="Edit codebook", codebook=True)

    def annotation(self, annotation_id: str) -> Annotation | None:
        rec = _read(self._conn, "annotations", annotation_id)
        return rec if isinstance(rec, Annotation) else None

    def entity(self, entity_id: str) -> Entity | None:
        rec = _read(self._conn, "entities", entity_id)
        return rec if isinstance(rec, Entity) else None

    def document(self, document_id: str, with_text: bool = True) -> DocumentRecord | None:
        rec = _read(self._conn, "documents", document_id, with_text=with_text)
        return rec if isinstance(rec, DocumentRecord) else None

    def annotations(self, document_id: str | None = None, include_deleted: bool = False) -> list[Annotation]:
        """Annotations in reading order (by document, then start offset)."""
        sql = "SELECT * FROM annotations WHERE 1=1"
        args: list[Any] = []
        if document_id is not None:
            sql += " AND document_id = ?"
            args.append(document_id)
        if not include_deleted:
            sql += " AND deleted = 0"
        sql += " ORDER BY document_id, start, end_, id"
        return [_annotation(row) for row in self._rows(sql, args)]

    def rejections(self, document_id: str) -> list[Rejection]:
        """Live rejected suggestions of one document."""
        return [_rejection(r) for r in self._rows(
            "SELECT * FROM rejections WHERE document_id = ? AND deleted = 0 ORDER BY start", [document_id])]

    def annotations_by_ids(self, ids: list[str]) -> list[Annotation]:
        out: list[Annotation] = []
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            out += [_annotation(r) for r in self._rows(f"SELECT * FROM annotations WHERE id IN ({marks})", chunk)]
        return out

    def annotations_of_entity(self, entity_id: str, as_speaker: bool = True) -> list[Annotation]:
        """Live annotations that mention the entity (and, with `as_speaker`, claims it made)."""
        where = "entity_id = ? OR speaker_id = ?" if as_speaker else "entity_id = ? OR 0 = ?"
        return [_annotation(r) for r in self._rows(
            f"SELECT * FROM annotations WHERE deleted = 0 AND ({where}) ORDER BY document_id, start",
            [entity_id, entity_id if as_speaker else 1])]

    def entity_document_counts(self) -> list[tuple[str, str, int, int]]:
        """(entity id, document id, mentions, claims made) for every live entity in every live document —
        the cross-document entity index is built from these pairs."""
        rows = self._conn.execute(
            "SELECT e, doc, sum(m), sum(c) FROM ("
            "  SELECT entity_id AS e, document_id AS doc, 1 AS m, 0 AS c FROM annotations"
            "   WHERE deleted = 0 AND entity_id IS NOT NULL"
            "  UNION ALL SELECT speaker_id, document_id, 0, 1 FROM annotations"
            "   WHERE deleted = 0 AND speaker_id IS NOT NULL)"
            " JOIN documents d ON d.id = doc WHERE d.deleted = 0 GROUP BY e, doc")
        return [(str(e), str(d), int(m), int(c)) for e, d, m, c in rows]

    def claims_in_documents(self, document_ids: list[str]) -> list[Annotation]:
        out: list[Annotation] = []
        for chunk in _chunks(sorted(set(document_ids)), 500):
            marks = ",".join("?" * len(chunk))
            out += [_annotation(r) for r in self._rows(
                f"SELECT * FROM annotations WHERE deleted = 0 AND kind = 'claim' AND document_id IN ({marks})"
                " ORDER BY document_id, start", chunk)]
        return out

    def find_entities(self, name: str) -> list[Entity]:
        """Live entities whose name or one of whose aliases equals `name`, ignoring case."""
        needle = name.strip()
        rows = self._rows(
            "SELECT * FROM entities WHERE deleted = 0 AND (name = ? COLLATE NOCASE OR aliases LIKE ?)",
            [needle, "%" + json.dumps(needle, ensure_ascii=False)[1:-1] + "%"])
        folded = needle.casefold()
        return [e for e in map(_entity, rows) if any(n.casefold() == folded for n in e.names())]

    def find_entities_spelled_like(self, name: str) -> list[Entity]:
        """Live entities with a name or alias that is `name` but for marks, apostrophe form or ё/е
        ("Мар’яна Петренко" for "Мар'яна Петренко", "Ёлкин" for "Елкин"; see annotations/name_variants)."""
        from annotations.name_variants import clean_name, like_pattern, name_key

        needle = clean_name(name)
        pattern = like_pattern(needle)
        alias = like_pattern(json.dumps(needle, ensure_ascii=False)[1:-1])
        rows = self._rows("SELECT * FROM entities WHERE deleted = 0"
                          " AND (name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\')", [pattern, "%" + alias + "%"])
        key = name_key(needle)
        return [e for e in map(_entity, rows) if any(name_key(n) == key for n in e.names())]

    def find_entities_any(self, name: str) -> list[Entity]:
        """Entities named `name` (ignoring case), deleted ones included."""
        return [_entity(r) for r in self._rows("SELECT * FROM entities WHERE name = ? COLLATE NOCASE", [name.strip()])]

    def entities_by_ids(self, ids: list[str]) -> dict[str, Entity]:
        out: dict[str, Entity] = {}
        for chunk in _chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for r in self._rows(f"SELECT * FROM entities WHERE id IN ({marks})", chunk):
                out[r["id"]] = _entity(r)
        return out

    def documents_by_ids(self, ids: list[str]) -> dict[str, DocumentRecord]:
        """Documents without their text."""
        out: dict[str, DocumentRecord] = {}
        for chunk in _chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for r in self._rows(f"SELECT {_DOC_COLS_NO_TEXT} FROM documents WHERE id IN ({marks})", chunk):
                out[r["id"]] = _document(r)
        return out

    def annotation_ids_of_document(self, document_id: str) -> list[str]:
        return [r[0] for r in self._conn.execute("SELECT id FROM annotations WHERE document_id = ?", (document_id,))]

    def count_searchable(self) -> tuple[int, int]:
        """What the index should hold: (live annotations of live documents, live documents)."""
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM annotations a JOIN documents d ON d.id = a.document_id"
            "        WHERE a.deleted = 0 AND d.deleted = 0),"
            "       (SELECT count(*) FROM documents WHERE deleted = 0)").fetchone()
        return int(row[0]), int(row[1])

    def count_annotations(self, include_deleted: bool = False) -> int:
        where = "" if include_deleted else " WHERE deleted = 0"
        return int(self._conn.execute(f"SELECT count(*) FROM annotations{where}").fetchone()[0])

    def annotation_counts(self) -> dict[str, dict[str, int]]:
        """Per document: live annotation counts by kind."""
        out: dict[str, dict[str, int]] = {}
        for doc_id, kind, n in self._conn.execute(
            "SELECT document_id, kind, count(*) FROM annotations WHERE deleted = 0 GROUP BY document_id, kind"
        ):
            out.setdefault(doc_id, {})[kind] = n
        return out

    def entities(self, include_deleted: bool = False) -> list[Entity]:
        if not include_deleted:
            return self.live_entities()  # the common case, read positionally (store_listing)
        where = "" if include_deleted else " WHERE deleted = 0"
        return [_entity(r) for r in self._rows(f"SELECT * FROM entities{where} ORDER BY name COLLATE NOCASE", [])]

    def documents(self, include_deleted: bool = False, with_text: bool = False) -> list[DocumentRecord]:
        if not include_deleted and not with_text:
            return self.live_documents()  # the common case, read positionally (store_listing)
        where = "" if include_deleted else " WHERE deleted = 0"
        cols = "*" if with_text else _DOC_COLS_NO_TEXT
        return [_document(r) for r in self._rows(f"SELECT {cols} FROM documents{where} ORDER BY added, id", [])]

    def document_with_text(self, text: str) -> DocumentRecord | None:
        """A live document whose canonical text is exactly `text` (the length is compared first)."""
        rows = self._rows(f"SELECT {_DOC_COLS_NO_TEXT} FROM documents WHERE deleted = 0 AND provisional = 0"
                          " AND length(text) = ? AND text = ? ORDER BY added LIMIT 1", [len(text), text])
        return _document(rows[0]) if rows else None

    def documents_at_path(self, source_path: str) -> list[DocumentRecord]:
        return [_document(r) for r in self._rows(
            f"SELECT {_DOC_COLS_NO_TEXT} FROM documents WHERE source_path = ? AND deleted = 0 ORDER BY added",
            [source_path])]

    def document_ids_with_prefix(self, prefix: str) -> list[str]:
        rows = self._conn.execute(
            "SELECT id FROM documents WHERE id >= ? AND id < ? AND deleted = 0", (prefix, prefix + "\uffff"))
        return [r[0] for r in rows]

    def changed_since(self, generation: int) -> dict[str, list[str]]:
        """Ids written after `generation`, per table (tombstones included) — the index catches up on them."""
        return {
            table: [r[0] for r in self._conn.execute(f"SELECT id FROM {table} WHERE gen > ?", (generation,))]
            for table in ("annotations", "entities", "documents")
        }

    def history(self, state: str) -> list[tuple[int, str, list[dict[str, Any]]]]:
        """Undo (`done`, newest first) or redo (`undone`, most recently undone first) entries."""
        order = "DESC" if state == "done" else "ASC"
        rows = self._conn.execute(
            f"SELECT seq, label, changes FROM history WHERE state = ? ORDER BY seq {order}", (state,))
        return [(seq, label, json.loads(changes)) for seq, label, changes in rows]

    def history_top(self, state: str) -> tuple[int, str, list[dict[str, Any]]] | None:
        """Next to undo (newest done) or to redo (oldest undone: undo walks back, redo forward)."""
        order = "DESC" if state == "done" else "ASC"
        row = self._conn.execute(
            f"SELECT seq, label, changes FROM history WHERE state = ? ORDER BY seq {order} LIMIT 1", (state,)
        ).fetchone()
        return (row[0], row[1], json.loads(row[2])) if row else None

    def history_label(self, state: str) -> str | None:
        """The label of `history_top` alone: the window asks after every edit, and an import's entry holds
        every record it changed (decoding 10,000 of them stalled the window for 350 ms)."""
        order = "DESC" if state == "done" else "ASC"
        row = self._conn.execute(
            f"SELECT label FROM history WHERE state = ? ORDER BY seq {order} LIMIT 1", (state,)).fetchone()
        return str(row[0]) if row else None

    def set_history(self, seq: int, state: str, changes: list[dict[str, Any]]) -> None:
        """Move an entry between the undo and redo stacks (inside a `transaction(history=False)`)."""
        self._conn.execute("UPDATE history SET state = ?, changes = ? WHERE seq = ?",
                           (state, json.dumps(changes, ensure_ascii=False), seq))

    def data_version(self) -> int:
        """SQLite's `data_version`: changes when another connection (window, process) commits."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def integrity_ok(self) -> bool:
        return bool(self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    def _rows(self, sql: str, args: list[Any]) -> list[_Row]:
        cur = self._conn.execute(sql, args)
        names = [d[0] for d in cur.description]
        return [_Row(names, r) for r in cur.fetchall()]


def _writable(path: Path) -> bool:
    """The library file and its folder can be written: permission bits (which root ignores) and a
    read-only mount (which binds root too)."""
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return False
    try:
        return not os.statvfs(path.parent).f_flag & os.ST_RDONLY
    except (OSError, AttributeError):  # no statvfs (Windows): the permission bits have answered
        return True


def _write_failure(path: Path, exc: sqlite3.OperationalError) -> str:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return f"The library at {path.parent} is read-only; nothing was changed."
    if "full" in text:
        return f"The disk holding {path.parent} is full; nothing was changed. Free some space and retry."
    if "locked" in text or "busy" in text:
        return "The library is busy in another window or process; nothing was changed. Try again."
    if "disk I/O" in text:
        return f"Writing to {path.parent} failed (disk error); nothing was changed."
    return f"The library could not be written ({text}); nothing was changed."


def head_of(record: codec.Record) -> str:
    """The record's current revision; rows from before revisions existed get a deterministic first one."""
    if record.rev:
        return record.rev
    return make_rev([], codec.record_to_dict(record))

