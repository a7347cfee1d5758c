"""Two constructions of any news article (stop 35): a quotation ending in "!" or "?" whose attribution the
segmenter cut off into a sentence of its own ('"This is a disgrace!" Holloway said.'), and a well-known person's
surname alone as the subject ('Trump said …' with no full name before). Invented sentences. The attributions opening
with a capital ("Holloway said.") and the three surnames failed before; the attributions opening in lower case were
never cut off and stand as guards, with sentences after a quotation that are no attribution (they stay apart)."""
from __future__ import annotations

import pytest

from annotations.suggest.claims import sentences
from tests.core.suggest.suggesting import speaker_of

MAYOR = "The mayor, Jane Holloway, spoke to reporters on Monday.\n"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    (MAYOR + '"This is a disgrace!" Holloway said.', "disgrace", ("Jane Holloway", "named")),
    (MAYOR + '"Why should taxpayers foot the bill?" Holloway asked.', "taxpayers", ("Jane Holloway", "named")),
    (MAYOR + '"We will not back down!" the mayor told reporters.', "back down", ("Jane Holloway", "named")),
    ('"Enough is enough!" said Pedro Alvarez, 54, a fisherman from Vigo.', "Enough", ("Pedro Alvarez", "named")),
    ('"We will win this!" said one protester.', "win this", ("one protester", "unnamed")),
])
def test_an_attribution_cut_off_after_an_exclamation_or_a_question_is_the_quotes(
        text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("text", ['"Stop!" The crowd scattered into the side streets.',
                                  '"Really?" He said nothing more about it.',
                                  '"Fire!" Smith ran for the exit.'])
def test_what_follows_a_quotation_and_is_no_attribution_stays_a_sentence_of_its_own(text: str) -> None:
    assert len(list(sentences(text))) == 2


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Trump said on Tuesday that the tariffs would stay in place.", "tariffs", ("Trump", "named")),
    ("Putin told reporters the sanctions had failed.", "sanctions", ("Putin", "named")),
    ("Obama said the plan would cost less than expected.", "plan would", ("Obama", "named")),
])
def test_a_well_known_surname_alone_speaks(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker
