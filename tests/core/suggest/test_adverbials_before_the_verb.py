"""What stands between a subject and its verb of saying (stop 49; from judged articles, the sentences here our own):
a participle inside a fenced adverbial ("Others, although condemning it, stressed"), a participle phrase after a
place ("Israel, shielded by the United States, … has said"), and a participle after a noun in a phrase that opens
the sentence behind a conjunction ("But in her email announcing the change, Dench wrote")."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


def test_a_participle_in_a_fenced_adverbial_is_not_the_main_verb() -> None:
    text = "Others, although disagreeing with and condemning the post, stressed that speech should be free."
    assert speaker_of(text, "speech should be free") == ("others", "unnamed")


def test_a_place_with_a_passive_participle_phrase_is_the_subject_of_its_second_verb() -> None:
    text = "Norway, backed by its allies, closed the border and has said it would stay shut until spring."
    assert speaker_of(text, "stay shut") == ("Norway", "named")


@pytest.mark.parametrize("opening", ["But in", "And in", "Yet in"])
def test_a_participle_after_a_noun_behind_a_conjunction_is_no_verb(opening: str) -> None:
    text = (f"Emma Hale leads the college. {opening} her email announcing the change, Hale wrote that the review "
            "gave the college a stronger platform.")
    assert speaker_of(text, "stronger platform") == ("Emma Hale", "named")



@pytest.mark.parametrize(("text", "speaker"), [
    ("But on Tuesday the White House was insisting that no decision had been made, even as aides said the president "
     "was leaning toward a strike.", ("White House", "named")),
    ("And on Friday the Kremlin was claiming that its forces had taken the town, a claim the army denied.",
     ("Kremlin", "named")),
])
def test_a_progressive_participle_after_an_opening_phrase_is_the_verb(text: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, "that") == speaker
