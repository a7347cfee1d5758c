"""The main window's library and file actions: add (background, drag & drop), remove and trash, recent
documents, export and import (with previews), merge conflicts, settings and the codebook, and picking
up what another window or process changed in the same library. A mixin of
`MainWindow`, kept apart so the window module holds reading and annotating."""
from __future__ import annotations

from typing import TYPE_CHECKING

from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout,
)

from annotations.changes import Changes
from reader.ui.codebook_editor import CodebookEditor
from reader.ui.exchange import ConflictsDialog, ExportDialog, ImportFlow
from reader.ui.settings import SettingsDialog
from reader.ui.tasks import AddFilesTask
from reader.ui.theme import apply_theme

if TYPE_CHECKING:
    from reader.ui.window_parts import WindowParts
else:
    WindowParts = object  # the window provides these parts at run time


class LibraryActions(WindowParts):
    """Needs from the window: service, settings, document, refresh_library/annotations, _applied, _run,
    show_error, statusBar, open_document, and the panels it refreshes."""

    def check_external_changes(self) -> bool:
        """Look now (not at the next poll) for what another window or process changed; True if it did."""
        return self.watch.poll()

    def show_external_changes(self) -> None:
        """Redraw after another window or process changed this library."""
        self._applied(Changes(external=True))
        self.statusBar().showMessage("Updated with changes made in another window.", 4000)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_external_changes()

    def edit_codebook(self) -> None:
        dialog = CodebookEditor(self.service.codebook(), self)
        if dialog.exec():
            self._run(lambda: self.service.set_codebook(dialog.codebook))

    def ask_add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Add documents", str(Path.home()),
                                                "Documents (*.txt *.md *.html *.htm *.pdf *.epub *.xps *.fb2 *.mobi)")
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> AddFilesTask:
        """Add in the background (own connection, own worker process), with progress and cancel."""
        task = AddFilesTask(self.service.folder, paths, self.service.annotator, self)
        task.finishedAdding.connect(self._files_added)
        self._task = task
        self.watch.busy_adding += 1  # our own add is not another window's change
        task.start_with_progress()
        return task

    def _files_added(self, added: list[str], errors: list[str]) -> None:
        self.service.changed_elsewhere(catch_up=False)  # the task's own connection added them
        self.watch.busy_adding = max(0, self.watch.busy_adding - 1)
        self.runner.run_op(lambda job: job.service.catch_up_index(), lambda _: None, "Updating the search index")
        self.refresh_library()
        self._update_undo_actions()
        if added and self.document is None:
            self.open_document(added[0])
        if errors:
            self.show_error("Some files could not be added:\n" + "\n".join(errors))
        self.statusBar().showMessage(f"Added {len(added)} document(s).", 5000)
        self.filesAdded.emit(added, errors)

    def export(self) -> ExportDialog:
        dialog = ExportDialog(self.runner, self.document.id if self.document else None,
                              self.search_panel.query.text().strip(), self)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def import_file(self, path: str | None = None, confirm: bool = True) -> None:
        ImportFlow(self.runner, self, self._imported).start(path, confirm)

    def _imported(self, changes: Changes) -> None:
        self.service.changed_elsewhere(catch_up=False)  # the worker wrote it (and its index): not news
        self._applied(changes)
        if self.service.conflicts():
            self.statusBar().showMessage("Some annotations changed on both sides: File > Merge conflicts.", 8000)

    def reindex(self) -> None:
        """Rebuild the search index from the library (on the worker, with progress)."""
        self.runner.run_op(lambda job: job.service.reindex(job.progress),
                           lambda count: self._reindexed(count), "Rebuilding the search index")

    def _reindexed(self, count: int) -> None:
        self.service.retry_index()
        self.index_status.check()
        self.statusBar().showMessage(f"The search index was rebuilt ({count:,} items).", 5000)

    def show_conflicts(self) -> None:
        dialog = ConflictsDialog(self.service, self)
        dialog.resolved.connect(self._applied)
        self.conflicts_dialog = dialog
        dialog.open()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        live = {d.id: d for d in self.service.documents()}
        for document_id in self.settings.recent if self.settings else []:
            if document_id in live:
                self.recent_menu.addAction(live[document_id].title, partial(self.open_document, document_id))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("(none)").setEnabled(False)

    def show_trash(self) -> None:
        """Removed documents (with their annotations) and a Restore button for each."""
        dialog = QDialog(self)
        dialog.setWindowTitle("Trash")
        items = QListWidget()
        for doc in self.service.trashed_documents():
            item = QListWidgetItem(f"{doc.title}  ({doc.modified[:10]})")
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            items.addItem(item)
        restore = QPushButton("Restore")
        restore.clicked.connect(lambda: self._restore_selected(items))
        layout = QVBoxLayout(dialog)
        layout.addWidget(items)
        layout.addWidget(restore)
        self.trash_dialog = dialog
        dialog.open()

    def _restore_selected(self, items: QListWidget) -> None:
        for item in items.selectedItems():
            document_id = item.data(Qt.ItemDataRole.UserRole)
            self._run(lambda: self.service.restore_document(document_id))
            items.takeItem(items.row(item))

    def remove_document(self) -> None:
        doc_id = self.library_panel.current_id() or (self.document.id if self.document else None)
        if doc_id is None:
            return
        answer = QMessageBox.question(self, "Remove document", "Move this document and its annotations to the "
                                      "trash? (Undo brings it back.)")
        if answer == QMessageBox.StandardButton.Yes:
            self._applied(self.service.remove_document(doc_id))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_files(paths)

    def apply_settings(self) -> None:
        if self.settings is None:
            return
        if self.settings.annotator:
            self.service.annotator = self.settings.annotator
            self.service.annotator_is_login = False  # a name the person gave (issue 15)
        self.text_view.set_font_size(self.settings.font_size)
        self.text_view.set_reading_width(self.settings.line_width)

    def edit_settings(self) -> None:
        if self.settings is None:
            return
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self.settings.annotator = dialog.annotator.text()
            self.settings.theme = dialog.theme.currentText()
            self.settings.font_size = dialog.font_size.value()
            self.settings.line_width = dialog.line_width.value()
            self.settings.sync()
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, self.settings.theme)  # type: ignore[arg-type]
            self.apply_settings()
