"""A query that cannot be read is an error in plain words with a non-zero exit — not "0 match(es)" with a
"did you mean" made of the debris (`tidal(( AND "` for `title:(( AND "`, `staff` for `status:`); `--limit`
takes a positive number only (break27, MEDIUM 6 and LOW 5)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import SAMPLES

SAMPLE = str(SAMPLES / "harbour_council.txt")


def _run(folder: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(folder), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lib = tmp_path_factory.mktemp("queries") / "lib"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DOSSIER_IN_PROCESS", "1")
        assert _run(lib, "add", SAMPLE)[0] == 0
        assert _run(lib, "annotate", SAMPLE, "--quote", "Tomas Ek", "--kind", "claim", "--speaker", "Tomas Ek",
                    "--status", "disputed", "--tag", "fisheries")[0] == 0
    return lib


@pytest.mark.parametrize("query", ['title:(( AND "', '"unterminated', "((", "status:", "date:[2020 TO", "speaker:(",
                                   "tomas)"])
def test_a_query_that_cannot_be_read_is_an_error(folder: Path, query: str) -> None:
    code, out, err = _run(folder, "search", query)
    assert code == 1 and out == ""
    assert err.startswith("error: Cannot understand the query") and err.count("\n") == 1, err
    assert "did you mean" not in err and "match" not in err


@pytest.mark.parametrize("query", ['entity:"Tomas Ek"', "speaker:(ek OR brandt)", "date:[2020 TO 2030]",
                                   "date:[2020 TO]", "kind:claim AND NOT status:supported", '"council (harbour"',
                                   "status:disputed tag:fisheries"])
def test_well_formed_queries_still_run(folder: Path, query: str) -> None:
    code, out, err = _run(folder, "search", query)
    assert code == 0 and "match(es)" in err and "Cannot understand" not in err, err


def test_did_you_mean_is_for_plain_words_only(folder: Path) -> None:
    code, out, err = _run(folder, "search", "tomsa")
    assert code == 0 and "did you mean: tomas" in out + err
    code, out, err = _run(folder, "search", "statuss:disputed")  # not a field: said, no suggestion built on its name
    assert code == 1 and "did you mean “status:”" in err and "did you mean:" not in out + err  # (no spelling)


@pytest.mark.parametrize("limit", ["-1", "0", "x"])
def test_a_limit_that_is_not_a_positive_number_is_refused(folder: Path, limit: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        _run(folder, "search", "*", "--limit", limit)
    assert exit_.value.code == 2 and "--limit" in capsys.readouterr().err


@pytest.mark.parametrize(("query", "shown"), [("it's \"open", "“it's \"open”"), ('path\\to "x', "“path\\to \"x”")])
def test_a_refused_query_is_shown_as_typed(folder: Path, query: str, shown: str) -> None:
    """The message showed the query as a Python literal: `it's "open` as 'it\\'s "open', a backslash doubled — text
    nobody typed, wrong if copied back (an outside tester on the command line, stop 61)."""
    code, _, err = _run(folder, "search", query)
    assert code == 1 and f"Cannot understand the query {shown}:" in err, err
