"""Claim suggestions in Ukrainian, Russian, French, German and Arabic: reporting verbs and quotes of each
language, speakers from the names around the verb; floors on the held-out gold (bench/eval_languages.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from annotations import assist
from annotations.library import Library
from annotations.suggest.languages import suggest_claims_in_language
from reader.document.loader import load_document
from tests.conftest import ROOT, SAMPLES

sys.path.insert(0, str(ROOT / "bench"))
from eval_languages import evaluate  # noqa: E402


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, dict[str, int]]]:
    return evaluate()


@pytest.mark.parametrize("lang", ["uk", "ru", "fr", "de", "ar"])
def test_held_out_claims_are_found_in_each_language(figures: dict[str, dict[str, dict[str, int]]],
                                                   lang: str) -> None:
    r = figures["heldout"][lang]
    assert r["matched"] / r["gold"] >= 0.75 and r["matched"] / r["suggested"] >= 0.7, r


@pytest.mark.parametrize("lang", ["uk", "ru", "fr", "de"])
def test_held_out_speakers_are_mostly_right(figures: dict[str, dict[str, dict[str, int]]], lang: str) -> None:
    r = figures["heldout"][lang]
    assert r["speakers"] / r["matched"] >= 0.6, r


@pytest.mark.parametrize(("lang", "sentence", "speaker"), [
    ("uk", "«Ми не знаємо, скільки це коштуватиме», — сказав Гнатюк у п’ятницю.", "Гнатюк"),
    ("uk", "Міністерка енергетики Олена Ковальчук заявила, що поставки почнуться в листопаді.", "Олена Ковальчук"),
    ("ru", "«Мы не будем ждать морозов», — сказала Раутио журналистам.", "Раутио"),
    ("fr", "« Rien n'est décidé », a déclaré Claire Dubois jeudi.", "Claire Dubois"),
    ("de", "Die Reparaturen seien im Zeitplan, sagte Unternehmenssprecher Jonas Albrecht in Hamburg.", "Jonas Albrecht"),
    ("de", "„Der Staat ist keine Versicherung“, erklärte Zielinski in Kessling.", "Zielinski"),
])
def test_speaker_next_to_the_verb(lang: str, sentence: str, speaker: str) -> None:
    [claim] = suggest_claims_in_language(lang, sentence)
    assert (claim.exact, claim.speaker) == (sentence, speaker)


def test_no_verb_no_claim_and_english_is_left_to_the_english_suggester() -> None:
    assert suggest_claims_in_language("uk", "Погода в Києві сьогодні тепла, а вечір буде ясним.") == []
    assert suggest_claims_in_language("en", "“We will rebuild,” said the minister.") == []
    assert suggest_claims_in_language("", "«Ми не знаємо», — сказав Гнатюк.") == []


def test_the_library_suggests_claims_for_a_ukrainian_document(library: Library) -> None:
    path = SAMPLES / "uk_energy_agreement.txt"
    record, _ = library.add_document(load_document(path), path)
    claims = [s for s in assist.suggest(library, record.id, "claim")]
    assert len(claims) >= 7
    assert any(c.exact.startswith("«Ця угода") and c.speaker and "Ковальчук" in c.speaker for c in claims)


def test_an_organisation_speaking_in_another_language_is_accepted_as_an_organisation(library: Library,
                                                                                      tmp_path: Path) -> None:
    """(An outside tester's fault, stop 36: "La CGT a annoncé …" made a person "CGT", and every later "CGT" was
    then suggested as a person.)"""
    path = tmp_path / "greve.txt"
    path.write_text("Grève à Paris\n\nLa CGT a annoncé une nouvelle grève pour le 12 mars. « C’est inacceptable », "
                    "a ajouté Sophie Binet, secrétaire générale de la CGT.\n", encoding="utf-8")
    record, _ = library.add_document(load_document(path), path)
    claim = next(s for s in assist.suggest(library, record.id, "claim") if s.speaker == "CGT")
    assert claim.speaker_type == "ORG"
    assist.accept(library, record.id, [claim])
    assert [(e.name, e.type) for e in library.store.entities()] == [("CGT", "ORG")]
    assert {s.type for s in assist.suggest(library, record.id, "entity") if s.exact == "CGT"} == {"ORG"}
