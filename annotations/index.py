"""The Whoosh search index: derived data, rebuilt from the store whenever in doubt.

The one entry point to the Whoosh indexes (with `index_write`, which writes edits into them, and
`index_build`, which fills a fresh folder for a rebuild: this module decides when either runs and makes
it safe). Two named indexes share one folder: `annotations` (what most searches look at) and
`documents` (full text), so an annotation search never has to filter out documents. Writes are
serialised by a thread lock and an `flock` on `index.lock` beside the folder (`index_folder.file_lock`, released by
the OS if a process dies), and retried, so a user never sees Whoosh's LockError. Edits' small segments are merged
by a background thread, never in the edit itself.
The folder is stamped with its schema version, the library id and the store generation it has caught
up to; on open a missing, foreign, stale-schema, future or damaged index is rebuilt, and a lagging one
catches up from `Store.changed_since`.
"""
from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from annotations import search as search_mod
from annotations.atomic import write_bytes_atomic
from annotations.errors import IndexBusyError, SearchIndexError, StoreError
from annotations.index_build import Progress, build_into
from annotations import index_write
from annotations.index_folder import (NAMES, file_lock, probe, read_stamp, stamp_problem, sweep, unwritable,
                                      write_stamp)
from annotations.index_write import UidLookup, merge_small, open_writer, small_segments, write_changes
from annotations.store import Store

STORE_NAME = "library.sqlite3"
"""The library's database, beside the index folder (`Library.open`)."""
log = logging.getLogger(__name__)
PROGRESS = "dossier-progress.json"
"""Written into a rebuild's folder as it goes: any process can show how far it is (`rebuild_progress`)."""
LOCK_SECONDS = 30.0
REBUILD_WHEN_BEHIND = 20_000
"""An index this many annotations behind the store when it opens (bundles imported while it was busy, a
library copied without its index up to date) is rebuilt rather than caught up: catching up updates
items one by one (~150/s on a loaded 2-core machine), a rebuild writes sorted segments."""
OPEN_LOCK_SECONDS = 5.0
"""How long opening waits for another process's index write before opening the index as it is, unchecked."""
RETRY_SECONDS = 10.0
"""An index that cannot be written is tried again at most this often (on an edit, a search or the app's
poll): one attempt each time, never a loop of retries."""


class SearchIndex:
    """The index of one library. Safe to share across threads only through its internal lock."""

    def __init__(self, folder: Path, store: Store) -> None:
        self.folder = Path(folder)
        self.store = store
        self._lock_path = self.folder.parent / f"{self.folder.name}.lock"
        self._thread_lock = threading.RLock()
        self._ix: dict[str, Any] = {}
        self._searchers: dict[str, Any] = {}
        self._uids = UidLookup()
        self.messages: list[str] = []
        self.lock_seconds = LOCK_SECONDS
        """How long an edit waits for another process's index write before deferring its own."""
        self.unavailable: str | None = None
        """Why the index cannot be written now (read-only folder, full disk), or None. The store keeps every
        edit meanwhile; the index catches up from it once it can be written again."""
        self.retry_seconds = RETRY_SECONDS
        self._retry_at = 0.0
        self._merger: threading.Thread | None = None
        """The thread merging edits' small segments, while it runs (`_merge_in_background`)."""
        self._deferred = False
        """An edit's index update was put off while a merge ran: the next search catches up first."""
        self.busy_at_open = False
        """Another process held the index when it opened: it was opened as it was, unchecked, and edits wait for
        the lock a moment only (the other may hold it for minutes: a rebuild), until one catch-up got through."""

    # -- opening and repair ------------------------------------------------------------------------
    def open(self, progress: Progress | None = None) -> list[str]:
        """Open, check and repair. Returns the user-readable repair messages (empty when all was well).
        An index that cannot be written does not stop the library opening: it is marked unavailable."""
        try:
            if self.rebuild_progress() is not None:
                self._open_busy()
            else:
                self._open_checked(progress)
        except IndexBusyError:
            self._open_busy()
        except OSError as exc:
            if not unwritable(exc):
                raise
            self._mark_unwritable(exc)
        return list(self.messages)

    def _open_busy(self) -> None:
        """Another process writes the index (a rebuild, a long catch-up): the library opens on the index as it is,
        unchecked — searches answer from it, edits are stored and caught up with later, the check waits for the
        next open. Waiting for the lock made every command, edits included, fail after 30 s while another process
        rebuilt the index (an outside tester, stop 57)."""
        log.info("the search index is busy in another process: opened as it is, unchecked")
        self.busy_at_open = True
        try:
            self._open_indexes()
        except Exception as exc:  # (none yet, or half swapped: searches say the index is busy)
            log.info("the busy index could not be opened as it is: %r", exc)
            self._close_indexes()

    def _open_checked(self, progress: Progress | None) -> None:
        with self._locked(OPEN_LOCK_SECONDS):
            sweep(self.folder)  # half-built or half-swapped folders a killed process left
            reason = self._problem()
            if reason is None and self._lag() > REBUILD_WHEN_BEHIND:
                reason = "was far behind the library"
            if reason is None:
                try:
                    reason = self._contents_problem()
                except StoreError:  # the library's own database failed: not the index's damage
                    raise
                except Exception as exc:  # a damaged segment shows up only when read
                    if unwritable(exc):
                        raise
                    log.warning("index unreadable: %r", exc)
                    reason = "was damaged"
            if reason is not None:
                self._rebuild_locked(progress)
                if self.store.generation > 0:
                    self.messages.append(
                        f"The search index {reason}; it was rebuilt from the library ({self.contents()}).")

    def _contents_problem(self) -> str | None:
        """Catch up, then compare the index's counts with the library's at the generation caught up to. Another
        process's commit in between made them differ and rebuilt the whole index (6 of 20 `annotate` calls run at
        once did): then the catch-up is repeated, and if the library never stands still, the counts are not
        compared this time."""
        for _ in range(3):
            before = self.store.generation
            self._catch_up_locked()
            generation, counts = self.store.searchable_at()
            if generation == before:
                held = (self._ix["annotations"].doc_count(), self._ix["documents"].doc_count())
                return None if held == counts else "did not match the library"
        log.info("the library was written to throughout the index check; its counts were not compared")
        return None

    def contents(self) -> str:
        """What the index holds, in a person's words: "360 annotations in 60 documents" (the index counts
        documents as items too; "420 items" was a number the person knew nothing of)."""
        with self._thread_lock:
            if not self._ix:
                self._open_indexes()
            annotations, documents = (int(self._ix[name].doc_count()) for name in NAMES)
        return f"{_counted(annotations, 'annotation')} in {_counted(documents, 'document')}"

    def _lag(self) -> int:
        """How many annotations were written since the index last caught up."""
        since = int((read_stamp(self.folder) or {}).get("generation", 0))
        return len(self.store.changed_since(since)["annotations"]) if since < self.store.generation else 0

    def _library_moved(self) -> bool:
        """Whether the library's folder was moved or renamed while open (its database is no longer beside the
        index): then nothing is written — an index rebuilt at the old place made a stray folder there, which search
        then read (an outside tester, stop 52) — and search says why it is unavailable."""
        if (self.folder.parent / STORE_NAME).exists():
            return False
        self.unavailable = ("The library's folder was moved or renamed while it was open: search is unavailable "
                            "(edits are still stored). Close the window and open the library where it is now.")
        return True

    def _mark_unwritable(self, exc: OSError) -> None:
        """Remember that writing failed for want of permission or space; said once in `messages`. A read-only
        library takes no edits, so its message does not promise that they are stored."""
        log.debug("index cannot be written: %r", exc)  # the person reads the note in messages
        first = self.unavailable is None
        if self.store.read_only:
            self.unavailable = (f"The search index cannot be written ({exc.strerror or exc}) and is not up to date "
                                "with this read-only library; search works again once the library is opened "
                                "where it can be written.")
        else:
            why = f"{exc.strerror}: {exc.filename}" if exc.errno == errno.EISDIR and exc.filename else exc.strerror or exc
            self.unavailable = (f"The search index cannot be written ({why}). Edits are still "
                                "stored; search works again once it can be written.")
        self._retry_at = time.monotonic() + self.retry_seconds
        if first:
            self.messages.append(self.unavailable)

    def _problem(self) -> str | None:
        reason = stamp_problem(self.folder, self.store.library_id, self.store.generation)
        if reason is not None:
            return reason
        try:
            self._open_indexes()
            for ix in self._ix.values():
                probe(ix)
        except Exception as exc:
            log.warning("index open failed: %r", exc)
            return "was damaged"
        return None

    def _open_indexes(self) -> None:
        self._close_indexes()
        for name in NAMES:
            self._ix[name] = whoosh_index.open_dir(str(self.folder), indexname=name)

    def _close_indexes(self) -> None:
        self._uids.close()
        searchers = list(self._searchers.values())
        self._searchers.clear()
        for searcher in searchers:
            try:
                searcher.close()
            except Exception as exc:  # (one whose files were deleted under it: closing it again must not stop
                log.info("closing a searcher failed: %r", exc)  # the rebuild that repairs the index)
        for ix in self._ix.values():
            ix.close()
        self._ix.clear()

    def close(self) -> None:
        self.wait_for_merge()
        with self._thread_lock:
            self._close_indexes()

    # -- writing ----------------------------------------------------------------------------------
    @contextmanager
    def _locked(self, seconds: float | None = None) -> Iterator[None]:
        """This thread and no other process writes the index until the block ends. A background merge
        of this index is waited for first (outside the thread lock, which its last step needs)."""
        while True:
            self._thread_lock.acquire()
            merger = self._merger
            if merger is None or merger is threading.current_thread():
                break
            self._thread_lock.release()
            merger.join()
        try:
            with self._file_lock(seconds):
                yield
        finally:
            self._thread_lock.release()

    def _file_lock(self, seconds: float | None = None) -> AbstractContextManager[None]:
        return file_lock(self._lock_path, self.lock_seconds if seconds is None else seconds)

    def catch_up(self) -> bool:
        """Bring the index up to the store's generation. False (and a log line) if it had to wait and gave
        up, or cannot be written (then it is tried again at most every `retry_seconds`): the store is the
        truth, and a later call or the next open catches up. Never raises for an unwritable index."""
        if self._library_moved():
            return False
        if self.unavailable is not None and time.monotonic() < self._retry_at:
            return False
        if self.rebuild_progress() is not None:  # another process rebuilds: its last step catches up our edit
            log.info("index update deferred: the index is being rebuilt by another process")
            return False
        with self._thread_lock:
            if self._merger is not None:  # the next search or edit after it catches up with this edit
                self._deferred = True
                return True
        try:
            try:
                with self._locked(1.0 if self.busy_at_open else None):
                    if not self._ix or self.unavailable is not None:
                        self._open_indexes()
                    self._catch_up_locked()
                self.busy_at_open = False
            except SearchIndexError as exc:
                log.warning("index update deferred: %s", exc)
                return False
            except StoreError:  # reading the library's database failed: rebuilding from it would not help
                raise
            except Exception as exc:
                if unwritable(exc):
                    raise
                log.warning("index damaged during update (%r); rebuilding", exc)
                with self._locked():
                    self._rebuild_locked(None)
                self.messages.append(
                    f"The search index was damaged; it was rebuilt from the library ({self.contents()}).")
        except OSError as exc:
            if not unwritable(exc):
                raise
            self._mark_unwritable(exc)
            return False
        if self.unavailable is not None:
            self.unavailable = None
            self.messages.append("The search index can be written again; it has caught up with every edit.")
        return True

    def _catch_up_locked(self) -> None:
        stamp = read_stamp(self.folder) or {}
        since = int(stamp.get("generation", 0))
        generation = self.store.generation
        self._deferred = False
        if since >= generation:
            return
        write_changes(self._ix, self.store, since, self._uids)
        write_stamp(self.folder, self.store.library_id, generation)
        if self._merger is None and small_segments(self._ix["annotations"]) >= index_write.MERGE_AFTER_SEGMENTS:
            self._merger = threading.Thread(target=self._merge_in_background, name="dossier-index-merge",
                                            daemon=True)
            self._merger.start()

    def _merge_in_background(self) -> None:
        """Merge the small segments edits left (each edit commits its own, unmerged: merging in the edit
        made every 24th add take 0.1-1 s) while the window goes on. Searches meanwhile read the segments
        as they were: the merge's commit leaves the old segments' files in place (`keep_files`) for any
        searchers still open on them; the next edit's commit removes them. Edits meanwhile are stored and
        their index update is deferred to the next search or edit (the store's connection belongs to the
        library's thread, so this one cannot read them). A failed merge changes nothing (the small
        segments stay; the next edit tries again)."""
        try:
            with self._file_lock():
                writer = open_writer(self._ix["annotations"], keep_files=True)
                try:
                    writer.commit(mergetype=merge_small)
                except BaseException:
                    writer.cancel()
                    raise
        except Exception as exc:
            log.warning("index merge failed (%r); the small segments stay until the next try", exc)
        finally:
            with self._thread_lock:
                if self._merger is threading.current_thread():
                    self._merger = None

    def wait_for_merge(self) -> None:
        """Return once no background merge runs (closing the library waits for it)."""
        merger = self._merger
        if merger is not None and merger is not threading.current_thread():
            merger.join()

    def rebuild(self, progress: Progress | None = None) -> int:
        """Rebuild from the store (the `reindex` command). Returns the number of items indexed;
        SearchIndexError if the index cannot be written."""
        try:
            with self._locked(seconds=300):
                count = self._rebuild_locked(progress)
        except OSError as exc:
            if not unwritable(exc):
                raise
            if self.store.read_only and self.unavailable is None and self._lag() == 0:  # (said "not up to date", and
                raise SearchIndexError(  # search was refused from then on; an outside tester on a read-only mount)
                    f"Cannot rebuild: the search index cannot be written ({exc.strerror or exc}); search answers from "
                    "it as it is, which is up to date with this read-only library.") from None
            self._mark_unwritable(exc)
            raise SearchIndexError(f"Cannot rebuild: {self.unavailable}") from None
        self.unavailable = None
        return count

    def _rebuild_locked(self, progress: Progress | None) -> int:
        """Build a fresh index beside the old one, then swap folders, so a crash leaves one or the other."""
        generation = self.store.generation
        if self.folder.is_symlink() or self.folder.exists() and not self.folder.is_dir():
            self.folder.unlink()  # a file or a link where the index folder belongs: in the way, and holds no index
        if self.folder.exists():  # a read-only index stays as it is, said (it was swapped for a new one
            probe = self.folder / ".writable"  # beside it, leaving the old one as undeletable debris)
            write_bytes_atomic(probe, b"", durable=False)
            probe.unlink()
        building = self.folder.with_name(f"{self.folder.name}.building-{os.getpid()}")
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)

        def report(done: int, total: int) -> None:  # to the caller, and to other processes (rebuild_progress)
            write_bytes_atomic(building / PROGRESS, json.dumps({"done": done, "total": total}).encode(), durable=False)
            if progress:
                progress(done, total)

        try:
            total = build_into(building, self.store, report)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        (building / PROGRESS).unlink(missing_ok=True)
        self._close_indexes()
        old = self.folder.with_name(f"{self.folder.name}.old-{os.getpid()}")
        if self.folder.exists():
            os.replace(self.folder, old)
        os.replace(building, self.folder)
        shutil.rmtree(old, ignore_errors=True)
        self._open_indexes()
        write_stamp(self.folder, self.store.library_id, generation)
        self._catch_up_locked()  # edits made by another process while we were building
        if progress:
            progress(total, total)
        return sum(int(ix.doc_count()) for ix in self._ix.values())

    def rebuild_progress(self) -> tuple[int, int] | None:
        """(done, total) of a rebuild another live process is running on this index, None if there is none.
        Meanwhile searches are answered by the old index and edits are stored; an edit's index update is
        deferred at once (not after waiting `lock_seconds` for the lock), since the rebuild's last step
        catches up with every edit made while it ran."""
        for building in self.folder.parent.glob(f"{self.folder.name}.building-*"):
            try:
                pid = int(building.name.rsplit("-", 1)[1])
                if pid == os.getpid():
                    continue
                os.kill(pid, 0)
            except (ValueError, ProcessLookupError):
                continue  # a killed rebuild's leftovers: swept on the next open
            except PermissionError:
                pass  # alive, someone else's
            try:
                data = json.loads((building / PROGRESS).read_text(encoding="utf-8"))
                return int(data["done"]), int(data["total"])
            except (OSError, ValueError, KeyError, TypeError):
                return 0, 0
        return None

    # -- reading ----------------------------------------------------------------------------------
    def _searcher(self, name: str) -> Any:
        """One open searcher per index, refreshed only when that index changed (opening a searcher per
        query costs more than most queries). Not `Searcher.refresh()`: it reuses the old per-segment
        readers, which do not see deletions made since in those segments (an edited annotation was found
        under its old text) and keeps segments a merge removed."""
        with self._thread_lock:
            if not self._ix:
                self._open_indexes()
            searcher = self._searchers.get(name)
            if searcher is not None and not searcher.up_to_date():
                del self._searchers[name]  # (first: if a new one cannot be made, none closed stays cached — the
                searcher.close()  # rebuild closed it again and failed, and search was gone for the session)
                searcher = None
            if searcher is None:
                searcher = self._ix[name].searcher()
            self._searchers[name] = searcher
            return searcher

    def search(self, query: str, limit: int = 20, scope: str = "annotations", facets: bool = False,
               text_for: Callable[[str], str] | None = None) -> search_mod.SearchResult:
        """Run `query` (Whoosh syntax) over annotations, documents' text, or both ("all").
        A damaged index is rebuilt once and the query retried."""
        names = NAMES if scope == "all" else (scope,)
        if any(name not in NAMES for name in names):
            raise ValueError(f"unknown search scope {scope!r}")
        if (self.unavailable is not None or self._library_moved()) and not self.catch_up():
            why = self.unavailable or ""
            raise SearchIndexError(f"Search is unavailable: {why[:1].lower()}{why[1:]}")  # (it said "unavailable" twice)
        if self._deferred:  # edits made while a background merge ran: in before the search (it answered without
            self.wait_for_merge()  # them while the merge went on: 11-17 of 80 annotate-then-search rounds, stop 57)
            self.catch_up()
        for attempt in (1, 2):
            try:
                results = [search_mod.run(self._searcher(name), query, limit=limit, facets=facets,
                                          text_for=text_for) for name in names]
                combined = search_mod.combine(results, limit)
                behind = self._lag()  # (0 at once when caught up: the stamp's generation is the store's)
                return replace(combined, behind=behind) if behind else combined
            except (search_mod.QueryError, StoreError):  # the query's fault, or the database's (snippets)
                raise
            except Exception as exc:
                building = self.rebuild_progress()
                if building is not None:  # (another process builds it: it is not ours to rebuild, nor to wait for)
                    raise SearchIndexError(f"Search is unavailable while another process rebuilds the search index "
                                           f"({building[0]:,} of {building[1]:,} items); edits are stored.") from None
                if attempt == 2:
                    raise SearchIndexError(f"The search index cannot be read ({type(exc).__name__}).") from None
                log.warning("search failed (%r); rebuilding index", exc)
                self.rebuild()  # SearchIndexError if it cannot be written
                self.messages.append(
                    f"The search index was damaged; it was rebuilt from the library ({self.contents()}).")
        raise AssertionError("unreachable")


def _counted(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
