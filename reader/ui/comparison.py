"""The exercise window: an answer key compared with trainees' bundles. The class table on top; below,
the article drawn as a diff against the chosen trainee — green where both marked it, amber where the
trainee's span differs from the key's (a boundary error), red where only the key did (a miss; purple when
the trainee gave it another type), blue where only the trainee did (an extra) — next to the list of those
rows, each with the key's text and the trainee's. The key's span is filled; the trainee's, where it
differs, is outlined (dashed). A PDF the library holds is shown on its pages (the quads of each span),
other documents in a reading view. Scores and rows come ready-made from `annotations.workshop` and the
page areas from the service; this window only shows them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QStackedWidget, QVBoxLayout,
    QWidget,
)

from annotations.model import PageArea
from annotations.workshop.agreement import Item
from annotations.workshop.exercise import DiffItem, ExerciseReport, TraineeResult
from annotations.workshop.report import class_table, row_detail
from reader.services_workshop import PagedDiff
from reader.ui.models import ROW_ROLE, RowModel, make_table
from reader.ui.page_view import PageView
from reader.ui.text_view import Mark, TextView

COLORS = {"both": "#2E7D32", "boundary": "#E65100", "missed": "#C62828", "wrong type": "#6A1B9A",
          "extra": "#1565C0"}
FILTERS = {"missed": "missed (key only)", "extra": "extra (trainee only)", "boundary": "boundary errors",
           "both": "both"}
"""The switchable groups; a wrong type shows with the misses (the key's item was not found as such)."""


@dataclass(frozen=True)
class DiffRow:
    id: str
    status: str
    """What the row shows first: "both", "boundary: too long"..., "wrong type", "missed" or "extra"."""
    group: str
    """Its filter group (a key of `FILTERS`)."""
    kind: str
    type: str
    text: str
    """The key's text ("—" for an extra)."""
    trainee_text: str
    """The trainee's text ("—" for a miss)."""
    detail: str
    color: str
    start: int
    end: int
    """The span drawn filled: the key's, or the trainee's for an extra."""
    outline: tuple[int, int] | None = None
    """The trainee's span where it differs from the filled one (drawn dashed)."""
    tooltip: str = ""
    """The whole row in words (the Detail column is cut with "…" in a narrow window): texts, detail, the
    trainee's note as written."""


def diff_rows(result: TraineeResult, document_id: str) -> list[DiffRow]:
    rows = []
    for n, d in enumerate(result.diff()):
        if d.item.document_id == document_id:
            rows.append(_row(n, d))
    return rows


def _row(n: int, d: DiffItem) -> DiffRow:
    label = d.item.label if d.item.kind == "entity" else f"claim{': ' + d.item.label if d.item.label else ''}"
    k, t = d.key_item, d.trainee_item
    if k is not None and t is not None and k.label != t.label and d.item.kind == "entity":
        label = f"{k.label} → {t.label}"
    shown = d.disagreement
    color_key = "both" if not shown else shown.split(";")[0].split(":")[0]
    group = {"both": "both", "boundary": "boundary", "missed": "missed", "wrong type": "missed",
             "extra": "extra"}[color_key]
    outline = (t.start, t.end) if k is not None and t is not None and (t.start, t.end) != (k.start, k.end) else None
    tip = "\n".join(p for p in (f"{shown or 'both'} — {label}", f"Key: {_text(k)}", f"Trainee: {_text(t)}",
                                 d.detail, f"Trainee's note: {d.trainee_note}" if d.trainee_note else "") if p)
    return DiffRow(id=str(n), status=shown or "both", group=group, kind=d.item.kind, type=label,
                   text=_text(k), trainee_text=_text(t), detail=row_detail(d), color=COLORS[color_key],
                   start=d.item.start, end=d.item.end, outline=outline, tooltip=tip)


def _text(item: Item | None) -> str:
    return "—" if item is None else " ".join(item.exact.split())


class DiffModel(RowModel[DiffRow]):
    columns = (("", "status"), ("Type", "type"), ("Key text", "text"), ("Trainee text", "trainee_text"),
               ("Detail", "detail"))


@dataclass(frozen=True)
class ClassRow:
    id: str
    cells: tuple[str, ...]


class ClassModel(RowModel[ClassRow]):
    """The class table (one row per trainee, then the class mean); columns come from the report."""

    def set_table(self, head: list[str], rows: list[list[str]]) -> None:
        self.columns = tuple((h, str(i)) for i, h in enumerate(head))
        self.set_rows([ClassRow(str(n), tuple(r)) for n, r in enumerate(rows)])

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # type: ignore[override]
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.row_at(index.row()).cells[index.column()]
        return super().data(index, role) if role == ROW_ROLE else None


class ComparisonWindow(QWidget):
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Exercise — agreement with the answer key")
        self.resize(1300, 860)
        self.report: ExerciseReport | None = None
        self.texts: dict[str, str] = {}
        self.pages: dict[str, PagedDiff] = {}
        self._paged: str | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.class_model = ClassModel()
        self.class_table = make_table(self.class_model)
        self.trainee_box = QComboBox()
        self.class_table.clicked.connect(self._class_row)  # a click, and the arrow keys (they moved the row while
        self.class_table.selectionModel().currentRowChanged.connect(self._class_row)  # the diff stayed put)
        self.document_box = QComboBox()
        self.filters = {group: QCheckBox(name) for group, name in FILTERS.items()}
        for group, box in self.filters.items():
            box.setChecked(True)
            box.setStyleSheet(f"QCheckBox{{color:{COLORS[group]};font-weight:600}}")
            box.toggled.connect(self.refresh_diff)
        self.scores = QLabel()
        self.scores.setWordWrap(True)
        self.view = TextView()
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.diff_model = DiffModel()
        self.diff_table = make_table(self.diff_model)
        self.diff_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.diff_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.diff_table.clicked.connect(self._row_clicked)  # and the arrow keys (the text stayed on the first row)
        self.diff_table.selectionModel().currentRowChanged.connect(lambda index, _: self._row_clicked(index))
        self.view.annotationSelected.connect(self._mark_clicked)
        self.page_view = PageView()
        self.page_view.canvas.annotationSelected.connect(self._mark_clicked)
        self.views = QStackedWidget()
        self.views.addWidget(self.view)
        self.views.addWidget(self.page_view)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("padding:8px;background:#fff4ce;color:#111")
        self.missing.hide()
        export = QPushButton("Export report…")
        export.clicked.connect(self.exportRequested)
        self.trainee_box.currentIndexChanged.connect(self.refresh_diff)
        self.document_box.currentIndexChanged.connect(self.refresh_diff)

        controls = QHBoxLayout()
        controls.addWidget(QLabel("Trainee"))
        controls.addWidget(self.trainee_box, 1)
        self.document_label = QLabel("Document")
        controls.addWidget(self.document_label)
        controls.addWidget(self.document_box, 1)
        for box in self.filters.values():
            controls.addWidget(box)
        controls.addWidget(export)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.scores)
        side_layout.addWidget(self.diff_table, 1)
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.addWidget(self.missing)
        reading_layout.addWidget(self.views, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(reading)
        lower.addWidget(side)
        lower.setSizes([720, 560])
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.summary)
        upper_layout.addWidget(self.class_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(controls)
        bottom_layout.addWidget(lower, 1)
        splitter.addWidget(bottom)
        splitter.setSizes([220, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def set_report(self, report: ExerciseReport, texts: dict[str, str],
                   pages: dict[str, PagedDiff] | None = None) -> None:
        """Show `report`; `texts` are the compared documents' texts by id (from the library or the key);
        `pages` the ones the library holds as PDFs (drawn on their pages)."""
        self.report, self.texts, self.pages = report, texts, pages or {}
        self._paged = None
        key = report.key
        alpha = ""
        if report.agreement is not None:
            a = report.agreement
            alpha = (f"<br>Class agreement (Krippendorff's α): entities <b>{_num(a.entity_alpha)}</b> over "
                     f"{a.entity_units} units, claim status <b>{_num(a.status_alpha)}</b> over "
                     f"{_n(a.status_units, 'claim')}.")
        flag = "" if key.answer_key else " <i>(not flagged as an answer key)</i>"
        dropped = "".join(f"<br><span style='color:#b00020'>Not scored: {_esc(PurePath(d.source).name)} — "
                          f"{'refused: ' if d.refused else ''}{_esc(d.reason)}</span>" for d in report.dropped)
        self.summary.setText(f"Answer key: <b>{_esc(key.name)}</b>{flag} — {_esc(key.summary())}; "
                             f"{_n(len(report.trainees), 'trainee')}.{alpha}"
                             f"{dropped}")
        self.class_model.set_table(*class_table(report))
        self.class_table.resizeColumnsToContents()
        for box, items in ((self.trainee_box, [(t.name, i) for i, t in enumerate(report.trainees)]),
                           (self.document_box, [(title, doc_id) for doc_id, title in report.documents])):
            box.blockSignals(True)
            box.clear()
            for text, data in items:
                box.addItem(text, data)
            box.blockSignals(False)
        self.document_box.setVisible(len(report.documents) > 1)
        self.document_label.setVisible(len(report.documents) > 1)
        self.refresh_diff()

    def _class_row(self, index: QModelIndex) -> None:
        """The trainee of the class table's row (the class mean row has none)."""
        if 0 <= index.row() < self.trainee_box.count():
            self.trainee_box.setCurrentIndex(index.row())

    def trainee(self) -> TraineeResult | None:
        index = self.trainee_box.currentData()
        return self.report.trainees[index] if self.report is not None and index is not None else None

    def refresh_diff(self) -> None:
        result, doc_id = self.trainee(), self.document_box.currentData()
        if result is None or doc_id is None:
            return
        shown = {group for group, box in self.filters.items() if box.isChecked()}
        rows = [r for r in diff_rows(result, doc_id) if r.group in shown]
        self.diff_model.set_rows(rows)
        paged = self.pages.get(doc_id)
        text = self.texts.get(doc_id)
        self.missing.setVisible(text is None and paged is None)
        self.missing.setText("This article is not in the library and the key does not carry its text: add the "
                             "article (or export the key with its documents) to see the diff in the text.")
        if paged is not None:
            self._show_pages(doc_id, paged, rows)
        else:
            self.views.setCurrentWidget(self.view)
            if text is not None and self.view.toPlainText() != text:
                self.view.set_document(text)
            self.view.set_marks([Mark(r.id, r.start, r.end, r.color, "claim" if r.kind == "claim" else "entity")
                                 for r in rows] if text is not None else [])
            self.view.set_suggestions([(*r.outline, r.color, False) for r in rows if r.outline]
                                      if text is not None else [])
        e, c = result.entities, result.claims
        warn = "".join(f"<br><span style='color:#b00020'>{_esc(w)}</span>" for w in result.warnings)
        self.scores.setText(
            f"<b>{_esc(result.name)}</b> — entity mentions: P {_num(e.exact.precision)} R {_num(e.exact.recall)} "
            f"F1 <b>{_num(e.exact.f1)}</b> exact, F1 {_num(e.overlap.f1)} by overlap<br>claims: {c.score.tp} of "
            f"{c.score.tp + c.score.fn} found, {c.score.fp} extra; speaker {_num(c.speaker_agreement)}, status "
            f"{_num(c.status_agreement)} (κ {_num(c.status_kappa)}){warn}")

    def _show_pages(self, doc_id: str, paged: PagedDiff, rows: list[DiffRow]) -> None:
        """The diff on the PDF's pages: each row's filled span as its quads, the trainee's differing span
        outlined (dashed) from the rendered pages' character boxes."""
        self.views.setCurrentWidget(self.page_view)
        if self._paged != doc_id:
            self.page_view.open(paged.path, paged.document, paged.sizes)
            self._paged = doc_id
        self.page_view.canvas.set_marks([(r.id, r.color, paged.areas.get((r.start, r.end), ())) for r in rows],
                                        None)
        self.page_view.canvas.set_suggestions([(*r.outline, r.color, False) for r in rows if r.outline])

    def page_marks(self) -> list[tuple[str, str, tuple[PageArea, ...]]]:
        """What the page view draws (id, colour, areas), for the diff on a PDF."""
        return self.page_view.canvas.marks

    def _row_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, DiffRow):
            return
        if self.views.currentWidget() is self.page_view:
            paged = self.pages.get(self.document_box.currentData())
            areas = paged.areas.get((row.start, row.end), ()) if paged else ()
            self.page_view.canvas.set_marks(self.page_view.canvas.marks, row.id)
            if areas:
                self.page_view.show_area(areas)
            else:
                self.page_view.show_offset(row.start)
        else:
            self.view.select_annotation(row.id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - the page view's render thread ends with it
        self.page_view.close_document()
        self._paged = None
        super().closeEvent(event)

    def _mark_clicked(self, mark_id: str) -> None:
        row = self.diff_model.row_of(mark_id)
        if row >= 0:
            self.diff_table.selectRow(row)
            self.diff_table.scrollTo(self.diff_model.index(row, 0))


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
