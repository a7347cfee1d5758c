"""Speaker rules from a round on news pages nobody here wrote (scrapinghub's article-extraction benchmark, keys 0-7,
judged by helpers against the gold guidelines; keys 8-f are kept for a blind test). Invented sentences in the same
constructions; each failed before its fix, except the guards of what a new rule must leave alone: an organisation's
staff ("The World Bank's economists"), "those close to", a name or a resolved role after "with", "with" and no comma,
"Police suspect that", a shout with no quotation, a common subject before "reported", "said the man"."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, found, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Dana Holt was benched on Friday. Holt's supporters have argued that he had no choice.", "no choice",
     ("Holt's supporters", "unnamed")),
    ("President Lamar Voss's advisers suggested that the ban be lifted in spring.", "ban be lifted",
     ("President Lamar Voss's advisers", "unnamed")),
    ("Ivo Brandt's economists said that growth would slow next year.", "growth would slow",
     ("Ivo Brandt's economists", "unnamed")),
])
def test_a_group_owned_by_a_person_speaks_as_worded_not_the_person(text: str, fragment: str,
                                                                     speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Japan's commerce ministry said the tariffs would be lifted in May.", "tariffs",
     ("Japan's commerce ministry", "named")),
    ("The World Bank's economists said growth would slow in the region.", "growth", ("World Bank", "named")),
])
def test_an_organisation_or_country_owning_a_body_or_staff(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_channel_between_commas_is_not_the_speaker() -> None:
    text = 'Richardson, via USA Today, said that the fine "was never fair."'  # a surname no list gives
    assert speaker_of(text, "never fair") == ("Richardson", "named")


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Those in favour of the merger have said that prices will fall.", "prices", ("those in favour of the merger",
                                                                                  "unnamed")),
    ("Those close to the mayor said she was furious about the leak.", "furious", ("those close to the mayor",
                                                                                 "unnamed")),
])
def test_those_with_a_modifier_is_an_unnamed_source(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Snow is due in the north this week, with forecasters warning that roads may close.", "roads",
     ("forecasters", "unnamed")),
    ("Shares of the firm fell 4%, with Goldman Sachs saying that demand had slowed.", "demand",
     ("Goldman Sachs", "named")),
    ("Kuwaiti Interior Minister Jaber Al Sabah met the envoy. Trade was discussed, with the minister saying that "
     "tariffs would stay.", "tariffs", ("Jaber Al Sabah", "named")),
])
def test_an_absolute_with_clause_gives_the_participle_its_subject(text: str, fragment: str,
                                                                  speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_with_and_no_comma_before_it_is_no_absolute_clause() -> None:
    text = "Maria Lopez arrived with officials saying that the talks went well."
    assert speaker_of(text, "talks") == ("Maria Lopez", "named")


@pytest.mark.parametrize(("text", "name"), [
    ('"We remain cautious on banks," said Halden Institutional Equities.', "Halden Institutional Equities"),
    ("Brightwater Securities cut its forecast on Monday.", "Brightwater Securities"),
])
def test_brokerages_are_organisations(text: str, name: str) -> None:
    assert (name, "ORG") in found(text)


def test_a_report_from_a_brokerage_speaks_for_it() -> None:
    text = '"The market is pricing in a recovery," said a report from Halden Institutional Equities.'
    assert speaker_of(text, "pricing in") == ("Halden Institutional Equities", "named")


def test_a_surname_spelt_as_a_pronoun_is_no_short_name() -> None:
    text = ("Vice Premier Liu He will fly to Washington next week.\n\nIn a letter, Zora Duvall, the head of the farm "
            "bureau, said farmers were hurting. He urged the president to make a deal, saying that time was short.")
    assert ("He", "PERSON") not in found(text)
    assert speaker_of(text, "time was short") == ("Zora Duvall", "named")


@pytest.mark.parametrize(("text", "name"), [
    ("U.S. Attorney James Kennedy Jr. said in the release that the threat was real.", "James Kennedy Jr."),
    ("Ken Griffey Jr. said he would retire at the end of the season.", "Ken Griffey Jr."),
])
def test_a_generational_suffix_is_part_of_the_name(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)
    assert speaker_of(text, "said")[0] == name


def test_a_later_surname_with_the_suffix_names_the_person_with_its_period() -> None:
    text = "Patrick Voll Jr. pleaded guilty on Monday. Voll Jr. said he was sorry for the call."
    assert speaker_of(text, "sorry") == ("Patrick Voll Jr.", "named")


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Then, last week, Taylor Swift posted on Twitter accusing her label of blocking the show.", "blocking",
     ("Taylor Swift", "named")),
    ("Last week, Maria Olsen posted on Facebook accusing the mayor of lying.", "lying", ("Maria Olsen", "named")),
])
def test_the_platform_a_statement_went_out_on_is_not_its_speaker(text: str, fragment: str,
                                                                 speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_possessive_inside_the_source_keeps_the_noun_after_it() -> None:
    text = "The talks may stall, according to people familiar with their thinking."
    assert speaker_of(text, "talks") == ("people familiar with their thinking", "unnamed")


def test_the_statement_is_the_countrys_body_that_issued_it() -> None:
    text = ('A helicopter crashed in the east on Wednesday, killing two soldiers, the US military said in a '
            'statement. "The cause of the crash is under investigation," the statement said.')
    assert speaker_of(text, "cause of the crash") == ("US military", "named")


def test_a_role_a_name_is_set_in_apposition_to_names_that_person_later() -> None:
    text = ("Officers found the boy in a closet. The suspect, Michael Webb, was convicted in 2019.\n\n"
            "The suspect said he needed to get dressed.")
    assert speaker_of(text, "get dressed") == ("Michael Webb", "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("A suspect told police he had been at home all night.", ("a suspect", "unnamed")),
    ("Police suspect that the fire was set on purpose.", ("police", "unnamed")),
])
def test_suspect_after_a_determiner_is_the_noun(text: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, "") == speaker


def test_a_production_company_is_an_organisation_and_it_speaks_for_it() -> None:
    text = ('The company that runs the awards, Dick Clark Productions, denied the claim. "We never said that," it '
            'said.')
    assert ("Dick Clark Productions", "ORG") in found(text)
    assert speaker_of(text, "We never said") == ("Dick Clark Productions", "named")


def test_a_quote_after_an_attributed_one_is_not_taken_by_a_later_speaker_who_opens_his_own() -> None:
    text = ('"It is a different muscle," York said. "You have to step out of it a little." Smith agreed: "It is a '
            'different job."')
    assert speaker_of(text, "step out of it") == ("York", "named")
    assert speaker_of(text, "different job") == ("Smith", "named")


def test_they_after_a_name_and_its_verb_is_the_group_after_the_verb() -> None:
    text = ("The TNG50 simulation allowed researchers to watch galaxies form. They discovered that discs emerged "
            "naturally.")
    assert speaker_of(text, "discs emerged") == ("researchers", "unnamed")


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ('"Open the door! We are coming in!" an officer shouts.', "coming in", ("an officer", "unnamed")),
    ('"Get out of here!" the man yelled at reporters.', "Get out", ("the man", "unnamed")),
])
def test_a_shout_after_a_quote_attributes_it(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_shout_without_a_quote_is_no_claim() -> None:
    assert all(c.speaker is None for c in claims("The crowd shouted at the police outside the station."))


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("In a joint statement published on Friday, the Russian and Syrian defence ministries accused the rebels of "
     "shelling the camp.", "shelling", ("the Russian and Syrian defence ministries", "unnamed")),
    ("American and British officials said the talks had failed.", "talks", ("American and British officials",
                                                                             "unnamed")),
])
def test_coordinated_nationalities_before_an_unnamed_source_stay_in_it(text: str, fragment: str,
                                                                       speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_capitalised_particles_inside_a_name_keep_it_whole() -> None:
    text = "James Van Der Beek was voted off on Monday. Van Der Beek said the week had been hard."
    assert ("James Van Der Beek", "PERSON") in found(text)
    assert speaker_of(text, "week had been hard") == ("James Van Der Beek", "named")


def test_a_middle_initial_and_a_suffix_around_a_surname_that_is_also_a_place() -> None:
    text = ("James P. Kennedy Jr., the U.S. Attorney for the district, said the case shows that threats are crimes. "
            "Kennedy said the sentence was fair.")
    assert ("James P. Kennedy Jr.", "PERSON") in found(text)
    assert speaker_of(text, "threats are crimes") == ("James P. Kennedy Jr.", "named")
    assert speaker_of(text, "sentence was fair") == ("James P. Kennedy Jr.", "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Taiwanese site DigiTimes reported on Monday that the laptops would ship in May.", ("DigiTimes", "named")),
    ("The Nikkei reported on Monday that the laptops would ship in May.", ("Nikkei", "named")),
])
def test_an_outlet_no_list_knows_as_the_subject(text: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, "laptops") == speaker


@pytest.mark.parametrize("text", [
    "The company reported that the laptops would ship in May.",
    "These reported that the laptops would ship in May.",
])
def test_a_common_subject_is_no_outlet(text: str) -> None:
    assert speaker_of(text, "laptops")[0] not in ("company", "These")


def test_once_opens_a_clause_not_a_source() -> None:
    text = "The nurse was worried once the man mentioned that he had new pillows."
    assert speaker_of(text, "pillows") == ("the man", "unnamed")


def test_a_definite_role_after_the_verb_is_the_person_speaking_before() -> None:
    text = ('"We lost the baby," Dan Holm said. "It was the worst night of our lives."\n\n'
            '"It breaks you open and it makes you more human," said the actor.')
    assert speaker_of(text, "more human") == ("Dan Holm", "named")


def test_a_plain_noun_after_the_verb_stays_as_worded() -> None:
    text = '"We lost the baby," Dan Holm said.\n\n"The road was closed for hours," said the man.'
    assert speaker_of(text, "road was closed") == ("the man", "unnamed")


def test_a_participle_between_commas_after_a_noun_is_no_reporting_verb() -> None:
    text = "The deal, announced in October, would cut tariffs, said Derek Scissors, a trade scholar."
    assert speaker_of(text, "cut tariffs") == ("Derek Scissors", "named")


def test_the_report_is_whoever_reported_before() -> None:
    text = ("Bloomberg reported on Monday that the bank would cut 2,000 jobs. The report said the cuts would start in "
            "May.")
    assert speaker_of(text, "start in May") == ("Bloomberg", "named")
