"""The question the window asks when it is closed with notes, speakers or tags typed that could not be stored (a full
disk): the words are the analyst's, so they are never dropped unsaid — copied to the clipboard, or the window stays open."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from annotations.errors import ValidationError
from annotations.limits import MAX_NAME, check_name, check_tags
from annotations.tag_line import parse_tag_line
from reader.services import ReaderService
from reader.ui.entity_questions import ask_buttons
from reader.ui.inspector import Inspector


EMPTIED = "(emptied: that could not be stored)"
"""Copied for a field emptied on a full disk (an empty line under its heading said nothing; an outside tester)."""


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
    never = [why for _, field, typed in inspector.refused.items() if (why := never_stored(field, typed))]
    it = "it" if count == 1 else "them"
    if len(never) == count:  # (no space freed would store them: said so, not "is the disk full?")
        said = (f"{what} you typed could not be stored: {' '.join(dict.fromkeys(never))} Closing now loses {it}. "
                f"Cancel keeps the window open: shorten {it} and close again.")
    else:
        said = (f"{what} you typed could not be stored (the library refused the write: is the disk full?). Closing "
                f"now loses {it}. Cancel keeps the window open: free some space and close again (they are stored then)."
                + (f" Of them, never stored as typed: {' '.join(dict.fromkeys(never))}" if never else ""))
    choice = ask_buttons(
        parent, "Notes not stored", said,
        [("Copy them and close", QMessageBox.ButtonRole.AcceptRole),
         ("Close without them", QMessageBox.ButtonRole.DestructiveRole)], name="unstored-notes")
    if choice == 0:
        QApplication.clipboard().setText("\n\n".join(f"On “{quote}”{of}:\n{note or EMPTIED}"
                                                     for quote, of, note in notes))
    if choice is not None:
        inspector.forget_unstored()
    return choice is not None


def never_stored(field: str, typed: str) -> str:
    """Why the library refuses a speaker or tag line as typed whatever the room on the disk ("" when it is not so): a
    600-character speaker was asked about as a full disk, with advice to free some space (an outside tester)."""
    try:
        if field == "speaker" and typed.strip():
            check_name(typed)
        elif field == "tags":
            check_tags(parse_tag_line(typed))
    except ValidationError as error:
        return (f"a speaker's name can be at most {MAX_NAME} characters (this one has {len(typed):,})."
                if field == "speaker" else str(error))
    return ""
