"""The answer key's own records in a trainee's bundle are not the trainee's work (break28 C1).

The key's manifest flag is not protected (flipping it is trivial), so the rule is in the scoring: a trainee
annotation under one of the key's ids — unchanged, or changed since — is the trainer's record, not
credited, and the report says how many there were."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.core.workshop.workflow import compare_json, run, trainee, trainer_with_key


def test_the_key_handed_in_as_a_trainee_bundle_scores_nothing(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    handed_in = shutil.copy(key, tmp_path / "fay.dossier")  # (the key's own file is not scored: the key itself)
    got = compare_json(key, handed_in)["trainees"][0]
    assert (got["f1"], got["recall"], got["overlap"]["f1"], got["claims"]["matched"]) == (0, 0, 0, 0)
    assert got["copied_from_key"] == {"unchanged": 5, "edited": 0}
    assert any("5 annotations are the answer key's own records" in w for w in got["warnings"])
    assert any("flagged as an answer key" in w for w in got["warnings"])


def test_the_key_imported_and_re_exported_under_a_trainee_s_name_scores_nothing(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    ana = trainee(tmp_path, "Ana")
    ana("import", str(key), "--answer-key-ok")
    bundle = ana.export("ana.dossier")  # not flagged: a plain trainee bundle named Ana
    got = compare_json(key, bundle)["trainees"][0]
    assert got["name"] == "Ana"
    assert (got["f1"], got["claims"]["matched"], got["copied_from_key"]["unchanged"]) == (0, 0, 5)
    out, _ = run("compare", str(key), str(bundle))
    assert "copied from the key: not credited" in out


def test_an_edited_copy_of_a_key_record_is_not_credited_but_the_trainee_s_own_work_is(tmp_path: Path) -> None:
    """An honest trainee who imported the key and corrected one claim (status) and marked two people
    herself: the two people are hers (precision 1, recall 2/3), the corrected claim is still the trainer's
    span — not credited, counted as edited."""
    _, key = trainer_with_key(tmp_path)
    ana = trainee(tmp_path, "Ana")
    ana("import", str(key), "--answer-key-ok")
    claim = next(a["id"].rsplit(":", 1)[-1] for a in ana.json("show", ana.doc)["annotations"]
                 if a["kind"] == "claim" and "protect 3,200 homes" in json.dumps(a))
    ana("edit", claim, "--status", "disputed")
    ana.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON", "--entity", "Marta L.")
    ana.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON", "--entity", "T. Ek")
    got = compare_json(key, ana.export("ana.dossier"))["trainees"][0]
    assert got["copied_from_key"] == {"unchanged": 4, "edited": 1}
    assert (got["precision"], round(got["recall"], 2), got["claims"]["matched"]) == (1.0, 0.67, 0)
    assert any("(1 changed by the trainee)" in w for w in got["warnings"])


def test_the_report_has_a_copied_column_only_when_a_bundle_held_copies(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    ben = trainee(tmp_path, "Ben")
    ben.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    own = ben.export("ben.dossier")
    run("compare", str(key), str(own), "--report", str(tmp_path / "clean.md"))
    assert "Copied from key" not in (tmp_path / "clean.md").read_text()
    handed_in = shutil.copy(key, tmp_path / "fay.dossier")
    run("compare", str(key), str(own), str(handed_in), "--report", str(tmp_path / "r.md"))
    assert "Copied from key" in (tmp_path / "r.md").read_text()
