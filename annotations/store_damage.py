"""A damaged library database said in plain words, wherever SQLite first notices the damage.

SQLite finds a scribbled page only when a statement reads it: at open for the schema's pages, in the middle
of `show` for a document's, while listing a long result for a row's overflow page. Every statement of the
store runs on a `GuardedConnection`, whose cursors turn SQLite's "database disk image is malformed" (and
"file is not a database") into a `DamagedStoreError` at whichever step it happens — a DossierError with a
message, never a traceback, and never mistaken by the search index for damage of its own (which it would
"repair" by rebuilding from the damaged store). Once damage has been seen, the connection remembers it and
the store refuses every edit (`Store.transaction`): nothing more is written into a damaged database.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from annotations.errors import DamagedStoreError

DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


def is_damage(exc: BaseException) -> bool:
    """SQLite's own verdict that the file's pages are not a sound database (not: locked, full, read-only)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    return code in DAMAGE_CODES or "malformed" in str(exc) or "not a database" in str(exc)


def backups(path: Path) -> list[Path]:
    """The copies of the store Dossier keeps beside it: one taken before each schema upgrade."""
    return sorted(path.parent.glob(f"{path.stem}.before-v*{path.suffix}"))


def backups_sentence(path: Path) -> str:
    """Where the backups Dossier keeps are, or that there are none."""
    found = backups(path)
    if found:
        return (f"Your backups are in {path.parent}: {', '.join(p.name for p in found)} (a copy taken before "
                f"each upgrade of Dossier); restore one as {path.name}, or restore a backup of your own.")
    return (f"Dossier keeps no other copy in {path.parent} (it copies the database only before an upgrade, as "
            f"{path.stem}.before-v*{path.suffix}): restore {path.name} from a backup of your own.")


def damaged_message(path: Path, detail: str = "") -> str:
    """What happened, that nothing more is written, and where the backups are (or that there are none)."""
    where = backups_sentence(path)
    said = f" ({detail})" if detail else ""
    what = "is damaged or not a Dossier library" if "not a database" in detail else "is damaged"
    return (f"The library's database {path} {what}{said}. Nothing more is written to it: edits are refused. "
            f"{where} The documents in files/ are untouched.")


class GuardedCursor(sqlite3.Cursor):
    """A cursor whose every step turns SQLite's corruption errors into `DamagedStoreError`."""

    def _damaged(self, exc: sqlite3.DatabaseError) -> BaseException:
        conn = self.connection
        if isinstance(conn, GuardedConnection) and is_damage(exc):
            return conn.mark_damaged(exc)
        return exc

    def execute(self, sql: str, parameters: Any = (), /) -> GuardedCursor:
        try:
            super().execute(sql, parameters)
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None
        return self

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> GuardedCursor:
        try:
            super().executemany(sql, seq_of_parameters)
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None
        return self

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None

    def fetchmany(self, size: int | None = None) -> list[Any]:
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from None


class GuardedConnection(sqlite3.Connection):
    """The store's connection (`sqlite3.connect(..., factory=GuardedConnection)`): statements run on
    `GuardedCursor`s; `damaged` holds the message once damage was seen (edits are refused from then on)."""

    library_path: Path | None = None
    damaged: str = ""

    def mark_damaged(self, exc: BaseException | str) -> DamagedStoreError:
        if not self.damaged:
            self.damaged = damaged_message(self.library_path or Path("library.sqlite3"), str(exc))
        return DamagedStoreError(self.damaged)

    def decode_text(self, data: bytes) -> str:
        """The connection's `text_factory`: a stored text, or — when its bytes are no UTF-8 (bit rot inside a cell,
        which SQLite's integrity check cannot see) — the text with "�" where they are, and the database marked
        damaged, so every edit is refused and the reader is told. sqlite3's own decoding raised a bare "Could not
        decode to UTF-8 column 'title'": every command failed with a traceback, and the app died as it started (an
        outside tester, stop 56)."""
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            self.mark_damaged("text stored in it is not valid UTF-8: shown with “�” where it is not")
            return data.decode("utf-8", "replace")

    def cursor(self, factory: Any = GuardedCursor) -> Any:
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = (), /) -> GuardedCursor:
        cursor: GuardedCursor = self.cursor()
        return cursor.execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> GuardedCursor:
        cursor: GuardedCursor = self.cursor()
        return cursor.executemany(sql, parameters)
