"""Entity suggestions in Ukrainian, Russian, French, German and Arabic: places and organisations of each
language's gazetteer in their case forms, people, dates and quantities, and what the English patterns get
wrong in German. Sentences written for these tests."""
from __future__ import annotations

import pytest

from annotations import assist
from annotations.library import Library
from annotations.suggest.entities import suggest_entities
from annotations.suggest.entities_languages import suggest_entities_in_language, veto_for_language
from annotations.suggest.gazetteer_languages import find_places
from reader.document.loader import load_document
from tests.conftest import SAMPLES


def _places(lang: str, text: str) -> set[tuple[str, str, str]]:
    return {(text[f.start:f.end], f.name, f.label) for f in find_places(lang, text)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("uk", "Делегація працювала у Києві, потім у Харкові та Львові.",
     {("Києві", "Київ", "PLACE"), ("Харкові", "Харків", "PLACE"), ("Львові", "Львів", "PLACE")}),
    ("uk", "Посли Німеччини та Європейського Союзу виступили у Верховній Раді.",
     {("Німеччини", "Німеччина", "PLACE"), ("Європейського Союзу", "Європейський Союз", "ORG"),
      ("Верховній Раді", "Верховна Рада", "ORG")}),
    ("ru", "Переговоры в Москве и Киеве продолжились в Нижнем Новгороде при участии ООН и Газпрома.",
     {("Москве", "Москва", "PLACE"), ("Киеве", "Киев", "PLACE"), ("Нижнем Новгороде", "Нижний Новгород", "PLACE"),
      ("ООН", "ООН", "ORG"), ("Газпрома", "Газпром", "ORG")}),
    ("fr", "Les ministres d'Ukraine et de l'Allemagne ont rejoint Bruxelles, puis Varsovie, avec l'ONU.",
     {("Ukraine", "Ukraine", "PLACE"), ("Allemagne", "Allemagne", "PLACE"), ("Bruxelles", "Bruxelles", "PLACE"),
      ("Varsovie", "Varsovie", "PLACE"), ("ONU", "ONU", "ORG")}),
    ("de", "Moskaus Pläne beunruhigen Warschau und die Europäische Union; der Bundestag berät.",
     {("Moskaus", "Moskau", "PLACE"), ("Warschau", "Warschau", "PLACE"),
      ("Europäische Union", "Europäische Union", "ORG"), ("Bundestag", "Bundestag", "ORG")}),
    ("ar", "وصل الوفد بموسكو ثم إلى القاهرة، ورحبت الأمم المتحدة والاتحاد الأوروبي بالاتفاق مع ألمانيا.",
     {("موسكو", "موسكو", "PLACE"), ("القاهرة", "القاهرة", "PLACE"), ("الأمم المتحدة", "الأمم المتحدة", "ORG"),
      ("الاتحاد الأوروبي", "الاتحاد الأوروبي", "ORG"), ("ألمانيا", "ألمانيا", "PLACE")}),
])
def test_places_and_organisations_are_found_in_their_case_forms(lang: str, text: str,
                                                                 expected: set[tuple[str, str, str]]) -> None:
    assert _places(lang, text) == expected


def test_a_ukrainian_city_is_named_in_ukrainian_not_in_its_russian_spelling() -> None:
    assert {name for _, name, _ in _places("uk", "Зустріч у Харкові.")} == {"Харків"}
    assert {name for _, name, _ in _places("ru", "Встреча в Харькове.")} == {"Харьков"}


def test_a_frequent_word_opening_a_sentence_is_not_a_city_but_a_capital_is() -> None:
    text = "Суми грошей зросли. Місто Суми чекає. Москва мовчить."
    assert [(text[f.start:f.end]) for f in find_places("uk", text)] == ["Суми", "Москва"]
    assert find_places("ru", "Северная энергетическая биржа сообщает.") == []  # not GeoNames' "Северный"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("uk", "Міністерка енергетики України Олена Ковальчук прибула 9 жовтня 2025 року; кредит — 45 мільйонів євро.",
     {("Олена Ковальчук", "PERSON"), ("9 жовтня 2025 року", "DATE"), ("45 мільйонів євро", "QUANTITY"),
      ("України", "PLACE")}),
    ("ru", "Представитель энергокомпании «Осткрафт» Йонас Альбрехт назвал цифру в 7,4 гигаватта 3 октября.",
     {("Осткрафт", "ORG"), ("Йонас Альбрехт", "PERSON"), ("7,4 гигаватта", "QUANTITY"), ("3 октября", "DATE")}),
    ("fr", "Le 16 octobre 2025, le gestionnaire de réseau Nordgrid a demandé 45 millions d'euros.",
     {("16 octobre 2025", "DATE"), ("Nordgrid", "ORG"), ("45 millions d'euros", "QUANTITY")}),
    ("de", "Der Energiekonzern Ostkraft und Unternehmenssprecher Jonas Albrecht nannten am 21. Oktober 2025 "
           "rund 300 Megawatt.",
     {("Ostkraft", "ORG"), ("Jonas Albrecht", "PERSON"), ("21. Oktober 2025", "DATE"), ("300 Megawatt", "QUANTITY")}),
    ("ar", "وقعت الشركة في 12 أكتوبر 2025 عقدا بقيمة 90 مليون يورو.",
     {("12 أكتوبر 2025", "DATE"), ("90 مليون يورو", "QUANTITY")}),
])
def test_people_dates_and_quantities_of_each_language(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    found = suggest_entities(text, extra=suggest_entities_in_language(lang, text), veto=veto_for_language(lang))
    assert expected <= {(s.exact, s.type) for s in found}


def test_a_byline_word_is_no_given_name() -> None:
    text = "Von Lukas Hartmann — 21. Oktober 2025"
    assert {s.exact for s in suggest_entities_in_language("de", text) if s.type == "PERSON"} == {"Lukas Hartmann"}


def test_german_runs_of_common_nouns_are_not_names_and_the_organisation_inside_stands() -> None:
    text = "Die Reparaturen der Kraftwerke dauern an. Nach Angaben der Bundesnetzagentur fehlen Reserven."
    english = {(s.exact, s.type) for s in suggest_entities(text)}
    assert ("Reparaturen der Kraftwerke", "PERSON") in english  # what the English patterns make of it
    found = {(s.exact, s.type) for s in suggest_entities(text, extra=suggest_entities_in_language("de", text),
                                                          veto=veto_for_language("de"))}
    assert found == {("Bundesnetzagentur", "ORG")}


def test_a_city_in_french_is_no_surname() -> None:
    text = "Le gouverneur, présent à Bruxelles, a répété sa position. Bruxelles attend."
    found = {(s.exact, s.type) for s in suggest_entities(text, extra=suggest_entities_in_language("fr", text),
                                                          veto=veto_for_language("fr"))}
    assert ("Bruxelles", "PLACE") in found and ("Bruxelles", "PERSON") not in found


def test_english_documents_get_nothing_from_these_rules() -> None:
    assert suggest_entities_in_language("en", "The minister met in Kyiv on 9 October.") == []
    assert veto_for_language("en") is None


def test_the_library_suggests_places_of_a_ukrainian_document(library: Library) -> None:
    path = SAMPLES / "uk_energy_agreement.txt"
    record, _ = library.add_document(load_document(path), path)
    found = {(s.exact, s.type, s.name) for s in assist.suggest(library, record.id, "entity")}
    assert {("Києві", "PLACE", "Київ"), ("Харкові", "PLACE", "Харків"), ("Олена Ковальчук", "PERSON", None)} <= found


@pytest.mark.parametrize(("lang", "text", "expected", "not_expected"), [
    ("uk", "Делегація прибула у Мирноград, а Європейський інвестиційний банк обіцяв кредит.",
     {("Мирноград", "PLACE"), ("Європейський інвестиційний банк", "ORG")}, set()),
    ("uk", "Лист підписали Ковальчук і компанія Nordgrid.", {("Nordgrid", "ORG")}, {("Ковальчук і компанія", "ORG")}),
    ("ru", "Поставки в Светлогорск одобрила Северная энергетическая биржа, сообщил Дмитрий Орлов.",
     {("Светлогорск", "PLACE"), ("Северная энергетическая биржа", "ORG"), ("Дмитрий Орлов", "PERSON")}, set()),
    ("fr", "Le projet à Valmont est financé par la Banque européenne d'investissement depuis mars.",
     {("Valmont", "PLACE"), ("Banque européenne d'investissement", "ORG")}, set()),
    ("ar", "وقالت وزيرة الطاقة أنالينا فيبر إن شركة نوردغريد ستبني خطا إلى ميناء كيسلينغ.",
     {("أنالينا فيبر", "PERSON"), ("نوردغريد", "ORG"), ("كيسلينغ", "PLACE")}, set()),
    ("ar", "أمّا المديرة التنفيذية ماريا أوسي فقالت إن العقد مهم.", {("ماريا أوسي", "PERSON")},
     {("ماريا أوسي فقالت", "PERSON")}),
])
def test_places_after_a_preposition_organisations_by_description_and_arabic_names_after_a_role(
        lang: str, text: str, expected: set[tuple[str, str]], not_expected: set[tuple[str, str]]) -> None:
    found = {(s.exact, s.type) for s in suggest_entities(text, extra=suggest_entities_in_language(lang, text),
                                                          veto=veto_for_language(lang))}
    assert expected <= found and not found & not_expected, found
