"""The exercise diff on a PDF's pages: a key and a trainee over a PDF the library holds are drawn on the
page quads (missed red, extra blue, both green, boundary amber), and clicking a mark on the page finds its row."""
from __future__ import annotations

import uuid
from pathlib import Path

import pymupdf
from PySide6.QtCore import QPoint, Qt

from annotations.bundle import write_bundle
from annotations.codebook import default_codebook
from annotations.model import Annotation, Entity, Kind, Target
from reader.ui.mainwindow import MainWindow
from tests.helpers import make_pdf

LINES = ["President Emmanuel Macron met Volodymyr Zelenskyy", "at the Elysee Palace on Monday.",
         "The New York Times reported it."]


def _bundle(path: Path, who: str, text: str, doc_id: str, marks: list[tuple[str, str]], answer_key: bool) -> Path:
    annotations, entities = [], []
    for n, (quote, label) in enumerate(marks):
        start = text.index(quote)
        entity = Entity(id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{who}/{quote}")), name=quote, type=label)
        entities.append(entity)
        annotations.append(Annotation(id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{who}/{n}")), document_id=doc_id,
                                      kind=Kind.ENTITY, target=Target(start, start + len(quote), quote), label=label,
                                      entity_id=entity.id, created="2026-12-01T08:00:00Z",
                                      modified="2026-12-01T08:00:00Z"))
    path.write_bytes(write_bundle(annotations, entities, [], default_codebook(), who, answer_key=answer_key))
    return path


def test_the_diff_of_a_pdf_is_drawn_on_its_pages(window: MainWindow, qtbot: object, tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "talks.pdf", [LINES])
    added = window.service.add_file(pdf)
    assert added.record is not None
    record = added.record
    key = _bundle(tmp_path / "key.dossier", "Trainer", record.text, record.id,
                  [("Emmanuel Macron", "PERSON"), ("Elysee Palace", "PLACE"), ("Monday", "DATE")], True)
    ana = _bundle(tmp_path / "ana.dossier", "Ana", record.text, record.id,
                  [("President Emmanuel Macron", "PERSON"), ("Elysee Palace", "PLACE"),
                   ("The New York Times", "ORG")], False)
    cw = window.workshop.show_comparison(key, [ana])
    assert cw is not None
    assert cw.views.currentWidget() is cw.page_view and not cw.missing.isVisibleTo(cw)
    marks = {row.text if row.text != "—" else row.trainee_text: (row.status, row.color) for row in cw.diff_model.rows()}
    assert marks == {"Emmanuel Macron": ("boundary: too long", "#E65100"), "Elysee Palace": ("both", "#2E7D32"),
                     "Monday": ("missed", "#C62828"), "The New York Times": ("extra", "#1565C0")}
    drawn = {row_id: (color, areas) for row_id, color, areas in cw.page_marks()}
    assert len(drawn) == 4
    with pymupdf.open(pdf) as doc:
        where = {quote: doc[0].search_for(quote)[0] for quote in ("Emmanuel Macron", "Monday", "The New York Times")}
    by_text = {r.text if r.text != "—" else r.trainee_text: r for r in cw.diff_model.rows()}
    for quote, found in where.items():
        color, areas = drawn[by_text[quote].id]
        [area] = areas
        x0, y0, x1, y1 = area.quads[0].rect()
        assert area.page == 0 and abs(x0 - found.x0) < 2 and abs(x1 - found.x1) < 2, quote
        assert color == by_text[quote].color
    # the trainee's longer span ("President Emmanuel Macron") is outlined on the page
    start = record.text.index("President Emmanuel Macron")
    assert (start, start + 25, "#E65100", False) in cw.page_view.canvas._suggestions

    canvas = cw.page_view.canvas
    qtbot.waitUntil(lambda: 0 in canvas.cached_pages(), timeout=10_000)  # type: ignore[attr-defined]
    monday = where["Monday"]
    page = canvas.page_rect(0)
    point = QPoint(int(page.left() + (monday.x0 + monday.x1) / 2 * canvas.zoom),
                   int(page.top() + (monday.y0 + monday.y1) / 2 * canvas.zoom))
    cw.page_view.ensureVisible(point.x(), point.y())
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)  # type: ignore[attr-defined]
    selected = cw.diff_table.selectionModel().selectedRows()
    assert [cw.diff_model.rows()[i.row()].text for i in selected] == ["Monday"]

    cw.filters["missed"].click()  # unticking a group takes its marks off the page
    assert by_text["Monday"].id not in {row_id for row_id, _, _ in cw.page_marks()}
    assert len(cw.page_marks()) == 3
