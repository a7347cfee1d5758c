"""A piece of writing that "reads" something says it ("The tweet from Vulture magazine reads, '…'", "A sign outside
the shop reads …"; real Breitbart and Seattle Times pages judged by a helper, stop 39): "reads" reports after a
writing noun or a quote only, never after "which" (no rule finds that antecedent: better no speaker than the
sentence's subject). The first two fail before; the others guard."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, found, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ('The tweet from Vulture magazine reads, "#Hamilton Chicago show interrupted by angry Trump supporter."',
     "show interrupted", ("Vulture", "named")),  # (a document speaks for the author the text names)
    ('A sign outside the shop reads "Closed until further notice" in large red letters.', "Closed until",
     ("a sign outside the shop", "unnamed")),
])
def test_the_writing_says_it(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("text", [
    "She reads the news every morning before the children wake up and leave for the school bus.",
    "A link to the agency's article page redirects to an error message which reads: Not Exist This Story here.",
])
def test_reading_is_no_claim(text: str) -> None:
    assert not [c for c in claims(text) if c.speaker]


@pytest.mark.parametrize(("text", "name", "label"), [
    ('The tweet from Vulture magazine reads, "#Hamilton show interrupted."', "Vulture", "ORG"),
    ("Jordan revealed through London's Metro newspaper that she had been ill.", "Metro", "ORG"),
    ("Singapore newspaper The New Paper reported the attack on Monday.", "Singapore", "PLACE"),
    ("The Chicago newspaper reported the fire on Monday.", "Chicago", "PLACE"),
])
def test_a_name_before_an_outlets_kind(text: str, name: str, label: str) -> None:
    """A name the lists know as a place is an outlet's before "magazine", "newspaper" … in lower case ("Vulture
    magazine", "London's Metro newspaper"); not with "the" before it, nor with the outlet's name after."""
    assert (name, label) in found(text)
