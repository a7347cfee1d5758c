"""The longest UI-thread stall while the window exports, imports, suggests, reindexes and searches a
library of 10,000 annotations (10 articles x 1,000, built as in bench/exports.py). A QTimer heartbeat
ticks every 5 ms on the UI thread; a stall is the longest gap between two ticks minus 5 ms. Each
operation is started the way the menus start it and measured until its result is shown. For comparison,
the same operation run inline (SyncRunner: what the UI thread used to do) is timed once.
Usage: python bench/ui_stall.py   (writes bench/out/ui_stall.json; never part of `make test`)."""
from __future__ import annotations

import collections
import gc
import json
import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DOSSIER_IN_PROCESS", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TICK_MS = 5


WHY = "--why" in sys.argv
"""With --why, a watchdog thread samples where the UI thread is whenever it has not ticked for 30 ms."""


def _watchdog(ticks: list[float], stop: threading.Event, seen: collections.Counter[str]) -> None:
    main = threading.main_thread().ident
    while not stop.wait(0.01):
        if ticks and time.perf_counter() - ticks[-1] > 0.03:
            frame = sys._current_frames().get(main or 0)
            stack = traceback.extract_stack(frame)[-6:] if frame else []
            seen[" <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack))] += 1


def stall_during(app: object, start: Callable[[], None], finished: Callable[[], bool]) -> tuple[float, float]:
    """(longest stall in ms, wall time in s) of the UI thread from `start()` until `finished()`."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    stop, seen = threading.Event(), collections.Counter[str]()
    if WHY:
        threading.Thread(target=_watchdog, args=(ticks, stop, seen), daemon=True).start()
    heartbeat = QTimer()
    heartbeat.setTimerType(heartbeat.timerType().PreciseTimer)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start(TICK_MS)
    began = time.perf_counter()
    ticks.append(began)
    start()
    while not finished():
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)  # (the benchmark's own loop; the worker thread needs the GIL now and then)
    ended = time.perf_counter()
    ticks.append(ended)
    heartbeat.stop()
    stop.set()
    for where, count in seen.most_common(4):
        print(f"    UI thread busy ({count * 10} ms sampled) in: {where}")
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    return max(0.0, max(gaps) * 1000 - TICK_MS), ended - began


def warm(app: object, window: object) -> None:
    """Start the window's job process and wait until it has opened the library (not measured)."""
    runner = window.runner  # type: ignore[attr-defined]
    runner.warm_up()
    ready: list[object] = []
    runner.run_op(lambda job: job.in_process("messages"), ready.append, "Starting")
    while not ready:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from exports import build
    from reader.services import ReaderService
    from reader.ui.mainwindow import MainWindow
    from reader.ui.ops import SyncRunner

    app = QApplication.instance() or QApplication([])
    report: dict[str, object] = {"date": time.strftime("%Y-%m-%d"), "tick_ms": TICK_MS}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        service = ReaderService.open(tmp / "a", annotator="ana", isolated=False)
        doc_ids = build(service, tmp)
        report["annotations"] = sum(len(service.annotations(d)) for d in doc_ids)
        window = MainWindow(service)
        window.show()
        window.open_document(doc_ids[0])
        app.processEvents()
        gc.collect()
        gc.freeze()  # as reader/ui/app.py does once the window is up
        done: list[object] = []
        runner = window.runner
        warm(app, window)  # as the app does: the job process starts while the person reads
        if WHY:  # how long results take to show on the UI thread (the rest of a stall is the GIL)
            from reader.ui.ops import ThreadRunner

            finished = ThreadRunner._finished

            def timed(self: ThreadRunner, job: object, result: object, exc: object) -> None:
                began = time.perf_counter()
                finished(self, job, result, exc)  # type: ignore[arg-type]
                print(f"    on_done of {getattr(job, 'label', '?')}: {(time.perf_counter() - began) * 1000:.0f} ms")

            ThreadRunner._finished = timed  # type: ignore[method-assign]
        runner.idle.connect(lambda: done.append(True))

        def idle() -> bool:
            return bool(done) and not runner.busy()

        def measure(label: str, start: Callable[[], None], finished: Callable[[], bool] = idle) -> None:
            done.clear()
            stall, wall = stall_during(app, start, finished)
            report[label] = {"longest_stall_ms": round(stall, 1), "wall_s": round(wall, 2)}
            print(f"{label:<28} longest UI stall {stall:7.1f} ms   (operation {wall:6.2f} s)", flush=True)

        bundle = tmp / "all.dossier"
        for fmt, scope in (("md", "all"), ("dossier", "all"), ("pdf", "document")):
            def export(fmt: str = fmt, scope: str = scope) -> None:
                dialog = window.library.export()
                dialog.scope.setCurrentIndex(dialog.scope.findData(scope))
                dialog.format.setCurrentIndex(dialog.format.findData(fmt))
                dialog.save(str(bundle if fmt == "dossier" else tmp / f"{scope}.{fmt}"))
            measure(f"export {fmt} ({'all 10,000' if scope == 'all' else 'open article, 1,000'})", export)
            window.library.export_dialog.close()
        measure("suggest (one article)", lambda: window.suggesting.show())
        window.suggesting.hide()
        measure("search type:person", lambda: window.navigation.search("type:person"))
        measure("reindex", window.library.reindex)

        other = ReaderService.open(tmp / "b", annotator="ben", isolated=False)
        importer = MainWindow(other)
        importer.show()
        warm(app, importer)
        done_import: list[object] = []
        importer.runner.idle.connect(lambda: done_import.append(True))
        measure("import bundle (10,000)", lambda: importer.library.import_file(str(bundle), confirm=False),
                lambda: len(done_import) >= 1 and not importer.runner.busy())

        inline = {}
        sync = SyncRunner(service)
        third = ReaderService.open(tmp / "c", annotator="cy", isolated=False)
        for label, op in (("export md", lambda: service.export("md")),
                          ("export dossier", lambda: service.export("dossier")),
                          ("export pdf (one article)", lambda: service.export("pdf", document_refs=[doc_ids[0]])),
                          ("suggest", lambda: service.suggest(doc_ids[0])),
                          ("search", lambda: service.search("type:person", limit=50, facets=True)),
                          ("reindex", lambda: service.reindex()),
                          ("import (preview + merge)", lambda: (third.import_file(bundle, dry_run=True),
                                                               third.import_file(bundle)))):
            began = time.perf_counter()
            sync.run_op(lambda job, op=op: op(), lambda _: None)
            inline[label] = round(time.perf_counter() - began, 2)
        report["inline_s (the UI thread's stall before the runner)"] = inline
        print("inline on the UI thread (before):", inline)
        importer.close()
        window.close()
        other.close()
        third.close()
        service.close()
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "ui_stall.json").write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
