"""A person "of" a body, where the rules gave the body: with a place after the body ("Wray Grimaldi of the
University of Otago in Dunedin, New Zealand, said"; real text, stop 39), with a name no list knows, with
"of the Brussels-based X" (battery C), a name with accents ("Lucía Barreiro"); and a surname the text spells plainly
after giving it accented ("Gerhard Müller … Muller said … Mueller said"; real text). The cases failed before; the
last two guard a body speaking for itself."""
from __future__ import annotations

import pytest

from annotations.suggest.coreference import loose_name
from annotations.suggest.speaker_names import plain_spellings
from tests.core.suggest.suggesting import claims, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ('"The effects could be serious," Wray Grimaldi of the University of Otago in Dunedin, New Zealand, said to New '
     'Scientist.', "effects could be serious", "Wray Grimaldi"),
    ('"The effects could be serious," Jane Grimaldi of the University of Otago in Dunedin said.',
     "effects could be serious", "Jane Grimaldi"),
    ("Marta Soler of the Brussels-based Pollinator Action Network told DW that ministers had failed the bees.",
     "ministers had failed", "Marta Soler"),
])
def test_the_person_speaks_for_the_body(text: str, fragment: str, speaker: str) -> None:
    claim = next(c for c in claims(text) if fragment in c.exact)
    assert (claim.speaker, claim.speaker_kind) == (speaker, "named")
    assert claim.affiliation in ("University of Otago", "Pollinator Action Network")


@pytest.mark.parametrize("name", ["Lucía Barreiro", "Łukasz Nowak", "Ángel Pérez"])
def test_a_name_with_accents_is_a_name(name: str) -> None:
    assert loose_name(name)


def test_a_surname_spelt_without_its_accent_is_the_same_person() -> None:
    assert plain_spellings("Müller") == {"Muller", "Mueller"}
    text = ("Cardinal Gerhard Müller criticized the nuns for their choice of speakers. Muller said the choice was a "
            "provocation to the church. \"This is a decision that will be seen as open provocation,\" Mueller said.")
    assert speaker_of(text, "choice was a provocation") == ("Gerhard Müller", "named")
    assert speaker_of(text, "seen as open provocation") == ("Gerhard Müller", "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Department of Health in London said the strike would go on for a second week.", "Department of Health"),
    ("Members of the Kenya Medical Association said the strike would go on for a second week.",
     "Kenya Medical Association"),
])
def test_a_body_still_speaks_for_itself(text: str, speaker: str) -> None:
    assert speaker_of(text, "strike would go on") == (speaker, "named")
