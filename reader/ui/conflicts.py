"""File > Merge conflicts: the annotations a teammate and you both changed in the same field. Each entry says
whose version it is and what clashes ("note, speaker changed on both sides", "they deleted it, you edited it");
the detail shows, field by field, what "Keep mine" and what "Take theirs" would write — the changes only one side
made are merged already and kept either way (marked so), only the contested fields differ.

The dialog follows the library: another window or process editing an annotation while the dialog is open
redraws it (the window's `changesApplied`, which the library watch feeds), and a choice is sent with the
version of ours that was shown, so a version the person never saw is never overwritten: the core refuses, and
the dialog shows the new version and says so."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QTextBrowser, QVBoxLayout,
    QWidget,
)

from annotations.errors import DossierError, StaleConflictError
from annotations.model import Annotation
from reader.services import Conflict, ReaderService

CONTESTED_INK = "#fff3c4"
MERGED_INK = "#e3f2e1"
NOTICE_INK = "#b35c00"
ROW_TEXT = "#1a1a1a"
"""Text on a tinted row: dark in either theme (the dark theme's light text was unreadable on the pale tints)."""
CHANGED_ELSEWHERE = ("Your version changed since it was shown (edited in another window or process). "
                     "It shows the new version now: look again before you choose.")


def conflict_summary(conflict: Conflict) -> str:
    """What clashes, in words: who deleted what, or which fields both sides changed."""
    if conflict.ours.deleted != conflict.theirs.deleted:
        return "they deleted it, you edited it" if conflict.theirs.deleted else "you deleted it, they edited it"
    if not conflict.contested:
        return "nothing contested any more (both choices keep both sides' changes)"
    return f"{', '.join(conflict.contested)} changed on both sides"


def conflict_title(conflict: Conflict) -> str:
    """A list entry: kind, quote, who, what clashes — entries of one annotation told apart."""
    quote = " ".join(conflict.ours.target.exact.split())
    quote = quote if len(quote) <= 50 else quote[:49] + "…"
    return f"{conflict.ours.kind.value} “{quote}” — from {conflict.source or 'someone'}: {conflict_summary(conflict)}"


class ConflictsDialog(QDialog):
    """Open merge conflicts: what each choice writes, field by field; keep mine or take theirs."""

    resolved = Signal(object)  # the Changes of one resolution (the window applies them)

    def __init__(self, service: ReaderService, parent: QWidget | None = None, annotation_id: str | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle("Merge conflicts")
        self.resize(820, 580)
        self.items = QListWidget()
        self.notice = QLabel()
        self.notice.setObjectName("conflict-notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {NOTICE_INK}; font-weight: bold")
        self.notice.hide()
        self.detail = QTextBrowser()
        self.keep, self.take = QPushButton("Keep mine"), QPushButton("Take theirs")
        self.keep.clicked.connect(lambda: self._resolve(False))
        self.take.clicked.connect(lambda: self._resolve(True))
        row = QHBoxLayout()
        row.addWidget(self.keep)
        row.addWidget(self.take)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.detail, 3)
        layout.addLayout(row)
        self._shown: dict[str, str] = {}
        """Conflict id -> the rev of our version as the dialog last showed it."""
        self.items.currentItemChanged.connect(self._show)
        self.fill(annotation_id)

    def fill(self, annotation_id: str | None = None) -> None:
        """Read the open conflicts again; the current one stays current (else the first of `annotation_id`'s,
        else the first). If our version of the current one changed since it was shown, say so."""
        current = self.current()
        keep_id = current.id if current is not None else None
        self.items.blockSignals(True)
        self.items.clear()
        chosen, found = 0, False
        changed = False
        for n, conflict in enumerate(self.service.conflicts()):
            item = QListWidgetItem(conflict_title(conflict))
            item.setData(Qt.ItemDataRole.UserRole, conflict)
            item.setToolTip(conflict_title(conflict))
            self.items.addItem(item)
            if conflict.id == keep_id or (keep_id is None and annotation_id == conflict.ours.id and not found):
                chosen, found = n, True
            shown = self._shown.get(conflict.id)
            if conflict.id == keep_id and shown is not None and shown != conflict.ours.rev:
                changed = True
        self.items.blockSignals(False)
        if self.items.count():
            self.items.setCurrentRow(chosen)
        self._show()
        if changed:
            self.say(CHANGED_ELSEWHERE)

    def refresh(self, _changes: object = None) -> None:
        """The library changed (this window, another one, another process): show what is there now."""
        if self.isVisible():
            self.fill()

    def current(self) -> Conflict | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def say(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    def _show(self) -> None:
        self.say("")
        conflict = self.current()
        for button in (self.keep, self.take):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.detail.setHtml("<p>No open conflicts.</p>")
            return
        self._shown[conflict.id] = conflict.ours.rev
        kept, taken = self._fields(conflict.kept), self._fields(conflict.taken)
        mine, theirs = self._fields(conflict.ours), self._fields(conflict.theirs)
        who = html.escape(conflict.source or "someone")
        rows = []
        for name in kept:  # every field: nobody takes a version blind
            if kept[name] != taken[name]:
                style, remark = f" style='background:{CONTESTED_INK}; color:{ROW_TEXT}'", " ≠"
            elif conflict.merged and kept[name] != mine[name]:
                style, remark = f" style='background:{MERGED_INK}; color:{ROW_TEXT}'", f" ({who}'s change, kept either way)"
            elif conflict.merged and taken[name] != theirs[name]:
                style, remark = f" style='background:{MERGED_INK}; color:{ROW_TEXT}'", " (your change, kept either way)"
            else:
                style, remark = "", ""
            rows.append(f"<tr{style}><td><b>{name}</b>{html.escape(remark)}</td>"
                        f"<td>{html.escape(kept[name]) or '—'}</td><td>{html.escape(taken[name]) or '—'}</td></tr>")
        head = (f"<p><b>{html.escape(conflict_summary(conflict).capitalize())}.</b> "
                + ("Whichever you choose, the changes only one side made are kept (green)."
                   if conflict.merged else "Choose one whole version.") + "</p>")
        self.detail.setHtml(head + "<table width='100%' cellpadding='3'><tr><th></th>"
                            "<th align='left'>Keep mine</th>"
                            f"<th align='left'>Take theirs ({who})</th></tr>" + "".join(rows) + "</table>")

    def _fields(self, a: Annotation) -> dict[str, str]:
        """What a person weighs in one version, by field, in words."""
        def name(entity_id: str | None) -> str:
            entity = self.service.entity(entity_id) if entity_id else None
            return entity.name if entity is not None else ("(unknown)" if entity_id else "")

        claim = a.claim
        return {"state": "deleted" if a.deleted else "live", "type": a.label or "",
                "entity": name(a.entity_id) if a.entity_id else "",
                "speaker": name(claim.speaker_id) if claim else "",
                "status": claim.status.value if claim else "", "grade": claim.grading if claim else "",
                "tags": ", ".join(a.tags), "note": a.note, "quote": a.target.exact,
                "by": a.creator}

    def _resolve(self, take_theirs: bool) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            changes = self.service.resolve_conflict(conflict.id, take_theirs, expected_rev=conflict.ours.rev or None)
        except StaleConflictError:
            self.fill()  # the new version of ours, shown before anything is chosen
            self.say(CHANGED_ELSEWHERE)
            return
        except DossierError as exc:
            QMessageBox.warning(self, "Merge conflicts", exc.message)
        else:
            self.resolved.emit(changes)
        self.fill()
