"""The Workshop menu: present the open document (F5), compare trainees' bundles with an answer key,
export the agreement report, export an answer key, briefing pack or trainee bundle. A controller the
window composes: it holds the session, the runner, the settings and a parent for its windows."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QStatusBar, QWidget

from annotations.atomic import write_bytes_atomic
from annotations.errors import DossierError
from annotations.workshop.deck import Deck, DeckFilter
from annotations.workshop.exercise import ExerciseReport
from reader.services_workshop import PagedDiff, report_format
from reader.ui.clicker_keys import ClickerKeys
from reader.ui.comparison import ComparisonWindow
from reader.ui.exchange import with_ending
from reader.ui.ops import Job, Runner
from reader.ui.presentation import PresentationSetup, PresentationWindow
from reader.ui.session import DocumentSession
from reader.ui.settings import Settings
from reader.ui.workshop_dialogs import WorkshopExportDialog


REPORT_FILTERS = {"HTML (*.html)": ".html", "Markdown (*.md)": ".md", "JSON (*.json)": ".json"}
"""The exercise report's save dialog: each filter and the ending it gives a name typed without one."""


class WorkshopController(QObject):
    def __init__(self, session: DocumentSession, runner: Runner, settings: Settings | None, parent_widget: QWidget,
                 status_bar: QStatusBar, select: Callable[[str], None],
                 open_document: Callable[[str, str | None], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner, self.settings = session, runner, settings
        self.parent_widget, self.status_bar, self.select = parent_widget, status_bar, select
        self.open_document = open_document
        self.service = session.service
        self.presentation: PresentationWindow | None = None
        self._last_setup: tuple[DeckFilter, bool, QScreen | None, int, bool] | None = None
        """The last presentation's choices this session: the next F5 starts from them."""
        self.comparison: ComparisonWindow | None = None
        self.workshop_dialog: WorkshopExportDialog | None = None
        self._presented_id = ""
        self._clicker: ClickerKeys | None = None
        session.changesApplied.connect(self._renew_presentation)

    def show_error(self, message: str) -> None:
        self.session.failed.emit(message)

    def present(self) -> PresentationWindow | None:
        running = self.presentation
        if running is not None:  # F5 from the laptop while the room watches (a clicker's "start" key): the running
            running.raise_()  # presentation comes to the front; a second one opened over it, and the first, still
            running.activateWindow()  # on the projector, no longer followed the trainer's edits
            running.setFocus()
            self.status_bar.showMessage("Already presenting: the presentation is in front again (Esc there ends it).",
                                        10000)
            return running
        if self.session.document is None:
            self.show_error("Open a document to present it.")
            return None
        setup = PresentationSetup(self.session.tags(), self.parent_widget)
        if self._last_setup is not None:
            setup.restore(self._last_setup)
        if setup.exec() != QDialog.DialogCode.Accepted:
            return None
        self._last_setup = setup.choice()
        return self.start_presentation(*self._last_setup)

    def start_presentation(self, chosen: DeckFilter = DeckFilter(), reveal: bool = False,
                           screen: QScreen | None = None, font_size: int = 26,
                           show_notes: bool = False) -> PresentationWindow | None:
        document = self.session.document
        if document is None:
            return None
        names = {e.id: e.name for e in self.service.entities()}
        deck = Deck(self.session.annotations, names, chosen, reveal, notes=show_notes)
        window = PresentationWindow(document.title, document.text, deck, self.session.colors(), font_size,
                                    document.outline)
        window.closed.connect(self._presentation_closed)
        self._clicker = ClickerKeys(window)  # (PageDown/PageUp step the room's screen from any window)
        self.presentation, self._presented_id = window, document.id
        window.show_on(screen)
        return window

    def _renew_presentation(self, _changes: object) -> None:
        """The room sees what the library now says: an edit, an undo or a deletion made while presenting."""
        window = self.presentation
        if window is None:
            return
        record = self.service.live_document(self._presented_id)
        if record is None:  # removed (here, or by another window): the room
            window.deck.renew([], {})  # saw its text under "Nothing to present with this filter" (a tester, stop 56)
            window.close()
            self.status_bar.showMessage("The presented document was removed: the presentation ended.", 10000)
            return
        window.deck.renew(self.service.annotations(self._presented_id), {e.id: e.name for e in self.service.entities()})
        if record.title != window.title.full_text():  # (a title corrected in Properties stayed old on the projector)
            window.set_title(record.title)
        window.colors = self.session.colors()  # (File > Codebook… while presenting: the old colours stayed)
        window.render_deck()

    def _presentation_closed(self) -> None:
        window, self.presentation = self.presentation, None
        if self._clicker is not None:
            self._clicker.stop()
            self._clicker = None
        if window is not None and window.deck.current is not None:  # carry on from where the room is
            document = self.session.document
            if document is not None and document.id == self._presented_id:
                self.select(window.deck.current.id)
            else:  # the trainer opened the next article meanwhile: back to the presented one (the window stayed
                self.open_document(self._presented_id, window.deck.current.id)  # there, its selection cleared)

    def export_for_workshop(self) -> WorkshopExportDialog | None:
        """Workshop > Export…: the answer key, briefing pack or trainee bundle of the open document."""
        document = self.session.document
        if document is None:
            self.show_error("Open the exercise's article to export its answer key, briefing pack or your bundle.")
            return None
        settings = self.settings
        trainer = settings.trainer if settings is not None else (
            "" if self.service.annotator_is_login else self.service.annotator)

        def remember(name: str) -> None:
            if settings is not None:
                settings.trainer = name

        dialog = WorkshopExportDialog(self.runner, document.id, document.title, trainer, self.parent_widget, remember)
        self.workshop_dialog = dialog
        dialog.open()
        return dialog

    def compare_exercise(self) -> None:
        key, _ = QFileDialog.getOpenFileName(self.parent_widget, "Answer key", str(Path.home()), "Dossier bundles (*.dossier)")
        if not key:
            return
        trainees, _ = QFileDialog.getOpenFileNames(self.parent_widget, "Trainees' bundles", str(Path(key).parent),
                                                   "Dossier bundles (*.dossier)")
        if trainees:
            self.show_comparison(key, trainees)

    def show_comparison(self, key: str | Path, trainees: Sequence[str | Path]) -> ComparisonWindow | None:
        """Compare the trainees with the key off the window's thread (a class of 3 x 1,000 marks takes ~1.5 s, the
        page areas of a PDF exercise come from PyMuPDF, which the worker owns), then show the exercise window.
        Returns it when the runner ran the job at once (tests, scripts); else it shows when the job is done."""
        def compare(job: Job) -> tuple[ExerciseReport, dict[str, str], dict[str, PagedDiff]]:
            report = job.service.compare_exercise(key, trainees)
            return report, job.service.exercise_texts(report), job.service.exercise_pages(report)

        shown: list[ComparisonWindow] = []
        self.runner.run_op(compare, lambda result: shown.append(self._show_report(*result)),
                           "Comparing the trainees with the answer key")
        return shown[0] if shown else None

    def _show_report(self, report: ExerciseReport, texts: dict[str, str], pages: dict[str, PagedDiff]
                     ) -> ComparisonWindow:
        if self.comparison is None:
            self.comparison = ComparisonWindow(self.parent_widget)
            self.comparison.exportRequested.connect(lambda: self.export_exercise_report())
        self.comparison.set_report(report, texts, pages)
        self.comparison.show()
        self.comparison.raise_()
        return self.comparison

    def close_windows(self) -> None:
        """Called as the main window closes: the exercise window's page view owns a render thread."""
        if self.comparison is not None:
            self.comparison.page_view.close_document()

    def export_exercise_report(self, path: str | None = None) -> Path | None:
        window = self.comparison
        if window is None or window.report is None:
            return None
        if path is None:
            path, chosen = QFileDialog.getSaveFileName(window, "Export report",
                                                       str(Path.home() / "exercise-report.html"),
                                                       ";;".join(REPORT_FILTERS))
            # a name typed without an ending gets the chosen format's ("Gruppe A" was refused as no report format)
            path = with_ending(window, path, REPORT_FILTERS.get(chosen, ".html")) if path else None
            if not path:
                return None
        try:
            self.service.check_output_target(path)
            write_bytes_atomic(Path(path), self.service.exercise_report(window.report, report_format(path)))
        except DossierError as exc:
            QMessageBox.warning(window, "Export report", exc.message)
            return None
        except OSError as exc:
            QMessageBox.warning(window, "Export report", f"Cannot write {path}: {exc.strerror}.")
            return None
        self.status_bar.showMessage(f"Wrote {path}", 5000)
        return Path(path)
