"""Fixtures the exchange tests share."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.library import Library


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Library, Library, Library]]:
    """Ana's, Ben's and Cleo's libraries, empty (a test file may define its own `team` of another shape)."""
    libs = tuple(Library.open(tmp_path / n) for n in ("ana", "ben", "cleo"))
    yield libs  # type: ignore[misc]
    for lib in libs:
        lib.close()
