"""Document properties changed by two teammates take the later EDIT — whatever order three teammates
exchange their bundles in (break26 bug 2). A merge version (stamped when the merge was made) or a third
teammate's later edit of another property is no edit of the title: Cleo, who merged Ana's earlier title
before Ben's later one arrived, must not make Ana's title win everywhere.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.bundle import Bundle, read_bundle
from annotations.doc_properties import DocumentProperties
from annotations.library import Library
from reader.document import load_document
from tests.built_once import copy_of
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
ANA_TITLE, BEN_TITLE, CLEO_OUTLET = "Ana's title (first)", "Ben's title (later)", "Cleo's outlet"


NAMES = ("ana", "ben", "cleo")


@contextmanager
def _clock(skip: int) -> Iterator[list[int]]:
    """A clock that ticks one minute per edit (the order of the edits is the order of the calls), its first
    `skip` ticks taken already. Yields [the number of ticks taken]."""
    ticks = (f"2026-12-02T14:{m:02d}:00.000Z" for m in itertools.count(skip))
    taken = [skip]
    def clock() -> str:
        taken[0] += 1
        return next(ticks)
    with mock.patch("annotations.library.now_iso", side_effect=clock), \
            mock.patch("annotations.library_documents.now_iso", side_effect=clock):
        yield taken


def _start(folder: Path) -> tuple[str, int]:
    """Ana sets the title, then Ben sets another, then Cleo changes only the outlet. Returns the document id and
    the number of ticks of the clock taken."""
    with _clock(0) as taken:
        libs = [Library.open(folder / n) for n in NAMES]
        try:
            doc_id = libs[0].add_document(load_document(TXT), TXT)[0].id
            first = _bundle(libs[0], doc_id)
            for lib in libs[1:]:
                lib.import_bundle(first)
            for lib, edit in zip(libs, ({"title": ANA_TITLE}, {"title": BEN_TITLE}, {"publisher": CLEO_OUTLET})):
                lib.set_document_properties(doc_id, DocumentProperties(**edit))  # type: ignore[arg-type]
        finally:
            for lib in libs:
                lib.close()
    return doc_id, taken[0]


@contextmanager
def _team(folder: Path) -> Iterator[tuple[list[Library], str]]:
    """The three libraries as `_start` leaves them (built once per process and copied: ~0.7 s of store and
    index work per team), the clock going on from where the start left it."""
    doc_id, taken = copy_of("later title edit", _start, folder)
    with _clock(taken):
        libs = [Library.open(folder / n) for n in NAMES]
        try:
            yield libs, doc_id
        finally:
            for lib in libs:
                lib.close()


def _bundle(lib: Library, doc_id: str) -> Bundle:
    return read_bundle(lib.export_bundle([doc_id], creator=lib.folder.name, with_documents=True))


def _title(lib: Library, doc_id: str) -> str:
    return lib.document(doc_id, with_text=False).title


def test_a_third_teammate_who_merged_the_earlier_title_first_does_not_make_it_win(tmp_path: Path) -> None:
    with _team(tmp_path) as ((ana, ben, cleo), doc_id):
        from_ana, from_ben = _bundle(ana, doc_id), _bundle(ben, doc_id)
        ana.import_bundle(from_ben)
        ben.import_bundle(from_ana)
        assert _title(ana, doc_id) == _title(ben, doc_id) == BEN_TITLE
        cleo.import_bundle(from_ana)
        assert _title(cleo, doc_id) == ANA_TITLE  # the only title edit Cleo knows of
        cleo.import_bundle(from_ben)
        assert _title(cleo, doc_id) == BEN_TITLE  # her merge of Ana's (stamped after Ben's edit) is no edit
        from_cleo = _bundle(cleo, doc_id)
        for lib in (ana, ben):
            lib.import_bundle(from_cleo)
        for lib in (ana, ben, cleo):
            doc = lib.document(doc_id, with_text=False)
            assert (doc.title, doc.publisher) == (BEN_TITLE, CLEO_OUTLET), lib.folder.name


@settings(max_examples=12, deadline=None)
@given(order=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)).filter(lambda p: p[0] != p[1]), max_size=7))
def test_three_teammates_converge_on_the_later_title_whatever_the_order(
        tmp_path_factory: object, order: list[tuple[int, int]]) -> None:
    """Any sequence of imports of each other's latest bundles: a library that has seen Ben's edit holds
    his title (the later edit), one that has seen only Ana's holds hers; at the end all agree on Ben's."""
    folder = Path(tmp_path_factory.mktemp("props"))  # type: ignore[attr-defined]
    with _team(folder) as (libs, doc_id):
        seen = [{0}, {1}, set()]  # which title edits (Ana's 0, Ben's 1) each library knows
        for receiver, sender in [*order, *[(r, s) for s in range(3) for r in range(3) if r != s] * 2]:
            libs[receiver].import_bundle(_bundle(libs[sender], doc_id))
            seen[receiver] |= seen[sender]
            expected = BEN_TITLE if 1 in seen[receiver] else ANA_TITLE if 0 in seen[receiver] else None
            if expected is not None:
                assert _title(libs[receiver], doc_id) == expected, (order, receiver, sender)
        assert {(lib.document(doc_id, with_text=False).title, lib.document(doc_id, with_text=False).publisher)
                for lib in libs} == {(BEN_TITLE, CLEO_OUTLET)}
