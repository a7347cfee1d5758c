"""`export --format pack --parts notes` was refused with "Nothing to put in the pack: the parts asked for are empty."
on an article whose notes are there: the notes part only lets notes into the article and tables. The refusal says
so and what to add, as the Workshop dialog does ("Choose at least the cover, the article or the tables.")."""
from __future__ import annotations

from pathlib import Path

from tests.core.workshop.workflow import trainer_with_key


def test_notes_alone_is_refused_with_what_to_add(tmp_path: Path) -> None:
    ines, _ = trainer_with_key(tmp_path)
    ines.annotate("Tomas Ek", "--kind", "note", "--note", "TRAINER: check AP figure")
    said = ines("export", ines.doc, "--format", "pack", "--parts", "notes", "-o", str(tmp_path / "p.pdf"), code=1)
    assert "empty" not in said
    assert "cover, article or tables" in said and "notes part" in said
    assert not (tmp_path / "p.pdf").exists()
