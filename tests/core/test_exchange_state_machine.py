"""Three teammates exchanging bundles in any order (Hypothesis RuleBasedStateMachine).

Libraries edit, delete, undo, export (with and without hidden notes) and import any earlier bundle of
any other library, replays included. After every import: no version a library held is replaced by one
that was not built on it — on that version or on one saying exactly the same (no edit reverted by an
ancestor, no deletion resurrected), and every
conflict filed is between truly concurrent, different versions — or theirs was built on ours with a note
written blind (our note was withheld from them), where both notes stay. At the end, everyone settles their
conflicts the same way and exchanges their latest bundles: all libraries hold the same live annotations.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from annotations.bundle import Bundle, read_bundle
from annotations.errors import UndoError
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.revisions import ancestors
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
WORDS = ["Tomas Ek", "Oslo", "Claire Dubois", "Port Alder"]
NAMES = "ABC"


def _graph(lib: Library, record_id: str) -> dict[str, list[str]]:
    return lib.store.revision_graphs([record_id]).get(record_id, {})


def _state(lib: Library) -> dict[str, tuple[str, tuple[str, ...], bool, str]]:
    return {a.id: (a.note, a.tags, a.deleted, a.rev) for a in lib.store.annotations(include_deleted=True)
            if a.rev != "forgotten"}


class Exchange(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="dossier-exchange-"))
        self.libs = [Library.open(self.tmp / n) for n in NAMES]
        doc = load_document(TXT)
        self.doc_id = ""
        for lib in self.libs:
            self.doc_id = lib.add_document(doc, TXT)[0].id
        text = self.libs[0].document(self.doc_id).text
        self.ids = []
        for word in WORDS:
            s = text.index(word)
            a, _ = self.libs[0].annotate(self.doc_id, AnnotationInput(Kind.HIGHLIGHT, s, s + len(word)))
            self.ids.append(a.id)
        first = read_bundle(self.libs[0].export_bundle([self.doc_id], "A"))
        for lib in self.libs[1:]:
            lib.import_bundle(first)
        self.bundles: list[tuple[int, Bundle]] = []
        self.edits = 0

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

    @rule(who=st.integers(0, 2))
    def undo(self, who: int) -> None:
        label = self.libs[who].store.history_top("done")
        if label is None or label[1].startswith("Add “"):  # removing the document itself is not exchanged
            return
        try:
            self.libs[who].undo()
        except UndoError:
            pass

    @rule(who=st.integers(0, 2), hide=st.booleans())
    def export(self, who: int, hide: bool) -> None:
        data = self.libs[who].export_bundle([self.doc_id], NAMES[who], hide_notes=hide)
        self.bundles.append((who, read_bundle(data)))

    @precondition(lambda self: bool(self.bundles))
    @rule(who=st.integers(0, 2), pick=st.integers(0, 10_000))
    def import_(self, who: int, pick: int) -> None:
        candidates = [b for sender, b in self.bundles if sender != who]
        if not candidates:
            return
        lib = self.libs[who]
        before = _state(lib)
        open_before = {c[0] for c in lib.store.conflicts()}
        bundle = candidates[pick % len(candidates)]
        lib.import_bundle(bundle)
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

    # -- the end: everyone settles and exchanges their latest ---------------------------------------
    def _settle_everything(self) -> None:
        for _ in range(6):
            for lib in self.libs:  # the same rule everywhere: the version with the greater revision id wins
                for conflict_id, annotation_id, theirs, _ in lib.store.conflicts():
                    lib.resolve_conflict(conflict_id, take_theirs=theirs["rev"] > lib.annotation(annotation_id).rev)
            latest = [read_bundle(lib.export_bundle([self.doc_id], NAMES[i])) for i, lib in enumerate(self.libs)]
            for i, lib in enumerate(self.libs):
                for j, bundle in enumerate(latest):
                    if i != j:
                        lib.import_bundle(bundle)
            if not any(lib.store.conflicts() for lib in self.libs):
                break
        views = []
        for lib in self.libs:
            withheld = lib.store.withheld(self.ids)
            views.append({a.id: (None if a.id in withheld else a.note, a.tags, a.deleted)
                          for a in lib.store.annotations(include_deleted=True)})
        for view in views[1:]:
            for record_id, (note, tags, deleted) in views[0].items():
                other = view[record_id]
                assert (tags, deleted) == other[1:], record_id
                if note is not None and other[0] is not None:
                    assert note == other[0], record_id


Exchange.TestCase.settings = settings(max_examples=int(os.environ.get("DOSSIER_EXCHANGE_EXAMPLES", "25")), stateful_step_count=30, deadline=None,
                                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_three_teammates_exchange_in_any_order = Exchange.TestCase
