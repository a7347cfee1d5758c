"""`compare`, answer keys with hidden notes, and the briefing pack, through the CLI."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pymupdf
import pytest

from annotations.bundle import read_bundle, write_bundle
from annotations.codebook import default_codebook
from reader.cli import main
from tests.cli.test_cli import Run
from tests.core.workshop.exercise_data import key, trainee_a, trainee_b

ARTICLE = ("Minister Lena Park said on Tuesday that the Harbour Authority would cut 300 jobs. "
           "Unions in Portsmouth called the plan reckless.\n")


def _bundle(path: Path, builder: object, answer_key: bool = False) -> Path:
    b = builder.bundle(answer_key=answer_key)  # type: ignore[attr-defined]
    path.write_bytes(write_bundle(b.annotations, b.entities, b.documents, default_codebook(), b.creator,
                                  answer_key=answer_key))
    return path


def _compare(*args: str, code: int = 0) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    assert main(["compare", *args], out=out, err=err) == code, err.getvalue()
    return out.getvalue(), err.getvalue()


@pytest.fixture
def exercise(tmp_path: Path) -> tuple[Path, Path, Path]:
    return (_bundle(tmp_path / "key.dossier", key(), answer_key=True), _bundle(tmp_path / "ana.dossier", trainee_a()),
            _bundle(tmp_path / "ben.dossier", trainee_b()))


def test_compare_json_per_trainee_overall_and_by_type(exercise: tuple[Path, Path, Path]) -> None:
    k, a, b = exercise
    out, _ = _compare(str(k), str(a), str(b), "--json")
    report = json.loads(out)
    ana, ben = report["trainees"]
    assert ana["name"] == "Ana" and (ana["precision"], ana["recall"], ana["f1"]) == (0.6, 0.6, 0.6)
    assert ana["overlap"]["f1"] == 0.8
    assert ana["by_type"]["PLACE"]["recall"] == 0.5 and ana["by_type"]["ORG"]["precision"] == 0.5
    assert ana["claims"]["matched"] == 1 and ana["claims"]["recall"] == 0.5 and ana["claims"]["status_kappa"] is None
    assert ben["f1"] == 1.0 and ben["claims"]["speaker_agreement"] == 0.5
    assert ben["claims"]["status_kappa"] == pytest.approx(1 / 3, abs=1e-4)
    assert [m["exact"] for m in ana["misses"]] == ["Russia", "The EU denied it."]
    assert report["class"]["entity_alpha"] == pytest.approx(1 - (4 / 12) / (112 / 132), abs=1e-4)
    assert report["key"]["answer_key"] is True


def test_compare_table_and_reports(exercise: tuple[Path, Path, Path], tmp_path: Path) -> None:
    k, a, b = exercise
    out, err = _compare(str(k), str(a), str(b), "--report", str(tmp_path / "r.md"), "--report", str(tmp_path / "r.html"))
    assert "Ana" in out and " 0.60  0.60  0.60  0.80" in out and "Krippendorff" in out
    md = (tmp_path / "r.md").read_text()
    assert "| Ana | 0.60 | 0.60 | 0.60 | 0.80 | 1/2 |" in md and "trainee marked it as ORG" in md
    html = (tmp_path / "r.html").read_text()
    assert "<td class='missed'>missed</td>" in html and "Class mean" in html


def test_compare_refuses_bad_bundles_with_a_message(exercise: tuple[Path, Path, Path], tmp_path: Path) -> None:
    k, a, _ = exercise
    broken = tmp_path / "broken.dossier"
    broken.write_bytes(b"PK\x03\x04 not really")
    _, err = _compare(str(k), str(broken), code=1)
    assert err.startswith("error: broken.dossier:")
    _, err = _compare(str(k), str(tmp_path / "missing.dossier"), code=1)
    assert "Cannot read" in err
    _, err = _compare(str(k), str(a), "--report", str(tmp_path / "r.txt"), code=1)
    assert "a report is .md, .html or .json" in err


def test_a_key_that_is_not_flagged_is_compared_with_a_note(tmp_path: Path) -> None:
    k = _bundle(tmp_path / "k.dossier", key())
    _, err = _compare(str(k), str(_bundle(tmp_path / "b.dossier", trainee_b())))
    assert "not flagged as an answer key" in err


def test_answer_key_round_trip_through_two_libraries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE)
    trainer, trainee = Run(tmp_path / "trainer"), Run(tmp_path / "trainee")
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "Trainer")
    trainer("add", str(article))
    for quote, label in (("Lena Park", "PERSON"), ("Harbour Authority", "ORG"), ("Portsmouth", "PLACE")):
        trainer("annotate", str(article), "--quote", quote, "--kind", "entity", "--type", label, "--note", "why")
    trainer("export", str(article), "--format", "dossier", "--answer-key", "--hide-notes", "-o", str(tmp_path / "k.dossier"))
    bundle = read_bundle((tmp_path / "k.dossier").read_bytes())
    assert bundle.answer_key and len(bundle.annotations) == 3 and {a.note for a in bundle.annotations} == {""}
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "Tess")
    trainee("add", str(article))
    trainee("annotate", str(article), "--quote", "Lena Park", "--kind", "entity", "--type", "PERSON")
    trainee("annotate", str(article), "--quote", "Harbour Authority", "--kind", "entity", "--type", "ORG")
    trainee("annotate", str(article), "--quote", "Unions", "--kind", "entity", "--type", "ORG")
    trainee("export", str(article), "--format", "dossier", "-o", str(tmp_path / "t.dossier"))
    out, _ = _compare(str(tmp_path / "k.dossier"), str(tmp_path / "t.dossier"), "--json")
    tess = json.loads(out)["trainees"][0]
    # 2 of the key's 3 found, 1 extra: P = R = 2/3
    assert tess["name"] == "Tess" and tess["precision"] == tess["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert [m["exact"] for m in tess["misses"]] == ["Portsmouth"] and [e["exact"] for e in tess["extras"]] == ["Unions"]


def test_briefing_pack_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE)
    cli = Run(tmp_path / "lib")
    cli("add", str(article))
    cli("annotate", str(article), "--quote", "Lena Park", "--kind", "entity", "--type", "PERSON")
    cli("annotate", str(article), "--quote", "Unions in Portsmouth called the plan reckless.", "--kind", "claim",
        "--speaker", "Unions", "--status", "disputed", "--note", "Ask the unions for the letter.")
    out, _ = cli("export", str(article), "--format", "pack", "--trainer", "Ines Varga", "--date", "2026-11-25",
                 "-o", str(tmp_path / "pack.pdf"))
    with pymupdf.open(tmp_path / "pack.pdf") as pdf:
        pages = [page.get_text() for page in pdf]
        annots = [a.type[1] for page in pdf for a in page.annots()]
    assert len(pages) == 3
    assert "BRIEFING PACK" in pages[0] and "Trainer: Ines Varga" in pages[0] and "2026-11-25" in pages[0]
    assert "Lena Park" in pages[1] and sorted(annots) == ["Highlight", "Underline"]
    assert "Entities" in pages[2] and "disputed" in pages[2] and "Ask the unions for the letter." in pages[2]
    assert all("page" in p and f"of {len(pages)}" in p for p in pages)
