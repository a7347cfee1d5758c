"""Suggestions on the non-English samples that a first-time tester found wrong: a name across a line
break, a given name taken for the city of Sofia, a byline word in a name, places and common nouns as
speakers."""
from __future__ import annotations

import pytest

from annotations import assist
from annotations.library import Library
from annotations.suggest.entities import suggest_entities
from annotations.suggest.languages import suggest_claims_in_language
from reader.document.loader import load_document
from tests.conftest import SAMPLES

SAMPLE_FILES = ("uk_energy_agreement.txt", "ru_baltic_reserve.txt", "ar_gas_contract.txt", "fr_energy_ministers.txt",
                "de_plant_repair.txt")


def _text(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def test_no_entity_suggestion_crosses_a_line_break() -> None:
    text = "Selenskyj in Berlin\nDer ukrainische Präsident Wolodymyr Selenskyj traf am Montag Bundeskanzler Scholz."
    found = suggest_entities(text, [("Wolodymyr Selenskyj", "PERSON")])
    assert not [s.exact for s in found if "\n" in s.exact]
    assert ("Berlin", "PLACE") in {(s.exact, s.type) for s in found}


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_no_suggestion_on_the_samples_crosses_a_line_break(library: Library, name: str) -> None:
    record, _ = library.add_document(load_document(SAMPLES / name), SAMPLES / name)
    assert [s.exact for s in assist.suggest(library, record.id) if "\n" in s.exact] == []


@pytest.mark.parametrize("name", ["fr_energy_ministers.txt", "de_plant_repair.txt"])
def test_a_given_name_that_is_also_a_city_is_a_person_before_a_surname(name: str) -> None:
    found = {(s.exact, s.type) for s in suggest_entities(_text(name))}
    assert ("Sofia", "PLACE") not in found
    assert ("Sofia Rautio", "PERSON") in found


def test_a_byline_word_is_not_part_of_the_name() -> None:
    found = {(s.exact, s.type) for s in suggest_entities(_text("de_plant_repair.txt"))}
    assert ("Lukas Hartmann", "PERSON") in found
    assert not any(exact.startswith("Von ") for exact, _ in found)
    english = {s.exact for s in suggest_entities("Harbour talks\nBy Maria Osei\n\nThe council met on Monday.")}
    assert "Maria Osei" in english and "By Maria Osei" not in english


def _speaker(lang: str, name: str, contains: str) -> str | None:
    claims = suggest_claims_in_language(lang, _text(name))
    return next(c.speaker for c in claims if contains in c.exact)


@pytest.mark.parametrize(("lang", "name", "contains", "speaker"), [
    ("uk", "uk_energy_agreement.txt", "Міністерка енергетики Софія Раутіо", "Софія Раутіо"),  # not "у Кесслінгу"
    ("ru", "ru_baltic_reserve.txt", "Оператор сетей «Нордгрид»", "Нордгрид"),  # not "в Вестерби"
    ("ru", "ru_baltic_reserve.txt", "сообщает Северная", "Северная энергетическая биржа"),
    ("de", "de_plant_repair.txt", "Der Energiekonzern Ostkraft", "Ostkraft"),
    ("de", "de_plant_repair.txt", "Der Netzbetreiber Nordgrid", "Nordgrid"),
])
def test_speakers_are_who_speaks_not_a_place_or_a_common_noun(lang: str, name: str, contains: str,
                                                              speaker: str) -> None:
    assert _speaker(lang, name, contains) == speaker


def test_speakers_with_the_entity_suggestions_of_the_library(library: Library) -> None:
    ids = {}
    for name in ("uk_energy_agreement.txt", "ru_baltic_reserve.txt"):
        record, _ = library.add_document(load_document(SAMPLES / name), SAMPLES / name)
        ids[name] = record.id
    speakers = {c.speaker for name in ids for c in assist.suggest(library, ids[name], "claim")}
    assert {"Софія Раутіо", "Нордгрид", "Северная энергетическая биржа"} <= speakers
    assert not speakers & {"Кесслінгу", "Вестерби", "Северная"}
