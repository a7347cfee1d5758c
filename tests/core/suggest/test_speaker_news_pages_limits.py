"""Where this stop's benchmark rules over-reached or fell short, found by an outside tester with news sentences of its
own (tests/core/suggest/test_speaker_news_pages.py has the rules' own cases). Invented sentences; each failed before
its fix, except the guards of what the fix must leave alone (the organisation's spokesman and scientists, "Lawyers
for X") and two over-reaches of this stop's own rules, right at its start ("rejected a statement by Houthi rebels",
"with nobody saying")."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Jane Ortiz was stabbed outside her home on Friday. The suspect told police that Ortiz had attacked him first.",
     "attacked him", ("the suspect", "unnamed")),
    ("Officer Dana Kemp arrested the man on Friday. The suspect told reporters that he was innocent.", "innocent",
     ("the suspect", "unnamed")),
])
def test_the_suspect_is_not_whoever_the_sentence_before_named(text: str, fragment: str,
                                                              speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ('The US military rejected a statement by Houthi rebels. "We shot down the jet," the statement said.', "shot down",
     ("the statement", "unnamed")),
    ("A statement from the Pentagon said the drone was shot down. The statement said no US personnel were hurt.",
     "no US personnel", ("Pentagon", "named")),
])
def test_a_statement_by_someone_is_theirs_not_the_subjects(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_closed_quote_does_not_run_on_to_the_next_speakers_quote() -> None:
    text = '"The budget is a mess," York said. "It will cost jobs." "It is a disaster," Smith said.'
    assert speaker_of(text, "cost jobs") == ("York", "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("US and Israeli officials said the talks had made progress.", "US and Israeli officials"),
    ("French, German and Italian diplomats said the sanctions would be extended.",
     "French, German and Italian diplomats"),
    ("Current and former officials said the agency had ignored warnings.", "current and former officials"),
])
def test_coordinated_modifiers_of_an_unnamed_source(text: str, speaker: str) -> None:
    assert speaker_of(text, "said") == (speaker, "unnamed")


@pytest.mark.parametrize(("text", "speaker"), [
    ("People familiar with the prime minister's thinking said she would call an election.",
     "people familiar with the prime minister's thinking"),
    ("The deal is off, according to people familiar with the thinking.", "people familiar with the thinking"),
    ("The president will not sign, according to people familiar with his thinking on the matter.",
     "people familiar with his thinking on the matter"),
])
def test_familiar_with_keeps_what_they_are_familiar_with(text: str, speaker: str) -> None:
    assert speaker_of(text, "")[0] == speaker


@pytest.mark.parametrize(("text", "fragment"), [
    ("The simulation, built by Dr Ana Petrov's team, allowed researchers to model the virus. They said lockdowns had "
     "saved lives.", "lockdowns"),
    ("The data let analysts compare hospitals across the country. They concluded that rural hospitals were "
     "underfunded.", "rural hospitals"),
])
def test_they_after_a_causative_verb_is_the_group_it_let(text: str, fragment: str) -> None:
    assert speaker_of(text, fragment)[0] in ("researchers", "analysts")


@pytest.mark.parametrize(("text", "speaker"), [
    ("People close to Elon Musk said he was frustrated with the board.", "people close to Elon Musk"),
    ("Critics of Mayor Linda Osei said the cuts were reckless.", "critics of Mayor Linda Osei"),
    ("Allies of Boris Johnson said he would stand again.", "allies of Boris Johnson"),
    ("Aides to Senator Ruiz said she would vote no.", "aides to Senator Ruiz"),
    ("Sources close to Prince Andrew said he would not comment.", "sources close to Prince Andrew"),
    ("Those close to Taylor Swift said she was unaware of the lawsuit.", "those close to Taylor Swift"),
    ("Lawyers for Maria Ruiz said she was innocent.", "lawyers for Maria Ruiz"),
    ("Aides to Senator Maria Ruiz said she would vote no.", "aides to Senator Maria Ruiz"),
    ("Advisers to Prime Minister Rishi Sunak said the vote would be close.",
     "advisers to Prime Minister Rishi Sunak"),
])
def test_a_persons_circle_speaks_as_worded_not_the_person(text: str, speaker: str) -> None:
    assert speaker_of(text, "said") == (speaker, "unnamed")


def test_a_title_and_a_name_after_to_is_a_person_not_a_place() -> None:
    assert ("Ruiz", "PERSON") in found("Aides to Senator Ruiz said she would vote no.")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Fighting went on overnight, with Ukrainian officials claiming that the troops had been pushed back.",
     ("Ukrainian officials", "unnamed")),
    ("The pound slid, with some economists suggesting the Bank of England would cut rates.",
     ("some economists", "unnamed")),
    ("Shares fell 6%, with analysts predicting that profits would halve.", ("analysts", "unnamed")),
    ("The strike entered its third week, with union leader Tom Baxter vowing that workers would not back down.",
     ("Tom Baxter", "named")),
])
def test_more_absolute_clauses(text: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, "with") == speaker


def test_with_nobody_saying_is_no_source() -> None:
    assert speaker_of("The meeting ended, with nobody saying what had been agreed.", "nobody")[0] is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("Boeing's workers said the company had ignored safety warnings.", ("Boeing's workers", "unnamed")),
    ("Apple's rivals argued that the App Store rules were anticompetitive.", ("Apple's rivals", "unnamed")),
    ("Meta's former employees said the company had ignored warnings.", ("Meta's former employees", "unnamed")),
    ("Tesla's shareholders said the pay package was excessive.", ("Tesla's shareholders", "unnamed")),
    ("Microsoft's customers said the update had broken their printers.", ("Microsoft's customers", "unnamed")),
    ("Apple's spokesman said the phone was safe.", ("Apple", "named")),
    ("NASA's scientists said the plume was real.", ("NASA", "named")),
])
def test_people_an_organisation_does_not_speak_for(text: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, "said" if "said" in text else "argued") == speaker
