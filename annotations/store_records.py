"""Reading records from a `Store`: annotations, entities, documents and rejected suggestions, one by one,
by ids, by document or by name, and the counts the index and the library view check. Mixed into `Store`.
"""
from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

from annotations.model import Annotation, DocumentRecord, Entity, Rejection
from annotations.store_exchange import chunks
from annotations.store_rows import (
    DOC_COLS_NO_TEXT, Row, annotation_of_row, document_of_row, entity_of_row, read_record, rejection_of_row,
)


class RecordReads:
    """The records of one library, read (the long lists' fast paths are `store_listing`'s)."""

    _conn: sqlite3.Connection

    if TYPE_CHECKING:
        def live_entities(self, by_name: bool = True) -> list[Entity]: ...

        def live_documents(self) -> list[DocumentRecord]: ...

    def annotation(self, annotation_id: str) -> Annotation | None:
        rec = read_record(self._conn, "annotations", annotation_id)
        return rec if isinstance(rec, Annotation) else None

    def entity(self, entity_id: str) -> Entity | None:
        rec = read_record(self._conn, "entities", entity_id)
        return rec if isinstance(rec, Entity) else None

    def document(self, document_id: str, with_text: bool = True) -> DocumentRecord | None:
        rec = read_record(self._conn, "documents", document_id, with_text=with_text)
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
        return [annotation_of_row(row) for row in self._rows(sql, args)]

    def rejections(self, document_id: str) -> list[Rejection]:
        """Live rejected suggestions of one document."""
        return [rejection_of_row(r) for r in self._rows(
            "SELECT * FROM rejections WHERE document_id = ? AND deleted = 0 ORDER BY start", [document_id])]

    def rejection_documents(self, ids: list[str]) -> list[str]:
        """The documents these rejected suggestions (live or undone) belong to, in id order of the rejections."""
        return [str(r["document_id"]) for r in self._rows(
            f"SELECT document_id FROM rejections WHERE id IN ({','.join('?' * len(ids[:500]))}) ORDER BY id",
            sorted(ids)[:500])] if ids else []

    def annotations_by_ids(self, ids: list[str]) -> list[Annotation]:
        out: list[Annotation] = []
        for chunk in chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            out += [annotation_of_row(r) for r in self._rows(f"SELECT * FROM annotations WHERE id IN ({marks})", chunk)]
        return out

    def annotations_of_entity(self, entity_id: str, as_speaker: bool = True) -> list[Annotation]:
        """Live annotations that mention the entity (and, with `as_speaker`, claims it made)."""
        where = "entity_id = ? OR speaker_id = ?" if as_speaker else "entity_id = ? OR 0 = ?"
        return [annotation_of_row(r) for r in self._rows(
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
        for chunk in chunks(sorted(set(document_ids)), 500):
            marks = ",".join("?" * len(chunk))
            out += [annotation_of_row(r) for r in self._rows(
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
        return [e for e in map(entity_of_row, rows) if any(n.casefold() == folded for n in e.names())]

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
        return [e for e in map(entity_of_row, rows) if any(name_key(n) == key for n in e.names())]

    def find_entities_any(self, name: str) -> list[Entity]:
        """Entities named `name` (ignoring case), deleted ones included."""
        return [entity_of_row(r) for r in self._rows("SELECT * FROM entities WHERE name = ? COLLATE NOCASE", [name.strip()])]

    def blank_named_entities(self) -> list[str]:
        """Ids of entities whose name is empty or white space (an older Dossier let them in: `store_repairs`)."""
        return [str(r[0]) for r in self._conn.execute("SELECT id FROM entities WHERE trim(name) = ''")]

    def entities_by_ids(self, ids: list[str]) -> dict[str, Entity]:
        out: dict[str, Entity] = {}
        for chunk in chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for r in self._rows(f"SELECT * FROM entities WHERE id IN ({marks})", chunk):
                out[r["id"]] = entity_of_row(r)
        return out

    def documents_by_ids(self, ids: list[str]) -> dict[str, DocumentRecord]:
        """Documents without their text."""
        out: dict[str, DocumentRecord] = {}
        for chunk in chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for r in self._rows(f"SELECT {DOC_COLS_NO_TEXT} FROM documents WHERE id IN ({marks})", chunk):
                out[r["id"]] = document_of_row(r)
        return out

    def annotation_ids_of_document(self, document_id: str) -> list[str]:
        return [r[0] for r in self._conn.execute("SELECT id FROM annotations WHERE document_id = ?", (document_id,))]

    def count_searchable(self) -> tuple[int, int]:
        """What the index should hold: (live annotations of live documents or waiting for one, live documents)."""
        return self.searchable_at()[1]

    def searchable_at(self) -> tuple[int, tuple[int, int]]:
        """The library's generation and `count_searchable` at that generation: one statement, so one snapshot
        (another process's commit between two reads made the counts of a newer library than the generation)."""
        row = self._conn.execute(
            "SELECT (SELECT value FROM meta WHERE key = 'generation'),"
            "       (SELECT count(*) FROM annotations a LEFT JOIN documents d ON d.id = a.document_id"
            "        WHERE a.deleted = 0 AND (d.id IS NULL OR d.deleted = 0)),"
            "       (SELECT count(*) FROM documents WHERE deleted = 0)").fetchone()
        return int(row[0] or 0), (int(row[1]), int(row[2]))

    def count_annotations(self, include_deleted: bool = False) -> int:
        where = "" if include_deleted else " WHERE deleted = 0"
        return int(self._conn.execute(f"SELECT count(*) FROM annotations{where}").fetchone()[0])

    def waiting_annotations(self) -> list[Annotation]:
        """Live annotations on no document the library has, by document and place (searchable while they wait)."""
        return [annotation_of_row(r) for r in self._rows(
            "SELECT * FROM annotations a WHERE a.deleted = 0 AND NOT EXISTS"
            " (SELECT 1 FROM documents d WHERE d.id = a.document_id) ORDER BY document_id, start, id", [])]

    def count_waiting(self) -> int:
        """Live annotations on no document the library has (imported before their document: "pending")."""
        return int(self._conn.execute(
            "SELECT count(*) FROM annotations a WHERE a.deleted = 0 AND NOT EXISTS"
            " (SELECT 1 FROM documents d WHERE d.id = a.document_id)").fetchone()[0])

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
        return [entity_of_row(r) for r in self._rows(f"SELECT * FROM entities{where} ORDER BY name COLLATE NOCASE", [])]

    def documents(self, include_deleted: bool = False, with_text: bool = False) -> list[DocumentRecord]:
        if not include_deleted and not with_text:
            return self.live_documents()  # the common case, read positionally (store_listing)
        where = "" if include_deleted else " WHERE deleted = 0"
        cols = "*" if with_text else DOC_COLS_NO_TEXT
        return [document_of_row(r) for r in self._rows(f"SELECT {cols} FROM documents{where} ORDER BY added, id", [])]

    def document_with_text(self, text: str) -> DocumentRecord | None:
        """A live document whose canonical text is exactly `text` (the length is compared first)."""
        rows = self._rows(f"SELECT {DOC_COLS_NO_TEXT} FROM documents WHERE deleted = 0 AND provisional = 0"
                          " AND length(text) = ? AND text = ? ORDER BY added LIMIT 1", [len(text), text])
        return document_of_row(rows[0]) if rows else None

    def documents_at_path(self, source_path: str, include_deleted: bool = False) -> list[DocumentRecord]:
        live = "" if include_deleted else " AND deleted = 0"
        return [document_of_row(r) for r in self._rows(
            f"SELECT {DOC_COLS_NO_TEXT} FROM documents WHERE source_path = ?{live} ORDER BY added",
            [source_path])]

    def document_ids_with_prefix(self, prefix: str, trashed: bool = False) -> list[str]:
        """Ids of live documents (`trashed`: of those in the trash) that begin with `prefix`."""
        rows = self._conn.execute(
            "SELECT id FROM documents WHERE id >= ? AND id < ? AND deleted = ?", (prefix, prefix + "\uffff", int(trashed)))
        return [r[0] for r in rows]

    def changed_since(self, generation: int) -> dict[str, list[str]]:
        """Ids written after `generation`, per table (tombstones included) — the index catches up on them."""
        return {
            table: [r[0] for r in self._conn.execute(f"SELECT id FROM {table} WHERE gen > ?", (generation,))]
            for table in ("annotations", "entities", "documents")
        }

    def _rows(self, sql: str, args: list[Any]) -> list[Row]:
        cur = self._conn.execute(sql, args)
        names = [d[0] for d in cur.description]
        return [Row(names, r) for r in cur.fetchall()]

