"""One table from every benchmark's JSON in bench/out/ (written by the scripts `make bench` runs):
measure, figure, peer (where one exists), target and whether it is met.
Usage: python bench/report.py [--markdown]"""
from __future__ import annotations

import json
import platform
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"


def _load(name: str) -> dict[str, Any]:
    path = OUT / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else {}


def _f(value: Any, unit: str = "", digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}{unit}" if isinstance(value, float) else f"{value}{unit}"


def _target(ok: bool | None, text: str) -> str:
    return text if ok is None else f"{text} {'✔' if ok else '✘'}"


def rows() -> list[tuple[str, str, str, str]]:
    app, store, view, suggest, ex = (_load(n) for n in ("app", "store_index", "text_view", "suggest", "exports"))
    out: list[tuple[str, str, str, str]] = []
    if app:
        start = app.get("startup_to_window_s_median_of_5")
        out.append(("start-up to a shown window with a document (median of 5)", _f(start, " s"), "—",
                    _target(start <= 1.5 if start else None, "≤ 1.5 s")))
        first, peer = app.get("open_to_first_page_s"), app.get("pdftoppm_first_page_s")
        ratio = first / peer if first and peer else None
        out.append(("1,000-page PDF: open to first page rendered", _f(first, " s", 3),
                    f"pdftoppm {_f(peer, ' s', 3)} (ratio {_f(ratio)})", _target(ratio <= 1.5 if ratio else None, "≤ 1.5×")))
        out.append(("scrolling 200 pages: page render p50 / p95",
                    f"{_f(app.get('page_render_p50_ms'), '', 0)} / {_f(app.get('page_render_p95_ms'), ' ms', 0)}", "—", "—"))
        mem = app.get("peak_rss_mb_after_200_pages")
        out.append(("peak memory after 200 pages", _f(mem, " MB", 0), "—", _target(mem <= 400 if mem else None, "≤ 400 MB")))
    if view:
        opened = view.get("open_with_highlights_s_median_of_3")
        out.append((f"{view['megabytes']} MB article with {view['highlights']:,} highlights: open (store + window)",
                    f"{_f(opened, ' s', 2)} ({_f(view.get('open_store_s_median'), '', 2)} + "
                    f"{_f(view.get('open_window_s_median'), '', 2)})", "—",
                    _target(opened <= 0.3 if opened else None, "≤ 300 ms")))
        window = view.get("add_window_p95_ms")
        out.append(("… add one more highlight, p50 / p95: all; the window's part (without store + index)",
                    f"{_f(view.get('add_one_highlight_p50_ms'), '', 0)} / {_f(view.get('add_one_highlight_p95_ms'), ' ms', 0)}; "
                    f"{_f(view.get('add_window_p50_ms'), '', 0)} / {_f(window, ' ms', 0)}",
                    f"highlights drawn: {view.get('highlights_drawn')}, cards measured: "
                    f"{view.get('cards_measured_per_add_max')} (visible ones only)",
                    _target(window <= 16 if window else None, "window p95 ≤ 16 ms")))
        if view.get("add_one_entity_mention_p50_ms") is not None:
            out.append(("… add one entity mention (new entity), p50", _f(view.get("add_one_entity_mention_p50_ms"), " ms", 0),
                        f"store {_f(view.get('add_entity_store_p50_ms'), ' ms', 0)}", "—"))
    if store:
        n = store.get("annotations", 0)
        out.append((f"{n:,} annotations: bulk index", _f(store.get("bulk_index_s"), " s", 1),
                    f"FTS5 {_f(store.get('fts5_build_s'), ' s', 1)}", "—"))
        add = store.get("single_add_p95_ms")
        out.append(("… single add p50 / p95", f"{_f(store.get('single_add_p50_ms'), '', 1)} / {_f(add, ' ms', 1)}", "—",
                    _target(add <= 50 if add else None, "p95 ≤ 50 ms")))
        p95, f95 = store.get("search_p95_ms"), store.get("fts5_p95_ms")
        out.append(("… search p50 / p95", f"{_f(store.get('search_p50_ms'), '', 1)} / {_f(p95, ' ms', 1)}",
                    f"FTS5 {_f(store.get('fts5_p50_ms'), '', 1)} / {_f(f95, ' ms', 1)}",
                    _target(bool(p95 and f95 and p95 <= 50 and p95 <= 3 * f95) if p95 else None, "p95 ≤ 50 ms and ≤ 3× FTS5")))
    if suggest:
        secs = suggest.get("entities_s")
        out.append((f"entity suggestions, {suggest.get('megabytes')} MB of text", f"{_f(secs, ' s', 2)} "
                    f"({_f(suggest.get('entities_mb_per_s'), ' MB/s', 2)})",
                    f"+ claims: {_f(suggest.get('entities_and_claims_s'), ' s', 2)}", _target(secs <= 0.5 if secs else None, "≤ 0.5 s")))
    if ex:
        n = ex.get("annotations", 0)
        for fmt in ("md", "jsonld", "csv", "html", "pdf", "pack", "dossier"):
            if f"export_{fmt}_s" in ex:
                out.append((f"export {n:,} annotations: {fmt}", _f(ex[f"export_{fmt}_s"], " s"),
                            f"{_f(ex.get(f'export_{fmt}_mb'), ' MB', 1)}", "—"))
        for fmt in ("pdf", "pack"):
            if f"export_{fmt}_1000_s" in ex:
                secs = ex[f"export_{fmt}_1000_s"]
                out.append((f"export one article with 1,000 annotations: {fmt}", _f(secs, " s"), "—",
                            _target(secs <= 2, "≤ 2 s")))
        out.append((f"bundle import, {n:,} annotations into an empty library", _f(ex.get("import_10000_into_empty_s"), " s"),
                    "—", "—"))
        counts = ", ".join(f"{k} {v}" for k, v in ex.get("merge_counts", {}).items())
        out.append((f"bundle re-import with merge ({counts})", _f(ex.get("merge_10000_s"), " s"), "—", "—"))
    out += _scale_rows()
    out += _app_scale_rows()
    out += _languages_rows()
    out += _suggest_speed_rows()
    out += _spacy_rows()
    return out


def _suggest_speed_rows() -> list[tuple[str, str, str, str]]:
    """Issue 17/20 aims in MB per CPU second (`bench/suggest_speed.py`): the 1 MB corpus (own articles
    repeated) and the 20 real news pages (distinct text), with the load average of the run and whether the rules ran
    compiled."""
    got = _load("suggest")
    if not got or "real_entities_mb_per_cpu_s" not in got:
        return []
    load = got.get("load_average_1min")
    rules = {True: "compiled rules", False: "Python rules"}.get(got.get("compiled"), "rules")  # (older runs: no key)
    out = []
    for what, key, aim in (("entity suggestions", "entities_mb_per_cpu_s", 5.0),
                           ("entities + claims", "entities_and_claims_mb_per_cpu_s", 2.0)):
        corpus, real = got.get(key), got.get(f"real_{key}")
        out.append((f"{what}, MB per CPU s: 1 MB corpus / 20 real pages ({rules}, load {load})",
                    f"{_f(corpus, '', 2)} / {_f(real, ' MB/s', 2)}", "—",
                    _target(bool(corpus and real and min(corpus, real) >= aim), f"≥ {aim:g} MB/s")))
    return out


def _spacy_rows() -> list[tuple[str, str, str, str]]:
    """Issue 20, the optional spaCy suggester (`bench/eval_spacy.py --speed 3 --save`, run with an interpreter
    that has spaCy): throughput of rules alone and rules + spaCy (CPU MB/s, min–max of the runs) and the
    entity F1 of both on each Wikinews split scored."""
    got = _load("spacy")
    speed = got.get("speed", {})
    if not speed.get("assist"):
        return []
    model = got.get("pipeline") or Path(str(got.get("model", ""))).name or "?"
    load = got.get("load_average", [None])[0]
    cpu = {mode: [c for _, c in runs] for mode, runs in speed.items() if runs}
    out = [(f"entity suggestions with spaCy ({model}), MB per CPU s: rules alone / rules + spaCy (load {_f(load)})",
            f"{_f(min(cpu.get('rules', [0.0])))}–{_f(max(cpu.get('rules', [0.0])))} / "
            f"{_f(min(cpu['assist']), '', 3)}–{_f(max(cpu['assist']), ' MB/s', 3)}", "—", "—")]
    for split, modes in got.get("splits", {}).items():
        if "wikinews" in split and "rules" in modes and "assist" in modes:
            out.append((f"entity F1 on {split}: rules alone / rules + spaCy ({model})",
                        f"{_f(modes['rules']['overall']['f1'])} / {_f(modes['assist']['overall']['f1'])}", "—",
                        _target(modes["assist"]["overall"]["f1"] >= 0.85, "≥ 0.85") if split == "real-wikinews3"
                        else "tuning set now: no target"))
    return out


def _languages_rows() -> list[tuple[str, str, str, str]]:
    """Issue 18, suggestions in Ukrainian, Russian, French, German, Arabic (`bench/eval_languages.py --speed`):
    English suggester + language rules + claims per MB, median of 3 (min–max), with the load average."""
    got = _load("languages")
    if not got:
        return []
    per = got["per_mb"]
    figures = ", ".join(f"{lang} {r['median']:.2f}" for lang, r in per.items())
    spread = f"{min(r['min'] for r in per.values()):.2f}–{max(r['max'] for r in per.values()):.2f}"
    return [(f"suggestions in uk/ru/fr/de/ar, s per MB, median of 3 ({got['date']}, load {got['load_before'].split()[0]})",
             f"{figures} (all runs {spread})", f"gazetteers built once: {got['gazetteers_build_s']:.1f} s", "—")]


def _app_scale_rows() -> list[tuple[str, str, str, str]]:
    """Issue 17, the desktop app on a 10,000-document, 50,000-entity library (`bench/app_scale.py`):
    medians of 3 runs with their spread, the UI thread's CPU beside wall-clock, and the load average."""
    app = _load("app_scale")
    if not app:
        return []
    out: list[tuple[str, str, str, str]] = []
    load = f"load {app.get('load_before', '?').split()[0]}"
    cpu = app.get("startup_cpu_s", {})
    for key, what, limit in (("startup_to_shown_window_s", "window shown", 1.5),
                             ("startup_to_document_shown_s", "its last document shown", None)):
        got = app.get(key)
        if got:
            side = "shown" if "window" in what else "document"
            spent = cpu.get(side, [])
            out.append((f"10,000-document library: start-up to {what} ({app['date']}, {load})",
                        f"{got['median']:.2f} s ({got['min']:.2f}–{got['max']:.2f})",
                        f"process CPU {min(spent):.2f}–{max(spent):.2f} s" if spent else "—",
                        _target(got["median"] <= limit, f"≤ {limit} s") if limit else "—"))
    lib = app.get("library_filter")
    if lib:
        out.append((f"… library dock filter, per key typed (p50 / p95, {lib['documents']:,} documents)",
                    f"{lib['p50_ms']:.1f} / {lib['p95_ms']:.1f} ms",
                    f"UI-thread CPU {lib['keys_cpu_p50_ms']:.1f} / {lib['keys_cpu_p95_ms']:.1f} ms",
                    _target(lib["p95_ms"] <= 16, "≤ 16 ms")))
    ent = app.get("entity_window")
    if ent:
        opened = ent["open"]
        out.append((f"… entity index window opens ({ent['entities_listed']:,} entities)",
                    f"{opened['median']:.2f} s ({opened['min']:.2f}–{opened['max']:.2f})",
                    f"UI-thread CPU {min(ent['open_cpu_s']):.2f}–{max(ent['open_cpu_s']):.2f} s",
                    _target(opened["median"] <= 1, "≤ 1 s")))
        out.append(("… entity index filter, per key typed (p50 / p95)",
                    f"{ent['keys_p50_ms']:.1f} / {ent['keys_p95_ms']:.1f} ms",
                    f"UI-thread CPU {ent['keys_cpu_p50_ms']:.1f} / {ent['keys_cpu_p95_ms']:.1f} ms", "—"))
    return out


def _scale_rows() -> list[tuple[str, str, str, str]]:
    """Issue 17, a team's library (bench/gen_library.py, measured by `make bench-1m` or
    `bench/store_index.py --library`): the latest such run, with its date and load average."""
    out: list[tuple[str, str, str, str]] = []
    for name in ("store_index_1m", "store_index_lib"):
        lib = _load(name)
        if not lib:
            continue
        n = lib.get("annotations", 0)
        when = f"{lib.get('date', '?')}, load {_f(lib.get('load_before'), '', 1)}"
        if "rebuild_s" in lib:
            rate = lib.get("rebuild_per_s")
            built = (f"{lib['rebuild_date']}, load {_f(lib.get('rebuild_load'), '', 1)}" if lib.get("rebuild_date")
                     else when)
            out.append((f"{n:,} annotations ({built}): full index rebuild", f"{_f(lib['rebuild_s'], ' s', 1)} ({rate:,}/s)",
                        f"FTS5 {_f(lib.get('fts5_build_s'), ' s', 1)}",
                        _target(bool(rate and rate >= 16_000), "≥ 16,000/s (1M ≤ 60 s)")))
        for label, what in (("", "search with snippets"), ("facets_", "search with snippets and facets")):
            p95 = lib.get(f"search_{label}p95_ms")
            theirs = lib.get(f"fts5_{label}p95_ms")
            ratio = f" ({p95 / theirs:.2f}×)" if p95 is not None and theirs else ""
            cpu = (f"; CPU {_f(lib[f'search_{label}cpu_p50_ms'], '', 1)} / {_f(lib[f'search_{label}cpu_p95_ms'], ' ms', 1)}"
                   if f"search_{label}cpu_p95_ms" in lib else "")
            out.append((f"… {what} p50 / p95 ({when})",
                        f"{_f(lib.get(f'search_{label}p50_ms'), '', 1)} / {_f(p95, ' ms', 1)}{cpu}",
                        f"FTS5 {_f(lib.get(f'fts5_{label}p50_ms'), '', 1)} / {_f(theirs, ' ms', 1)}{ratio}",
                        _target(p95 <= 16 if p95 is not None else None, "p95 ≤ 16 ms")))
        add = lib.get("single_add_p95_ms")
        cpu = (f"; CPU {_f(lib['single_add_cpu_p50_ms'], '', 1)} / {_f(lib['single_add_cpu_p95_ms'], ' ms', 1)}"
               if "single_add_cpu_p95_ms" in lib else "")
        out.append(("… single add (store + index) p50 / p95",
                    f"{_f(lib.get('single_add_p50_ms'), '', 1)} / {_f(add, ' ms', 1)}{cpu}", "—",
                    _target(add <= 20 if add is not None else None, "p95 ≤ 20 ms")))
        mem = lib.get("peak_rss_mb")
        out.append(("… peak memory (rebuild, searches, adds)", _f(mem, " MB", 0), "—",
                    _target(mem <= 1024 if mem is not None else None, "≤ 1 GB")))
    return out


def main() -> None:
    table = rows()
    dates = {d.get("date") for d in (_load(n) for n in ("app", "store_index", "text_view", "suggest", "exports")) if d}
    print(f"Dossier benchmarks — {', '.join(sorted(d for d in dates if d))} — {platform.machine()}, "
          f"Python {platform.python_version()}, {__import__('os').cpu_count()} CPUs")
    if "--markdown" in sys.argv:
        print("\n| measure | figure | peer | target |\n|---|---|---|---|")
        for r in table:
            print("| " + " | ".join(r) + " |")
        return
    widths = [max(len(r[i]) for r in table + [("measure", "figure", "peer", "target")]) for i in range(4)]
    for r in [("measure", "figure", "peer", "target"), tuple("-" * w for w in widths), *table]:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))


if __name__ == "__main__":
    main()
