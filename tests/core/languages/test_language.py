"""A document's language: detected from its text at add time, or taken from what the file declares."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.language import base_language, detect_language, document_language, normalise_tag
from tests.conftest import SAMPLES

LANGUAGE_SAMPLES = {
    "uk_energy_agreement.txt": "uk", "ru_baltic_reserve.txt": "ru", "ar_gas_contract.txt": "ar",
    "fr_energy_ministers.txt": "fr", "de_plant_repair.txt": "de", "harbour_council.txt": "en",
}


@pytest.mark.parametrize(("name", "code"), sorted(LANGUAGE_SAMPLES.items()))
def test_each_sample_article_is_detected_in_its_language(name: str, code: str) -> None:
    assert detect_language((SAMPLES / name).read_text(encoding="utf-8")) == code


@pytest.mark.parametrize(("name", "code"), sorted(LANGUAGE_SAMPLES.items()))
def test_a_single_sentence_of_each_sample_is_enough(name: str, code: str) -> None:
    lines = (SAMPLES / name).read_text(encoding="utf-8").splitlines()
    body = next(line for line in lines[2:] if len(line) > 120)
    assert detect_language(body.split(". ")[0]) == code


def test_ukrainian_and_russian_are_told_apart_on_one_sentence() -> None:
    assert detect_language("Міністерка заявила журналістам, що перші поставки почнуться в листопаді.") == "uk"
    assert detect_language("Министр заявила журналистам, что первые поставки начнутся в ноябре.") == "ru"


@pytest.mark.parametrize("text", ["", "   ", "7.4 GW, 34 %, 2025-10-02", "Nordgrid", "https://example.org/a/b/c/d/e/f"])
def test_too_little_text_is_unknown_not_a_guess(text: str) -> None:
    assert detect_language(text) == ""


@pytest.mark.parametrize(("given", "tag"), [
    ("en", "en"), ("EN-us", "en-US"), ("en_GB", "en-GB"), ("zh-hant-tw", "zh-Hant-TW"), ("uk", "uk"),
    ("", ""), ("english", ""), ("e", ""), ("en-", ""), ("<script>", ""),
])
def test_declared_languages_are_normalised_bcp47_tags(given: str, tag: str) -> None:
    assert normalise_tag(given) == tag
    assert base_language(given) == tag.split("-")[0]


def test_a_declared_language_is_kept_unless_the_text_clearly_says_otherwise() -> None:
    french = (SAMPLES / "fr_energy_ministers.txt").read_text(encoding="utf-8")
    assert document_language("fr-BE", french) == "fr-BE"  # the region is the file's to say
    assert document_language("en", french) == "fr"  # a template's lang="en" on a French article
    assert document_language("", french) == "fr"
    assert document_language("de", "Nordgrid") == "de"  # too little text to contradict the file


def test_adding_a_document_stores_its_language(library: "Library", tmp_path: Path) -> None:  # noqa: F821
    from reader.document.loader import load_document

    for name, code in LANGUAGE_SAMPLES.items():
        record, _ = library.add_document(load_document(SAMPLES / name), SAMPLES / name)
        assert record.language == code
        assert library.document(record.id, with_text=False).language == code
