"""An organisation's words taken up again (battery C, stop 38): "It said" opening the sentence after the body spoke
is that body, not the last organisation its words named ("The IDF said its aircraft had struck infrastructure
belonging to Hamas. It said …": Hamas before); "The statement said" after "In a statement published on Wednesday,
the CMFHR described …" is the body the opening phrase's statement came from (no speaker before). The cases failed
before; the last is a guard ("It" after a sentence with no organisation speaking: the latest organisation)."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The Israel Defense Forces (IDF) said its aircraft had struck infrastructure belonging to Hamas. It said it was "
     "reviewing reports of civilian casualties.", "reviewing reports", "Israel Defense Forces"),
    ("In a statement published on Wednesday, the Centre for Media Freedom and Human Rights described the arrests as "
     "an escalation.\n\n\"These arrests are part of a pattern,\" said Elif Demirci, its programme director.\n\n"
     "The statement said the three had been held incommunicado for 48 hours.", "held incommunicado",
     "Centre for Media Freedom and Human Rights"),
    ("Workers at Harbour Ferries Ltd walked out on Monday. It said services would resume on Friday.",
     "services would resume", "Harbour Ferries Ltd"),
])
def test_the_organisation(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == (speaker, "named")
