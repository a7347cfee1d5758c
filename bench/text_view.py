"""A 2 MB article in the text view with 5,000 highlights, offscreen, the window as the app builds it
(cyclic collector frozen after start-up, as reader/ui/app.py does):

- open: the document shown with its highlights, paragraphs spaced and headings styled (median of 3);
- add one more highlight through the window (p50/p95 of 20): the word selected and on screen, then the key
  H pressed, until the event queue is empty (until 2026-12-02 14:50 the add was called directly right after
  selecting, so each figure also held the scroll to that selection and its repaint);
- add one entity mention (p50 of 5; a new entity is an entity change: everything is redrawn).

Each figure is split in two: the store part — time inside the service's calls (SQLite, the Whoosh index,
reading records; the SCALE work) — and the window part, everything else (rows, marks, models, views;
what this bench is about). For an add the store part is the `annotate` call itself; the window's own
service reads (undo label, the new annotation, the codebook) count as window. Also: how many highlights
are drawn (only the visible ones should be) and how many annotation cards were measured per add (only
those on screen should be). The window part of an add is also given in CPU time of the process (without
the store call's), which the machine's load inflates far less than the wall clock.
Usage: python bench/text_view.py [--profile]   (--profile: cProfile of 5 adds, top functions printed).
Nothing here runs in `make test`."""
from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DOSSIER_IN_PROCESS", "1")

SIZE = 2_000_000
HIGHLIGHTS = 5_000
ADDS = 20


def article() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "gold").glob("*.txt"))]
    block = "\n\n".join(texts)
    return (block * (SIZE // len(block) + 1))[:SIZE].rsplit(" ", 1)[0] + ".\n"


class ServiceClock:
    """Time spent inside the service's public methods (outermost calls only), by method name."""

    def __init__(self, service: object) -> None:
        self.spent: dict[str, float] = {}
        self.cpu = 0.0
        """CPU time of the process inside those calls (the machine's load does not inflate it)."""
        self._depth = 0
        for name in dir(type(service)):
            attr = getattr(type(service), name, None)
            if not name.startswith("_") and callable(attr) and not isinstance(attr, type):
                setattr(service, name, self._timed(name, getattr(service, name)))

    def _timed(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._depth += 1
            start, cpu = time.perf_counter(), time.process_time()
            try:
                return method(*args, **kwargs)
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self.spent[name] = self.spent.get(name, 0.0) + time.perf_counter() - start
                    if name == "annotate":
                        self.cpu += time.process_time() - cpu
        return timed

    def reset(self) -> None:
        self.spent, self.cpu = {}, 0.0

    def total(self) -> float:
        return sum(self.spent.values())


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotations.library import AnnotationInput
    from annotations.model import Kind
    from reader.services import ReaderService
    from reader.ui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        path = tmp / "long-article.txt"
        path.write_text(article(), encoding="utf-8")
        service = ReaderService.open(tmp / "lib", isolated=False)
        record = service.add_file(path).record
        assert record is not None
        text = record.text
        step = len(text) // HIGHLIGHTS
        specs = []
        for i in range(HIGHLIGHTS):
            start = text.find(" ", i * step) + 1
            end = text.find(" ", start)
            kind = (Kind.HIGHLIGHT, Kind.ENTITY, Kind.CLAIM)[i % 3]
            specs.append(AnnotationInput(kind, start, end, label="PERSON" if kind is Kind.ENTITY else None))
        t0 = time.perf_counter()
        service.annotate_many(record.id, specs)
        bulk = time.perf_counter() - t0
        window = MainWindow(service)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        gc.collect()
        gc.freeze()  # as reader/ui/app.py does once the window is up
        clock = ServiceClock(service)
        cards = window.annotations_panel.delegate
        measured = [0]
        size_hint = cards.sizeHint

        def counted(*args: Any) -> Any:
            measured[0] += 1
            return size_hint(*args)

        cards.sizeHint = counted  # type: ignore[method-assign]
        opens, open_store = [], []
        for _ in range(3):
            clock.reset()
            t0 = time.perf_counter()
            window.open_document(record.id)
            app.processEvents()
            app.processEvents()  # delayed layouts (a zero timer) too
            opens.append(time.perf_counter() - t0)
            open_store.append(clock.total())
        drawn = len(window.text_view.extraSelections())
        adds, add_store, window_reads, per_add_measured = [], [], [], []
        reads: dict[str, list[float]] = {}
        window_cpu: list[float] = []
        profile = None
        if "--profile" in sys.argv:
            import cProfile
            profile = cProfile.Profile()
        for i in range(ADDS):
            start = text.find(" ", 1000 + i * 500) + 1
            end = text.find(" ", start)
            window.text_view.select_range(start, end)
            app.processEvents()  # the selection (and the scroll to it) is on screen before the key, as for
            app.processEvents()  # a person who dragged over the word; it is no part of the add
            clock.reset()
            measured[0] = 0
            if profile is not None and i >= ADDS - 5:
                profile.enable()
            t0, c0 = time.perf_counter(), time.process_time()
            QTest.keyClick(window.text_view, Qt.Key.Key_H)  # the key a person presses: H, highlight
            app.processEvents()
            app.processEvents()
            adds.append(time.perf_counter() - t0)
            window_cpu.append(time.process_time() - c0 - clock.cpu)
            if profile is not None:
                profile.disable()
            add_store.append(clock.spent.get("annotate", 0.0))
            for method, spent in clock.spent.items():
                if method != "annotate":
                    reads.setdefault(method, []).append(spent)
            window_reads.append(clock.total() - add_store[-1])
            per_add_measured.append(measured[0])
        window_part = [a - s for a, s in zip(adds, add_store)]
        entity_adds, entity_store = [], []
        for i in range(5):  # a person mark (key 1): its entity changes too, and that is still a full redraw
            start = text.find(" ", 30_000 + i * 500) + 1
            end = text.find(" ", start)
            clock.reset()
            t0 = time.perf_counter()
            window.annotating.annotate(Kind.ENTITY, "PERSON", start, end)
            app.processEvents()
            app.processEvents()
            entity_adds.append(time.perf_counter() - t0)
            entity_store.append(clock.spent.get("annotate", 0.0))
        load = os.getloadavg()
        ms = 1000
        report = {
            "date": time.strftime("%Y-%m-%d"), "load_average_1_5_15": [round(x, 2) for x in load],
            "megabytes": round(len(text.encode()) / 1e6, 2), "highlights": len(window.annotations),
            "bulk_annotate_5000_s": round(bulk, 2),
            "open_with_highlights_s_median_of_3": round(statistics.median(opens), 3),
            "open_runs_s": [round(x, 3) for x in opens],
            "open_store_s_median": round(statistics.median(open_store), 3),
            "open_window_s_median": round(statistics.median(o - s for o, s in zip(opens, open_store)), 3),
            "add_one_highlight_p50_ms": round(pct(adds, 0.5) * ms, 1),
            "add_one_highlight_p95_ms": round(pct(adds, 0.95) * ms, 1),
            "add_store_p50_ms": round(pct(add_store, 0.5) * ms, 1),
            "add_store_p95_ms": round(pct(add_store, 0.95) * ms, 1),
            "add_window_p50_ms": round(pct(window_part, 0.5) * ms, 1),
            "add_window_p95_ms": round(pct(window_part, 0.95) * ms, 1),
            "add_window_cpu_p50_ms": round(pct(window_cpu, 0.5) * ms, 1),
            "add_window_cpu_p95_ms": round(pct(window_cpu, 0.95) * ms, 1),
            "add_window_service_reads_p50_ms": round(pct(window_reads, 0.5) * ms, 1),
            "add_window_service_reads_ms_median_by_call": {
                k: round(statistics.median(v + [0.0] * (ADDS - len(v))) * ms, 2) for k, v in sorted(reads.items())},
            "add_one_entity_mention_p50_ms": round(pct(entity_adds, 0.5) * ms, 1),
            "add_entity_store_p50_ms": round(pct(entity_store, 0.5) * ms, 1),
            "highlights_drawn": drawn,
            "cards_measured_per_add_max": max(per_add_measured),
        }
        window.close()
        service.close()
    for key, value in report.items():
        print(f"{key:<38} {value}")
    if profile is not None:
        import pstats
        stats = pstats.Stats(profile).sort_stats(os.environ.get("SORT", "cumulative"))
        stats.print_stats(int(os.environ.get("TOP", "40")))
        if os.environ.get("CALLERS"):
            stats.print_callers(os.environ["CALLERS"])
        return  # a profiled run's figures are not written
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "text_view.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
