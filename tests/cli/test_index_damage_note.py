"""A damaged search index is rebuilt with one plain note on stderr, counted the way a person counts ("3 annotations
in 2 documents", not "5 items": the index counts documents as items too). The error the repair met is for
whoever looks into it (`--verbose`), not printed before the note ("index table of contents unreadable:
error('unpack requires a buffer of 4 bytes')"). Run as a real process: Python's fallback printing of
unhandled log records is what put those lines on stderr."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES


def _run(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DOSSIER_IN_PROCESS="1", DOSSIER_ANNOTATOR="Ines Varga")
    return subprocess.run([sys.executable, "main.py", "--library", str(library), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    library = tmp_path_factory.mktemp("damage") / "lib"
    for sample, quotes in (("harbour_council.txt", ("Tomas Ek", "Marta Lindqvist")),
                           ("grid_shortfall.html", ("Helena Brandt",))):
        added = _run(library, "add", str(SAMPLES / sample))
        assert added.returncode == 0, added.stderr
        for quote in quotes:
            done = _run(library, "annotate", added.stdout.split()[0], "--quote", quote, "--kind", "entity",
                        "--type", "PERSON")
            assert done.returncode == 0, done.stderr
    return library


def _truncate_tables_of_contents(library: Path) -> None:
    tocs = list((library / "index").glob("*.toc"))
    assert tocs
    for toc in tocs:
        with open(toc, "r+b") as f:
            f.truncate(10)


def test_a_damaged_index_is_one_plain_note_counting_annotations_and_documents(library: Path) -> None:
    _truncate_tables_of_contents(library)
    done = _run(library, "search", "Helena")
    assert done.returncode == 0 and "Helena" in done.stdout
    assert done.stderr.splitlines() == [
        "note: The search index was damaged; it was rebuilt from the library (3 annotations in 2 documents).",
        "1 match(es)"]


def test_verbose_shows_what_the_repair_met(library: Path) -> None:
    _truncate_tables_of_contents(library)
    done = _run(library, "--verbose", "search", "Helena")
    assert done.returncode == 0
    first, note, count = done.stderr.splitlines()
    assert first.startswith("log: annotations.index_folder: index table of contents unreadable: ")
    assert note.endswith("(3 annotations in 2 documents).") and count == "1 match(es)"
    quiet = _run(library, "search", "--verbose", "Helena")  # after the command too; nothing to repair now
    assert quiet.returncode == 0 and quiet.stderr.splitlines() == ["1 match(es)"]


def test_the_app_takes_verbose_too() -> None:
    """`dossier --verbose` (no command: the app) was refused as an unknown argument."""
    from reader.ui.app import parse

    assert parse(["--verbose", "--library", "x"]).verbose and not parse([]).verbose
