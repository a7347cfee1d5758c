"""Desktop app benchmark: start-up to a shown window with a document (median of 5), a 1,000-page PDF
open-to-first-page (side by side with `pdftoppm` on the same page), and memory after scrolling 200 pages.
Usage: python bench/app.py   (offscreen; nothing here runs in `make test`)."""
from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_pdf(path: Path, pages: int) -> None:
    import pymupdf

    doc = pymupdf.open()
    for i in range(pages):
        page = doc.new_page()
        y = 72.0
        for j in range(40):
            page.insert_text((72, y), f"Page {i + 1}, line {j + 1}: the council said the barrier would protect homes.",
                             fontsize=10)
            y += 17
    doc.save(path, garbage=3, deflate=True)


def startup(tmp: Path, sample: Path, runs: int = 5) -> float:
    env = dict(os.environ, DOSSIER_LIBRARY=str(tmp / "startup-lib"))
    subprocess.run([sys.executable, "main.py", "add", str(sample)], cwd=ROOT, env=env, capture_output=True)
    times = []
    for i in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "main.py", "--screenshot", str(tmp / f"s{i}.png"), str(sample)], cwd=ROOT,
                       env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def first_page(pdf: Path) -> dict[str, float]:
    from reader.document import load_document
    from reader.document.render import PageRenderer

    t0 = time.perf_counter()
    doc = load_document(pdf)
    extract = time.perf_counter() - t0
    t0 = time.perf_counter()
    renderer = PageRenderer(pdf, doc)
    renderer.render(0, 1.5)
    render = time.perf_counter() - t0
    renderer.close()
    out: dict[str, float] = {"first_add_extract_s": extract, "open_to_first_page_s": render}
    if shutil.which("pdftoppm"):
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "108", "-png", str(pdf), str(pdf.with_suffix(""))],
                           check=True, capture_output=True)
            runs.append(time.perf_counter() - t0)
        out["pdftoppm_first_page_s"] = statistics.median(runs)
    return out


def scroll_memory(tmp: Path, pdf: Path, pages: int = 200) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from reader.services import ReaderService
    from reader.ui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    service = ReaderService.open(tmp / "scroll-lib", isolated=False)
    record = service.add_file(pdf).record
    assert record is not None
    window = MainWindow(service)
    window.resize(1400, 900)
    window.show()
    window.open_document(record.id)
    canvas = window.page_view.canvas
    renders = []
    for index in range(pages):
        t0 = time.perf_counter()
        window.page_view.go_to_page(index)
        deadline = time.monotonic() + 30
        while index not in canvas.cached_pages() and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        renders.append((time.perf_counter() - t0) * 1000)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    service.close()
    renders.sort()
    return {"page_render_p50_ms": renders[len(renders) // 2], "page_render_p95_ms": renders[int(0.95 * (len(renders) - 1))],
            "peak_rss_mb_after_200_pages": peak_mb}


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        pdf = tmp / "thousand.pdf"
        make_pdf(pdf, 1000)
        report: dict[str, object] = {"date": time.strftime("%Y-%m-%d")}
        report["startup_to_window_s_median_of_5"] = startup(tmp, ROOT / "resources" / "samples" / "grid_shortfall.html")
        report |= first_page(pdf)
        report |= scroll_memory(tmp, pdf)
    for key, value in report.items():
        print(f"{key:<34} {value:.3f}" if isinstance(value, float) else f"{key:<34} {value}")
    if "pdftoppm_first_page_s" in report:
        ratio = float(report["open_to_first_page_s"]) / float(report["pdftoppm_first_page_s"])  # type: ignore[arg-type]
        print(f"{'first page vs pdftoppm (ratio)':<34} {ratio:.2f}")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "app.json").write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
