"""After a subject closed by a relative clause ("Two people with direct knowledge of the procurement, who spoke on
condition of anonymity because they feared retaliation, said the official … had met"), the words after "said" were
read as an inverted speaker ("…, said a spokesman"), and the claim went to "the official" (battery B). A relative
clause before the verb means the subject stands before it: no inversion. The first case failed before; the others
guard the inversion."""
from __future__ import annotations

from tests.core.suggest.suggesting import speaker_of


def test_the_subject_before_the_relative_clause_speaks() -> None:
    text = ("Two people with direct knowledge of the procurement, who spoke on condition of anonymity because they "
            "feared retaliation, said the official, Deputy Secretary Raymond Theriot, had met with Guidry at least "
            "twice.")
    assert speaker_of(text, "had met with Guidry") == ("two people with direct knowledge of the procurement",
                                                       "unnamed")


def test_an_inverted_speaker_still_speaks() -> None:
    assert speaker_of("The route will close next year, said a spokesman for the council.",
                      "route will close") == ("a spokesman for the council", "unnamed")
    assert speaker_of('"We are done with the talks," said the official, who asked not to be named.',
                      "done with the talks") == ("the official", "unnamed")
