"""Sources that an outside helper's invented articles (stop 37) showed going missing or wrong, each a construction
journalism uses everywhere: a body after its place in lower case ("according to the state's Department of Marine
Resources" gave no speaker), "they" for the subject of the sentence's own first clause ("Investigators have not
determined the cause, but they said" went to an organisation named earlier), an organisation's officials as
"they" (the organisation, as when they are the subject), a name with "&" before "officials" ("PG&E officials" gave
"E officials"), and the first paragraph after a headline, which no full stop ends: its unnamed source was read
across the blank line ("Fertilizer\n\nOfficers") and kept its sentence capital. The cases failed before; the last
are guards."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Landings in Maine fell to about 94 million pounds in 2023, according to the state's Department of Marine "
     "Resources.", "94 million pounds", ("Department of Marine Resources", "named")),
    ("Exports rose 4 per cent, according to the country's Ministry of Trade.", "Exports rose",
     ("Ministry of Trade", "named")),
    ("Landings fell in 2023, according to the state Department of Marine Resources.", "Landings fell",
     ("Department of Marine Resources", "named")),
    ("A fire broke out at the KHOU studios on Monday.\n\nInvestigators have not determined the cause, but they said "
     "it does not appear to be suspicious.", "not appear to be suspicious", ("investigators", "unnamed")),
    ("On Monday, Scientology officials went to the station, where they claimed Montalvo left with hard drives.",
     "left with hard drives", ("Scientology", "named")),
    ("PG&E officials said the outage would last days.", "outage would last", ("PG&E", "named")),
    ("Fort Worth May Dry Human Waste and Sell It as Fertilizer\n\nOfficers arrested Webb in the hallway, where they "
     "said the girl had been hidden for hours.", "hidden for hours", ("officers", "unnamed")),
    ("Scientists find a new tool for dating rock art\n\nA team of researchers has found that the paint is older.",
     "paint is older", ("a team of researchers", "unnamed")),
    # guards: a name's or a party's capital stays
    ("Voters turn against the plan\n\nRepublicans in Western North Carolina said the plan would fail.",
     "plan would fail", ("Republicans in Western North Carolina", "unnamed")),
    ("Scientology officials said Montalvo left with hard drives.", "left with hard drives", ("Scientology", "named")),
])
def test_the_source(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker
