"""A pronoun after a name votes for that person's gender only when it can be theirs. "Brooks said officers negotiated
with the woman and that she …" and "She was flown to a hospital, Brooks said. Her condition …" made police chief
William Brooks a woman, so "He said …" in the next paragraph found no speaker (stop 48, from a judged real article;
the sentences here are our own). A "he"/"she" after a common noun of that gender ("the woman", "his wife") in what
the person said, or after a sentence the name attributes ("She was …, Brooks said") that opened with that pronoun,
goes with that other person and is no vote. (A pronoun opening the next paragraph was tried as a vote too and
taken out again: an outside reviewer found it went to the story's main subject more often than to the person named
last.)"""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize("text", [
    "Chief William Brooks said officers talked with the woman for an hour and that she refused to leave.\n\n"
    "He said the officers would be interviewed next week.",
    "Chief William Brooks spoke to reporters on Friday.\n\nA woman was shot in a car park.\n\n"
    "She was taken to a hospital in the city, Brooks said. Her condition was not known.\n\n"
    "He said the officers would be interviewed next week.",
])
def test_a_pronoun_that_belongs_to_someone_else_is_no_vote(text: str) -> None:
    assert speaker_of(text, "officers would be interviewed") == ("William Brooks", "named")


@pytest.mark.parametrize("text", [
    "Alex Morgan told the man at the gate that she would not leave.\n\n"
    "She said the team had trained for a month.",
    "Alex Morgan said the squad had trained hard and that she was ready.\n\n"
    "She said the team had trained for a month.",
])
def test_a_pronoun_that_can_only_be_the_person_still_votes(text: str) -> None:
    assert speaker_of(text, "trained for a month") == ("Alex Morgan", "named")



@pytest.mark.parametrize(("text", "speaker"), [
    ("John Pike, the council leader, was booed at the meeting. Kelly Marsh, a mother of two, said she had been "
     "queueing since dawn. “It is a disgrace,” he said.", "John Pike"),
    ("Detective Sergeant Ann Foley led the search. Robin Hale, the boy's father, said he had not slept for days. "
     "“We will find him,” she said.", "Ann Foley"),
    ("Labour MP Jess Phillips raised the case. When his father died in 2015, Ashley Grant said he was left with "
     "nothing. “It is a scandal,” she said.", "Jess Phillips"),
    ("Judge Helen Park heard the case. Priya Sharma, 34, a mother of two, said she had been framed. “The evidence is "
     "clear,” he said.", None),
    ("Chief Sam Okafor spoke first. Jordan Ellis became the first woman to lead the firm, and she said profits would "
     "rise. “I am proud of her,” he said.", "Sam Okafor"),
    ("Council leader Mark Hughes faced angry residents on Monday night. In her speech to the meeting, Casey Lowe said "
     "she would take the council to court. “We have been ignored for years,” he said.", "Mark Hughes"),
])
def test_a_noun_or_pronoun_that_is_the_persons_own_still_votes(text: str, speaker: str | None) -> None:
    """Two outside reviewers' cases (stop 48): "a mother of two" in apposition is the person herself, as is "the first
    woman to …"; a pronoun in a leading phrase or clause before the name points ahead to it; all still show the
    person's gender."""
    quote = text[text.index("“") + 1:text.index("”") - 1]
    assert speaker_of(text, quote) == ((speaker, "named") if speaker else (None, None))


def test_a_role_ending_in_man_shows_no_gender() -> None:
    """"Party chairman Petra Holt" is a woman as often as not in British usage ("chairman", "spokesman" are worn by
    women): the role gave two votes for a man, so "She said" went to the man named before (stop 48, from a judged
    BBC article; our own sentences)."""
    text = ("Mr Hockney said the law was clear.\n\nParty chairman Petra Holt urged the two men to step down.\n\n"
            "She said: “The party has taken legal advice.”")
    assert speaker_of(text, "taken legal advice") == ("Petra Holt", "named")


def test_the_writer_in_a_byline_is_no_one_a_pronoun_stands_for() -> None:
    """"By Md Aynal Haque" opened the article; "She said she learned …" about a farmer the entity rules missed went to
    the writer, the only person named before (stop 48, from a judged real article; our own sentences)."""
    text = ("Farmers turn to home gardens\n\nBy Rahim Uddin\n\nThe project trained 300 families in the district.\n\n"
            "She said she learned how to keep seeds for the next season.")
    assert speaker_of(text, "keep seeds") != ("Rahim Uddin", "named")


def test_a_role_ending_in_man_still_shows_a_man_whose_given_name_does_not() -> None:
    """An outside reviewer's case (stop 48): "chairman Robin Tate" is a man for the text; only a woman's given name
    outweighs a "-man" role."""
    text = ("Maria Lopez, who runs the bakery on Elm Street, has fought the rezoning for two years. The planning board, "
            "led by chairman Robin Tate, voted against her on Monday. “I'm not giving up,” she said.")
    assert speaker_of(text, "not giving up") == ("Maria Lopez", "named")


@pytest.mark.parametrize("text", [
    "By a whisker: Rory McIlroy survives the cut at Augusta\n\nHe said afterwards: “I made it hard for myself today.”",
    "By royal appointment: Princess Anne opens a hospital wing\n\nShe told staff: “You do remarkable work every day.”",
])
def test_a_headline_opening_with_by_is_no_byline(text: str) -> None:
    quote = text[text.index("“") + 1:text.index("”") - 1]
    assert speaker_of(text, quote)[0] is not None
