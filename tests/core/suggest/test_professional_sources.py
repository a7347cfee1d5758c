"""Professions as unnamed sources: "Virologists said" came back as a *named* speaker "Virologists" (a capitalised
word no list knows), "Some of the leading virologists said" and a later "They said" found no speaker — the head
nouns of unnamed sources lacked most specialists (stop 37; an outside helper's invented battery, not any gold). The
first cases failed before."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Virologists said the vaccine worked in every age group.", "vaccine worked", ("virologists", "unnamed")),
    ("Some of the leading virologists said the vaccine worked.", "vaccine worked",
     ("some of the leading virologists", "unnamed")),
    ("Some of the country's leading virologists signed the open letter.\n\n"
     "They said the government had ignored scientific advice for months.", "ignored scientific advice",
     ("some of the country's leading virologists", "unnamed")),
    ("Epidemiologists warned that cases would rise again in the winter.", "cases would rise",
     ("epidemiologists", "unnamed")),
    ("One cardiologist said the drug was safe for most patients.", "drug was safe",
     ("one cardiologist", "unnamed")),
])
def test_a_profession_speaks_as_worded(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("word", "speaker"), [
    ("Nutritionists", ("nutritionists", "unnamed")),
    ("Beekeepers", ("beekeepers", "unnamed")),
    ("Statisticians", ("statisticians", "unnamed")),
    ("Reuters", ("Reuters", "named")),
    ("Sanders", ("Sanders", "named")),
    ("Roberts", ("Roberts", "named")),
])
def test_a_capitalised_plural_of_a_profession_is_no_name(word: str, speaker: tuple[str, str]) -> None:
    """A plural noun for people by what they do opening a sentence ("Nutritionists said") came back as a named
    speaker; surnames and outlets ending so stay names."""
    assert speaker_of(f"{word} said the new rules were far too strict.", "too strict") == speaker
