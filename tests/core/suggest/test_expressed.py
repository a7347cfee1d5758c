""""Expressed concern that …", "voiced its hope that …": a stance put into words is a claim of the one who expressed
it (stop 36). "expressed" and "voiced" report only before a clause ("that", "how", "whether") or a quote —
"expressed sympathy for the victims" says nothing. Found on a spent set, where "TUSIAD, the main business
association in Turkey, voiced its hope that …" was a claim only by mistake ("suspects" read as a verb), with the
phrase after the apposition as its speaker. The first five cases failed before (no claim, or that speaker)."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The ministry expressed concern that the talks would fail.", "talks", ("the ministry", "unnamed")),
    ("Ana Reyes expressed her hope that the strike would end soon.", "strike", ("Ana Reyes", "named")),
    ("The union voiced its hope that the strike would end soon.", "strike", ("the union", "unnamed")),
    ("TUSIAD, the main business association, voiced its hope that the suspects would be treated fairly.", "fairly",
     ("TUSIAD", "named")),
    ("At the meeting, concern was expressed that the dam would not hold.", "dam", (None, None)),
])
def test_a_stance_expressed_before_a_clause_is_a_claim_of_its_holder(
        text: str, fragment: str, speaker: tuple[str | None, str | None]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("text", ["The mayor expressed sympathy for the victims of the fire.",
                                  "The firm expressed interest in buying the plant.",
                                  "Many residents voiced their anger at the meeting."])
def test_an_expression_without_a_clause_is_no_claim(text: str) -> None:
    assert claims(text) == []
