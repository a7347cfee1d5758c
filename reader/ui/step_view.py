"""After an undo or redo, what it changed is brought into view: Ctrl+Z pressed in one document took a note back in
another, out of sight, and the next edit made the loss final (an outside tester, stop 57); undoing a rejected
suggestion or a Properties edit of another document left the window where it was (stop 60)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from annotations.changes import Changes

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


def show_step(window: MainWindow, changes: Changes) -> None:
    """The step's document opened if another is shown, then the annotation selected, or the place where it was when
    the step took it away; a step on no annotation opens the document of its rejected suggestion or properties."""
    if window.session.document is None:
        return
    shown = window.session.document.id
    if not changes.annotations:
        other = window.service.step_document(changes.rejections, changes.documents, shown)
        if other is not None:
            window.open_document(other)
        return
    place = window.service.step_place(changes.annotations, shown)
    if place is None:
        return
    if place.document_id != shown:
        window.open_document(place.document_id)
    if not place.deleted:
        window.select_annotation(place.id)
    elif place.target.areas and window.stack.currentWidget() is window.page_view:
        window.page_view.show_area(place.target.areas)
    else:
        window.text_view.show_range(place.target.start, place.target.end)
