"""A store transaction: the writes of one operation, each record stored as a new version on top of its
head revision, with the state before it kept for undo. `Store.transaction` opens, commits and records it.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from typing import Any

from annotations import codec
from annotations.changes import Changes
from annotations.model import Annotation, DocumentRecord, Entity, Rejection
from annotations.revisions import FORGOTTEN, content_hash, document_says, make_rev, note_salt_for
from annotations.store_exchange import ExchangeWrites
from annotations.store_rows import read_record, write_record


UNDOABLE_META = frozenset({"codebook"})
"""Settings kept in the `meta` table that are an analyst's edit, undone like a record (the codebook: its types,
colours and claim tags; an edit of it had no undo step, and Ctrl+Z took back the mark before it; stop 58)."""


class Transaction(ExchangeWrites):
    """Collects the writes of one operation; `Store.transaction` commits them atomically."""

    def __init__(self, conn: sqlite3.Connection, generation: int) -> None:
        self._conn = conn
        self.generation = generation
        self.resolved_conflicts: list[str] = []
        self.filed_conflicts: list[str] = []
        self.import_id: str | None = None
        """Set by an import: its history entries say so, and undoing it forgets the exchange."""
        self.touched: dict[tuple[str, str], tuple[dict[str, Any] | None, dict[str, Any]]] = {}
        self.withheld_before: dict[str, dict[str, Any]] = {}
        self.meta_touched: dict[str, tuple[str, str]] = {}
        """Undoable settings written (`UNDOABLE_META`): key -> (value before, value now)."""
        self.written_blind: set[str] = set()
        """Annotations whose note was withheld from us and that this (non-import) transaction gave a note of
        ours: their `withheld` row moved to the blind notes; the undo entry says so, so that undo moves it back."""

    def put(self, record: codec.Record, rev: str | None = None, parents: list[str] | None = None,
            import_id: str | None = None) -> codec.Record:
        """Insert or replace `record` as a new version, remembering the state before the first write for
        undo. Without `rev` the store mints the next revision on top of the current one (every edit, undo
        and redo); an import passes the incoming `rev` and its `parents` to keep the teammate's history.
        Returns the record as written (with its rev)."""
        table = codec.record_table(record)
        key = (table, record.id)
        current = read_record(self._conn, table, record.id, with_text=False)
        if key not in self.touched:
            before_dict = codec.record_to_dict(current) if current is not None else None
        else:
            before_dict = self.touched[key][0]
        if isinstance(record, Annotation) and rev is None:  # a note written here gets its seal's salt
            record = replace(record, note_salt=note_salt_for(
                record.note, record.note_salt, current.note if isinstance(current, Annotation) else None))
        if not isinstance(record, Rejection):
            said = content_hash(codec.record_to_dict(record))  # once: it names the version and is stored
            given = parents if rev is not None else None
            if rev is None:
                parents = [head_of(current)] if current is not None and current.rev != FORGOTTEN else []
                given = parents
                rev = make_rev(parents, {}, content=said)
            if rev != FORGOTTEN:
                self._conn.execute(
                    "INSERT OR IGNORE INTO revisions(record_id, rev, parents, content, import_id) VALUES (?,?,?,?,?)",
                    (record.id, rev, json.dumps(sorted(parents or [])), said, import_id))
                if isinstance(record, DocumentRecord):  # the base of a later three-way merge of its properties
                    self.add_document_versions(record.id, {rev: document_says(codec.record_to_dict(record))})
            record = replace(record, rev=rev)
            if isinstance(record, (Annotation, Entity)):  # the base of a later field-by-field merge (both, checked)
                if isinstance(current, (Annotation, Entity)) and current.rev:
                    self.remember_version(codec.record_to_dict(current), current.rev)
                self.remember_version(codec.record_to_dict(record), rev, given, said)
        if isinstance(current, Annotation) and current.rev == FORGOTTEN and rev != FORGOTTEN:
            self._conn.execute("UPDATE conflicts SET resolved = 1 WHERE annotation_id = ?", (record.id,))  # stale
        if isinstance(record, Annotation) and isinstance(current, Annotation) and record.note != current.note:
            if self.import_id is not None:
                self._remember_withheld(self.import_id, {record.id})  # as it was, for undoing the import
            moved = self._conn.execute("UPDATE withheld SET edited = 1 WHERE record_id = ? AND edited = 0",
                                       (record.id,)).rowcount  # our own, blind
            if moved and self.import_id is None:
                self.written_blind.add(record.id)
        write_record(self._conn, record, self.generation)
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

    def set_written_blind(self, record_id: str, blind: bool) -> None:
        """Undo/redo of a note written on one withheld from us: the `withheld` row back to withheld (the
        note we lack) or to a note of ours written blind, as it was before/after that step."""
        self._conn.execute("UPDATE withheld SET edited = ? WHERE record_id = ?", (int(blind), record_id))

    def set_meta(self, key: str, value: str) -> None:
        if key in UNDOABLE_META and key not in self.meta_touched:  # the value before, for undo
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            self.meta_touched[key] = (str(row[0]) if row else "", value)
        elif key in self.meta_touched:
            self.meta_touched[key] = (self.meta_touched[key][0], value)
        self._conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def meta_changed(self) -> dict[str, tuple[str, str]]:
        """The undoable settings this transaction changed: key -> (before, after)."""
        return {k: (b, a) for k, (b, a) in self.meta_touched.items() if b != a}

    def get(self, table: str, record_id: str) -> codec.Record | None:
        return read_record(self._conn, table, record_id, with_text=False)

    def changes(self, label: str) -> Changes:
        ids: dict[str, set[str]] = {"annotations": set(), "entities": set(), "documents": set(), "rejections": set()}
        for table, record_id in self.touched:
            ids[table].add(record_id)
        return Changes(
            generation=self.generation, annotations=frozenset(ids["annotations"]),
            entities=frozenset(ids["entities"]), documents=frozenset(ids["documents"]), label=label,
            rejections=frozenset(ids["rejections"]),
        )


def head_of(record: codec.Record) -> str:
    """The record's current revision; rows from before revisions existed get a deterministic first one."""
    if record.rev:
        return record.rev
    return make_rev([], codec.record_to_dict(record))

