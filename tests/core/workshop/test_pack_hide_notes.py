"""`export --format pack --hide-notes` leaves the notes out (break28 HIGH): it printed every note.

An option a format cannot honour is refused with the reason, nothing written, rather than dropped."""
from __future__ import annotations

from pathlib import Path

import pymupdf

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
