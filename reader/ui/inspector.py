"""Inspector: edit the selected annotation. Every change is sent at once as a typed intent
(`AnnotationEdit`, no Apply button); the annotating controller turns it into one stored, undoable edit.
Fields that do not apply to the selection are emptied (and the claim-only rows hidden), never left
showing the previous annotation's values."""
from __future__ import annotations

import html

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget,
)

from annotations.codebook import Codebook
from annotations.edits import CLEAR, AnnotationEdit, Clear
from annotations.model import (
    CREDIBILITY_GRADES, RELIABILITY_GRADES, AnchorState, Annotation, ClaimStatus, Kind,
)
from reader.ui.cards import ORPHAN_INK, ORPHAN_LINE
from reader.ui.fitted_button import FittedButton
from reader.ui.models import CONFLICT_INK, CONFLICT_MARK
from reader.ui.ops import progress_took_focus
from reader.ui.refused_fields import RefusedFields
from reader.ui.tag_completer import TagCompleter
from annotations.tag_line import parse_tag_line, tag_line

NOTE_PAUSE_MS = 700
"""The note is stored this long after typing pauses."""
NOTE_MAX_WAIT_MS = 3000
"""…and at the latest this long after the first key not yet stored, pause or not: a crash loses seconds of steady
typing, never a paragraph (an outside tester's 9 s of typing with no 0.7 s pause, then a kill: all gone)."""


class ChosenBox(QComboBox):
    """A box whose value changes only when the person picks one: the wheel turns it once it has been clicked or
    tabbed into, and otherwise scrolls the Inspector. Rolled over a box on its way down the Inspector, the wheel
    changed the box, and every change is stored at once as an edit (a claim became "supported" and graded A1
    unasked; an outside tester on the window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # (Qt's WheelFocus: a wheel passing over took the focus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # on to the scroll area holding the Inspector


class Inspector(QWidget):
    editRequested = Signal(str, object)  # annotation id, AnnotationEdit
    conflictRequested = Signal(str)  # annotation id: open File > Merge conflicts at its conflict

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._annotation: Annotation | None = None
        self._speaker_name = ""
        self._speaker_stored = ""
        """The speaker stored for the annotation shown (`_speaker_name` is the one last sent to be stored)."""
        self.refused = RefusedFields()
        """Speakers and tag lines the library refused, kept as typed (`reader/ui/refused_fields.py`)."""
        self._note_base: tuple[str, str] = ("", "")
        """(note, rev) of the stored version the note field's typing started from."""
        self._note_sent: str | None = None
        """The note text last sent to be stored: once stored (merged with a change made meanwhile, perhaps),
        the field shows what was stored and that becomes the base — the same typing is never sent twice."""
        self._tags_shown = ""
        self._note_shown: tuple[str, str] = ("", "")
        """What the tag line and the note field showed for the stored value (the note: (stored, as shown)): a field
        left as shown is no edit, even where showing changed it (a note's "\\r\\n")."""
        self._tags_base: tuple[str, ...] = ()
        """The stored tags the tag line's typing started from: what is typed is sent as tags added and removed
        since, so a tag an import added meanwhile is not dropped."""
        self._unstored: dict[str, tuple[str, str, str]] = {}
        """Notes whose storing was refused (a full disk), by annotation: (typed, base note, base rev). They are shown
        again on their annotation and stored at its next pause — selecting another annotation had dropped the words
        from the field, and nothing held them (an outside tester, stop 59)."""
        self._loading = False
        self._read_only = ""
        """Why the library cannot be written ("" when it can): the fields then show but take no typing."""
        self.form = form = QFormLayout(self)
        self.summary = QLabel("Select an annotation.")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # (it floated 60 px down,
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # in a row of 143 px)
        self.type_box = ChosenBox()
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText("who said it (a person or organisation)")
        self._speakers = QStringListModel()
        completer = QCompleter(self._speakers, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker.setCompleter(completer)
        self.status = ChosenBox()
        self.status.addItems([s.value for s in ClaimStatus])
        self.reliability = ChosenBox()
        self.reliability.addItems(["–", *RELIABILITY_GRADES])
        self.credibility = ChosenBox()
        self.credibility.addItems(["–", *map(str, CREDIBILITY_GRADES)])
        self.tags = QLineEdit()
        self.tags.setPlaceholderText('comma-separated; "in quotes" for a tag with a comma')
        self._tags = QStringListModel()
        self.tags.setCompleter(TagCompleter(self._tags, self))  # (the tag being typed, not the line)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("Note (Markdown)")
        self.note.setMinimumHeight(80)  # (it had at most 120 px: the rows spread apart around it instead)
        self.note.setTabChangesFocus(True)  # a form: Tab goes on to the next field (it typed a tab into the note)
        self.conflict = FittedButton()  # (the name is shortened to the dock's width; "Resolve…" stays in sight)
        self.conflict.setObjectName("inspector-conflict")
        self.conflict.setStyleSheet(f"QPushButton {{ color: {CONFLICT_INK}; font-weight: bold; text-align: left }}")
        self.conflict.clicked.connect(self._conflict_clicked)
        for label, widget in (("", self.summary), ("", self.conflict), ("Type", self.type_box), ("Speaker", self.speaker),
                              ("Status", self.status), ("Reliability", self.reliability),
                              ("Credibility", self.credibility), ("Tags", self.tags), ("Note", self.note)):
            form.addRow(label, widget)
        self.type_box.activated.connect(lambda _: self._send(AnnotationEdit(label=self.type_box.currentData() or "")))
        self.status.activated.connect(lambda _: self._send(AnnotationEdit(status=ClaimStatus(self.status.currentText()))))
        self.reliability.activated.connect(
            lambda _: self._send(AnnotationEdit(reliability=_grade(self.reliability.currentText()))))
        self.credibility.activated.connect(
            lambda _: self._send(AnnotationEdit(credibility=_int(self.credibility.currentText()))))
        self.speaker.editingFinished.connect(lambda: None if progress_took_focus() else self._speaker_done())
        self.tags.editingFinished.connect(lambda: None if progress_took_focus() else self._tags_done())
        for field in (self.note, self.speaker, self.tags):  # left: stored (see `eventFilter`)
            field.installEventFilter(self)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_PAUSE_MS)
        self._note_timer.timeout.connect(self._note_done)
        self._note_deadline = QTimer(self)
        self._note_deadline.setSingleShot(True)
        self._note_deadline.setInterval(NOTE_MAX_WAIT_MS)
        self._note_deadline.timeout.connect(self._note_done)
        self.note.textChanged.connect(self._note_typed)
        self.set_annotation(None, Codebook((), ()), "")
        self.set_conflicts([])

    def set_conflicts(self, sources: list[str], yours: bool = False) -> None:
        """Say that the annotation shown has open merge conflicts (with whom), with a button to settle them; `yours`:
        the other side is this window's own typing, set aside (another window saved over the same words first)."""
        who = ", ".join(dict.fromkeys(s or "someone" for s in sources))
        if yours:
            self.conflict.set_parts(f"{CONFLICT_MARK} Your typing was set aside", "", " — Resolve…")
            self.conflict.setToolTip("Another window typed in the same words at the same time and saved after you; "
                                     "yours is the other version in File > Merge conflicts (“Take theirs” keeps it).")
        else:
            self.conflict.set_parts(*((f"{CONFLICT_MARK} Open conflict with ", who, " — Resolve…") if sources
                                      else ("", "", "")))
            self.conflict.setToolTip(f"Your version and the version of {who} changed the same field: choose in "
                                     "File > Merge conflicts" if sources else "")
        self.form.setRowVisible(self.conflict, bool(sources) and self._annotation is not None)

    def _conflict_clicked(self) -> None:
        if self._annotation is not None:
            self.conflictRequested.emit(self._annotation.id)

    def set_choices(self, speakers: list[str], tags: list[str]) -> None:
        self._speakers.setStringList(speakers)
        self._tags.setStringList(tags)

    def annotation_id(self) -> str | None:
        return self._annotation.id if self._annotation else None

    def set_annotation(self, a: Annotation | None, codebook: Codebook, speaker_name: str,
                       entity_name: str = "") -> None:
        """Show `a`. Showing the annotation already shown again (the refresh after an edit, an autosave,
        an undo or another window's change) reloads only the fields whose stored value changed and that
        hold no unsaved typing: a field with typing not yet stored keeps it (it is newer, and is stored
        next), a field that already shows the stored value is not touched (its cursor stays), and every
        other field shows the stored value (after an undo, a redo or an import — never written back).
        `entity_name`: the entity a mention belongs to, said in the summary (after a merge, a split or an import
        there was no other way to see it; an outside tester, stop 58)."""
        same = a is not None and self._annotation is not None and a.id == self._annotation.id
        if not same and self._annotation is not None and (self._note_timer.isActive()
                                                          or self._annotation.id in self._unstored):
            self._note_done()  # a pending note belongs to the annotation being left (one refused: tried again)
        if not same and self._annotation is not None and not self._loading:  # so do a typed speaker and tags (left
            self._speaker_done()  # unstored when a progress dialog took the focus as the field was left; a tester)
            self._tags_done()
        previous = self._annotation if same else None
        speaker_typed = previous is not None and self.speaker.text().strip() != self._speaker_name
        tags_typed = previous is not None and self.tags.text() != self._tags_shown
        note_typed = (previous is not None and self.note.toPlainText() != self._note_shown[1]
                      and self.note.toPlainText() != self._note_sent)
        self._note_sent = None
        self._loading = True
        self._annotation = a
        self._speaker_name = speaker_name if a is not None and a.claim is not None else ""
        self._speaker_stored = self._speaker_name
        claim_widgets = (self.speaker, self.status, self.reliability, self.credibility)
        for w in (self.type_box, self.tags, self.note, *claim_widgets):
            w.setEnabled(a is not None and not (self._read_only and isinstance(w, QComboBox)))
        is_claim = a is not None and a.claim is not None
        for w in claim_widgets:  # a highlight has no speaker or grading: the rows go, not just grey out
            self.form.setRowVisible(w, is_claim or a is None)
        if a is None or a.claim is None:
            self._clear_claim_fields()
        if a is None:
            self.summary.setText("Select an annotation (click a highlight, or Tab through them).")
            self.type_box.clear()
            self.tags.clear()
            self.note.clear()
            self._tags_shown, self._note_shown = "", ("", "")
            self._loading = False
            return
        orphaned = (f"<b style='color:{ORPHAN_INK}'>{html.escape(ORPHAN_LINE)}</b><br>"
                    if a.anchor is AnchorState.ORPHANED else "")  # as its card says (no mark is drawn for it)
        of = f" — <i>{html.escape(_short(entity_name))}</i>" if a.kind is Kind.ENTITY and entity_name else ""
        self.summary.setText(f"{orphaned}<b>{a.kind.value}</b> “{html.escape(_short(a.target.exact))}”{of}")
        self.type_box.clear()
        if a.kind is Kind.ENTITY:
            for et in codebook.entity_types:
                self.type_box.addItem(f"{et.name} ({et.label})", et.label)
        else:
            self.type_box.addItem("—", None)
            for tag in codebook.claim_tags:
                self.type_box.addItem(tag.name, tag.label)
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(a.label)))
        if not speaker_typed and self.speaker.text().strip() != self._speaker_name:
            self.speaker.setText(self._speaker_name)
        if a.claim is not None:
            self.status.setCurrentText(a.claim.status.value)
            self.reliability.setCurrentText(a.claim.reliability or "–")
            self.credibility.setCurrentText(str(a.claim.credibility) if a.claim.credibility else "–")
        if not tags_typed or a.tags == _tag_list(self.tags.text()):
            self._tags_base = a.tags
        if not tags_typed and self.tags.text() != tag_line(a.tags):
            self.tags.setText(tag_line(a.tags))
        if not tags_typed or a.tags == _tag_list(self.tags.text()):
            self._tags_shown = self.tags.text()
        if not note_typed or a.note == self.note.toPlainText():
            self._note_base = (a.note, a.rev)  # typing from now on starts from this version
        if not note_typed and (self._note_shown[0] != a.note or not same) and self.note.toPlainText() != a.note:
            self._note_timer.stop()
            self._note_deadline.stop()
            _show_keeping_cursor(self.note, a.note, same)
        if not note_typed or a.note == self.note.toPlainText():
            self._note_shown = (a.note, self.note.toPlainText())
        if not same and (kept := self._unstored.get(a.id)) is not None:
            self._show_unstored(a, *kept)
        refused = self.refused.of(a.id) if not same else {}
        if "speaker" in refused and a.claim is not None:  # typing not yet stored: the stored name stays the base
            self.speaker.setText(refused["speaker"])
        if "tags" in refused:
            self.tags.setText(refused["tags"])
        self.summary.setText(self.refused.summary(self.summary.text(), a.id))
        self._loading = False

    def _show_unstored(self, a: Annotation, typed: str, base: str, rev: str) -> None:
        """The words typed into `a`'s note that could not be stored: in the field as typing, from the version they
        were typed on, stored at the next pause (or said again why not)."""
        if typed == a.note:
            del self._unstored[a.id]
            return
        self._note_base = (base, rev)
        self.note.setPlainText(typed)
        self._note_shown = (a.note, a.note)
        self.summary.setText(self.summary.text() + "<br><i>Its note as typed is not stored yet (it was refused): "
                                                   "stored at the next pause.</i>")
        self._note_timer.start()

    def edit_refused(self, annotation_id: str, edit: AnnotationEdit) -> None:
        """The library refused a speaker or tags sent from here: kept as typed — in the field as typing not yet
        stored (tried again when the field is left), back on the annotation when it is shown, asked about at close."""
        current = self._annotation is not None and self._annotation.id == annotation_id
        if edit.speaker_name is not None:
            typed = edit.speaker_name if isinstance(edit.speaker_name, str) else ""
            self.refused.keep(annotation_id, "speaker", self.speaker.text().strip() if current else typed)
            if current:
                self._speaker_name = self._speaker_stored
        if (edit.tags is not None or edit.add_tags or edit.remove_tags) and (current or edit.tags is not None):
            base = edit.tags_base if edit.tags_base is not None else self._tags_base if current else None
            self.refused.keep(annotation_id, "tags", self.tags.text() if current else tag_line(edit.tags or ()), base)
            if current and self._annotation is not None:
                self._tags_shown = tag_line(self._annotation.tags)
        if current:
            self.summary.setText(self.refused.summary(self.summary.text(), annotation_id))

    def edit_stored(self, annotation_id: str, edit: AnnotationEdit) -> None:
        """An edit sent from here was stored: a note, speaker or tags kept after a refusal are let go."""
        if edit.note is not None:
            self._unstored.pop(annotation_id, None)
        if edit.speaker_name is not None:
            self.refused.drop(annotation_id, "speaker")
        if edit.tags is not None or edit.add_tags or edit.remove_tags:
            self.refused.drop(annotation_id, "tags")
        if self._annotation is not None and self._annotation.id == annotation_id:
            self.summary.setText(self.refused.summary(self.summary.text(), annotation_id))

    def forget_unstored(self) -> None:
        """Let the refused notes, speakers and tags go: the person chose to (copied them, or closed without them)."""
        self._unstored.clear()
        self.refused.clear()

    def unstored_notes(self) -> dict[str, str]:
        """The notes typed that could not be stored yet, by annotation id (asked before the window closes)."""
        return {aid: typed for aid, (typed, _, _) in self._unstored.items()}

    def store_unstored(self, gone: set[str]) -> None:
        """Try once more to store every note refused before (the window closing), but those on annotations `gone`
        (deleted since: storing the note would bring the annotation back, unasked — they stay to be asked about)."""
        for aid, (typed, base, rev) in list(self._unstored.items()):
            if aid not in gone and (self._annotation is None or aid != self._annotation.id):
                self.editRequested.emit(aid, AnnotationEdit(note=typed, note_base=base, base_rev=rev or None))
        for aid, field, typed in self.refused.items():
            if aid not in gone and (self._annotation is None or aid != self._annotation.id):
                self.editRequested.emit(aid, AnnotationEdit(speaker_name=typed or CLEAR) if field == "speaker" else
                                        AnnotationEdit(tags=_tag_list(typed), tags_base=self.refused.tags_base(aid)))

    def set_read_only(self, reason: str) -> None:
        """A library that cannot be written (a read-only medium, a full disk at start): the fields show the
        annotation — its note can be selected and copied — but take no typing, which could not be stored (a note
        typed there was refused only at its autosave, twice; an outside tester, stop 53). `reason`: their tooltip."""
        self._read_only = reason
        for line in (self.speaker, self.tags, self.note):
            line.setReadOnly(True)
            line.setToolTip(reason)
        for box in (self.type_box, self.status, self.reliability, self.credibility):
            box.setEnabled(False)
            box.setToolTip(reason)

    def commit_pending(self) -> None:
        """Store what is typed and not yet stored (the note before its autosave, a speaker or tags before
        Return): called before an undo or redo, so the undo takes back the last edit, typing included."""
        if self._annotation is None:
            return
        self._note_done()
        self._speaker_done()
        self._tags_done()

    def _clear_claim_fields(self) -> None:
        self.speaker.clear()
        self.status.setCurrentIndex(-1)
        self.reliability.setCurrentIndex(0)
        self.credibility.setCurrentIndex(0)

    def _send(self, edit: AnnotationEdit) -> None:
        if not self._loading and self._annotation is not None:
            self.editRequested.emit(self._annotation.id, edit)

    def _speaker_done(self) -> None:
        name = self.speaker.text().strip()
        if self._annotation is not None and name == self._speaker_stored:  # (typed back to what is stored)
            self._let_go("speaker")
        if self._annotation is not None and self._annotation.claim is not None and name != self._speaker_name:
            self._speaker_name = name
            self._send(AnnotationEdit(speaker_name=name or CLEAR))

    def _let_go(self, field: str) -> None:
        """Refused typing in `field` typed back to what is stored: not kept, nor said "not stored yet" (a tester)."""
        if self._annotation is not None:
            self.refused.drop(self._annotation.id, field)
            self.summary.setText(self.refused.summary(self.summary.text(), self._annotation.id))

    def _tags_done(self) -> None:
        if self._annotation is not None and _tag_list(self.tags.text()) == self._annotation.tags:
            self._let_go("tags")  # (typed back to what is stored)
        if self.tags.text() == self._tags_shown:
            return  # left as shown: no edit
        tags = _tag_list(self.tags.text())
        if self._annotation is not None and tags != self._annotation.tags:
            if self._annotation.tags == self._tags_base:  # the usual case: the line as typed, in its order (applied
                self._send(AnnotationEdit(tags=tags, tags_base=self._tags_base))  # as a change if others came)
                return
            base, typed = {t.casefold() for t in self._tags_base}, {t.casefold() for t in tags}
            added = tuple(t for t in tags if t.casefold() not in base)
            removed = tuple(t for t in self._tags_base if t.casefold() not in typed)
            if added or removed:
                self._send(AnnotationEdit(add_tags=added, remove_tags=removed))

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent, QKeySequence

        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            # Ctrl+Z here is Edit > Undo, one step per stored edit (typing stored first): the field's own undo
            # emptied it, and the emptied note was then stored over the words (an outside tester, stop 54)
            event.ignore()
            return True
        if getattr(event, "type", lambda: None)() == QEvent.Type.FocusOut and not progress_took_focus() \
                and event.reason() != Qt.FocusReason.PopupFocusReason:  # type: ignore[attr-defined]  # (a completer)
            # (a progress dialog is the active window for an instant as it shows: the person goes on typing; its
            # half-typed "Ali" of "Alice Smith" was stored as an edit and an entity; the leaving that follows is
            # seen here, where Qt's editingFinished, once emitted for a text, says nothing more)
            if watched is self.note:
                self._note_done()
            elif watched is self.speaker:
                self._speaker_done()
            elif watched is self.tags:
                self._tags_done()
        return False

    def _note_typed(self) -> None:
        """Typing in the note: stored at the next pause, and at the latest NOTE_MAX_WAIT_MS after the first key
        not yet stored — steady typing with no pause is not held back until it stops (a crash would lose it)."""
        if self._loading:
            return
        self._note_timer.start()
        if not self._note_deadline.isActive():
            self._note_deadline.start()

    def _note_done(self) -> None:
        """Store the note shortly after typing pauses (and on leaving the field): nothing waits for a Save."""
        self._note_timer.stop()
        self._note_deadline.stop()
        if self._annotation is not None and self.note.toPlainText() in (self._annotation.note, self._note_shown[1]):
            self._unstored.pop(self._annotation.id, None)  # (typed back to what is stored: nothing of it to keep —
            # an emptied refused note came back and was stored; a tester on the fixes, stop 59)
        elif self._annotation is not None:
            base, rev = self._note_base
            self._note_sent = self.note.toPlainText()
            if not self._loading:  # (held until the window says it was stored: `edit_stored`)
                self._unstored[self._annotation.id] = (self._note_sent, base, rev)
            self._send(AnnotationEdit(note=self.note.toPlainText(), note_base=base, base_rev=rev or None))


def _show_keeping_cursor(field: QPlainTextEdit, text: str, same: bool) -> None:
    """Show `text`; for the annotation already shown (a merge of the person's typing with a change made
    meanwhile) the cursor keeps its distance from the end, where typing usually goes on."""
    if not same or not field.hasFocus():
        field.setPlainText(text)
        return
    from_end = field.document().characterCount() - field.textCursor().position()
    field.setPlainText(text)
    cursor = field.textCursor()
    cursor.setPosition(min(field.document().characterCount() - 1, max(0, field.document().characterCount() - from_end)))
    field.setTextCursor(cursor)


def _tag_list(text: str) -> tuple[str, ...]:
    """The tags the line stands for, as the library stores them (white space runs single spaces, repeats once:
    `limits.check_tags`). "alpha, alpha" read as two tags never matched what was stored, so the line counted as
    typing not yet saved: a Delete brought the annotation back as a conflict, and Ctrl+Z left the line showing the
    repeat (an outside tester, stop 58)."""
    return tuple(dict.fromkeys(" ".join(t.split()) for t in parse_tag_line(text)))


def _short(text: str, n: int = 80) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def _grade(text: str) -> str | Clear:
    return CLEAR if text == "–" else text


def _int(text: str) -> int | Clear:
    return CLEAR if text == "–" else int(text)
