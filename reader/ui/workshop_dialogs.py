"""Workshop > Export for the workshop…: one dialog for the three things a trainer hands around, each with
the right settings already made — an answer key (a .dossier bundle flagged as a key, the trainer's notes
hidden, the article included), a briefing pack (PDF: title, trainer, date, which parts) and a trainee's
bundle (their annotations to send back). The export itself runs on the worker through the service."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QMessageBox,
    QTabWidget,
    QVBoxLayout, QWidget,
)

from annotations.atomic import write_bytes_atomic
from reader.services import ReaderService
from reader.ui.exchange import with_ending
from reader.ui.ops import Job, Runner

PARTS = (("cover", "Cover (title, date, trainer, sources, legend)"), ("article", "The article with highlights"),
         ("tables", "Tables: entities, claims, notes"), ("notes", "Notes (off: every note is left out)"))
KINDS = ("key", "pack", "trainee")
SUFFIXES = {"key": ("-answer-key.dossier", "Dossier bundles (*.dossier)"), "pack": ("-briefing.pdf", "PDF (*.pdf)"),
            "trainee": ("-mine.dossier", "Dossier bundles (*.dossier)")}


def _explain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


UNSEALED = ("{n} of the notes left out of this key are not sealed (written before Dossier sealed notes, or taken "
            "from W3C JSON-LD, another reader's PDF, Hypothesis or REFI-QDA): their words can be guessed from the "
            "file. Delete and re-create those annotations, then export the key again, before handing it out.")


class WorkshopExportDialog(QDialog):
    """Answer key / briefing pack / trainee bundle of the open document. `trainer`: the name to start
    with (from the settings); `remember_trainer` is told the name actually used."""

    def __init__(self, runner: Runner, document_id: str, title: str, trainer: str, parent: QWidget | None = None,
                 remember_trainer: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.runner, self.document_id, self.remember_trainer = runner, document_id, remember_trainer
        self.setWindowTitle("Export for the workshop")
        self.resize(580, 340)
        self.last_path: Path | None = None
        self._stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in title.lower())[:40].strip("-") or "article"

        self.key_trainer = QLineEdit(trainer)
        self.key_trainer.setPlaceholderText("shown as the key's author in the comparison")
        self.key_hide_notes = QCheckBox("Leave my notes out (trainees may see the key afterwards)")
        self.key_hide_notes.setChecked(True)
        self.key_with_article = QCheckBox("Include the article (the comparison can show it on any machine)")
        self.key_with_article.setChecked(True)
        key = QWidget()
        form = QFormLayout(key)
        form.addRow(_explain("A Dossier bundle (.dossier) flagged as a <b>trainer's answer key</b>: compare "
                             "trainees' bundles with it (Workshop > Compare trainees…). Anyone importing it is "
                             "asked first."))
        form.addRow("Trainer", self.key_trainer)
        form.addRow("", self.key_hide_notes)
        form.addRow("", self.key_with_article)

        self.pack_title = QLineEdit(title)
        self.pack_title.setCursorPosition(0)  # a long title reads from its start
        self.pack_trainer = QLineEdit(trainer)
        self.pack_trainer.setPlaceholderText("left off the cover when empty")
        self.pack_date = QDateEdit(QDate.currentDate())
        self.pack_date.setCalendarPopup(True)
        self.pack_date.setDisplayFormat("yyyy-MM-dd")
        self.parts = {key_: QCheckBox(label) for key_, label in PARTS}
        pack = QWidget()
        form = QFormLayout(pack)
        form.addRow(_explain("One PDF to hand out: the article with its highlights and the entity and claim "
                             "tables, after a cover; your notes too when ticked."))
        form.addRow("Title", self.pack_title)
        form.addRow("Trainer", self.pack_trainer)
        form.addRow("Date", self.pack_date)
        for n, (part, box) in enumerate(self.parts.items()):
            box.setChecked(part != "notes")  # a pack is handed out: the trainer's notes only when ticked (they were
            # printed by default, "TRAINER: check AP figure" with them; an outside tester, stop 53)
            box.toggled.connect(self._check)
            form.addRow("Parts" if n == 0 else "", box)

        self.trainee_with_article = QCheckBox("Include the article (not needed: the trainer has it)")
        trainee = QWidget()
        form = QFormLayout(trainee)
        form.addRow(_explain("Your annotations of this article as a Dossier bundle, to send to the trainer, "
                             "who compares it with the answer key. Your name in Settings is the name the "
                             "trainer sees."))
        form.addRow("", self.trainee_with_article)

        self.tabs = QTabWidget()
        for widget, name in ((key, "Answer key"), (pack, "Briefing pack"), (trainee, "Trainee bundle")):
            self.tabs.addTab(widget, name)
        self.tabs.currentChanged.connect(self._check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Export…")
        self.buttons.accepted.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setStyleSheet("color:#b00020")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def kind(self) -> str:
        return KINDS[self.tabs.currentIndex()]

    def _check(self) -> None:
        empty = self.kind() == "pack" and not any(b.isChecked() and k != "notes" for k, b in self.parts.items())
        self.problem.setText("Choose at least the cover, the article or the tables." if empty else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not empty)

    def export_call(self) -> Callable[[ReaderService], bytes]:
        """What to export, read from the widgets on the UI thread (the call runs on the worker)."""
        doc, kind = [self.document_id], self.kind()
        if kind == "key":
            trainer, hide, article = (self.key_trainer.text(), self.key_hide_notes.isChecked(),
                                      self.key_with_article.isChecked())
            return lambda service: service.answer_key(doc, trainer, hide_notes=hide, with_documents=article)
        if kind == "pack":
            title, trainer = self.pack_title.text().strip(), self.pack_trainer.text()
            date = self.pack_date.date().toString("yyyy-MM-dd") or dt.date.today().isoformat()
            parts = [k for k, box in self.parts.items() if box.isChecked()]
            return lambda service: service.briefing_pack(doc, trainer, title, date, parts)
        article = self.trainee_with_article.isChecked()
        return lambda service: service.export("dossier", doc, with_documents=article)

    def save(self, path: str | None = None) -> None:
        kind = self.kind()
        if path is None:
            suffix, filters = SUFFIXES[kind]
            path, _ = QFileDialog.getSaveFileName(self, self.tabs.tabText(self.tabs.currentIndex()),
                                                  str(Path.home() / f"{self._stem}{suffix}"), filters)
            path = with_ending(self, path, Path(suffix).suffix) if path else None  # ("handout": no .pdf was added)
            if not path:
                return
        target, call = Path(path), self.export_call()
        trainer = {"key": self.key_trainer, "pack": self.pack_trainer}.get(kind)
        if trainer is not None and trainer.text().strip() and self.remember_trainer is not None:
            self.remember_trainer(trainer.text().strip())

        hidden = kind == "key" and self.key_hide_notes.isChecked()
        doc = [self.document_id]

        trainer_name = self.key_trainer.text()

        def run(job: Job) -> tuple[int, str]:
            job.service.check_output_target(target)  # never over the library's own files
            write_bytes_atomic(target, call(job.service))
            left_out = job.service.answer_key_left_out(doc, trainer_name) if kind == "key" else ""
            return (job.service.guessable_hidden_notes(doc) if hidden else 0), left_out

        self.runner.run_op(run, lambda done: self._saved(target, *done), "Exporting")

    def _saved(self, path: Path, guessable: int = 0, left_out: str = "") -> None:
        self.last_path = path
        self.accept()
        if left_out:  # others' work imported here (a trainee's bundle looked at): never in a key, and said
            box = QMessageBox(QMessageBox.Icon.Information, "Answer key", left_out, parent=self.parentWidget())
            box.setObjectName("key-left-out")
            box.setModal(False)
            box.show()
        if guessable:  # as the CLI warns: a note taken from another tool is covered by its id as written
            box = QMessageBox(QMessageBox.Icon.Warning, "Answer key", UNSEALED.format(n=guessable),
                              parent=self.parentWidget())
            box.setObjectName("key-unsealed-notes")
            box.setModal(False)
            box.show()
