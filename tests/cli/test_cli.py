"""The CLI contract, end to end on the bundled samples."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import ROOT
from tests.w3c_schema import annotation_failures


class Run:
    def __init__(self, library: Path) -> None:
        self.library = library

    def __call__(self, *args: str, code: int = 0) -> tuple[str, str]:
        out, err = io.StringIO(), io.StringIO()
        got = main(["--library", str(self.library), *args], out=out, err=err)
        assert got == code, (args, out.getvalue(), err.getvalue())
        return out.getvalue(), err.getvalue()

    def json(self, *args: str) -> object:
        return json.loads(self(*args, "--json")[0])


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "Ines Varga")
    return Run(tmp_path / "lib")


def test_add_of_folders_holding_nothing_it_opens_says_so_and_fails(cli: Run, tmp_path: Path) -> None:
    """An empty folder, or one of files Dossier does not open, printed nothing and exited 0 (an outside tester,
    stop 54)."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "scan.tiff").write_bytes(b"II*\0")
    out, err = cli("add", str(tmp_path / "empty"), str(tmp_path / "other"), code=1)
    assert out == "" and err.startswith("error: nothing to add:") and ".pdf" in err and err.count("\n") == 1


def test_add_prints_one_line_per_document(cli: Run, samples: Path) -> None:
    out, _ = cli("add", str(samples / "harbour_council.txt"), str(samples / "flood_review.pdf"))
    lines = out.splitlines()
    assert len(lines) == 2
    doc_id, title = lines[0].split(" ", 1)
    assert len(doc_id) == 64 and title.startswith("Harbour council approves")
    assert lines[1].endswith("Flood Resilience Review 2025")


def test_add_a_folder_reports_each_bad_file_and_exits_nonzero(cli: Run, samples: Path) -> None:
    (samples / "broken.pdf").write_bytes(b"%PDF-1.7 broken")
    (samples / "empty.txt").write_bytes(b"")
    good = len([f for f in samples.iterdir() if f.name not in ("broken.pdf", "empty.txt")])  # 5 English, 5 others
    out, err = cli("add", str(samples), code=1)
    assert len(out.splitlines()) == good == 10
    assert "broken.pdf" in err and "empty.txt” is empty" in err
    assert len(cli.json("list")) == good  # type: ignore[arg-type]


def test_list_show_annotate_search_delete(cli: Run, samples: Path) -> None:
    out, _ = cli("add", str(samples / "harbour_council.txt"))
    doc_id = out.split()[0]
    annotation = cli.json("annotate", doc_id[:8], "--quote", "Tomas Ek", "--kind", "entity", "--type", "person")
    assert annotation_failures(annotation) == []  # type: ignore[arg-type]
    assert annotation["target"]["selector"][0] == {"type": "TextPositionSelector", "start": 695, "end": 703}  # type: ignore[index]
    claim = cli.json("annotate", str(samples / "harbour_council.txt"), "--quote", "Ek", "--occurrence", "2",
                     "--kind", "claim", "--speaker", "Tomas Ek", "--status", "disputed", "--reliability", "b",
                     "--credibility", "2", "--tag", "fisheries", "--tag", "sources", "--note", "check")
    assert claim["dossier:status"] == "disputed" and claim["dossier:reliability"] == "B"  # type: ignore[index]

    listed = cli.json("list")
    assert listed[0]["id"] == doc_id and listed[0]["annotations"] == {"entity": 1, "claim": 1}  # type: ignore[index]

    shown = cli.json("show", doc_id)
    assert shown["text"] == (samples / "harbour_council.txt").read_text(encoding="utf-8")  # type: ignore[index]
    kinds = [(a["kind"], a["exact"], a.get("speaker")) for a in shown["annotations"]]  # type: ignore[index]
    assert kinds == [("entity", "Tomas Ek", None), ("claim", "Ek", "Tomas Ek")]

    hits = cli.json("search", "type:person ek")
    assert [(h["kind"], h["label"], h["exact"]) for h in hits] == [("entity", "PERSON", "Tomas Ek")]  # type: ignore[union-attr,index]
    hit = cli.json("search", "status:disputed")[0]  # type: ignore[index]
    assert set(hit) >= {"annotation_id", "document_id", "kind", "label", "exact", "snippet"}
    assert len(cli.json("search", "*")) == 2  # type: ignore[arg-type]

    out, _ = cli("delete", hit["annotation_id"])
    assert out.startswith("deleted ")
    assert len(cli.json("search", "*")) == 1  # type: ignore[arg-type]
    text, _ = cli("show", doc_id)
    assert "1 annotation(s)" in text and "[entity PERSON] “Tomas Ek”" in text


def test_undo_redo_and_reindex(cli: Run, samples: Path) -> None:
    doc_id = cli("add", str(samples / "grid_shortfall.html"))[0].split()[0]
    cli("annotate", doc_id, "--quote", "Helena Brandt", "--kind", "entity", "--type", "PERSON")
    assert cli("undo")[0].strip() == "Undo Add entity"
    assert cli.json("search", "*") == []
    cli("redo")
    out, _ = cli("reindex")
    assert out.strip() == "indexed 2 items"
    assert len(cli.json("search", "Brandt")) == 1  # type: ignore[arg-type]


def test_search_text_output_and_suggestions(cli: Run, samples: Path) -> None:
    doc_id = cli("add", str(samples / "grid_shortfall.html"))[0].split()[0]
    cli("annotate", doc_id, "--quote", "Helena Brandt", "--kind", "entity", "--type", "PERSON")
    out, err = cli("search", "brandt")
    assert "[Brandt]" in out and "1 match(es)" in err
    out, err = cli("search", "brant")
    assert out == "" and "did you mean: brandt" in err
    out, err = cli("search", "*", "--facets")
    assert "kind: entity 1" in err
    assert not any(line.rstrip().endswith(":") for line in err.splitlines()), err  # ("  status: ", no claims)


@pytest.mark.parametrize("args, message", [
    (("show", "nothing"), "No document “nothing”"),
    (("delete", "0000000000"), "No annotation"),
    (("search", "title:(unclosed"), ""),
])
def test_errors_are_one_line_and_nonzero(cli: Run, args: tuple[str, ...], message: str, samples: Path) -> None:
    cli("add", str(samples / "harbour_council.txt"))  # a library to look in
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(cli.library), *args], out=out, err=err)
    if args[0] == "search":
        assert code in (0, 1)
        return
    assert code == 1 and err.getvalue().count("\n") == 1 and message in err.getvalue()


def test_annotate_errors(cli: Run, samples: Path) -> None:
    doc_id = cli("add", str(samples / "harbour_council.txt"))[0].split()[0]
    _, err = cli("annotate", doc_id, "--quote", "Zakharova", "--kind", "highlight", code=1)
    assert err == "error: “Zakharova” does not occur in the document.\n"
    _, err = cli("annotate", doc_id, "--quote", "Tomas Ek", "--kind", "entity", "--type", "ALIEN", code=1)
    assert "Unknown entity type 'ALIEN'" in err
    with pytest.raises(SystemExit) as exc:
        main(["--library", str(cli.library), "annotate", doc_id, "--quote", "Ek", "--kind", "claim", "--reliability", "Z"])
    assert exc.value.code == 2


def test_changed_file_is_a_new_version_with_annotations_reanchored(cli: Run, samples: Path) -> None:
    path = samples / "harbour_council.txt"
    old_id = cli("add", str(path))[0].split()[0]
    cli("annotate", old_id, "--quote", "Claire Dubois", "--kind", "entity", "--type", "PERSON")
    cli("annotate", old_id, "--quote", "Tomas Ek", "--kind", "entity", "--type", "PERSON")
    path.write_text("Correction appended at the top.\n" + path.read_text(encoding="utf-8").replace("Dubois", "Dubuis"),
                    encoding="utf-8")
    out, err = cli("add", str(path))
    new_id = out.split()[0]
    assert new_id != old_id and "1 moved, 1 fuzzy" in err
    exacts = sorted(a["exact"] for a in cli.json("show", new_id)["annotations"])  # type: ignore[index]
    assert exacts == ["Claire Dubuis", "Tomas Ek"]
    assert [d["id"] for d in cli.json("list")] == [new_id]  # type: ignore[union-attr,index]


def test_main_py_end_to_end_with_environment_library(tmp_path: Path) -> None:
    """The real entry point in a fresh process, with the worker process isolation on."""
    env = dict(os.environ, DOSSIER_LIBRARY=str(tmp_path / "envlib"))
    env.pop("DOSSIER_IN_PROCESS", None)
    sample = ROOT / "resources" / "samples" / "flood_review.pdf"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=120)

    added = run("add", str(sample))
    assert added.returncode == 0, added.stderr
    annotated = run("annotate", str(sample), "--quote", "Tomas Ek", "--kind", "entity", "--type", "PERSON", "--json")
    assert annotated.returncode == 0, annotated.stderr
    data = json.loads(annotated.stdout)
    assert {"type": "FragmentSelector", "conformsTo": "http://tools.ietf.org/rfc/rfc3778", "value": "page=2",
            "refinedBy": data["target"]["selector"][1]} in data["target"]["selector"]
    assert (tmp_path / "envlib" / "library.sqlite3").exists()
    bad = run("show", "nope")
    assert bad.returncode == 1 and bad.stderr.startswith("error: ") and bad.stdout == ""
    helped = run("annotate", "--help")
    assert helped.returncode == 0 and "--occurrence" in helped.stdout


def test_a_copy_with_the_same_text_is_taken_as_the_same_document(cli: Run, samples: Path, tmp_path: Path) -> None:
    """A re-saved copy (other bytes, same text) is recognised: one document, its annotations in one place."""
    first, _ = cli("add", str(samples / "harbour_council.txt"))
    copy = tmp_path / "harbour (copy).txt"
    copy.write_bytes((samples / "harbour_council.txt").read_bytes().replace(b"\n", b"\r\n"))  # other bytes
    out, err = cli("add", str(copy))
    assert out.split()[0] == first.split()[0] and "has the same text as" in err
    assert len(cli.json("list")) == 1  # type: ignore[arg-type]


def test_importing_an_epub_says_it_is_a_book_to_add(cli: Run, tmp_path: Path) -> None:
    """`import book.epub` (for `add`) said "The bundle contains an unexpected member 'mimetype'" (an outside tester,
    stop 54)."""
    import zipfile

    book = tmp_path / "book.epub"
    with zipfile.ZipFile(book, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip")
        zf.writestr("META-INF/container.xml", "<container/>")
    out, err = cli("import", str(book), code=1)
    assert "EPUB book, not a .dossier bundle" in err and "add" in err


def test_empty_paths_and_an_overlong_annotator_are_refused_before_anything_is_written(
        cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`add ""` (a script's unset variable) added the whole working folder; `--library ""` opened the default
    library; a 501-character --annotator was stored, and every bundle carrying it was refused by teammates'
    imports (an outside tester, stop 54)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "private.txt").write_text("Not for the library.\n", encoding="utf-8")
    _, err = cli("add", "", code=2)
    assert "empty path" in err and not cli.library.exists()
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", "", "list"], out=out, err=err) == 2 and "--library is empty" in err.getvalue()
    _, err = cli("--annotator", "y" * 501, "add", str(tmp_path / "private.txt"), code=2)
    assert "at most 120 characters" in err and not cli.library.exists()


def test_the_service_keeps_the_annotators_name_to_one_line_a_bundle_can_carry(tmp_path: Path) -> None:
    from annotations.bundle import read_bundle
    from reader.services import ReaderService

    service = ReaderService.open(tmp_path / "lib", annotator="Ana", isolated=False)
    service.annotator = "Ana\nMaria " + "y" * 600  # as the Settings dialog or a job process may set it
    assert service.annotator == ("Ana Maria " + "y" * 600)[:120]
    service.annotator = "Eve\u202eyrollaM\x01"  # a control character, a right-to-left override (a tester on the fixes)
    assert service.annotator == "EveyrollaM"
    path = tmp_path / "a.txt"
    path.write_text("Tomas Ek spoke.\n", encoding="utf-8")
    record = service.add_file(path).record
    assert record is not None
    from annotations.library import AnnotationInput
    from annotations.model import Kind

    service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, 0, 8))
    read_bundle(service.export("dossier"))  # a teammate's import takes it
    service.close()


def test_edit_takes_only_a_claim_type_of_the_codebook(cli: Run, samples: Path) -> None:
    """`annotate --kind claim --type "totally bogus"` was refused, `edit --type "totally bogus"` stored it (an outside
    tester, stop 54): an edit checks the type as the claim's making does."""
    doc = cli("add", str(samples / "harbour_council.txt"))[0].split()[0]
    made = cli.json("annotate", doc, "--quote", "Tomas Ek", "--kind", "claim", "--type", "prediction")
    claim = str(made["id"]).removeprefix("urn:uuid:")  # type: ignore[index]
    _, err = cli("edit", claim, "--type", "totally bogus", code=1)
    assert "Unknown claim type" in err
    cli("edit", claim, "--type", "PREDICTION")
    shown = cli.json("show", doc)
    [annotation] = shown["annotations"]  # type: ignore[index]
    assert annotation["label"] == "prediction"


@pytest.mark.parametrize("command", [("list",), ("search", "ek"), ("show", "x"), ("conflicts",), ("undo",)])
def test_a_command_where_there_is_no_library_says_so_and_creates_none(cli: Run, command: tuple[str, ...]) -> None:
    """A mistyped --library or an unmounted share: `list` made a new empty library there, said "The library is
    empty" and exited 0 (an outside tester, stop 54). Only add and import start a library."""
    _, err = cli(*command, code=1)
    assert "there is no library at" in err and "add FILE" in err and not cli.library.exists()


def test_a_mistyped_command_is_said_not_taken_for_a_file_to_open(tmp_path: Path) -> None:
    """`main.py lsit` was taken for a file for the desktop app (offscreen, it never returned)."""
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--library", str(tmp_path / "lib"), "lsit"],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2 and "'lsit' is neither a command nor a file" in result.stderr
    assert "Did you mean list?" in result.stderr and not (tmp_path / "lib").exists()


def test_show_sets_a_notes_later_lines_under_its_first(cli: Run, samples: Path) -> None:
    """A multi-line note's later lines started at the margin, where they read as the next annotation's (an outside
    tester, stop 54)."""
    doc = cli("add", str(samples / "harbour_council.txt"))[0].split()[0]
    cli("annotate", doc, "--quote", "Tomas Ek", "--kind", "note", "--note", "first line\nsecond line")
    out, _ = cli("show", doc)
    first = next(line for line in out.splitlines() if "note: first line" in line)
    second = next(line for line in out.splitlines() if "second line" in line)
    assert second.index("second") == first.index("first")


def test_a_library_path_that_is_a_file_is_said(tmp_path: Path) -> None:
    """`--library FILE` said "[Errno 17] File exists" on add (an outside tester on the fixes, stop 54)."""
    file = tmp_path / "notes.txt"
    file.write_text("mine\n", encoding="utf-8")
    for args in (("list",), ("add", str(file))):
        out, err = io.StringIO(), io.StringIO()
        assert main(["--library", str(file), *args], out=out, err=err) == 1
        assert "is a file, not a library folder" in err.getvalue()
    assert file.read_text(encoding="utf-8") == "mine\n"
