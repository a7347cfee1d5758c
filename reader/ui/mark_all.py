"""Ctrl+M's window side: show what `annotations.mark_all.plan_mark_all` found ("Mark 5 more mentions of
Volodymyr Zelenskyy?", each in its line, all ticked), and mark the ticked ones as one undo step."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QStatusBar, QVBoxLayout, QWidget,
)

from annotations.mark_all import MarkAllPlan, Mention, plan_mark_all
from annotations.model import Annotation, DocumentRecord, Kind
from reader.services import AnnotationInput, ReaderService


class MarkAllDialog(QDialog):
    """The mentions to add, each with its line; untick the ones that are someone or something else."""

    def __init__(self, plan: MarkAllPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle("Mark all occurrences")
        self.question = QLabel(f"<b>{_escape(plan.question())}</b>")
        looked = QLabel("Whole words only, looked for: " + ", ".join(f"“{n}”" for n in plan.names))
        looked.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for m in plan.mentions:
            item = QListWidgetItem(m.context)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.sure else Qt.CheckState.Unchecked)  # "ukraine": a maybe
            item.setToolTip(f"Offset {m.start}–{m.end}")
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._count())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(looked)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, min(520, 180 + 26 * len(plan.mentions)))
        self._count()
        self.ok.setFocus()

    def chosen(self) -> list[Mention]:
        return [m for i, m in enumerate(self.plan.mentions)
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        n = len(self.chosen())
        self.ok.setText(f"Mark {n}")
        self.ok.setEnabled(n > 0)


def ask_mark_all(service: ReaderService, document: DocumentRecord, annotations: list[Annotation],
                 current: Annotation | None, status_bar: QStatusBar, parent: QWidget | None = None
                 ) -> tuple[list[AnnotationInput], str] | None:
    """Plan Ctrl+M on `current`, show the plan and return what to mark (the specs and the undo step's
    label, "Mark 2 more mentions of “…”") — or None when there is nothing to mark or the reader said no (the status
    bar says why). Nothing is said of the marks here: the store may still refuse them."""
    if current is None or current.kind is not Kind.ENTITY:
        status_bar.showMessage("Select an entity mention first (click a highlight).", 4000)
        return None
    entity = service.entity(current.entity_id or "")
    plan = plan_mark_all(document.text, current, entity, annotations)
    if not plan.mentions:
        status_bar.showMessage(f"Every mention of {plan.entity_name} is already marked "
                               f"(looked for {', '.join(plan.names)}, whole words).", 6000)
        return None
    dialog = MarkAllDialog(plan, parent)
    answer, chosen = dialog.exec(), dialog.chosen()
    dialog.deleteLater()
    if parent is not None:
        parent.activateWindow()  # keys (Ctrl+Z) go to the window again, not to the closed dialog
    if answer != QDialog.DialogCode.Accepted or not chosen:
        return None
    specs = [AnnotationInput(Kind.ENTITY, m.start, m.end, label=current.label, entity_name=plan.entity_name)
             for m in chosen]
    mentions = f"{len(specs)} more mention{'' if len(specs) == 1 else 's'}"
    return specs, f"Mark {mentions} of “{plan.entity_name}”"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
