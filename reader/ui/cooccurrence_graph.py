"""A small picture of who appears with whom: the chosen entity in the centre, the entities sharing most
documents with it on a circle around, lines as thick as the number of shared documents. Clicking a node
asks to show that entity."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

MAX_NODES = 12


class CooccurrenceGraph(QWidget):
    entityClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._centre: tuple[str, str, str] | None = None  # id, name, colour
        self._others: list[tuple[str, str, str, int]] = []  # id, name, colour, shared documents
        self._nodes: list[tuple[str, QRectF]] = []

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 320)

    def set_graph(self, centre: tuple[str, str, str] | None, others: list[tuple[str, str, str, int]]) -> None:
        self._centre = centre
        self._others = others[:MAX_NODES]
        self.update()

    def node_names(self) -> list[str]:
        return [name for _, name, _, _ in self._others]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._nodes = []
        if self._centre is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Choose an entity")
            return
        if not self._others:
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.AlignmentFlag.AlignBottom,
                             "No other entity appears in the same documents yet.")
        centre = QPointF(self.width() / 2, self.height() / 2)
        rx, ry = self.width() / 2 - 90, self.height() / 2 - 30  # an ellipse: labels are wider than tall
        most = max((n for *_, n in self._others), default=1)
        points = []
        for i, (_, _, color, shared) in enumerate(self._others):
            angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(self._others))
            stagger = 1.0 if i % 2 == 0 else 0.72  # neighbours at different distances: labels do not collide
            point = QPointF(centre.x() + rx * stagger * math.cos(angle), centre.y() + ry * stagger * math.sin(angle))
            points.append(point)
            pen = QPen(QColor(self.palette().text().color()), 1 + 5 * shared / most)
            pen.setColor(QColor(120, 120, 120, 170))
            painter.setPen(pen)
            painter.drawLine(centre, point)
        for point, (entity_id, name, color, shared) in zip(points, self._others):
            self._node(painter, point, f"{name} ({shared})", color, entity_id, bold=False)
        self._node(painter, centre, self._centre[1], self._centre[2], self._centre[0], bold=True)
        painter.end()

    def _node(self, painter: QPainter, at: QPointF, label: str, color: str, entity_id: str, bold: bool) -> None:
        font = painter.font()
        font.setBold(bold)
        metrics = QFontMetrics(font)  # (measured as drawn: the bold centre name ran past its box)
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, 150)
        width = metrics.horizontalAdvance(text) + 16
        rect = QRectF(at.x() - width / 2, at.y() - 13, width, 26)
        fill = QColor(color)
        fill.setAlpha(230 if bold else 150)
        painter.setPen(QPen(QColor(self.palette().text().color()), 2 if bold else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 12, 12)
        painter.setPen(QColor("black"))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        font.setBold(False)
        painter.setFont(font)
        self._nodes.append((entity_id, rect))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        for entity_id, rect in self._nodes:
            if rect.contains(event.position()):
                self.entityClicked.emit(entity_id)
                return
