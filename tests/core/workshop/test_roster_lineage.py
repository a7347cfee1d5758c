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


def test_a_trainee_who_hands_in_again_under_a_fuller_name_is_one_trainee(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    ana = trainee(tmp_path, "Ana Lopez")
    ana.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    first = ana.export("ana1.dossier")
    renamed = Person(tmp_path, "Ana María López")
    renamed.library, renamed.doc = ana.library, ana.doc  # the same library, her full name typed this time
    renamed.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    second = renamed.export("ana2.dossier")
    ben = trainee(tmp_path, "Ben")
    ben.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    got = compare_json(key, first, second, ben.export("ben.dossier"))
    rows = {t["name"]: t for t in got["trainees"]}
    assert sorted(rows) == ["Ana María López", "Ben"]
    assert not any("copy" in w for w in rows["Ana María López"]["warnings"])
    assert [Path(d["source"]).name for d in got["dropped"]] == ["ana1.dossier"]


def test_a_key_holding_each_mark_twice_counts_each_answer_once(tmp_path: Path) -> None:
    """Ines imports Olga's key (the same marks under Olga's ids) and exports her key again: every mark twice."""
    ines, _ = trainer_with_key(tmp_path)
    olga = trainee(tmp_path, "Olga Petrova")
    for quote, kind in (("Marta Lindqvist", "PERSON"), ("Tomas Ek", "PERSON"), ("Northern Water Authority", "ORG")):
        olga.annotate(quote, "--kind", "entity", "--type", kind)
    ines("import", str(olga.export("olga-key.dossier", "--answer-key")), "--answer-key-ok")
    key = ines.export("key2.dossier", "--answer-key")
    ben = trainee(tmp_path, "Ben")
    for quote, kind in (("Marta Lindqvist", "PERSON"), ("Tomas Ek", "PERSON"), ("Northern Water Authority", "ORG")):
        ben.annotate(quote, "--kind", "entity", "--type", kind)
    got = compare_json(key, ben.export("ben.dossier"))
    assert got["key"]["entities"] == 3 and got["key"]["marked_twice"] == 3
    [row] = got["trainees"]
    assert row["tp"] == 3 and row["fn"] == 0
    out, _ = run("compare", str(key), str(tmp_path / "ben.dossier"))
    assert "3 entity mentions, 2 claims (3 more marked twice: each counted once)" in out


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
    assert any("exported as Gus but 3 of its 4 annotations are by Olga Petrova" in w for w in row["warnings"])


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
