"""Speakers a second battery (written by a helper that saw no rules) found missing (stop 49; the sentences here our
own): whom a source quotes "as saying", a spokesperson for a person (the person's words, as the gold gives them;
a family's or lawyers' stay theirs), two titled people joined by "and"; "the club" is not guessed from a club-shaped
name (a reviewer's match reports: the latest such name is mostly the opponent)."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("text", "speaker"), [
    ("Local media quoted district police chief Arjun Rathore as saying the driver had been arrested.",
     ("Arjun Rathore", "named")),
    ("The Times quoted a senior official as saying the driver had been arrested.", ("a senior official", "unnamed")),
    ("Reuters quoted officials as saying the driver had been arrested.", ("officials", "unnamed")),
])
def test_whom_a_source_quotes_as_saying_speaks(text: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, "driver had been arrested") == speaker


def test_the_one_quoted_by_a_paper_speaks_not_the_paper() -> None:
    text = 'Johnny Dale, manager of Dale Productions, is quoted by the New York Daily Times as saying, "Shame on them!"'
    assert speaker_of(text, "Shame on them") == ("Johnny Dale", "named")


@pytest.mark.parametrize("voice", ["A spokesman for Arkwright", "A spokeswoman for Douglas Arkwright",
                                   "A representative for Arkwright"])
def test_a_spokesperson_for_a_person_gives_the_persons_words(voice: str) -> None:
    text = f"Sen. Douglas Arkwright was subpoenaed on Monday. {voice} said the senator had not received it."
    assert speaker_of(text, "had not received it") == ("Douglas Arkwright", "named")


@pytest.mark.parametrize(("who", "speaker"), [("Lawyers for Maria Ruiz", "lawyers for Maria Ruiz"),
                                              ("The family of Maria Ruiz", "the family of Maria Ruiz")])
def test_a_family_or_lawyers_for_a_person_stay_as_worded(who: str, speaker: str) -> None:
    assert speaker_of(f"{who} said the verdict would be appealed.", "appealed") == (speaker, "unnamed")


def test_two_titled_people_joined_by_and_speak_together() -> None:
    text = "Mayor Tom Hadley and Councilwoman Rita Vasquez said the city would reopen the pool by May."
    assert speaker_of(text, "reopen the pool") == ("Tom Hadley and Rita Vasquez", "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Al Jazeera quoted a Hamas official as saying the talks were over.", ("a Hamas official", "unnamed")),
    ("Interfax quoted Ryabkov as saying the talks were over.", ("Ryabkov", "named")),
])
def test_whom_a_source_quotes_with_as_inside_or_by_surname(text: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, "talks were over") == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Economists polled by Reuters said inflation would rise.", "economists polled by Reuters"),
    ("Analysts surveyed by Bloomberg had forecast that inflation would rise.", "analysts surveyed by Bloomberg"),
])
def test_sources_polled_by_a_body_speak_not_the_pollster(text: str, speaker: str) -> None:
    assert speaker_of(text, "inflation would rise") == (speaker, "unnamed")


@pytest.mark.parametrize("text", [
    "The FA charged Arsenal after a match against Leeds United. The club said it would contest the charge.",
    "Liverpool beat Ipswich Town 2-0 on Saturday. The club said it would contest the charge.",
])
def test_the_club_is_not_guessed_from_a_name_shape(text: str) -> None:
    assert speaker_of(text, "contest the charge")[0] not in ("Leeds United", "Ipswich Town")
