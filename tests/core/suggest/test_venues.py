"""Venues a tour announcement lists (battery C, stop 38): a dome, a bowl, an amphitheatre, a pavilion, a coliseum
are places, as a stadium or an arena was already; and a given name before a place's head is a person where the
context shows one ("Tom Bridge said": no bridge). The venue cases failed before, as did "Tom Bridge"; the last are
guards (bridges and streets stay places)."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The tour stops at the Ziggo Dome in Amsterdam on May 2.", "Ziggo Dome", "PLACE"),
    ("The band closes the tour at the Hollywood Bowl.", "Hollywood Bowl", "PLACE"),
    ("Tickets for the Jiffy Lube Amphitheatre show sold out.", "Jiffy Lube Amphitheatre", "PLACE"),
    ("Tom Bridge said the plan had failed.", "Tom Bridge", "PERSON"),
    ("We crossed London Bridge and walked to Baker Street.", "London Bridge", "PLACE"),
    ("We crossed London Bridge and walked to Baker Street.", "Baker Street", "PLACE"),
])
def test_the_name(text: str, name: str, kind: str) -> None:
    assert (name, kind) in found(text)
