"""A 2 MB article in the text view with 5,000 highlights: open time (document shown with its highlights,
paragraphs spaced and headings styled, median of 3) and the time to add one more highlight through the window (p50/p95 of 20), offscreen.
Also reports how many highlights are actually drawn (only the visible ones should be).
Usage: python bench/text_view.py   (nothing here runs in `make test`)."""
from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DOSSIER_IN_PROCESS", "1")

SIZE = 2_000_000
HIGHLIGHTS = 5_000


def article() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "gold").glob("*.txt"))]
    block = "\n\n".join(texts)
    return (block * (SIZE // len(block) + 1))[:SIZE].rsplit(" ", 1)[0] + ".\n"


def main() -> None:
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
        opens = []
        for _ in range(3):
            t0 = time.perf_counter()
            window.open_document(record.id)
            app.processEvents()
            opens.append(time.perf_counter() - t0)
        drawn = len(window.text_view.extraSelections())
        adds = []
        for i in range(20):
            start = text.find(" ", 1000 + i * 500) + 1
            end = text.find(" ", start)
            window.text_view.select_range(start, end)
            t0 = time.perf_counter()
            if hasattr(window, "annotating"):  # the annotating controller (the window's own method before it)
                window.annotating.annotate(Kind.HIGHLIGHT, "", start, end)
            else:
                window.annotate("highlight", "", start, end)  # type: ignore[attr-defined]
            app.processEvents()
            adds.append(time.perf_counter() - t0)
        adds.sort()
        report = {"date": time.strftime("%Y-%m-%d"), "megabytes": round(len(text.encode()) / 1e6, 2),
                  "highlights": len(window.annotations), "bulk_annotate_5000_s": round(bulk, 2),
                  "open_with_highlights_s_median_of_3": round(statistics.median(opens), 3),
                  "add_one_highlight_p50_ms": round(adds[len(adds) // 2] * 1000, 1),
                  "add_one_highlight_p95_ms": round(adds[int(0.95 * (len(adds) - 1))] * 1000, 1),
                  "highlights_drawn": drawn}
        window.close()
        service.close()
    for key, value in report.items():
        print(f"{key:<38} {value}")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "text_view.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
