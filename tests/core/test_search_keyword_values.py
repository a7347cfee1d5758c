"""A tag holding a comma can be searched (`tag:"fish,eries"` said "cannot be run on these fields"), and a document
is found by the start of its id, as the command line takes it everywhere else (`document:228106c0f571` found
nothing; an outside tester, stop 52)."""
from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
import whoosh.codec.base

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.errors import QueryError
from annotations.limits import check_tags
from annotations.search_query import keyword_term, normalise
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def test_a_quoted_tag_and_an_id_prefix(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib")
    try:
        doc = load_document(TXT)
        doc_id = lib.add_document(doc, TXT)[0].id
        s, e = find_quote(doc.text, "Tomas Ek")
        mark, _ = lib.annotate(doc_id, AnnotationInput(Kind.NOTE, s, e, note="x", tags=("Fish,Eries", "budget")))
        for query in ('tag:"Fish,Eries"', 'tag:"fish, eries"', "TAG:budget", f"document:{doc_id[:12]}",
                      f"doc:{doc_id[:8].upper()}", f"document:{doc_id}"):
            assert [h.annotation_id for h in lib.search(query).hits] == [mark.id], query
        assert not lib.search('tag:"fish"').hits and not lib.search("document:ffffffffffff").hits
        assert normalise('note:"a, b" tag:"x,y"') == "note:\"a, b\" tag:'x y'"  # phrases in text fields stay
    finally:
        lib.close()


@pytest.mark.parametrize(("query", "said"), [("fish NOT", "“NOT” has nothing after it"),
                                             ("fish AND", "“AND” has nothing after it"),
                                             ("OR fish", "“OR” has nothing before it"),
                                             ("fish^0", "counts for nothing"), ("fish^-1", "counts for nothing")])
def test_a_query_that_would_find_nothing_for_its_syntax_says_so(tmp_path: Path, query: str, said: str) -> None:
    """`fish NOT`, `fish^0`, `fish^-1` found nothing and said nothing (an outside tester, stop 52)."""
    lib = Library.open(tmp_path / "lib")
    try:
        with pytest.raises(QueryError, match=said):
            lib.search(query)
        for fine in ("NOT fish", "fish^0.5", '"fish NOT"', "Nottingham"):
            lib.search(fine)  # no error
    finally:
        lib.close()


_AWKWARD = st.sampled_from(list("'\"()[]{}:\\*?~^+-, ") + ["AND", "NOT", "TO", " OR ", "tag:", "ü", "ß", "İ", "ﬁ"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tag=st.lists(_AWKWARD | st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).map("".join))
def test_a_facet_term_finds_exactly_the_annotations_of_its_tag(facet_library: tuple[Library, str], tag: str) -> None:
    """Whatever a tag holds (quotes of both kinds, brackets, colons, backslashes, operators, letters of any script),
    the term a facet link writes (`keyword_term`) finds its annotations and no other: the panel wrapped a value in
    double quotes only when it held a space (`tag:"say "no""`, `tag:(draft)` found nothing)."""
    lib, doc_id = facet_library
    assume(check_tags([tag]))
    lib.annotate(doc_id, AnnotationInput(Kind.NOTE, 0, 5, note="fish", tags=(tag,)))
    lib.index.wait_for_merge()  # an edit made while small segments merge is searchable once the merge is done
    values = set(lib.search("fish", limit=1, facets=True).facets["tag"])
    for value in values:
        expected = {a.id for a in lib.store.annotations() if not a.deleted
                    and value in {t.replace(",", " ").strip().lower() for t in a.tags}}
        for query in (keyword_term("tag", value), f"fish {keyword_term('tag', value)}"):
            assert {h.annotation_id for h in lib.search(query, limit=1000).hits} == expected, (value, query)


@pytest.fixture(scope="module")
def facet_library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, str]]:
    """One library for every example. Whoosh names a new segment with `random`, which Hypothesis seeds alike in
    every example: the segments of two examples took one name and overwrote each other's files."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(whoosh.codec.base, "random_name", lambda size=28: secrets.token_hex(size)[:size])
        lib = Library.open(tmp_path_factory.mktemp("facets") / "lib")
        try:
            doc = load_document(TXT)
            yield lib, lib.add_document(doc, TXT)[0].id
        finally:
            lib.close()


def test_a_tag_of_commas_alone_gives_no_empty_facet(facet_library: tuple[Library, str]) -> None:
    """A tag "," (or ", ,") made an empty facet value that no `tag:` term finds (Hypothesis, stop 57)."""
    lib, doc_id = facet_library
    lib.annotate(doc_id, AnnotationInput(Kind.NOTE, 0, 5, note="fish", tags=(",", "kept")))
    lib.index.wait_for_merge()
    values = set(lib.search("fish", limit=1, facets=True).facets["tag"])
    assert "" not in values and "kept" in values


def test_a_tag_with_a_comma_and_a_space_is_found_as_it_is_written(tmp_path: Path) -> None:
    """A tag written as people write a list, "minutes, p.4" (the Inspector keeps it whole, in double quotes), was
    indexed as "minutes  p.4" (two spaces): `tag:"minutes, p.4"` and `tag:'minutes, p.4'` found nothing, and
    `search --json` gave its tags as ["minutes  p.4"] (an outside tester on the command line, stop 61)."""
    lib = Library.open(tmp_path / "lib")
    try:
        doc = load_document(TXT)
        doc_id = lib.add_document(doc, TXT)[0].id
        s, e = find_quote(doc.text, "Tomas Ek")
        mark, _ = lib.annotate(doc_id, AnnotationInput(Kind.NOTE, s, e, note="x", tags=("Minutes, p.4", "radio")))
        lib.annotate(doc_id, AnnotationInput(Kind.NOTE, s, e, note="y", tags=("minutes", "p.4")))
        for query in ('tag:"minutes, p.4"', "tag:'minutes, p.4'", "tag:'Minutes, P.4'", 'tag:"minutes,p.4"',
                      "fish OR tag:'minutes, p.4'", 'tags:"minutes, p.4"', "TAGS:'minutes, p.4'"):
            assert [h.annotation_id for h in lib.search(query).hits] == [mark.id], query
        [hit] = lib.search("tag:radio").hits
        assert hit.tags == ("Minutes, p.4", "radio")
        facet = set(lib.search("tag:radio", facets=True).facets["tag"])
        assert {h.annotation_id for v in facet for h in lib.search(keyword_term("tag", v)).hits} == {mark.id}
    finally:
        lib.close()
