"""The Entity index window: every entity across documents, a profile with mentions by document, claims
by and about, the co-occurrence picture; split from the window is one undo step; a mention opens."""
from __future__ import annotations

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.ui.entity_index import ID_ROLE
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES


def _fill(win: MainWindow) -> tuple[str, str]:
    ids = []
    for name in ("harbour_council.txt", "field_notes.md"):
        record = win.service.add_file(SAMPLES / name).record
        assert record is not None
        ids.append(record.id)
    harbour, notes = ids
    for doc, quote, entity in ((harbour, "Tomas Ek", None), (harbour, "Marta Lindqvist", None),
                               (notes, "Jonas Albrecht", "Tomas Ek")):  # the last one is wrongly merged
        s, e = find_quote(win.service.document(doc).text, quote)
        win.service.annotate(doc, AnnotationInput(Kind.ENTITY, s, e, label="PERSON", entity_name=entity))
    s, e = find_quote(win.service.document(harbour).text, "Nobody has shown us")
    win.service.annotate(harbour, AnnotationInput(Kind.CLAIM, s, e, speaker_name="Tomas Ek"))
    win.refresh_library()
    return harbour, notes


def test_profile_split_and_open(window: MainWindow) -> None:
    harbour, notes = _fill(window)
    index = window.entity_index.show()
    rows = {r.name: r for r in index.model.rows()}
    assert (rows["Tomas Ek"].mentions, rows["Tomas Ek"].documents, rows["Tomas Ek"].claims_by) == (2, 2, 1)
    index.choose(rows["Tomas Ek"].id)
    assert index.profile is not None and index.profile.summary.entity.name == "Tomas Ek"
    assert index.mentions.topLevelItemCount() == 2 and index.claims_by.topLevelItemCount() == 1
    assert index.graph.node_names() == ["Marta Lindqvist"]
    wrong = None
    for i in range(index.mentions.topLevelItemCount()):
        item = index.mentions.topLevelItem(i)
        if item.text(0).startswith(window.service.document(notes).title):
            wrong = item
    assert wrong is not None
    wrong.child(0).setSelected(True)
    ids = index.selected_mention_ids()
    assert len(ids) == 1
    index.splitRequested.emit(rows["Tomas Ek"].id, ids, "Jonas Albrecht")
    rows = {r.name: r for r in index.model.rows()}
    assert rows["Tomas Ek"].mentions == 1 and rows["Jonas Albrecht"].mentions == 1
    assert index.profile is not None and index.profile.summary.mentions == 1  # the profile refreshed
    assert window.service.undo_label() == "Split “Jonas Albrecht” from “Tomas Ek”"
    window.undo()
    assert {r.name: r.mentions for r in index.model.rows()}["Tomas Ek"] == 2
    mention = index.mentions.topLevelItem(0).child(0)
    index._open_item(mention, 0)
    assert window.document is not None and window.inspector.annotation_id() == mention.data(0, ID_ROLE)[1]


def test_type_filter_and_text_filter(window: MainWindow) -> None:
    _fill(window)
    index = window.entity_index.show()
    assert index.proxy.rowCount() == 2  # Tomas Ek (with the wrongly merged mention) and Marta Lindqvist
    index.types.setCurrentIndex(index.types.findData("PERSON"))
    index.filter.setText("marta")
    assert index.proxy.rowCount() == 1
