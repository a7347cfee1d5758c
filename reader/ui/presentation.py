"""Presentation mode (F5): the article full screen on a chosen screen, large type, high contrast, no panels.

Clicker-friendly keys: → ↓ Space PageDown Enter step forward, ← ↑ PageUp Backspace step back, Home/End,
B blanks the screen (as PowerPoint does), Esc leaves. The current annotation is centred and drawn in
full colour with an outline, the others dimmed; the caption says its type, speaker, status and note.
What is shown and in which order is the `Deck`'s business; this window only draws it.
"""
from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent, QColor, QFont, QGuiApplication, QKeyEvent, QResizeEvent, QScreen, QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QSpinBox,
    QStackedLayout, QVBoxLayout, QWidget,
)

from annotations.workshop.deck import FILTERS, Deck, DeckFilter
from reader.ui.reading_layout import reading_headings
from reader.ui.text_view import Mark, TextView

FORWARD = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Return,
           Qt.Key.Key_Enter, Qt.Key.Key_N}
BACK = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P}


def _dimmed(color: str) -> str:
    """The colour blended 65% towards white: present, but not competing with the current one."""
    c = QColor(color)
    return QColor(int(c.red() + (255 - c.red()) * 0.65), int(c.green() + (255 - c.green()) * 0.65),
                  int(c.blue() + (255 - c.blue()) * 0.65)).name()


def _keep_together(value: str) -> str:
    """Short caption values do not break across lines ("Anil / Mehta"); notes may."""
    escaped = html.escape(value)
    return escaped.replace(" ", "&nbsp;") if len(value) <= 40 else escaped


class ElidedLabel(QLabel):
    """One line that never asks for more width than it is given: a long title ends in "…" (the full
    text in the tooltip) instead of pushing the window past the screen's edge."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        text = " ".join(text.split())  # one line whatever a bundle said: 40 line breaks took the whole screen
        self._full = text
        self.setToolTip(text)
        width = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width) if width > 0 else text)

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        width = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, width)))


class PresentedText(TextView):
    """The article's column (centred by `TextView` with the view's side margins, so a wide screen does not open
    on half a screen of white), and the current annotation centred again whenever the size changes (the first
    step was centred at the window's size before it went full screen, and ended off screen on a 2560×1440
    screen)."""

    def __init__(self) -> None:
        super().__init__()
        self.current: str | None = None

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.current is not None:
            self.select_annotation(self.current, scroll=True)


CAPTION_SHARE = 0.25
"""The caption never takes more than this share of the screen's height: a long note is cut to fit, with "…"
(its whole text in the tooltip) ..."""
NOTE_WORDS = 12
"""... but keeps at least its first words, so a very small window still shows what the note is about ..."""
CAPTION_SMALLEST = 9
"""... setting the caption's type smaller, down to this many points, when they would not fit otherwise."""


class PresentationWindow(QWidget):
    closed = Signal()

    def __init__(self, title: str, text: str, deck: Deck, colors: dict[str, str], font_size: int = 26,
                 outline: Sequence[tuple[int, str, int]] = ()) -> None:
        """`outline`: the document's (level, title, offset) entries, so its chapter titles are headings here too."""
        super().__init__()
        self.setWindowTitle(f"{title} — presenting")
        self.deck, self.colors = deck, colors
        self.setStyleSheet("PresentationWindow{background:#000}")
        self.view = PresentedText()
        self.view.set_document(text, reading_headings(text, title, outline))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setStyleSheet("QPlainTextEdit{background:#ffffff;color:#000000;border:none}")
        self.view.setFont(QFont("sans-serif", font_size))
        self.view.set_reading_width(60)
        self.view.viewport().setStyleSheet("background:#ffffff")
        self.title = ElidedLabel(title)
        self.title.setStyleSheet(f"color:#ffffff;background:#000;padding:10px 24px;font-size:{font_size * 0.8:.0f}pt;"
                                 "font-weight:600")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setStyleSheet("color:#ffffff;background:#000;padding:14px 24px")
        self._fitted_width = -1  # the caption's width when last fitted (`eventFilter`)
        self.caption.installEventFilter(self)
        self.caption_points = max(CAPTION_SMALLEST, round(font_size * 0.8))
        """The caption's type size as chosen; `fit_caption` sets it smaller on a screen too small for it."""
        self.counter = QLabel()
        self.counter.setStyleSheet(f"color:#bbbbbb;background:#000;padding:14px 24px;font-size:{font_size * 0.6:.0f}pt")
        self.blank = QWidget()
        self.blank.setStyleSheet("background:#000")
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.title)
        column.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.caption, 1)
        bottom.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(bottom)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(page)
        self.stack.addWidget(self.blank)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.render_deck()

    def set_title(self, title: str) -> None:
        """The document's title as it now is (corrected in the main window while the room watches)."""
        self.title.set_full_text(title)
        self.setWindowTitle(f"{title} — presenting")

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on `screen` (the primary one when None)."""
        screen = screen or QGuiApplication.primaryScreen()
        if screen is not None:  # move, not setGeometry: a window given the screen's size may never
            self.setScreen(screen)  # get the full-screen state (seen with Qt 6.11)
            self.move(screen.geometry().topLeft())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    # -- drawing ----------------------------------------------------------------------------------
    def render_deck(self) -> None:
        current = self.deck.current
        marks = []
        for a in self.deck.visible():
            color = self.colors.get("claim" if a.kind.value == "claim" else a.label or a.kind.value,
                                    self.colors.get(a.kind.value, "#F0E442"))
            if a is current:  # a solid background whatever the kind: the room must see it from the back
                marks.append(Mark(a.id, a.target.start, a.target.end, color, "entity"))
            else:
                marks.append(Mark(a.id, a.target.start, a.target.end, _dimmed(color), a.kind.value))
        self.view.set_marks(marks)
        self.view.current = current.id if current else None
        self.view.select_annotation(current.id if current else None, scroll=current is not None)
        self.view.set_emphasis((current.target.start, current.target.end, "#000000") if current else None)
        self.fit_caption()
        self.counter.setText(self.deck.counter())

    def fit_caption(self) -> None:
        """The caption at most `CAPTION_SHARE` of the height: a note too long for it is cut at a word, with
        "…", and the whole note is the caption's tooltip. When even its first `NOTE_WORDS` (or the caption
        without a note) do not fit (640×480: the note line was cut off below the label's edge), the caption's
        type is set smaller, down to `CAPTION_SMALLEST` points, rather than cutting a line off."""
        rows = self.deck.caption()
        note = next((v for k, v in rows if k == "Note"), "")
        self._fitted_width = self.caption.width()
        cap = max(1, int(self.height() * CAPTION_SHARE))
        self.caption.setToolTip(note)
        self.caption.setMaximumHeight(cap)
        for points in range(self.caption_points, CAPTION_SMALLEST - 1, -1):
            font = self.caption.font()
            font.setPointSize(points)
            self.caption.setFont(font)
            if self._fit_note(rows, note, cap):
                return

    def _fit_note(self, rows: list[tuple[str, str]], note: str, cap: int) -> bool:
        """Set the caption with as much of the note as fits in `cap` pixels (at least `NOTE_WORDS` words);
        False when even that is taller."""
        width = max(1, self.caption.width())
        self.caption.setText(self._caption_html(rows, note))
        if self.caption.heightForWidth(width) <= cap:
            return True
        if not note:
            return False
        words = note.split()
        low, high = min(NOTE_WORDS, len(words)), len(words)
        while low < high:  # the most words that fit
            middle = (low + high + 1) // 2
            self.caption.setText(self._caption_html(rows, " ".join(words[:middle]) + " …"))
            if self.caption.heightForWidth(width) <= cap:
                low = middle
            else:
                high = middle - 1
        self.caption.setText(self._caption_html(rows, " ".join(words[:low]) + (" …" if low < len(words) else "")))
        return self.caption.heightForWidth(width) <= cap

    @staticmethod
    def _caption_html(rows: list[tuple[str, str]], note: str) -> str:
        """Each row as "<b>Label</b> value", a label without a value ("Claim" with no claim type) alone; a line
        may break before each dot, so no line ends in a dot with nothing after it."""
        def row(k: str, v: str) -> str:
            value = note if k == "Note" else v
            if not k:
                return html.escape(v)
            return f"<b>{html.escape(k)}</b>" + (f"&nbsp;{_keep_together(value)}" if value else "")
        return " ·&nbsp;".join(row(k, v) for k, v in rows)  # (one space before the dot, where a line may break)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_caption()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """The caption fitted again when the layout gives it another width than it was fitted to (the counter
        beside it takes its width only once its text is laid out: a caption fitted to 581 pixels, then shown in
        532, lost its last line)."""
        if watched is self.caption and event.type() == QEvent.Type.Resize \
                and self.caption.width() != self._fitted_width:
            self.fit_caption()
        return super().eventFilter(watched, event)

    def caption_text(self) -> str:
        """The caption as plain text (what the room reads)."""
        return QTextDocumentFragment.fromHtml(self.caption.text()).toPlainText().replace("\xa0", " ")

    # -- keys -------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
            return
        if key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.stack.setCurrentIndex(1 - self.stack.currentIndex())
            return
        if self.stack.currentIndex() == 1:  # any other key only brings the text back, where the room left it
            self.stack.setCurrentIndex(0)  # (B then ← stepped back too: 15/16 instead of 16/16)
            return
        if key in FORWARD:
            self.deck.step(1)
        elif key in BACK:
            self.deck.step(-1)
        elif key == Qt.Key.Key_Home:
            self.deck.go_to(-1 if self.deck.reveal else 0)
        elif key == Qt.Key.Key_End:
            self.deck.go_to(len(self.deck) - 1)
        else:
            super().keyPressEvent(event)
            return
        self.render_deck()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit()
        event.accept()


class PresentationSetup(QDialog):
    """Where and what to present; F5 then Enter starts with the last choices."""

    def __init__(self, tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Present")
        self.screen_box = QComboBox()
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.screen_box.addItem(f"{screen.name() or 'Screen'} ({size.width()}×{size.height()})", screen)
        self.what = QComboBox()
        for key in FILTERS:
            self.what.addItem({"all": "All annotations"}.get(key, f"Only {key}"), key)
        self.tag = QComboBox()
        self.tag.addItem("Any tag", "")
        for tag in tags:
            self.tag.addItem(tag, tag)
        self.reveal = QCheckBox("Reveal one by one (all hidden at first)")
        self.show_notes = QCheckBox("Show notes (the room reads them)")
        self.show_notes.setToolTip("Off: the caption leaves your notes out, as the answer key does by default.")
        self.font_size = QSpinBox()
        self.font_size.setRange(14, 60)
        self.font_size.setValue(26)
        self.font_size.setSuffix(" pt")
        form = QFormLayout(self)
        form.addRow("Screen", self.screen_box)
        form.addRow("Present", self.what)
        form.addRow("Tag", self.tag)
        form.addRow("", self.reveal)
        form.addRow("", self.show_notes)
        form.addRow("Type size", self.font_size)
        form.addRow(QLabel("Keys: → Space PageDown next · ← PageUp back · B blank · Esc leave"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Present")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> tuple[DeckFilter, bool, QScreen | None, int, bool]:
        return (DeckFilter(self.what.currentData(), self.tag.currentData()), self.reveal.isChecked(),
                self.screen_box.currentData(), self.font_size.value(), self.show_notes.isChecked())

    def restore(self, last: tuple[DeckFilter, bool, QScreen | None, int, bool]) -> None:
        """The choices of the last presentation this session (F5 then Enter starts with them); a screen or a tag
        no longer there is left as the dialog offers it."""
        chosen, reveal, screen, font_size, notes = last
        for box, value in ((self.what, chosen.kinds), (self.tag, chosen.tag), (self.screen_box, screen)):
            index = box.findData(value)
            if index >= 0:
                box.setCurrentIndex(index)
        self.reveal.setChecked(reveal)
        self.font_size.setValue(font_size)
        self.show_notes.setChecked(notes)
