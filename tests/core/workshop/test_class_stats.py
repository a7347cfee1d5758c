"""The class figures count each trainee once, over the article the key is on (break28 HIGH)."""
from __future__ import annotations

import shutil
from pathlib import Path

from tests.core.workshop.workflow import ARTICLE, Person, compare_json, rendered, run, trainee, trainer_with_key


def test_one_row_per_trainee_the_latest_bundle_and_the_dropped_ones_named(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    dan = trainee(tmp_path, "Dan")
    dan.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    first = dan.export("dan-1.dossier")
    dan.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    second = dan.export("dan-2.dossier")
    ben = trainee(tmp_path, "Ben")
    ben.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    ben_file = ben.export("ben.dossier")
    copy = shutil.copy(ben_file, tmp_path / "ben-again.dossier")
    got = compare_json(key, second, first, ben_file, ben_file, copy)  # the earlier one given last
    assert [t["name"] for t in got["trainees"]] == ["Dan", "Ben"]
    assert round(got["trainees"][0]["recall"], 2) == 0.67  # the later bundle, though given first
    assert [(Path(d["source"]).name, d["reason"]) for d in got["dropped"]] == [
        ("dan-1.dossier", f"an earlier bundle by Dan than dan-2.dossier, of {got['dropped'][0]['reason'][-16:]}"),
        ("ben.dossier", "the same bundle as ben-again.dossier"), ("ben.dossier", "the same bundle as ben-again.dossier")]
    run("compare", str(key), str(second), str(first), "--report", str(tmp_path / "r.md"))
    report = (tmp_path / "r.md").read_text()
    assert "not scored: dan-1.dossier (an earlier bundle by Dan than dan-2.dossier" in rendered(tmp_path / "r.md")
    assert report.count("| Dan |") == 1 and "Class mean" not in report
    _, err = run("compare", str(key), str(second), str(first))
    assert "note: dan-1.dossier not scored: an earlier bundle by Dan" in err


def test_a_bundle_on_another_version_of_the_article_stays_out_of_the_class_mean(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    ben = trainee(tmp_path, "Ben")
    ben.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    changed = tmp_path / "harbour_council.txt"
    changed.write_text(ARTICLE.read_text(encoding="utf-8").replace("9 to 4", "9 to 5"), encoding="utf-8")
    eve = Person(tmp_path, "Eve")
    eve.doc = eve.json("add", str(changed))[0]["id"][:12]
    eve.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    bundles = ben.export("ben.dossier"), eve.export("eve.dossier")
    got = compare_json(key, *bundles)
    assert [(t["name"], t["in_class"]) for t in got["trainees"]] == [("Ben", True), ("Eve", False)]
    assert got["class"] is None  # alpha needs two trainees in the class
    run("compare", str(key), *map(str, bundles), "--report", str(tmp_path / "r.md"))
    report = (tmp_path / "r.md").read_text()
    mean = next(line for line in report.splitlines() if line.startswith("| Class mean"))
    assert mean.startswith("| Class mean (1 of 2) | 1.00 | 0.33 | 0.50 |")  # Ben's, not (Ben + 0) / 2
    assert ("left out of the class figures (nothing of theirs on the key's document): Eve"
            in rendered(tmp_path / "r.md"))


def test_an_empty_answer_is_scored_0_in_the_class_and_its_warning_says_so(tmp_path: Path) -> None:
    """An empty bundle and one on another version had the same warning, one counted and the other not (an outside
    tester, stop 52): the empty one's warning says it is scored 0 and counted."""
    _, key = trainer_with_key(tmp_path)
    ben = trainee(tmp_path, "Ben")
    ben.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    eve = trainee(tmp_path, "Eve")
    got = compare_json(key, ben.export("ben.dossier"), eve.export("eve.dossier"))
    assert [(t["name"], t["in_class"]) for t in got["trainees"]] == [("Ben", True), ("Eve", True)]
    assert got["trainees"][1]["warnings"] == [
        "no entity or claim on the key's document: an empty answer, scored 0 and counted in the class figures"]
