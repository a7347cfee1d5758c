"""The page view: a PDF renders off the UI thread, a selection on the page becomes an annotation with
quads on that page, and highlights are drawn where the words are."""
from __future__ import annotations

import pymupdf
from PySide6.QtCore import Qt

from reader.ui.mainwindow import MainWindow
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
    window.find_next()
    start, end = window.page_view.canvas.selected_range()  # type: ignore[misc]
    assert window.document.text[start:end].casefold() == "managed retreat"  # type: ignore[union-attr]
    assert window.page_view.current_page() == window.document.page_of(start)  # type: ignore[union-attr]
    window.find_next()
    assert window.page_view.canvas.selected_range()[0] > start  # type: ignore[index]
