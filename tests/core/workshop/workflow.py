"""A workshop as trainers and trainees run it, through the command line: a trainer's library with an answer
key on the harbour council sample, trainees' libraries, bundles passed around as files."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

from reader.cli import main
from tests.built_once import built_once
from tests.conftest import SAMPLES

ARTICLE = SAMPLES / "harbour_council.txt"
CLAIM_1 = 'the barrier would "protect 3,200 homes from the kind of surge we saw in 2023"'
CLAIM_2 = "warned that the barrier could cut the catch of the estuary's herring boats by a third"


def run(*args: str, code: int = 0) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    got = main(list(args), out=out, err=err)
    assert got == code, (args, out.getvalue(), err.getvalue())
    return out.getvalue(), err.getvalue()


class Person:
    """One person's library (trainer or trainee), driven through the CLI with their name."""

    def __init__(self, root: Path, name: str) -> None:
        self.root, self.name = root, name
        self.library = root / name.lower().replace(" ", "-")
        self.doc = ""

    def __call__(self, *args: str, code: int = 0) -> str:
        out, err = run("--library", str(self.library), *args, "--annotator", self.name, code=code)
        return out + err

    def json(self, *args: str) -> Any:
        out, _ = run("--library", str(self.library), *args, "--json", "--annotator", self.name)
        return json.loads(out)

    def add(self) -> str:
        self.doc = self.json("add", str(ARTICLE))[0]["id"][:12]
        return self.doc

    def annotate(self, quote: str, *args: str) -> str:
        return str(self.json("annotate", self.doc, "--quote", quote, *args)["id"]).rsplit(":", 1)[-1]

    def ids(self) -> list[str]:
        return [a["id"].rsplit(":", 1)[-1] for a in self.json("show", self.doc)["annotations"]]

    def export(self, filename: str, *extra: str) -> Path:
        path = self.root / filename
        self("export", self.doc, "--format", "dossier", "-o", str(path), *extra)
        return path


def _trainer_with_key(root: Path) -> tuple[Person, Path]:
    ines = Person(root, "Ines Varga")
    ines.add()
    ines.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    ines.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    ines.annotate("Northern Water Authority", "--kind", "entity", "--type", "ORG")
    ines.annotate(CLAIM_1, "--kind", "claim", "--speaker", "Marta Lindqvist", "--status", "unverified")
    ines.annotate(CLAIM_2, "--kind", "claim", "--speaker", "Tomas Ek", "--status", "disputed")
    return ines, ines.export("key.dossier", "--answer-key")


def trainer_with_key(root: Path) -> tuple[Person, Path]:
    """Ines's library: three entity mentions and two claims, exported as an answer key (root / "key.dossier").
    Made once per process through the command line (~2.5 s) and copied into `root`: her library folder and the
    key file."""
    _, (made, key) = built_once("workshop key", _trainer_with_key)
    ines = Person(root, made.name)
    ines.doc = made.doc
    shutil.copytree(made.library, ines.library)
    shutil.copyfile(key, root / key.name)
    return ines, root / key.name


def trainee(root: Path, name: str) -> Person:
    """A trainee's library holding the article. Added once per process and name through the command line (an
    add parses the file in a worker process: ~0.6 s) and copied into `root`."""
    _, made = built_once(("workshop trainee", name), lambda template: _added(Person(template, name)))
    person = Person(root, name)
    person.doc = made.doc
    shutil.copytree(made.library, person.library)
    return person


def _added(person: Person) -> Person:
    person.add()
    return person


def rendered(markdown: Path) -> str:
    """A Markdown report as a reader sees it (HTML from a CommonMark renderer with tables)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").render(markdown.read_text(encoding="utf-8"))


def compare_json(key: Path, *trainees: Path) -> dict[str, Any]:
    out, _ = run("compare", str(key), *map(str, trainees), "--json")
    return json.loads(out)  # type: ignore[no-any-return]
