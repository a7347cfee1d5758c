"""Which of a trainee's bundles is scored when dates lie, a trainee renamed, a key with every mark twice, and a
hand-in mostly of someone else's work, and a command-line key that carries notes (an outside tester, stop 56)."""
from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

from tests.core.workshop.workflow import CLAIM_1, Person, compare_json, run, trainee, trainer_with_key


def _redated(bundle: Path, created: str, to: Path) -> Path:
    """`bundle` with only its manifest's date changed (the manifest carries no checksum of its own)."""
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(to, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["created"] = created
                data = json.dumps(manifest).encode()
            dst.writestr(info, data)
    return to


def _created(bundle: Path) -> str:
    with zipfile.ZipFile(bundle) as z:
        return str(json.loads(z.read("manifest.json"))["created"])


def test_a_replayed_first_bundle_dated_later_never_displaces_the_corrected_one(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    ana = trainee(tmp_path, "Ana Lopez")
    ana.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PLACE")
    first = ana.export("ana1.dossier")
    mark = ana.ids()[0]
    ana("edit", mark, "--type", "PERSON")  # her correction
    ana.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    corrected = ana.export("ana2.dossier")
    hour_later = (datetime.fromisoformat(_created(corrected)) + timedelta(hours=1)).isoformat()
    replay = _redated(first, hour_later, tmp_path / "ana-replayed.dossier")
    for order in ((corrected, replay), (replay, corrected)):
        got = compare_json(key, *order)
        assert [t["source"] for t in got["trainees"]] == [str(corrected)]
        assert got["trainees"][0]["tp"] == 2
        [dropped] = got["dropped"]
        assert Path(dropped["source"]).name == "ana-replayed.dossier"
        assert "holds its annotations in later versions" in dropped["reason"]


def test_a_trainee_who_hands_in_again_under_a_fuller_name_is_not_accused_of_copying(tmp_path: Path) -> None:
    """Both bundles are scored (a bundle holding another's work never displaces theirs: merging such names let a
    classmate knock a trainee's real bundle out, a tester found), but neither is called a copy outright."""
    _, key = trainer_with_key(tmp_path)
    ana = trainee(tmp_path, "Ana Lopez")
    ana.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    first = ana.export("ana1.dossier")
    renamed = Person(tmp_path, "Ana María López")
    renamed.library, renamed.doc = ana.library, ana.doc  # the same library, her full name typed this time
    renamed.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    second = renamed.export("ana2.dossier")
    got = compare_json(key, first, second)
    rows = {t["name"]: t for t in got["trainees"]}
    assert sorted(rows) == ["Ana Lopez", "Ana María López"]
    assert all(any("or both are one trainee's under two names" in w for w in r["warnings"]) for r in rows.values())


def test_a_classmate_who_imports_a_trainees_bundle_never_displaces_it(tmp_path: Path) -> None:
    """Bea imports Ana's bundle, deletes her marks, adds one and exports under "Ana Lopez Garcia": Ana is still
    scored on her own bundle (a tester on the fixes, stop 56: she was dropped as "an earlier bundle")."""
    _, key = trainer_with_key(tmp_path)
    ana = trainee(tmp_path, "Ana Lopez")
    for quote in ("Marta Lindqvist", "Tomas Ek"):
        ana.annotate(quote, "--kind", "entity", "--type", "PERSON")
    hers = ana.export("ana.dossier")
    bea = trainee(tmp_path, "Ana Lopez Garcia")
    bea("import", str(hers))
    for mark in bea.ids():
        bea("delete", mark)
    bea.annotate("Northern Water Authority", "--kind", "entity", "--type", "ORG")
    got = compare_json(key, hers, bea.export("attack.dossier"))
    rows = {t["name"]: t for t in got["trainees"]}
    assert rows["Ana Lopez"]["tp"] == 2 and got["dropped"] == []


def test_which_of_three_bundles_is_scored_does_not_depend_on_their_order(tmp_path: Path) -> None:
    """b2 made on top of b1 but dated earlier (another machine's clock), b3 from a copy saved after b1: b1, which
    both were made on top of, is never scored, and the same one of the other two is in every order (a tester on the
    fixes, stop 56: each order scored another, b1 among them)."""
    _, key = trainer_with_key(tmp_path)
    ana = trainee(tmp_path, "Ana Lopez")
    ana.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    b1 = _redated(ana.export("raw1.dossier"), "2026-01-10T10:00:00+00:00", tmp_path / "b1.dossier")
    saved = tmp_path / "saved"
    import shutil
    shutil.copytree(ana.library, saved)
    ana.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    b2 = _redated(ana.export("raw2.dossier"), "2026-01-10T09:00:00+00:00", tmp_path / "b2.dossier")
    ana.library = saved
    ana.annotate("Northern Water Authority", "--kind", "entity", "--type", "PLACE")
    b3 = _redated(ana.export("raw3.dossier"), "2026-01-10T09:30:00+00:00", tmp_path / "b3.dossier")
    import itertools
    scored = {Path(compare_json(key, *order)["trainees"][0]["source"]).name
              for order in itertools.permutations((b1, b2, b3))}
    assert scored == {"b3.dossier"}  # of the two b1 led to, the later dated


def test_a_key_holding_each_mark_twice_counts_each_answer_once(tmp_path: Path) -> None:
    """Ines imports Olga's key (the same marks under Olga's ids) and exports her key again: every mark twice."""
    ines, _ = trainer_with_key(tmp_path)
    olga = trainee(tmp_path, "Olga Petrova")
    for quote, kind in (("Marta Lindqvist", "PERSON"), ("Tomas Ek", "PERSON"), ("Northern Water Authority", "ORG")):
        olga.annotate(quote, "--kind", "entity", "--type", kind)
    olga.annotate(CLAIM_1, "--kind", "claim", "--speaker", "Marta Lindqvist", "--status", "false")  # Ines: unverified
    ines("import", str(olga.export("olga-key.dossier", "--answer-key")), "--answer-key-ok")
    key = ines.export("key2.dossier", "--answer-key")
    ben = trainee(tmp_path, "Ben")
    for quote, kind in (("Marta Lindqvist", "PERSON"), ("Tomas Ek", "PERSON"), ("Northern Water Authority", "ORG")):
        ben.annotate(quote, "--kind", "entity", "--type", kind)
    got = compare_json(key, ben.export("ben.dossier"))
    assert got["key"]["entities"] == 3 and got["key"]["marked_twice"] == 4
    assert got["key"]["marked_twice_otherwise"] == 1  # the trainers disagree on the claim's status: said
    [row] = got["trainees"]
    assert row["tp"] == 3 and row["fn"] == 0
    out, _ = run("compare", str(key), str(tmp_path / "ben.dossier"))
    assert ("3 entity mentions, 2 claims (4 more marked twice: each counted once; 1 of them with another status: "
            "the first kept)") in out


def test_a_hand_in_mostly_of_someone_elses_work_says_whose(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    olga = trainee(tmp_path, "Olga Petrova")
    for quote in ("Marta Lindqvist", "Tomas Ek"):
        olga.annotate(quote, "--kind", "entity", "--type", "PERSON")
    olga.annotate(CLAIM_1, "--kind", "claim", "--status", "unverified")
    gus = trainee(tmp_path, "Gus")
    gus("import", str(olga.export("olga.dossier", "--answer-key")), "--answer-key-ok")
    gus.annotate("Northern Water Authority", "--kind", "entity", "--type", "ORG")
    got = compare_json(key, gus.export("gus.dossier"))
    [row] = got["trainees"]
    assert any("exported as Gus but 3 of its 4 entity mentions and claims are by Olga Petrova" in w
               for w in row["warnings"])


def test_an_answer_key_with_notes_from_the_command_line_says_so(tmp_path: Path) -> None:
    """`export --answer-key` keeps the notes (a key for a fellow trainer) where the app's dialog hides them by
    default: the trainer is told how many go with it (an outside tester, stop 56: "TRAINER: check AP figure" went
    to the trainees without a word)."""
    ines, _ = trainer_with_key(tmp_path)
    mark = ines.ids()[0]
    ines("edit", mark, "--note", "TRAINER: check AP figure")
    said = ines("export", ines.doc, "--format", "dossier", "--answer-key", "-o", str(tmp_path / "k1.dossier"))
    assert "note: 1 note(s) are in this answer key" in said and "--hide-notes leaves them out" in said
    said = ines("export", ines.doc, "--format", "dossier", "--answer-key", "--hide-notes", "-o",
                str(tmp_path / "k2.dossier"))
    assert "are in this answer key" not in said


def test_the_notes_said_are_the_notes_the_key_holds(tmp_path: Path) -> None:
    """A deleted claim's note travels in its tombstone, and a key of a query's annotations holds only theirs: the
    count was of the library's live notes (a tester on the fixes, stop 56)."""
    ines, _ = trainer_with_key(tmp_path)
    first, second = [a["id"] for a in ines.json("show", ines.doc)["annotations"] if a["kind"] == "entity"][:2]
    ines("edit", first, "--note", "ANSWER: false, see audit")
    ines("edit", second, "--note", "TRAINER: check AP figure")
    ines("delete", first)
    said = ines("export", ines.doc, "--format", "dossier", "--answer-key", "-o", str(tmp_path / "k.dossier"))
    assert "note: 2 note(s) are in this answer key" in said
    said = ines("export", "--query", "kind:claim", "--format", "dossier", "--answer-key", "-o",
                str(tmp_path / "q.dossier"))
    assert "are in this answer key" not in said


def test_a_mark_whose_quote_is_not_the_articles_at_its_place_is_said(tmp_path: Path) -> None:
    """A quote rewritten by hand under valid checksums ("Brad Pitt" on Joe Pesci's place) read back as the trainee's
    words in the report (a tester, stop 56): the key carries the article, so the mismatch is said."""
    from dataclasses import replace

    from annotations import codec
    from annotations.bundle import read_bundle, write_bundle
    from annotations.codebook import Codebook
    from annotations.revisions import make_rev

    _, key = trainer_with_key(tmp_path)
    ana = trainee(tmp_path, "Ana Lopez")
    ana.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    honest = read_bundle(ana.export("ana.dossier").read_bytes())
    forged = []
    for a in honest.annotations:  # a new first version that says so, with a revision id made for it (checkable)
        lie = replace(a, target=replace(a.target, exact="Brad Pit"), rev="")
        forged.append(replace(lie, rev=make_rev([], codec.annotation_to_dict(lie))))
    lying = tmp_path / "lying.dossier"
    lying.write_bytes(write_bundle(forged, honest.entities, honest.documents, honest.codebook or Codebook.default(),
                                   honest.creator))
    [row] = compare_json(key, lying)["trainees"]
    assert any("1 mark whose quoted words are not the article's at that place" in w for w in row["warnings"])
    [row] = compare_json(key, tmp_path / "ana.dossier")["trainees"]
    assert not any("quoted words" in w for w in row["warnings"])
