"""Library and file actions: add (in the background), remove and trash, recent documents, export and
import (with previews), merge conflicts, the codebook, rebuilding the index, and picking up what
another window or process changed in the same library. A controller the window composes: it holds
the session (every change goes through it, so the panels redraw from `changesApplied`), the runner,
the settings and a parent for its dialogs."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QListWidget, QListWidgetItem, QMenu, QMessageBox, QProgressDialog, QPushButton, QStatusBar,
    QVBoxLayout, QWidget,
)

from annotations.changes import Changes
from reader.ui.codebook_editor import CodebookEditor
from reader.ui.exchange import ConflictsDialog, ExportDialog, ImportFlow
from reader.ui.index_status import IndexStatus
from reader.ui.library_panel import LibraryPanel
from reader.ui.library_watch import LibraryWatch
from reader.ui.list_notice import SHOWN, list_notice
from reader.ui.ops import Runner
from reader.ui.search_panel import SearchPanel
from reader.ui.session import DocumentSession
from reader.ui.settings import Settings
from reader.ui.tasks import AddFilesTask
from reader.ui.window_actions import menu_words


def orphans_note(count: int) -> str:
    """Said after an export whose format left orphaned annotations out (the CLI's `export` note, in the
    window's words: the Annotations panel lists them as Orphaned)."""
    return (f"{count} orphaned annotation(s) left out: their text is no longer in the document. "
            "The Annotations panel lists them (filter: orphaned).")


class LibraryController(QObject):
    filesAdded = Signal(list, list)  # added document ids, error lines — after the views show them
    addingChanged = Signal()  # an add from this window started or ended (`adding`)
    aboutToRemove = Signal()  # a document goes to the trash next: typing not yet stored is stored first

    def __init__(self, session: DocumentSession, runner: Runner, settings: Settings | None, parent_widget: QWidget,
                 status_bar: QStatusBar, index_status: IndexStatus, watch: LibraryWatch,
                 library_panel: LibraryPanel, search_panel: SearchPanel, open_document: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.service, self.runner, self.settings = session, session.service, runner, settings
        self.parent_widget, self.status_bar, self.index_status, self.watch = (
            parent_widget, status_bar, index_status, watch)
        self.library_panel, self.search_panel, self.open_document = library_panel, search_panel, open_document
        self._tasks: list[AddFilesTask] = []
        """Adds started from this window, running or done (a second drop while the first runs is its own task)."""
        self.export_dialog: ExportDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.trash_dialog: QDialog | None = None
        watch.changed.connect(self.show_external_changes)

    def show_error(self, message: str) -> None:
        self.session.failed.emit(message)

    def check_external_changes(self) -> bool:
        """Look now (not at the next poll) for what another window or process changed; True if it did."""
        return self.watch.poll()

    def show_external_changes(self) -> None:
        """Redraw after another window or process changed this library."""
        shown, top = self.session.document, self.service.undo_label()
        set_aside = self.service.set_aside(self.session.typed) if self.session.typed else []
        for annotation_id in set_aside:
            del self.session.typed[annotation_id]
        self.session.set_aside.update(set_aside)
        before = self.status_bar.currentMessage()
        self.session.apply(Changes(external=True))
        said = self.status_bar.currentMessage()  # what the refresh itself said (typing into a note deleted meanwhile
        # brought it back: "Updated with changes…" replaced that line at once; an outside tester on the window)
        if set_aside:  # (the window only said it was "updated": an outside tester read that his words had won)
            self.status_bar.showMessage(
                "Another window typed in the same words of a note at the same time and saved after you: its words "
                "are kept, and yours were set aside, not lost — they wait in File > Merge conflicts… (“Take theirs” "
                "keeps them).", 20000)
            return
        if shown is not None and self.session.document is None:
            typed = self.service.undo_label() != top  # (typing not yet stored went with it: the newest undo step)
            newer = self.service.newer_version(shown.id)
            if newer is not None:  # (it said "moved to the trash… File > Trash brings it back": restoring the old
                self.open_document(newer.id)  # version was the wrong step; an outside tester, stop 59)
                self.status_bar.showMessage(
                    f"“{shown.title}” was replaced by a newer version of its file (added in another window or by "
                    "the command line); the newer version is open, with the annotations moved onto it"
                    + ("; what you were typing was stored on the old one (Undo takes that back first)" if typed
                       else "") + ".", 15000)
                return
            self.status_bar.showMessage(
                f"“{shown.title}” was moved to the trash in another window or by the command line"
                + ("; what you were typing was stored with it (Undo takes that back first)" if typed else "")
                + ". File > Trash… brings it back.", 15000)
        elif not said or said == before:
            self.status_bar.showMessage("Updated with changes made in another window.", 4000)

    def refused_read_only(self) -> bool:
        """True, having said why once, when the library cannot be written: asked before an add, an import or a
        removal rather than after their questions (an add copied the file into the library before the refusal;
        an outside tester on the fixes, stop 53)."""
        if not self.service.read_only():
            return False
        self.show_error(self.service.read_only_reason())
        return True

    def edit_codebook(self) -> None:
        if self.refused_read_only():
            return
        dialog = CodebookEditor(self.service.codebook(), self.parent_widget)
        if dialog.exec():
            self.session.run(lambda: self.service.set_codebook(dialog.codebook))

    def ask_add_files(self) -> None:
        if self.refused_read_only():
            return
        paths, _ = QFileDialog.getOpenFileNames(self.parent_widget, "Add documents", str(Path.home()),
                                                "Documents (*.txt *.md *.html *.htm *.pdf *.epub *.xps *.fb2 *.mobi)")
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> AddFilesTask | None:
        """Add in the background (own connection, own worker process), with progress and cancel; None when the
        library cannot be written (said)."""
        if self.refused_read_only():
            return None
        task = AddFilesTask(self.service.folder, paths, self.service.annotator, self.parent_widget,
                            library_id=self.service.library_id)
        task.finishedAdding.connect(lambda added, errors: self._files_added(added, errors, task.warnings,
                                                                            task.changed, task.summary))
        self._tasks = [t for t in self._tasks if t.isRunning()] + [task]
        self.watch.busy_adding += 1  # our own add is not another window's change
        task.start_with_progress()
        self.addingChanged.emit()
        return task

    def adding(self) -> bool:
        """Files are being added from this window (Undo waits: each file added is a step of its own, and Ctrl+Z took
        back the file added last, not the mark just made; an outside tester, stop 57)."""
        return any(t.isRunning() for t in self._tasks)

    def _files_added(self, added: list[str], errors: list[str], warnings: list[str], changed: list[str],
                     summary: str = "") -> None:
        self.service.changed_elsewhere(catch_up=False)  # the task's own connection added them
        self.watch.busy_adding = max(0, self.watch.busy_adding - 1)
        self.runner.run_op(lambda job: job.in_process("catch_up_index"), lambda _: None, "Updating the search index")
        self.session.apply(Changes(documents=frozenset(added), label="Add documents"))
        if added and self.session.document is None:
            self.open_document(added[0])
        if len(errors) > SHOWN:  # (a long list: the first few, every one under Show Details…)
            list_notice(self.parent_widget, "Some files could not be added:", errors, "add-errors",
                        QMessageBox.Icon.Warning)
        elif errors:
            self.show_error("Some files could not be added:\n" + "\n".join(errors))
        self.addingChanged.emit()
        summary = summary or f"Added {len(added)} document(s)."
        self.status_bar.showMessage(summary, 15000)
        if warnings:
            self.show_add_warnings(summary, warnings)
        if changed:  # (said however few: an annotation orphaned or placed on changed words needs the analyst's eye)
            self.status_bar.showMessage(changed[0] if len(changed) == 1 else
                                        f"{len(changed)} files changed since they were added (listed).", 30000)
            if len(changed) == 1:
                box = QMessageBox(QMessageBox.Icon.Information, "Dossier", changed[0], parent=self.parent_widget)
                box.setObjectName("add-changed")
                box.setModal(False)
                box.show()
            else:
                list_notice(self.parent_widget, f"{len(changed):,} files changed since they were added:", changed,
                            "add-changed")
        self.filesAdded.emit(added, errors)

    def show_add_warnings(self, summary: str, warnings: list[str]) -> None:
        """How the files were read, where the reader should know it (a code page guessed, bytes shown as
        "\ufffd", chapters skipped): the first in the status bar after what the add did (`summary`), and all of
        them in a notice when there are several."""
        more = f" (and {len(warnings) - 1} more, listed)" if len(warnings) > 1 else ""
        self.status_bar.showMessage(f"{summary} Warning: {warnings[0]}{more}", 30000)
        if len(warnings) > 1:
            list_notice(self.parent_widget, "Some files were read with warnings:", warnings, "add-warnings")

    def export(self) -> ExportDialog:
        document = self.session.document
        dialog = ExportDialog(self.runner, document.id if document else None,
                              self.search_panel.query.text().strip(), self.parent_widget,
                              title=document.title if document else "")
        dialog.exported.connect(self._exported)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _exported(self, path: Path, size: int, orphans: int) -> None:
        """What was written; and, as the CLI's `export` notes, the orphaned annotations the format left out
        (a PDF, a REFI-QDA project or NER data has no place for a quote that is no longer in the text)."""
        self.status_bar.showMessage(f"Exported {path.name} ({size:,} bytes).", 15000)
        if orphans:
            box = QMessageBox(QMessageBox.Icon.Information, "Export", orphans_note(orphans), parent=self.parent_widget)
            box.setObjectName("export-orphans")
            box.setModal(False)
            box.show()

    def import_file(self, path: str | None = None, confirm: bool = True) -> None:
        if self.refused_read_only():
            return
        ImportFlow(self.runner, self.parent_widget, self._imported, self.show_error).start(path, confirm)

    def _imported(self, changes: Changes) -> None:
        self.service.changed_elsewhere(catch_up=False)  # the worker wrote it (and its index): not news
        self.session.apply(changes)
        summary = changes.report.get("summary")
        if isinstance(summary, str):  # what happened, in words (it replaces an earlier error's message)
            self.status_bar.showMessage(summary, 15000)
        if self.service.conflicts():
            self.status_bar.showMessage("Some annotations changed on both sides: File > Merge conflicts.", 8000)

    def reindex(self) -> None:
        """Rebuild the search index from the library (on the worker, with progress)."""
        self.runner.run_op(lambda job: job.in_process("reindex"),
                           lambda count: self._reindexed(count), "Rebuilding the search index")

    def _reindexed(self, count: int) -> None:
        self.service.retry_index()
        self.index_status.check()
        self.status_bar.showMessage(f"The search index was rebuilt ({count:,} items).", 5000)

    def show_conflicts(self, annotation_id: str | None = None) -> ConflictsDialog:
        """File > Merge conflicts (`annotation_id`: its first conflict current — the Inspector's button). The
        dialog follows every change the window applies, another window's or process's included."""
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.close()
        dialog = ConflictsDialog(self.service, self.parent_widget, annotation_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self.session.apply)
        self.session.changesApplied.connect(dialog.refresh)
        dialog.destroyed.connect(lambda: self._conflicts_closed(dialog))
        self.conflicts_dialog = dialog
        dialog.open()
        return dialog

    def _conflicts_closed(self, dialog: ConflictsDialog) -> None:
        if self.conflicts_dialog is dialog:
            self.conflicts_dialog = None

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        live = {d.id: d for d in self.service.documents()}
        for document_id in self.settings.recent if self.settings else []:
            if document_id in live:
                menu.addAction(menu_words(live[document_id].title), partial(self.open_document, document_id))
        if menu.isEmpty():
            menu.addAction("(none)").setEnabled(False)

    def show_trash(self) -> None:
        """Removed documents (with their annotations) and a Restore button for each."""
        dialog = QDialog(self.parent_widget)
        dialog.setWindowTitle("Trash")
        items = QListWidget()
        restore = QPushButton("Restore")
        read_only = self.service.read_only()
        if read_only:  # (Restore was live and refused only when clicked: an outside tester, stop 62)
            restore.setToolTip(self.service.read_only_reason())
        restore.clicked.connect(lambda: self._restore_selected(items))
        items.itemSelectionChanged.connect(lambda: restore.setEnabled(bool(items.selectedItems()) and not read_only))

        def fill(changes: object = None) -> None:
            """The documents in the trash now: drawn again after every change while the dialog is open (after
            Restore then Ctrl+Z the document was back in the trash but not in the list; a tester, stop 58). An empty
            trash says so, and Restore waits for a chosen document (it showed an empty list and a live button)."""
            if changes is not None and not getattr(changes, "documents", True) and not getattr(changes, "external",
                                                                                                False):
                return
            items.clear()
            for doc in self.service.trashed_documents():
                item = QListWidgetItem(f"{doc.title}  ({doc.modified[:10]})")
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                items.addItem(item)
            if not items.count():
                items.addItem(QListWidgetItem("The trash is empty."))
                items.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
            restore.setEnabled(bool(items.selectedItems()) and not read_only)

        fill()
        self.session.changesApplied.connect(fill)
        dialog.finished.connect(lambda _: self.session.changesApplied.disconnect(fill))
        layout = QVBoxLayout(dialog)
        layout.addWidget(items)
        layout.addWidget(restore)
        self.trash_dialog = dialog
        dialog.open()

    def _restore_selected(self, items: QListWidget) -> None:
        """Restore the chosen documents; the list is drawn again as each comes back (`show_trash`)."""
        for document_id in [item.data(Qt.ItemDataRole.UserRole) for item in items.selectedItems()]:
            self.session.run(lambda: self.service.restore_document(document_id))

    def remove_document(self) -> None:
        document = self.session.document
        doc_id = self.library_panel.current_id() or (document.id if document else None)
        if doc_id is None or self.refused_read_only():
            return
        record = self.service.live_document(doc_id)
        title = record.title if record is not None else "this document"
        # (by name: it is the Library's current row, which the arrow keys move without opening it — the question
        # said "this document" while the one being read stayed open; an outside tester on the window)
        answer = QMessageBox.question(self.parent_widget, "Remove document", f"Move “{title}” and its annotations to "
                                      "the trash? (Undo brings it back.)")
        if answer == QMessageBox.StandardButton.Yes:
            self.aboutToRemove.emit()  # (so Undo then brings the document back, not the typing's last words)
            before = self.status_bar.currentMessage()
            if self.session.run(lambda: self.service.remove_document(doc_id)) is not None:
                said = self.status_bar.currentMessage()  # (what the removal made others say: a presentation ended)
                self.status_bar.showMessage(f"“{title}” was moved to the trash: Ctrl+Z or File > Trash… brings it "
                                            "back." + (f" {said}" if said and said != before else ""), 15000)

    def close(self) -> None:
        """The window is closing: every add stops after the file it is on (the task's connection closes on its
        thread), under a "Finishing…" note while that file is read. The window waited 10 s for the latest add only,
        and the process then aborted ("QThread: Destroyed while thread is still running"; an outside tester, stop 57)."""
        running = [t for t in self._tasks if t.isRunning()]
        for task in running:
            task.cancel()
            task.finishedAdding.disconnect()  # (its end must not start jobs on the closed runner, nor open documents
            # in a closing window: the app then aborted, QThread destroyed while running; a tester on the fixes)
        if not running or all(t.wait(500) for t in running):
            return
        dialog = QProgressDialog("Finishing the file being added…", "", 0, 0, self.parent_widget)
        dialog.setCancelButton(None)
        dialog.setWindowTitle("Dossier")
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.show()
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: loop.quit() if not any(t.isRunning() for t in running) else None)
        poll.start(50)
        loop.exec()
        poll.stop()
        dialog.close()
        dialog.deleteLater()
        for task in running:
            task.wait()
