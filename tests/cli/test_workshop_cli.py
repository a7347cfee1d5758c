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
from reader.services import ReaderService
from tests.cli.test_cli import Run
from tests.core.workshop.exercise_data import DOC_ID, key, trainee_a, trainee_b

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
    assert "| Ana | 0.60 | 0.60 | 0.60 | 0.80 | 1 | 1/2 |" in md and "trainee marked it as ORG" in md
    assert "| boundary: too short | entity | PERSON | Maria Zakharova | Zakharova |" in md
    html = (tmp_path / "r.html").read_text()
    assert "<td class='missed'>missed</td>" in html and "Class mean" in html


def test_compare_does_not_make_a_missing_report_folder(exercise: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """As export -o: a mistyped folder was created, the whole path, without a word (an outside tester, stop 54)."""
    k, a, _ = exercise
    _, err = _compare(str(k), str(a), "--report", str(tmp_path / "typo" / "deep" / "r.md"), code=1)
    assert "does not exist" in err and not (tmp_path / "typo").exists()


def test_compare_refuses_bad_bundles_with_a_message(exercise: tuple[Path, Path, Path], tmp_path: Path) -> None:
    k, a, _ = exercise
    broken = tmp_path / "broken.dossier"
    broken.write_bytes(b"PK\x03\x04 not really")
    _, err = _compare(str(k), str(broken), code=1)
    assert err.startswith("error: broken.dossier:")
    _, err = _compare(str(k), str(tmp_path / "missing.dossier"), code=1)
    assert "missing.dossier: the file cannot be read" in err
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
    for wrong in ("2024-13-45", "not-a-date"):  # printed on the cover as given (an outside tester, stop 53)
        _, err = cli("export", str(article), "--format", "pack", "--date", wrong, "-o", str(tmp_path / "bad.pdf"),
                     code=1)
        assert "date" in err and not (tmp_path / "bad.pdf").exists()


def test_the_pack_names_no_login_as_trainer_and_takes_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.delenv("DOSSIER_ANNOTATOR", raising=False)  # the annotator is only the login name
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE)
    cli = Run(tmp_path / "lib")
    cli("add", str(article))
    cli("annotate", str(article), "--quote", "Lena Park", "--kind", "entity", "--type", "PERSON",
        "--note", "Minister since 2024.")
    cli("export", str(article), "--format", "pack", "-o", str(tmp_path / "pack.pdf"))
    with pymupdf.open(tmp_path / "pack.pdf") as pdf:
        assert "Trainer:" not in pdf[0].get_text()
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "Ines Varga")  # a name someone set
    cli("export", str(article), "--format", "pack", "--parts", "cover,tables", "-o", str(tmp_path / "two.pdf"))
    with pymupdf.open(tmp_path / "two.pdf") as pdf:
        pages = [page.get_text() for page in pdf]
    assert len(pages) == 2 and "Trainer: Ines Varga" in pages[0] and "Entities" in pages[1]
    assert not any("Minister since 2024." in p for p in pages)  # notes not asked for: left out
    _, err = cli("export", str(article), "--format", "pack", "--parts", "cover,index", "-o", str(tmp_path / "x.pdf"),
                 code=1)
    assert "A briefing pack holds some of: cover, article, tables, notes." in err


class _Piped(io.StringIO):
    """stdout into a pipe: what is printed reaches the shared stream only when flushed."""

    def __init__(self, shared: io.StringIO) -> None:
        super().__init__()
        self.shared = shared

    def flush(self) -> None:
        self.shared.write(self.getvalue())
        self.seek(0)
        self.truncate()


def test_compare_report_messages_follow_the_table_on_their_own_lines(exercise: tuple[Path, Path, Path],
                                                                       tmp_path: Path) -> None:
    k, a, b = exercise
    shared = io.StringIO()  # `2>&1`: stderr goes straight in, stdout when its buffer is flushed
    out = _Piped(shared)
    assert main(["compare", str(k), str(a), str(b), "--report", str(tmp_path / "report.html")], out=out,
                err=shared) == 0
    out.flush()
    lines = shared.getvalue().splitlines()
    assert lines[-3].startswith("class: ") and lines[-3].endswith("(2 claims)")
    assert lines[-2] == f"wrote {tmp_path / 'report.html'}"
    assert shared.getvalue().endswith("\n")


def test_importing_an_answer_key_is_refused_unless_asked_for(exercise: tuple[Path, Path, Path],
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    k, _, _ = exercise
    cli = Run(tmp_path / "lib")
    out, err = cli("import", str(k), code=1)
    assert out == "" and "key.dossier is a trainer's answer key (by Trainer)" in err
    assert "Nothing was imported; to import it anyway, add --answer-key-ok." in err
    assert cli("import", str(k), "--dry-run", "--json", code=1)[0] == ""
    assert json.loads(cli("search", "*", "--json")[0]) == []  # the refusal left the library untouched
    assert json.loads(cli("import", str(k), "--answer-key-ok", "--json")[0])["orphans"] == 7  # the article comes later
    service = ReaderService.open(tmp_path / "lib")
    try:
        imported = service.annotations(DOC_ID)
        assert len(imported) == 7
        assert {service.library.store.provenance(a.id)["exported_by"] for a in imported} == \
            {"Trainer (answer key)"}  # type: ignore[index]
    finally:
        service.close()


def test_an_answer_key_with_hidden_notes_never_brings_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    b = key().bundle(answer_key=True)
    path = tmp_path / "key.dossier"
    path.write_bytes(write_bundle(b.annotations, b.entities, b.documents, default_codebook(), b.creator,
                                  answer_key=True, hide_notes=True))
    cli = Run(tmp_path / "lib")
    _, err = cli("import", str(path), code=1)
    assert "The trainer's notes were left out of it; they are not in the file." in err
    cli("import", str(path), "--answer-key-ok")
    service = ReaderService.open(tmp_path / "lib")
    try:
        imported = service.annotations(DOC_ID)
        assert len(imported) == 7 and [a.note for a in imported] == [""] * 7
    finally:
        service.close()


def test_one_unreadable_bundle_does_not_stop_the_class(exercise: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """A truncated file and a missing one among the class: every readable bundle is scored, each refused file
    is listed among the bundles not scored with its reason, and the exit code still says one failed (1)."""
    k, a, b = exercise
    broken = tmp_path / "cut.dossier"
    broken.write_bytes(a.read_bytes()[: len(a.read_bytes()) // 2])
    missing = tmp_path / "gone.dossier"
    out, err = _compare(str(k), str(a), str(broken), str(b), str(missing), "--report", str(tmp_path / "r.md"),
                        code=1)
    assert [line.split()[0] for line in out.splitlines()[2:4]] == ["Ana", "Ben"]
    assert "Krippendorff" in out
    assert "error: cut.dossier not scored (the others were): " in err
    assert "error: gone.dossier not scored (the others were): the file cannot be read" in err
    assert "wrote " in err
    md = (tmp_path / "r.md").read_text()
    assert "not scored\\: cut.dossier (refused\\: " in md and "gone.dossier (refused\\: the file cannot be read" in md
    out, err = _compare(str(k), str(a), str(broken), "--json", code=1)
    report = json.loads(out)
    assert [t["name"] for t in report["trainees"]] == ["Ana"]
    assert report["dropped"][0]["source"] == str(broken) and report["dropped"][0]["refused"] is True
    assert report["dropped"][0]["reason"]
