"""The main window's menus, toolbars, keys and context menu: every QAction a person triggers, and the few
that change their text as the window changes (the entity types' buttons follow the codebook, Undo/Redo name
their step).

Kept apart from `mainwindow.py` because it is a catalogue — which command lives where, under which key —
that changes for different reasons than the window's wiring (what happens when a document opens or an edit
arrives). The actions call the window's controllers; no behaviour lives here. The window keeps each action
it or its tests refer to as an attribute (`window.undo_action`, `window.type_actions`, …), so building them
here changes nothing for callers. Every action is triggered by tests/ui/test_every_action.py."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMenu, QSpinBox, QToolBar

from annotations.model import Kind
from reader.ui.models import ROW_ROLE, AnnotationRow

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

TOOLBAR_CHARS = 16
"""A toolbar button's label is at most this long (elided); the whole text is its tooltip."""


def toolbar_label(action: QAction, label: str, tooltip: str) -> None:
    """What a toolbar button shows (`iconText`, elided to a fixed length) and its tooltip; the action's
    text, which menus show, stays whole."""
    action.setIconText(label if len(label) <= TOOLBAR_CHARS else label[: TOOLBAR_CHARS - 1] + "…")
    action.setToolTip(tooltip)


def window_action(window: MainWindow, text: str, slot: Callable[[], object],
                  shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
    """A window action calling `slot()` with no arguments: `triggered(bool)` must never reach a slot
    whose first parameter means something else (it once passed False as File > Import's path)."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_actions(window: MainWindow) -> None:
    """The toolbars (main, entity types, annotate, pages) and the File, Edit, Workshop and View menus."""
    w, act = window, partial(window_action, window)
    w.add_action = act("Add files…", w.library.ask_add_files, QKeySequence.StandardKey.Open)
    w.undo_action = act("Undo", w.undo, "Ctrl+Z")
    w.redo_action = act("Redo", w.redo, "Ctrl+Shift+Z")
    w.entity_index.share_keys([w.undo_action, w.redo_action])  # (its steps are undone there too)
    act("Find", partial(_focus_selected, w.find_box), "Ctrl+F")
    act("Search library", w.navigation.focus_search, "Ctrl+Shift+F")
    w.mark_all_action = act("Mark all occurrences", w.annotating.mark_all, "Ctrl+M")
    w.suggest_action = act("Suggest entities and claims", lambda: w.suggesting.show(), "Ctrl+Shift+S")
    w.speaker_action = act("Accept claim suggestion with speaker…", lambda: w.suggesting.accept_with_speaker(), "F2")
    w.removeAction(w.speaker_action)  # F2 where suggestions are walked (like Enter), not while typing elsewhere
    w.speaker_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    for where in (w.suggestions_panel, w.text_view, w.page_view.canvas):
        where.addAction(w.speaker_action)
    _delete_in_lists(w)
    w.remove_action = act("Remove document…", w.library.remove_document)
    w.settings_action = act("Settings…", w.edit_settings)
    bar = QToolBar("Main")
    bar.setObjectName("toolbar-main")
    w.addToolBar(bar)
    bar.addAction(w.add_action)
    bar.addAction(w.undo_action)
    bar.addAction(w.redo_action)
    bar.addSeparator()
    w.type_actions = []
    w.type_bar = QToolBar("Entity types")
    w.type_bar.setObjectName("toolbar-types")
    w.addToolBar(w.type_bar)
    rebuild_type_actions(w)
    bar = QToolBar("Annotate")
    bar.setObjectName("toolbar-annotate")
    w.addToolBar(bar)
    for text, kind in (("C Claim", Kind.CLAIM), ("H Highlight", Kind.HIGHLIGHT), ("N Note", Kind.NOTE)):
        annotate = QAction(text, w)
        annotate.triggered.connect(lambda _=False, k=kind: w.annotating.annotate_selection(k))
        bar.addAction(annotate)
    bar.addSeparator()
    bar.addWidget(w.find_box)
    _page_bar(w)
    menu = w.menuBar()
    file_menu = menu.addMenu("&File")
    file_menu.addAction(w.add_action)
    w.recent_menu = file_menu.addMenu("Recent")
    w.recent_menu.aboutToShow.connect(lambda: w.library.fill_recent(w.recent_menu))
    file_menu.addAction(act("Trash…", w.library.show_trash))
    file_menu.addAction(w.remove_action)
    file_menu.addSeparator()
    file_menu.addAction(act("Export…", w.library.export, "Ctrl+E"))
    file_menu.addAction(act("Import bundle or PDF annotations…", w.library.import_file, "Ctrl+I"))
    file_menu.addAction(act("Merge conflicts…", w.library.show_conflicts))
    file_menu.addAction(act("Rebuild search index", w.library.reindex))
    file_menu.addSeparator()
    file_menu.addAction(w.settings_action)
    file_menu.addAction(act("Codebook…", w.library.edit_codebook))
    file_menu.addAction(act("Quit", w.close, QKeySequence.StandardKey.Quit))
    edit_menu = menu.addMenu("&Edit")
    edit_menu.addAction(w.undo_action)
    edit_menu.addAction(w.redo_action)
    edit_menu.addAction(w.mark_all_action)
    edit_menu.addSeparator()
    edit_menu.addAction(w.suggest_action)
    edit_menu.addAction(w.speaker_action)
    edit_menu.addAction(act("Hide suggestions", w.suggesting.hide))
    workshop = menu.addMenu("&Workshop")
    w.present_action = act("Present…", w.workshop.present, "F5")
    workshop.addAction(w.present_action)
    workshop.addAction(act("Compare trainees with an answer key…", w.workshop.compare_exercise))
    workshop.addAction(act("Export answer key, briefing pack or trainee bundle…", w.workshop.export_for_workshop))
    view_menu = menu.addMenu("&View")
    view_menu.addAction(act("Entity index…", lambda: w.entity_index.show(), "Ctrl+Shift+E"))
    view_menu.addSeparator()
    for dock in w.docks.values():
        view_menu.addAction(dock.toggleViewAction())


def _delete_in_lists(w: MainWindow) -> None:
    """Delete (or Backspace) on a card of the Annotations dock or a row of the Claims dock deletes that card's or row's
    annotation, as the key does in the reading views: it did nothing in the docks while the Inspector showed the
    annotation it was pressed on (an outside tester on the window). The card or row is the one highlighted there —
    the arrow keys move it without selecting its annotation, and the one clicked before is not what the person sees."""
    for where in (w.annotations_panel.list, w.claim_table):
        action = QAction("Delete annotation", where)
        action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False, view=where: w.annotating.delete(_row_id(view)))
        where.addAction(action)


def _row_id(view: QAbstractItemView) -> str:
    """The id of the annotation on the card or row highlighted in `view` ("" if none is)."""
    row = view.currentIndex().data(ROW_ROLE) if view.selectionModel().hasSelection() else None
    return row.id if isinstance(row, AnnotationRow) else ""


def _page_bar(w: MainWindow) -> None:
    """The page view's toolbar (fit, zoom, the page number), on its own row, shown only for paged documents."""
    act = partial(window_action, w)
    w.page_bar = QToolBar("Pages")
    w.page_bar.setObjectName("toolbar-pages")
    w.addToolBarBreak()
    w.addToolBar(w.page_bar)
    pages = w.page_view
    w.page_bar.addAction(act("Fit width", pages.fit_width))
    w.page_bar.addAction(act("Fit page", pages.fit_page))
    w.page_bar.addAction(act("Zoom in", lambda: pages.set_percent(pages.canvas.zoom * 125),
                             QKeySequence.StandardKey.ZoomIn))
    w.page_bar.addAction(act("Zoom out", lambda: pages.set_percent(pages.canvas.zoom * 80),
                             QKeySequence.StandardKey.ZoomOut))
    w.page_box = QSpinBox()
    w.page_box.setPrefix("Page ")
    w.page_box.setMinimum(1)
    w.page_box.editingFinished.connect(lambda: pages.turn_to(w.page_box.value() - 1))
    pages.pageChanged.connect(lambda index: w.page_box.setValue(index + 1))  # the box follows
    w.page_bar.addWidget(w.page_box)
    w.page_bar.setVisible(False)


def rebuild_type_actions(w: MainWindow) -> None:
    """Toolbar buttons and keys for the codebook's entity types (rebuilt when the codebook changes)."""
    for old in w.type_actions:
        w.type_bar.removeAction(old)
    w.type_actions = []
    for et in w.service.codebook().entity_types:
        action = QAction(menu_words(f"{et.key} {et.name}".strip()), w)  # (also in the right-click menu)
        toolbar_label(action, action.text(), f"Mark the selection as {et.label}" + (f" (key {et.key})" if et.key else ""))
        action.triggered.connect(lambda _=False, label=et.label: w.annotating.annotate_selection(Kind.ENTITY, label))
        w.type_bar.addAction(action)
        w.type_actions.append(action)
    keys = {et.key: et.label for et in w.service.codebook().entity_types if et.key}
    w.text_view.type_keys = keys
    w.page_view.canvas.type_keys = keys


STEP_CHARS = 70
"""An Edit menu item names its step in at most this many characters (a document's long title made the menu wider
than 800 px; an outside tester, stop 58); the tooltip says it whole."""


def step_text(verb: str, step: str | None) -> str:
    """The Edit menu's "Undo …" / "Redo …" for `step` (None: nothing to do), shortened in its middle."""
    if not step:
        return verb
    if len(step) > STEP_CHARS:
        step = step[:STEP_CHARS - 21].rstrip() + "…" + step[-20:].lstrip()
    return f"{verb} {menu_words(step)}"


def menu_words(text: str) -> str:
    """`text` as a menu item shows it: a lone "&" marks the item's shortcut letter and is not shown ("Q&A: Halvorsen &
    Partners" read "QA: Halvorsen  Partners"), "&&" shows one."""
    return text.replace("&", "&&")


def update_undo_actions(w: MainWindow, redo: bool = True) -> None:
    """The Edit menu says what Ctrl+Z undoes in full; the toolbar button keeps its short label (a long
    step's name once pushed the entity-type buttons into the overflow) and says it in its tooltip.
    `redo` False: the redo stack is known to be unchanged and empty (the store is not asked: its redo
    label is the oldest undone step, a scan of the history, 1–5 ms after each highlight)."""
    why = ("waits until the files being added are in (or Cancel the add)" if w.library.adding() else
           # (each file added is a step: Ctrl+Z took back the file added last, not the last mark)
           "is not available: this library is damaged" if w.service.damaged() else
           "is not available: this library is read-only" if w.service.read_only() else "")
    if why:  # (a read-only library's tooltips said "Nothing to undo" with steps to undo; a tester on the fixes)
        for action, verb in ((w.undo_action, "Undo"), (w.redo_action, "Redo")):
            action.setEnabled(False)
            action.setText(verb)
            toolbar_label(action, verb, f"{verb} {why}")
        return
    steps = [(w.undo_action, "Undo", w.service.history_step("done"), "Ctrl+Z")]
    if redo:
        steps.append((w.redo_action, "Redo", w.service.history_step("undone"), "Ctrl+Shift+Z"))
    for action, verb, numbered, keys in steps:
        action.setData(numbered[0] if numbered else None)  # which step the menu names (`MainWindow._step_history`)
        step = numbered[1] if numbered else None
        text = step_text(verb, step)
        if action.text() == text and action.isEnabled() == (step is not None):
            continue  # the same step's name again (every highlight is "Add highlight"): no toolbar relayout
        action.setEnabled(step is not None)
        action.setText(text)
        toolbar_label(action, verb, f"{verb} {step} ({keys})" if step else f"Nothing to {verb.lower()}")


def context_menu(w: MainWindow, pos: QPoint) -> None:
    """The text view's right-click menu: the ways to mark a selection, and what to do with the selected
    annotation."""
    menu = QMenu(w)
    if w.text_view.selected_range() is not None:
        for action in w.type_actions:
            menu.addAction(action)
        menu.addSeparator()
        for text, kind in (("Claim (C)", Kind.CLAIM), ("Highlight (H)", Kind.HIGHLIGHT), ("Note (N)", Kind.NOTE)):
            menu.addAction(text, partial(w.annotating.annotate_selection, kind, ""))
    if w.session.selected:
        menu.addAction(w.mark_all_action)
        menu.addAction("Delete annotation", lambda: w.annotating.delete(w.session.selected or ""))
    menu.popup(w.text_view.mapToGlobal(pos))


def _focus_selected(field: QLineEdit) -> None:
    """Ctrl+F: into the find box with its last words selected, so typing replaces them (they were appended to)."""
    field.setFocus()
    field.selectAll()
