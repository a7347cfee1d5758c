"""The exercise window: an answer key compared with trainees' bundles. The class table on top; below,
the article in a reading view drawn as a diff against the chosen trainee — green where both marked it,
red where only the key did (a miss), blue where only the trainee did (an extra) — next to the list of
those rows. Scores and rows come ready-made from `annotations.workshop`; this window only shows them.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from annotations.workshop.exercise import DiffItem, ExerciseReport, TraineeResult
from annotations.workshop.report import class_table
from reader.ui.models import ROW_ROLE, RowModel, make_table
from reader.ui.text_view import Mark, TextView

COLORS = {"both": "#2E7D32", "key-only": "#C62828", "trainee-only": "#1565C0"}
NAMES = {"both": "both", "key-only": "missed (key only)", "trainee-only": "extra (trainee only)"}
SHORT = {"both": "both", "key-only": "missed", "trainee-only": "extra"}


@dataclass(frozen=True)
class DiffRow:
    id: str
    status: str
    kind: str
    type: str
    text: str
    detail: str
    color: str
    start: int
    end: int


def diff_rows(result: TraineeResult, document_id: str) -> list[DiffRow]:
    rows = []
    for n, d in enumerate(result.diff()):
        if d.item.document_id == document_id:
            rows.append(_row(n, d))
    return rows


def _row(n: int, d: DiffItem) -> DiffRow:
    label = d.item.label if d.item.kind == "entity" else f"claim{': ' + d.item.label if d.item.label else ''}"
    return DiffRow(id=str(n), status=SHORT[d.status], kind=d.item.kind, type=label,
                   text=" ".join(d.item.exact.split()), detail=d.detail, color=COLORS[d.status],
                   start=d.item.start, end=d.item.end)


class DiffModel(RowModel[DiffRow]):
    columns = (("", "status"), ("Type", "type"), ("Text", "text"), ("Detail", "detail"))


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
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.class_model = ClassModel()
        self.class_table = make_table(self.class_model)
        self.trainee_box = QComboBox()
        self.class_table.clicked.connect(lambda i: self.trainee_box.setCurrentIndex(i.row())
                                         if i.row() < self.trainee_box.count() else None)
        self.document_box = QComboBox()
        self.filters = {status: QCheckBox(NAMES[status]) for status in ("key-only", "trainee-only", "both")}
        for status, box in self.filters.items():
            box.setChecked(True)
            box.setStyleSheet(f"QCheckBox{{color:{COLORS[status]};font-weight:600}}")
            box.toggled.connect(self.refresh_diff)
        self.scores = QLabel()
        self.scores.setWordWrap(True)
        self.view = TextView()
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.diff_model = DiffModel()
        self.diff_table = make_table(self.diff_model)
        self.diff_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.diff_table.clicked.connect(self._row_clicked)
        self.view.annotationSelected.connect(self._mark_clicked)
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
        reading_layout.addWidget(self.view, 1)
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

    def set_report(self, report: ExerciseReport, texts: dict[str, str]) -> None:
        """Show `report`; `texts` are the compared documents' texts by id (from the library or the key)."""
        self.report, self.texts = report, texts
        key = report.key
        alpha = ""
        if report.agreement is not None:
            a = report.agreement
            alpha = (f"<br>Class agreement (Krippendorff's α): entities <b>{_num(a.entity_alpha)}</b> over "
                     f"{a.entity_units} units, claim status <b>{_num(a.status_alpha)}</b> over {a.status_units} claims.")
        flag = "" if key.answer_key else " <i>(not flagged as an answer key)</i>"
        self.summary.setText(f"Answer key: <b>{_esc(key.name)}</b>{flag} — {len(key.of_kind('entity'))} entity "
                             f"mentions, {len(key.of_kind('claim'))} claims; {len(report.trainees)} trainee(s).{alpha}")
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

    def trainee(self) -> TraineeResult | None:
        index = self.trainee_box.currentData()
        return self.report.trainees[index] if self.report is not None and index is not None else None

    def refresh_diff(self) -> None:
        result, doc_id = self.trainee(), self.document_box.currentData()
        if result is None or doc_id is None:
            return
        shown = {SHORT[s] for s, box in self.filters.items() if box.isChecked()}
        rows = [r for r in diff_rows(result, doc_id) if r.status in shown]
        self.diff_model.set_rows(rows)
        text = self.texts.get(doc_id)
        self.missing.setVisible(text is None)
        self.missing.setText("This article is not in the library and the key does not carry its text: add the "
                             "article (or export the key with its documents) to see the diff in the text.")
        if text is not None and self.view.toPlainText() != text:
            self.view.set_document(text)
        self.view.set_marks([Mark(r.id, r.start, r.end, r.color, "claim" if r.kind == "claim" else "entity")
                             for r in rows] if text is not None else [])
        e, c = result.entities, result.claims
        warn = "".join(f"<br><span style='color:#b00020'>{_esc(w)}</span>" for w in result.warnings)
        self.scores.setText(
            f"<b>{_esc(result.name)}</b> — entity mentions: P {_num(e.exact.precision)} R {_num(e.exact.recall)} "
            f"F1 <b>{_num(e.exact.f1)}</b> exact, F1 {_num(e.overlap.f1)} by overlap<br>claims: {c.score.tp} of "
            f"{c.score.tp + c.score.fn} found, {c.score.fp} extra; speaker {_num(c.speaker_agreement)}, status "
            f"{_num(c.status_agreement)} (κ {_num(c.status_kappa)}){warn}")

    def _row_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, DiffRow):
            self.view.select_annotation(row.id)

    def _mark_clicked(self, mark_id: str) -> None:
        row = self.diff_model.row_of(mark_id)
        if row >= 0:
            self.diff_table.selectRow(row)
            self.diff_table.scrollTo(self.diff_model.index(row, 0))


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
