"""Names a trainee chooses cannot pass for the report's own text (break28w LOW)."""
from __future__ import annotations

from pathlib import Path

from tests.core.workshop.workflow import CLAIM_1, Person, compare_json, rendered, run, trainer_with_key


def _bundle(root: Path, name: str) -> Path:
    person = Person(root, name.encode("unicode_escape").decode().replace("\\", "_"))
    person.add()
    person.annotate(CLAIM_1, "--kind", "claim", "--status", "unverified")
    path = root / f"{person.library.name}.dossier"
    run("--library", str(person.library), "export", person.doc, "--format", "dossier", "-o", str(path),
        "--annotator", name)
    return path


def test_a_trainee_named_class_mean_is_not_a_second_mean_row(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    bundles = [_bundle(tmp_path, "Class mean"), _bundle(tmp_path, "Ana")]
    names = [t["name"] for t in compare_json(key, *bundles)["trainees"]]
    assert names == ["Class mean (trainee)", "Ana"]


def test_bidi_controls_and_e_mail_addresses_are_shown_harmless(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    bundle = _bundle(tmp_path, "\u202eana@evil.example")
    out, _ = run("compare", str(key), str(bundle), "--report", str(tmp_path / "r.md"))
    assert "\u202e" not in out and "ana@evil.example" in out
    assert "2 claims" in out
    html = rendered(tmp_path / "r.md")
    assert "mailto" not in html and "\u202e" not in html and "ana@evil.example" in html
    assert "Matched 1 of 2 key claims" in html and "ana\\@evil.example" in (tmp_path / "r.md").read_text("utf-8")
