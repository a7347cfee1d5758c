"""Two trainees with one name (audit40 T3 finding 3): every lab machine's login is "student", or two Anas in the
class. Bundles under one name that share no annotation come from two libraries, so both are scored, each as
"name (file)"; a trainee's own resubmission (which keeps the first bundle's ids) is still one row."""
from __future__ import annotations

from pathlib import Path

from tests.core.workshop.workflow import CLAIM_1, Person, compare_json, run, trainer_with_key


def _lab(root: Path, machine: str) -> Person:
    """A trainee on a lab machine: a library of their own, exported under the shared login name."""
    person = Person(root / machine, "student")
    person.add()
    return person


def test_two_students_on_two_lab_machines_are_both_scored(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    lab1, lab2 = _lab(tmp_path, "lab1"), _lab(tmp_path, "lab2")
    lab1.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    lab2.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    lab2.annotate(CLAIM_1, "--kind", "claim", "--status", "unverified")
    first, second = lab1.export("lab1.dossier"), lab2.export("lab2.dossier")
    got = compare_json(key, first, second)
    rows = {t["name"]: t for t in got["trainees"]}
    assert sorted(rows) == ["student (lab1.dossier)", "student (lab2.dossier)"] and got["dropped"] == []
    assert rows["student (lab1.dossier)"]["tp"] == 1 and rows["student (lab2.dossier)"]["claims"]["matched"] == 1
    assert any("another bundle exported as student, lab2.dossier, shares no annotation with this one" in w
               for w in rows["student (lab1.dossier)"]["warnings"])
    assert got["class"] is not None  # two people: the class figures are over both

    lab1.annotate("Northern Water Authority", "--kind", "entity", "--type", "ORG")  # lab1 hands in again
    again = lab1.export("lab1-final.dossier")
    got = compare_json(key, first, second, again)
    assert sorted(t["name"] for t in got["trainees"]) == ["student (lab1-final.dossier)", "student (lab2.dossier)"]
    assert [(Path(d["source"]).name, d["reason"][:40]) for d in got["dropped"]] == [
        ("lab1.dossier", "an earlier bundle by student than lab1-f")]
    _, err = run("compare", str(key), str(first), str(second))
    assert "not scored" not in err


def test_a_first_bundle_with_nothing_in_it_is_still_the_same_trainee_s(tmp_path: Path) -> None:
    """An empty bundle proves nothing about who sent it: it goes with the name's trainee, as before."""
    _, key = trainer_with_key(tmp_path)
    lab1 = _lab(tmp_path, "lab1")
    empty = lab1.export("empty.dossier")
    lab1.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    got = compare_json(key, empty, lab1.export("lab1.dossier"))
    assert [t["name"] for t in got["trainees"]] == ["student"]
    assert [Path(d["source"]).name for d in got["dropped"]] == ["empty.dossier"]


def test_a_copy_of_the_key_never_displaces_a_namesake_trainees_work(tmp_path: Path) -> None:
    """A trainee with the trainer's name hands in her work; a copy of the answer key (a classmate's hand-in, or the
    key left among the files given to `compare`) carries the same name and a later date. The key copy was scored in
    her place — 0 everywhere, "flagged as an answer key" — and her bundle dropped as "an earlier bundle" (an outside
    tester, stop 53). Her work is scored; the key copy is dropped, saying what it holds."""
    import shutil

    ines, key = trainer_with_key(tmp_path)
    namesake = Person(tmp_path / "trainee", ines.name)
    namesake.add()
    namesake.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    namesake.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    hers = namesake.export("ines.dossier")
    ines.annotate("Oslo", "--kind", "entity", "--type", "PLACE")  # the trainer corrects the key: a later date
    later_key = ines.export("key2.dossier", "--answer-key")
    handed_in = tmp_path / "cleo.dossier"  # Cleo hands the key in as hers
    shutil.copyfile(later_key, handed_in)
    got = compare_json(later_key, hers, handed_in)
    assert [(t["name"], t["tp"]) for t in got["trainees"]] == [(ines.name, 2)]
    [dropped] = got["dropped"]
    assert Path(dropped["source"]).name == "cleo.dossier"
    assert dropped["reason"].startswith("it holds only the answer key's own records")
