"""An answer key holds the trainer's own work, never a trainee's imported into the trainer's library: a trainer who
imported Ana's bundle to look at it exported Ana's marks in the next key — Ana then scored 0 as "copied from the
key" and the class was scored against her mistakes (an outside tester, stop 52). What the key leaves out is said."""
from __future__ import annotations

from pathlib import Path

from annotations.bundle import read_bundle
from tests.core.workshop.workflow import CLAIM_1, Person, compare_json, run, trainee, trainer_with_key


def test_a_trainees_bundle_imported_by_the_trainer_stays_out_of_the_next_key(tmp_path: Path) -> None:
    ines, first_key = trainer_with_key(tmp_path)
    ana = trainee(tmp_path, "Ana")
    ana.annotate("Tomas Ek", "--kind", "entity", "--type", "ORG")  # wrong type
    ana.annotate("Port Alder", "--kind", "entity", "--type", "PLACE")
    ana_file = ana.export("ana.dossier")
    ines("import", str(ana_file))  # to look at her work
    assert len(ines.ids()) == 7  # Ines's five and Ana's two, in her library

    key = tmp_path / "key2.dossier"
    _, err = run("--library", str(ines.library), "export", ines.doc, "--format", "dossier", "--answer-key",
                 "--hide-notes", "-o", str(key), "--annotator", ines.name)
    assert "note: 2 annotations imported from others' bundles (Ana 2) left out of the answer key" in err
    assert {a.id for a in read_bundle(key.read_bytes()).annotations} == \
        {a.id for a in read_bundle(first_key.read_bytes()).annotations}  # the same key as before the import
    got = compare_json(key, ana_file)
    [row] = got["trainees"]
    assert row["in_class"] and not any("copied" in w for w in row["warnings"]), row["warnings"]


def test_the_trainers_own_work_brought_from_another_machine_stays_in(tmp_path: Path) -> None:
    """A plain bundle of the trainer's own (made at home, imported at work) is the trainer's work: in the key."""
    ines, first_key = trainer_with_key(tmp_path)
    home = tmp_path / "home.dossier"
    ines.export("home.dossier")
    at_work = tmp_path / "work"
    run("--library", str(at_work), "import", str(home), "--annotator", "Ines Varga")
    key = tmp_path / "key-at-work.dossier"
    _, err = run("--library", str(at_work), "export", "--all", "--format", "dossier", "--answer-key", "-o", str(key),
                 "--annotator", "Ines Varga")
    assert "left out" not in err
    assert len(read_bundle(key.read_bytes()).annotations) == len(read_bundle(first_key.read_bytes()).annotations)


def test_the_trainers_annotation_as_a_trainee_changed_it_stays_out_of_the_key(tmp_path: Path) -> None:
    """The trainer shared a plain starter bundle; Ana changed a claim's status in it and handed it in; the trainer
    imported it to look: the key held the claim as Ana changed it (its creator still the trainer's name)."""
    ines = Person(tmp_path, "Ines Varga")  # no key exported yet: the starter bundle first
    ines.add()
    ines.annotate(CLAIM_1, "--kind", "claim", "--speaker", "Marta Lindqvist", "--status", "supported")
    starter = ines.export("starter.dossier", "--with-documents")
    ana = trainee(tmp_path, "Ana")
    ana("import", str(starter))
    claim = next(a for a in ana.json("show", ana.doc)["annotations"] if a["kind"] == "claim")
    ana("edit", claim["id"].rsplit(":", 1)[-1], "--status", "false")
    ines("import", str(ana.export("ana.dossier")))
    key = tmp_path / "key2.dossier"
    _, err = run("--library", str(ines.library), "export", ines.doc, "--format", "dossier", "--answer-key",
                 "-o", str(key), "--annotator", ines.name)
    assert "(Ana 1) left out of the answer key" in err
    statuses = {a.id: a.claim.status.value for a in read_bundle(key.read_bytes()).annotations if a.claim}
    assert "false" not in statuses.values()
