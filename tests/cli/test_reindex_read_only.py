"""`reindex` with a read-only index folder (a tester saw "indexed 5 items", exit 0, and a read-only
`index.old-<pid>` folder left in the library: the rebuild was made beside it and swapped in). It must say
the index cannot be written, exit non-zero without a traceback, and leave the library as it was."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.test_cli import Run, cli  # noqa: F401  (the fixture)
from tests.unwritable import ReadOnlyIndex


class ReadOnlyFolder(ReadOnlyIndex):
    """Only the index folder itself is read-only (chmod 555 on it): its siblings (a rebuild's
    `index.building-*`) can be made, as in the library folder of a real person."""

    def _check(self, folder: str) -> None:
        if Path(folder) == Path(self.prefix) or str(folder).startswith(self.prefix + os.sep):
            super()._check(folder)


def test_reindex_with_a_read_only_index_says_so_and_leaves_no_debris(cli: Run, samples: Path,  # noqa: F811
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    cli("add", str(samples / "harbour_council.txt"))
    cli("annotate", str(samples / "harbour_council.txt"), "--quote", "Tomas Ek", "--kind", "entity",
        "--type", "PERSON")
    before = sorted(p.name for p in cli.library.iterdir())
    index_files = sorted(p.name for p in (cli.library / "index").iterdir())
    guard = ReadOnlyFolder(monkeypatch, cli.library / "index")
    out, err = cli("reindex", code=1)
    assert "indexed" not in out
    assert "search index cannot be written" in err and "Traceback" not in err
    assert guard.attempts >= 1
    assert sorted(p.name for p in cli.library.iterdir()) == before  # no index.old-*, no index.building-*
    assert sorted(p.name for p in (cli.library / "index").iterdir()) == index_files
    guard.read_only = False
    out, _ = cli("reindex")
    assert out.startswith("indexed ")
