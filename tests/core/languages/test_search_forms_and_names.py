"""Search as a user runs it (add documents, annotate, search) on the forms a tester found missed or joined:
Arabic words with and without the article or the conjunction و, feminine and plural endings; Latin surnames
that are other people's (Petrova is not Petrov in English text); Arabic spellings of a name met by its
Latin and Cyrillic ones; a word with an inner apostrophe marked whole in a snippet."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations import search
from annotations.doc_properties import DocumentProperties
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document.loader import load_document
from tests.conftest import SAMPLES

ARABIC = ("اجتماع الوزير في الدوحة\n\n"
          "قال الوزير إن الشركة ستبني محطات جديدة والطاقة الشمسية مهمة للبلاد. وأكد الوزير أن العقد الأوكراني "
          "قد وقع أمس في الدوحة مع الحكومة، وأن الاتفاقيات الجديدة ستدخل حيز التنفيذ قريبا.\n")
"""Our own sentences (the tester's repro): الوزير, والطاقة, محطات, الأوكراني, الاتفاقيات."""


def _add(library: Library, tmp_path: Path, name: str, text: str, language: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    record, _ = library.add_document(load_document(path), path)
    if record.language != language:
        library.set_document_properties(record.id, DocumentProperties(language=language))
    return record.id


def _documents(library: Library, query: str) -> set[str]:
    return {h.document_id for h in library.search(query, scope="documents", limit=50).hits}


@pytest.mark.parametrize("query", ["وزير", "الوزير", "طاقة", "الطاقة", "والطاقة", "أوكراني", "الأوكراني",
                                   "محطة", "المحطة", "محطات", "اتفاقية", "الاتفاقية", "وزيرة"])
def test_common_arabic_forms_find_each_other(library: Library, tmp_path: Path, query: str) -> None:
    doc = _add(library, tmp_path, "ar.txt", ARABIC, "ar")
    assert _documents(library, query) == {doc}


def test_a_word_starting_with_waw_is_not_another_word(library: Library, tmp_path: Path) -> None:
    """وزير "minister" keeps its و: it is not زير, nor وزر "burden"; "and"+word is still found by the word."""
    doc = _add(library, tmp_path, "ar.txt", ARABIC, "ar")
    assert _documents(library, "وزر") == set()
    assert _documents(library, "زير") == set()
    assert _documents(library, "أكد") == {doc}  # the text has وأكد, "and he confirmed"
    hits = library.search("وزير", scope="documents").hits
    assert "<b>الوزير</b>" in hits[0].snippet
    ministry = _add(library, tmp_path, "ministry.txt", "بيان وزارة الطاقة\n\nأعلنت وزارة الطاقة أمس أن الشحنة "
                    "الأولى من الغاز وصلت إلى الميناء، وأن العقد الجديد يغطي عشر سنوات.\n", "ar")
    assert _documents(library, "الوزارة") == {ministry}
    assert _documents(library, "زار") == set()  # "visited" is not وزارة "ministry" without its و


def _mark(library: Library, doc_id: str, quote: str, entity: str) -> str:
    start = library.document(doc_id).text.index(quote)
    annotation, _ = library.annotate(doc_id, AnnotationInput(Kind.ENTITY, start, start + len(quote),
                                                             label="PERSON", entity_name=entity))
    return annotation.id


ENGLISH = ("Two officials\n\nIvan Petrov, the deputy minister, said the pipeline would reopen. Anna Petrova, "
           "a lawyer in Riga, disagreed. Olena Zelenska visited a school, and Volodymyr Zelenskyy met the mayor. "
           "Maria Meloni spoke too, and Anna Rate kept the minutes.\n")

PEOPLE = ("Ivan Petrov", "Anna Petrova", "Olena Zelenska", "Volodymyr Zelenskyy", "Maria Meloni", "Anna Rate")


@pytest.fixture
def english(library: Library, tmp_path: Path) -> dict[str, str]:
    """The English samples and a text of ours naming people whose surnames are close, each annotated."""
    for name in ("harbour_council.txt", "grid_shortfall.html", "field_notes.md"):
        library.add_document(load_document(SAMPLES / name), SAMPLES / name)
    doc = _add(library, tmp_path, "officials.txt", ENGLISH, "en")
    return {person: _mark(library, doc, person, person) for person in PEOPLE}


@pytest.mark.parametrize(("query", "person"), [
    ("Petrova", "Anna Petrova"), ("Petrov", "Ivan Petrov"), ("Zelenska", "Olena Zelenska"),
    ("Zelenskyy", "Volodymyr Zelenskyy"), ("Meloni", "Maria Meloni"), ("Melon", None),
])
def test_a_latin_surname_does_not_find_another_latin_surname(library: Library, english: dict[str, str],
                                                             query: str, person: str | None) -> None:
    found = {h.annotation_id for h in library.search(query).hits}
    assert found == ({english[person]} if person else set())


QUERY_MIX = ["zakharova", "barrier", "peace plan", "speaker:brandt", "minister warned", "type:org nordgrid",
             "Petrova", "Zelenska", "Melon", "rate", "route", "Zielinski", "Brandt", "Ek", "harbour"]
"""The plain-word queries of bench/store_index.py's QUERIES, and surnames close to the annotated ones."""


def test_english_queries_find_only_what_their_words_find(library: Library, english: dict[str, str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Names across scripts add no hit to an English library: every query of the mix finds the same with
    the other-spellings lookup switched off (no key, no consonant skeleton joins two English names)."""
    widened = {q: [(h.annotation_id, h.document_id) for h in library.search(q, scope="all", limit=50).hits]
               for q in QUERY_MIX}
    monkeypatch.setattr(search, "_name_spellings", lambda searcher: {})
    plain = {q: [(h.annotation_id, h.document_id) for h in library.search(q, scope="all", limit=50).hits]
             for q in QUERY_MIX}
    assert widened == plain


def test_a_cyrillic_feminine_surname_is_not_the_masculine_one(library: Library, english: dict[str, str]) -> None:
    for query in ("Зеленська", "Зеленської", "Зеленською"):
        assert {h.annotation_id for h in library.search(query).hits} == {english["Olena Zelenska"]}, query
    for query in ("Зеленський", "Зеленського"):
        assert {h.annotation_id for h in library.search(query).hits} == {english["Volodymyr Zelenskyy"]}, query


ARABIC_NAMES = ("زيلينسكي يوقع اتفاقية الطاقة\n\n"
                "قال الرئيس فولوديمير زيلينسكي إن الاتفاقية مهمة، وقالت المديرة صوفيا راوتيو إن الشحنة "
                "الأولى ستصل في الربيع.\n")


def test_arabic_spellings_of_a_name_meet_latin_and_cyrillic_ones(library: Library, tmp_path: Path) -> None:
    english = _add(library, tmp_path, "en.txt", "Visit to Lviv\n\nVolodymyr Zelenskyy met Sofia Rautio in Lviv "
                   "on Monday to discuss the new gas contract and the spring delivery.\n", "en")
    arabic = _add(library, tmp_path, "ar.txt", ARABIC_NAMES, "ar")
    zelenskyy = _mark(library, english, "Volodymyr Zelenskyy", "Volodymyr Zelenskyy")
    rautio = _mark(library, english, "Sofia Rautio", "Sofia Rautio")
    zelenskyy_ar = _mark(library, arabic, "فولوديمير زيلينسكي", "فولوديمير زيلينسكي")
    rautio_ar = _mark(library, arabic, "صوفيا راوتيو", "صوفيا راوتيو")
    for query, expected in (("Rautio", {rautio, rautio_ar}), ("راوتيو", {rautio, rautio_ar}),
                            ("Zelenskyy", {zelenskyy, zelenskyy_ar}), ("زيلينسكي", {zelenskyy, zelenskyy_ar}),
                            ("Зеленський", {zelenskyy, zelenskyy_ar}), ("rate", set())):
        assert {h.annotation_id for h in library.search(query).hits} == expected, query


def test_a_word_with_an_apostrophe_is_marked_whole_in_an_english_document(library: Library,
                                                                           tmp_path: Path) -> None:
    doc = _add(library, tmp_path, "en.txt", "Energy talks\n\nThe minister Мар’яна Петренко said on Friday that "
               "prices would fall; her deputy Mar’yana Koval disagreed with the estimate.\n", "en")
    _mark(library, doc, "Мар’яна Петренко", "Мар’яна Петренко")
    for query in ("Мар’яна", "Мар'яна"):
        for hit in library.search(query, scope="all").hits:
            assert "<b>Мар’яна</b>" in hit.snippet, hit.snippet
    assert "<b>Mar’yana</b>" in library.search("Mar'yana", scope="documents").hits[0].snippet


def test_did_you_mean_offers_a_word_of_the_text_not_a_stem(library: Library, tmp_path: Path) -> None:
    _add(library, tmp_path, "ar.txt", ARABIC, "ar")
    result = library.search("الأوكرابي", scope="documents")  # a typo of الأوكراني ("the Ukrainian")
    assert result.total == 0
    assert result.suggestion == "الأوكراني"  # as written in the text
    result = library.search("أوكرانب", scope="documents")  # no word of the text is that close
    assert result.total == 0
    assert result.suggestion is None  # not the Arabic field's stem اوكران, which is no word
