"""Places named by what they are: a mountain or lake before its name ("Mount McKinley", "Lake Victoria", "Mt.
Fuji") and stations, atolls, mosques, temples and towers after it ("Shandao Station", "Laamu Atoll")."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found


@pytest.mark.parametrize(("text", "place"), [
    ("They climbed Mount McKinley, then swam in Lake Victoria.", "Mount McKinley"),
    ("They climbed Mount McKinley, then swam in Lake Victoria.", "Lake Victoria"),
    ("Mt. Fuji was covered in snow.", "Mt. Fuji"),
    ("Shandao Station was closed after the fire.", "Shandao Station"),
    ("Divers reached Laamu Atoll by noon.", "Laamu Atoll"),
])
def test_places_named_by_what_they_are(text: str, place: str) -> None:
    assert (place, "PLACE") in found(text)
