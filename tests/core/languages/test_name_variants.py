"""One name in look-alike spellings (break18 bugs 15, 16): invisible direction marks never enter a name or a
title, and a name differing from an entity's only by apostrophe form, ё/е or marks reuses that entity."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from annotations.doc_properties import DocumentProperties
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.name_variants import APOSTROPHES, clean_name, name_key, trim_span
from reader.document.loader import load_document

RLM, LRI, PDI = "\u200f", "\u2066", "\u2069"


def _add(library: Library, tmp_path: Path, text: str, name: str = "doc.txt") -> tuple[str, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    record, _ = library.add_document(load_document(path), path)
    return record.id, library.document(record.id).text


def _mention(library: Library, doc: str, text: str, quote: str, label: str = "PERSON") -> str:
    start = text.index(quote)
    a, _ = library.annotate(doc, AnnotationInput(Kind.ENTITY, start, start + len(quote), label=label))
    assert a.entity_id
    return a.entity_id


def test_marks_are_cleaned_from_names() -> None:
    assert clean_name(f"{RLM} فولوديمير{RLM} زيلينسكي") == "فولوديمير زيلينسكي"
    assert clean_name(f"{LRI}Nordgrid{PDI}\u200b") == "Nordgrid"
    assert clean_name("می\u200cخواهم") == "می\u200cخواهم"  # a Persian ZWNJ inside a word stays
    assert trim_span(f"{RLM}قال{RLM} ", 0, 5) == (1, 4)


@given(st.text(alphabet="Мар’яна'ʼё Ёлкин\u200f", max_size=20))
def test_the_key_ignores_what_it_says_and_nothing_else(name: str) -> None:
    key = name_key(name)
    assert name_key(key) == key and not any(c in key for c in "ёЁ\u200f’ʼ")


def test_a_name_typed_with_a_mark_inside_is_stored_without_it_and_reused(library: Library, tmp_path: Path) -> None:
    doc, text = _add(library, tmp_path, f"قال الرئيس فولوديمير{RLM} زيلينسكي إن الاتفاق سيوقع. "
                                        "وأكد فولوديمير زيلينسكي أن العقد جيد.")
    first = _mention(library, doc, text, f"فولوديمير{RLM} زيلينسكي")
    assert library.store.entity(first).name == "فولوديمير زيلينسكي"  # type: ignore[union-attr]
    assert _mention(library, doc, text, "فولوديمير زيلينسكي") == first


@pytest.mark.parametrize(("one", "other"), [
    ("Мар’яна Петренко", "Мар'яна Петренко"), ("Мар'яна Петренко", "Марʼяна Петренко"),
    ("Ёлкин", "Елкин"), ("Фёдор Ёлкин", "Федор Елкин"), ("Sean O’Neil", "Sean O'Neil"),
])
def test_apostrophe_and_yo_variants_are_one_entity(library: Library, tmp_path: Path, one: str, other: str) -> None:
    doc, text = _add(library, tmp_path, f"Вчера {one} сказал, что всё хорошо. Позже {other} добавил, что нет.")
    first = _mention(library, doc, text, one)
    assert _mention(library, doc, text, other) == first
    speaker = text.index("всё хорошо")
    claim, _ = library.annotate(doc, AnnotationInput(Kind.CLAIM, speaker, speaker + 10, speaker_name=other))
    assert claim.claim is not None and claim.claim.speaker_id == first
    assert len([e for e in library.store.entities() if not e.deleted]) == 1


def test_different_names_stay_different(library: Library, tmp_path: Path) -> None:
    doc, text = _add(library, tmp_path, "Олена Петренко і Олеся Петренко, а також Петров і Петрова.")
    ids = {_mention(library, doc, text, q) for q in ("Олена Петренко", "Олеся Петренко", "Петров ", "Петрова")}
    assert len(ids) == 4
    assert set(APOSTROPHES) >= {"'", "’", "ʼ"}


def test_suggestions_and_titles_carry_no_marks(library: Library, tmp_path: Path) -> None:
    from annotations.assist import accept, suggest

    doc, text = _add(library, tmp_path, f"{RLM}قال الرئيس{RLM} فولوديمير{RLM} زيلينسكي إن الاتفاق سيوقع.{RLM}\n"
                                        "وقالت صوفيا راوتيو إن العقد جيد.", "rlm.txt")
    assert RLM not in library.document(doc, with_text=False).title
    library.set_document_properties(doc, DocumentProperties(language="ar"))
    found = suggest(library, doc)
    assert found and all(RLM not in (s.speaker or "") + (s.name or "") for s in found)
    assert all(text[s.start] != RLM and text[s.end - 1] != RLM for s in found)
    claims = [s for s in found if s.kind == "claim" and s.speaker and "زيلينسكي" in s.speaker]
    assert claims
    accept(library, doc, claims)
    assert {e.name for e in library.store.entities()} >= {"فولوديمير زيلينسكي"}
    assert not any(RLM in e.name for e in library.store.entities())
