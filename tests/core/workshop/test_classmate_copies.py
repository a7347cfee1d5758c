"""A trainee who imported a classmate's bundle and handed it in holds the classmate's annotations under the
classmate's name: those are not scored as theirs. Fay (all of Ana's) and Gus (Ana's and one of his own) were scored
and counted, the class's status α read 1.00 from three copies of Ana's statuses, and Ana got the same "one bundle is
a copy of the other" warning as those who copied her (an outside tester, stop 52)."""
from __future__ import annotations

from pathlib import Path

from tests.core.workshop.workflow import CLAIM_1, CLAIM_2, compare_json, trainee, trainer_with_key


def test_a_classmates_annotations_handed_in_are_not_credited(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    ana = trainee(tmp_path, "Ana")
    ana.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    ana.annotate(CLAIM_1, "--kind", "claim", "--speaker", "Marta Lindqvist", "--status", "unverified")
    ana_file = ana.export("ana.dossier")
    fay, gus = trainee(tmp_path, "Fay"), trainee(tmp_path, "Gus")
    fay("import", str(ana_file))
    gus("import", str(ana_file))
    gus.annotate(CLAIM_2, "--kind", "claim", "--speaker", "Tomas Ek", "--status", "disputed")
    got = compare_json(key, ana_file, fay.export("fay.dossier"), gus.export("gus.dossier"))
    rows = {t["name"]: t for t in got["trainees"]}
    assert rows["Ana"]["in_class"] and rows["Ana"]["claims"]["matched"] == 1
    assert not any("one bundle is a copy" in w for w in rows["Ana"]["warnings"]), rows["Ana"]["warnings"]
    assert any("its annotations were copied into fay.dossier" in w for w in rows["Ana"]["warnings"])
    copied = "holds annotations made by classmates, copied from their bundles (2 of Ana's): not credited"
    assert copied in rows["Fay"]["warnings"] and not rows["Fay"]["in_class"]
    assert copied in rows["Gus"]["warnings"] and rows["Gus"]["in_class"]
    assert rows["Gus"]["claims"]["matched"] == 1 and rows["Gus"]["claims"]["trainee"] == 1  # his own claim only
    assert rows["Gus"]["exact"]["tp"] + rows["Gus"]["exact"]["fp"] == 0  # none of Ana's mentions
