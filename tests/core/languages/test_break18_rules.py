"""Suggestion rules from the break18 report (bugs 11-13), each on a sentence written for the test."""
from __future__ import annotations

from annotations.suggest import Suggestion
from annotations.suggest.entities import suggest_entities
from annotations.suggest.entities_languages import suggest_entities_in_language, veto_for_language
from annotations.suggest.languages import suggest_claims_in_language


def _entities(lang: str, text: str) -> list[Suggestion]:
    extra = suggest_entities_in_language(lang, text)
    return suggest_entities(text, extra=extra, veto=veto_for_language(lang))


def _people(lang: str, text: str) -> list[str]:
    return [s.exact for s in _entities(lang, text) if s.type == "PERSON"]


def _speakers(lang: str, text: str) -> list[str | None]:
    return [c.speaker for c in suggest_claims_in_language(lang, text, _entities(lang, text))]


def test_german_laut_and_nach_angaben_von_are_no_part_of_a_name() -> None:
    text = ("Laut Wirtschaftsministerin Petra Lang wird die Firma in Bremen bauen. Laut Thomas Berger sinken "
            "die Preise. Nach Angaben von Sabine Hartmann steigen die Kosten.")
    assert _people("de", text) == ["Petra Lang", "Thomas Berger", "Sabine Hartmann"]


def test_german_city_names_in_german_are_places() -> None:
    text = "Die Stadtwerke wollen in München und in Nürnberg neue Leitungen verlegen, sagte Petra Lang in Köln."
    places = {s.exact for s in _entities("de", text) if s.type == "PLACE"}
    assert {"München", "Nürnberg", "Köln"} <= places


def test_french_inverted_pronoun_is_the_speaker_not_the_place_after_it() -> None:
    text = ("La ministre Claire Moreau a déclaré mardi que le budget serait voté. « Nous tiendrons nos promesses », a-t-elle "
            "ajouté devant l’Assemblée nationale.")
    assert _speakers("fr", text) == ["Claire Moreau", "Claire Moreau"]
    alone = "« Nous tiendrons nos promesses », a-t-il ajouté à l’Assemblée nationale."
    assert _speakers("fr", alone) == [None]  # no one named before: no speaker rather than the Assembly


def test_arabic_speaker_after_a_role_naming_a_company_in_latin_or_arabic_letters() -> None:
    text = ("قال المتحدث باسم Ostwind ديفيد براون إن الأسعار سترتفع.\n"
            "وقال المتحدث باسم شركة أوستفيند ديفيد براون إن العقود جاهزة.")
    assert _speakers("ar", text) == ["ديفيد براون", "ديفيد براون"]
    assert [s.exact for s in _entities("ar", text) if s.type == "PERSON"] == ["ديفيد براون", "ديفيد براون"]


def test_arabic_name_with_bin_and_a_role_after_it() -> None:
    text = "وقال خالد بن سلطان نائب رئيس الشركة إن الاستثمار سيستمر."
    assert _speakers("ar", text) == ["خالد بن سلطان"]


def test_arabic_news_agency_is_an_organisation_but_not_an_adjective() -> None:
    orgs = [s.exact for s in _entities("ar", "وذكرت وكالة رويترز أن المحادثات ستستمر. ونقلت وكالة حكومية الخبر.")
            if s.type == "ORG"]
    assert orgs == ["رويترز"]


def test_arabic_indic_digits_and_percent_sign_are_a_quantity() -> None:
    text = "قال الوزير إن نسبة النمو ستبلغ ١٥٪ هذا العام، وبلغت الصادرات ١٬٢٠٠ طن."
    assert [s.exact for s in _entities("ar", text) if s.type == "QUANTITY"] == ["١٥٪", "١٬٢٠٠ طن"]


def test_vocalised_arabic_is_matched_without_its_harakat_and_keeps_its_offsets() -> None:
    text = "قَالَ الرَّئِيسُ فُولُودِيمِير زِيلِينسكِي إِنَّ الِاتِّفَاقَ سَيُوَقَّعُ."
    people = [s for s in _entities("ar", text) if s.type == "PERSON"]
    assert [text[s.start:s.end] for s in people] == ["فُولُودِيمِير زِيلِينسكِي"]
