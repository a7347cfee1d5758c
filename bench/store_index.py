"""Store + index benchmark: a library of 100,000 annotations over 1,000 documents.

Data: each annotation sits on a generated sentence naming one of 400 people; sentence words are drawn
from a 3,000-word Zipf vocabulary (the topical words queried below are spread through its ranks), so
posting lists have realistic lengths: a topical word is in hundreds to thousands of annotations.

Prints: bulk index time; single-annotation add (store + index) latency p50/p95; search latency p50/p95
for a fixed query mix, with the same queries on SQLite FTS5 over the same data, side by side as a ratio.
Usage: python bench/store_index.py [--docs 1000] [--per-doc 100] [--adds 200] [--rounds 15] [--keep DIR]
       python bench/store_index.py --library /work/bench-lib-1m/library   (a bench/gen_library.py library:
       full rebuild with progress, search with snippets and with facets beside FTS5, adds, peak memory)
Nothing here runs in `make test`. Deterministic data (seeded); timings are wall-clock on this machine.
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotations.anchoring import make_target  # noqa: E402
from annotations.ids import new_id, now_iso  # noqa: E402
from annotations.library import AnnotationInput, Library  # noqa: E402
from annotations.model import (  # noqa: E402
    Annotation, ClaimFields, ClaimStatus, DocumentRecord, Entity, Kind,
)

FIRST = ["Maria", "Tomas", "Helena", "Jonas", "Sofia", "Karl", "Ines", "Piotr", "Amara", "Anil", "Claire", "Marta",
         "Ravi", "Giorgia", "Keir", "Olaf", "Lena", "Nadia", "Yusuf", "Elena"]
LAST = ["Zakharova", "Ek", "Brandt", "Albrecht", "Rautio", "Hedlund", "Varga", "Zielinski", "Osei", "Mehta",
        "Dubois", "Lindqvist", "Menon", "Meloni", "Starmer", "Scholz", "Berg", "Haddad", "Demir", "Petrova"]
ORGS = ["Nordgrid", "Ostkraft", "Northern Water Authority", "European Investment Bank", "Danish Refugee Council",
        "Marine Institute", "Regional Audit Office", "International Energy Agency", "Alder Fishing Cooperative"]
PLACES = ["Kessling", "Port Alder", "Vesterby", "Oslo", "Kyiv", "Paris", "Moscow", "Brenna", "Holt", "Riga"]
WORDS = ("government minister said talks peace plan force deployment ceasefire summit council barrier flood "
         "energy grid winter price budget report study fisheries catch troops security guarantee strike rocket "
         "officials warned accused denied estimated percent million billion election vote inquiry fire repairs "
         "capacity demand shortage evacuation insurance claims residents harbour estuary coalition leaders").split()
TAGS = ["economy", "security", "energy", "casualties", "diplomacy", "fisheries", "funding", "health"]
QUERIES = [
    "type:person", "status:disputed", "tag:energy", "zakharova", "barrier", 'entity:"Maria Zakharova"',
    "kind:claim AND tag:security", "peace plan", "speaker:brandt", "minister warned", "status:false OR grade:a1",
    "type:org nordgrid",
]


def fts_query(q: str) -> str:
    """The same query in FTS5 syntax (column filters `col:term`, AND/OR/NOT, phrases)."""
    q = q.replace("grade:a1", "grade:A1")
    return q


def vocabulary(rng: random.Random, size: int = 3000) -> tuple[list[str], list[float]]:
    """Pseudo-words with Zipf frequencies (as in real text), the topical WORDS spread through the ranks."""
    syllables = ["ka", "lo", "mi", "ne", "ra", "to", "su", "vi", "de", "gar", "mon", "tel", "bri", "sto", "pal"]
    words = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size * 2)})
    words = words[:size]
    rng.shuffle(words)
    for i, w in enumerate(WORDS):
        words[10 + i * 7] = w
    weights = [1 / (rank + 1) for rank in range(len(words))]
    return words, weights


VOCAB: tuple[list[str], list[float]] = ([], [])


def sentence(rng: random.Random, name: str) -> str:
    words = rng.choices(VOCAB[0], weights=VOCAB[1], k=14)
    return f"{name} {words[0]} {' '.join(words[1:7])} in {rng.choice(PLACES)}, {' '.join(words[7:])}."


def build(folder: Path, docs: int, per_doc: int, seed: int = 7) -> tuple[Library, list[tuple[str, str, dict]]]:
    """Write documents, entities and annotations straight into the store (one transaction per document),
    as a large library would hold them; the index is built separately (that is the bulk index time)."""
    rng = random.Random(seed)
    VOCAB[0][:], VOCAB[1][:] = vocabulary(rng)
    people = [Entity(new_id(), f"{f} {l}", "PERSON", aliases=(l,), created=now_iso(), modified=now_iso())
              for f in FIRST for l in LAST]
    orgs = [Entity(new_id(), o, "ORG", created=now_iso(), modified=now_iso()) for o in ORGS]
    places = [Entity(new_id(), p, "PLACE", created=now_iso(), modified=now_iso()) for p in PLACES]
    lib = Library.open(folder)
    with lib.store.transaction("entities", history=False) as tx:
        for e in people + orgs + places:
            tx.put(e)
    rows: list[tuple[str, str, dict]] = []
    for d in range(docs):
        mentions = [rng.choice(people) for _ in range(per_doc)]
        text_parts, spans = [], []
        pos = 0
        for e in mentions:
            s = sentence(rng, e.name)
            spans.append((pos, pos + len(s), e))
            text_parts.append(s)
            pos += len(s) + 1
        text = "\n".join(text_parts)
        doc = DocumentRecord(id=f"{d:064x}", format="txt", title=f"Report {d}: {rng.choice(WORDS)} in "
                             f"{rng.choice(PLACES)}", text=text, published=f"2025-{rng.randint(1, 12):02d}-01",
                             added=now_iso(), modified=now_iso())
        with lib.store.transaction("bulk", history=False) as tx:
            tx.put(doc)
            for i, (start, end, person) in enumerate(spans):
                roll = rng.random()
                now = now_iso()
                tags = tuple(rng.sample(TAGS, rng.randint(0, 2)))
                if roll < 0.5:
                    name_end = start + len(person.name)
                    a = Annotation(new_id(), doc.id, Kind.ENTITY, make_target(text, start, name_end), label="PERSON",
                                   entity_id=person.id, tags=tags, creator="bench", created=now, modified=now)
                elif roll < 0.8:
                    claim = ClaimFields(speaker_id=person.id, claim_type=rng.choice(["quote", "statistic"]),
                                        status=rng.choice(list(ClaimStatus)), reliability=rng.choice("ABCDEF"),
                                        credibility=rng.randint(1, 6))
                    a = Annotation(new_id(), doc.id, Kind.CLAIM, make_target(text, start, end), label=claim.claim_type,
                                   claim=claim, tags=tags, creator="bench", created=now, modified=now)
                else:
                    a = Annotation(new_id(), doc.id, Kind.HIGHLIGHT, make_target(text, start, end), tags=tags,
                                   note=" ".join(rng.sample(WORDS, 5)), creator="bench", created=now, modified=now)
                tx.put(a)
                fields = {"quote": a.target.exact, "note": a.note, "kind": a.kind.value, "type": a.label or "",
                          "tag": " ".join(a.tags), "title": doc.title,
                          "entity": " ; ".join(person.names()) if a.kind is Kind.ENTITY else "",
                          "speaker": " ; ".join(person.names()) if a.kind is Kind.CLAIM else "",
                          "status": a.claim.status.value if a.claim else "",
                          "grade": a.claim.grading if a.claim else ""}
                rows.append((a.id, doc.id, fields))
        if d % 100 == 99:
            print(f"  stored {d + 1} documents, {len(rows):,} annotations", file=sys.stderr)
    return lib, rows


def build_fts(path: Path, rows: list[tuple[str, str, dict]]) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    cols = ["quote", "note", "kind", "type", "tag", "title", "entity", "speaker", "status", "grade"]
    conn.execute(f"CREATE VIRTUAL TABLE ann USING fts5(id UNINDEXED, document UNINDEXED, {', '.join(cols)},"
                 " tokenize='porter unicode61')")
    conn.executemany(f"INSERT INTO ann VALUES (?, ?, {', '.join('?' * len(cols))})",
                     [(i, d, *(f[c] for c in cols)) for i, d, f in rows])
    conn.commit()
    return conn


LIBRARY_QUERIES = [
    "type:person", "status:disputed", "tag:energy", "zakharova", "barrier", 'entity:"Maria Zakharova"',
    "kind:claim AND tag:security", "peace plan", "speaker:brandt", "minister warned", "status:false OR grade:a1",
    "type:org authority",
]
"""The query mix on a generated library (bench/gen_library.py): the same shapes as QUERIES, its names."""

FTS_FROM_STORE = """
SELECT a.id, a.document_id, a.exact, a.note, a.kind,
       coalesce(json_extract(a.claim, '$.claim_type'), a.label, ''),
       replace(replace(replace(a.tags, '[', ''), ']', ''), '"', ''), d.title,
       CASE WHEN a.kind = 'entity' THEN coalesce(e.name || ' ' || replace(e.aliases, '"', ''), '') ELSE '' END,
       coalesce(s.name || ' ' || replace(s.aliases, '"', ''), ''),
       coalesce(json_extract(a.claim, '$.status'), ''),
       coalesce(json_extract(a.claim, '$.reliability') || json_extract(a.claim, '$.credibility'), '')
FROM annotations a JOIN documents d ON d.id = a.document_id
LEFT JOIN entities e ON e.id = a.entity_id LEFT JOIN entities s ON s.id = a.speaker_id
WHERE a.deleted = 0 AND d.deleted = 0"""


def build_fts_from_store(store_path: Path, path: Path) -> sqlite3.Connection:
    """FTS5 over the same annotations and fields, filled from the library's SQLite store in one statement."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    cols = ["quote", "note", "kind", "type", "tag", "title", "entity", "speaker", "status", "grade"]
    conn.execute(f"CREATE VIRTUAL TABLE ann USING fts5(id UNINDEXED, document UNINDEXED, {', '.join(cols)},"
                 " tokenize='porter unicode61')")
    conn.execute("ATTACH DATABASE ? AS lib", (f"file:{store_path}?mode=ro",))
    select = FTS_FROM_STORE
    for table in ("annotations", "documents", "entities"):
        select = select.replace(f" {table} ", f" lib.{table} ")
    conn.execute(f"INSERT INTO ann SELECT * FROM ({select})")
    conn.commit()
    return conn


def measure_library(folder: Path, rounds: int, adds: int, rebuild: bool) -> None:
    """The figures of issue 17 on a library made by bench/gen_library.py: full rebuild (with its progress
    reports), search p50/p95 for the query mix with snippets, and again with facets, beside FTS5 on the
    same queries (facets as GROUP BY); single add p50/p95; peak memory. Writes bench/out/store_index_lib.json."""
    import resource
    import os

    from annotations.index import SearchIndex
    from annotations.store import Store

    t0 = time.perf_counter()
    if rebuild:  # Library.open minus the index check: a lagging index would first catch up edit by edit
        store = Store.open(folder / "library.sqlite3")
        lib = Library(folder, store, SearchIndex(folder / "index", store))
    else:
        lib = Library.open(folder)
    open_s = time.perf_counter() - t0
    n_annotations, n_docs = lib.store.count_searchable()
    print(f"opened {folder}: {n_annotations:,} annotations, {n_docs:,} documents in {open_s:.1f} s "
          f"(load {os.getloadavg()[0]:.1f})", file=sys.stderr, flush=True)
    report: dict[str, object] = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": f"{platform.machine()}, "
        f"{platform.python_version()}", "library": str(folder), "annotations": n_annotations, "documents": n_docs,
        "entities": len(lib.store.entities()), "open_s": round(open_s, 1), "load_before": os.getloadavg()[0]}
    if rebuild:
        ticks: list[tuple[float, int]] = []
        t0 = time.perf_counter()

        def progress(done: int, total: int) -> None:
            ticks.append((time.perf_counter() - t0, done))
            if len(ticks) % 25 == 0:
                print(f"  rebuild {done:,}/{total:,} in {ticks[-1][0]:.0f} s ({done / max(0.1, ticks[-1][0]):.0f}/s)",
                      file=sys.stderr, flush=True)

        indexed = lib.reindex(progress)
        report["rebuild_s"] = round(time.perf_counter() - t0, 1)
        report["rebuild_per_s"] = round(indexed / report["rebuild_s"])  # type: ignore[operator]
        report["rebuild_progress_reports"] = len(ticks)
        report["rebuild_max_gap_s"] = round(max(b[0] - a[0] for a, b in zip(ticks, ticks[1:])), 2) if ticks else None
        report["load_after_rebuild"] = os.getloadavg()[0]
        print(f"rebuild {indexed:,} in {report['rebuild_s']} s", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    fts = build_fts_from_store(folder / "library.sqlite3", folder.parent / "fts5-bench.sqlite3")
    report["fts5_build_s"] = round(time.perf_counter() - t0, 1)
    for label, facets in (("", False), ("facets_", True)):
        ours: list[float] = []
        cpu: list[float] = []
        theirs: list[float] = []
        per_query: dict[str, list[float]] = {}
        for _ in range(rounds):
            for q in LIBRARY_QUERIES:
                t0, c0 = time.perf_counter(), time.thread_time()
                result = lib.search(q, limit=20, facets=facets)
                ms = (time.perf_counter() - t0) * 1000
                cpu.append((time.thread_time() - c0) * 1000)
                ours.append(ms)
                per_query.setdefault(q, []).append(ms)
                t0 = time.perf_counter()
                fts.execute("SELECT id, snippet(ann, 2, '<b>', '</b>', '…', 12) FROM ann WHERE ann MATCH ?"
                            " ORDER BY rank LIMIT 20", (fts_query(q),)).fetchall()
                if facets:
                    for col in ("kind", "type", "status", "tag", "document"):
                        fts.execute(f"SELECT {col}, count(*) FROM ann WHERE ann MATCH ? GROUP BY {col}",
                                    (fts_query(q),)).fetchall()
                theirs.append((time.perf_counter() - t0) * 1000)
        report[f"search_{label}p50_ms"] = round(percentile(ours, 50), 1)
        report[f"search_{label}p95_ms"] = round(percentile(ours, 95), 1)
        report[f"search_{label}cpu_p50_ms"] = round(percentile(cpu, 50), 1)  # this thread's CPU time: what a
        report[f"search_{label}cpu_p95_ms"] = round(percentile(cpu, 95), 1)  # quiet machine's wall time would be
        report[f"fts5_{label}p50_ms"] = round(percentile(theirs, 50), 1)
        report[f"fts5_{label}p95_ms"] = round(percentile(theirs, 95), 1)
        report[f"per_query_{label}p50_ms"] = {q: round(statistics.median(v), 1) for q, v in per_query.items()}
        print(f"search {label or 'plain '}p50/p95 {report[f'search_{label}p50_ms']} / {report[f'search_{label}p95_ms']}"
              f" ms; FTS5 {report[f'fts5_{label}p50_ms']} / {report[f'fts5_{label}p95_ms']} ms", file=sys.stderr)
    rng = random.Random(1)
    docs = lib.store.documents()
    times = []
    add_cpu = []
    for _ in range(adds):
        doc = lib.document(rng.choice(docs).id)
        start = rng.randrange(0, len(doc.text) - 40)
        while doc.text[start].isspace():
            start += 1
        t0, c0 = time.perf_counter(), time.thread_time()
        lib.annotate(doc.id, AnnotationInput(Kind.HIGHLIGHT, start, start + 25, tags=("bench",)), creator="bench")
        times.append((time.perf_counter() - t0) * 1000)
        add_cpu.append((time.thread_time() - c0) * 1000)
    report["single_add_cpu_p50_ms"] = round(percentile(add_cpu, 50), 1)
    report["single_add_cpu_p95_ms"] = round(percentile(add_cpu, 95), 1)
    report["single_add_p50_ms"] = round(percentile(times, 50), 1)
    report["single_add_p95_ms"] = round(percentile(times, 95), 1)
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    report["load_after"] = os.getloadavg()[0]
    lib.close()
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    name = "store_index_1m.json" if n_annotations >= 900_000 else "store_index_lib.json"
    if not rebuild and (out / name).exists():  # keep the last rebuild's figures, with their date and load
        before = json.loads((out / name).read_text())
        kept = {k: v for k, v in before.items() if k.startswith("rebuild") or k == "load_after_rebuild"}
        if kept:
            report.update(kept, rebuild_date=before.get("rebuild_date", before.get("date")),
                          rebuild_load=before.get("rebuild_load", before.get("load_before")))
    (out / name).write_text(json.dumps(report, indent=1))
    print(json.dumps(report, indent=1))


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--per-doc", type=int, default=100)
    ap.add_argument("--adds", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--keep", type=Path, help="build the library here and keep it")
    ap.add_argument("--library", type=Path, help="measure a library made by bench/gen_library.py instead "
                    "(its `library` folder), e.g. /work/bench-lib-1m/library")
    ap.add_argument("--no-rebuild", action="store_true", help="with --library: measure the index as it is")
    args = ap.parse_args()
    if args.library:
        measure_library(args.library, args.rounds, args.adds, rebuild=not args.no_rebuild)
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="dossier-bench-"))
    print(f"building {args.docs} documents x {args.per_doc} annotations in {folder}", file=sys.stderr)
    t0 = time.perf_counter()
    lib, rows = build(folder / "library", args.docs, args.per_doc)
    store_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    indexed = lib.reindex(lambda done, total: None)
    bulk_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    fts = build_fts(folder / "fts5.sqlite3", rows)
    fts_build_s = time.perf_counter() - t0

    rng = random.Random(1)
    docs = lib.store.documents()
    adds = []
    for _ in range(args.adds):
        doc = lib.document(rng.choice(docs).id)
        start = rng.randrange(0, len(doc.text) - 40)
        while doc.text[start].isspace():
            start += 1
        t0 = time.perf_counter()
        lib.annotate(doc.id, AnnotationInput(Kind.HIGHLIGHT, start, start + 25, tags=("bench",)), creator="bench")
        adds.append((time.perf_counter() - t0) * 1000)

    whoosh_ms: dict[str, list[float]] = {q: [] for q in QUERIES}
    fts_ms: dict[str, list[float]] = {q: [] for q in QUERIES}
    totals: dict[str, tuple[int, int]] = {}
    for _ in range(args.rounds):
        for q in QUERIES:
            t0 = time.perf_counter()
            result = lib.search(q, limit=20)
            whoosh_ms[q].append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            fts_rows = fts.execute("SELECT id, snippet(ann, 2, '<b>', '</b>', '…', 12) FROM ann WHERE ann MATCH ?"
                                   " ORDER BY rank LIMIT 20", (fts_query(q),)).fetchall()
            fts_ms[q].append((time.perf_counter() - t0) * 1000)
            totals[q] = (result.total, len(fts_rows))
    all_w = [v for vs in whoosh_ms.values() for v in vs]
    all_f = [v for vs in fts_ms.values() for v in vs]
    report = {
        "date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {platform.python_version()}",
        "documents": args.docs, "annotations": len(rows), "index_items": indexed,
        "store_fill_s": round(store_s, 1), "bulk_index_s": round(bulk_s, 1), "fts5_build_s": round(fts_build_s, 1),
        "single_add_p50_ms": round(percentile(adds, 50), 1), "single_add_p95_ms": round(percentile(adds, 95), 1),
        "search_p50_ms": round(percentile(all_w, 50), 1), "search_p95_ms": round(percentile(all_w, 95), 1),
        "fts5_p50_ms": round(percentile(all_f, 50), 2), "fts5_p95_ms": round(percentile(all_f, 95), 2),
    }
    report["p95_ratio_whoosh_over_fts5"] = round(report["search_p95_ms"] / max(0.01, report["fts5_p95_ms"]), 1)
    print(f"\nDossier store + index benchmark — {report['date']}, {report['machine']}, "
          f"{report['documents']:,} documents, {report['annotations']:,} annotations")
    print(f"{'measure':<44}{'Dossier (Whoosh)':>18}{'SQLite FTS5':>14}{'ratio':>8}")
    print(f"{'bulk index (s)':<44}{bulk_s:>18.1f}{fts_build_s:>14.1f}{bulk_s / fts_build_s:>8.1f}")
    print(f"{'single add, store+index p50 / p95 (ms)':<44}{report['single_add_p50_ms']:>9} / {report['single_add_p95_ms']:<6}")
    print(f"{'search p50 (ms)':<44}{report['search_p50_ms']:>18}{report['fts5_p50_ms']:>14}"
          f"{report['search_p50_ms'] / max(0.01, report['fts5_p50_ms']):>8.1f}")
    print(f"{'search p95 (ms)':<44}{report['search_p95_ms']:>18}{report['fts5_p95_ms']:>14}"
          f"{report['p95_ratio_whoosh_over_fts5']:>8.1f}")
    print("\nper query (p50 ms Whoosh / FTS5, hits Whoosh / FTS5-top-20):")
    for q in QUERIES:
        print(f"  {q:<32} {statistics.median(whoosh_ms[q]):>7.1f} / {statistics.median(fts_ms[q]):<7.2f}"
              f" {totals[q][0]:>7,} / {totals[q][1]}")
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "store_index.json").write_text(json.dumps(report, indent=1))
    lib.close()


if __name__ == "__main__":
    main()
