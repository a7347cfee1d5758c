"""The reading view for text formats: the canonical text, highlights in codebook colours, keys to annotate.

It emits intents (annotate this range as X, select / delete this annotation) and draws what it is given;
it never touches the library. Only highlights intersecting the viewport are drawn, so a document with
20,000 annotations scrolls as fast as one with none.

The marks are kept by `marks.MarkList` (reading order, binary search) and drawn as `text_paint` says; the mouse
(snapped drags, triple-clicks) is `text_pointer.PointerTextEdit`'s, the base class; this module holds the document and
the state and turns keys and clicks into intents.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QMargins, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont, QKeyEvent, QPainter, QPaintEvent, QPalette, QTextCharFormat, QTextCursor, QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from annotations.selection import snap_selection
from reader.ui.annotation_keys import key_intent, suggestion_verdict
from reader.ui.edge_scroll import next_mark
from reader.ui.marks import Mark as Mark, MarkList, SuggestionSpans  # Mark: importers take it from here too
from reader.ui.long_lines import display_breaks, shown_text
from reader.ui.offsets import OffsetMap
from reader.ui.spaced_layout import CONTINUES, SpacedLayout, apply_headings, line_gap_for
from reader.ui.text_paint import (
    mark_format, mark_selection, paint_emphasis, paint_selected, paint_suggestion, range_rects,
)
from reader.ui.text_pointer import PointerTextEdit


COLUMN_PADDING = 24
"""Space between the text column and the view's margins, and above the first line."""


class TextView(PointerTextEdit):
    annotateRequested = Signal(str, str, int, int)  # kind, label, start, end (Python offsets)
    annotationSelected = Signal(str)
    deleteRequested = Signal(str)
    selectionOffsetsChanged = Signal(int, int)
    suggestionClicked = Signal(int)  # index into the suggestions given
    suggestionKey = Signal(str)  # "accept" (Enter) | "reject" (Backspace) for the current suggestion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)  # read-only: formats set on headings need no history
        self._layout = SpacedLayout(document)
        document.setDocumentLayout(self._layout)
        self.setDocument(document)
        self._headings: list[tuple[int, int]] = []
        self.setFont(QFont("serif", 13))
        self.setBackgroundRole(QPalette.ColorRole.Base)  # the margins beside the column: the page's colour
        self.setAutoFillBackground(True)
        self._marks = MarkList()
        self._marks_due = False
        """The marks on screen are to be drawn again (before the next paint; see `_redraw`)."""
        self._drawn: list[tuple[Mark, bool]] = []
        """The marks last handed to Qt as extra selections, and whether each was the selected one."""
        self._visible: tuple[tuple[int, int, int, int], tuple[int, int]] | None = None
        """(scroll positions and viewport size, the character range on screen) as last found."""
        self._selected: str | None = None
        self._hints = SuggestionSpans()
        self._emphasis: tuple[int, int, str] | None = None
        self.type_keys: dict[str, str] = {}
        """Key text ("1".."9") -> entity type label, from the codebook."""
        self.verticalScrollBar().valueChanged.connect(self._redraw)
        self.selectionChanged.connect(self._emit_selection)

    # -- content ----------------------------------------------------------------------------------
    def set_document(self, text: str, headings: list[tuple[int, int]] | None = None) -> None:
        """Show `text`; `headings`: (offset of a heading line, level 1–6), see `reading_layout`."""
        self._map = OffsetMap(text)
        self._text, self._drag, self._exact = text, None, False
        margin = self.document().documentMargin()
        self._marks, self._selected, self._drawn, self._visible = MarkList(), None, [], None
        self.setExtraSelections([])  # (the old text's marks: their cursors would point into the new one)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.setCurrentCharFormat(QTextCharFormat())  # the new text must not take the last heading's type
        breaks = display_breaks(text)  # a very long line is shown in pieces (reader/ui/long_lines.py)
        self.setPlainText(shown_text(text, breaks))
        self.document().firstBlock().setUserState(-1)  # the one block a new text keeps
        for cut in breaks:  # no paragraph gap after a piece
            self.document().findBlock(self._map.to_qt(cut)).setUserState(CONTINUES)
        self.document().setDocumentMargin(margin)
        self._headings = [(self._map.to_qt(offset), level) for offset, level in headings or ()]
        self._style()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def set_headings(self, headings: list[tuple[int, int]]) -> None:
        """Heading lines of the text shown (offsets, levels), set in larger bold type."""
        self._headings = [(self._map.to_qt(offset), level) for offset, level in headings]
        self._style()

    def headings(self) -> list[tuple[int, int]]:
        return [(self._map.from_qt(position), level) for position, level in self._headings]

    def _style(self) -> None:
        self._visible = None
        self._layout.line = float(self.fontMetrics().lineSpacing())
        self._layout.line_gap = line_gap_for(self._text)
        apply_headings(self.document(), self._headings, self.font())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - headings follow the body's type size
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_text"):
            self._style()

    def set_marks(self, marks: list[Mark]) -> None:
        """Every mark anew (a document opened, a full redraw): drawn now, which also lays out the text on
        screen."""
        self._marks = MarkList(marks)
        self._marks_due = True
        self._draw_marks()

    def update_marks(self, gone: Iterable[str], added: Iterable[Mark]) -> None:
        """A few marks changed: those of `gone` go, `added` come (an edited mark is in both), each put in
        place by binary search — adding one highlight to 5,000 neither re-sorts nor re-draws the others."""
        for old in self._marks.update(gone, added):
            if old.annotation_id == self._selected:
                self._repaint_frame(old)  # its frame where it was
        self._redraw()  # the visible marks only

    def marks(self) -> list[Mark]:
        return self._marks.all()

    def set_suggestions(self, spans: list[tuple[int, int, str, bool]], current: int = -1) -> None:
        """Suggestions to outline (start, end, colour, underline-only), sorted by start; `current` is drawn
        emphasised. Entities get a dashed box, claims (whole sentences) a dashed underline."""
        self._hints.set(spans, current)
        self.viewport().update()

    def set_emphasis(self, span: tuple[int, int, str] | None) -> None:
        """A solid frame around (start, end) in this colour, over everything (presentation mode)."""
        self._emphasis = span
        self.viewport().update()

    def suggestions(self) -> list[tuple[int, int, str, bool]]:
        return list(self._hints.spans)

    def focus_suggestion(self, index: int) -> None:
        self._hints.focus_on(index)
        self.viewport().update()

    def show_range(self, start: int, end: int) -> None:
        """Scroll so that [start, end) is in view, without selecting it."""
        cursor = self.textCursor()
        cursor.setPosition(self._map.to_qt(start))
        self.setTextCursor(cursor)
        rect = self.cursorRect()
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            self.centerCursor()

    def select_annotation(self, annotation_id: str | None, scroll: bool = True) -> None:
        self._repaint_frame(self._marks.get(self._selected))
        self._selected = annotation_id
        if annotation_id is not None:
            self._hints.focus = False
        mark = self._marks.get(annotation_id)
        self._repaint_frame(mark)
        if mark is not None and scroll:
            cursor = self.textCursor()
            cursor.setPosition(self._map.to_qt(mark.start))
            self.setTextCursor(cursor)
            self.centerCursor()
        self._redraw()

    def show_offset(self, offset: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._map.to_qt(offset))
        self.setTextCursor(cursor)
        self.centerCursor()

    def selected_range(self) -> tuple[int, int] | None:
        """The range the selection annotates: whole words, no surrounding spaces or punctuation
        (`annotations.selection`); the characters as dragged when the drag was made with Alt held."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.from_qt(cursor.selectionStart())
        end = self._map.from_qt(cursor.selectionEnd())
        start, end = snap_selection(self._text, start, end, exact=self._exact)
        return (start, end) if end > start else None

    def clear_selection(self) -> None:
        """No text selected (after marking it, after undo/redo): the next key or drag starts afresh."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)
        self._drag, self._exact = None, False

    # -- drawing ----------------------------------------------------------------------------------
    def visible_range(self) -> tuple[int, int]:
        """Python offsets of the first and last character on screen (found again only when the view
        scrolled, was resized or restyled: two hit tests per redraw cost ~1.5 ms with 2 MB of text)."""
        viewport = self.viewport().rect()
        where = (self.verticalScrollBar().value(), self.horizontalScrollBar().value(), viewport.width(),
                 viewport.height())
        if self._visible is not None and self._visible[0] == where:
            return self._visible[1]
        top = self.cursorForPosition(viewport.topLeft()).position()
        bottom = self.cursorForPosition(viewport.bottomRight()).position()
        found = self._map.from_qt(top), self._map.from_qt(bottom) + 1
        self._visible = (where, found)
        return found

    def visible_marks(self) -> list[Mark]:
        return self._marks.in_range(*self.visible_range())

    def _redraw(self) -> None:
        """Draw the marks on screen again — once, before the next paint, however many changes come first
        (adding a highlight puts its mark in place and then selects it: one hand-over to Qt, not two)."""
        if not self._marks_due:
            self._marks_due = True
            QTimer.singleShot(0, self, self._draw_marks)  # a posted call: it runs before the (low-priority) paint

    def _draw_marks(self) -> None:
        if not self._marks_due:
            return
        self._marks_due = False
        drawn = [(m, m.annotation_id == self._selected) for m in self.visible_marks()]
        if drawn == self._drawn:
            return  # the same marks, the same one selected: Qt would repaint them for nothing
        self._drawn = drawn
        document, to_qt = self.document(), self._map.to_qt
        self.setExtraSelections([mark_selection(document, to_qt(m.start), to_qt(m.end), mark_format(m, selected))
                                 for m, selected in drawn])

    def extraSelections(self) -> list[QTextEdit.ExtraSelection]:  # noqa: N802 - what is drawn, due marks included
        self._draw_marks()
        return super().extraSelections()

    def _repaint_frame(self, mark: Mark | None) -> None:
        """Repaint where the selection's frame is or was (it reaches a pixel or two past the mark's text,
        beyond what Qt repaints for a changed extra selection)."""
        if mark is not None and self._shown(mark):
            for rect in self.range_rects(mark.start, mark.end):
                self.viewport().update(rect.toAlignedRect().adjusted(-3, -3, 3, 3))

    def _shown(self, mark: Mark) -> bool:
        lo, hi = self.visible_range()
        return mark.end > lo and mark.start < hi

    def visible_suggestions(self) -> list[int]:
        return self._hints.in_range(*self.visible_range())

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles (one per line) covering [start, end)."""
        return range_rects(self, self._map.to_qt(start), self._map.to_qt(end))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - suggestions: dashed outlines on top
        self._draw_marks()  # (painted before the posted call ran: a grab, a synchronous repaint)
        super().paintEvent(event)
        selected = self._marks.get(self._selected)
        if selected is not None and not self._shown(selected):
            selected = None
        if self._emphasis is None and not self._hints.spans and selected is None:
            return
        painter = QPainter(self.viewport())
        if selected is not None:
            paint_selected(painter, self.range_rects(selected.start, selected.end),
                           self.palette().color(QPalette.ColorRole.Text))
        if self._emphasis is not None:
            start, end, color = self._emphasis
            paint_emphasis(painter, self.range_rects(start, end), color)
        for i in self.visible_suggestions():
            start, end, color, underline = self._hints.spans[i]
            paint_suggestion(painter, self.range_rects(start, end), color, underline, i == self._hints.current)
        painter.end()

    def set_reading_width(self, characters: int) -> None:
        """Keep lines to about this many characters, centred (long lines are hard to read)."""
        self._columns = characters
        self._fit_column()

    def set_font_size(self, points: int) -> None:
        font = self.font()
        font.setPointSize(points)
        self.setFont(font)
        self._fit_column()

    def _fit_column(self) -> None:
        """Centre a column of `_columns` characters. The room beside it is the view's margins, outside the text
        area: as the document's margin (Qt's plain-text layout has no other), it was as tall as it was wide, so in a
        tall window the text began far down the view (1,129 px at 3840×2160; an outside tester, stop 54). Presses,
        drags and the wheel there act at the column's edge (`PointerTextEdit.event`)."""
        column = self.fontMetrics().averageCharWidth() * getattr(self, "_columns", 80)
        bar = self.verticalScrollBar()
        room = self.width() - 2 * self.frameWidth() - bar.sizeHint().width()  # (shown or not: its coming and going
        # with the margins' change would change them again, without end)
        side = max(0, (room - column) // 2 - COLUMN_PADDING)
        if self.document().documentMargin() != COLUMN_PADDING:
            self.document().setDocumentMargin(COLUMN_PADDING)
            self._visible = None
        if self.viewportMargins() != QMargins(side, 0, side, 0):
            self.setViewportMargins(side, 0, side, 0)
            self._visible = None

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_column()
        self._redraw()

    # -- input ------------------------------------------------------------------------------------
    def marks_at(self, offset: int) -> list[Mark]:
        return self._marks.at(offset)

    def clicked(self, offset: int) -> None:
        """A click that left no selection: the suggestion or the shortest annotation under it is selected."""
        hits = self.marks_at(offset)
        best = self._hints.pick(offset, hits)
        if best is not None:
            self.focus_suggestion(best)
            self.suggestionClicked.emit(best)
            return
        if hits:
            shortest = min(hits, key=lambda m: m.end - m.start)
            self.select_annotation(shortest.annotation_id, scroll=False)
            self.annotationSelected.emit(shortest.annotation_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, text = event.key(), event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        selection = self.selected_range()
        intent = key_intent(text, self.type_keys) if plain and selection is not None else None
        if intent is not None and selection is not None:
            self.clear_selection()  # marked: the next key must not mark the same span again
            self.annotateRequested.emit(intent[0], intent[1], *selection)
            return
        verdict = suggestion_verdict(key) if self._hints.focus and self._hints.current >= 0 and \
            mods == Qt.KeyboardModifier.NoModifier else None
        if verdict is not None:
            self.suggestionKey.emit(verdict)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected:
            self.deleteRequested.emit(self._selected)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self._marks:
            self._step(-1 if key == Qt.Key.Key_Backtab else 1)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 - keep Tab for annotation stepping
        return False

    def _step(self, direction: int) -> None:
        chosen = next_mark(self._marks.ids(), self._selected, direction)
        if chosen is not None:
            self.select_annotation(chosen)
            self.annotationSelected.emit(chosen)

    def _emit_selection(self) -> None:
        selection = self.selected_range()
        if selection is not None:
            self.selectionOffsetsChanged.emit(*selection)

    @property
    def suggestion_focus(self) -> bool:
        """True while Enter/Backspace act on the current suggestion (until an annotation is selected)."""
        return self._hints.focus

    def visible_rect(self) -> QRect:
        return self.viewport().rect()

