"""`export --format pack --hide-notes` leaves the notes out (break28 HIGH): it printed every note.

An option a format cannot honour is refused with the reason, nothing written, rather than dropped."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from tests.core.workshop.workflow import run, trainer_with_key

SECRET = "Ask the room who pays the other 40 percent"


def _pdf_text(path: Path) -> str:
    with pymupdf.open(path) as pdf:
        return "".join(page.get_text() + "".join(a.info.get("content", "") for a in page.annots())
                       for page in pdf)


def test_a_briefing_pack_with_hide_notes_holds_no_note(tmp_path: Path) -> None:
    ines, _ = trainer_with_key(tmp_path)
    ines.annotate("Northern Water Authority", "--kind", "highlight", "--note", SECRET)
    ines("export", ines.doc, "--format", "pack", "-o", str(tmp_path / "full.pdf"))
    assert SECRET in _pdf_text(tmp_path / "full.pdf")
    ines("export", ines.doc, "--format", "pack", "--hide-notes", "-o", str(tmp_path / "pack.pdf"))
    assert SECRET not in _pdf_text(tmp_path / "pack.pdf")
    assert "Marta Lindqvist" in _pdf_text(tmp_path / "pack.pdf")


def test_hide_notes_where_it_cannot_be_honoured_is_refused(tmp_path: Path) -> None:
    ines, _ = trainer_with_key(tmp_path)
    ines.annotate("Northern Water Authority", "--kind", "highlight", "--note", SECRET)
    lib = ("--library", str(ines.library))
    _, err = run(*lib, "export", ines.doc, "--format", "md", "--hide-notes", "-o", str(tmp_path / "b.md"), code=2)
    assert "--hide-notes leaves the notes out of dossier bundles and briefing packs only" in err
    _, err = run(*lib, "export", ines.doc, "--format", "pack", "--hide-notes", "--parts", "article,notes",
                 "-o", str(tmp_path / "p.pdf"), code=2)
    assert "--parts asks for them: choose one" in err
    assert not (tmp_path / "b.md").exists() and not (tmp_path / "p.pdf").exists()


@pytest.mark.parametrize(("options", "said"), [
    (("--format", "csv", "--trainer", "Ines"), "--trainer applies to pack and dossier exports only"),
    (("--format", "dossier", "--with-documents", "--without-documents"), "contradict each other"),
    (("--format", "md", "--claims"), "--claims applies to brat, conll and spacy exports only"),
    (("--format", "html", "--date", "2026-11-25"), "--date applies to pack exports only"),
    (("--format", "jsonld", "--title", "Week 3"), "--title applies to pack exports only"),
    (("--format", "csv", "--parts", "cover"), "--parts applies to pack exports only"),
    (("--format", "html", "--wikilinks"), "--wikilinks applies to md exports only"),
    (("--format", "pack", "--answer-key"), "--answer-key applies to dossier exports only"),
    (("--format", "pack", "--with-documents"), "--with-documents applies to dossier exports only"),
    (("--format", "dossier", "--trainer", "Ines"), "add --answer-key"),
])
def test_an_option_the_format_would_ignore_is_refused(tmp_path: Path, options: tuple[str, ...], said: str) -> None:
    """Each was dropped without a word and the file written as if it had been honoured (stop 54's tester)."""
    ines, _ = trainer_with_key(tmp_path)
    out = tmp_path / "out"
    _, err = run("--library", str(ines.library), "export", ines.doc, *options, "-o", str(out), code=2)
    assert said in err and "Nothing was written" in err
    assert not out.exists()


@pytest.mark.parametrize("options", [("--format", "conll", "--claims"), ("--format", "md", "--wikilinks"),
                                     ("--format", "dossier", "--answer-key", "--trainer", "Ines Varga"),
                                     ("--format", "pack", "--title", "Week 3", "--date", "2026-11-25")])
def test_an_option_its_format_uses_is_taken(tmp_path: Path, options: tuple[str, ...]) -> None:
    ines, _ = trainer_with_key(tmp_path)
    run("--library", str(ines.library), "export", ines.doc, *options, "-o", str(tmp_path / "out"))
    assert (tmp_path / "out").stat().st_size > 0
