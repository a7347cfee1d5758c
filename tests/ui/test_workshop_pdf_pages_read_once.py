"""The exercise window reads each page of a compared PDF once, not once per mark: three trainees of about 430 marks
each on a four-page report held the window frozen for 10 s after Workshop > Compare…, every key and trainee span
extracting its page's text layer again. Counted by the page extractions, not by the clock; the places drawn are the
same as each span's own."""
from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest

from annotations.bundle import write_bundle
from annotations.codebook import default_codebook
from annotations.model import Annotation, Entity, Kind, Target
from reader.document import mupdf
from reader.ui.mainwindow import MainWindow
from tests.helpers import make_pdf

PAGES = [[f"Minister Anna Berg met Mayor Olof Lind in Kessling on day {n} of the talks." for n in range(p, p + 20)]
         for p in (0, 20)]


def test_each_page_is_read_once_for_the_whole_diff(window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = make_pdf(tmp_path / "talks.pdf", PAGES)
    added = window.service.add_file(pdf)
    assert added.record is not None
    record = added.record
    names = [m.start() for m in re.finditer(r"\b[A-Z][a-z]+\b", record.text)]
    assert len(names) > 150
    key_marks, ana_marks = [], []
    for n, start in enumerate(names):
        word = record.text[start:record.text.index(" ", start)]
        key_marks.append((start, word))
        if n % 3:
            ana_marks.append((start, word))
    key = _spans(tmp_path / "key.dossier", "Trainer", record.text, record.id, key_marks, True)
    ana = _spans(tmp_path / "ana.dossier", "Ana", record.text, record.id, ana_marks, False)
    read: list[int] = []
    boxes = mupdf.char_boxes
    monkeypatch.setattr(mupdf, "char_boxes", lambda page, text: (read.append(page.number), boxes(page, text))[1])
    report = window.service.compare_exercise(key, [ana])
    pages = window.service.exercise_pages(report)
    assert sorted(read) == [0, 1]  # was one per span: 230
    monkeypatch.setattr(mupdf, "char_boxes", boxes)
    (diff,) = pages.values()
    for (start, end), areas in list(diff.areas.items())[::17]:
        assert areas and areas == window.service.areas_for(record, start, end)


def _spans(path: Path, who: str, text: str, doc_id: str, marks: list[tuple[int, str]], answer_key: bool) -> Path:
    """A bundle of PERSON mentions given by place (the same word occurs many times)."""
    annotations, entities = [], []
    for start, word in marks:
        entity = Entity(id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{who}/{word}")), name=word, type="PERSON")
        entities.append(entity)
        annotations.append(Annotation(id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{who}/{start}")), document_id=doc_id,
                                      kind=Kind.ENTITY, target=Target(start, start + len(word), word), label="PERSON",
                                      entity_id=entity.id, created="2026-12-01T08:00:00Z",
                                      modified="2026-12-01T08:00:00Z"))
    unique = list({e.id: e for e in entities}.values())
    path.write_bytes(write_bundle(annotations, unique, [], default_codebook(), who, answer_key=answer_key))
    return path
