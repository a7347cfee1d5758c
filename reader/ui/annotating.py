"""Annotating: keys and toolbar buttons on a selection, mark all occurrences, typed edits from the
Inspector, deletion. A controller the window composes: it holds the session (every mutation goes
through it, so the panels redraw from its `changesApplied`), the status bar and a way to reach the
reading view that is showing — not the window."""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar

from annotations.edits import AnnotationEdit
from annotations.model import Annotation, Kind
from annotations.same_mark import same_mark
from reader.services import AnnotationInput
from reader.ui.entity_cleanup import ask_delete
from reader.ui.mark_all import ask_mark_all
from reader.ui.session import DocumentSession


class ReadingView(Protocol):
    """What annotating needs of the text view or the page canvas."""

    def selected_range(self) -> tuple[int, int] | None: ...
    def clear_selection(self) -> None: ...


class AnnotationController(QObject):
    annotated = Signal(object)  # the new Annotation: the window selects it and focuses the field to type in
    restored = Signal(str)  # an annotation brought back by words typed into it: the window shows it again
    editStored = Signal(str, object)  # annotation id, AnnotationEdit: stored (the Inspector lets its copy go)
    editRefused = Signal(str, object)  # annotation id, AnnotationEdit: refused (the Inspector keeps the typing)
    aboutToDelete = Signal()  # an annotation is deleted next: typing not yet stored is stored first (sent after,
    # into the annotation deleted, the store took it for typing into one deleted meanwhile and brought it back)

    def __init__(self, session: DocumentSession, status_bar: QStatusBar, active_view: Callable[[], ReadingView],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.status_bar, self.active_view = session, status_bar, active_view

    def annotate_selection(self, kind: Kind, label: str = "") -> None:
        view = self.active_view()
        selection = view.selected_range()
        if selection is None:
            self.status_bar.showMessage("Select some text first.", 4000)
            return
        view.clear_selection()  # marked: the next key must not mark the same span again
        self.annotate(kind, label, *selection)

    def annotate_request(self, kind: str, label: str, start: int, end: int) -> None:
        """A reading view's key on its selection (its signal carries the kind's name)."""
        self.annotate(Kind(kind), label, start, end)

    def annotate(self, kind: Kind, label: str, start: int, end: int) -> Annotation | None:
        document = self.session.document
        if document is None:
            return None
        there = same_mark(self.session.annotations, document.text, kind, label, start, end)
        if there is not None:  # (a second, identical mark stacked on the first, where nothing showed it)
            what = f"as {there.label}" if kind is Kind.ENTITY else "as a highlight"
            self.status_bar.showMessage(f"“{_short(there.target.exact)}” is already marked {what}: it is selected, "
                                        "nothing added.", 6000)
            self.annotated.emit(there)
            return there
        spec = AnnotationInput(kind=kind, start=start, end=end, label=label or None)
        annotation = self.session.run_with(lambda: self.session.service.annotate(document.id, spec))
        if annotation is not None:
            self.annotated.emit(annotation)
        return annotation

    def mark_all(self) -> None:
        """Every other mention of the selected entity (names, aliases, surname; whole words), previewed,
        as one undoable step (reader/ui/mark_all.py)."""
        document, service = self.session.document, self.session.service
        if document is None:
            return
        if service.read_only():  # refused before its preview's question, as an add or an import is
            self.session.failed.emit(service.read_only_reason())
            return
        asked = ask_mark_all(service, document, self.session.annotations, self.session.current(),
                             self.status_bar, self.status_bar.window())
        if asked is not None and self.session.run_with(
                lambda: service.annotate_many(document.id, asked[0], label=asked[1])) is not None:
            self.status_bar.showMessage(f"{asked[1].replace('Mark', 'Marked', 1)}.", 4000)  # (once stored: a
            # refusal beside "Marked 1 more mention" had left the reader believing it; an outside tester)

    def edit(self, annotation_id: str, edit: AnnotationEdit) -> None:
        """One typed edit from the Inspector: one stored version, one undo step. Typing that started before
        an import or another window changed the note is merged into it, or kept beside it as a conflict."""
        changes = self.session.run(lambda: self.session.service.edit(annotation_id, edit))
        said = changes.report.get("note") if changes is not None else None
        (self.editStored if changes is not None else self.editRefused).emit(annotation_id, edit)
        if changes is not None:  # (whether another window sets it aside later: `LibraryControl`)
            typed = self.session.typed
            typed.pop(annotation_id, None)
            rev = self.session.service.head_rev(annotation_id)
            if rev is not None:
                typed[annotation_id] = rev
            for stale in list(typed)[:-50]:
                del typed[stale]
        if changes is not None and not changes and edit.speaker_name:  # ("MARK MEADOWS" for Mark Meadows: the same
            QTimer.singleShot(0, lambda: self._show_again(annotation_id))  # speaker, nothing stored — the field shows
            # the stored name again, not what was typed as if stored; an outside tester, stop 58)
        if said == "merged":
            self.status_bar.showMessage("The note had changed while you typed (an import or another window): "
                                        "your typing was merged into it.", 8000)
        elif said == "deleted":
            QTimer.singleShot(0, lambda: self._show_again(annotation_id))  # (after the Inspector, which may be
            # emptying itself for the deletion the window saw first, is done)
            self.status_bar.showMessage("It was deleted while you typed (in another window, by the command line or "
                                        "an import): it is back with your words, and the deletion waits in File > "
                                        "Merge conflicts… to be kept or dropped.", 15000)
        elif said == "conflict":
            self.status_bar.showMessage("The note had changed while you typed, in the same words: yours is kept "
                                        "and the other version waits in File > Merge conflicts…", 12000)

    def _show_again(self, annotation_id: str) -> None:
        """The annotation brought back by the words typed into it, shown again unless another was chosen since."""
        if self.session.selected in (None, annotation_id):
            self.restored.emit(annotation_id)

    def delete(self, annotation_id: str) -> None:
        if annotation_id:  # the last mention of an entity: ask whether the entity goes too (one step)
            remove = ask_delete(self.session.service, annotation_id, self.status_bar.window())
            if remove is not None:
                self.aboutToDelete.emit()
                self.session.run(lambda: self.session.service.delete_annotation(annotation_id, remove_entity=remove))


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
