"""The main window: wires widgets' intents to the service and refreshes views from the `Changes` it returns.

What the window *does* lives here: opening a document, undo/redo, applying an edit's changes to the library
row and the undo labels, selection, settings, drops and closing. Two catalogues live beside it, because
they change for other reasons: where each panel sits (`window_docks.build_layout`) and which command sits
in which menu, toolbar or key (`window_actions`). The annotations themselves are drawn by
`panels.PanelsController`, the other jobs by the controllers composed below."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QLabel, QLineEdit, QMainWindow, QMenu, QMessageBox, QSpinBox, QStackedWidget, QTableView,
    QToolBar, QTreeWidget,
)

from annotations.changes import Changes
from annotations.errors import DossierError
from annotations.model import Annotation, ClaimStatus, DocumentRecord, Kind
from annotations.suggest import Suggestion
from reader.services import ReaderService
from reader.ui import document_properties
from reader.ui.annotations_panel import AnnotationsPanel, CardModel
from reader.ui.annotating import AnnotationController, ReadingView
from reader.ui.entities_panel import EntitiesPanel
from reader.ui.entity_questions import rename_or_merge
from reader.ui.unstored_notes import keep_or_lose_notes
from reader.ui.entity_window import EntityIndexController
from reader.ui.file_notices import PAGE_FORMATS, missing_file_warning
from reader.ui.index_status import IndexStatus
from reader.ui.inspector import Inspector
from reader.ui.library_control import LibraryController
from reader.ui.library_panel import LibraryPanel
from reader.ui.library_watch import LibraryWatch
from reader.ui.models import ROW_ROLE, AnnotationRow, document_rows
from reader.ui.navigation import NavigationController
from reader.ui.ops import LARGE_STEP_BYTES, Runner, ThreadRunner
from reader.ui.page_view import PageView
from reader.ui.panels import ClaimRows, PanelsController
from reader.ui.read_only import show_read_only
from reader.ui.reading_layout import reading_headings
from reader.ui.search_panel import SearchPanel
from reader.ui.session import DocumentSession
from reader.ui.settings import Settings, SettingsDialog
from reader.ui.suggesting import SuggestionController
from reader.ui.suggestions_panel import SuggestionsPanel
from reader.ui.text_view import TextView
from reader.ui.theme import apply_theme
from reader.ui.window_actions import (
    build_actions, context_menu, rebuild_type_actions, step_text, update_undo_actions,
)
from reader.ui.step_view import show_step
from reader.ui.window_docks import build_layout
from reader.ui.workshop import WorkshopController


class MainWindow(QMainWindow):
    filesAdded = Signal(list, list)  # added document ids, error lines — after the views show them
    _damage_said = False  # the damaged-library notice shown (at start, or when a document's reading met the damage)

    # The views and panels, built by `window_docks.build_layout`:
    text_view: TextView
    page_view: PageView
    stack: QStackedWidget
    hint: QLabel
    library_panel: LibraryPanel
    search_panel: SearchPanel
    inspector: Inspector
    entities_panel: EntitiesPanel
    suggestions_panel: SuggestionsPanel
    outline: QTreeWidget
    annotation_model: CardModel
    annotations_panel: AnnotationsPanel
    claim_model: ClaimRows
    claim_proxy: QSortFilterProxyModel
    claim_table: QTableView
    docks: dict[str, QDockWidget]
    # The actions the window and its tests refer to, built by `window_actions.build_actions`:
    add_action: QAction
    undo_action: QAction
    redo_action: QAction
    mark_all_action: QAction
    suggest_action: QAction
    speaker_action: QAction
    remove_action: QAction
    settings_action: QAction
    present_action: QAction
    type_actions: list[QAction]
    type_bar: QToolBar
    page_bar: QToolBar
    page_box: QSpinBox
    recent_menu: QMenu

    def __init__(self, service: ReaderService, settings: Settings | None = None, runner: Runner | None = None) -> None:
        super().__init__()
        self.service = service
        self._settings = settings
        self.runner = runner or ThreadRunner(service, self)
        """Slow work (exports, imports, suggestions, reindexing, search) runs here, off the UI thread."""
        self.runner.failed.connect(self.show_error)
        self.session = DocumentSession(service, self)
        """The open document, its annotations, the selection; every mutation's `Changes` pass through it."""
        self.session.failed.connect(self.show_error)
        self.session.changesApplied.connect(self._redraw)
        self.session.documentClosed.connect(self._document_closed)
        self.annotating = AnnotationController(self.session, self.statusBar(), self._active_view, self)
        self.annotating.annotated.connect(self._annotated)
        self.annotating.restored.connect(lambda annotation_id: self.select_annotation(annotation_id, scroll=False))
        self.setWindowTitle("Dossier")
        self.setAcceptDrops(True)
        self.resize(1400, 880)

        build_layout(self)  # the views, the panels and their docks (window_docks.py)
        self.panels = PanelsController(
            self.session, self.text_view, self.page_view, self._pages_showing, self.annotations_panel,
            self.claim_model, self.entities_panel, self.inspector, self)
        """Draws the annotations and the selection in the views and panels (after an edit, only what it
        changed)."""
        self.suggesting = SuggestionController(
            self.session, self.runner, self.suggestions_panel, self.docks["suggestions"], self.text_view,
            self.page_view, self._pages_showing, self.statusBar(), self)
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText("Find in document (Ctrl+F)")
        self.find_box.setMaximumWidth(260)
        self.navigation = NavigationController(
            self.session, self.runner, self.text_view, self.page_view, self._pages_showing, self.outline,
            self.find_box, self.search_panel, self.docks["search"], self.statusBar(), self.open_document,
            self.select_annotation, self)
        self.entity_index = EntityIndexController(self.session, self, self.open_document, self)
        self.workshop = WorkshopController(self.session, self.runner, settings, self, self.statusBar(),
                                           self.select_annotation, self.open_document, self)
        self.index_status = IndexStatus(service, self.statusBar(), self)
        self.watch = LibraryWatch(service, self.runner, self)  # another window or process may edit it too
        self.watch.polled.connect(self.index_status.retry)
        self.library = LibraryController(self.session, self.runner, settings, self, self.statusBar(),
                                         self.index_status, self.watch, self.library_panel, self.search_panel,
                                         self.open_document, self)
        self.library.filesAdded.connect(self.filesAdded)
        self.library.aboutToRemove.connect(self.inspector.commit_pending)
        self.library.addingChanged.connect(lambda: update_undo_actions(self))
        self._stepping = False
        """True while an undo or redo's changes are applied."""
        self._warned = ""
        """The warning the last document opened showed in the status bar (a missing file, garbled text)."""
        build_actions(self)  # menus, toolbars, keys (window_actions.py)
        self._connect()
        self.properties_action = document_properties.install(self)  # Document > Properties…, library menu
        self.refresh_library()
        update_undo_actions(self)
        self.apply_settings()
        for message in service.messages():
            self.statusBar().showMessage(message, 10000)
        if service.read_only() or service.damaged():
            show_read_only(self, service.damaged() or service.read_only_reason())
            self._damage_said = bool(service.damaged())
        self.watch.start()

    @property
    def settings(self) -> Settings | None:
        return self._settings

    @settings.setter
    def settings(self, settings: Settings | None) -> None:
        """Other settings (a test's, another profile's) reach the controllers that keep them too."""
        self._settings = self.library.settings = self.workshop.settings = settings

    @property
    def document(self) -> DocumentRecord | None:
        """The open document (the session's)."""
        return self.session.document

    @property
    def suggestions(self) -> list[Suggestion]:
        """The suggestions shown (the session's)."""
        return self.session.suggestions

    @property
    def annotations(self) -> list[Annotation]:
        """The open document's live annotations in reading order (the session's)."""
        return self.session.annotations

    # -- signals ----------------------------------------------------------------------------------
    def _connect(self) -> None:
        tv = self.text_view
        tv.annotateRequested.connect(self.annotating.annotate_request)
        tv.annotationSelected.connect(self.select_annotation)
        tv.deleteRequested.connect(self.annotating.delete)
        tv.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tv.customContextMenuRequested.connect(lambda pos: context_menu(self, pos))
        canvas = self.page_view.canvas
        canvas.annotateRequested.connect(self.annotating.annotate_request)
        canvas.annotationSelected.connect(self.select_annotation)
        canvas.deleteRequested.connect(self.annotating.delete)
        self.library_panel.openRequested.connect(self.open_document)
        self.inspector.editRequested.connect(self.annotating.edit)
        self.annotating.editStored.connect(self.inspector.edit_stored)
        self.annotating.editRefused.connect(self.inspector.edit_refused)
        self.inspector.conflictRequested.connect(self.library.show_conflicts)
        ents = self.entities_panel
        ents.mentionRequested.connect(self.select_annotation)
        ents.renameRequested.connect(lambda eid, name: rename_or_merge(self, self.service, self._run, eid, name))
        ents.aliasesRequested.connect(lambda eid, names: self._run(lambda: self.service.set_aliases(eid, names)))
        ents.indexRequested.connect(lambda eid: self.entity_index.show(eid or None))
        ents.mergeRequested.connect(lambda keep, other: self._run(lambda: self.service.merge_entities(keep, other)))
        ents.spellingsRequested.connect(lambda eid: ents.show_spellings(self.service.spelling_proposals(eid)))
        ents.spellingsChosen.connect(lambda eid, chosen: self._run(lambda: self.service.adopt_spellings(eid, chosen)))
        self.annotations_panel.annotationSelected.connect(self.select_annotation)
        self.claim_table.clicked.connect(lambda i: self._row_clicked(i))

    # -- documents --------------------------------------------------------------------------------
    def refresh_library(self) -> None:
        self.library_panel.set_rows(document_rows(self.service.documents(), self.service.annotation_counts()),
                                    self.document.id if self.document is not None else None)

    def _recount_library_row(self, changed: frozenset[str]) -> None:
        """Annotations changed: the open document's row gets its new counts when they were all its own
        (no count over the whole library after each highlight), else the library is read again."""
        counts = self.panels.open_document_counts(changed)
        document = self.document
        if counts is None or document is None or self.library_panel.model.row_of(document.id) < 0:
            self.refresh_library()
            return
        row = document_rows([document], {document.id: counts})[0]
        if len(str(row.notes)) > 4:  # a count wider than the column was fitted for: refit it
            self.library_panel.set_rows([row if r.id == document.id else r for r in self.library_panel.model.rows()],
                                        document.id)
            return
        # One row replaced in place: the table keeps its selection, scroll and column widths by itself (no
        # list of every document, no re-selection, no refit).
        self.library_panel.model.replace_row(row)

    def open_document(self, document_id: str, annotation_id: str | None = None) -> None:
        typing = QApplication.focusWidget()
        in_inspector = typing is not None and self.inspector.isAncestorOf(typing)  # (emptied below)
        try:
            self.session.open(document_id)
        except DossierError as exc:
            self.show_error(exc.message)
            return
        assert self.document is not None
        self.text_view.set_document(self.document.text, reading_headings(  # headline, chapters, # lines
            self.document.text, self.document.title, self.document.outline))
        stored = self.service.stored_file(self.document)
        problem = self.service.stored_copy_problem(self.document)  # (missing, or replaced on disk)
        paged = self.document.format in PAGE_FORMATS and stored is not None and not problem
        if paged and stored is not None:
            sizes = list(self.document.page_sizes) or [(595.0, 842.0)] * len(self.document.pages)
            self.page_view.open(stored, self.service.as_document(self.document), sizes)
            self.page_box.setMaximum(len(self.document.pages))
        else:
            self.page_view.close_document()
        self.stack.setCurrentWidget(self.page_view if paged else self.text_view)
        self.page_bar.setVisible(paged)
        self.setWindowTitle(f"{self.document.title} — Dossier")
        warning = " ".join(filter(None, (missing_file_warning(self.document, problem),  # (a damaged PDF repaired,
                                         *self.service.reading_warnings(self.document))))  # a garbled text layer)
        if self.service.damaged() and not self._damage_said:  # met in what this document read (its text rotted)
            show_read_only(self, self.service.damaged())
            self._damage_said = True
            update_undo_actions(self)  # (nothing can be undone here now)
        if self._warned and self.statusBar().currentMessage() == self._warned:
            self.statusBar().clearMessage()  # (said of the document before: not of this one)
        self._warned = warning
        if warning:
            self.statusBar().showMessage(warning, 30000)
        if self.settings is not None:
            self.settings.remember(document_id)
        self.navigation.fill_outline()
        self.library_panel.select(document_id)
        self.panels.draw()
        self.suggesting.refresh(current=0)
        if annotation_id:
            self.select_annotation(annotation_id)
        focused = QApplication.focusWidget()
        if self.isActiveWindow() and (in_inspector or focused is None or not focused.isVisible()):
            # (the Inspector's field it was in emptied: the focus went nowhere, or on to the claims table, and the
            # type keys did nothing until a click; an outside tester, stop 54)
            (self.page_view if paged else self.text_view).setFocus()

    def refresh_annotations(self) -> None:
        """Re-read and redraw every annotation of the open document."""
        self.session.reload()
        self.panels.draw()

    def _colors(self) -> dict[str, str]:
        return self.session.colors()

    def _run(self, operation: Callable[[], Changes]) -> None:
        """Run a library operation from a panel intent; show its error, apply its changes."""
        self.session.run(operation)

    def undo(self) -> None:
        self.inspector.commit_pending()  # typing not yet autosaved is stored first, then undone
        self._step_history("undo", "done")

    def redo(self) -> None:
        self.inspector.commit_pending()
        self._step_history("redo", "undone")

    def _step_history(self, verb: str, stack: str) -> None:
        """Undo or redo; "nothing to undo" and conflicts go to the status bar, not a dialog. A large step (an
        import, thousands of accepted suggestions) runs in the job process under a progress dialog, as its
        own edit did: its index update alone takes seconds. Not while files are being added (the file added
        last, not the last edit, would be taken back)."""
        if self.library.adding():
            self.statusBar().showMessage(f"{verb.capitalize()} waits until the files being added are in (or Cancel "
                                         "the add).", 5000)
            return
        step = self.service.history_step(stack)
        label = step[1] if step is not None else None
        action = self.undo_action if verb == "undo" else self.redo_action
        if step is not None and (action.data() is not None and action.data() != step[0]
                                 or action.text() != step_text(verb.capitalize(), step[1])):
            # another window or the command line made a step since the menu was drawn: Ctrl+Z took back their delete
            # while the menu said "Undo Edit note", or their "Add highlight" for ours (outside testers, stop 58)
            update_undo_actions(self)
            self.statusBar().showMessage(
                f"The step to {verb} is now “{label}”, made in another window or by the command line; press "
                f"{'Ctrl+Z' if verb == 'undo' else 'Ctrl+Shift+Z'} again to {verb} it.", 10000)
            return
        if self.service.history_size(stack) >= LARGE_STEP_BYTES:
            self.runner.run_op(lambda job: job.in_process(verb), self._stepped_in_job,
                               f"{verb.capitalize()} “{label}”", finishing=f"Finishing the {verb}")
            return
        try:
            changes = self.service.undo() if verb == "undo" else self.service.redo()
        except DossierError as exc:
            self.statusBar().showMessage(exc.message, 5000)
            return
        self._stepped_history(changes)

    def _stepped_in_job(self, changes: Changes) -> None:
        self.service.changed_elsewhere(catch_up=False)  # the job process wrote it (and its index): not news
        self._stepped_history(changes)

    def _stepped_history(self, changes: Changes) -> None:
        self.text_view.clear_selection()  # a stale selection would be re-marked by the next key
        self.page_view.canvas.clear_selection()
        self._stepping = True
        try:
            self._applied(changes)
        finally:
            self._stepping = False
        if self.session.document is None:  # a redo brought a document back (its add, its removal undone), or
            # the step changed annotations of a document not shown (undone out of sight, an outside tester, stop
            # 55): that document is shown
            back = next((d for d in sorted(changes.documents) if self.service.live_document(d) is not None),
                        None) or self.service.document_holding(changes.annotations)
            if back is not None:
                self.open_document(back)
        show_step(self, changes)  # (what it changed brought into view: step_view.py)
        self.statusBar().showMessage(changes.label, 5000)

    def _applied(self, changes: Changes) -> None:
        """A mutation's changes: through the session, which emits `changesApplied` (redrawn below)."""
        self.session.apply(changes)

    def _redraw(self, changes: Changes) -> None:
        """Every panel redraws from here, from what `changes` says changed (the one `changesApplied`)."""
        if changes.codebook:
            rebuild_type_actions(self)
        if changes.documents or changes.external:
            self.refresh_library()
        elif changes.annotations:  # (an entity's changes alone change no document's counts)
            self._recount_library_row(changes.annotations)
        # Only an undo or redo (here, or another window's or process's) puts a step on the redo stack; any
        # other edit empties it — with nothing to redo before, there is nothing after (no store read).
        update_undo_actions(self, redo=self._stepping or changes.external or self.redo_action.isEnabled())
        self.index_status.check()  # the annotations are redrawn by `panels`, from the same signal

    def _document_closed(self) -> None:
        self.text_view.set_document("")
        self.page_view.close_document()
        self.stack.setCurrentWidget(self.text_view)
        self.page_bar.setVisible(False)
        self.outline.clear()  # the annotation panels are cleared by `panels`
        self.setWindowTitle("Dossier")

    # -- selection --------------------------------------------------------------------------------
    def _pages_showing(self) -> bool:
        return self.stack.currentWidget() is self.page_view

    def _active_view(self) -> ReadingView:
        return self.page_view.canvas if self.stack.currentWidget() is self.page_view else self.text_view

    def _annotated(self, annotation: Annotation) -> None:
        """A new annotation is selected; the next keys are a claim's speaker or a note, never shortcuts."""
        self.select_annotation(annotation.id, scroll=False)
        field = {Kind.CLAIM: self.inspector.speaker, Kind.NOTE: self.inspector.note}.get(annotation.kind)
        if field is not None:
            self.docks["inspector"].show()
            self.docks["inspector"].raise_()
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def select_annotation(self, annotation_id: str | None, scroll: bool = True) -> None:
        """Select an annotation (None: none) and show it everywhere; `scroll`: bring it into view."""
        self.panels.show_selected(annotation_id, scroll)

    def _row_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, AnnotationRow):
            self.select_annotation(row.id)

    # -- find and search --------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """The message in the status bar and in a box that leaves the keyboard where it was: an autosave refused
        (a full disk) while someone typed a note put a box up at each attempt, and an activated box took the keys
        typed next (an outside tester, stop 54). A message already shown is not shown again."""
        self.statusBar().showMessage(message.splitlines()[0], 8000)
        self.last_error = message
        if any(box.isVisible() and box.text() == message for box in self.findChildren(QMessageBox)):
            return
        typing = QApplication.focusWidget()
        box = QMessageBox(QMessageBox.Icon.Warning, "Dossier", message, parent=self)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        if typing is not None and typing.window() is self and typing.isVisible():
            self.activateWindow()
            typing.setFocus()

    def check_external_changes(self) -> bool:
        """Look now (not at the next poll) for what another window or process changed; True if it did."""
        return self.watch.poll()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_external_changes()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.library.add_files(paths)

    def apply_settings(self) -> None:
        """The reading view's font and width and the annotator's name, from the settings."""
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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.inspector.commit_pending()  # (typing in a field a progress dialog had left unfinished)
        if not keep_or_lose_notes(self, self.inspector, self.service):
            event.ignore()
            return
        self.watch.stop()
        self.library.close()  # (adds stop first: what their end would start goes to a runner still open)
        self.runner.close()
        self.page_view.close_document()
        self.workshop.close_windows()
        event.accept()


__all__ = ["MainWindow", "ClaimStatus"]
