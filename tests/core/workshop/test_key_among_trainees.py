"""The answer key's own file given among the trainees' bundles (Workshop > Compare… opens the trainees' dialog in the
key's folder, and Ctrl+A takes the key too; `compare key.dossier *.dossier` does the same): it was scored as one more
trainee, the trainer's name in the class table at 0.00 and "4 trainees" for three. It is named among the bundles not
scored instead, and the class is the trainees'."""
from __future__ import annotations

from pathlib import Path

from tests.core.workshop.workflow import compare_json, run, trainee, trainer_with_key


def test_the_key_file_among_the_trainees_is_not_scored(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    ana, ben = trainee(tmp_path, "Ana"), trainee(tmp_path, "Ben")
    ana.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    ben.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    bundles = [key, ana.export("ana.dossier"), ben.export("ben.dossier")]
    got = compare_json(key, *bundles)
    assert [t["name"] for t in got["trainees"]] == ["Ana", "Ben"]
    assert [(Path(d["source"]).name, d["refused"]) for d in got["dropped"]] == [("key.dossier", False)]
    assert "answer key itself" in got["dropped"][0]["reason"]
    out, err = run("compare", str(key), *map(str, bundles))
    assert "Ines" not in out.split("\n", 1)[1]  # (the first line names the key's author)
    assert "note: key.dossier not scored: the answer key itself" in err


def test_only_the_key_is_no_class(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    _, err = run("compare", str(key), str(key), code=1)
    assert "key.dossier" in err and "trainee" in err
