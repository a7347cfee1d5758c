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


@pytest.mark.parametrize(("given", "tag"), [
    ("ukr", "uk"), ("ara", "ar"), ("deu", "de"), ("ger", "de"), ("rus", "ru"), ("fra", "fr"), ("UKR-ua", "uk-UA"),
    ("ua", ""), ("xx", ""),
])
def test_three_letter_codes_become_the_two_letter_ones_and_non_languages_are_dropped(given: str, tag: str) -> None:
    """A file's `lang="ukr"` gets Ukrainian handling; `lang="ua"` (a country) is no language, so detection decides."""
    assert normalise_tag(given) == tag
    assert base_language(given) == tag.split("-")[0]


def test_a_country_code_declared_by_a_file_leaves_the_language_to_detection() -> None:
    ukrainian = (SAMPLES / "uk_energy_agreement.txt").read_text(encoding="utf-8")
    assert document_language("ua", ukrainian) == "uk"
    assert document_language("ukr", ukrainian) == "uk"


@pytest.mark.parametrize(("given", "stored"), [("ukr", "uk"), ("ara", "ar"), ("deu-AT", "de-AT"), ("fra", "fr")])
def test_an_analyst_typing_a_three_letter_code_gets_the_language_handled(
        library: "Library", given: str, stored: str) -> None:  # noqa: F821
    from annotations.doc_properties import DocumentProperties
    from annotations.suggest.entities_languages import suggest_entities_in_language
    from reader.document.loader import load_document

    path = SAMPLES / "uk_energy_agreement.txt"
    record, _ = library.add_document(load_document(path), path)
    library.set_document_properties(record.id, DocumentProperties(language=given))
    assert library.document(record.id, with_text=False).language == stored
    if stored == "uk":
        text = path.read_text(encoding="utf-8")
        assert suggest_entities_in_language("ukr", text) == suggest_entities_in_language("uk", text) != []


@pytest.mark.parametrize(("given", "message"), [
    ("ua", "country code of Ukraine, not a language code; the language code for Ukrainian is uk"),
    ("xx", "not a known language code"),
])
def test_a_code_that_is_no_language_is_refused_with_a_message(
        library: "Library", given: str, message: str) -> None:  # noqa: F821
    from annotations.doc_properties import DocumentProperties
    from annotations.errors import ValidationError
    from reader.document.loader import load_document

    path = SAMPLES / "uk_energy_agreement.txt"
    record, _ = library.add_document(load_document(path), path)
    generation = library.store.generation
    with pytest.raises(ValidationError, match=message):
        library.set_document_properties(record.id, DocumentProperties(language=given))
    assert library.store.generation == generation and library.document(record.id, with_text=False).language == "uk"


def test_the_properties_command_maps_or_refuses_a_language_code(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from reader.cli import main

    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    lib = str(tmp_path / "lib")

    def run(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        return main(["--library", lib, *args], out=out, err=err), out.getvalue(), err.getvalue()

    code, out, _ = run("add", str(SAMPLES / "uk_energy_agreement.txt"))
    doc = out.split()[0]
    assert run("properties", doc, "--language", "ukr")[0] == 0
    assert '"language": "uk"' in run("properties", doc, "--json")[1]
    code, _, err = run("properties", doc, "--language", "ua")
    assert code == 1 and "country code of Ukraine" in err and "is uk" in err
    assert '"language": "uk"' in run("properties", doc, "--json")[1]
