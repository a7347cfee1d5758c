"""The desktop app on a team's large library (issue 17): 10,000 documents, 50,000 entities, 200,000
annotations (every entity mentioned at least once, a few mentioned thousands of times, as in real news).

Measures, each run 3 times (the machine is shared: the spread and the load average are reported):
- start-up to a shown window (a fresh process: QApplication, theme, open the library, build the main
  window, open the last document, show it and paint once), and the `main.py --screenshot` process;
- the library dock's filter: one key press at a time, typing "harbour" and then deleting it, the time
  until the keystroke is handled and the table repainted (per key p50 / p95 / max);
- the entity index window with 50,000 entities: from the menu intent to the window shown and painted,
  and typing a filter into it.
Usage: python bench/app_scale.py [--library DIR] [--runs 3] [startup filter entities]
The generated library is cached in /work/bench-lib-app/ (or --cache DIR); building it the first time
takes minutes (most of it the search index). Writes bench/out/app_scale.json. Not part of `make test`."""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DOSSIER_IN_PROCESS", "1")

DOCS, ENTITIES, ANNOTATIONS = 10_000, 50_000, 200_000
TYPES = (("PERSON", 0.5), ("ORG", 0.2), ("PLACE", 0.15), ("EVENT", 0.05), ("DATE", 0.05), ("QUANTITY", 0.05))
SYLLABLES = ("ka", "lo", "mi", "ne", "ra", "to", "su", "vi", "de", "gar", "mon", "tel", "bri", "sto", "pal", "ha",
             "ber", "lin", "os", "ta", "ve", "dor", "an", "is")
TOPICS = ("harbour", "barrier", "council", "flood", "energy", "grid", "budget", "fisheries", "election", "inquiry",
          "ceasefire", "summit", "strike", "shortage", "insurance", "estuary", "coalition", "evacuation")
OUTLETS = ("Harbour Gazette", "Northern Courier", "Vesterby Post", "Coastal Times", "Reuters", "AP", "")
VERBS = ("said", "warned", "denied", "met", "criticised", "praised", "visited", "asked", "announced")


def _word(rng: random.Random, low: int = 2, high: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(low, high))).capitalize()


def _entity_name(rng: random.Random, type_: str, taken: set[str]) -> str:
    while True:
        if type_ == "PERSON":
            name = f"{_word(rng)} {_word(rng, 2, 4)}"
        elif type_ == "ORG":
            name = f"{_word(rng)} {rng.choice(('Authority', 'Council', 'Group', 'Institute', 'Bank', 'Union'))}"
        elif type_ == "DATE":
            name = f"{rng.randint(1, 28)} {rng.choice(('March', 'April', 'May', 'June', 'July'))} {rng.randint(1990, 2026)}"
        elif type_ == "QUANTITY":
            name = f"{rng.randint(2, 999)} {rng.choice(('million', 'tonnes', 'homes', 'percent', 'jobs'))}"
        else:
            name = _word(rng, 2, 4) + ("" if type_ == "PLACE" else " " + rng.choice(("Summit", "Strike", "Flood")))
        if name not in taken:
            taken.add(name)
            return name


def build_library(folder: Path, docs: int = DOCS, entities: int = ENTITIES, annotations: int = ANNOTATIONS,
                  seed: int = 17) -> dict[str, float]:
    """Write the library straight into the store (one transaction per document, no undo history), then
    build its search index. Every entity gets one mention; the rest are drawn Zipf-like (a few entities
    everywhere, most in one or two documents). A fifth of the annotations are claims (with a speaker),
    a tenth highlights with a note."""
    from annotations.anchoring import make_target
    from annotations.ids import new_id, now_iso
    from annotations.library import Library
    from annotations.model import Annotation, ClaimFields, ClaimStatus, DocumentRecord, Entity, Kind

    rng = random.Random(seed)
    t0 = time.perf_counter()
    types = rng.choices([t for t, _ in TYPES], weights=[w for _, w in TYPES], k=entities)
    taken: set[str] = set()
    ents = [Entity(new_id(), _entity_name(rng, t, taken), t, created=now_iso(), modified=now_iso()) for t in types]
    speakers = [i for i, e in enumerate(ents) if e.type in ("PERSON", "ORG")]
    weights = [1 / (rank + 1) ** 0.9 for rank in range(entities)]
    per_doc = annotations // docs
    picks = list(range(entities))  # every entity once, then the Zipf draws
    picks += rng.choices(range(entities), weights=weights, k=docs * per_doc - len(picks))
    rng.shuffle(picks)
    lib = Library.open(folder)
    with lib.store.transaction("entities", history=False) as tx:
        for e in ents:
            tx.put(e)
    for d in range(docs):
        chosen = picks[d * per_doc:(d + 1) * per_doc]
        topic, place = rng.choice(TOPICS), ents[rng.randrange(entities)].name
        title = f"{topic.capitalize()} talks in {_word(rng)}: {rng.choice(VERBS)} {d}"
        parts, spans, pos = [title, ""], [], len(title) + 2
        for i in chosen:
            e = ents[i]
            s = f"{e.name} {rng.choice(VERBS)} the {topic} plan near {place} on {rng.randint(1, 28)} May."
            spans.append((pos, pos + len(e.name), pos + len(s), e))
            parts.append(s)
            pos += len(s) + 1
        text = "\n".join(parts)
        now = now_iso()
        doc = DocumentRecord(id=f"{d:064x}", format="txt", title=title, text=text, published=
                             f"20{rng.randint(10, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                             publisher=rng.choice(OUTLETS), source_path=f"/articles/{topic}-{d}.txt",
                             added=now, modified=now, size=len(text))
        with lib.store.transaction("bulk", history=False) as tx:
            tx.put(doc)
            for start, name_end, end, e in spans:
                roll = rng.random()
                if roll < 0.2 and e.type in ("PERSON", "ORG"):
                    claim = ClaimFields(speaker_id=e.id, claim_type="quote", status=rng.choice(list(ClaimStatus)))
                    a = Annotation(new_id(), doc.id, Kind.CLAIM, make_target(text, start, end), label="quote",
                                   claim=claim, creator="bench", created=now, modified=now)
                    # the speaker is also mentioned by name (so it is in the index as a mention too)
                    tx.put(a)
                    a = Annotation(new_id(), doc.id, Kind.ENTITY, make_target(text, start, name_end), label=e.type,
                                   entity_id=e.id, creator="bench", created=now, modified=now)
                elif roll < 0.3:
                    a = Annotation(new_id(), doc.id, Kind.HIGHLIGHT, make_target(text, start, end),
                                   note=f"check {topic}", creator="bench", created=now, modified=now)
                    tx.put(a)
                    a = Annotation(new_id(), doc.id, Kind.ENTITY, make_target(text, start, name_end), label=e.type,
                                   entity_id=e.id, creator="bench", created=now, modified=now)
                else:
                    a = Annotation(new_id(), doc.id, Kind.ENTITY, make_target(text, start, name_end), label=e.type,
                                   entity_id=e.id, creator="bench", created=now, modified=now)
                tx.put(a)
        if d % 1000 == 999:
            print(f"  stored {d + 1:,} documents ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    del speakers
    stored = time.perf_counter() - t0
    t0 = time.perf_counter()
    lib.reindex(lambda done, total: None)
    indexed = time.perf_counter() - t0
    counts = lib.store._conn.execute("SELECT count(*) FROM annotations WHERE deleted = 0").fetchone()[0]
    lib.close()
    return {"store_s": stored, "index_s": indexed, "annotations": float(counts)}


def cached_library(cache: Path) -> Path:
    """The generated library in `cache` (built on first use; `complete.json` says it was finished)."""
    folder = cache / f"library-{DOCS}"
    done = cache / "complete.json"
    if not done.exists():
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        folder.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {DOCS:,} documents, {ENTITIES:,} entities, ~{ANNOTATIONS:,} annotations in {folder}",
              file=sys.stderr, flush=True)
        facts = build_library(folder)
        done.write_text(json.dumps(facts | {"date": time.strftime("%Y-%m-%d %H:%M")}, indent=1))
    return folder


# -- start-up --------------------------------------------------------------------------------------
def _child_startup(library: str, started: float, out: str, profile: str) -> None:
    """In a fresh process: the app's own start (`reader.ui.app.start_app`) and its event loop until the
    last document is shown. Written to `out`, in seconds since the parent launched this process: the
    window shown (the library list's first paint) and the document shown (the reading view's first
    paint with the document in it)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject
    from PySide6.QtWidgets import QApplication

    from reader.ui import app as app_module
    from reader.ui.mainwindow import MainWindow

    marks: dict[str, float] = {}

    show = MainWindow.show
    watching: list[object] = []

    def watched_show(window: MainWindow) -> None:  # the paints are watched from the window's show()
        library, reading = window.library_panel.table.viewport(), window.text_view.viewport()

        class Painted(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    if watched is library and "shown_s" not in marks:
                        marks.update(shown_s=time.time() - started, shown_cpu_s=time.process_time())
                    elif watched is reading and window.document is not None and "document_s" not in marks:
                        marks.update(document_s=time.time() - started, document_cpu_s=time.process_time())
                return False

        painted = Painted()
        watching.append(painted)
        library.installEventFilter(painted)
        reading.installEventFilter(painted)
        show(window)

    def first_turns(self: QApplication) -> int:
        deadline = time.monotonic() + 120
        while "document_s" not in marks and time.monotonic() < deadline:
            self.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        Path(out).write_text(json.dumps(marks))
        return 0

    MainWindow.show = watched_show  # type: ignore[method-assign, assignment]
    QApplication.exec = first_turns  # type: ignore[method-assign, assignment]
    if profile:
        import cProfile

        cProfile.runctx("app_module.start_app(['--library', library])", globals(), locals(), profile)
    else:
        app_module.start_app(["--library", library])


def _env(tmp: Path) -> dict[str, str]:
    """The child processes' environment: a name given (no first-run dialog), settings of their own, and
    byte-code caching on as on a user's machine (this machine's shell turns it off)."""
    env = dict(os.environ, DOSSIER_ANNOTATOR="bench", XDG_CONFIG_HOME=str(tmp / "config"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def startup(library: Path, runs: int, tmp: Path, profile: Path | None = None) -> dict[str, list[float]]:
    """Seconds from launching `main.py`'s start path in a new process to its window shown (painted), and
    to its last document shown."""
    env = _env(tmp) | {"QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, __file__, "_startup", str(library), repr(time.time()), str(tmp / "warm.json"), ""],
                   cwd=ROOT, env=env, check=True)  # untimed: byte-code written, files in the OS cache
    times: dict[str, list[float]] = {"shown_s": [], "document_s": [], "shown_cpu_s": [], "document_cpu_s": []}
    for i in range(runs):
        out = tmp / f"startup-{i}.json"
        started = time.time()
        subprocess.run([sys.executable, __file__, "_startup", str(library), repr(started), str(out),
                        str(profile) if profile and i == 0 else ""], cwd=ROOT, env=env, check=True)
        got = json.loads(out.read_text())
        for key in times:
            times[key].append(got[key])
    return times


def screenshot_process(library: Path, runs: int, tmp: Path) -> list[float]:
    """`main.py --screenshot` on the library: the whole process (start, settle, grab, exit)."""
    env = _env(tmp)
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "main.py", "--library", str(library), "--screenshot", str(tmp / f"s{i}.png")],
                       cwd=ROOT, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return times


# -- typing in the filters ----------------------------------------------------------------------------
def _keys(app: object, widget: object, text: str) -> list[float]:
    """Type `text` then delete it, one key at a time: ms from the key press to the repainted view."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    times, cpu = [], []
    for key in [*text, *[Qt.Key.Key_Backspace] * len(text)]:
        t0, c0 = time.perf_counter(), time.thread_time()
        QTest.keyClick(widget, key)  # type: ignore[call-overload]
        app.processEvents()  # type: ignore[attr-defined]
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    CPU_MS.extend(cpu)
    return times


CPU_MS: list[float] = []
"""CPU milliseconds of the UI thread per key (beside the wall-clock ones: the machine is shared)."""


def _window(library: Path) -> tuple[Any, Any, Any]:
    from PySide6.QtWidgets import QApplication

    from reader.services import ReaderService
    from reader.ui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    service = ReaderService.open(library, annotator="bench", isolated=False)
    window = MainWindow(service)
    window.resize(1400, 880)
    window.show()
    window.open_document(window.library_panel.model.rows()[-1].id)  # as the app starts: the last one open
    for _ in range(5):
        app.processEvents()
    return app, service, window


def filter_keys(library: Path, runs: int, text: str = "harbour") -> dict[str, object]:
    app, service, window = _window(library)
    panel = window.library_panel
    panel.filter.setFocus()
    app.processEvents()
    per_run, shown = [], []
    for _ in range(runs):
        per_run.append(_keys(app, panel.filter, text))
        panel.filter.setText(text)  # the matches for the whole word, for the record
        shown.append(panel.proxy.match_count())
        panel.filter.clear()
        app.processEvents()
    window.close()
    service.close()
    return {"keys_ms": per_run, "documents": panel.model.rowCount(), "matches_for_text": shown[0], "text": text}


def entity_window(library: Path, runs: int, text: str = "kalo") -> dict[str, object]:
    from reader.ui.entity_window import EntityIndexController

    app, service, window = _window(library)
    opened, opened_cpu, keys, counts = [], [], [], []
    for _ in range(runs):
        window.entity_index = EntityIndexController(window.session, window, window.open_document, window)
        t0, c0 = time.perf_counter(), time.thread_time()
        index = window.entity_index.show()
        app.processEvents()
        opened.append(time.perf_counter() - t0)
        opened_cpu.append(time.thread_time() - c0)
        counts.append((index.model.rowCount(), index.proxy.rowCount()))
        index.filter.setFocus()
        keys.append(_keys(app, index.filter, text))
        index.close()
        index.deleteLater()
        app.processEvents()
    window.close()
    service.close()
    return {"open_s": opened, "open_cpu_s": opened_cpu, "keys_ms": keys, "entities_listed": counts[0][0], "rows_fetched": counts[0][1],
            "text": text}


# -- report -----------------------------------------------------------------------------------------
def _spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("parts", nargs="*", default=["startup", "filter", "entities"])
    ap.add_argument("--library", type=Path, help="an existing library (default: the generated one, cached)")
    ap.add_argument("--cache", type=Path, default=Path("/work/bench-lib-app"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", type=Path, help="cProfile the first start-up into this file")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "app_scale.json")
    args = ap.parse_args()
    library = args.library or cached_library(args.cache)
    import tempfile

    report: dict[str, object] = {"date": time.strftime("%Y-%m-%d %H:%M"), "library": str(library),
                                 "load_before": _load()}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if "startup" in args.parts:
            times = startup(library, args.runs, tmp, args.profile)
            shown, document = times["shown_s"], times["document_s"]
            report["startup_to_shown_window_s"] = {"runs": shown, **_spread(shown)}
            report["startup_to_document_shown_s"] = {"runs": document, **_spread(document)}
            report["startup_cpu_s"] = {"shown": times["shown_cpu_s"], "document": times["document_cpu_s"]}
            print(f"start-up to a shown window: {', '.join(f'{t:.2f}' for t in shown)} s; "
                  f"to its document shown: {', '.join(f'{t:.2f}' for t in document)} s; CPU seconds of the "
                  f"process by then: {', '.join(f'{t:.2f}' for t in times['shown_cpu_s'])} / "
                  f"{', '.join(f'{t:.2f}' for t in times['document_cpu_s'])}", flush=True)
            whole = screenshot_process(library, args.runs, tmp)
            report["screenshot_process_s"] = {"runs": whole, **_spread(whole)}
            print(f"main.py --screenshot process: {', '.join(f'{t:.2f}' for t in whole)} s", flush=True)
        if "filter" in args.parts:
            CPU_MS.clear()
            got = filter_keys(library, args.runs)
            got["keys_cpu_p50_ms"], got["keys_cpu_p95_ms"] = _pct(CPU_MS, 50), _pct(CPU_MS, 95)
            keys = [k for run in got["keys_ms"] for k in run]  # type: ignore[attr-defined]
            report["library_filter"] = got | {"p50_ms": _pct(keys, 50), "p95_ms": _pct(keys, 95), "max_ms": max(keys),
                                              "per_run_p95_ms": [_pct(r, 95) for r in got["keys_ms"]]}  # type: ignore[attr-defined]
            print(f"library filter per key: p50 {_pct(keys, 50):.1f} ms, p95 {_pct(keys, 95):.1f} ms, "
                  f"max {max(keys):.1f} ms ({got['documents']} documents); UI-thread CPU p50 "
                  f"{got['keys_cpu_p50_ms']:.1f} ms, p95 {got['keys_cpu_p95_ms']:.1f} ms", flush=True)
        if "entities" in args.parts:
            CPU_MS.clear()
            got = entity_window(library, args.runs)
            got["keys_cpu_p50_ms"], got["keys_cpu_p95_ms"] = _pct(CPU_MS, 50), _pct(CPU_MS, 95)
            opened = got["open_s"]
            keys = [k for run in got["keys_ms"] for k in run]  # type: ignore[attr-defined]
            report["entity_window"] = got | {"open": _spread(opened), "keys_p50_ms": _pct(keys, 50),  # type: ignore[arg-type]
                                             "keys_p95_ms": _pct(keys, 95), "keys_max_ms": max(keys)}
            print(f"entity window open: {', '.join(f'{t:.2f}' for t in opened)} s, UI-thread CPU "  # type: ignore[attr-defined]
                  f"{', '.join(f'{t:.2f}' for t in got['open_cpu_s'])} s "  # type: ignore[attr-defined]
                  f"({got['entities_listed']} entities); filter per key p50 {_pct(keys, 50):.1f} ms, "
                  f"p95 {_pct(keys, 95):.1f} ms", flush=True)
    report["load_after"] = _load()
    args.out.parent.mkdir(exist_ok=True)
    previous = json.loads(args.out.read_text()) if args.out.exists() else {}
    args.out.write_text(json.dumps(previous | report, indent=1))
    print(f"load average before / after: {report['load_before']} / {report['load_after']}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["build"]:
        print(cached_library(Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/work/bench-lib-app")))
    elif sys.argv[1:2] == ["_startup"]:
        _child_startup(sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5])
    else:
        main()
