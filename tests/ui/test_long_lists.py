"""Long lists (issue 17): the library dock filters as keys are typed and shows only matching documents,
hands the table its rows a batch at a time (scrolling fetches more; selecting a document further down
reaches it), keeps the selection while it matches and restores every row when the filter is cleared;
the entity index lists every entity with the right counts although its table fetches rows lazily."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotations.document import Document, DocumentMeta
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.ui.lazy_rows import BATCH
from reader.ui.mainwindow import MainWindow

TOPICS = ("harbour", "barrier", "council", "flood", "energy", "grid")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """A library of 300 short articles, built once for this module: "Harbour report 0", "Barrier report
    1", … (every sixth one a harbour story); the first 30 name "Person N" (N = its number % 10) and
    "Org N" (N % 3)."""
    folder = tmp_path_factory.mktemp("long-lists") / "library"
    library = Library.open(folder)
    library.index.catch_up = lambda: True  # type: ignore[method-assign]  # deferred: one catch-up at the end, below
    ids = []
    for n in range(300):
        topic = TOPICS[n % len(TOPICS)]
        text = f"{topic.capitalize()} report {n}\n\nPerson {n % 10} met the {topic} board of Org {n % 3} today."
        doc_id = hashlib.sha256(text.encode()).hexdigest()
        record, _ = library.add_document(Document(doc_id, "txt", f"/news/{topic}-{n}.txt", len(text), text,
                                                  DocumentMeta(title=f"{topic.capitalize()} report {n}")))
        ids.append(record.id)
        if n < 30:
            person, org = text.index("Person"), text.index("Org ")
            library.annotate_many(record.id, [AnnotationInput(Kind.ENTITY, person, person + 8, label="PERSON"),
                                              AnnotationInput(Kind.ENTITY, org, org + 5, label="ORG")])
    del library.index.catch_up  # the index catches up with the 300 adds at once (each add's own took ~0.06 s)
    assert library.index.catch_up() and not library.messages
    library.close()
    return folder, ids


@pytest.fixture
def library_dir(tmp_path: Path, template: tuple[Path, list[str]]) -> Path:
    """The window opens a copy of the template library."""
    shutil.copytree(template[0], tmp_path / "library")
    return tmp_path / "library"


def _shown_titles(window: MainWindow) -> list[str]:
    proxy = window.library_panel.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_library_filter_follows_each_key_typed(window: MainWindow, qtbot: QtBot,
                                              template: tuple[Path, list[str]]) -> None:
    ids = template[1]
    panel = window.library_panel
    assert panel.proxy.match_count() == 300
    assert panel.proxy.rowCount() == BATCH  # the table got a first batch, not 300 rows
    panel.select(ids[12])  # "Harbour report 12"
    qtbot.keyClicks(panel.filter, "harb")
    assert panel.proxy.match_count() == 50 and all(t.startswith("Harbour report") for t in _shown_titles(window))
    assert panel.current_id() == ids[12]  # still selected: it matches
    qtbot.keyClicks(panel.filter, "our report 1")  # "harbour report 1": 12, 18, 102, 108, … 198
    expected = sorted((f"Harbour report {n}" for n in range(0, 300, 6) if str(n).startswith("1")),
                      key=lambda t: int(t.rsplit(" ", 1)[1]))
    assert _shown_titles(window) == expected
    qtbot.keyClick(panel.filter, Qt.Key.Key_2)  # "harbour report 12": 12, 120, 126
    assert _shown_titles(window) == ["Harbour report 12", "Harbour report 120", "Harbour report 126"]
    assert panel.current_id() == ids[12]
    for _ in range(len("harbour report 12")):
        qtbot.keyClick(panel.filter, Qt.Key.Key_Backspace)
    assert panel.filter.text() == "" and panel.proxy.match_count() == 300
    assert panel.current_id() == ids[12]
    qtbot.keyClicks(panel.filter, "nothing like this")
    assert panel.proxy.rowCount() == 0 and panel.current_id() is None
    panel.filter.clear()
    qtbot.keyClicks(panel.filter, "FLOOD REPORT 29")  # any case
    assert _shown_titles(window) == ["Flood report 291", "Flood report 297"]


def test_library_rows_arrive_as_the_table_scrolls_and_sort_covers_them_all(
        window: MainWindow, qtbot: QtBot, template: tuple[Path, list[str]]) -> None:
    ids = template[1]
    panel = window.library_panel
    assert panel.proxy.rowCount() == BATCH
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 300)  # the view asked for the rest
    panel.filter.clear()
    panel.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # a click on "Title"
    titles = [r.title for r in panel.proxy.matching_rows()]
    assert titles[0] == "Harbour report 96" and titles[-1] == "Barrier report 1"  # the whole library sorted
    assert _shown_titles(window) == titles[:panel.proxy.rowCount()]
    window.open_document(ids[299])  # the last added: selected even if the table had not reached its row
    assert panel.current_id() == ids[299]


def test_entity_index_counts_every_entity_with_lazy_rows(window: MainWindow, qtbot: QtBot) -> None:
    index = window.entity_index.show()
    assert index.proxy.match_count() == 13  # Person 0-9 and Org 0-2
    rows = {r.name: r for r in index.model.rows()}
    assert (rows["Person 3"].mentions, rows["Person 3"].documents) == (3, 3)
    assert (rows["Org 0"].mentions, rows["Org 0"].documents) == (10, 10)
    shown = [index.proxy.index(r, 0).data() for r in range(index.proxy.rowCount())]
    assert shown[:3] == ["Org 0", "Org 1", "Org 2"]  # most mentioned first
    qtbot.keyClicks(index.filter, "person 1")
    assert [index.proxy.index(r, 0).data() for r in range(index.proxy.rowCount())] == ["Person 1"]
    assert index.proxy.index(0, 2).data() == 3  # its mentions column
    index.filter.clear()
    index.types.setCurrentIndex(index.types.findData("ORG"))
    assert index.proxy.match_count() == 3


def test_many_entities_arrive_in_batches(window: MainWindow, qtbot: QtBot) -> None:
    """More entities than a batch: the table holds one batch; choosing an entity far down fetches up to
    it and selects it."""
    library = window.service.library
    text = " ".join(f"Name{n:03d}" for n in range(BATCH + 50))
    record, _ = library.add_document(Document(hashlib.sha256(text.encode()).hexdigest(), "txt", "/n.txt",
                                              len(text), text, DocumentMeta(title="Names")))
    library.annotate_many(record.id, [AnnotationInput(Kind.ENTITY, text.index(f"Name{n:03d}"),
                                                     text.index(f"Name{n:03d}") + 7, label="PERSON")
                                      for n in range(BATCH + 50)])
    index = window.entity_index.show()
    assert index.proxy.match_count() == 13 + BATCH + 50 and index.proxy.rowCount() == BATCH  # + the template's
    last = next(r for r in index.model.rows() if r.name == f"Name{BATCH + 49:03d}")
    index.choose(last.id)
    assert index.table.currentIndex().data() == last.name
    assert index.profile is not None and index.profile.summary.entity.id == last.id
