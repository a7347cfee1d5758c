"""Stances said with a clause: "His lawyers maintain that the accusations are false" (a real Daily Caller page
judged by a helper, stop 39), "Analysts do not think that the bank will cut rates" (a Business Insider one; the gold
counts "scientists think that" a claim), "The Iranian government maintains that it has only detained those …" (a
spent Wikinews claim, found now). "That" before a lone noun is a determiner ("maintain that road"). The first three
fail before; the last two guard."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Bill Cosby faces charges in three states. His lawyers maintain that the accusations are false.",
     "accusations are false", "his lawyers"),
    ("Analysts do not think that the bank will cut rates this year, despite the slowdown.", "cut rates",
     "analysts"),
    ("Protests followed the elections. The Iranian government maintains that it has only detained those who "
     "played a role in the unrest.", "only detained those", "the Iranian government"),
])
def test_a_stance_with_a_clause_is_a_claim(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == (speaker, "unnamed")


@pytest.mark.parametrize("text", [
    "The city must maintain that road through the winter, the council decided.",
    "Crews maintain the roads in winter and clear the drains in spring.",
])
def test_upkeep_is_no_claim(text: str) -> None:
    assert not [c for c in claims(text) if "maintain" in c.exact and c.source == "reporting-verb"
                and c.speaker != "the council"]
