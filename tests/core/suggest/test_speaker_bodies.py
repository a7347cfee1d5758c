"""Organisations and documents as speakers, from an outside helper's invented battery (stop 37, not any gold):
"Hassan Nouri of the Iranian Red Crescent said" gave the Red Crescent (a nationality between "of the" and the
known name hid the person's affiliation); "Nigeria's Independent National Electoral Commission (INEC) said" kept
the country's possessive in the commission's name; "The US Embassy in Kyiv wrote" gave Kyiv (an embassy was no
organisation, and the place it is in was taken for the speaker); "Amazon, which employs 1.5 million people,
said" found no speaker; "A leaked memo seen by the Financial Times said" gave the newspaper that saw it, where
the guidelines give the document ("an invitation obtained by POLITICO" → "an invitation"). The first cases
failed before; the guards keep what was right."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Hassan Nouri of the Iranian Red Crescent said teams had reached the worst-hit villages.", "worst-hit",
     ("Hassan Nouri", "named")),
    ("Nigeria's Independent National Electoral Commission (INEC) said turnout was 27 percent.", "turnout",
     ("Independent National Electoral Commission", "named")),
    ("The US Embassy in Kyiv wrote on X that it had suspended consular services until further notice.",
     "suspended consular", ("US Embassy", "named")),
    ("Amazon, which employs 1.5 million people, said the changes would take effect in January.", "take effect",
     ("Amazon", "named")),
    ("A leaked memo seen by the Financial Times said the bank was preparing to cut 10 percent of its staff.",
     "preparing to cut", ("a leaked memo", "unnamed")),
    ("Documents reviewed by The Washington Post show the agency knew of the flaw for years.", "knew of the flaw",
     ("documents", "unnamed")),
])
def test_the_body_or_document_that_speaks(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("An invitation obtained by POLITICO said the event would cost $5,000 a head.", "cost $5,000",
     ("an invitation", "unnamed")),
    ("Lotfi Azzouz of Amnesty International said the trial was unfair.", "trial was unfair",
     ("Lotfi Azzouz", "named")),
    ("The British Embassy said it was aware of the arrest of a British national.", "aware of the arrest",
     ("British Embassy", "named")),
    ("Police in Leeds said the man had been arrested on Sunday.", "had been arrested", ("police in Leeds", "unnamed")),
])
def test_what_was_right_stays(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ('The All Progressives Congress (APC) in Oyo State has rejected the results, describing the exercise as '
     '"a coronation".', "rejected the results", ("All Progressives Congress", "named")),
    ("The suspect was taken to the Police Cantonment Complex, the police said.", "taken to the",
     ("the police", "unnamed")),
])
def test_a_body_in_a_place_and_a_complex_named_before_the_source(text: str, fragment: str,
                                                                 speaker: tuple[str, str]) -> None:
    """An acronym in brackets between a party and its place hid the party ("… (APC) in Oyo State has rejected": Oyo
    State spoke); "Police Cantonment Complex" was a person, who then spoke for "the police"."""
    assert speaker_of(text, fragment) == speaker


def test_a_known_acronym_speaks_by_the_name_the_text_spells_out() -> None:
    """"The IMF said", after "the International Monetary Fund concluded": the full name, as for a bracketed acronym
    (the guidelines: an organisation's full name is the speaker)."""
    text = ("Pakistan will get a new loan after the International Monetary Fund concluded its review on Friday.\n\n"
            "The IMF said discussions would continue next month.")
    assert speaker_of(text, "discussions would continue") == ("International Monetary Fund", "named")
    alone = "The IMF said discussions would continue next month."
    assert speaker_of(alone, "discussions would continue") == ("IMF", "named")
