"""Long work off the UI thread. Adding files runs in a QThread with its own library connection (SQLite
connections and PyMuPDF objects stay on the thread that made them; parsing itself is in the worker
process), reports progress to a dialog, and stops between files when cancelled."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from reader.services import ReaderService, other_document_note
from reader.services_files import add_summary, expand_paths
from reader.ui.import_words import changed_file_note
from reader.ui.ops import ProgressDialog


class AddFilesTask(QThread):
    progress = Signal(int, int)
    finishedAdding = Signal(list, list)  # added document ids, error lines

    def __init__(self, library: Path, paths: list[str], annotator: str, parent: QObject | None = None,
                 library_id: str | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.paths = paths
        self.annotator = annotator
        self.library_id = library_id  # (the library the window has open: another one at its path is refused)
        self._cancelled = False
        self.added: list[str] = []
        self.errors: list[str] = []
        self.warnings: list[str] = []  # "file: what to know about how it was read" (`AddResult.warnings`)
        self.changed: list[str] = []  # a changed version of a file already here: what became of its annotations
        self.summary = ""
        """What the add did, counted by document ("Added 3 new documents; 2 already in the library.")."""
        self.finished.connect(lambda: self.finishedAdding.emit(self.added, self.errors))

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        try:
            service = ReaderService.open(self.library, annotator=self.annotator, same_as=self.library_id)
        except Exception as exc:  # reported to the user, never raised into Qt
            self.errors.append(str(exc))
            return
        try:
            results = service.add_files(self.paths, progress=self.progress.emit, cancelled=lambda: self._cancelled)
            self.summary = add_summary(results, len(expand_paths(self.paths)) if self._cancelled else None)
            for result in results:
                if result.record is not None:
                    self.added.append(result.record.id)
                    self.warnings += [f"{result.path.name}: {warning}" for warning in result.warnings]
                    if moved := other_document_note(result):
                        self.changed.append(moved)
                    if result.replaced:
                        anchors = result.changes.report.get("anchors")
                        self.changed.append(changed_file_note(result.path.name,
                                                              anchors if isinstance(anchors, dict) else {}))
                else:
                    self.errors.append(f"{result.path.name}: {result.error}")
        except Exception as exc:  # said in the window: the add had ended on "Added 0 document(s)." and no word
            self.errors.append(f"The add stopped: {type(exc).__name__}: {exc}")
        finally:
            service.close()

    def start_with_progress(self) -> None:
        parent = self.parent()
        dialog = ProgressDialog("Adding documents…", "Cancel", 0, 0, parent if isinstance(parent, QWidget) else None)
        dialog.setMinimumDuration(500)
        dialog.canceled.connect(self.cancel)
        dialog.rejected.connect(self.cancel)  # Esc on the box hid it, and the add went on with nothing to cancel it
        if isinstance(parent, QWidget):  # (the box hands the keys back to the window: Esc is the window's meanwhile)
            escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), parent)
            escape.activated.connect(lambda: dialog.canceled.emit() if dialog.isVisible() else None)
            self.finished.connect(escape.deleteLater)

        def show(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        self.progress.connect(show)
        self.finished.connect(dialog.close)
        self.start()
