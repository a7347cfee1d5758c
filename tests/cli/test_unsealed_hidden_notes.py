"""A note taken from another tool (plain W3C JSON-LD here) is not sealed: its revision id covers the note as
written, so hiding it with --hide-notes does not keep it from a guess (break28w HIGH 1). The export says so,
and how many, instead of letting the trainer believe it hidden; notes written in Dossier give no warning."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.core.workshop.workflow import Person, run, trainee


def _plain(value: Any) -> Any:
    """A W3C export as another tool writes it: without Dossier's own keys (dossier:rev and the rest)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if not k.startswith("dossier:")}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def test_hiding_notes_taken_from_another_tool_warns_that_they_can_be_guessed(tmp_path: Path) -> None:
    colleague = trainee(tmp_path, "Col")
    colleague.annotate("Tomas Ek", "--kind", "highlight", "--note", "misleading")
    colleague("export", colleague.doc, "--format", "jsonld", "-o", str(tmp_path / "col.jsonld"))
    plain = tmp_path / "plain.jsonld"
    plain.write_text(json.dumps(_plain(json.loads((tmp_path / "col.jsonld").read_text()))))
    ines = trainee(tmp_path, "Ines")
    ines("import", str(plain))
    ines.annotate("Marta Lindqvist", "--kind", "highlight", "--note", "true")  # written here: sealed
    _, err = run("--library", str(ines.library), "export", ines.doc, "--format", "dossier", "--answer-key",
                 "--hide-notes", "-o", str(tmp_path / "key.dossier"))
    assert "warning: 1 hidden note(s) are not sealed" in err
    _, err = run("--library", str(ines.library), "export", ines.doc, "--format", "dossier",
                 "-o", str(tmp_path / "full.dossier"))
    assert "not sealed" not in err  # nothing is hidden: nothing to warn about


def test_hiding_notes_written_here_gives_no_warning(tmp_path: Path) -> None:
    ines = Person(tmp_path, "Ines")
    ines.add()
    ines.annotate("Tomas Ek", "--kind", "highlight", "--note", "misleading")
    _, err = run("--library", str(ines.library), "export", ines.doc, "--format", "dossier", "--hide-notes",
                 "-o", str(tmp_path / "key.dossier"))
    assert "not sealed" not in err
