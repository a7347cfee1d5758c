"""Pages with a /Rotate of 90, 180 or 270 (landscape tables in reports come so): the page view shows them turned, and a
drag over a word where it is shown selects that word, its highlight covers the word's pixels, a click on the highlight
selects it, and jumping to an annotation brings it into view (audit 40, T2 finding 3: the view used the unrotated
geometry, so highlights lay on blank paper and a drag selected nothing, or the word "line")."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.ui.mainwindow import MainWindow

WORD = "Nordgrid"


def _rotated_pdf(path: Path, rotations: list[int]) -> None:
    """One page per rotation; the media box larger than the crop box, as scanned and trimmed reports have it."""
    doc = pymupdf.open()
    for rotation in rotations:
        page = doc.new_page(width=635, height=882)
        page.insert_text((92, 120), f"Page rotated {rotation} degrees. Minister Jane Roe said the budget rose.",
                         fontsize=12)
        page.insert_text((92, 150), "Second line mentions Nordgrid Energy in Oslo.", fontsize=12)
        page.set_cropbox(pymupdf.Rect(20, 20, 615, 862))
        page.set_rotation(rotation)
    doc.save(path)
    doc.close()


def _open(window: MainWindow, path: Path) -> str:
    record = window.service.add_file(path).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    return record.id


def _word_on_page(path: Path, index: int) -> tuple[pymupdf.Rect, pymupdf.Rect, pymupdf.Matrix]:
    """The word's box on the unrotated page, where PyMuPDF shows it (page points), and the page's rotation matrix."""
    with pymupdf.open(path) as pdf:
        page = pdf[index]
        word = next(pymupdf.Rect(w[:4]) for w in page.get_text("words") if w[4] == WORD)
        return word, word * page.rotation_matrix, page.rotation_matrix


def _ink(image: QImage, rect: QRectF) -> list[tuple[int, int]]:
    """Dark pixels (the glyphs) inside `rect` of a grabbed image."""
    out = []
    for y in range(max(0, int(rect.top())), min(image.height(), int(rect.bottom()) + 1)):
        for x in range(max(0, int(rect.left())), min(image.width(), int(rect.right()) + 1)):
            if image.pixelColor(x, y).lightness() < 110:
                out.append((x, y))
    return out


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_a_drag_over_a_word_on_a_rotated_page_marks_that_word_where_it_is_shown(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, rotation: int) -> None:
    path = tmp_path / f"rotated{rotation}.pdf"
    _rotated_pdf(path, [rotation])
    doc = _open(window, path)
    view, canvas = window.page_view, window.page_view.canvas
    qtbot.waitUntil(lambda: 0 in canvas.cached_pages(), timeout=10_000)
    word, shown, matrix = _word_on_page(path, 0)
    z = canvas.zoom
    view.verticalScrollBar().setValue(int(canvas.page_top(0) + (shown.y0 + shown.y1) / 2 * z - canvas.height() / 2))
    page = canvas.page_rect(0)

    def on_canvas(point: pymupdf.Point) -> QPoint:
        return QPoint(round(page.left() + point.x * z), round(page.top() + point.y * z))

    # from inside the first letter to inside the last, in reading order wherever the rotation shows it
    middle = (word.y0 + word.y1) / 2
    first, last = on_canvas(pymupdf.Point(word.x0 + 2, middle) * matrix), on_canvas(pymupdf.Point(word.x1 - 2, middle) * matrix)
    word_px = QRectF(page.left() + shown.x0 * z, page.top() + shown.y0 * z, shown.width * z, shown.height * z)
    before = canvas.grab().toImage()
    ink = _ink(before, word_px.adjusted(-1, -1, 1, 1))
    assert len(ink) > 30  # the word is drawn where PyMuPDF says it is shown

    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseMove(canvas, QPoint((first.x() + last.x()) // 2, (first.y() + last.y()) // 2))
    qtbot.mouseMove(canvas, last)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=last)
    selection = canvas.selected_range()
    assert selection is not None and window.document.text[selection[0]:selection[1]] == WORD  # type: ignore[union-attr]
    qtbot.keyClick(canvas, Qt.Key.Key_2)  # ORG

    [annotation] = window.service.annotations(doc)
    assert annotation.label == "ORG" and annotation.target.exact == WORD
    [area] = annotation.target.areas  # stored in the PDF's own (unrotated) space, as exports and imports need
    x0, y0, x1, y1 = area.quads[0].rect()
    assert abs(x0 - word.x0) < 1 and abs(x1 - word.x1) < 1 and abs(y0 - word.y0) < 1 and abs(y1 - word.y1) < 1

    after = canvas.grab().toImage()
    untinted = [p for p in ink if after.pixelColor(*p) == before.pixelColor(*p)]
    assert not untinted, f"{len(untinted)} of the word's {len(ink)} dark pixels are not under its highlight"
    changed = [(x, y) for x in range(int(word_px.left()) - 40, int(word_px.right()) + 40)
               for y in range(int(word_px.top()) - 40, int(word_px.bottom()) + 40)
               if 0 <= x < after.width() and 0 <= y < after.height() and after.pixelColor(x, y) != before.pixelColor(x, y)]
    xs, ys = [x for x, _ in changed], [y for _, y in changed]
    assert word_px.adjusted(-2, -2, 2, 2).contains(QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))

    window.select_annotation(None)
    centre = on_canvas(pymupdf.Point((word.x0 + word.x1) / 2, middle) * matrix)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre)  # a click on the highlight selects it
    assert window.session.selected == annotation.id


def test_a_click_on_the_card_of_an_annotation_on_a_rotated_page_not_rendered_yet_brings_it_into_view(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "turned.pdf"
    _rotated_pdf(path, [0, 0, 180])  # on the last page the word is shown near the bottom, not near the top
    record = window.service.add_file(path).record
    assert record is not None
    annotation, _ = window.service.annotate_quote(record.id, WORD, 3, AnnotationInput(Kind.HIGHLIGHT, 0, 0))
    assert annotation.target.areas[0].page == 2
    window.refresh_library()
    window.open_document(record.id)
    canvas = window.page_view.canvas
    assert 2 not in canvas.cached_pages()  # not rendered yet: the view does not know it is rotated
    panel = window.annotations_panel
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.card_rect(annotation.id).center())
    assert window.session.selected == annotation.id
    qtbot.waitUntil(lambda: 2 in canvas.cached_pages(), timeout=10_000)
    _, shown, _ = _word_on_page(path, 2)
    top = canvas.page_rect(2).top() + shown.y0 * canvas.zoom
    assert 0 <= top and top + shown.height * canvas.zoom <= canvas.height(), (top, canvas.height())
