"""The child side of the crash test: a scripted annotation session (add documents, annotate, edit notes,
delete, import a bundle) that reports over a pipe what it is about to do ("intent") and, once a call has
returned, the stored state it produced ("ack"). The parent SIGKILLs it at a random point. And an import that
kills itself at a chosen statement inside its write transaction (`import_killed_inside`)."""
from __future__ import annotations

import os
import random
import re
import signal
from multiprocessing.connection import Connection
from pathlib import Path

WORDS = ("council harbour barrier minister union strike grid power plant court ruling border talks port "
         "school meals outbreak vaccine budget overspend estuary herring cooperative engineers governor").split()


def article(rng: random.Random, title: str) -> str:
    sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize() + "."
                 for _ in range(rng.randint(8, 20))]
    return title + "\n\n" + " ".join(sentences) + "\n"


def session(folder: str, seed: int, conn: Connection, bundle: str, inbox: str) -> None:
    os.environ["DOSSIER_IN_PROCESS"] = "1"
    from annotations.library import AnnotationInput
    from annotations.model import Kind
    from reader.services import ReaderService

    service = ReaderService.open(folder, annotator="crash", isolated=False)
    store = service.library.store
    rng = random.Random(seed)
    docs = [d.id for d in service.documents()]
    live = [a.id for d in docs for a in service.annotations(d)]

    def state(ids: list[str]) -> list[tuple[str, str, bool]]:
        return [(a.id, a.note, a.deleted) for a in (store.annotation(i) for i in ids) if a is not None]

    step = 0
    while True:
        step += 1
        op = rng.choices(("add", "annotate", "edit", "delete", "import"), weights=(1, 6, 5, 2, 1))[0]
        if op == "add" or not docs:
            path = Path(inbox) / f"article-{seed}-{step}.txt"
            path.write_text(article(rng, f"Article {seed}-{step}"), encoding="utf-8")
            conn.send(("intent", "add", None, None))
            record = service.add_file(path).record
            assert record is not None
            docs.append(record.id)
            conn.send(("doc", record.id))
        elif op == "annotate":
            doc = rng.choice(docs)
            text = service.document(doc).text
            start = rng.randrange(0, max(1, len(text) - 20))
            start = text.find(" ", start) + 1
            end = text.find(" ", start)
            if end <= start:
                continue
            conn.send(("intent", "annotate", None, None))
            annotation, _ = service.annotate(doc, AnnotationInput(Kind.ENTITY, start, end, label="PERSON"))
            live.append(annotation.id)
            conn.send(("ack", state([annotation.id])))
        elif op in ("edit", "delete") and live:
            target = rng.choice(live)
            before = store.annotation(target)
            assert before is not None
            if op == "edit":
                note = f"crashnote{seed}q{step}"
                conn.send(("intent", "edit", target, (note, False)))
                service.edit_annotation(target, note=note)
            else:
                conn.send(("intent", "delete", target, (before.note, True)))
                service.delete_annotation(target)
                live.remove(target)
            conn.send(("ack", state([target])))
        elif op == "import":
            conn.send(("intent", "import", None, None))
            service.import_file(bundle)
            from annotations.bundle import read_bundle
            ids = [a.id for a in read_bundle(Path(bundle).read_bytes()).annotations]
            live.extend(i for i in ids if i not in live and (a := store.annotation(i)) is not None and not a.deleted)
            docs = [d.id for d in service.documents()]
            conn.send(("ack", state(ids)))


def _written(sql: str) -> str | None:
    """The table a statement writes ("COMMIT" for a commit), None for a read or a BEGIN."""
    if sql.lstrip().upper().startswith("COMMIT"):
        return "COMMIT"
    found = re.match(r"\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)", sql, re.I)
    return found.group(1).lower() if found else None


def import_killed_inside(folder: str, conn: Connection, bundle: str, kill_at: tuple[str, int] | None) -> None:
    """Import `bundle` and SIGKILL this process from inside the import's write transaction: just before the
    `kill_at[1]`-th statement that writes table `kill_at[0]` ("COMMIT": the n-th commit) runs, as SQLite's
    trace callback on the store's connection sees it. Before dying it reports ("inside", table, n, whether a
    transaction is open, the WAL's size), so the parent knows where the kill landed. `kill_at=None` lets the
    import finish, acknowledges it and reports how often it wrote each table. The page cache is kept tiny, so
    pages the transaction wrote reach the WAL before its commit and the kill leaves uncommitted frames on disk."""
    os.environ["DOSSIER_IN_PROCESS"] = "1"
    from annotations.bundle import read_bundle
    from reader.services import ReaderService

    service = ReaderService.open(folder, annotator="crash", isolated=False)
    store = service.library.store
    db = store._conn
    db.execute("PRAGMA cache_size = 2")  # pages: dirty ones spill to the WAL before the commit
    wal = Path(folder) / "library.sqlite3-wal"
    seen: dict[str, int] = {}

    def trace(sql: str) -> None:
        table = _written(sql)
        if table is None:
            return
        seen[table] = seen.get(table, 0) + 1
        if kill_at is not None and (table, seen[table]) == kill_at:
            conn.send(("inside", table, seen[table], db.in_transaction, wal.stat().st_size if wal.exists() else 0))
            os.kill(os.getpid(), signal.SIGKILL)
            os._exit(70)  # never reached: SIGKILL cannot be caught

    ids = [a.id for a in read_bundle(Path(bundle).read_bytes()).annotations]
    db.set_trace_callback(trace)
    conn.send(("intent", "import", None, None))
    service.import_file(bundle)
    db.set_trace_callback(None)
    conn.send(("ack", [(a.id, a.note, a.deleted) for a in (store.annotation(i) for i in ids) if a is not None]))
    conn.send(("written", seen))
    service.close()
