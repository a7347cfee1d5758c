"""File > Export (with a preview), File > Import (with the merge preview: counts before anything
changes), and the merge conflicts that need a person's decision."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QMessageBox, QTextBrowser,
    QVBoxLayout, QWidget,
)

from annotations.atomic import write_bytes_atomic
from annotations.changes import Changes
from annotations.codebook import Codebook
from annotations.errors import DossierError
from reader.job_process import JobStopped
from annotations.export.tabular import spreadsheet_note
from reader.services_export import EXPORT_FORMATS, NER_FORMATS, orphans_left_out, qdpx_codes
from reader.services_workshop import AnswerKeyError
from reader.ui.conflicts import ConflictsDialog as ConflictsDialog  # re-exported: File > Merge conflicts
from reader.ui.import_words import CHANGED_ON_BOTH_SIDES, conflict_lines, import_done, import_preview
from reader.ui.ops import Job, Runner
from reader.ui.qdpx_codes import CodesDialog

FORMATS = [(f.label, f.key) for f in EXPORT_FORMATS]
PREVIEW_CHARS = 3_000
"""The preview shows the beginning: Qt lays out Markdown on the UI thread (6,000 characters took 40-90 ms)."""
HTML_PREVIEW_CHARS = 12_000
"""An HTML handout's beginning: markup (styles, highlight spans) is most of its characters."""


def preview_head(text: str, limit: int, boundary: str) -> str:
    """The beginning of `text` up to `limit` characters, cut before the last `boundary` (a line end; in HTML a tag's
    start, so no tag is cut) in its second half, else at `limit`. Cut at the last line end before 3,000 characters,
    an HTML handout whose article is one long line previewed as its header alone (an outside tester, stop 56)."""
    cut = text.rfind(boundary, limit // 2, limit)
    return text[:cut if cut > 0 else limit]


SUFFIX = {f.key: f.suffix for f in EXPORT_FORMATS}
LABELS = {f.key: f.label for f in EXPORT_FORMATS}
BINARY = {f.key for f in EXPORT_FORMATS if f.binary}


class ExportDialog(QDialog):
    """Format, scope and options, a preview, Save. Previews and the export itself run on the operation
    runner (a large PDF takes tens of seconds); errors go to the runner's one error handler. `exported`
    says what was written and how many orphaned annotations the format left out (the window says both)."""

    exported = Signal(object, int, int)  # the file written (Path), its size in bytes, orphans left out

    def __init__(self, runner: Runner, document_id: str | None, query: str, parent: QWidget | None = None,
                 title: str = "") -> None:
        super().__init__(parent)
        self.runner, self.document_id, self.query = runner, document_id, query
        self._stem = file_stem(title)  # the open document's title, as a file name ("dossier" without one)
        self._preview_serial = 0
        self.setWindowTitle("Export")
        self.resize(760, 560)
        self.format = QComboBox()
        for name, key in FORMATS:
            self.format.addItem(name, key)
        self.scope = QComboBox()
        if document_id:
            self.scope.addItem("This document", "document")
        self.scope.addItem("All documents", "all")
        if query:
            self.scope.addItem(f"Search results: {query}", "query")
        self.with_documents = QCheckBox("Include the source documents (bundles)")
        self.answer_key = QCheckBox("Answer key (bundles, for workshops)")
        self.hide_notes = QCheckBox("Hide my notes (e.g. in a key handed to trainees)")
        self.claims = QCheckBox("Claims too, as spans labelled CLAIM (NER training data)")
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("What", self.scope)
        form.addRow("", self.with_documents)
        form.addRow("", self.answer_key)
        form.addRow("", self.hide_notes)
        form.addRow("", self.claims)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Preview"))
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self.refresh)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.claims.toggled.connect(self.refresh)
        self.answer_key.toggled.connect(lambda on: self.hide_notes.setChecked(True) if on else None)
        # (a key goes to trainees: the trainer's notes left out unless unticked, as the Workshop dialog does)
        self.last_path: Path | None = None
        self.refresh()

    def request(self) -> dict[str, object]:
        """What to export, read from the widgets on the UI thread (the export runs on the worker)."""
        scope = self.scope.currentData()
        return dict(fmt=self.format.currentData(),
                    document_refs=[self.document_id] if scope == "document" and self.document_id else None,
                    query=self.query if scope == "query" else None,
                    with_documents=self.with_documents.isChecked(), answer_key=self.answer_key.isChecked(),
                    hide_notes=self.hide_notes.isChecked(),
                    claims=self.claims.isChecked() and self.format.currentData() in NER_FORMATS)

    def refresh(self) -> None:
        fmt = self.format.currentData()
        bundle = fmt == "dossier"
        self.with_documents.setEnabled(bundle)
        self.answer_key.setEnabled(bundle)
        self.hide_notes.setEnabled(bundle)
        self.claims.setEnabled(fmt in NER_FORMATS)
        self._preview_serial += 1
        if fmt in BINARY:
            self.preview.setPlainText("(binary file — no preview)")
            return
        serial, request = self._preview_serial, self.request()
        self.preview.setPlainText("(preparing the preview…)")

        def make(job: Job) -> bytes | str:
            if serial != self._preview_serial:
                return b""  # the person chose something else meanwhile
            try:
                return job.in_process("export", **request)
            except DossierError as exc:
                return exc.message  # shown in the preview, not as an error

        self.runner.run_op(make, lambda data: self._show_preview(serial, fmt, data), "Preparing the preview",
                           cancellable=True)

    def _show_preview(self, serial: int, fmt: str, data: bytes | str) -> None:
        if serial != self._preview_serial:
            return
        if isinstance(data, str):
            self.preview.setPlainText(data)
            return
        text = data.decode("utf-8-sig")
        limit = HTML_PREVIEW_CHARS if fmt == "html" else PREVIEW_CHARS
        if len(text) > limit:  # laying out a whole library's brief took seconds on the UI thread
            text = preview_head(text, limit, "<" if fmt == "html" else "\n") + \
                "\n\n… (the preview shows the beginning; Save writes it all)"
        if fmt == "html":
            self.preview.setHtml(text)
        elif fmt == "md":
            self.preview.setMarkdown(text)
        else:
            self.preview.setPlainText(text)

    def save(self, path: str | None = None) -> None:
        fmt = self.format.currentData()
        if path is None:
            stem = self._stem if self.scope.currentData() == "document" else "dossier"
            path, _ = QFileDialog.getSaveFileName(self, "Export", str(Path.home() / f"{stem}{SUFFIX[fmt]}"),
                                                  f"{LABELS[fmt]} (*{SUFFIX[fmt]});;All files (*)")
            if not path:
                return
            path = with_ending(self, path, SUFFIX[fmt])
            if path is None:
                return
        target, request = Path(path), self.request()

        def run(job: Job) -> tuple[int, int, str]:
            job.service.check_output_target(target)  # never over the library's own files
            data = job.in_process("export", **request)
            if job.cancelled():  # (Cancel pressed as the export came back: nothing is written)
                raise JobStopped("the export was cancelled")
            write_bytes_atomic(target, data)
            orphans = orphans_left_out(job.service, fmt, request["document_refs"],  # type: ignore[arg-type]
                                       request["query"], bool(request["claims"]))  # type: ignore[arg-type]
            refs = request["document_refs"] if isinstance(request["document_refs"], list) else None
            notes = [spreadsheet_note(data) if fmt == "csv" else "",
                     job.service.answer_key_left_out(refs) if fmt == "dossier" and request["answer_key"] else "",
                     job.service.damaged_files_note(refs) if request["query"] is None and (
                         fmt in ("pdf", "pack") or (fmt == "dossier" and request["with_documents"])) else ""]
            return len(data), orphans, "\n\n".join(n[:1].upper() + n[1:] for n in notes if n)

        self.runner.run_op(run, lambda done: self._saved(target, *done), "Exporting", cancellable=True)
        # (a briefing pack of a long book takes seconds: its Cancel ends the call in the job process, nothing written)

    def _saved(self, path: Path, size: int = 0, orphans: int = 0, left_out: str = "") -> None:
        self.last_path = path
        self.accept()
        self.exported.emit(path, size, orphans)
        if left_out:  # what the file could not hold (others' work never goes in a key; a damaged stored copy)
            box = QMessageBox(QMessageBox.Icon.Information, "Export", left_out, parent=self.parentWidget())
            box.setObjectName("export-left-out")
            box.setModal(False)
            box.show()


def with_ending(parent: QWidget, path: str, ending: str) -> str | None:
    """`path` with the format's ending when it was typed without one ("brief" -> "brief.md", as the save dialogs of
    other apps add it); None when that names a file the person chose not to replace. The save dialog asked only about
    the name as typed, so an existing "brief.md" was replaced without a word. An ending is a dot and a short word: in
    "Q3.2024 minutes" or "Mr. Ek" the dot was taken for one and no ending was added."""
    if re.fullmatch(r"\.[A-Za-z][A-Za-z0-9]{0,7}", Path(path).suffix):  # (".2024 minutes" is none: a dot in a name)
        return path
    path += ending
    if Path(path).exists():
        no = QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, parent.windowTitle() or "Export",
                                      f"{Path(path).name} already exists in {Path(path).parent}. Replace it?",
                                      QMessageBox.StandardButton.Yes | no, no)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return path


def file_stem(title: str) -> str:
    """A document title as the start of a file name: letters, digits, "-" and "_", 40 at most; "dossier" if none."""
    stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in title.lower())[:40]
    return "-".join(part for part in stem.split("-") if part) or "dossier"


class ImportFlow:
    """File > Import: validate and count on the worker (a dry run), ask, then merge on the worker. The same
    worker service runs both steps, so a bundle read for the preview is not read again for the merge."""

    def __init__(self, runner: Runner, parent: QWidget, on_imported: Callable[[Changes], None],
                 show_error: Callable[[str], None]) -> None:
        self.runner, self.parent, self.on_imported, self.show_error = runner, parent, on_imported, show_error
        self.answer_key_ok = False  # the person said yes to importing a trainer's answer key (asked first)
        self.codes: dict[str, str] | None = None  # a REFI-QDA project's codes: what each becomes (asked first)

    def start(self, path: str | None = None, confirm: bool = True) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.parent, "Import", str(Path.home()),
                                                  "Bundles, annotated PDFs, W3C and Hypothesis JSON, REFI-QDA projects "
                                                  "(*.dossier *.pdf *.json *.jsonld *.qdpx);;All files (*)")
            if not path:
                return
        chosen = path
        if chosen.lower().endswith(".qdpx") and self.codes is None:
            if not confirm:
                self.codes = {}  # the importer's defaults
            else:
                self.runner.run_op(lambda job: (qdpx_codes(job.service, Path(chosen)), job.service.codebook()),
                                   lambda found: self._ask_codes(chosen, *found), "Reading the project")
                return
        codes = self.codes

        key_ok = self.answer_key_ok

        def preview(job: Job) -> tuple[Preview | None, str, bool]:
            try:
                return _dry_run(job, chosen, answer_key_ok=key_ok, codes=codes), "", False
            except AnswerKeyError as exc:
                return None, exc.message, True  # the person decides (below)
            except DossierError as exc:
                if "orphans" in exc.message:
                    return None, exc.message, False  # the person decides (below)
                raise

        self.runner.run_op(preview, lambda result: self._previewed(chosen, confirm, *result), "Reading the bundle")

    def _ask_codes(self, path: str, codes: list[tuple[str, str]], codebook: Codebook) -> None:
        dialog = CodesDialog(Path(path).name, codes, codebook, self.parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.codes = dialog.mapping()
            self.start(path)

    def _previewed(self, path: str, confirm: bool, counts: Preview | None, orphans: str,
                   answer_key: bool = False) -> None:
        if answer_key and not confirm:  # nobody is there to answer (--screenshot): a key is never taken unasked
            self.show_error(f"{orphans}\n\nNot imported: a trainer's answer key is imported only when you say yes "
                            "to it (File > Import).")
            return
        if answer_key:
            if QMessageBox.question(self.parent, "Import an answer key?",
                                    f"{orphans}\n\nThis is a trainer's answer key — import anyway?",
                                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return
            self.answer_key_ok = True
            self.start(path, confirm)
            return
        if counts is None:
            if QMessageBox.question(self.parent, "Import", orphans + "\n\nImport them as orphans?") \
                    != QMessageBox.StandardButton.Yes:
                return
            self.runner.run_op(lambda job: _dry_run(job, path, allow_orphans=True, answer_key_ok=self.answer_key_ok),
                               lambda found: self._confirm(path, confirm, found, True), "Reading the bundle")
            return
        self._confirm(path, confirm, counts, False)

    def _confirm(self, path: str, confirm: bool, preview: Preview, orphans: bool) -> None:
        summary = import_preview(*preview)
        if confirm and QMessageBox.question(self.parent, "Import", f"{Path(path).name}\n\n{summary}\n\nImport?") \
                != QMessageBox.StandardButton.Yes:
            return
        def merge(job: Job) -> Changes:  # the service's own rule for orphans unless the person chose
            key_ok = self.answer_key_ok
            done, changes = (
                job.in_process("import_file", path, allow_orphans=True, answer_key_ok=key_ok, codes=self.codes,
                               as_previewed=True)
                if orphans else job.in_process("import_file", path, answer_key_ok=key_ok, codes=self.codes,
                                               as_previewed=True))
            return replace(changes, report={**changes.report, "summary": import_done(done),  # the status bar says it
                                            "conflict_lines": _conflicts(job, changes)})

        self.runner.run_op(merge, self._imported, "Importing", finishing="Finishing the import")

    def _imported(self, changes: Changes) -> None:
        """The window applies the import; the document properties it settled between two edits are listed
        (the value that lost is said, never dropped silently)."""
        self.on_imported(changes)
        lines = changes.report.get("conflict_lines")
        if isinstance(lines, list) and lines:
            box = QMessageBox(QMessageBox.Icon.Information, "Import", CHANGED_ON_BOTH_SIDES + "\n\n"
                              + "\n".join(f"• {line}" for line in lines), parent=self.parent)
            box.setObjectName("import-property-conflicts")
            box.setModal(False)
            box.show()


Preview = tuple[dict[str, int], list[str]]
"""What an import would do: its counts, and a line for each document property both sides changed."""


def _dry_run(job: Job, path: str, **options: object) -> Preview:
    counts, changes = job.in_process("import_file", path, dry_run=True, **options)
    return counts, _conflicts(job, changes)


def _conflicts(job: Job, changes: Changes) -> list[str]:
    """The import report's property conflicts in words, each under the document's title as the library has it."""
    found = changes.report.get("property_conflicts")
    conflicts = [c for c in found if isinstance(c, dict)] if isinstance(found, list) else []
    titles = {}
    for c in conflicts:
        try:
            titles[c["document_id"]] = job.service.resolve_document(c["document_id"]).title
        except (DossierError, KeyError):
            pass  # the bundle's title is said instead
    return conflict_lines(conflicts, titles)
