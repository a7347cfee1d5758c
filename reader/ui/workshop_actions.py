"""The main window's Workshop menu: present the open document (F5), compare trainees' bundles with an
answer key, export the agreement report. A mixin of `MainWindow`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from annotations.atomic import write_bytes_atomic
from annotations.errors import DossierError
from annotations.workshop.deck import Deck, DeckFilter
from reader.services_workshop import report_format
from reader.ui.comparison import ComparisonWindow
from reader.ui.presentation import PresentationSetup, PresentationWindow
from reader.ui.workshop_dialogs import WorkshopExportDialog

if TYPE_CHECKING:
    from reader.ui.window_parts import WindowParts
else:
    WindowParts = object  # the window provides these parts at run time


class WorkshopActions(WindowParts):
    """Needs from the window: service, settings, runner, document, annotations, _colors, show_error,
    statusBar."""

    presentation: PresentationWindow | None = None
    comparison: ComparisonWindow | None = None
    workshop_dialog: WorkshopExportDialog | None = None

    def present(self) -> PresentationWindow | None:
        if self.document is None:
            self.show_error("Open a document to present it.")
            return None
        setup = PresentationSetup(sorted({t for a in self.annotations for t in a.tags}), self)
        if setup.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.start_presentation(*setup.choice())

    def start_presentation(self, chosen: DeckFilter = DeckFilter(), reveal: bool = False,
                           screen: QScreen | None = None, font_size: int = 26) -> PresentationWindow | None:
        if self.document is None:
            return None
        names = {e.id: e.name for e in self.service.entities()}
        deck = Deck(self.annotations, names, chosen, reveal)
        window = PresentationWindow(self.document.title, self.document.text, deck, self._colors(), font_size)
        window.closed.connect(self._presentation_closed)
        self.presentation = window
        window.show_on(screen)
        return window

    def _presentation_closed(self) -> None:
        window, self.presentation = self.presentation, None
        if window is not None and window.deck.current is not None:
            self.select_annotation(window.deck.current.id)  # carry on from where the room is

    def export_for_workshop(self) -> WorkshopExportDialog | None:
        """Workshop > Export…: the answer key, briefing pack or trainee bundle of the open document."""
        if self.document is None:
            self.show_error("Open the exercise's article to export its answer key, briefing pack or your bundle.")
            return None
        settings = self.settings
        trainer = settings.trainer if settings is not None else (
            "" if self.service.annotator_is_login else self.service.annotator)

        def remember(name: str) -> None:
            if settings is not None:
                settings.trainer = name

        dialog = WorkshopExportDialog(self.runner, self.document.id, self.document.title, trainer, self, remember)
        self.workshop_dialog = dialog
        dialog.open()
        return dialog

    def compare_exercise(self) -> None:
        key, _ = QFileDialog.getOpenFileName(self, "Answer key", str(Path.home()), "Dossier bundles (*.dossier)")
        if not key:
            return
        trainees, _ = QFileDialog.getOpenFileNames(self, "Trainees' bundles", str(Path(key).parent),
                                                   "Dossier bundles (*.dossier)")
        if trainees:
            self.show_comparison(key, trainees)

    def show_comparison(self, key: str | Path, trainees: Sequence[str | Path]) -> ComparisonWindow | None:
        try:
            report = self.service.compare_exercise(key, trainees)
        except DossierError as exc:
            self.show_error(exc.message)
            return None
        if self.comparison is None:
            self.comparison = ComparisonWindow(self)
            self.comparison.exportRequested.connect(lambda: self.export_exercise_report())
        self.comparison.set_report(report, self.service.exercise_texts(report), self.service.exercise_pages(report))
        self.comparison.show()
        self.comparison.raise_()
        return self.comparison

    def close_workshop_windows(self) -> None:
        """Called as the main window closes: the exercise window's page view owns a render thread."""
        if self.comparison is not None:
            self.comparison.page_view.close_document()

    def export_exercise_report(self, path: str | None = None) -> Path | None:
        window = self.comparison
        if window is None or window.report is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(window, "Export report", str(Path.home() / "exercise-report.html"),
                                                  "HTML (*.html);;Markdown (*.md);;JSON (*.json)")
            if not path:
                return None
        try:
            write_bytes_atomic(Path(path), self.service.exercise_report(window.report, report_format(path)))
        except DossierError as exc:
            QMessageBox.warning(window, "Export report", exc.message)
            return None
        except OSError as exc:
            QMessageBox.warning(window, "Export report", f"Cannot write {path}: {exc.strerror}.")
            return None
        self.statusBar().showMessage(f"Wrote {path}", 5000)
        return Path(path)
