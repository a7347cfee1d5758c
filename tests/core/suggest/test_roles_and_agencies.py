"""References a battery written by a helper that saw no rules showed wrong (stop 49; the sentences here our own):
"the agency" is no firm, a role given in apposition after a possessive ("their publicist, Dana Whitfield") is who
"the publicist" is later, "a friend of the actor" is the friend, a person with a verb of their own is no fronted
subject of a later clause, and an apposition after a clause (not a name) is the subject, not something to cut."""
from __future__ import annotations

from tests.core.suggest.suggesting import speaker_of


def test_the_agency_is_no_firm() -> None:
    text = ("The Food and Drug Administration approved a drug made by Aldergrove Pharmaceuticals. "
            "The agency said the most common side effects were mild.")
    assert speaker_of(text, "side effects") == ("Food and Drug Administration", "named")


def test_the_agency_may_be_an_acronym() -> None:
    text = "NASA approved a launch by Orbital Systems. The agency said the rocket was ready."
    assert speaker_of(text, "rocket was ready") == ("NASA", "named")


def test_a_role_after_a_possessive_in_apposition_is_the_persons() -> None:
    text = ('The couple are divorcing, their publicist, Dana Whitfield, said on Wednesday.\n\n'
            '"They remain committed to raising their children together," the publicist said.')
    assert speaker_of(text, "raising their children") == ("Dana Whitfield", "named")


def test_a_friend_of_the_described_person_is_the_friend() -> None:
    text = ("Actor Brandon Tully is filming in Budapest. A friend of the actor told a magazine that the split had "
            "been amicable. The actor said he was fine.")
    assert speaker_of(text, "been amicable") == ("a friend of the actor", "unnamed")
    assert speaker_of(text, "he was fine") == ("Brandon Tully", "named")


def test_a_person_with_a_verb_of_their_own_is_not_the_later_subject() -> None:
    text = ("Actor Brandon Tully and his wife, the designer Simone Achebe-Tully, are divorcing after nine years, "
            "their publicist, Dana Whitfield, said.")
    assert speaker_of(text, "divorcing") == ("Dana Whitfield", "named")


def test_an_apposition_after_a_clause_is_the_subject() -> None:
    text = ("Ahmed Shafik, Egypt's acting prime minister, has resigned, the Supreme Council of the Armed Forces, now "
            "in control of the country, announced yesterday.")
    assert speaker_of(text, "has resigned") == ("Supreme Council of the Armed Forces", "named")
