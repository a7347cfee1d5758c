"""Desktop app benchmark: start-up to a shown window with a document (median of 5), a 1,000-page PDF
open-to-first-page (side by side with `pdftoppm` on the same page), memory after scrolling 200 pages,
memory at 600% zoom over 30 pages (the page cache is bounded in bytes), and a jump to the last page of a
10,000-page PDF (any page reachable: the page view scrolls virtually, no giant canvas).
Usage: python bench/app.py [startup first_page scroll zoom jump]   (offscreen; not part of `make test`).
With names, only those parts run (the JSON then holds only them and is written as app-partial.json)."""
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


SENTENCES = ("the council said the barrier would protect homes", "fishermen feared the closures in spring",
             "the authority published its survey of residents", "engineers estimated the cost at 19 million",
             "the minister promised a decision before winter", "a spokeswoman declined to comment on the loan",
             "the cooperative asked for a study of the herring")


def make_pdf(path: Path, pages: int, lines: int = 40) -> None:
    import pymupdf

    doc = pymupdf.open()
    for i in range(pages):
        page = doc.new_page()
        y = 72.0
        for j in range(lines):  # text that differs from page to page (the same lines would be running heads)
            sentence = SENTENCES[(i * 3 + j) % len(SENTENCES)]
            page.insert_text((72, y), f"Page {i + 1}, line {j + 1}: {sentence}.", fontsize=10)
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


def make_long_pdf(path: Path, pages: int, kinds: int = 100) -> list[str]:
    """A long PDF made fast: `kinds` pages of text repeated, each page then numbered ("Page N of M" on top);
    the text of every page, in reading order."""
    import pymupdf

    template = pymupdf.open()
    bodies = []
    for i in range(kinds):
        page = template.new_page()
        lines = [f"{SENTENCES[(i * 3 + j) % len(SENTENCES)].capitalize()} ({i + 1}.{j + 1})." for j in range(6)]
        for j, line in enumerate(lines):
            page.insert_text((72, 110 + 17 * j), line, fontsize=10)
        bodies.append("\n".join(lines))
    doc = pymupdf.open()
    for _ in range(pages // kinds + 1):
        doc.insert_pdf(template, to_page=min(kinds, pages - doc.page_count) - 1)
        if doc.page_count >= pages:
            break
    texts = []
    for i, page in enumerate(doc):
        page.insert_text((72, 72), f"Page {i + 1} of {pages}", fontsize=14)
        texts.append(f"Page {i + 1} of {pages}\n{bodies[i % kinds]}")
    doc.save(path)
    return texts


def rss_mb() -> float:
    """This process's resident memory now (Linux /proc), in MB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _wait_for_page(app: object, canvas: object, index: int, seconds: float = 120) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + seconds
    while index not in canvas.cached_pages() and time.monotonic() < deadline:  # type: ignore[attr-defined]
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)  # type: ignore[attr-defined]


def zoom_memory(tmp: Path, pdf: Path, pages: int = 30, percent: float = 600) -> dict[str, float]:
    """Scroll page by page through `pages` pages at `percent` zoom; memory after (the cache's own bytes too)."""
    from PySide6.QtWidgets import QApplication

    from reader.services import ReaderService
    from reader.ui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication([])
    service = ReaderService.open(tmp / "zoom-lib", isolated=False)
    record = service.add_file(pdf).record
    assert record is not None
    window = MainWindow(service)
    window.resize(1400, 900)
    window.show()
    window.open_document(record.id)
    view = window.page_view
    view.set_percent(percent)
    canvas = view.canvas
    before = rss_mb()
    peak = before
    t0 = time.perf_counter()
    for index in range(pages):
        view.go_to_page(index)
        _wait_for_page(app, canvas, index)
        peak = max(peak, rss_mb())
    elapsed = time.perf_counter() - t0
    cache = sum(image.sizeInBytes() for image in canvas.cached_images()) / 2**20 if hasattr(canvas, "cached_images") \
        else sum(entry[0].sizeInBytes() + len(entry[1].samples) for entry in canvas._cache.values()) / 2**20
    out = {f"zoom_{percent:.0f}pct_{pages}_pages_rss_before_mb": before,
           f"zoom_{percent:.0f}pct_{pages}_pages_rss_peak_mb": peak,
           f"zoom_{percent:.0f}pct_{pages}_pages_rss_after_mb": rss_mb(),
           f"zoom_{percent:.0f}pct_page_cache_mb": cache,
           f"zoom_{percent:.0f}pct_{pages}_pages_s": elapsed}
    window.close()
    service.close()
    return out


def jump_to_last_page(tmp: Path, pages: int = 10_000) -> dict[str, object]:
    """A `pages`-page PDF in the page view, then a jump to its last page: the time until that page is drawn,
    and which page the view says it shows (it must be the last). The document is built here from the text
    written into the PDF (adding 10,000 pages to a library is the loader's time, not the view's)."""
    from PySide6.QtWidgets import QApplication

    from annotations.document import Document, PageSpan
    from reader.ui.page_view import PageView

    pdf = tmp / "ten-thousand.pdf"
    t0 = time.perf_counter()
    texts = make_long_pdf(pdf, pages)
    made = time.perf_counter() - t0
    spans, pos = [], 0
    for i, t in enumerate(texts):
        spans.append(PageSpan(index=i, start=pos, end=pos + len(t), width=595, height=842))
        pos += len(t) + 2
    document = Document(id="0" * 64, format="pdf", source_path=str(pdf), size=pdf.stat().st_size,
                        text="\n\n".join(texts), pages=tuple(spans))
    app = QApplication.instance() or QApplication([])
    view = PageView()
    view.resize(1100, 900)
    view.show()
    t0 = time.perf_counter()
    view.open(pdf, document, [(595.0, 842.0)] * pages)
    _wait_for_page(app, view.canvas, 0)
    opened = time.perf_counter() - t0
    out: dict[str, object] = {f"pdf_{pages}_pages_make_s": made, f"pdf_{pages}_pages_open_to_first_page_s": opened}
    for percent in (100, 600):
        view.set_percent(percent)
        view.go_to_page(0)
        _wait_for_page(app, view.canvas, 0)
        t0 = time.perf_counter()
        view.go_to_page(pages - 1)
        _wait_for_page(app, view.canvas, pages - 1, seconds=30)
        out[f"jump_to_page_{pages}_at_{percent}pct_s"] = time.perf_counter() - t0
        out[f"jump_to_page_{pages}_at_{percent}pct_shows_page"] = view.current_page() + 1
        out[f"jump_to_page_{pages}_at_{percent}pct_drawn"] = pages - 1 in view.canvas.cached_pages()
    view.close_document()
    view.close()
    return out


def main() -> None:
    parts = set(sys.argv[1:]) or {"startup", "first_page", "scroll", "zoom", "jump"}
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        pdf = tmp / "thousand.pdf"
        if parts - {"startup", "jump"}:
            make_pdf(pdf, 1000)
        report: dict[str, object] = {"date": time.strftime("%Y-%m-%d")}
        if "startup" in parts:
            report["startup_to_window_s_median_of_5"] = startup(tmp, ROOT / "resources" / "samples" / "grid_shortfall.html")
        if "first_page" in parts:
            report |= first_page(pdf)
        if "zoom" in parts:  # before the long scroll, so the peak it reports is its own
            report |= zoom_memory(tmp, pdf)
            print(json.dumps({k: v for k, v in report.items() if k.startswith("zoom")}), flush=True)
        if "scroll" in parts:
            report |= scroll_memory(tmp, pdf)
        if "jump" in parts:
            report |= jump_to_last_page(tmp)
    for key, value in report.items():
        print(f"{key:<34} {value:.3f}" if isinstance(value, float) else f"{key:<34} {value}")
    if "pdftoppm_first_page_s" in report:
        ratio = float(report["open_to_first_page_s"]) / float(report["pdftoppm_first_page_s"])  # type: ignore[arg-type]
        print(f"{'first page vs pdftoppm (ratio)':<34} {ratio:.2f}")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / ("app.json" if len(parts) == 5 else "app-partial.json")).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
