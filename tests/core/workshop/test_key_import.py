"""A trainee's bundle imported into the trainer's library never rewrites the answer key (break28 HIGH).

The key is the trainer's own annotations; a trainee who imported it (--answer-key-ok) and corrected a record
sends a bundle whose version descends from the trainer's, so a plain merge took it as the newer edit: "1
updated", and the next key said what the trainee thought. Trainees' bundles are compared, not merged: one
that would change a record of a key this library exported is refused, nothing imported."""
from __future__ import annotations

from pathlib import Path

from tests.core.workshop.workflow import compare_json, trainee, trainer_with_key


def _corrected_by_ana(tmp_path: Path, key: Path) -> Path:
    ana = trainee(tmp_path, "Ana")
    ana("import", str(key), "--answer-key-ok")
    claim = next(a["id"].rsplit(":", 1)[-1] for a in ana.json("show", ana.doc)["annotations"]
                 if a["kind"] == "claim" and a["status"] == "unverified")
    ana("edit", claim, "--status", "supported")
    ana.annotate("Claire Dubois", "--kind", "entity", "--type", "PERSON")
    return ana.export("ana.dossier")


def test_a_trainee_bundle_that_corrects_the_key_is_refused_and_the_key_stays(tmp_path: Path) -> None:
    ines, key = trainer_with_key(tmp_path)
    before = ines.json("show", ines.doc)["annotations"]
    bundle = _corrected_by_ana(tmp_path, key)
    for dry in (("--dry-run",), ()):
        said = ines("import", str(bundle), *dry, code=1)
        assert "would change 1 annotation of the answer key exported from this library" in said
        assert "compare KEY.dossier ana.dossier" in said and "Nothing was imported" in said
    assert ines.json("show", ines.doc)["annotations"] == before
    again = ines.export("key-again.dossier", "--answer-key")
    assert compare_json(again, key)["trainees"][0]["copied_from_key"] == {"unchanged": 5, "edited": 0}


def test_a_trainee_bundle_of_her_own_work_still_imports(tmp_path: Path) -> None:
    ines, _ = trainer_with_key(tmp_path)
    ben = trainee(tmp_path, "Ben")
    ben.annotate("Claire Dubois", "--kind", "entity", "--type", "PERSON")
    assert "imported: 1 new" in ines("import", str(ben.export("ben.dossier")))


def test_a_fellow_trainer_s_key_may_change_it_when_said_yes_to(tmp_path: Path) -> None:
    ines, key = trainer_with_key(tmp_path)
    cleo = trainee(tmp_path, "Cleo")
    cleo("import", str(key), "--answer-key-ok")
    claim = next(a["id"].rsplit(":", 1)[-1] for a in cleo.json("show", cleo.doc)["annotations"]
                 if a["kind"] == "claim" and a["status"] == "unverified")
    cleo("edit", claim, "--status", "supported")
    revised = cleo.export("cleo-key.dossier", "--answer-key")
    assert "1 updated" in ines("import", str(revised), "--answer-key-ok")
