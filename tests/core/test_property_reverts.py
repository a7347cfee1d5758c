"""A document property set BACK to an earlier value is an edit like any other (outside tester, bug A).

Ben's deliberate revert of the title to the original, made after Ana's change, is the later edit: it
used to lose — the three-way merge read "their value equals the base's" as "they did not touch it", and
a library holding the revert took Ana's older title as "built on a version that says what ours says".
And four teammates exchanging in different orders used to end with different titles until another
round. The Hypothesis test: 3–4 teammates, random edits drawn from a few values (so reverts to earlier
values are frequent), random imports of any earlier bundle (stale and replayed ones included); then one
full round — everyone exports their latest bundle, everyone imports everyone else's — and all libraries
hold the same properties, each the value of the latest edit made of it (unless two teammates made the
same change from the same version: that is one version, which each library dates as the twin it met
first — they must then agree, and may need more rounds, as the earliest date spreads).
"""
from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotations.bundle import Bundle, read_bundle
from annotations.doc_properties import DocumentProperties
from annotations.library import Library
from reader.document import load_document
from tests.built_once import copy_of
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
PROPS = ("title", "publisher")
VALUES = ("", "B", "C")  # "" stands for the property's original value: choosing it is a revert


@contextmanager
def _clock(skip: int) -> Iterator[list[int]]:
    """A clock that ticks one minute per edit, so the order of the calls is the order of the edits; its first
    `skip` ticks are taken already. Yields [the number of ticks taken]."""
    ticks = itertools.islice((f"2026-12-02T{h:02d}:{m:02d}:00.000Z" for h in range(10, 24) for m in range(60)),
                             skip, None)
    taken = [skip]
    def clock() -> str:
        taken[0] += 1
        return next(ticks)
    with mock.patch("annotations.library.now_iso", side_effect=clock), \
            mock.patch("annotations.library_documents.now_iso", side_effect=clock):
        yield taken


def _start(folder: Path, size: int) -> tuple[str, int]:
    """`size` teammates holding the document as the first shared it. Returns the document id and the number of
    ticks of the clock taken."""
    with _clock(0) as taken:
        libs = [Library.open(folder / f"t{i}") for i in range(size)]
        try:
            doc_id = libs[0].add_document(load_document(TXT), TXT)[0].id
            first = _bundle(libs[0], doc_id)
            for lib in libs[1:]:
                lib.import_bundle(first)
        finally:
            for lib in libs:
                lib.close()
    return doc_id, taken[0]


@contextmanager
def _team(folder: Path, size: int) -> Iterator[tuple[list[Library], str]]:
    """`size` teammates holding the document as the first shared it (a copy of the library folders `_start`
    built once: ~0.5 s of store and index work per team), the clock going on from where the start left it."""
    doc_id, taken = copy_of(("property reverts", size), lambda template: _start(template, size), folder)
    with _clock(taken):
        libs = [Library.open(folder / f"t{i}") for i in range(size)]
        try:
            yield libs, doc_id
        finally:
            for lib in libs:
                lib.close()


def _bundle(lib: Library, doc_id: str) -> Bundle:
    return read_bundle(lib.export_bundle([doc_id], creator=lib.folder.name, with_documents=True))


def _props(lib: Library, doc_id: str) -> tuple[str, ...]:
    doc = lib.document(doc_id, with_text=False)
    return tuple(getattr(doc, p) for p in PROPS)


def _set(lib: Library, doc_id: str, **edit: str) -> None:
    lib.set_document_properties(doc_id, DocumentProperties(**edit))  # type: ignore[arg-type]


def test_a_title_set_back_to_the_original_later_wins_over_an_earlier_change(tmp_path: Path) -> None:
    with _team(tmp_path, 2) as ((ana, ben), doc_id):
        original = _props(ana, doc_id)[0]
        _set(ana, doc_id, title="B")  # t1
        _set(ben, doc_id, title="C")  # t2
        _set(ben, doc_id, title=original)  # t3: Ben deliberately sets it back — the latest edit
        from_ana, from_ben = _bundle(ana, doc_id), _bundle(ben, doc_id)
        ana.import_bundle(from_ben)
        ben.import_bundle(from_ana)
        assert _props(ana, doc_id)[0] == _props(ben, doc_id)[0] == original
        assert ana.document(doc_id).rev == ben.document(doc_id).rev


def test_a_revert_that_arrives_after_the_earlier_change_was_merged_still_wins(tmp_path: Path) -> None:
    with _team(tmp_path, 3) as ((ana, ben, cleo), doc_id):
        original = _props(ana, doc_id)[0]
        _set(ana, doc_id, title="B")
        _set(ben, doc_id, title="C")
        _set(ben, doc_id, title=original)
        cleo.import_bundle(_bundle(ana, doc_id))
        cleo.import_bundle(_bundle(ben, doc_id))
        assert _props(cleo, doc_id)[0] == original
        ana.import_bundle(_bundle(cleo, doc_id))
        assert _props(ana, doc_id)[0] == original


def test_an_earlier_change_does_not_fast_forward_over_a_later_revert(tmp_path: Path) -> None:
    """Ana's 'B' was built on the original title, which Ben's revert also says: that is no reason to take
    it over Ben's later edit."""
    with _team(tmp_path, 2) as ((ana, ben), doc_id):
        original = _props(ana, doc_id)[0]
        _set(ana, doc_id, title="B")
        _set(ben, doc_id, title="C")
        _set(ben, doc_id, title=original)
        ben.import_bundle(_bundle(ana, doc_id))
        assert _props(ben, doc_id)[0] == original


steps = st.lists(st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 3), st.sampled_from(PROPS), st.sampled_from(VALUES)),
    st.tuples(st.just("send"), st.integers(0, 3), st.integers(1, 3), st.just("")),  # latest bundle, to another
    st.tuples(st.just("replay"), st.integers(0, 3), st.integers(0, 10_000), st.just("")),  # any earlier one
), max_size=14)


@settings(max_examples=int(__import__("os").environ.get("DOSSIER_PROPERTY_EXAMPLES", "30")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(size=st.integers(3, 4), steps=steps, order=st.randoms(use_true_random=False))
@example(size=4, steps=[("edit", 0, "title", "C"), ("send", 0, 1, ""), ("edit", 0, "title", "B"), ("send", 0, 1, ""),
                        ("edit", 3, "title", "B"), ("edit", 0, "title", "")], order=__import__("random").Random(0))
@example(size=4, steps=[("edit", 0, "title", "C"), ("edit", 0, "title", ""), ("send", 2, 2, ""),
                        ("edit", 0, "publisher", "C"), ("edit", 2, "title", "C"), ("edit", 3, "publisher", "B"),
                        ("send", 2, 3, "")], order=__import__("random").Random(0))
@example(size=4, steps=[("edit", 0, "publisher", "B"), ("send", 0, 2, ""), ("send", 0, 3, ""), ("send", 0, 1, ""),
                        ("edit", 3, "title", "B"), ("send", 3, 3, ""), ("edit", 2, "publisher", "C"),
                        ("edit", 0, "publisher", ""), ("edit", 3, "publisher", "C")], order=__import__("random").Random(0))
def test_teammates_agree_on_the_latest_edits_after_one_full_round(size: int, steps: list[tuple[str, int, object, str]],
                                                                   order: object) -> None:
    with tempfile.TemporaryDirectory() as tmp, _team(Path(tmp), size) as (libs, doc_id):
        original = _props(libs[0], doc_id)
        latest: dict[str, str] = {}  # property -> the value of the latest edit made of it
        sent: list[tuple[int, Bundle]] = []
        twins = False
        for action, who, arg, value in steps:
            who %= size
            if action == "edit":
                prop = str(arg)
                new = value or original[PROPS.index(prop)]
                if getattr(libs[who].document(doc_id, with_text=False), prop) != new:  # else no edit is made
                    minted = {r for lib in libs for r in lib.store.revision_graphs([doc_id]).get(doc_id, {})}
                    _set(libs[who], doc_id, **{prop: new})
                    latest[prop] = new
                    # the same change made from the same version elsewhere is the same version (ids are
                    # content hashes): it counts as made when it was first made, not as a later edit
                    twins |= libs[who].document(doc_id).rev in minted
            elif action == "send":
                receiver = (who + int(arg)) % size
                if receiver != who:
                    bundle = _bundle(libs[who], doc_id)
                    sent.append((who, bundle))
                    libs[receiver].import_bundle(bundle)
            else:
                others = [b for sender, b in sent if sender != who]
                if others:
                    libs[who].import_bundle(others[int(arg) % len(others)])
        for _ in range(3 if twins else 1):  # one full round: everyone's latest, to everyone (twins: see above)
            final = [_bundle(lib, doc_id) for lib in libs]
            pairs = [(r, s) for r in range(size) for s in range(size) if r != s]
            order.shuffle(pairs)  # type: ignore[attr-defined]
            for receiver, sender in pairs:
                libs[receiver].import_bundle(final[sender])
            results = {_props(lib, doc_id) for lib in libs}
            if len(results) == 1:
                break
        expected = tuple(latest.get(p, original[i]) for i, p in enumerate(PROPS))
        assert len(results) == 1, results  # everyone agrees ...
        assert twins or results == {expected}, (results, expected)  # ... on the latest edit of each property
        final = [_bundle(lib, doc_id) for lib in libs]
        for receiver, sender in itertools.permutations(range(size), 2):
            libs[receiver].import_bundle(final[sender])
        generation = [lib.store.generation for lib in libs]
        for receiver, sender in itertools.permutations(range(size), 2):  # settled: nothing more changes
            libs[receiver].import_bundle(final[sender])
        assert [lib.store.generation for lib in libs] == generation
