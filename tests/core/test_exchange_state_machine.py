"""Three teammates exchanging bundles in any order (Hypothesis RuleBasedStateMachine).

Libraries edit, delete, undo, export (with and without hidden notes) and import any earlier bundle of
any other library, replays included. After every import: no version a library held is replaced by one
that was not built on it — on that version or on one saying exactly the same (no edit reverted by an
ancestor, no deletion resurrected), and every
conflict filed is between truly concurrent, different versions — or theirs was built on ours with a note
written blind (our note was withheld from them), where both notes stay. At the end, everyone settles their
conflicts the same way and exchanges their latest bundles: all libraries hold the same live annotations.

Teammates also edit the document's title, language and outlet. A model of who has seen which edit checks,
after every step, that each property holds an edit no edit its library knows was made on top of (no edit
lost, none reverted by a stale bundle); at the end all libraries hold the same properties.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, seed, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from annotations.bundle import Bundle, read_bundle
from annotations.doc_properties import DocumentProperties
from annotations.errors import UndoError
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.revisions import ancestors
from reader.document import load_document
from tests.built_once import copy_of
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
WORDS = ["Tomas Ek", "Oslo", "Claire Dubois", "Port Alder"]
NAMES = "ABC"
PROPERTIES = ("title", "language", "publisher")
LANGUAGES = ["fr", "de", "es", "it", "nl", "pt", "sv", "pl", "fi", "da", "cs", "ro", "hu", "el", "tr", "ru", "uk",
             "ar", "fa", "he", "hi", "ja", "ko", "zh", "no", "sk", "sl", "hr", "bg", "lt", "lv", "et", "ca", "eu"]


def _graph(lib: Library, record_id: str) -> dict[str, list[str]]:
    return lib.store.revision_graphs([record_id]).get(record_id, {})


def _state(lib: Library) -> dict[str, tuple[str, tuple[str, ...], bool, str]]:
    return {a.id: (a.note, a.tags, a.deleted, a.rev) for a in lib.store.annotations(include_deleted=True)
            if a.rev != "forgotten"}


def _start(folder: Path) -> tuple[str, list[str]]:
    """The three teammates as every run starts: the document added by each, A's four highlights
    imported by B and C. Returns the document id and the highlights' ids."""
    libs = [Library.open(folder / n) for n in NAMES]
    try:
        doc = load_document(TXT)
        doc_id = ""
        for lib in libs:
            doc_id = lib.add_document(doc, TXT)[0].id
        text = libs[0].document(doc_id).text
        ids = []
        for word in WORDS:
            s = text.index(word)
            a, _ = libs[0].annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, s, s + len(word)))
            ids.append(a.id)
        first = read_bundle(libs[0].export_bundle([doc_id], "A"))
        for lib in libs[1:]:
            lib.import_bundle(first)
    finally:
        for lib in libs:
            lib.close()
    return doc_id, ids


def _says(deleted: object, note: object, tags: object) -> tuple[bool, str, tuple[str, ...]]:
    """What a version says, as the closing rule orders them (the same in every library)."""
    return bool(deleted), str(note or ""), tuple(str(t) for t in (tags or ()))


def _started(folder: Path) -> tuple[str, list[str]]:
    """A fresh copy of the start in `folder`. The start is built once per process (~0.5 s of store and index
    work per run) and copied (library folders: store, index, stored files) for each run."""
    doc_id, ids = copy_of("exchange", _start, folder)
    return doc_id, list(ids)


class Exchange(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="dossier-exchange-"))
        self.doc_id, self.ids = _started(self.tmp)
        self.libs = [Library.open(self.tmp / n) for n in NAMES]
        self.bundles: list[tuple[int, Bundle]] = []
        self.edits = 0
        # the property model: edit id -> (property, value, the edits its author had seen)
        self.events: dict[int, tuple[str, str, frozenset[int]]] = {}
        self.knows: list[set[int]] = [set() for _ in self.libs]
        self.sent_knowing: list[frozenset[int]] = []  # per bundle, the edits its sender had seen
        # an import that changed the document: its undo entry -> the edits known before it
        self.knew_before: list[dict[int, set[int]]] = [{} for _ in self.libs]
        self.initial = self._props(self.libs[0])
        self.languages = [code for code in LANGUAGES if code != self.initial["language"]]

    def teardown(self) -> None:
        try:
            self._settle_everything()
        finally:
            for lib in self.libs:
                lib.close()
            shutil.rmtree(self.tmp, ignore_errors=True)

    # -- what teammates do ----------------------------------------------------------------------
    @rule(who=st.integers(0, 2), which=st.integers(0, len(WORDS) - 1), tag=st.booleans())
    def edit(self, who: int, which: int, tag: bool) -> None:
        lib = self.libs[who]
        a = lib.annotation(self.ids[which])
        if a.deleted:
            return
        self.edits += 1
        if tag:
            lib.edit_annotation(a.id, tags=(*a.tags, f"{NAMES[who]}{self.edits}"))
        else:
            lib.edit_annotation(a.id, note=f"{NAMES[who]} note {self.edits}")

    @rule(who=st.integers(0, 2), which=st.integers(0, len(WORDS) - 1))
    def delete(self, who: int, which: int) -> None:
        self.libs[who].delete_annotation(self.ids[which])

    @rule(who=st.integers(0, 2), prop=st.sampled_from(PROPERTIES))
    def set_property(self, who: int, prop: str) -> None:
        lib = self.libs[who]
        self.edits += 1
        if prop == "language":
            if not self.languages:
                return
            value = self.languages.pop(0)
        else:
            value = f"{NAMES[who]} {prop} {self.edits}"
        lib.set_document_properties(self.doc_id, DocumentProperties(**{prop: value}))  # type: ignore[arg-type]
        assert self._props(lib)[prop] == value
        self._remember(who, {prop: value})

    def _remember(self, who: int, values: dict[str, str]) -> None:
        for prop, value in values.items():
            event = len(self.events)
            self.events[event] = (prop, value, frozenset(self.knows[who]))
            self.knows[who].add(event)

    def _props(self, lib: Library) -> dict[str, str]:
        doc = lib.document(self.doc_id, with_text=False)
        return {prop: getattr(doc, prop) for prop in PROPERTIES}

    @rule(who=st.integers(0, 2))
    def undo(self, who: int) -> None:
        lib = self.libs[who]
        label = lib.store.history_top("done")
        if label is None or label[1].startswith("Add “"):  # removing the document itself is not exchanged
            return
        before = self._props(lib)
        try:
            lib.undo()
        except UndoError:
            return
        if label[1].startswith("Import bundle"):
            # an import that changed the document is undone by putting back the version it replaced: we know
            # what we knew (our edits since were undone first, LIFO); one that left the document alone forgets
            # nothing of its properties — our own edits made since stay
            self.knows[who] = self.knew_before[who].get(label[0], self.knows[who])
        else:  # undoing a property edit is an edit back to the old value, made knowing the one undone
            after = self._props(lib)
            self._remember(who, {p: v for p, v in after.items() if v != before[p]})

    @rule(who=st.integers(0, 2), hide=st.booleans())
    def export(self, who: int, hide: bool) -> None:
        data = self.libs[who].export_bundle([self.doc_id], NAMES[who], hide_notes=hide)
        self.bundles.append((who, read_bundle(data)))
        self.sent_knowing.append(frozenset(self.knows[who]))

    @precondition(lambda self: bool(self.bundles))
    @rule(who=st.integers(0, 2), pick=st.integers(0, 10_000))
    def import_(self, who: int, pick: int) -> None:
        candidates = [(b, k) for (sender, b), k in zip(self.bundles, self.sent_knowing) if sender != who]
        if not candidates:
            return
        lib = self.libs[who]
        before = _state(lib)
        open_before = {c[0] for c in lib.store.conflicts()}
        bundle, knowing = candidates[pick % len(candidates)]
        top, rev = lib.store.history_top("done"), lib.document(self.doc_id, with_text=False).rev
        lib.import_bundle(bundle)
        entry = lib.store.history_top("done")
        if entry is not None and entry != top and lib.document(self.doc_id, with_text=False).rev != rev:
            self.knew_before[who][entry[0]] = set(self.knows[who])
        self.knows[who] |= knowing
        after = _state(lib)
        for record_id, (_, _, _, rev) in after.items():
            old = before.get(record_id)
            if old is None or old[3] == rev:
                continue
            # whatever replaced our version was built on it — on that very version, or on one that said
            # exactly what it said: nothing we held was reverted by an ancestor or resurrected
            lineage = ancestors(rev, _graph(lib, record_id))
            said = lib.store.revision_hashes([record_id]).get(record_id, {})
            assert old[3] in lineage or said.get(old[3]) in {said.get(r) for r in lineage - {rev}}, \
                (record_id, old, after[record_id])
        for conflict_id, annotation_id, theirs, _ in lib.store.conflicts():
            if conflict_id in open_before:
                continue
            graph = _graph(lib, annotation_id)
            ours = after[annotation_id][3]
            assert theirs["rev"] not in ancestors(ours, graph)
            if ours in ancestors(theirs["rev"], graph):  # built on ours, but on ours without its note:
                assert annotation_id in bundle.blind and theirs["note"] != after[annotation_id][0]  # both stay
            assert (theirs["note"], tuple(theirs["tags"]), theirs["deleted"]) != after[annotation_id][:3]

    @invariant()
    def every_library_is_sound(self) -> None:
        for lib in self.libs:
            assert lib.store.integrity_ok()

    @invariant()
    def no_property_edit_is_lost(self) -> None:
        for who, lib in enumerate(self.libs):
            props = self._props(lib)
            for prop in PROPERTIES:
                known = [e for e in self.knows[who] if self.events[e][0] == prop]
                newest = {self.events[e][1] for e in known
                          if not any(e in self.events[f][2] for f in known)}  # no known edit made on top of it
                assert props[prop] in (newest or {self.initial[prop]}), (NAMES[who], prop, props[prop], newest)

    # -- the end: everyone settles and exchanges their latest ---------------------------------------
    def _settle_everything(self) -> None:
        # The same rule everywhere: the version that says more wins, by what it says. ("The greater revision id
        # wins" was no such rule: a settlement is a new revision, so each library picked anew and three teammates
        # settled each other's settlements for ever — half of the runs of one sequence of a random search, stop 62.)
        for _ in range(6):
            for lib in self.libs:
                for conflict_id, annotation_id, theirs, _ in lib.store.conflicts():
                    ours = lib.annotation(annotation_id)
                    take = _says(theirs.get("deleted"), theirs.get("note"), theirs.get("tags")) > _says(
                        ours.deleted, ours.note, ours.tags)
                    lib.resolve_conflict(conflict_id, take_theirs=take)
            latest = [read_bundle(lib.export_bundle([self.doc_id], NAMES[i])) for i, lib in enumerate(self.libs)]
            for i, lib in enumerate(self.libs):
                for j, bundle in enumerate(latest):
                    if i != j:
                        lib.import_bundle(bundle)
            if not any(lib.store.conflicts() for lib in self.libs) and self._same_everywhere():
                break  # (once the properties agreed it stopped: a version made while importing — our own undo
                # of a deletion a teammate made too, put back on top to travel — had had no round to travel in)
        assert all(self._props(lib) == self._props(self.libs[0]) for lib in self.libs)  # properties converge
        views = self._views()
        for view in views[1:]:
            for record_id, (note, tags, deleted) in views[0].items():
                other = view[record_id]
                assert (tags, deleted) == other[1:], record_id
                if note is not None and other[0] is not None:
                    assert note == other[0], record_id

    def _views(self) -> list[dict[str, tuple[str | None, tuple[str, ...], bool]]]:
        views = []
        for lib in self.libs:
            withheld = lib.store.withheld(self.ids)
            views.append({a.id: (None if a.id in withheld else a.note, a.tags, a.deleted)
                          for a in lib.store.annotations(include_deleted=True)})
        return views

    def _same_everywhere(self) -> bool:
        views = self._views()
        return all(self._props(lib) == self._props(self.libs[0]) for lib in self.libs) and all(
            view.keys() == views[0].keys() and all(
                view[k][1:] == v[1:] and (None in (view[k][0], v[0]) or view[k][0] == v[0]) for k, v in views[0].items())
            for view in views[1:])

# Shrinking a failure of this machine takes over five minutes (each step works on three libraries): on CI
# a failure is reported as found (at most 30 steps, reproducible with the printed blob); shrink it locally
# with DOSSIER_SHRINK=1. The run is derandomized (the same 25 sequences every time, no example database), so CI
# never goes red by chance: a search for new failures is `DOSSIER_EXCHANGE_RANDOM=1 DOSSIER_EXCHANGE_EXAMPLES=300`
# (stop 30: such a search found the title case pinned below).
_PHASES = tuple(Phase) if os.environ.get("DOSSIER_SHRINK") else tuple(p for p in Phase if p is not Phase.shrink)
Exchange.TestCase.settings = settings(max_examples=int(os.environ.get("DOSSIER_EXCHANGE_EXAMPLES", "25")), stateful_step_count=30, deadline=None,
                                      derandomize=not os.environ.get("DOSSIER_EXCHANGE_RANDOM"), database=None,
                                      phases=_PHASES,
                                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
# derandomize seeds the run with a hash of this class's source; this is the seed it drew before the runs' start
# was built once and copied: the same 25 sequences as then (checked step by step, 2,145 steps), pinned so that
# editing the class no longer draws 25 others.
_SEED = int("21823557459045682771000603699139263466860336714133053683697480088735974361301601426204860207902311"
            "030524562362506049")
if not os.environ.get("DOSSIER_EXCHANGE_RANDOM"):
    seed(_SEED)(Exchange)
test_three_teammates_exchange_in_any_order = Exchange.TestCase


def test_an_undo_made_after_a_teammates_title_change_is_the_later_edit() -> None:
    """The case a random search found at stop 30 (first pinned as a library bug; the model was wrong): A
    imports C's bundle, changes the title and undoes that, then undoes the import; B had changed the title
    earlier. A's undo set the title back AFTER B's change, so by the README's rule (a revert is an edit, the
    later edit wins) A keeps the original title — and B's title is not silently dropped: the import report
    names it as the edit that lost, and both libraries end with the same title."""
    state = Exchange()
    try:
        state.edit(tag=True, which=1, who=2)
        state.set_property(prop="title", who=1)
        state.export(hide=False, who=2)
        state.import_(pick=1472, who=0)
        state.set_property(prop="title", who=0)
        state.undo(who=0)
        state.undo(who=0)  # the import
        state.export(hide=False, who=1)
        a = state.libs[0]
        original = state.initial["title"]
        _, changes = a.import_bundle(state.bundles[-1][1])
        assert state._props(a)["title"] == original
        lost = changes.report["property_conflicts"]
        assert [(c["property"], c["kept"], c["lost"], c["lost_side"]) for c in lost] == [
            ("title", original, "B title 2", "theirs")]
        assert "the one in B's bundle was “B title 2”" in lost[0]["message"]
        state.libs[1].import_bundle(read_bundle(a.export_bundle([state.doc_id], "A")))
        assert state._props(state.libs[1])["title"] == original
        state.every_library_is_sound()
    finally:
        state.teardown()


def test_undoing_an_import_puts_back_the_title_it_replaced_and_a_reimport_brings_it_again() -> None:
    """A imports B's new title, changes it and undoes that, then undoes the import: the title is the one
    before the import (undo is last-in first-out), and importing B's bundle again brings B's title back."""
    state = Exchange()
    try:
        state.set_property(prop="title", who=1)
        state.export(hide=False, who=1)
        state.import_(pick=0, who=0)
        state.set_property(prop="title", who=0)
        state.undo(who=0)
        assert state._props(state.libs[0])["title"] == "B title 1"
        state.undo(who=0)  # the import
        assert state._props(state.libs[0])["title"] == state.initial["title"]
        state.no_property_edit_is_lost()
        state.import_(pick=0, who=0)
        assert state._props(state.libs[0])["title"] == "B title 1"
        state.every_library_is_sound()
        state.no_property_edit_is_lost()
    finally:
        state.teardown()
