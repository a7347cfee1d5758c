"""The question the window asks when it is closed with notes, speakers or tags typed that could not be stored (a full
disk): the words are the analyst's, so they are never dropped unsaid — copied to the clipboard, or the window stays open."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.services import ReaderService
from reader.ui.entity_questions import ask_buttons
from reader.ui.inspector import Inspector


def keep_or_lose_notes(parent: QWidget, inspector: Inspector, service: ReaderService) -> bool:
    """Whether the window may close: the notes a full disk refused are tried once more where their annotation is
    still live (storing one deleted since would bring it back); any still unstored are asked about — "Copy them and
    close" puts each on the clipboard under the words its annotation marks, Cancel keeps the window open."""
    typed_on = {*inspector.unstored_notes(), *(aid for aid, _, _ in inspector.refused.items())}
    inspector.store_unstored({aid for aid in typed_on if not service.is_live(aid)})
    notes = [(service.quote_of(aid), "", note) for aid, note in inspector.unstored_notes().items()]
    notes += [(service.quote_of(aid), f", the {field}", typed) for aid, field, typed in inspector.refused.items()]
    if not notes:
        return True
    count = len(notes)
    kinds = [(sum(1 for _, of, _ in notes if of == ending), one, many) for ending, one, many in (
        ("", "note", "notes"), (", the speaker", "speaker", "speakers"), (", the tags", "tag line", "tag lines"))]
    what = " and ".join(f"{n} {one if n == 1 else many}" for n, one, many in kinds if n)
    choice = ask_buttons(
        parent, "Notes not stored",
        f"{what} you typed could not be stored (the library refused the write: is the disk full?). Closing now loses "
        "{0}. Cancel keeps the window open: free some space and close again (they are stored then).".format(
            "it" if count == 1 else "them"),
        [("Copy them and close", QMessageBox.ButtonRole.AcceptRole),
         ("Close without them", QMessageBox.ButtonRole.DestructiveRole)], name="unstored-notes")
    if choice == 0:
        QApplication.clipboard().setText("\n\n".join(f"On “{quote}”{of}:\n{note}" for quote, of, note in notes))
    if choice is not None:
        inspector.forget_unstored()
    return choice is not None
