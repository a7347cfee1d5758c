"""What a library has exchanged with teammates: revision ancestry, withheld and blind notes, conflicts,
imports and provenance. Mixed into `Store` (reads) and `Transaction` (writes in the current transaction),
so the store module keeps to records, transactions and history.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from annotations.ids import new_id, now_iso
from annotations import withdrawn_settlements
from annotations.revisions import FORGOTTEN, ancestors, content_hash, make_rev


def chunks(items: list[str], size: int) -> Iterator[list[str]]:
    """`items` in slices of `size` (SQLite caps the parameters of one statement)."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _said(record: dict[str, Any] | None) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False) if record else ""


class ExchangeWrites:
    """Exchange bookkeeping written inside a `Transaction`."""

    _conn: sqlite3.Connection
    resolved_conflicts: list[str]
    filed_conflicts: list[str]
    import_id: str | None
    withheld_before: dict[str, dict[str, Any]]
    """Per import: the withheld rows as they were before it (see `_remember_withheld`)."""

    def add_revisions(self, record_id: str, graph: dict[str, list[str]], hashes: dict[str, str],
                      import_id: str | None) -> None:
        """Remember versions a teammate's bundle showed us (their ancestry and what each says), so a
        replay is recognised."""
        self._conn.executemany(
            "INSERT OR IGNORE INTO revisions(record_id, rev, parents, content, import_id) VALUES (?,?,?,?,?)",
            [(record_id, rev, json.dumps(sorted(parents)), hashes.get(rev, ""), import_id)
             for rev, parents in sorted(graph.items())])

    def remember_version(self, record: dict[str, Any], rev: str, parents: list[str] | None = None,
                         said: str | None = None) -> None:
        """Keep what version `rev` of an annotation or entity says (`record`, as `codec.record_to_dict` gives it),
        the base of a later field-by-field merge — only when its content is checked to be that version's: its id
        minted from these `parents` (None: the parents and content hash stored for `rev`) and what it says
        (`said`: its `content_hash`, if known). A version whose note was withheld from us, or that we had to
        change on taking it, is no such record and is not kept. (The table is called `annotation_versions` for
        the annotations it was made for; entities' ids never equal theirs.)"""
        if not rev or rev == FORGOTTEN or not record.get("id"):
            return
        record_id = record["id"]
        if self._conn.execute("SELECT 1 FROM annotation_versions WHERE record_id = ? AND rev = ?",
                              (record_id, rev)).fetchone():
            return
        said = said or content_hash(record)
        if parents is None:
            row = self._conn.execute("SELECT parents, content FROM revisions WHERE record_id = ? AND rev = ?",
                                     (record_id, rev)).fetchone()
            if row is None:
                return
            stored = str(row[1])
            checked = (bool(stored) and stored in (said, said[:16])) or make_rev(json.loads(row[0]), {}, content=said) == rev
        else:
            checked = make_rev(parents, {}, content=said) == rev
        if checked:
            self._conn.execute("INSERT OR IGNORE INTO annotation_versions(record_id, rev, content) VALUES (?, ?, ?)",
                               (record_id, rev, json.dumps({**record, "rev": rev}, sort_keys=True, ensure_ascii=False)))

    def add_document_versions(self, record_id: str, versions: dict[str, dict[str, Any]]) -> None:
        """Remember what versions of a document's properties say (rev -> property -> value)."""
        self._conn.executemany(
            "INSERT OR IGNORE INTO document_versions(record_id, rev, content) VALUES (?,?,?)",
            [(record_id, rev, json.dumps(says, sort_keys=True, ensure_ascii=False))
             for rev, says in sorted(versions.items()) if rev != FORGOTTEN])

    def set_withheld(self, bases: dict[str, str], known: list[str], blind: dict[str, str] | None = None,
                     said: dict[str, dict[str, Any] | None] | None = None) -> None:
        """`bases`: annotations whose note is the note of that version, which we were not shown;
        `known`: annotations whose note we now have; `blind`: our own note stands beside that version's;
        `said`: what the version we took on trust said (None: nothing to keep any more). A row whose base
        is unchanged keeps what it said unless `said` names it."""
        said = said or {}
        if self.import_id is not None:  # undoing the import puts these rows back
            self._remember_withheld(self.import_id, {*bases, *(blind or {}), *known, *said})
        for edited, rows in ((0, bases), (1, blind or {})):
            self._conn.executemany(
                "INSERT INTO withheld(record_id, base, edited, said) VALUES (?, ?, ?, ?) ON CONFLICT(record_id)"
                " DO UPDATE SET said = CASE WHEN ? THEN excluded.said WHEN base = excluded.base THEN said"
                " ELSE '' END, base = excluded.base, edited = excluded.edited",
                [(i, b, edited, _said(said.get(i)), i in said) for i, b in sorted(rows.items())])
        self._conn.executemany("UPDATE withheld SET said = ? WHERE record_id = ?",
                               [(_said(v), i) for i, v in sorted(said.items()) if i not in bases and i not in (blind or {})])
        self._conn.executemany("DELETE FROM withheld WHERE record_id = ?", [(i,) for i in known])

    def _withheld_rows_of(self, ids: list[str]) -> dict[str, list[Any] | None]:
        rows: dict[str, list[Any] | None] = dict.fromkeys(ids)
        for chunk in chunks(sorted(ids), 500):
            marks = ",".join("?" * len(chunk))
            for record_id, base, edited, said in self._conn.execute(
                    f"SELECT record_id, base, edited, said FROM withheld WHERE record_id IN ({marks})", chunk):
                rows[record_id] = [base, edited, said]
        return rows

    def _remember_withheld(self, import_id: str, ids: set[str]) -> None:
        """The withheld rows an import is about to change, as they were (kept in `meta` under the import's id
        by `flush_withheld`: the withheld table is no record with versions, so undo would not otherwise put
        them back). Gathered in memory and written once: rewriting the whole list at each of an import's
        6,000 writes held the library's write lock for 18 s."""
        before = self.withheld_before.get(import_id)
        if before is None:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (f"withheld-before:{import_id}",)).fetchone()
            before = self.withheld_before[import_id] = json.loads(row[0]) if row else {}
        new = ids - set(before)
        if new:
            before.update(self._withheld_rows_of(sorted(new)))

    def flush_withheld(self) -> None:
        """Write what `_remember_withheld` gathered (called once, before the transaction commits)."""
        for import_id, before in self.withheld_before.items():
            self._conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                               (f"withheld-before:{import_id}", json.dumps(before)))
        self.withheld_before.clear()

    def _write_withheld_rows(self, rows: dict[str, Any]) -> None:
        for record_id, row in sorted(rows.items()):
            self._conn.execute("DELETE FROM withheld WHERE record_id = ?", (record_id,))
            if row is not None:
                self._conn.execute("INSERT INTO withheld(record_id, base, edited, said) VALUES (?, ?, ?, ?)",
                                   (record_id, *row))

    def forget_import(self, import_id: str) -> dict[str, Any]:
        """Forget what one import brought (the versions it introduced, its open conflicts, provenance), so
        importing the same bundle again offers it again. Returns what was removed, for redo."""
        revisions = self._conn.execute("SELECT record_id, rev, parents, content FROM revisions WHERE import_id = ?",
                                       (import_id,)).fetchall()
        conflicts = self._conn.execute(
            "SELECT id, annotation_id, incoming, source, created, resolved, rev FROM conflicts WHERE import_id = ?",
            (import_id,)).fetchall()
        provenance = [r[0] for r in self._conn.execute(
            "SELECT annotation_id FROM provenance WHERE import_id = ?", (import_id,))]
        self._conn.execute("DELETE FROM revisions WHERE import_id = ?", (import_id,))
        self._conn.execute("DELETE FROM conflicts WHERE import_id = ?", (import_id,))
        self._conn.execute("DELETE FROM provenance WHERE import_id = ?", (import_id,))
        self._conn.execute("UPDATE imports SET undone = 1 WHERE id = ?", (import_id,))
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (f"withheld-before:{import_id}",)).fetchone()
        before: dict[str, Any] = json.loads(row[0]) if row else {}
        after = self._withheld_rows_of(sorted(before))
        self._write_withheld_rows(before)  # which notes were withheld from us, as before the import
        return {"import_id": import_id, "revisions": [list(r) for r in revisions],
                "conflicts": [list(c) for c in conflicts], "provenance": provenance, "withheld": after}

    def restore_import(self, saved: dict[str, Any]) -> None:
        """Redo of an undone import: bring back what `forget_import` removed."""
        import_id = saved["import_id"]
        self._conn.executemany("INSERT OR IGNORE INTO revisions(record_id, rev, parents, content, import_id)"
                               " VALUES (?,?,?,?,?)", [(*r, import_id) for r in saved["revisions"]])
        self._conn.executemany("INSERT OR IGNORE INTO conflicts(id, annotation_id, incoming, source, created, resolved,"
                               " rev, import_id) VALUES (?,?,?,?,?,?,?,?)", [(*c, import_id) for c in saved["conflicts"]])
        self._conn.executemany("INSERT OR REPLACE INTO provenance(annotation_id, import_id) VALUES (?, ?)",
                               [(a, import_id) for a in saved["provenance"]])
        self._conn.execute("UPDATE imports SET undone = 0 WHERE id = ?", (import_id,))
        self._write_withheld_rows(saved.get("withheld") or {})

    def set_exchange(self, hashes: dict[str, str]) -> None:
        self._conn.executemany("INSERT OR REPLACE INTO exchange(record_id, content_hash) VALUES (?, ?)",
                               sorted(hashes.items()))

    def add_conflict(self, annotation_id: str, incoming: dict[str, Any], source: str,
                     import_id: str | None = None) -> None:
        """File the other side of a true conflict; an open conflict it descends from is superseded (the same
        version filed again, or, without versions, a later one from the same source) — an open conflict of
        another teammate's stays open beside it: closing it would hide their words. Both are in the undo entry:
        an import that only files conflicts is still an undo step, and undoing it opens the superseded again."""
        rev = str(incoming.get("rev", ""))
        graph = self._graph(annotation_id)
        ours = self._conn.execute("SELECT rev FROM annotations WHERE id = ?", (annotation_id,)).fetchone()
        withdrawn = self._withdrawn(annotation_id)
        undone = withdrawn_settlements.still_withdrawn(withdrawn, str(ours[0] or "") if ours else "", graph)
        lineage = ({rev} if undone & ancestors(rev, graph) else withdrawn_settlements.closing(rev, graph, withdrawn)
                   ) if rev else set()
        # (a version made on a settlement we undid supersedes no conflict, not even one it also descends from by its
        # sender's own line — a tag he added before merging our settlement: the conflict it settled stays open)
        if rev in graph:  # their version, as sent (checked against its id): the base of a later merge on it
            self.remember_version(incoming, rev, graph[rev])
        superseded = [(conflict_id,) for conflict_id, old_rev, old_source in self._conn.execute(
            "SELECT id, rev, source FROM conflicts WHERE annotation_id = ? AND resolved = 0", (annotation_id,))
            if (old_rev in lineage if old_rev and rev else not old_rev and not rev and old_source == source)]
        self._conn.executemany("UPDATE conflicts SET resolved = 1 WHERE id = ?", superseded)
        self.resolved_conflicts.extend(c for (c,) in superseded)  # undoing the import opens them again
        conflict_id = new_id()
        self._conn.execute(
            "INSERT INTO conflicts(id, annotation_id, incoming, source, created, import_id, rev) VALUES (?,?,?,?,?,?,?)",
            (conflict_id, annotation_id, json.dumps(incoming, ensure_ascii=False), source, now_iso(), import_id, rev))
        self.filed_conflicts.append(conflict_id)

    def _graph(self, record_id: str) -> dict[str, list[str]]:
        """Every version of one record this library has seen (those just imported too), rev -> parents."""
        return {rev: json.loads(parents) for rev, parents in self._conn.execute(
            "SELECT rev, parents FROM revisions WHERE record_id = ?", (record_id,))}

    def resolve_conflict(self, conflict_id: str) -> None:
        """Close a conflict; undoing this transaction opens it again."""
        self._conn.execute("UPDATE conflicts SET resolved = 1 WHERE id = ?", (conflict_id,))
        self.resolved_conflicts.append(conflict_id)

    def set_conflict_open(self, conflict_id: str, is_open: bool) -> None:
        self._conn.execute("UPDATE conflicts SET resolved = ? WHERE id = ?", (int(not is_open), conflict_id))

    def set_withdrawn(self, annotation_id: str, rev: str, withdrawn: bool) -> None:
        """Undo (True) or redo (False) of a settlement: remember that version of the annotation as undone, or no
        longer (`annotations.withdrawn_settlements`)."""
        key = withdrawn_settlements.PREFIX + annotation_id
        value = withdrawn_settlements.changed(self._withdrawn(annotation_id), rev, withdrawn)
        if value:
            self._conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
        else:
            self._conn.execute("DELETE FROM meta WHERE key = ?", (key,))

    def _withdrawn(self, annotation_id: str) -> set[str]:
        """The settlements undone on one annotation (read in the transaction)."""
        key = withdrawn_settlements.PREFIX + annotation_id
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return withdrawn_settlements.parse({key: str(row[0])} if row else {}).get(annotation_id, set())

    def record_import(self, import_id: str, creator: str, created: str, counts: dict[str, int],
                      annotation_ids: list[str]) -> None:
        self._conn.execute("INSERT INTO imports(id, bundle_creator, bundle_created, imported, counts)"
                           " VALUES (?,?,?,?,?)", (import_id, creator, created, now_iso(), json.dumps(counts)))
        self._conn.executemany("INSERT OR REPLACE INTO provenance(annotation_id, import_id) VALUES (?, ?)",
                               [(i, import_id) for i in annotation_ids])


class ExchangeReads:
    """Exchange bookkeeping read from a `Store`."""

    _conn: sqlite3.Connection

    def kinds_of(self, ids: list[str]) -> dict[str, str]:
        """Which table holds each of these ids ("annotations", "entities", "documents", "rejections"), for those
        the library has (each id is one record's: a bundle giving an id to a record of another kind is refused)."""
        out: dict[str, str] = {}
        for table in ("annotations", "entities", "documents", "rejections"):
            for chunk in chunks(sorted(set(ids)), 500):
                marks = ",".join("?" * len(chunk))
                for (record_id,) in self._conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk):
                    out.setdefault(str(record_id), table)
        return out

    def revision_graphs(self, ids: list[str]) -> dict[str, dict[str, list[str]]]:
        """Per record: every version this library has seen, rev -> parents."""
        out: dict[str, dict[str, list[str]]] = {}
        for chunk in chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for record_id, rev, parents in self._conn.execute(
                    f"SELECT record_id, rev, parents FROM revisions WHERE record_id IN ({marks})", chunk):
                out.setdefault(record_id, {})[rev] = json.loads(parents)
        return out

    def revision_hashes(self, ids: list[str]) -> dict[str, dict[str, str]]:
        """Per record: rev -> short hash of what that version says (where known)."""
        return {record_id: {rev: content[:16] for rev, content in said.items()}
                for record_id, said in self.revision_content(ids).items()}

    def revision_content(self, ids: list[str]) -> dict[str, dict[str, str]]:
        """Per record: rev -> what is stored of what that version says (a full content hash, or the 16-digit short
        hash of a version stored before format 4). A full hash (64 digits) lets a receiver check the version's
        parents; an export reads both kinds in this one query."""
        out: dict[str, dict[str, str]] = {}
        for chunk in chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for record_id, rev, content in self._conn.execute(
                    f"SELECT record_id, rev, content FROM revisions WHERE record_id IN ({marks}) AND content != ''",
                    chunk):
                out.setdefault(record_id, {})[rev] = content
        return out

    def record_versions(self, record_id: str, revs: list[str]) -> dict[str, dict[str, Any]]:
        """Of these versions of one annotation or entity, those whose content this library kept: rev -> its record
        as a dict (see `remember_version`)."""
        out: dict[str, dict[str, Any]] = {}
        for chunk in chunks(sorted(set(revs)), 500):
            marks = ",".join("?" * len(chunk))
            for rev, content in self._conn.execute(
                    f"SELECT rev, content FROM annotation_versions WHERE record_id = ? AND rev IN ({marks})",
                    [record_id, *chunk]):
                out[rev] = json.loads(content)
        return out

    def document_versions(self, ids: list[str]) -> dict[str, dict[str, dict[str, Any]]]:
        """Per document: rev -> what that version's properties say, for the versions we know it of."""
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for chunk in chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for record_id, rev, content in self._conn.execute(
                    f"SELECT record_id, rev, content FROM document_versions WHERE record_id IN ({marks})", chunk):
                out.setdefault(record_id, {})[rev] = json.loads(content)
        return out

    def withheld(self, ids: list[str]) -> dict[str, str]:
        """Those of `ids` whose note was hidden from this library -> the version whose note we lack."""
        return self._withheld_rows(ids, edited=False)

    def blind_notes(self, ids: list[str]) -> dict[str, str]:
        """Those of `ids` whose note we wrote without having seen the note of version `base`."""
        return self._withheld_rows(ids, edited=True)

    def _withheld_rows(self, ids: list[str], edited: bool) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            out.update((r[0], r[1]) for r in self._conn.execute(
                f"SELECT record_id, base FROM withheld WHERE record_id IN ({marks}) AND edited = ?",
                [*chunk, int(edited)]))
        return out

    def taken_on_trust(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """Those of `ids` that still stand on a version taken on trust (its note withheld from us, so that
        nothing here could check the rest) -> what that version said, as we stored it."""
        out: dict[str, dict[str, Any]] = {}
        for chunk in chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            out.update((r[0], json.loads(r[1])) for r in self._conn.execute(
                f"SELECT record_id, said FROM withheld WHERE record_id IN ({marks}) AND said != ''", chunk))
        return out

    def import_ids(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT id FROM imports")}

    def exchange_bases(self, ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            out.update(self._conn.execute(
                f"SELECT record_id, content_hash FROM exchange WHERE record_id IN ({marks})", chunk).fetchall())
        return out

    def withdrawn_settlements(self) -> dict[str, set[str]]:
        """Annotation id -> the settlements undone on it (`annotations.withdrawn_settlements`)."""
        return withdrawn_settlements.parse({str(k): str(v) for k, v in self._conn.execute(
            "SELECT key, value FROM meta WHERE key LIKE ?", (withdrawn_settlements.PREFIX + "%",))})

    def conflicts(self, resolved: bool = False) -> list[tuple[str, str, dict[str, Any], str]]:
        """(conflict id, annotation id, the other side's annotation dict, source) for open conflicts — not
        those on an annotation an undone import made us forget (we no longer hold a version to weigh)."""
        rows = self._conn.execute(
            "SELECT c.id, c.annotation_id, c.incoming, c.source FROM conflicts c JOIN annotations a"
            " ON a.id = c.annotation_id WHERE c.resolved = ? AND a.rev != ? ORDER BY c.created",
            (int(resolved), FORGOTTEN)).fetchall()
        return [(cid, aid, json.loads(incoming), source) for cid, aid, incoming, source in rows]

    def imports(self) -> list[dict[str, Any]]:
        rows = self._conn.execute("SELECT id, bundle_creator, bundle_created, imported, counts FROM imports"
                                  " ORDER BY imported").fetchall()
        return [{"id": i, "creator": c, "exported": e, "imported": t, "counts": json.loads(n)} for i, c, e, t, n in rows]

    def provenance_by_ids(self, ids: list[str]) -> dict[str, str]:
        """Annotation id -> "who exported it, when it was imported" for imported annotations."""
        out: dict[str, str] = {}
        for chunk in chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for aid, creator, imported in self._conn.execute(
                    "SELECT p.annotation_id, i.bundle_creator, i.imported FROM provenance p JOIN imports i"
                    f" ON i.id = p.import_id WHERE p.annotation_id IN ({marks})", chunk):
                out[aid] = f"{creator} {imported[:10]}"
        return out

    def imported_from(self, ids: list[str]) -> dict[str, str]:
        """Annotation id -> the creator of the bundle it was imported from, for imported annotations."""
        out: dict[str, str] = {}
        for chunk in chunks(sorted(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            for aid, creator in self._conn.execute(
                    "SELECT p.annotation_id, i.bundle_creator FROM provenance p JOIN imports i"
                    f" ON i.id = p.import_id WHERE p.annotation_id IN ({marks})", chunk):
                out[aid] = creator or ""
        return out

    def provenance(self, annotation_id: str) -> dict[str, str] | None:
        row = self._conn.execute(
            "SELECT i.bundle_creator, i.bundle_created, i.imported FROM provenance p JOIN imports i"
            " ON i.id = p.import_id WHERE p.annotation_id = ?", (annotation_id,)).fetchone()
        return {"exported_by": row[0], "exported": row[1], "imported": row[2]} if row else None
