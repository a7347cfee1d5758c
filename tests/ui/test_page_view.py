"""The page view: a PDF renders off the UI thread, a selection on the page becomes an annotation with
quads on that page, and highlights are drawn where the words are."""
from __future__ import annotations

from pathlib import Path

import pymupdf
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from annotations.document import Document, PageSpan
from reader.ui.mainwindow import MainWindow
from reader.ui.page_cache import CACHE_BYTES
from reader.ui.page_view import GAP, PageView
from tests.conftest import SAMPLES


def _open_pdf(window: MainWindow) -> str:
    result = window.service.add_file(SAMPLES / "flood_review.pdf")
    assert result.record is not None
    window.refresh_library()
    window.open_document(result.record.id)
    return result.record.id


def test_pdf_opens_in_the_page_view_and_renders_off_the_ui_thread(window: MainWindow, qtbot: object) -> None:
    _open_pdf(window)
    assert window.stack.currentWidget() is window.page_view and window.page_bar.isVisible()
    canvas = window.page_view.canvas
    qtbot.waitUntil(lambda: 0 in canvas.cached_pages(), timeout=10_000)  # type: ignore[attr-defined]
    assert canvas.page_rect(0).width() > 300  # fit width
    window.page_view.go_to_page(2)
    qtbot.waitUntil(lambda: 2 in canvas.cached_pages(), timeout=10_000)  # type: ignore[attr-defined]
    assert window.page_view.current_page() == 2


def test_selection_on_the_page_and_a_key_make_an_annotation_with_quads(window: MainWindow, qtbot: object) -> None:
    _open_pdf(window)
    canvas = window.page_view.canvas
    text = window.document.text  # type: ignore[union-attr]
    quote = "Tomas Ek"
    start = text.index(quote)
    canvas.select_range(start, start + len(quote))
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_1)  # type: ignore[attr-defined]
    [annotation] = window.annotations
    assert annotation.label == "PERSON" and annotation.target.exact == quote
    [area] = annotation.target.areas
    assert area.page == 1
    with pymupdf.open(SAMPLES / "flood_review.pdf") as pdf:
        found = pdf[1].search_for(quote)[0]
    x0, y0, x1, y1 = area.quads[0].rect()
    assert abs(x0 - found.x0) < 2 and abs(x1 - found.x1) < 2 and y0 <= found.y1 and y1 >= found.y0
    assert [m[0] for m in canvas.marks] == [annotation.id]


def test_mouse_drag_selects_text_on_a_rendered_page(window: MainWindow, qtbot: object) -> None:
    _open_pdf(window)
    canvas = window.page_view.canvas
    qtbot.waitUntil(lambda: 0 in canvas.cached_pages(), timeout=10_000)  # type: ignore[attr-defined]
    with pymupdf.open(SAMPLES / "flood_review.pdf") as pdf:
        r = pdf[0].search_for("storm surge")[0]
    page = canvas.page_rect(0)
    z = canvas.zoom

    def at(x: float, y: float) -> object:
        from PySide6.QtCore import QPoint

        return QPoint(int(page.left() + x * z), int(page.top() + y * z))

    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at(r.x0 + 1, (r.y0 + r.y1) / 2))  # type: ignore[attr-defined]
    qtbot.mouseMove(canvas, at(r.x1 - 1, (r.y0 + r.y1) / 2))  # type: ignore[attr-defined]
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at(r.x1 - 1, (r.y0 + r.y1) / 2))  # type: ignore[attr-defined]
    selection = canvas.selected_range()
    assert selection is not None
    assert window.document.text[selection[0]:selection[1]].strip() == "storm surge"  # type: ignore[union-attr]
    qtbot.keyClick(canvas, Qt.Key.Key_H)  # type: ignore[attr-defined]
    assert window.annotations[0].target.exact == "storm surge"
    window.undo()
    assert window.annotations == [] and canvas.marks == []


def test_outline_jumps_to_the_heading_page(window: MainWindow, qtbot: object) -> None:
    _open_pdf(window)
    titles = [window.outline.topLevelItem(0).child(i).text(0) for i in range(window.outline.topLevelItem(0).childCount())]
    assert titles[:2] == ["Summary", "1. The 2023 surge"] and "4. Funding" in titles
    funding = next(window.outline.topLevelItem(0).child(i) for i in range(len(titles)) if titles[i] == "4. Funding")
    window.outline.itemClicked.emit(funding, 0)
    assert window.page_view.current_page() == 2


def test_find_in_a_pdf_selects_the_text_and_turns_to_its_page(window: MainWindow) -> None:
    _open_pdf(window)
    window.find_box.setText("managed retreat")
    window.navigation.find_next()
    start, end = window.page_view.canvas.selected_range()  # type: ignore[misc]
    assert window.document.text[start:end].casefold() == "managed retreat"  # type: ignore[union-attr]
    assert window.page_view.current_page() == window.document.page_of(start)  # type: ignore[union-attr]
    window.navigation.find_next()
    assert window.page_view.canvas.selected_range()[0] > start  # type: ignore[index]


def _made_pdf(path: Path, pages: int, size: tuple[float, float] = (595, 842)) -> tuple[Document, list[tuple[float, float]]]:
    """A PDF of `pages` pages saying "Page N", and its Document (built here: the loader would take its time)."""
    doc = pymupdf.open()
    for i in range(pages):
        page = doc.new_page(width=size[0], height=size[1])
        page.insert_text((72, 100), f"Page {i + 1}", fontsize=40)
    doc.save(path)
    doc.close()
    texts = [f"Page {i + 1}" for i in range(pages)]
    spans, pos = [], 0
    for i, t in enumerate(texts):
        spans.append(PageSpan(index=i, start=pos, end=pos + len(t), width=size[0], height=size[1]))
        pos += len(t) + 2
    document = Document(id="0" * 64, format="pdf", source_path=str(path), size=path.stat().st_size,
                        text="\n\n".join(texts), pages=tuple(spans))
    return document, [size] * pages


def test_the_page_cache_stays_within_its_byte_budget_at_600_percent(qtbot: QtBot, tmp_path: Path) -> None:
    document, sizes = _made_pdf(tmp_path / "ten.pdf", 10)
    view = PageView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.open(tmp_path / "ten.pdf", document, sizes)
    view.set_percent(600)
    canvas = view.canvas
    assert CACHE_BYTES <= 400 * 2**20
    canvas.setFocus()
    seen = set()
    while view.current_page() < 9:
        qtbot.waitUntil(lambda: set(canvas.visible_pages()) <= set(canvas.cached_pages()), timeout=30_000)
        seen.update(canvas.cached_pages())
        assert canvas.cache_bytes() <= CACHE_BYTES
        assert all(page.samples == b"" for _, page in canvas._cache.values())  # one copy: the image
        for _ in range(5):
            qtbot.keyClick(canvas, Qt.Key.Key_PageDown)  # the canvas passes scrolling keys to the view
    qtbot.waitUntil(lambda: 9 in canvas.cached_pages(), timeout=30_000)
    assert len(seen) >= 8 and canvas.cache_bytes() <= CACHE_BYTES
    assert 0 not in canvas.cached_pages()  # the oldest went first
    view.close_document()


def test_every_page_of_a_document_taller_than_qts_widget_limit_is_reachable(qtbot: QtBot, tmp_path: Path) -> None:
    document, sizes = _made_pdf(tmp_path / "tall.pdf", 1200, (595, 14400))  # 17 million pixels at 100%
    view = PageView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.open(tmp_path / "tall.pdf", document, sizes)
    view.set_percent(100)
    canvas = view.canvas
    assert canvas.content_height > 16_777_215
    view.go_to_page(1199)
    qtbot.waitUntil(lambda: 1199 in canvas.cached_pages(), timeout=30_000)
    assert view.current_page() == 1199 and canvas.page_rect(1199).top() == GAP
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert view.current_page() == 0
    qtbot.keyClick(canvas, Qt.Key.Key_End)  # the end of the document is the last page's foot
    assert canvas.page_at(canvas.height()) == 1199
    qtbot.waitUntil(lambda: 1199 in canvas.cached_pages(), timeout=30_000)
    _, page = canvas._cache[1199]
    assert document.text[page.chars[0][0]:page.chars[-1][0] + 1] == "Page 1200"
    view.grab().save(str(tmp_path / "last-page.png"))
    view.close_document()


def test_a_drag_on_the_page_snaps_to_whole_words(window: MainWindow, qtbot: QtBot) -> None:
    _open_pdf(window)
    canvas = window.page_view.canvas
    qtbot.waitUntil(lambda: 0 in canvas.cached_pages(), timeout=10_000)
    with pymupdf.open(SAMPLES / "flood_review.pdf") as pdf:
        r = pdf[0].search_for("storm surge")[0]
    page, z = canvas.page_rect(0), canvas.zoom
    y = page.top() + (r.y0 + r.y1) / 2 * z
    width = r.x1 - r.x0
    start = QPoint(int(page.left() + (r.x0 + width * 0.08) * z), int(y))  # inside "storm"
    end = QPoint(int(page.left() + (r.x1 - width * 0.08) * z), int(y))  # before the end of "surge"
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    selection = canvas.selected_range()
    assert selection is not None and window.document.text[selection[0]:selection[1]] == "storm surge"  # type: ignore[union-attr]
    qtbot.keyClick(canvas, Qt.Key.Key_H)
    assert window.annotations[0].target.exact == "storm surge" and canvas.selected_range() is None


def test_the_page_box_follows_end_page_up_and_home(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    doc = pymupdf.open()
    for i in range(200):
        doc.new_page().insert_text((72, 300), f"Section {i + 1} of the flood review says the barrier held.")
    doc.save(path)
    doc.close()
    record = window.service.add_file(path).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    view, box = window.page_view, window.page_box
    assert box.value() == 1 and box.maximum() == 200
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert box.value() == view.current_page() + 1 >= 199
    for _ in range(6):  # (a screenful each: about half a page at this width)
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert box.value() == view.current_page() + 1 < 199
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "50")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert view.current_page() == 49 and box.value() == 50
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert box.value() == 1


def test_a_press_in_the_blank_right_of_a_line_end_belongs_to_that_line(window: MainWindow, qtbot: QtBot,
                                                                       tmp_path: Path) -> None:
    """Pressed in the blank space right of a short line's end and dragged back onto one of its words, the selection
    ran on into the longer line below: the nearest character was scored as dx + 4·dy, so a character of the next
    line under the press beat the line's own end 60 pt away (an outside tester, stop 54). A character level with
    the press now counts its horizontal distance at a quarter."""
    path = tmp_path / "lines.pdf"
    with pymupdf.open() as pdf:
        page = pdf.new_page(width=595, height=842)
        page.insert_text((72, 100), "The short line ends here.", fontsize=11)
        page.insert_text((72, 114), "A much longer line of text follows it and runs on well past the end.", fontsize=11)
        pdf.save(path)
    result = window.service.add_file(path)
    assert result.record is not None
    window.refresh_library()
    window.open_document(result.record.id)
    canvas = window.page_view.canvas
    qtbot.waitUntil(lambda: 0 in canvas.cached_pages(), timeout=10_000)
    with pymupdf.open(path) as pdf:
        [word] = pdf[0].search_for("ends")
        [end] = pdf[0].search_for("here.")
    shown, z = canvas.page_rect(0), canvas.zoom
    y = (word.y0 + word.y1) / 2
    for gap in (20, 60, 100):  # (farther out, a character of the line below, 6.5 pt under the press, wins)
        start = QPoint(int(shown.left() + (end.x1 + gap) * z), int(shown.top() + y * z))
        stop = QPoint(int(shown.left() + (word.x0 + 2) * z), int(shown.top() + y * z))
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(canvas, stop)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=stop)
        selection = canvas.selected_range()
        assert selection is not None, gap
        assert window.document.text[selection[0]:selection[1]] == "ends here", gap  # type: ignore[union-attr]  # (its period trimmed)
