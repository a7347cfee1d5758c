"""One trainee cannot knock out another's bundle (break28w HIGH): a bundle's manifest (its name, its date) is
what its sender wrote, checksums and all, so `compare` checks it before believing it."""
from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from tests.core.workshop.workflow import CLAIM_1, Person, compare_json, run, trainee, trainer_with_key


def forged(src: Path, dst: Path, creator: str, created: str) -> Path:
    """`src` re-packed with another name and date in its manifest, the checksums recomputed (what anyone can
    do with a zip tool and a few lines of Python)."""
    with zipfile.ZipFile(src) as z:
        members = {i.filename: z.read(i.filename) for i in z.infolist()}
    manifest = json.loads(members.pop("manifest.json"))
    manifest |= {"creator": creator, "created": created,
                 "members": {k: hashlib.sha256(v).hexdigest() for k, v in sorted(members.items())}}
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        for k, v in sorted(members.items()):
            z.writestr(k, v)
    return dst


def _class(tmp_path: Path) -> tuple[Path, Path, Path]:
    _, key = trainer_with_key(tmp_path)
    ana, ben = trainee(tmp_path, "Ana"), trainee(tmp_path, "Ben")
    ana.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    ana.annotate(CLAIM_1, "--kind", "claim", "--status", "unverified", "--speaker", "Marta Lindqvist")
    ben.annotate("Tomas Ek", "--kind", "entity", "--type", "ORG")
    return key, ana.export("ana.dossier"), ben.export("ben.dossier")


def test_ben_s_bundle_exported_as_ana_does_not_drop_ana_s_real_one(tmp_path: Path) -> None:
    key, ana, ben = _class(tmp_path)
    for date in ("2099-01-01T00:00:00.000Z", "~", "zzz"):
        fake = forged(ben, tmp_path / "ana-final.dossier", "Ana", date)
        got = compare_json(key, ana, ben, fake)
        rows = {t["name"]: t for t in got["trainees"]}
        assert sorted(rows) == ["Ana", "Ben"], date
        assert rows["Ana"]["source"] == str(ana) and rows["Ana"]["claims"]["matched"] == 1
        assert [d["source"] for d in got["dropped"]] == [str(fake)]
        reason = got["dropped"][0]["reason"]
        assert "exported as Ana but every annotation is by Ben" in reason and "not believed" in reason
        assert "its annotations were copied into ana-final.dossier (exported as Ana)" in rows["Ben"]["warnings"]


def test_a_copy_with_a_believable_date_does_not_displace_the_real_one_either(tmp_path: Path) -> None:
    key, ana, ben = _class(tmp_path)
    fake = forged(ben, tmp_path / "ana-final.dossier", "Ana", "2026-12-03T00:00:00.000Z")
    got = compare_json(key, ana, fake)  # Ben's own bundle not handed in: the names in it give it away
    assert [t["source"] for t in got["trainees"]] == [str(ana)]
    assert "every annotation is by Ben" in got["dropped"][0]["reason"]
    alone = compare_json(key, fake)["trainees"][0]  # nothing else by Ana: scored, and said
    assert "exported as Ana but every annotation is by Ben" in alone["warnings"]


def test_a_bundle_with_an_unbelievable_date_is_not_the_latest(tmp_path: Path) -> None:
    key, ana, _ = _class(tmp_path)
    for date in ("9999-12-31T23:59:59Z", "not a date"):
        later = forged(ana, tmp_path / "ana-2.dossier", "Ana", date)
        got = compare_json(key, later, ana)
        assert [t["source"] for t in got["trainees"]] == [str(ana)]
        assert "not believed" in got["dropped"][0]["reason"]
        alone = compare_json(key, later)["trainees"][0]
        assert any("not believed" in w for w in alone["warnings"])


def test_a_trainee_credited_under_another_spelling_is_not_accused(tmp_path: Path) -> None:
    """Annotated under the computer's login name or a short name, exported under her full name: no warning."""
    _, key = trainer_with_key(tmp_path)
    bundles = []
    for credited, exported in (("alopez", "Ana López"), ("ana", "Ana Lopez"), ("A. Lopez", "Ana"),
                               ("ana.lopez@uni.example", "Ana López")):
        person = Person(tmp_path / credited.replace("@", "-"), credited)
        person.add()
        person.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
        path = tmp_path / f"{credited}.dossier"
        run("--library", str(person.library), "export", person.doc, "--format", "dossier", "-o", str(path),
            "--annotator", exported)
        bundles.append(path)
        assert compare_json(key, path)["trainees"][0]["warnings"] == [], (credited, exported)
