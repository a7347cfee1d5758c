"""What the main window's action mixins use of the window, declared for the type checker only.

Each mixin (`AnnotationActions`, `LibraryActions`, ...) derives from `WindowParts` when type checking and
from `object` at run time, so mypy checks every `self.…` a mixin uses against this one list, which
`MainWindow` provides. An interim contract: the next step is small controllers around an explicit
document session instead of mixins sharing the window's attributes."""
# mypy: disable-error-code="empty-body"
# (the methods below are declarations: MainWindow or another mixin defines each of them)
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMainWindow, QMenu, QStackedWidget, QTreeWidget

from annotations.changes import Changes
from annotations.model import Annotation, DocumentRecord, Kind
from reader.services import ReaderService
from reader.ui.entities_panel import EntitiesPanel
from reader.ui.index_status import IndexStatus
from reader.ui.inspector import Inspector
from reader.ui.library_panel import LibraryPanel
from reader.ui.library_watch import LibraryWatch
from reader.ui.ops import Runner
from reader.ui.page_view import PageView
from reader.ui.search_panel import SearchPanel
from reader.ui.session import DocumentSession
from reader.ui.settings import Settings
from reader.ui.suggestions_panel import SuggestionsPanel
from reader.ui.tasks import AddFilesTask
from reader.ui.text_view import TextView


class WindowParts(QMainWindow):
    service: ReaderService
    settings: Settings | None
    runner: Runner
    session: DocumentSession

    @property
    def document(self) -> DocumentRecord | None: ...
    @property
    def annotations(self) -> list[Annotation]: ...
    text_view: TextView
    page_view: PageView
    stack: QStackedWidget
    inspector: Inspector
    docks: dict[str, QDockWidget]
    library_panel: LibraryPanel
    search_panel: SearchPanel
    suggestions_panel: SuggestionsPanel
    entities_panel: EntitiesPanel
    outline: QTreeWidget
    find_box: QLineEdit
    recent_menu: QMenu
    index_status: IndexStatus
    watch: LibraryWatch
    filesAdded: SignalInstance  # noqa: N815 - a Qt signal
    _task: AddFilesTask | None

    def show_error(self, message: str) -> None: ...
    def _applied(self, changes: Changes) -> None: ...
    def _run(self, operation: Callable[[], Changes]) -> None: ...
    def _colors(self) -> dict[str, str]: ...
    def _update_undo_actions(self) -> None: ...
    def open_document(self, document_id: str, annotation_id: str | None = None) -> None: ...
    def select_annotation(self, annotation_id: str | None, scroll: bool = True) -> None: ...
    def refresh_library(self) -> None: ...
    def refresh_annotations(self) -> None: ...
    def check_external_changes(self) -> bool: ...
