"""`word~` finds what `word` finds and its near misses. Whoosh's fuzzy term walked the words as written ("fished",
"councils") and looked them up among the index's stems ("fish", "council"): `councils~`, `fished~`, `harbours~`
found nothing where the plain word found them, and `fish~` nothing where `fish` found two (an outside tester)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document

QUOTES = ["The councils voted", "Running runners ran", "The fisherman fished", "Inspectors inspected harbours",
          "Fishes were fishing"]
WORDS = sorted({w.lower() for q in QUOTES for w in re.findall(r"\w+", q)} - {"the", "were"})


@pytest.fixture(scope="module", params=["segments", "one segment"])
def fuzzy_library(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Library]:
    """Each annotation in a segment of its own, as edits leave them, or all in one, as a rebuild does (Whoosh's
    fuzzy lookup differed between the two)."""
    folder = tmp_path_factory.mktemp("fuzzy")
    source = folder / "fuzzy.txt"
    source.write_text("Fuzzy test\n\n" + ". ".join(QUOTES) + ".\n", encoding="utf-8")
    lib = Library.open(folder / "lib")
    try:
        doc_id = lib.add_document(load_document(source), source)[0].id
        for quote in QUOTES:
            start, end = find_quote(lib.document(doc_id).text, quote)
            lib.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, end))
        if request.param == "one segment":
            lib.reindex()
        yield lib
    finally:
        lib.close()


def _found(lib: Library, query: str) -> set[str]:
    return {h.exact for h in lib.search(query, limit=100).hits}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=st.sampled_from(WORDS), distance=st.sampled_from(["~", "~1", "~2"]))
def test_a_fuzzy_word_finds_what_the_word_finds(fuzzy_library: Library, word: str, distance: str) -> None:
    plain = _found(fuzzy_library, word)
    assert plain and plain <= _found(fuzzy_library, word + distance)


def test_a_fuzzy_word_finds_its_near_misses(fuzzy_library: Library) -> None:
    assert _found(fuzzy_library, "fish~") == {"The fisherman fished", "Fishes were fishing"}
    assert _found(fuzzy_library, "harbors~") == _found(fuzzy_library, "harbours~") == {"Inspectors inspected harbours"}
    assert _found(fuzzy_library, "inspectres~") == {"Inspectors inspected harbours"}
    assert _found(fuzzy_library, "councels~1") == {"The councils voted"}
    assert _found(fuzzy_library, "counsels") == set()
