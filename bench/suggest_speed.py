"""Suggestion throughput on 1 MB of news-like text (our own sample articles repeated): entity suggestions
alone and entities + claims, median of 5 runs after one warm-up (the gazetteer automaton is built once per
process and reported separately); as `real_*`, CPU time on the 20 real news pages of tests/data/news-html
(0.11 MB of distinct text, each page on its own); and as `distinct_*`, 1 MB of distinct real text as one document
(the English gold texts and those pages, each once: what a book costs). The machine's load average is reported with
the figures: on a shared machine the same code measures up to twice as slow; the best CPU time of the runs is
reported too. `compiled` says whether the rules ran as mypyc-compiled modules (annotations/suggest/compiled.py;
DOSSIER_COMPILED=0 runs them as Python). Usage: python bench/suggest_speed.py [--json]"""
from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.suggest import COMPILED  # noqa: E402
from annotations.suggest.claims import suggest_claims  # noqa: E402
from annotations.suggest.entities import _gazetteer_automaton, suggest_entities  # noqa: E402

SIZE = 1_000_000


def corpus() -> str:
    gold = ROOT / "tests" / "data" / "gold"
    own = [*sorted(gold.glob("*.txt")), *sorted((gold / "heldout").glob("*.txt"))]  # never the real articles' gold
    texts = [p.read_text(encoding="utf-8") for p in own]
    texts.append((ROOT / "resources" / "samples" / "harbour_council.txt").read_text(encoding="utf-8"))
    block = "\n\n".join(texts)
    return (block * (SIZE // len(block) + 1))[:SIZE]


def distinct_corpus() -> str:
    """1 MB of distinct real text as one document (a book's length): the English gold texts by others and the real
    news pages, each once. The repeated corpus above hides whatever grows with the number of distinct names (a scan
    of the whole text per name): on this one such scans showed (stop 51)."""
    import json as json_module

    gold = ROOT / "tests" / "data" / "gold"
    texts = []
    for path in sorted(gold.rglob("*.json")):
        try:
            spec = json_module.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        document = spec.get("document") if isinstance(spec, dict) else None
        if isinstance(document, str) and spec.get("language", "en") == "en" and (ROOT / document).is_file():
            texts.append((ROOT / document).read_text(encoding="utf-8"))
    texts += real_pages()
    return "\n\n".join(texts)[:SIZE]


def real_pages() -> list[str]:
    """The 20 real news pages in tests/data/news-html as the app reads them: distinct text by many writers (the
    1 MB corpus repeats ~11 kB of our own articles, which flatters anything done once per distinct name)."""
    from reader.document.loader import load_document

    return [load_document(p).text for p in sorted((ROOT / "tests" / "data" / "news-html").glob("*.html"))]


def _best_cpu(texts: list[str], runs: int = 5) -> tuple[float, float]:
    """Best of `runs` CPU seconds for entities alone and entities + claims, each text suggested on its own."""
    entity_cpu, both_cpu = [], []
    for _ in range(runs):
        c0 = time.process_time()
        found = [suggest_entities(t) for t in texts]
        c1 = time.process_time()
        for t, entities in zip(texts, found, strict=True):
            suggest_claims(t, entities)
        entity_cpu.append(c1 - c0)
        both_cpu.append(time.process_time() - c0)
    return min(entity_cpu), min(both_cpu)


def main() -> None:
    text = corpus()
    t0 = time.perf_counter()
    _gazetteer_automaton()
    build = time.perf_counter() - t0
    suggest_entities(text)
    entity_times, both_times, cpu_times, entity_cpu, counts = [], [], [], [], (0, 0)
    for _ in range(5):
        t0, c0 = time.perf_counter(), time.process_time()
        entities = suggest_entities(text)
        t1, c1 = time.perf_counter(), time.process_time()
        claims = suggest_claims(text, entities)
        t2, c2 = time.perf_counter(), time.process_time()
        entity_times.append(t1 - t0)
        both_times.append(t2 - t0)
        cpu_times.append(c2 - c0)
        entity_cpu.append(c1 - c0)
        counts = (len(entities), len(claims))
    mb = len(text.encode("utf-8")) / 1e6
    pages = real_pages()
    pages_mb = sum(len(t.encode("utf-8")) for t in pages) / 1e6
    pages_entity_cpu, pages_cpu = _best_cpu(pages)
    distinct = distinct_corpus()
    distinct_mb = len(distinct.encode("utf-8")) / 1e6
    distinct_entity_cpu, distinct_cpu = _best_cpu([distinct], runs=2)
    result = {"compiled": COMPILED, "megabytes": round(mb, 2), "gazetteer_build_s": round(build, 3),
              "entities_s": round(statistics.median(entity_times), 3),
              "entities_mb_per_s": round(mb / statistics.median(entity_times), 2),
              "entities_cpu_s": round(min(entity_cpu), 3),
              "entities_mb_per_cpu_s": round(mb / min(entity_cpu), 2),
              "entities_and_claims_s": round(statistics.median(both_times), 3),
              "entities_and_claims_mb_per_s": round(mb / statistics.median(both_times), 2),
              "entities_and_claims_cpu_s": round(min(cpu_times), 3),
              "entities_and_claims_mb_per_cpu_s": round(mb / min(cpu_times), 2),
              "real_pages": len(pages), "real_pages_mb": round(pages_mb, 3),
              "real_entities_cpu_s": round(pages_entity_cpu, 3),
              "real_entities_mb_per_cpu_s": round(pages_mb / pages_entity_cpu, 2),
              "real_entities_and_claims_cpu_s": round(pages_cpu, 3),
              "real_entities_and_claims_mb_per_cpu_s": round(pages_mb / pages_cpu, 2),
              "distinct_mb": round(distinct_mb, 3),
              "distinct_entities_cpu_s": round(distinct_entity_cpu, 3),
              "distinct_entities_and_claims_cpu_s": round(distinct_cpu, 3),
              "distinct_entities_and_claims_mb_per_cpu_s": round(distinct_mb / distinct_cpu, 2),
              "load_average_1min": round(os.getloadavg()[0], 2),
              "entities": counts[0], "claims": counts[1]}
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "suggest.json").write_text(json.dumps(result, indent=1))
    if "--json" in sys.argv:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:<40}{value}")


if __name__ == "__main__":
    main()
