"""Forms of American reporting a battery written by a helper that saw no rules showed wrong (stop 49; the sentences
here our own): a legislator's party and state ("Sen. Joe Manchin, D-W.Va., said" was cut at "D-W."), a number with a
comma inside a relative clause, "Chamber of Commerce", "In a post on X, formerly Twitter, the union said", a
spokesperson who "did not respond … but said", "Senate Democrats", "Democrats on the … Committee", and "the
58-year-old" for the person given that age."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, found, speaker_of


@pytest.mark.parametrize(("text", "speaker"), [
    ("Sen. Joe Manchin, D-W.Va., said the bill was dead.", "Joe Manchin"),
    ("Rep. Nancy Mace, R-S.C., said the bill was dead.", "Nancy Mace"),
    ("Sen. Maria Pratt, D-N.M., who chairs the subcommittee, said the bill was dead.", "Maria Pratt"),
])
def test_a_party_and_state_tag_does_not_cut_the_sentence(text: str, speaker: str) -> None:
    assert len(claims(text)) == 1
    assert speaker_of(text, "bill was dead") == (speaker, "named")


def test_a_number_with_a_comma_stays_inside_its_relative_clause() -> None:
    text = "The researchers, who followed nearly 30,000 adults in Britain, cautioned that the study was small."
    assert speaker_of(text, "study was small") == ("the researchers", "unnamed")


def test_a_chamber_of_commerce_is_a_body() -> None:
    text = "The Arizona Chamber of Commerce and Industry, which led the challenge, said it was disappointed."
    assert ("Arizona Chamber of Commerce and Industry", "ORG") in found(text)
    assert speaker_of(text, "disappointed") == ("Arizona Chamber of Commerce and Industry", "named")


def test_the_platform_posted_on_is_not_the_union() -> None:
    text = "SAG-AFTRA reached a deal on Friday. In a post on X, formerly Twitter, the union said the deal protects actors."
    assert speaker_of(text, "protects actors") == ("SAG-AFTRA", "named")


def test_a_spokesperson_who_did_not_respond_but_said() -> None:
    text = ("The Connecticut Department of Transportation closed the road. A spokesperson for the department did not "
            "immediately respond to questions but said Monday that engineers were assessing the damage.")
    assert speaker_of(text, "assessing the damage") == ("Connecticut Department of Transportation", "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Senate Democrats, meanwhile, said any House bill would be dead on arrival.", "Senate Democrats"),
    ("House Republicans said any Senate bill would be dead on arrival.", "House Republicans"),
    ("Democrats on the House Armed Services Committee said the bill would be dead on arrival.",
     "Democrats on the House Armed Services Committee"),
])
def test_members_of_a_body_speak_not_the_body(text: str, speaker: str) -> None:
    assert speaker_of(text, "dead on arrival") == (speaker, "unnamed")


def test_the_person_given_an_age_is_who_the_age_refers_to() -> None:
    text = ("Renee Caldwell-Moss, 58, was sentenced on Wednesday. Judge Sandra Whitfield said the theft was brazen. "
            '"I betrayed people who trusted me," the 58-year-old said before the sentence.')
    assert speaker_of(text, "betrayed people") == ("Renee Caldwell-Moss", "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Rep. Jim Clyburn, D-S.C., 84, said he would run again.", "Jim Clyburn"),
    ("Rep. Henry Cuellar, D-Texas, 43, said he would run again.", "Henry Cuellar"),
])
def test_a_party_tag_and_an_age_after_the_name(text: str, speaker: str) -> None:
    assert speaker_of(text, "run again") == (speaker, "named")


def test_an_acronym_given_after_or_is_the_bodys_full_name() -> None:
    text = ("The Electric Reliability Council of Texas, or ERCOT, which manages the grid, said it had enough power. "
            "ERCOT said demand would peak on Tuesday.")
    assert speaker_of(text, "enough power") == ("Electric Reliability Council of Texas", "named")
    assert speaker_of(text, "demand would peak") == ("Electric Reliability Council of Texas", "named")


def test_the_platform_x_ends_a_sentence() -> None:
    text = ('Rep. Yolanda Birch, D-Ohio, the lead sponsor, responded on X. "My colleague should read the bill '
            'before he posts about it," she wrote.')
    assert speaker_of(text, "My colleague") == ("Yolanda Birch", "named")


def test_an_initial_x_is_still_an_initial() -> None:
    assert speaker_of("Malcolm X. Jones said the plan was bad.", "plan was bad") == ("Malcolm X. Jones", "named")


def test_a_person_titled_by_a_body_and_role_is_the_subject() -> None:
    text = ('White House press secretary Danielle Okafor fired back, calling the demand "a ransom note" and saying '
            "the president would veto the bill.")
    assert speaker_of(text, "ransom note") == ("Danielle Okafor", "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Microsoft fired senior engineer Tom Ellis, saying he had leaked secrets.", "Microsoft"),
    ("Manchester United sacked manager Erik ten Hag, saying results had not been good enough.", "Manchester United"),
])
def test_a_person_a_body_acted_on_is_no_subject(text: str, speaker: str) -> None:
    assert speaker_of(text, "saying")[0] == speaker


def test_an_initial_x_after_to_is_still_an_initial() -> None:
    assert speaker_of("The award was presented to X. Wang, who said she was deeply honoured.", "honoured") \
        == ("X. Wang", "named")


def test_two_choices_joined_by_or_are_no_acronym() -> None:
    text = "Customers can switch to British Gas, or EDF, Ofgem said. EDF said it had capacity."
    assert speaker_of(text, "had capacity") == ("EDF", "named")


def test_the_company_is_no_federal_administration() -> None:
    text = ("The Food and Drug Administration said Halvik Foods recalled its spinach. No illnesses have been reported, "
            "the company said.")
    assert speaker_of(text, "No illnesses")[0] != "Food and Drug Administration"


def test_a_relative_of_a_person_is_the_relative() -> None:
    text = "Denise Holloway was killed on Friday. A relative of Holloway's said the family was relieved."
    assert speaker_of(text, "family was relieved") == ("a relative of Holloway", "unnamed")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Police Scotland said a woman had died. The force said inquiries were continuing.", "Police Scotland"),
    ("The New York Police Department arrested three men. The force said inquiries were continuing.",
     "New York Police Department"),
])
def test_the_force_is_a_police_force_however_named(text: str, speaker: str) -> None:
    assert speaker_of(text, "inquiries were continuing") == (speaker, "named")


def test_an_acronym_after_or_may_skip_small_words() -> None:
    text = ("The Bureau of Alcohol, Tobacco, Firearms and Explosives, or ATF, is investigating. ATF said the gun had "
            "been bought legally.")
    assert speaker_of(text, "bought legally") == ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "named")


def test_a_firm_whose_name_opens_with_board_is_a_company() -> None:
    text = ("Board International, a Swiss software maker, reported higher revenue. The company said demand for "
            "planning tools was strong.")
    assert speaker_of(text, "planning tools") == ("Board International", "named")
