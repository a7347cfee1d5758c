"""How an annotation card looks: a type chip in the codebook colour, the page, the whole quote wrapped (cut
after a dozen lines), speaker/status/grade for a claim, the note's first line, tags and author — painted
by `CardDelegate` and measured at the list's width.

Split out of `annotations_panel.py`: the panel owns the list (model, filter, selection), this module only
how one card is drawn and how tall it is, so the look changes without touching the list's behaviour.
Sizes are cached per row object and width: rows are frozen and reused while unchanged, so a card is
measured once, and after an edit only the new or changed card is."""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from reader.ui.models import CONFLICT_INK, CONFLICT_MARK, ROW_ROLE, AnnotationRow, conflict_line
from annotations.tag_line import parse_tag_line

Index = QModelIndex | QPersistentModelIndex
PAD = 8
GAP = 3
CHIP_PAD = 5
MAX_QUOTE_LINES = 12
"""A longer quote is cut on the card (with "…"); its tooltip and the Inspector have all of it."""
ORPHAN_LINE = "Orphaned — its text is no longer in this document"
FUZZY_LINE = "Placed approximately — its words changed in a new version: check it"
"""Said on an orphan's card (above its quote) and in its tooltip: its quote was not found in the current
version of the text, so no mark is drawn for it (Hypothesis lists orphans the same way)."""
ORPHAN_INK = "#b3261e"


def chip_text(row: AnnotationRow) -> str:
    if row.kind == "entity":
        return row.label or "ENTITY"
    if row.kind == "claim":
        return f"CLAIM · {row.label}" if row.label else "CLAIM"
    return row.kind.upper()


def ink_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    lum = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF()) + 0.0722 * channel(background.blueF())
    return QColor("#000000") if lum > 0.4 else QColor("#ffffff")


_OPENING = "“\"‘«‹„‚「『"
_CLOSING = "”\"»›“」』"


def card_quote(text: str) -> str:
    """The quote on a card in “…”, without doubling the marks a selection already has (a claim dragged
    with its quotation marks: “We will… Russia.” stays as it is, not ““…””)."""
    text = text.strip()
    opened = text[:1] in _OPENING
    closed = text[-1:] in _CLOSING or (opened and text[-1:] == "’")  # ‘…’, not the apostrophe of "Kyivs’"
    if not opened and not closed and any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return f"“\u2068{text}\u2069”"  # isolated: the card stays left to right and the marks stay where they open and
        # close (an Arabic name made the whole line right to left: ”يوسف الخطيب“; an outside tester, stop 55)
    return ("" if opened else "“") + text + ("" if closed else "”")


def card_tooltip(item: AnnotationRow) -> str:
    conflict = f"{conflict_line(item)}: settle it in File > Merge conflicts… (or the Inspector's button)" \
        if item.conflicts else ""
    return "\n".join(x for x in (conflict, anchor_line(item), f"{chip_text(item)}: “{item.text}”",
                                 claim_line(item), item.note, foot_line(item)) if x)


def anchor_line(row: AnnotationRow) -> str:
    """The line over a card's quote when the annotation does not sit exactly on its words ("" when it does)."""
    return ORPHAN_LINE if row.orphaned else FUZZY_LINE if row.fuzzy else ""


def conflict_badge(row: AnnotationRow) -> str:
    """The mark on the chip line of a card whose annotation has open merge conflicts."""
    return f"{CONFLICT_MARK} conflict · {row.conflicts}" if row.conflicts else ""


def claim_line(row: AnnotationRow) -> str:
    parts = [f"said by {row.speaker}" if row.speaker else "", row.status, row.grade]
    return " · ".join(p for p in parts if p)


def foot_line(row: AnnotationRow) -> str:
    tags = "  ".join(f"#{t}" for t in parse_tag_line(row.tags))
    return "   ".join(p for p in (tags, f"by {row.creator}" if row.creator else "") if p)


class CardDelegate(QStyledItemDelegate):
    """Paints an `AnnotationRow` as a card and measures it at the view's width (sizes are cached per row
    object and width: rows are frozen and reused while unchanged, so a card is measured once)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self._sizes: dict[tuple[int, int], tuple[AnnotationRow, QSize]] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        chip = QFont(small)
        chip.setBold(True)
        return base, small, chip

    def _width(self) -> int:
        return max(120, self.view.viewport().width() - 2)

    def _blocks(self, row: AnnotationRow, option: QStyleOptionViewItem, width: int
                ) -> list[tuple[str, QFont, int, bool]]:
        """(text, font, height, italic) of each block under the chip line, at `width`; an orphan's first
        block is `ORPHAN_LINE`, one placed approximately `FUZZY_LINE` (painted in `ORPHAN_INK`)."""
        base, small, _ = self._fonts(option)
        inner = _inner(width)
        out: list[tuple[str, QFont, int, bool]] = []
        if anchor_line(row):
            out.append((anchor_line(row), small, QFontMetrics(small).lineSpacing(), False))
        fm = QFontMetrics(base)
        quote = card_quote(row.text)
        height = fm.boundingRect(QRect(0, 0, inner, 100_000), Qt.TextFlag.TextWordWrap, quote).height()
        out.append((quote, base, min(height, fm.lineSpacing() * MAX_QUOTE_LINES), False))
        small_fm = QFontMetrics(small)
        for text, italic in ((claim_line(row), False), (row.note, True), (foot_line(row), False)):
            if text:
                out.append((text, small, small_fm.lineSpacing(), italic))
        return out

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        row = index.data(ROW_ROLE)
        if not isinstance(row, AnnotationRow):
            return super().sizeHint(option, index)
        width = self._width()
        cached = self._sizes.get((id(row), width))
        if cached is not None and cached[0] is row:
            return cached[1]
        size = QSize(width, self.height_of(row, option))
        if len(self._sizes) > 50_000:
            self._sizes.clear()
        self._sizes[(id(row), width)] = (row, size)
        return size

    def height_of(self, row: AnnotationRow, option: QStyleOptionViewItem) -> int:
        """The card's height at the list's width."""
        _, _, chip = self._fonts(option)
        height = PAD + QFontMetrics(chip).height() + 2 * 2 + GAP
        height += sum(h + GAP for _, _, h, _ in self._blocks(row, option, self._width()))
        return height + PAD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, AnnotationRow):
            super().paint(painter, option, index)
            return
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            border = palette.color(QPalette.ColorRole.Highlight)
            background = QColor(border)
            background.setAlpha(40)
        painter.setPen(border)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 6, 6)
        accent = QColor(row.color)
        painter.fillRect(QRect(rect.left() + 1, rect.top() + 6, 4, rect.height() - 12), accent)
        base, small, chip_font = self._fonts(option)
        text_color = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        x, y = rect.left() + PAD, rect.top() + PAD - 2
        # chip line: type chip in the codebook colour, page on the right
        chip_fm = QFontMetrics(chip_font)
        label = chip_text(row)
        chip_rect = QRect(x, y, chip_fm.horizontalAdvance(label) + 2 * CHIP_PAD, chip_fm.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(chip_rect, 4, 4)
        painter.setFont(chip_font)
        painter.setPen(ink_on(accent))
        painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, label)
        badge = conflict_badge(row)
        if badge:  # an open merge conflict: an amber badge beside the chip (the tooltip says where to settle it)
            room = rect.right() - PAD - chip_rect.right() - 6 - (QFontMetrics(small).horizontalAdvance("p. 9999")
                                                                   if row.page else 0)
            text = chip_fm.elidedText(badge, Qt.TextElideMode.ElideRight, max(0, room - 2 * CHIP_PAD))
            badge_rect = QRect(chip_rect.right() + 6, y, chip_fm.horizontalAdvance(text) + 2 * CHIP_PAD, chip_rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(CONFLICT_INK))
            painter.drawRoundedRect(badge_rect, 4, 4)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, text)
        if row.page:
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(QRect(chip_rect.right(), y, rect.right() - PAD - chip_rect.right(), chip_rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"p. {row.page}")
        y = chip_rect.bottom() + GAP + 1
        inner = _inner(option.rect.width())
        flagged = bool(anchor_line(row))
        quote_at = 1 if flagged else 0
        for n, (text, font, height, italic) in enumerate(self._blocks(row, option, option.rect.width())):
            f = QFont(font)
            f.setItalic(italic)
            f.setBold(flagged and n == 0)
            painter.setFont(f)
            painter.setPen(QColor(ORPHAN_INK) if flagged and n == 0
                           else text_color if n == quote_at or italic else muted)
            box = QRect(x, y, inner, height)
            if n == quote_at:
                fm = QFontMetrics(f)
                full = fm.boundingRect(QRect(0, 0, inner, 100_000), Qt.TextFlag.TextWordWrap, text).height()
                if full > height:  # cut: the last line shown ends with "…"
                    text = _cut(text, fm, inner, MAX_QUOTE_LINES)
                painter.drawText(box, int(Qt.TextFlag.TextWordWrap), text)
            else:
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 QFontMetrics(f).elidedText(text, Qt.TextElideMode.ElideRight, inner))
            y += height + GAP
        painter.restore()


def _inner(width: int) -> int:
    """Text width inside a card `width` wide (2 px margin and the padding on each side)."""
    return width - 4 - 2 * PAD


def _cut(text: str, fm: QFontMetrics, width: int, lines: int) -> str:
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix (+ "…") that fits in `lines` lines
        mid = (lo + hi + 1) // 2
        if fm.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap,
                           text[:mid] + "…").height() <= fm.lineSpacing() * lines:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
