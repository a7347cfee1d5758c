"""The library store: SQLite in WAL mode with synchronous=FULL — the source of truth.

With its parts (`store_records` reads records, `store_transaction` writes them, `store_exchange` keeps what
was exchanged, `store_listing` reads the long lists, `store_rows` maps rows) the only code that speaks SQL
to the library. This module opens, migrates and backs up the database and runs transactions. Every mutation runs in one `BEGIN IMMEDIATE` transaction that also
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
from pathlib import Path
from typing import Any

from annotations.changes import Changes
from annotations.codebook import Codebook, default_codebook, parse_codebook
from annotations.errors import DamagedStoreError, EmptiedStoreError, StoreError
from annotations.ids import new_id, now_iso
from annotations.schema import SCHEMA_VERSION, migrate
from annotations.store_damage import GuardedConnection, backups, backups_sentence
from annotations.store_exchange import ExchangeReads
from annotations.store_listing import ListingReads
from annotations.store_records import RecordReads
from annotations.store_transaction import Transaction

BUSY_TIMEOUT_MS = 30_000
QUICK_CHECK_BYTES = 64 * 1024 * 1024
"""A store up to this size is checked page by page (`PRAGMA quick_check`) when it opens for writing, so no
edit goes into a damaged database. It reads every page: 245 MB (100,000 annotations) took 0.3 s of CPU
(0.7-0.9 s wall on a loaded machine), so a 2.4 GB library of 1,000,000 would add seconds to every open.
Larger stores are not checked at open; damage is then met when a statement reads the damaged page
(`store_damage`), and from then on every edit is refused."""


class Store(RecordReads, ExchangeReads, ListingReads):
    """One library's SQLite database. One owner thread per `Store` (sqlite3's default check)."""

    read_only = False
    """Opened from a folder, file or medium that cannot be written: reads work, every edit is refused."""
    read_only_reason = ""
    """Why, when it is not the permissions or the medium (e.g. the disk is full), for the person to read."""

    _conn: GuardedConnection

    def __init__(self, conn: GuardedConnection, path: Path) -> None:
        self._conn = conn
        self.path = path

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, same_as: str | None = None) -> Store:
        """Open (creating if needed, unless `same_as`) the store at `path`, migrating it forward; StoreError if
        unusable. `same_as`: the id of a library already open, for a second connection to it (another thread, the
        job process, a task): a store that is not there, or another library's, means the library folder was moved
        or renamed meanwhile — a new empty library made at the old place, or another put there, took the work that
        followed (outside testers, stop 52)."""
        path = Path(path)
        if same_as is not None and not path.is_file():
            raise StoreError(_moved(path.parent))
        store = cls._open_path(path)
        if same_as is not None and store.library_id != same_as:
            store.close()
            raise StoreError(_moved(path.parent))
        return store

    @classmethod
    def _open_path(cls, path: Path) -> Store:
        _refuse_emptied(path)
        if path.is_file() and not _writable(path):
            return cls._open_read_only(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   factory=GuardedConnection)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"Cannot open the library at {path.parent}: {exc}.") from None
        conn.library_path = path
        conn.text_factory = conn.decode_text
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
            store._check_pages()
            store._upgrade()
        except sqlite3.DatabaseError as exc:
            conn.close()
            if path.is_file() and re.search(r"readonly|read-only|unable to open", str(exc)):
                return cls._open_read_only(path)  # the permission bits said yes, the medium says no
            reason = _cannot_grow(path, exc)
            if path.is_file() and reason:  # not damage: reading still works, writing waits for space
                store = cls._open_read_only(path)
                store.read_only_reason = reason
                return store
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
                                       timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                       factory=GuardedConnection)
            except sqlite3.Error:
                continue
            conn.library_path = path
            conn.text_factory = conn.decode_text
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                conn.execute("SELECT count(*) FROM meta").fetchone()
            except DamagedStoreError:
                conn.close()
                raise
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

    def _check_pages(self) -> None:
        """`PRAGMA quick_check` on a store of at most `QUICK_CHECK_BYTES` (with its WAL): a DamagedStoreError,
        before anything is written, when a page is not sound."""
        try:
            size = self.path.stat().st_size + self.path.with_name(self.path.name + "-wal").stat().st_size
        except FileNotFoundError:
            size = self.path.stat().st_size if self.path.exists() else 0
        if size == 0 or size > QUICK_CHECK_BYTES:
            return
        found = [line.strip() for row in self._conn.execute("PRAGMA quick_check(1)") for line in str(row[0]).splitlines()]
        if found != ["ok"]:
            first = next((line for line in found if not line.startswith("***")), "a page is not sound")
            raise self._conn.mark_damaged(DamagedStoreError(first))

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
            try:
                self._conn.execute("ROLLBACK")
            except StoreError:  # a damaged database: the error that led here is the one to report
                pass

    @property
    def damaged(self) -> str:
        """Why the database is damaged ("" while no damage was met): every edit is refused then."""
        return self._conn.damaged

    # -- transactions --------------------------------------------------------------------------
    @contextmanager
    def transaction(self, label: str, history: bool = True) -> Iterator[Transaction]:
        """One atomic edit. On success: generation+1, an undo entry (if `history`), redo cleared.
        Refused (DamagedStoreError) once damage was met in this database: nothing more is written to it."""
        if self._conn.damaged:
            raise DamagedStoreError(self._conn.damaged)
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(self.read_only_reason or _write_failure(self.path, exc)) from None
        try:
            generation = int(self.meta("generation", "0")) + 1
            tx = Transaction(self._conn, generation)
            yield tx
            tx.flush_withheld()
            filed_only = tx.import_id is not None and not tx.touched and bool(tx.filed_conflicts)
            settings = tx.meta_changed()
            if tx.touched or history is False or filed_only or settings:
                self._conn.execute("UPDATE meta SET value = ? WHERE key = 'generation'", (str(generation),))
            if history and (tx.touched or filed_only or settings):
                entries = [{"table": t, "id": i, "before": b, "after": a,
                            **({"written_blind": True} if t == "annotations" and i in tx.written_blind else {})}
                           for (t, i), (b, a) in tx.touched.items()]
                entries += [{"table": "meta", "id": key, "before": b, "after": a} for key, (b, a) in settings.items()]
                entries += [{"table": "conflicts", "id": c, "before": {"resolved": False}, "after": {"resolved": True}}
                            for c in tx.resolved_conflicts]
                if tx.import_id is None:  # filed by typing over a change: undo closes it (an import's conflicts
                    # go when the import is undone)
                    entries += [{"table": "conflicts", "id": c, "before": {"resolved": True},
                                 "after": {"resolved": False}} for c in tx.filed_conflicts]
                if filed_only:  # nothing else to name the import by: undoing it forgets what it filed
                    entries.append({"table": "imports", "id": tx.import_id})
                if tx.import_id is not None:
                    entries = [{**e, "import_id": tx.import_id} for e in entries]
                self._conn.execute("DELETE FROM history WHERE state = 'undone'")
                self._conn.execute(
                    "INSERT INTO history(label, changes, state, created) VALUES (?, ?, 'done', ?)",
                    (label, json.dumps(entries, ensure_ascii=False), now_iso()),
                )
            if self._conn.damaged:  # met inside this edit (a rotted name read on the way): nothing of it is written —
                raise DamagedStoreError(self._conn.damaged)  # it was, and then said to be refused (stop 56)
            self._conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback()
            raise StoreError(self.read_only_reason or _write_failure(self.path, exc)) from None
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
        with self.transaction("Edit codebook") as tx:
            tx.set_meta("codebook", codebook.to_json())
        return Changes(generation=tx.generation, label="Edit codebook", codebook=True)


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
        step = self.history_step(state)
        return step[1] if step is not None else None

    def history_step(self, state: str) -> tuple[int, str] | None:
        """`history_top`'s number and label (which step it is: two "Add highlight" are two steps)."""
        order = "DESC" if state == "done" else "ASC"
        row = self._conn.execute(
            f"SELECT seq, label FROM history WHERE state = ? ORDER BY seq {order} LIMIT 1", (state,)).fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def history_size(self, state: str) -> int:
        """How large `history_top`'s entry is (bytes of its records as stored; 0 if none): the window undoes
        a large step (an import, thousands of accepted suggestions) off its own thread."""
        order = "DESC" if state == "done" else "ASC"
        row = self._conn.execute(
            f"SELECT length(changes) FROM history WHERE state = ? ORDER BY seq {order} LIMIT 1", (state,)).fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def set_history(self, seq: int, state: str, changes: list[dict[str, Any]]) -> None:
        """Move an entry between the undo and redo stacks (inside a `transaction(history=False)`)."""
        self._conn.execute("UPDATE history SET state = ?, changes = ? WHERE seq = ?",
                           (state, json.dumps(changes, ensure_ascii=False), seq))

    def data_version(self) -> int:
        """SQLite's `data_version`: changes when another connection (window, process) commits."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def integrity_ok(self) -> bool:
        return bool(self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def _moved(folder: Path) -> str:
    return (f"The library is no longer at {folder}: its folder was moved, renamed or deleted while Dossier had it "
            "open (another library may be there now). Nothing was written. Close the window and open the library "
            "where it is now.")


_STORED_COPY = re.compile(r"[0-9a-f]{64}(\.\w+)?")
INDEX_STAMP = "dossier-stamp.json"
"""The index folder's stamp (`annotations.index_folder.STAMP`; named here so the store needs no Whoosh)."""


def library_traces(path: Path) -> list[str]:
    """What in the folder of the store `path` shows a library was there: stored copies (named by their SHA-256),
    an index (its stamp), a WAL with commits, a backup of the store. A `files` or `index` folder of anything else
    is no sign (a user's folder with a `files` subfolder was refused as a library whose store was lost, and an
    empty `files/` made `show` start a library there; an outside tester on the fixes, stop 54)."""
    folder, wal = path.parent, path.with_name(path.name + "-wal")
    stored = folder / "files"
    return [name for name, there in (
        ("files/", stored.is_dir() and any(_STORED_COPY.fullmatch(p.name) for p in stored.iterdir())),
        ("index/", (folder / "index" / INDEX_STAMP).is_file()),
        (wal.name, wal.is_file() and wal.stat().st_size > 0),
        ("a backup", bool(backups(path))),
    ) if there]


def _refuse_emptied(path: Path) -> None:
    """A 0-byte or missing store in a folder that holds a library (stored documents, an index, a backup, a WAL
    with commits) was emptied or deleted — by a sync tool, a crash, a failed copy — not created: SQLite would take
    it for a new database and the library would silently start over empty (and its index be rebuilt empty; even
    `list` did, when the store was deleted: an outside tester, stop 54). Refused, leaving everything as it is. A
    0-byte file alone (a first open killed at once) is a new library still."""
    try:
        if path.stat().st_size != 0:
            return
        missing = False
    except FileNotFoundError:
        missing = True  # a new library, unless the folder holds one: then the store was deleted (below)
    except OSError:
        return
    traces = library_traces(path)
    if traces and missing:
        raise EmptiedStoreError(
            f"The library's database {path} is missing, while the folder still holds the library "
            f"({', '.join(traces)}): it was deleted or moved (by a sync tool, a clean-up or a failed copy). Dossier "
            f"does not start a new library over it; nothing in the folder was changed. {backups_sentence(path)} "
            "To start a new library, choose an empty folder.")
    if traces:
        raise EmptiedStoreError(
            f"The library's database {path} is empty (0 bytes): it was emptied (by a sync tool, a crash or a "
            f"failed copy), while the folder still holds the library ({', '.join(traces)}). Dossier does not start "
            f"a new library over it; nothing in the folder was changed. {backups_sentence(path)}")


NO_ROOM_BYTES = 1 << 20
"""Less free space than this on a disk where SQLite meets an I/O error is a full disk (its WAL and shared-memory
files need a few pages)."""


def _writable(path: Path) -> bool:
    """The library file and its folder can be written: permission bits (which root ignores) and a
    read-only mount (which binds root too)."""
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return False
    try:
        return not os.statvfs(path.parent).f_flag & os.ST_RDONLY
    except (OSError, AttributeError):  # no statvfs (Windows): the permission bits have answered
        return True


def _cannot_grow(path: Path, exc: sqlite3.DatabaseError) -> str:
    """Why a healthy library failed to open for writing, or "" when the error may be damage: SQLite ran out
    of room (SQLITE_FULL) or could not write its side files (an I/O error: a full disk, a size limit)."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_FULL or "full" in str(exc) or (code == sqlite3.SQLITE_IOERR and _no_room(path.parent)):
        return (f"The disk holding {path.parent} is full, so the library is open for reading only. "
                "Free some space and try again.")
    if code == sqlite3.SQLITE_IOERR:
        return (f"Writing to {path.parent} failed (disk I/O error: is the disk full?), so the library is open "
                "for reading only.")
    return ""


def _no_room(folder: Path) -> bool:
    """The disk holding `folder` has (almost) no room left: SQLite, unable to grow its shared-memory file there,
    says "disk I/O error", not "full" (a full tmpfs), and the one fault was said in other words."""
    try:
        stat = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return stat.f_bavail * stat.f_frsize < NO_ROOM_BYTES


def _write_failure(path: Path, exc: sqlite3.OperationalError) -> str:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return f"The library at {path.parent} is read-only; nothing was changed."
    if "full" in text or ("disk I/O" in text and _no_room(path.parent)):
        return f"The disk holding {path.parent} is full; nothing was changed. Free some space and retry."
    if "locked" in text or "busy" in text:
        return "The library is busy in another window or process; nothing was changed. Try again."
    if "disk I/O" in text:
        return f"Writing to {path.parent} failed (disk error); nothing was changed."
    return f"The library could not be written ({text}); nothing was changed."

