"""Document > Properties… (and the library's context menu): edit a document's title, authors, outlet, date,
URL, language and the reliability of its source. Only the fields the person changed are sent; the library
checks them (a refusal is shown in the dialog, which stays open) and stores them as one undo step."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMenu, QWidget,
)

from annotations.changes import Changes
from annotations.doc_properties import RELIABILITY_LABELS, DocumentProperties, split_authors
from annotations.errors import DossierError
from annotations.model import DocumentRecord

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

LANGUAGES = (("", "— not known"), ("en", "English"), ("fr", "French"), ("de", "German"), ("es", "Spanish"),
             ("pt", "Portuguese"), ("it", "Italian"), ("nl", "Dutch"), ("ru", "Russian"), ("uk", "Ukrainian"),
             ("pl", "Polish"), ("ar", "Arabic"), ("fa", "Persian"), ("tr", "Turkish"), ("zh", "Chinese"),
             ("ja", "Japanese"), ("ko", "Korean"), ("sv", "Swedish"), ("da", "Danish"), ("no", "Norwegian"),
             ("fi", "Finnish"))
"""Offered in the language box, which also takes any BCP-47 code typed in (pt-BR, zh-Hant…)."""

Apply = Callable[[DocumentProperties], str | None]
"""Store an edit; returns the refusal's message, or None when it was stored."""


class DocumentPropertiesDialog(QDialog):
    def __init__(self, record: DocumentRecord, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record, self._apply = record, apply
        self.setWindowTitle("Document properties")
        self.setMinimumWidth(560)
        self.title = QLineEdit(record.title)
        self.title.setCursorPosition(0)
        self.authors = QLineEdit("; ".join(record.authors))
        self.authors.setPlaceholderText("names separated by ; — “Roe, Jane” stays one name")
        self.outlet = QLineEdit(record.publisher)
        self.outlet.setPlaceholderText("newspaper, agency, site or publisher")
        self.date = QLineEdit(record.published)
        self.date.setPlaceholderText("YYYY-MM-DD (or YYYY-MM, YYYY)")
        self.url = QLineEdit(record.source_url)
        self.url.setPlaceholderText("https://…")
        self.language = QComboBox()
        self.language.setEditable(True)
        for code, name in LANGUAGES:
            self.language.addItem(f"{code} — {name}" if code else name, code)
        self._set_language(record.language)
        self.reliability = QComboBox()
        self.reliability.addItem("— not judged", "")
        for grade, words in RELIABILITY_LABELS.items():
            self.reliability.addItem(f"{grade} — {words}", grade)
        self.reliability.setCurrentIndex(max(0, self.reliability.findData(record.reliability)))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        info = QLabel(f"{record.format.upper()} · sha256 {record.id[:12]}… · added {record.added[:10]}")
        info.setStyleSheet("color: palette(placeholder-text)")
        form = QFormLayout(self)
        form.addRow("Title", self.title)
        form.addRow("Authors", self.authors)
        form.addRow("Outlet", self.outlet)
        form.addRow("Date", self.date)
        form.addRow("URL", self.url)
        form.addRow("Language", self.language)
        form.addRow("Source reliability", self.reliability)
        form.addRow("", info)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setEditText(code)

    def language_code(self) -> str:
        """The code chosen or typed ("fr — French" -> "fr"; "pt-BR" as typed)."""
        text = self.language.currentText().strip()
        index = self.language.findText(text)
        if index >= 0:
            return str(self.language.itemData(index))
        return text.split(" ", 1)[0] if text and not text.startswith("—") else ""

    def edit(self) -> DocumentProperties:
        """The fields the person changed (None for the others: a value stored in an older form that was not
        touched is not re-checked)."""
        r = self.record

        def changed(now: str, before: str) -> str | None:
            return now if now.strip() != before.strip() else None

        authors = split_authors(self.authors.text())
        return DocumentProperties(
            title=changed(self.title.text(), r.title),
            authors=authors if authors != r.authors else None,
            publisher=changed(self.outlet.text(), r.publisher),
            published=changed(self.date.text(), r.published),
            source_url=changed(self.url.text(), r.source_url),
            language=changed(self.language_code(), r.language),
            reliability=changed(str(self.reliability.currentData() or ""), r.reliability),
        )

    def save(self) -> None:
        edit = self.edit()
        if edit == DocumentProperties():
            self.accept()
            return
        problem = self._apply(edit)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


def install(window: MainWindow) -> QAction:
    """Document > Properties… and the library list's context menu; the window title follows the open
    document's title."""
    action = QAction("Properties…", window)
    action.setShortcut(QKeySequence("Ctrl+Alt+P"))
    action.triggered.connect(lambda _checked=False: edit_properties(window))
    window.addAction(action)
    menus = window.menuBar()
    menu = QMenu("&Document", window)
    after_file = menus.actions()[1] if len(menus.actions()) > 1 else None  # File, Document, Edit…
    if after_file is not None:
        menus.insertMenu(after_file, menu)
    else:
        menus.addMenu(menu)
    window.document_menu = menu  # type: ignore[attr-defined]
    menu.addAction(action)
    panel = window.library_panel
    panel.propertiesRequested.connect(lambda doc_id: edit_properties(window, doc_id))
    def remove(doc_id: str) -> None:
        panel.select(doc_id)
        window.library.remove_document()

    panel.removeRequested.connect(remove)
    window.session.changesApplied.connect(lambda changes: _retitle(window, changes))
    return action


def edit_properties(window: MainWindow, document_id: str | None = None) -> DocumentPropertiesDialog | None:
    """Open the dialog on `document_id` (else the library's current row, else the open document)."""
    doc_id = document_id or window.library_panel.current_id() or (window.document.id if window.document else None)
    if doc_id is None:
        window.show_error("Choose a document in the library first.")
        return None
    if window.library.refused_read_only():  # (said before the dialog, as the codebook and an add are: it opened
        return None  # and refused only at OK, the title already retyped; an outside tester, stop 62)
    try:
        record = window.service.document(doc_id)
    except DossierError as exc:
        window.show_error(exc.message)
        return None

    def apply(edit: DocumentProperties) -> str | None:
        try:
            changes = window.service.set_document_properties(doc_id, edit)
        except DossierError as exc:
            return exc.message
        window.session.apply(changes)
        window.statusBar().showMessage(changes.label, 4000)
        return None

    dialog = DocumentPropertiesDialog(record, apply, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.properties_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def _retitle(window: MainWindow, changes: Changes) -> None:
    doc = window.document
    if doc is not None and (doc.id in changes.documents or changes.external):
        window.setWindowTitle(f"{doc.title} — Dossier")
