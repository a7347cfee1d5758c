"""Speakers the names around the verb do not give: Arabic (verb first, no capitals), pronouns that stand
for who spoke before, a role after a German verb, a French aside naming someone else. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from annotations.suggest.languages import suggest_claims_in_language


def _speakers(lang: str, text: str) -> list[str | None]:
    return [c.speaker for c in suggest_claims_in_language(lang, text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال المتحدث باسم الوزارة ماتياس كولر إن الأسعار سترتفع في الربيع.", "ماتياس كولر"),
    ("أكدت وزيرة الخارجية أنالينا فيبر أن المحادثات مستمرة منذ أسبوعين.", "أنالينا فيبر"),
    ("بحسب الخبير تيمو لاخ، فإن الاحتياطي يكفي لشهرين فقط.", "تيمو لاخ"),
    ("أمّا رئيسة الشركة إيفا نوردين فقالت إن العقد مهم للطرفين.", "إيفا نوردين"),
    ("وتبلغ الكلفة 40 مليون يورو، حسب تقرير نشرته الصحيفة.", None),
])
def test_an_arabic_speaker_is_the_name_after_the_verb_less_the_role(text: str, speaker: str | None) -> None:
    assert _speakers("ar", text) == [speaker]


def test_an_arabic_verb_without_a_subject_is_the_last_speaker() -> None:
    text = "قال ماتياس كولر إن الخطة جاهزة.\nوأضاف أن التنفيذ يبدأ في مارس."
    assert _speakers("ar", text) == ["ماتياس كولر", "ماتياس كولر"]


@pytest.mark.parametrize(("lang", "text", "speakers"), [
    ("fr", "« Le plan est prêt », a déclaré Marc Delorme. Selon lui, les travaux dureront un mois.",
     ["Marc Delorme", "Marc Delorme"]),
    ("fr", "« Le plan est prêt », a déclaré Marc Delorme. « Nous tiendrons les délais », a-t-il ajouté.",
     ["Marc Delorme", "Marc Delorme"]),
    ("de", "„Wir liefern pünktlich“, sagte Jana Keller. Sie fügte hinzu, die Preise blieben stabil.",
     ["Jana Keller", "Jana Keller"]),
    ("uk", "«План готовий», — сказала Ірина Бондар. Вона додала, що роботи триватимуть місяць.",
     ["Ірина Бондар", "Ірина Бондар"]),
    ("ru", "«План готов», — сказала Ирина Бондарь. По её словам, работы продлятся месяц.",
     ["Ирина Бондарь", "Ирина Бондарь"]),
])
def test_a_pronoun_next_to_the_verb_is_the_last_speaker(lang: str, text: str, speakers: list[str]) -> None:
    assert _speakers(lang, text) == speakers


def test_a_french_aside_names_someone_who_is_not_the_subject() -> None:
    text = "Le groupe Ostkraft, présidé par Marc Delorme, affirme que la réparation avance."
    assert _speakers("fr", text) == ["Ostkraft"]


def test_a_german_role_after_the_verb_is_the_person_named_with_it() -> None:
    text = ("Energieminister Karl Weber hat am Montag in Kiel gesprochen. Die Lage sei ernst, sagte der Minister. "
            "Die Reserven reichten bis März, so Weber.")
    assert _speakers("de", text) == ["Karl Weber", "Weber"]


def test_german_teilte_mit_is_a_reporting_verb_and_so_only_an_attribution_after_a_comma() -> None:
    assert _speakers("de", "Die Bundesnetzagentur teilte am Montag mit, dass die Reserven reichen.") \
        == ["Bundesnetzagentur"]
    assert suggest_claims_in_language("de", "Wir wollen so schnell wie möglich wieder Strom liefern.") == []
