"""An error is one line on stderr even when it quotes what was typed with a line break in it: `annotate --quote`
of a two-line quote not in the document, `show`, `delete` or `add` of a name holding a line break printed the
error over two lines — a script reading the first line got half of it (an outside tester on the command line,
stop 61). The break is shown as `\\n`."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import SAMPLES


def _run(library: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lib = tmp_path_factory.mktemp("one-line") / "lib"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DOSSIER_IN_PROCESS", "1")
        assert _run(lib, "add", str(SAMPLES / "harbour_council.txt"))[0] == 0
    return lib


@pytest.mark.parametrize("args", [("annotate", "2281", "--quote", "zzfoo\nbarzz", "--kind", "highlight"),
                                  ("show", "zz\nyy"), ("delete", "ab\ncd"), ("add", "/nonexistent\nfile.txt"),
                                  ("edit", "ab\r\ncd", "--note", "x"), ("export", "zz\nyy", "--format", "md",
                                                                         "-o", "/tmp/never-written.md")])
def test_an_error_quoting_a_line_break_is_one_line(library: Path, args: tuple[str, ...]) -> None:
    code, out, err = _run(library, *args)
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "\\n" in err
