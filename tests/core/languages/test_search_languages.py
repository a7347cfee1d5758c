"""Search in the language of each document: stemmed per language, Ukrainian and Arabic folded, one query
for every language (a query does not know a document's language)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.analysis import analyzer, fold
from annotations.doc_properties import DocumentProperties
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document.loader import load_document
from tests.conftest import SAMPLES

SAMPLE_FILES = {"uk": "uk_energy_agreement.txt", "ru": "ru_baltic_reserve.txt", "ar": "ar_gas_contract.txt",
                "fr": "fr_energy_ministers.txt", "de": "de_plant_repair.txt", "en": "harbour_council.txt"}


def _fill(library: Library) -> tuple[Library, dict[str, str]]:
    ids = {}
    for lang, name in SAMPLE_FILES.items():
        record, _ = library.add_document(load_document(SAMPLES / name), SAMPLES / name)
        ids[lang] = record.id
    return library, ids


@pytest.fixture
def multilingual(library: Library) -> tuple[Library, dict[str, str]]:
    """A library of the six samples that a test may change."""
    return _fill(library)


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, dict[str, str]]]:
    """The same library, shared by the tests that only search it."""
    library = Library.open(tmp_path_factory.mktemp("multilingual"))
    try:
        yield _fill(library)
    finally:
        library.close()


def _found(library: Library, query: str, scope: str = "documents") -> set[str]:
    return {h.document_id for h in library.search(query, scope=scope, limit=50).hits}


@pytest.mark.parametrize(("lang", "query"), [
    ("ru", "поставка"), ("ru", "министра"), ("ru", "электростанция"), ("ru", "мощностью"),
    ("de", "Kraftwerke"), ("de", "Reparaturen"), ("de", "Reparatur"), ("de", "Kraftwerkes"),
    ("fr", "ministres"), ("fr", "énergies"), ("fr", "energie"), ("fr", "réseau"), ("fr", "garantir"),
    ("uk", "угодою"), ("uk", "міністерки"), ("uk", "поставкам"),
    ("ar", "طاقة"), ("ar", "العقد"), ("ar", "المحطة"), ("ar", "شحنة"), ("ar", "حكومة"),
])
def test_an_inflected_form_finds_the_document_in_its_language(searched: tuple[Library, dict[str, str]],
                                                             lang: str, query: str) -> None:
    library, ids = searched
    assert ids[lang] in _found(library, query)


@pytest.mark.parametrize("query", ["п'ятницю", "п’ятницю", "пʼятницю", "пятницю", "обʼєкти", "об'єкти", "об’єкти"])
def test_ukrainian_apostrophes_are_one_letter_whichever_is_typed(searched: tuple[Library, dict[str, str]],
                                                                query: str) -> None:
    library, ids = searched
    assert ids["uk"] in _found(library, query)


def test_ukrainian_g_with_upturn_is_found_typed_as_h(searched: tuple[Library, dict[str, str]]) -> None:
    library, ids = searched
    assert ids["uk"] in _found(library, "грунтовного") & _found(library, "ґрунтовний")


@pytest.mark.parametrize("query", ["عقدا", "عَقْداً", "الطاقة", "الطـاقة", "وأكدت", "واكدت", "اوستكرافت"])
def test_arabic_diacritics_tatweel_and_alef_forms_are_folded(searched: tuple[Library, dict[str, str]],
                                                            query: str) -> None:
    library, ids = searched
    assert ids["ar"] in _found(library, query)


def test_the_snippet_marks_the_inflected_word(searched: tuple[Library, dict[str, str]]) -> None:
    library, ids = searched
    text_for = {i: library.document(i).text for i in ids.values()}.__getitem__
    hit = library.index.search("Reparatur", scope="documents", text_for=text_for).hits[0]
    assert "<b>Reparaturen</b>" in hit.snippet and "<b>Reparatur</b>" in hit.snippet
    hit = library.index.search("пятниця", scope="documents", text_for=text_for).hits[0]
    assert "<b>п’ятницю</b>" in hit.snippet


def test_annotations_are_found_by_an_inflected_form_in_their_document_language(
        multilingual: tuple[Library, dict[str, str]]) -> None:
    library, ids = multilingual
    text = library.document(ids["ru"]).text
    start = text.index("ремонт турбины")
    annotation, _ = library.annotate(ids["ru"], AnnotationInput(Kind.CLAIM, start, start + len("ремонт турбины идёт по графику"),
                                                                note="проверить сроки ремонта"))
    found = library.search("ремонты турбин", scope="annotations")
    assert [h.annotation_id for h in found.hits] == [annotation.id]
    assert library.search("сроков", scope="annotations").total == 1  # the note, stemmed as Russian too


def test_english_results_are_the_same_with_other_languages_in_the_library(
        library: Library, tmp_path: Path) -> None:
    english = SAMPLES / "harbour_council.txt"
    record, _ = library.add_document(load_document(english), english)
    queries = ["barrier", "barriers", "council votes", "Zielinski", "fishing AND cooperative", "\"flood barrier\""]
    before = {q: [(h.document_id, h.snippet) for h in library.search(q, scope="all").hits] for q in queries}
    for name in SAMPLE_FILES.values():
        if name != english.name:
            library.add_document(load_document(SAMPLES / name), SAMPLES / name)
    after = {q: [(h.document_id, h.snippet) for h in library.search(q, scope="all").hits
                 if h.document_id == record.id] for q in queries}
    assert after == before


def test_setting_a_document_language_reindexes_it_with_that_language(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Reparaturen\n", encoding="utf-8")  # too short to detect: stored as unknown
    record, _ = library.add_document(load_document(path), path)
    assert record.language == ""
    assert library.search("Reparatur", scope="documents").total == 0
    library.set_document_properties(record.id, DocumentProperties(language="de"))
    assert library.search("Reparatur", scope="documents").total == 1
    library.undo()
    assert library.search("Reparatur", scope="documents").total == 0


def test_arabic_shaped_in_a_pdf_text_layer_is_found_by_plain_letters(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "shaped.txt"  # what a PDF's text layer often gives: presentation forms, not letters
    path.write_text("ﻭﻗّﻌﺖ ﺷﺮﻛﺔ ﺃﻭﺳﺘﻜﺮﺍﻓﺖ ﻳﻮﻡ ﺍﻷﺣﺪ ﻓﻲ ﺍﻟﺪﻭﺣﺔ ﻋﻘﺪﺍً ﻻﺳﺘﻴﺮﺍﺩ ﺷﺤﻨﺎﺕ ﻣﻦ ﺍﻟﻐﺎﺯ ﺍﻟﻄﺒﻴﻌﻲ ﺍﻟﻤﺴﺎﻝ.\n",
                    encoding="utf-8")
    record, _ = library.add_document(load_document(path), path)
    if record.language != "ar":
        library.set_document_properties(record.id, DocumentProperties(language="ar"))
    assert library.search("شركة", scope="documents").total == 1
    assert library.search("الشركات", scope="documents").total == 1


def test_an_index_of_the_previous_schema_is_rebuilt_with_language_fields(
        multilingual: tuple[Library, dict[str, str]], library_dir: Path) -> None:
    library, ids = multilingual
    library.close()
    stamp = library_dir / "index" / "dossier-stamp.json"
    stamp.write_text(json.dumps({**json.loads(stamp.read_text()), "schema": 8}), encoding="utf-8")
    reopened = Library.open(library_dir)
    try:
        assert any("another version of Dossier" in m for m in reopened.messages)
        assert ids["de"] in _found(reopened, "Kraftwerke")
    finally:
        reopened.close()


@pytest.mark.parametrize(("lang", "words", "same"), [
    ("es", ("ministros", "ministro"), True), ("it", ("ministri", "ministro"), True),
    ("pt", ("ministros", "ministro"), True), ("pl", ("ministrowie", "ministrów"), True),
    ("uk", ("Києві", "Києва"), True), ("uk", ("заявила", "заявив"), True), ("uk", ("угода", "угоди"), True),
    ("uk", ("угода", "уряд"), False), ("ar", ("الشحنة", "شحنة"), True), ("ar", ("الحكومة", "حكومة"), True),
    ("ru", ("Киеве", "Киева"), True), ("ru", ("министра", "министром"), True), ("de", ("Kraftwerks", "Kraftwerke"), True),
])
def test_stemmers_per_language(lang: str, words: tuple[str, str], same: bool) -> None:
    analyse = analyzer(lang)
    first, second = ([t.text for t in analyse(w)] for w in words)
    assert (first == second) is same, (first, second)


@pytest.mark.parametrize(("word", "folded"), [
    ("п’ятниця", "пятниця"), ("пʼятниця", "пятниця"), ("п'ятниця", "пятниця"), ("ґанок", "ганок"),
    ("ёлка", "елка"), ("Zieliński".lower(), "zielinski"), ("l'énergie", "energie"), ("dell'europa", "europa"),
    ("aujourd'hui", "aujourdhui"), ("عَقْداً", "عقدا"), ("الطـــاقة", "الطاقة"), ("أإآ", "ااا"), ("مستشفى", "مستشفي"),
    ("שָׁלוֹם", "שלום"), ("й", "й"), ("ї", "ї"), ("straße", "strasse"),
    ("ﺷﺮﻛﺔ", "شركة"), ("ﺃﻭﺳﺘﻜﺮﺍﻓﺖ", "اوستكرافت"),  # presentation forms from a PDF's text layer
])
def test_fold(word: str, folded: str) -> None:
    assert fold(word) == folded
