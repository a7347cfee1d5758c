"""Odd queries are answered or refused in plain words; they are never taken for a damaged index."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.cli import main

ODD = ["date:[2020 TO 2030]", "grade:[a TO z]", "created:[2020 TO]", "bulk^1e308", "ek^" + "9" * 400,
       "start:[a TO b]", "tomas~99999999999", "NOT NOT tomas", "(((", "type:[a TO"]


@pytest.fixture
def library(tmp_path: Path, samples: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    lib = str(tmp_path / "lib")
    source = str(samples / "harbour_council.txt")
    for args in (["add", source], ["annotate", source, "--quote", "Tomas Ek", "--kind", "entity", "--type",
                                   "PERSON"]):
        assert main(["--library", lib, *args], out=io.StringIO(), err=io.StringIO()) == 0
    return lib


def _search(library: str, query: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", library, "search", query], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("query", ODD)
def test_odd_queries_work_or_are_query_errors_never_index_damage(library: str, query: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from annotations import index

    def no_rebuild(*_: object, **__: object) -> int:
        raise AssertionError(f"{query!r} rebuilt the index")

    monkeypatch.setattr(index.SearchIndex, "rebuild", no_rebuild)
    code, out, err = _search(library, query)
    assert "damaged" not in err and "cannot be read" not in err
    assert "Error" not in err and "index out of range" not in err
    if code:
        assert err.startswith("error: ") and err.count("\n") == 1


def test_a_huge_boost_still_finds_the_word_and_double_negation_cancels(library: str) -> None:
    assert "[Tomas] Ek" in _search(library, "tomas^" + "9" * 400)[1]
    assert "[Tomas] Ek" in _search(library, "NOT NOT tomas")[1]


def test_a_pasted_article_is_refused_with_a_message(library: str) -> None:
    code, _, err = _search(library, "harbour council " * 10_000)
    assert code == 1 and "the limit is 1,000" in err


def test_a_long_query_gets_no_spelling_walk(library: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from whoosh.searching import Searcher

    asked = []
    real = Searcher.correct_query
    monkeypatch.setattr(Searcher, "correct_query", lambda *a, **k: asked.append(a) or real(*a, **k))
    _search(library, " ".join(["harbur"] * 30))
    assert asked == []
    _search(library, "harbur")
    assert asked
