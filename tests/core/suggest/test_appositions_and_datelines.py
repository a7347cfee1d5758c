"""Appositions, asides and datelines that a battery written by a helper who saw no rules showed wrong (stop 50; the
sentences here our own): a role given with a prepositional phrase ("a seismologist at Bogazici University"); a name after a role with an office ("said the mayor of the
Northern Rockies Regional Municipality, Lorraine Deschamps"); titles before a name in apposition ("Her chief rival,
former Lt. Gov. Ron Baxter, dismissed …"); a body among the titles ("Former NHL defenceman X, who …, called him …");
an aside between dashes before the verb; a dateline's town in capitals that no list knows; a body's kind after a
possessive ("according to the country's disaster agency AFAD"); a survey by a name no list knows ("LendingTree"); a
person of a body after its kind ("of the nonprofit Fair Credit Project"); a title's comma inside its marks closing a
relative clause; a title opening a sentence ('"Salt Lines" opens in theaters')."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, found, speaker_of


def test_a_role_given_with_where_the_person_works() -> None:
    text = ("Orhan Yilmaz, a seismologist at Istanbul's Bogazici University, warned that aftershocks could go on. "
            "\"People should not return to damaged buildings,\" the seismologist said.")
    assert speaker_of(text, "damaged buildings") == ("Orhan Yilmaz", "named")


@pytest.mark.parametrize(("role", "name"), [
    ("the mayor of the Northern Rockies Regional Municipality", "Lorraine Deschamps"),
    ("the councillor for St. James", "Bruce Halvorsen"),
    ("the mayor of Fort Nelson", "Lorraine Deschamps"),
])
def test_a_name_in_apposition_after_a_role_with_its_office(role: str, name: str) -> None:
    text = f"\"Do not go back for belongings,\" said {role}, {name}, in a video."
    assert speaker_of(text, "belongings") == (name, "named")


def test_titles_before_a_name_in_apposition_to_a_role() -> None:
    text = ("Carla Whitfield faces a crowded primary. Her chief rival, former Lt. Gov. Ron Baxter, dismissed the tax "
            "plan as “a gimmick that does not add up for anyone.”")
    assert speaker_of(text, "gimmick") == ("Ron Baxter", "named")


def test_a_body_among_the_titles_before_a_name() -> None:
    text = ("Coach Marcel Lachance died on Sunday. Former NHL defenceman Jean-Luc Perreault, who played for him as a "
            "boy, called him “the most important coach I ever had, including the pros.”")
    assert speaker_of(text, "most important coach") == ("Jean-Luc Perreault", "named")


def test_the_verb_after_an_aside_between_dashes_reports() -> None:
    text = "Statistician Mark Kowalczyk — no relation — cautioned that the results showed correlation, not causation."
    assert speaker_of(text, "correlation") == ("Mark Kowalczyk", "named")


def test_a_datelines_town_in_capitals_is_a_place() -> None:
    text = "MAKHANDA – The National Arts Festival opened on Thursday, organisers said."
    assert ("MAKHANDA", "PLACE") in found(text)
    assert ("MAKHANDA", "ORG") not in found(text)


def test_a_known_body_in_capitals_before_a_dash_stays_a_body() -> None:
    assert ("UNICEF", "ORG") in found("UNICEF – The agency said it would send more staff.")


@pytest.mark.parametrize("text", [
    "The quake hit near Malazgirt, according to the country's disaster agency AFAD.",
    "The quake killed 12 people near Malazgirt, said Turkey's disaster agency AFAD.",
])
def test_a_bodys_kind_after_a_possessive(text: str) -> None:
    assert speaker_of(text, "Malazgirt") == ("AFAD", "named")


@pytest.mark.parametrize(("text", "maker"), [
    ("A recent survey by LendingTree found that 76% of cardholders who asked for a lower rate got one.", "LendingTree"),
    ("A survey by recruitment firm Kerrigan & Lowe found that 62 per cent of older job seekers felt passed over.",
     "Kerrigan & Lowe"),
])
def test_a_survey_by_a_name_no_list_knows_is_its_makers(text: str, maker: str) -> None:
    assert speaker_of(text, "found that") == (maker, "named")


def test_a_person_of_a_body_after_its_kind() -> None:
    text = ("Balance transfer cards can help, but consumer advocate Janelle Pierce of the nonprofit Fair Credit Project "
            "warned that fees can eat into the savings.")
    claim = next(c for c in claims(text) if "eat into" in c.exact)
    assert (claim.speaker, claim.affiliation) == ("Janelle Pierce", "Fair Credit Project")


def test_a_comma_inside_a_titles_marks_closes_the_relative_clause() -> None:
    text = ("Theo Langford nearly quit acting. Langford, who stars opposite Marisol Vance in the thriller \"Salt Lines,\" "
            "said he was broke and burnt out.")
    assert speaker_of(text, "burnt out") == ("Theo Langford", "named")


def test_a_title_opening_a_sentence_is_no_quotation() -> None:
    text = ("Theo Langford said he nearly quit acting before the role came. \"Salt Lines\" opens in theaters across the "
            "country on Oct. 17.")
    assert not any("opens in theaters" in c.exact and c.speaker for c in claims(text))


def test_another_holder_of_the_role_takes_the_role() -> None:
    text = ("Ravi Menon, an economist at DBS Bank, said the rupee would weaken. Another economist, who declined to be "
            "named, disagreed. “The rupee will hold,” the economist said.")
    assert speaker_of(text, "rupee will hold") != ("Ravi Menon", "named")


def test_a_body_acting_on_a_person_is_no_title() -> None:
    text = "FIFA bans official Ahmed Yahya for life, saying he took bribes over a decade."
    assert speaker_of(text, "took bribes") != ("Ahmed Yahya", "named")


def test_a_name_between_dashes_after_a_description() -> None:
    text = "Her lawyer — Ms Byrne — argued that the evidence showed her client was innocent."
    assert speaker_of(text, "client was innocent") == ("Byrne", "named")


def test_a_body_in_capitals_before_a_dash_and_the_union_said() -> None:
    assert ("SAMWU", "ORG") in found("SAMWU – The union said on Monday that municipal workers would down tools.")


def test_an_album_named_for_a_person_is_no_apposition() -> None:
    text = ("The singer has not toured since 2019. Her debut album, Amy Winehouse, contains the line “I cheated myself, "
            "like I knew I would.”")
    assert not any(c.speaker == "Amy Winehouse" for c in claims(text))


def test_a_former_role_before_a_name_in_apposition() -> None:
    text = ("Her cousin, former councillor Morag Sinclair, dismissed the plan as \"a sticking plaster that fixes nothing "
            "at all.\"")
    assert speaker_of(text, "sticking plaster") == ("Morag Sinclair", "named")


def test_a_body_in_capitals_referred_to_later_in_the_sentence_is_no_dateline() -> None:
    text = "NERSA – Electricity tariffs will rise by 12.7% from April, the regulator said."
    assert ("NERSA", "ORG") in found(text)


def test_a_one_word_verdict_quoted_is_still_a_quotation() -> None:
    text = "\"Disgraceful\" was the verdict of Labour MP Jess Phillips on the decision to close the unit."
    assert any("Disgraceful" in c.exact for c in claims(text))


@pytest.mark.parametrize("text", [
    "\"Shocking\" were the words used by the coroner at the end of the inquest.",
    "\"Appalling\" was one MP's verdict on the report published on Monday.",
])
def test_a_one_word_quotation_before_a_copula_is_a_quotation(text: str) -> None:
    assert any(text[1:9] in c.exact for c in claims(text))


def test_a_body_in_capitals_named_again_in_the_sentence_is_no_dateline() -> None:
    text = "SANRAL – Motorists will pay more at toll plazas from March, SANRAL said."
    assert ("SANRAL", "PLACE") not in found(text)


def test_a_role_two_people_were_given_is_the_one_named_last() -> None:
    text = ("Jane Foster, an economist at Capital Economics, said rates would fall. HSBC economist John Lee said they "
            "would not. \"Inflation is too sticky,\" the economist said.")
    assert speaker_of(text, "too sticky") == ("John Lee", "named")


@pytest.mark.parametrize(("text", "said"), [
    ("Lawyer Ben Crump and lawyer Eric Nelson both addressed reporters. A lawyer for the city, who was not authorised "
     "to speak, said talks were ongoing. \"We expect a resolution soon,\" said the lawyer.", "resolution soon"),
    ("Gov. Gavin Newsom and Gov. Ron DeSantis traded barbs. A former governor of Texas, speaking at a conference, said "
     "both were grandstanding. \"Voters are tired of it,\" the former governor said.", "tired of it"),
    ("Senator Tom Carper and Senator Pat Toomey co-sponsored the amendment. Toomey, unlike Carper, had opposed the "
     "original bill. \"This fixes the worst of it,\" the senator said.", "worst of it"),
])
def test_a_role_not_resolved_to_a_named_holder(text: str, said: str) -> None:
    assert speaker_of(text, said)[1] != "named"


def test_the_former_club_coach_is_the_coach_named() -> None:
    text = ("Super Eagles head coach Festus Adebayo said his side would not take Benin lightly. \"Benin are a "
            "well-organised side,\" the former Enyimba coach said.")
    assert speaker_of(text, "well-organised side") == ("Festus Adebayo", "named")
