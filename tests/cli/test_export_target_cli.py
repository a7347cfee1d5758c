"""`export -o` into the library's own files is refused and the library stays whole (break26 bug 1)."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import SAMPLES


def _run(library: Path, *args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def test_export_over_the_store_or_a_stored_document_is_refused(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    assert _run(lib, "add", str(SAMPLES / "harbour_council.txt"))[0] == 0
    from annotations.library import Library

    library = Library.open(lib)
    doc = library.store.documents()[0].id
    library.close()
    code, said = _run(lib, "annotate", doc[:12], "--kind", "highlight", "--quote", "Tomas Ek", "--note", "precious")
    assert code == 0, said
    stored = next((lib / "files").iterdir())
    stored_bytes = stored.read_bytes()
    for target in (lib / "library.sqlite3", stored):
        code, said = _run(lib, "export", "--all", "--format", "md", "-o", str(target))
        assert code == 1 and "part of the Dossier library" in said and "Nothing was written" in said, said
    assert stored.read_bytes() == stored_bytes
    assert (lib / "library.sqlite3").read_bytes().startswith(b"SQLite format 3")
    code, said = _run(lib, "search", "precious")
    assert code == 0 and "Tomas Ek" in said, said
    code, said = _run(lib, "export", "--all", "--format", "md", "-o", str(lib / "brief.md"))
    assert code == 0 and "precious" in (lib / "brief.md").read_text(encoding="utf-8"), said


def test_dash_writes_the_export_to_the_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`-o -` wrote a file named "-" in the current folder (an outside tester, stop 53): it is the standard output,
    and the "wrote" line goes to the error stream, out of the export."""
    lib = tmp_path / "lib"
    assert _run(lib, "add", str(SAMPLES / "harbour_council.txt"))[0] == 0
    monkeypatch.chdir(tmp_path)  # (where a file named "-" would appear)
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(lib), "export", "--all", "--format", "md", "-o", "-"], out=out, err=err) == 0
    assert out.getvalue().startswith("---\ntitle: \"Harbour council") and "wrote the standard output" in err.getvalue()
    assert not (tmp_path / "-").exists()


def test_a_write_protected_target_is_refused_and_kept(tmp_path: Path) -> None:
    """A file made read-only (chmod 444: the version signed off) was silently replaced (an outside tester, stop 53)."""
    lib = tmp_path / "lib"
    assert _run(lib, "add", str(SAMPLES / "harbour_council.txt"))[0] == 0
    target = tmp_path / "signed-off.md"
    target.write_text("signed off")
    target.chmod(0o444)
    code, said = _run(lib, "export", "--all", "--format", "md", "-o", str(target))
    assert code == 1 and "write-protected" in said and target.read_text() == "signed off"


def test_a_folder_that_does_not_exist_is_said_not_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`-o nope/deeper/brief.md` made the whole path without a word (an outside tester, stop 53): a mistyped folder
    is said, as a shell's `>` says it."""
    lib = tmp_path / "lib"
    assert _run(lib, "add", str(SAMPLES / "harbour_council.txt"))[0] == 0
    code, said = _run(lib, "export", "--all", "--format", "md", "-o", str(tmp_path / "nope" / "deeper" / "brief.md"))
    assert code == 1 and "does not exist" in said and not (tmp_path / "nope").exists()
    monkeypatch.chdir(tmp_path)
    for written in ("~/brief.md", "~nosuchuser/brief.md"):  # a quoted "~" is a folder of that name: none here
        code, said = _run(lib, "export", "--all", "--format", "md", "-o", written)
        assert code == 1 and "does not exist" in said and "Traceback" not in said


def test_an_export_of_a_query_that_found_nothing_says_so(tmp_path: Path) -> None:
    """`export --query` of words found nowhere wrote a brief, CSV or JSON-LD holding no annotation, and said only
    "wrote brief.md (147 bytes)", as after any export (an outside tester, exports): it now says the query found
    nothing, so the empty file is not taken for the search's results."""
    lib = tmp_path / "lib"
    assert _run(lib, "add", str(SAMPLES / "harbour_council.txt"))[0] == 0
    code, said = _run(lib, "annotate", str(SAMPLES / "harbour_council.txt"), "--kind", "highlight", "--quote",
                      "Tomas Ek", "--note", "precious")
    assert code == 0, said
    code, said = _run(lib, "export", "--query", "zebrafinch", "--format", "md", "-o", str(tmp_path / "brief.md"))
    assert code == 0 and "note: the query zebrafinch found nothing: the file holds no annotation" in said, said
    code, said = _run(lib, "export", "--query", "precious", "--format", "md", "-o", str(tmp_path / "brief.md"))
    assert code == 0 and "found nothing" not in said and "precious" in (tmp_path / "brief.md").read_text("utf-8")


def test_a_csv_export_says_which_cells_excel_would_cut(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    assert _run(lib, "add", str(SAMPLES / "harbour_council.txt"))[0] == 0
    for quote in ("Tomas Ek", "Marta Lindqvist"):
        code, said = _run(lib, "annotate", str(SAMPLES / "harbour_council.txt"), "--kind", "highlight", "--quote",
                          quote, "--note", "n" * 33_000)
        assert code == 0, said
    code, said = _run(lib, "export", "--all", "--format", "csv", "-o", str(tmp_path / "notes.csv"))
    assert code == 0 and "note: 2 cells are longer than 32,767 characters" in said, said
    code, said = _run(lib, "export", "--all", "--format", "md", "-o", str(tmp_path / "brief.md"))
    assert code == 0 and "32,767" not in said


def test_an_export_of_a_document_in_the_trash_says_it_is_there(tmp_path: Path) -> None:
    """It said "No document … in the library" (an outside tester on the exports, stop 60), as for one never added."""
    lib = tmp_path / "lib"
    assert _run(lib, "add", str(SAMPLES / "harbour_council.txt"))[0] == 0
    code, listed = _run(lib, "list", "--json")
    doc_id = json.loads(listed[listed.index("["):])[0]["id"]
    assert _run(lib, "remove", str(SAMPLES / "harbour_council.txt"))[0] == 0
    for ref in (str(SAMPLES / "harbour_council.txt"), doc_id, doc_id[:12]):
        code, said = _run(lib, "export", ref, "--format", "md", "-o", str(tmp_path / "brief.md"))
        assert code != 0 and "is in the trash" in said and "No document" not in said, said
