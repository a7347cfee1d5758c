"""Every command's output ends its last line: stdout (and stderr) end with a newline, so the next prompt,
or the other stream's next line, starts on a line of its own. Runs each command the parser knows."""
from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from reader.cli import build_parser, main
from tests.cli.test_workshop_cli import _bundle
from tests.core.workshop.exercise_data import key, trainee_a


def _commands() -> set[str]:
    actions = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return set(actions[0].choices)


def test_every_command_ends_its_output_with_a_newline(tmp_path: Path, samples: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "Ines Varga")
    library = ["--library", str(tmp_path / "lib")]
    ran: set[str] = set()
    outputs: list[tuple[list[str], str, str]] = []

    def run(*args: str, code: int = 0) -> str:
        out, err = io.StringIO(), io.StringIO()
        command = list(args)
        got = main(command if command[0] == "compare" else [*library, *command], out=out, err=err)
        assert got == code, (command, out.getvalue(), err.getvalue())
        ran.add(command[0])
        outputs.append((command, out.getvalue(), err.getvalue()))
        return out.getvalue()

    article = str(samples / "harbour_council.txt")
    doc = run("add", article).split()[0]
    run("list")
    run("list", "--json")
    run("show", doc)
    run("show", doc, "--json")
    annotation = json.loads(run("annotate", doc, "--quote", "Tomas Ek", "--kind", "entity", "--type", "PERSON",
                                "--json"))["id"].rsplit("/", 1)[-1].removeprefix("urn:uuid:")
    run("annotate", doc, "--quote", "Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    run("edit", annotation, "--note", "checked")
    run("edit", annotation, "--tag", "x", "--json")
    run("conflicts")
    run("conflicts", "--json")
    run("search", "*")
    run("search", "Tomas", "--json")
    run("search", "harbour", "--documents", "--facets")
    run("reindex")
    run("properties", doc)
    run("properties", doc, "--outlet", "Port Alder Gazette")
    run("properties", doc, "--json")
    run("suggest", doc)
    run("suggest", doc, "--json")
    run("export", doc, "--format", "md", "-o", str(tmp_path / "brief.md"))
    run("export", doc, "--format", "dossier", "-o", str(tmp_path / "mine.dossier"))
    run("import", str(tmp_path / "mine.dossier"), "--dry-run")
    run("import", str(tmp_path / "mine.dossier"), "--json")
    keyfile, ana = _bundle(tmp_path / "key.dossier", key(), answer_key=True), _bundle(tmp_path / "ana.dossier", trainee_a())
    run("import", str(keyfile), code=1)
    run("compare", str(keyfile), str(ana), "--report", str(tmp_path / "r.html"))
    run("compare", str(keyfile), str(ana), "--json")
    run("undo")
    run("redo")
    run("delete", annotation)
    run("remove", doc)
    run("show", "0" * 12, code=1)
    assert ran == _commands(), f"not run: {_commands() - ran}"
    for command, out, err in outputs:
        assert out == "" or out.endswith("\n"), (command, out[-80:])
        assert err == "" or err.endswith("\n"), (command, err[-80:])
