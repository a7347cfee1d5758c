"""A team's five-year library, generated reproducibly and imported the way a team builds one: bundles.

Several simulated teammates (`--teammates`, ≥ 3) each read their share of the documents and annotate
them; every teammate's work leaves as `.dossier` bundles (`annotations.bundle.write_bundle`, documents'
text included, as "Export bundle… with documents" makes them), and the library is filled by importing
those bundles one after the other through `Library.import_bundle` — the real path: bundle validation
(`read_bundle`), merge plan, one store transaction per bundle, and the search index catching up after
each import. Entities are shared: a teammate's bundle carries the entities its annotations point at, so
the same entity arrives from several teammates (identical versions: merged as unchanged).

Default size (issue 17): 10,000 documents, 50,000 entities, 1,000,000 annotations, 4 teammates,
bundles of 100 documents (≈ 10,000 annotations). Everything is drawn from one seed: the same arguments
give the same library (ids, texts, timestamps), whatever the machine.

Usage:
  python bench/gen_library.py /work/bench-lib-1m                     # 1,000,000 (long: see README)
  python bench/gen_library.py /tmp/lib-100k --annotations 100000     # 1,000 documents, 5,000 entities
  python bench/gen_library.py DIR --resume                           # go on after an interruption
Writes DIR/library (a Dossier library folder, open it with `make run` / ReaderService.open) and
DIR/gen_library.json (arguments, counts, timings). Progress goes to stderr. Nothing here runs in `make test`.
"""
from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import logging
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotations.anchoring import make_target  # noqa: E402
from annotations.bundle import read_bundle, write_bundle  # noqa: E402
from annotations.codebook import default_codebook  # noqa: E402
from annotations.index import SearchIndex  # noqa: E402
from annotations.library import Library  # noqa: E402
from annotations.model import (  # noqa: E402
    Annotation, ClaimFields, ClaimStatus, DocumentRecord, Entity, Kind,
)
from annotations.store import Store  # noqa: E402

TEAMMATES = ["ana", "ben", "chidi", "dana", "emil", "farah", "goran", "hana"]
FIRST = ["Maria", "Tomas", "Helena", "Jonas", "Sofia", "Karl", "Ines", "Piotr", "Amara", "Anil", "Claire", "Marta",
         "Ravi", "Giorgia", "Keir", "Olaf", "Lena", "Nadia", "Yusuf", "Elena", "Oksana", "Dmytro", "Fatima", "Omar",
         "Lucia", "Mateo", "Ingrid", "Bjorn", "Aisha", "Kwame", "Mei", "Hiro", "Priya", "Arjun", "Zofia", "Leon"]
LAST = ["Zakharova", "Ek", "Brandt", "Albrecht", "Rautio", "Hedlund", "Varga", "Zielinski", "Osei", "Mehta",
        "Dubois", "Lindqvist", "Menon", "Meloni", "Starmer", "Scholz", "Berg", "Haddad", "Demir", "Petrova"]
ORG_HEADS = ["Northern", "Baltic", "National", "Regional", "European", "Coastal", "United", "Central", "Eastern"]
ORG_TAILS = ["Water Authority", "Energy Agency", "Audit Office", "Fishing Cooperative", "Refugee Council",
             "Investment Bank", "Grid Company", "Marine Institute", "Health Board", "Port Authority"]
WORDS = ("government minister said talks peace plan force deployment ceasefire summit council barrier flood "
         "energy grid winter price budget report study fisheries catch troops security guarantee strike rocket "
         "officials warned accused denied estimated percent million billion election vote inquiry fire repairs "
         "capacity demand shortage evacuation insurance claims residents harbour estuary coalition leaders").split()
TAGS = ["economy", "security", "energy", "casualties", "diplomacy", "fisheries", "funding", "health", "follow-up",
        "verify", "background", "timeline"]
SYLLABLES = ["ka", "lo", "mi", "ne", "ra", "to", "su", "vi", "de", "gar", "mon", "tel", "bri", "sto", "pal", "ven",
             "dor", "ish", "ul", "berg"]
EPOCH = 1_580_000_000_000
"""2020-01-26 in Unix milliseconds: the library's five years start here (ids and timestamps are drawn)."""
FIVE_YEARS_MS = 5 * 365 * 86_400_000


class Ids:
    """UUIDv7-shaped ids and ISO timestamps drawn from the seeded generator (`annotations.ids` reads the
    clock and os.urandom, which would make every build different)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def new(self, ms: int) -> str:
        rand = self.rng.getrandbits(74)
        value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | ((rand >> 62) & 0xFFF) << 64 | 0b10 << 62
        return str(uuid.UUID(int=value | (rand & ((1 << 62) - 1))))


def iso(ms: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms / 1000)) + f".{ms % 1000:03d}Z"


def vocabulary(rng: random.Random, size: int = 5000) -> tuple[list[str], list[float]]:
    """Pseudo-words with Zipf frequencies, the topical WORDS spread through the ranks (as in bench/store_index.py)."""
    words = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size * 2)})[:size]
    rng.shuffle(words)
    for i, w in enumerate(WORDS):
        words[10 + i * 7] = w
    return words, [1 / (rank + 1) for rank in range(len(words))]


def make_entities(rng: random.Random, ids: Ids, count: int) -> list[Entity]:
    """`count` entities: 60% people (some with a surname alias), 25% organisations, 15% places; names unique."""
    seen: set[str] = set()
    out: list[Entity] = []
    while len(out) < count:
        roll = rng.random()
        if roll < 0.6:
            last = rng.choice(LAST) if rng.random() < 0.3 else "".join(rng.choice(SYLLABLES) for _ in range(3)).title()
            name, type_, aliases = f"{rng.choice(FIRST)} {last}", "PERSON", (last,) if rng.random() < 0.3 else ()
        elif roll < 0.85:
            core = "".join(rng.choice(SYLLABLES) for _ in range(2)).title()
            name, type_, aliases = f"{rng.choice(ORG_HEADS)} {core} {rng.choice(ORG_TAILS)}", "ORG", ()
        else:
            name, type_, aliases = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title(), "PLACE", ()
        if name in seen:
            continue
        seen.add(name)
        ms = EPOCH + rng.randrange(FIVE_YEARS_MS // 10)
        out.append(Entity(ids.new(ms), name, type_, aliases=aliases, created=iso(ms), modified=iso(ms)))
    return out


def make_document(rng: random.Random, ids: Ids, vocab: tuple[list[str], list[float]], entities: list[Entity],
                  number: int, per_doc: int, creator: str) -> tuple[DocumentRecord, list[Annotation], set[str]]:
    """One article of `per_doc` sentences, each naming an entity, and one annotation per sentence:
    half entity mentions, 30% claims (speaker, status, grading), 20% highlights with a note."""
    cast = rng.sample(entities, min(len(entities), max(3, per_doc // 4)))  # an article names a few dozen
    mentions = [rng.choice(cast) for _ in range(per_doc)]
    parts, spans, pos = [], [], 0
    for e in mentions:
        words = rng.choices(vocab[0], weights=vocab[1], k=14)
        s = f"{e.name} {words[0]} {' '.join(words[1:7])} in {rng.choice(cast).name}, {' '.join(words[7:])}."
        spans.append((pos, pos + len(s), e))
        parts.append(s)
        pos += len(s) + 1
    text = "\n".join(parts)
    day_ms = EPOCH + rng.randrange(FIVE_YEARS_MS)
    doc = DocumentRecord(id=hashlib.sha256(text.encode()).hexdigest(), format="txt",
                         title=f"Report {number}: {rng.choice(WORDS)} in {rng.choice(cast).name}", text=text,
                         published=iso(day_ms)[:10], source_path=f"report-{number}.txt", added=iso(day_ms),
                         modified=iso(day_ms), size=len(text.encode()), language="en")
    annotations: list[Annotation] = []
    used: set[str] = set()
    for start, end, e in spans:
        ms = day_ms + rng.randrange(30 * 86_400_000)
        now = iso(ms)
        tags = tuple(rng.sample(TAGS, rng.choice((0, 0, 1, 1, 2))))
        roll = rng.random()
        if roll < 0.5:
            a = Annotation(ids.new(ms), doc.id, Kind.ENTITY, make_target(text, start, start + len(e.name)),
                           label=e.type, entity_id=e.id, tags=tags, creator=creator, created=now, modified=now)
            used.add(e.id)
        elif roll < 0.8:
            speaker = e if e.type == "PERSON" else None
            claim = ClaimFields(speaker_id=speaker.id if speaker else None,
                                claim_type=rng.choice(["quote", "statistic", "prediction", "denial", "assessment"]),
                                status=rng.choice(list(ClaimStatus)), reliability=rng.choice("ABCDEF"),
                                credibility=rng.randint(1, 6))
            a = Annotation(ids.new(ms), doc.id, Kind.CLAIM, make_target(text, start, end), label=claim.claim_type,
                           claim=claim, tags=tags, creator=creator, created=now, modified=now)
            if speaker:
                used.add(speaker.id)
        else:
            a = Annotation(ids.new(ms), doc.id, Kind.HIGHLIGHT, make_target(text, start, end), tags=tags,
                           note=" ".join(rng.sample(WORDS, 5)), creator=creator, created=now, modified=now)
        annotations.append(a)
    return doc, annotations, used


def plan(args: argparse.Namespace) -> list[tuple[str, list[int]]]:
    """Which teammate sends which documents, bundle by bundle (interleaved, as a team's bundles arrive)."""
    rng = random.Random(args.seed + 1)
    team = TEAMMATES[: args.teammates]
    order = list(range(args.documents))
    chunks = [order[i:i + args.bundle_docs] for i in range(0, len(order), args.bundle_docs)]
    return [(rng.choice(team), chunk) for chunk in chunks]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--annotations", type=int, default=1_000_000)
    ap.add_argument("--documents", type=int, help="default: annotations / 100")
    ap.add_argument("--entities", type=int, help="default: annotations / 20")
    ap.add_argument("--teammates", type=int, default=4)
    ap.add_argument("--bundle-docs", type=int, default=100, help="documents per bundle")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--resume", action="store_true", help="skip the bundles already imported (same arguments)")
    ap.add_argument("--keep-bundles", action="store_true", help="also write each bundle to FOLDER/bundles/")
    ap.add_argument("--defer-index", action="store_true",
                    help="import with the search index busy (its lock held, as when another process writes it): "
                         "each import stores and defers its index catch-up; build the index afterwards "
                         "(Tools → Rebuild, or bench/store_index.py --library)")
    args = ap.parse_args()
    args.documents = args.documents or max(1, args.annotations // 100)
    args.entities = args.entities or max(10, args.annotations // 20)
    if args.teammates < 3 or args.teammates > len(TEAMMATES):
        ap.error(f"--teammates must be 3..{len(TEAMMATES)}")
    per_doc = args.annotations // args.documents
    args.folder.mkdir(parents=True, exist_ok=True)
    meta_path = args.folder / "gen_library.json"
    meta = json.loads(meta_path.read_text()) if args.resume and meta_path.exists() else {}
    done_bundles = int(meta.get("bundles_imported", 0))
    key = {k: getattr(args, k) for k in ("annotations", "documents", "entities", "teammates", "bundle_docs", "seed")}
    if done_bundles and meta.get("arguments") != key:
        sys.exit(f"--resume with other arguments than {meta.get('arguments')}")

    rng = random.Random(args.seed)
    ids = Ids(rng)
    vocab = vocabulary(rng)
    entities = make_entities(rng, ids, args.entities)
    by_id = {e.id: e for e in entities}
    codebook = default_codebook()
    t_start = time.perf_counter()
    t_open = time.perf_counter()
    busy = None
    if args.defer_index:  # a second open file description: flock() then refuses our own library's writer too
        (args.folder / "library").mkdir(exist_ok=True)
        busy = open(args.folder / "library" / "index.lock", "a+b")
        fcntl.flock(busy.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        logging.getLogger("annotations.index").setLevel(logging.ERROR)  # "index update deferred", per bundle
        store = Store.open(args.folder / "library" / "library.sqlite3")  # Library.open, minus the index
        index = SearchIndex(args.folder / "library" / "index", store)  # check it would wait for the lock
        index.lock_seconds = 0.0
        lib = Library(args.folder / "library", store, index)
    else:
        lib = Library.open(args.folder / "library")
    open_s = time.perf_counter() - t_open
    timings = meta.get("bundle_seconds", []) if done_bundles else []
    deferred = int(meta.get("bundles_index_deferred", 0)) if done_bundles else 0
    counts: dict[str, int] = meta.get("counts", {}) if done_bundles else {}
    bundles = plan(args)
    made = {"generate_s": 0.0, "write_bundle_s": 0.0, "read_bundle_s": 0.0, "import_s": 0.0}
    for b, (creator, numbers) in enumerate(bundles):
        t0 = time.perf_counter()
        docs, annotations, used = [], [], set()
        for n in numbers:  # drawn even when skipped (--resume): the generator's state must be the same
            doc, anns, ents = make_document(rng, ids, vocab, entities, n, per_doc, creator)
            docs.append(doc)
            annotations += anns
            used |= ents
        if b < done_bundles:
            continue
        t1 = time.perf_counter()
        data = write_bundle(annotations, [by_id[i] for i in sorted(used)], docs, codebook, creator, with_text=True)
        if args.keep_bundles:
            (args.folder / "bundles").mkdir(exist_ok=True)
            (args.folder / "bundles" / f"{b:04d}-{creator}.dossier").write_bytes(data)
        t2 = time.perf_counter()
        bundle = read_bundle(data)
        t3 = time.perf_counter()
        result, _ = lib.import_bundle(bundle)
        t4 = time.perf_counter()
        made["generate_s"] += t1 - t0
        made["write_bundle_s"] += t2 - t1
        made["read_bundle_s"] += t3 - t2
        made["import_s"] += t4 - t3
        timings.append(round(t4 - t2, 2))
        deferred += bool(args.defer_index)
        for k, v in result.items():
            counts[k] = counts.get(k, 0) + int(v)
        print(f"bundle {b + 1}/{len(bundles)} from {creator}: {len(annotations):,} annotations, "
              f"{len(used):,} entities, read {t3 - t2:.1f} s, import (store + index) {t4 - t3:.1f} s; "
              f"library {lib.store.count_searchable()}", file=sys.stderr, flush=True)
        meta = {"arguments": key, "bundles_imported": b + 1, "bundles": len(bundles), "counts": counts,
                "bundle_seconds": timings, "bundles_index_deferred": deferred,
                "last_run": {k: round(v, 1) for k, v in made.items()},
                "elapsed_this_run_s": round(time.perf_counter() - t_start, 1), "open_s": round(open_s, 1),
                "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
        meta_path.write_text(json.dumps(meta, indent=1))
    lib.close()
    if busy is not None:
        busy.close()
    print(json.dumps(meta, indent=1))


if __name__ == "__main__":
    main()
