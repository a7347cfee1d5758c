"""The main window: wires widgets' intents to the service and refreshes views from the `Changes` it returns."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget, QHeaderView, QLabel, QLineEdit, QMainWindow, QMenu,
    QMessageBox, QSpinBox, QStackedWidget, QToolBar, QTreeWidget, QVBoxLayout,
    QWidget,
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
from reader.ui.entity_window import EntityIndexController
from reader.ui.index_status import IndexStatus
from reader.ui.inspector import Inspector
from reader.ui.library_control import LibraryController
from reader.ui.library_watch import LibraryWatch
from reader.ui.navigation import NavigationController
from reader.ui.ops import Runner, ThreadRunner
from reader.ui.library_panel import LibraryPanel
from reader.ui.page_view import PageView
from reader.ui.reading_layout import reading_headings
from reader.ui.models import ROW_ROLE, AnnotationRow, document_rows, make_table
from reader.ui.panels import ClaimRows, PanelsController
from reader.ui.search_panel import SearchPanel
from reader.ui.suggesting import SuggestionController
from reader.ui.session import DocumentSession
from reader.ui.settings import Settings
from reader.ui.suggestions_panel import SuggestionsPanel
from reader.ui.settings import SettingsDialog
from reader.ui.theme import apply_theme
from reader.ui.text_view import TextView
from reader.ui.workshop import WorkshopController

PAGE_FORMATS = ("pdf", "xps")
"""Fixed-layout formats open in the page view; reflowable ones (EPUB, FB2, MOBI) in the text view."""
HINT = ("Select text, then press a key: 1–7 entity type (see the toolbar), C claim, H highlight, N note. "
        "Click a highlight to edit it; Delete removes it; Tab moves between annotations; Ctrl+Z undoes.")


TOOLBAR_CHARS = 16
"""A toolbar button's label is at most this long (elided); the whole text is its tooltip."""


def toolbar_label(action: QAction, label: str, tooltip: str) -> None:
    """What a toolbar button shows (`iconText`, elided to a fixed length) and its tooltip; the action's
    text, which menus show, stays whole."""
    action.setIconText(label if len(label) <= TOOLBAR_CHARS else label[: TOOLBAR_CHARS - 1] + "…")
    action.setToolTip(tooltip)


class MainWindow(QMainWindow):
    filesAdded = Signal(list, list)  # added document ids, error lines — after the views show them

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
        self.setWindowTitle("Dossier")
        self.setAcceptDrops(True)
        self.resize(1400, 880)

        self.text_view = TextView()
        self.hint = QLabel(HINT)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("padding: 6px; background: palette(alternate-base);")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.text_view)
        self.page_view = PageView()
        self.stack.addWidget(self.page_view)
        layout.addWidget(self.stack)
        self.setCentralWidget(central)

        self.library_panel = LibraryPanel()
        self.search_panel = SearchPanel()
        self.inspector = Inspector()
        self.entities_panel = EntitiesPanel()
        self.suggestions_panel = SuggestionsPanel()
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.annotation_model = CardModel()
        self.claim_model = ClaimRows()
        self.annotations_panel = AnnotationsPanel(self.annotation_model)
        self.claim_proxy = QSortFilterProxyModel(self)
        self.claim_proxy.setSourceModel(self.claim_model)
        self.claim_table = make_table(self.claim_proxy, sortable=True)
        self.claim_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # reading order until a header is clicked
        self.docks = {
            "library": self._dock("Library", self.library_panel, Qt.DockWidgetArea.LeftDockWidgetArea),
            "search": self._dock("Search", self.search_panel, Qt.DockWidgetArea.LeftDockWidgetArea),
            "outline": self._dock("Outline", self.outline, Qt.DockWidgetArea.LeftDockWidgetArea),
            "annotations": self._dock("Annotations", self.annotations_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "inspector": self._dock("Inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea),
            "entities": self._dock("Entities", self.entities_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "suggestions": self._dock("Suggestions", self.suggestions_panel, Qt.DockWidgetArea.RightDockWidgetArea),
            "claims": self._dock("Claims", self.claim_table, Qt.DockWidgetArea.BottomDockWidgetArea),
        }
        self.tabifyDockWidget(self.docks["library"], self.docks["search"])
        self.tabifyDockWidget(self.docks["library"], self.docks["outline"])
        self.docks["library"].raise_()
        self.tabifyDockWidget(self.docks["annotations"], self.docks["entities"])
        self.tabifyDockWidget(self.docks["annotations"], self.docks["suggestions"])
        self.docks["annotations"].raise_()
        self.claim_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.claim_table.horizontalHeader().setStretchLastSection(False)
        self.resizeDocks([self.docks["claims"]], [170], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["library"], self.docks["annotations"]], [300, 380], Qt.Orientation.Horizontal)
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
                                           self.select_annotation, self)
        self.index_status = IndexStatus(service, self.statusBar(), self)
        self.watch = LibraryWatch(service, self.runner, self)  # another window or process may edit it too
        self.watch.polled.connect(self.index_status.retry)
        self.library = LibraryController(self.session, self.runner, settings, self, self.statusBar(),
                                         self.index_status, self.watch, self.library_panel, self.search_panel,
                                         self.open_document, self)
        self.library.filesAdded.connect(self.filesAdded)
        self._build_actions()
        self._connect()
        self.properties_action = document_properties.install(self)  # Document > Properties…, library menu
        self.refresh_library()
        self._update_undo_actions()
        self.apply_settings()
        for message in service.messages():
            self.statusBar().showMessage(message, 10000)
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

    # -- construction -----------------------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title.lower()}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        """A window action calling `slot()` with no arguments: `triggered(bool)` must never reach a slot
        whose first parameter means something else (it once passed False as File > Import's path)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_action = self._action("Add files…", self.library.ask_add_files, QKeySequence.StandardKey.Open)
        self.undo_action = self._action("Undo", self.undo, "Ctrl+Z")
        self.redo_action = self._action("Redo", self.redo, "Ctrl+Shift+Z")
        self._action("Find", lambda: self.find_box.setFocus(), "Ctrl+F")
        self._action("Search library", self.navigation.focus_search, "Ctrl+Shift+F")
        self.mark_all_action = self._action("Mark all occurrences", self.annotating.mark_all, "Ctrl+M")
        self.suggest_action = self._action("Suggest entities and claims", lambda: self.suggesting.show(),
                                           "Ctrl+Shift+S")
        self.remove_action = self._action("Remove document…", self.library.remove_document)
        self.settings_action = self._action("Settings…", self.edit_settings)
        bar = QToolBar("Main")
        bar.setObjectName("toolbar-main")
        self.addToolBar(bar)
        bar.addAction(self.add_action)
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        self.type_actions: list[QAction] = []
        self.type_bar = QToolBar("Entity types")
        self.type_bar.setObjectName("toolbar-types")
        self.addToolBar(self.type_bar)
        self._rebuild_type_actions()
        bar = QToolBar("Annotate")
        bar.setObjectName("toolbar-annotate")
        self.addToolBar(bar)
        for text, kind in (("C Claim", Kind.CLAIM), ("H Highlight", Kind.HIGHLIGHT), ("N Note", Kind.NOTE)):
            act = QAction(text, self)
            act.triggered.connect(lambda _=False, k=kind: self.annotating.annotate_selection(k))
            bar.addAction(act)
        bar.addSeparator()
        bar.addWidget(self.find_box)
        self.page_bar = QToolBar("Pages")
        self.page_bar.setObjectName("toolbar-pages")
        self.addToolBarBreak()
        self.addToolBar(self.page_bar)
        self.page_bar.addAction(self._action("Fit width", self.page_view.fit_width))
        self.page_bar.addAction(self._action("Fit page", self.page_view.fit_page))
        self.page_bar.addAction(self._action("Zoom in", lambda: self.page_view.set_percent(
            self.page_view.canvas.zoom * 125), QKeySequence.StandardKey.ZoomIn))
        self.page_bar.addAction(self._action("Zoom out", lambda: self.page_view.set_percent(
            self.page_view.canvas.zoom * 80), QKeySequence.StandardKey.ZoomOut))
        self.page_box = QSpinBox()
        self.page_box.setPrefix("Page ")
        self.page_box.setMinimum(1)
        self.page_box.editingFinished.connect(lambda: self.page_view.turn_to(self.page_box.value() - 1))
        self.page_view.pageChanged.connect(lambda index: self.page_box.setValue(index + 1))  # the box follows
        self.page_bar.addWidget(self.page_box)
        self.page_bar.setVisible(False)
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addAction(self.add_action)
        self.recent_menu = file_menu.addMenu("Recent")
        self.recent_menu.aboutToShow.connect(lambda: self.library.fill_recent(self.recent_menu))
        file_menu.addAction(self._action("Trash…", self.library.show_trash))
        file_menu.addAction(self.remove_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action("Export…", self.library.export, "Ctrl+E"))
        file_menu.addAction(self._action("Import bundle or PDF annotations…", self.library.import_file, "Ctrl+I"))
        file_menu.addAction(self._action("Merge conflicts…", self.library.show_conflicts))
        file_menu.addAction(self._action("Rebuild search index", self.library.reindex))
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self._action("Codebook…", self.library.edit_codebook))
        file_menu.addAction(self._action("Quit", self.close, QKeySequence.StandardKey.Quit))
        edit_menu = menu.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addAction(self.mark_all_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.suggest_action)
        edit_menu.addAction(self._action("Hide suggestions", self.suggesting.hide))
        workshop = menu.addMenu("&Workshop")
        self.present_action = self._action("Present…", self.workshop.present, "F5")
        workshop.addAction(self.present_action)
        workshop.addAction(self._action("Compare trainees with an answer key…", self.workshop.compare_exercise))
        workshop.addAction(self._action("Export answer key, briefing pack or trainee bundle…", self.workshop.export_for_workshop))
        view_menu = menu.addMenu("&View")
        view_menu.addAction(self._action("Entity index…", lambda: self.entity_index.show(), "Ctrl+Shift+E"))
        view_menu.addSeparator()
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())

    def _rebuild_type_actions(self) -> None:
        """Toolbar buttons and keys for the codebook's entity types (rebuilt when the codebook changes)."""
        for act in self.type_actions:
            self.type_bar.removeAction(act)
        self.type_actions = []
        for et in self.service.codebook().entity_types:
            act = QAction(f"{et.key} {et.name}".strip(), self)
            toolbar_label(act, act.text(), f"Mark the selection as {et.label}" + (f" (key {et.key})" if et.key else ""))
            act.triggered.connect(lambda _=False, label=et.label: self.annotating.annotate_selection(Kind.ENTITY, label))
            self.type_bar.addAction(act)
            self.type_actions.append(act)
        keys = {et.key: et.label for et in self.service.codebook().entity_types if et.key}
        self.text_view.type_keys = keys
        self.page_view.canvas.type_keys = keys

    def _connect(self) -> None:
        tv = self.text_view
        tv.annotateRequested.connect(self.annotating.annotate_request)
        tv.annotationSelected.connect(self.select_annotation)
        tv.deleteRequested.connect(self.annotating.delete)
        tv.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tv.customContextMenuRequested.connect(self._context_menu)
        canvas = self.page_view.canvas
        canvas.annotateRequested.connect(self.annotating.annotate_request)
        canvas.annotationSelected.connect(self.select_annotation)
        canvas.deleteRequested.connect(self.annotating.delete)
        self.library_panel.openRequested.connect(self.open_document)
        self.inspector.editRequested.connect(self.annotating.edit)
        ents = self.entities_panel
        ents.mentionRequested.connect(self.select_annotation)
        ents.renameRequested.connect(lambda eid, name: self._run(lambda: self.service.rename_entity(eid, name)))
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
        self.library_panel.set_rows([row if r.id == document.id else r for r in self.library_panel.model.rows()],
                                    document.id)

    def open_document(self, document_id: str, annotation_id: str | None = None) -> None:
        try:
            self.session.open(document_id)
        except DossierError as exc:
            self.show_error(exc.message)
            return
        assert self.document is not None
        self.text_view.set_document(self.document.text, reading_headings(  # headline, chapters, # lines
            self.document.text, self.document.title, self.document.outline))
        stored = self.service.stored_file(self.document)
        paged = self.document.format in PAGE_FORMATS and stored is not None and stored.exists()
        if paged and stored is not None:
            sizes = list(self.document.page_sizes) or [(595.0, 842.0)] * len(self.document.pages)
            self.page_view.open(stored, self.service.as_document(self.document), sizes)
            self.page_box.setMaximum(len(self.document.pages))
        else:
            self.page_view.close_document()
        self.stack.setCurrentWidget(self.page_view if paged else self.text_view)
        self.page_bar.setVisible(paged)
        self.setWindowTitle(f"{self.document.title} — Dossier")
        from reader.document.wordlist import garbled_warning  # wordfreq's lists load on first use

        warning = garbled_warning(self.document.text, self.document.pages)
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
        self._step_history(self.service.undo)

    def redo(self) -> None:
        self.inspector.commit_pending()
        self._step_history(self.service.redo)

    def _step_history(self, step: Callable[[], Changes]) -> None:
        """Undo or redo; "nothing to undo" and conflicts go to the status bar, not a dialog."""
        try:
            changes = step()
        except DossierError as exc:
            self.statusBar().showMessage(exc.message, 5000)
            return
        self.text_view.clear_selection()  # a stale selection would be re-marked by the next key
        self.page_view.canvas.clear_selection()
        self._applied(changes)
        self.statusBar().showMessage(changes.label, 3000)

    def _applied(self, changes: Changes) -> None:
        """A mutation's changes: through the session, which emits `changesApplied` (redrawn below)."""
        self.session.apply(changes)

    def _redraw(self, changes: Changes) -> None:
        """Every panel redraws from here, from what `changes` says changed (the one `changesApplied`)."""
        if changes.codebook:
            self._rebuild_type_actions()
        if changes.documents or changes.external:
            self.refresh_library()
        elif changes.annotations:  # (an entity's changes alone change no document's counts)
            self._recount_library_row(changes.annotations)
        self._update_undo_actions()  # the annotations are redrawn by `panels`, from the same signal
        self.index_status.check()

    def _document_closed(self) -> None:
        self.text_view.set_document("")
        self.page_view.close_document()
        self.stack.setCurrentWidget(self.text_view)
        self.page_bar.setVisible(False)
        self.outline.clear()  # the annotation panels are cleared by `panels`
        self.setWindowTitle("Dossier")

    def _update_undo_actions(self) -> None:
        """The Edit menu says what Ctrl+Z undoes in full; the toolbar button keeps its short label (a long
        step's name once pushed the entity-type buttons into the overflow) and says it in its tooltip."""
        for action, verb, step, keys in ((self.undo_action, "Undo", self.service.undo_label(), "Ctrl+Z"),
                                         (self.redo_action, "Redo", self.service.redo_label(), "Ctrl+Shift+Z")):
            text = f"{verb} {step}" if step else verb
            if action.text() == text and action.isEnabled() == (step is not None):
                continue  # the same step's name again (every highlight is "Add highlight"): no toolbar relayout
            action.setEnabled(step is not None)
            action.setText(text)
            toolbar_label(action, verb, f"{verb} {step} ({keys})" if step else f"Nothing to {verb.lower()}")

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

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        if self.text_view.selected_range() is not None:
            for action in self.type_actions:
                menu.addAction(action)
            menu.addSeparator()
            for text, kind in (("Claim (C)", Kind.CLAIM), ("Highlight (H)", Kind.HIGHLIGHT), ("Note (N)", Kind.NOTE)):
                menu.addAction(text, partial(self.annotating.annotate_selection, kind, ""))
        if self.session.selected:
            menu.addAction(self.mark_all_action)
            menu.addAction("Delete annotation", lambda: self.annotating.delete(self.session.selected or ""))
        menu.popup(self.text_view.mapToGlobal(pos))

    # -- find and search --------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message.splitlines()[0], 8000)
        box = QMessageBox(QMessageBox.Icon.Warning, "Dossier", message, parent=self)
        box.setModal(False)
        box.show()
        self.last_error = message

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
        self.watch.stop()
        self.runner.close()
        self.page_view.close_document()
        self.workshop.close_windows()
        self.library.close()
        event.accept()


__all__ = ["MainWindow", "ClaimStatus"]
