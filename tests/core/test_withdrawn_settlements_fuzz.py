"""Three to five teammates settling, undoing and redoing settlements while exchanging bundles (an outside tester's
seeded fuzzer on 96db71f; it found the faults of test_withdrawn_settlements_superseded.py and
test_deletion_undone_against_a_settlement.py).

Teammates edit notes, claim status and speaker, delete, export, import any earlier bundle of another (replays, stale
ones, in any order), settle an open conflict either way, settle-send-undo, undo and redo anything (imports too), and
close and reopen their library. A model of *knowing replacements* says which notes may be gone: a note is replaced
knowingly by an edit over it, a deletion of it, a settlement against it, or an undo of the edit that wrote it; each
library knows the replacements it made and has not undone, and those the bundles it imported carried — but never one
of its own it undid (a teammate's copy of a settlement undone brings nothing back). Checked: no import makes a library
lose a note no replacement it knows of accounts for; after everyone exchanged everything, every note a library knows
no replacement of is its current note or in an open conflict (or in no library at all, because a settlement undone
after a teammate took it was built on there: withdrawal is local, `gaps`); "kept undone" is said only with a
conflict open; and once everyone settles the same way and exchanges, no conflict is left and all hold the same.

Seeds run here are few (each takes about a second); DOSSIER_SETTLE_FUZZ=N runs N more from seed 2000 with 80 steps
(DOSSIER_SETTLE_FUZZ_MORE=1: with the steps of `MORE`; =most: of `MOST`; =hidden: of `HIDDEN`).
Revision ids cover random note salts, so which side the closing "greater revision wins" rule picks differs between
runs; the conflicts are taken in a fixed order.
"""
from __future__ import annotations

import os
import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from annotations.bundle import Bundle, read_bundle
from annotations.doc_properties import DocumentProperties
from annotations.errors import DossierError, UndoError
from annotations.library import AnnotationInput, Library
from annotations.library_exchange import Conflict
from annotations.model import ClaimStatus, Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
NAMES = "ABCDE"
WEIGHTS = {"edit": 4, "delete": 1, "export": 4, "import": 6, "settle": 3, "settle_send_undo": 2, "undo": 3,
           "redo": 1.5, "reopen": 0.7}
MORE = {**WEIGHTS, "undo_run": 2, "redo_run": 1, "tag": 1.5, "title": 1, "on_import": 2}
"""With `more` (an outside tester of eb09fd8): undoing and redoing several steps at once (an edit and the import
beneath it, a settlement and the edit on it), a change made on an import, sent and undone with it, tags, and the
document's title (checked converged at the end)."""
MOST = {**MORE, "settle_on_top": 3, "rename": 1}
"""With `most` (the round on 1f9f00c): a settlement with changes made on top of it (notes, tags, claim fields, a
deletion, the speaker's name, the title), sent or not, undone with them, and maybe settled again either way; the
claim's speaker renamed."""
HIDDEN = {**MOST, "hidden": 1.5}
"""With `hidden`: also bundles with the notes hidden (--hide-notes), sent among the others. Not clean yet (the round on
1f9f00c, at a15672d): of seeds 44000-44227, eight lose words (44025 44047 44069 44075 44096 44098 44105 44206;
also 40000, 40002) and four refuse an honest bundle as altered ("does not say what its revision … says": 44012
44111 44119 44223; 44012 does so at 45a5251 too). Not analysed; seed 40000 is the xfail below."""


class Team:
    def __init__(self, root: Path, seed: int, n: int, more: bool | str = False) -> None:
        self.rng, self.n, self.root = random.Random(seed), n, root
        self.weights = HIDDEN if more == "hidden" else MOST if more == "most" else MORE if more else WEIGHTS
        self.libs = [Library.open(root / NAMES[i]) for i in range(n)]
        self.doc_id = self.libs[0].add_document(load_document(TXT), TXT)[0].id
        text = self.libs[0].document(self.doc_id).text
        s, c = text.index("Oslo"), text.index("Port Alder")
        h, _ = self.libs[0].annotate(self.doc_id, AnnotationInput(Kind.HIGHLIGHT, s, s + 4, note="A-0"))
        claim, _ = self.libs[0].annotate(self.doc_id, AnnotationInput(Kind.CLAIM, c, c + 10, speaker_name="Tomas Ek",
                                                                      note="A-00"))
        self.ids = [h.id, claim.id]
        first = read_bundle(self.libs[0].export_bundle([self.doc_id], "A", with_documents=True))
        for lib in self.libs[1:]:
            lib.import_bundle(first)
        self.written = {"A-0", "A-00"}
        self.count = 0
        self.bundles: list[tuple[int, Bundle, frozenset[int]]] = []
        self.events: dict[int, str] = {}  # a knowing replacement -> the note it replaced
        self.known: list[set[int]] = [set() for _ in range(n)]
        self.withdrawn: list[set[int]] = [set() for _ in range(n)]  # its own, undone
        self.done: list[list[dict[str, Any]]] = [[] for _ in range(n)]
        self.undone: list[list[dict[str, Any]]] = [[] for _ in range(n)]
        self.gaps: list[tuple[str, str]] = []

    # -- the model ----------------------------------------------------------------------------------
    def _events(self, notes: list[str]) -> set[int]:
        out = set()
        for note in notes:
            out.add(len(self.events))
            self.events[len(self.events)] = note
        return out

    def replaced(self, who: int) -> set[str]:
        return {self.events[e] for e in self.known[who]}

    def _step(self, who: int, top: object, kind: str, replaced: list[str] = (), written: list[str] = (),
              learned: set[int] | None = None) -> None:
        if self.libs[who].store.history_top("done") in (None, top):
            return  # no undo step (an import that changed nothing)
        events = self._events(list(replaced))
        self.done[who].append({"kind": kind, "events": events, "written": list(written), "learned": learned or set(),
                               "undo_events": set()})
        self.undone[who].clear()
        self.known[who] |= events

    def held(self, lib: Library) -> set[str]:
        out = {a.note for a in lib.store.annotations(include_deleted=True) if a.id in self.ids and not a.deleted}
        for c in lib.conflicts():
            out |= {x.note for x in (c.theirs, c.kept, c.taken) if not x.deleted}
        return out - {""}  # (a note hidden from us reads empty: no words)

    def conflicts(self, lib: Library) -> list[Conflict]:
        return sorted(lib.conflicts(), key=lambda c: (self.ids.index(c.ours.id), c.source, c.theirs.note,
                                                      c.theirs.deleted))

    # -- what teammates do --------------------------------------------------------------------------
    def edit(self, who: int) -> None:
        lib, aid = self.libs[who], self.rng.choice(self.ids)
        a, top, roll = lib.annotation(aid), self.libs[who].store.history_top("done"), self.rng.random()
        if a.deleted:
            return
        self.count += 1
        if roll < 0.6 or a.claim is None:
            note = f"{NAMES[who]}-{self.count}"
            lib.edit_annotation(aid, note=note)
            self.written.add(note)
            self._step(who, top, "edit", [a.note], [note])
        elif roll < 0.8:
            lib.set_claim(aid, status=self.rng.choice(list(ClaimStatus)))
            self._step(who, top, "claim")
        else:
            lib.set_claim(aid, speaker_name=self.rng.choice(["Tomas Ek", "Claire Dubois"]))
            self._step(who, top, "claim")

    def delete(self, who: int) -> None:
        lib, aid = self.libs[who], self.rng.choice(self.ids)
        a, top = lib.annotation(aid), lib.store.history_top("done")
        if not a.deleted:
            lib.delete_annotation(aid)
            self._step(who, top, "delete", [a.note])

    def export(self, who: int) -> None:
        bundle = read_bundle(self.libs[who].export_bundle([self.doc_id], NAMES[who]))
        self.bundles.append((who, bundle, frozenset(self.known[who])))

    def import_(self, who: int, pick: int | None = None) -> None:
        if pick is None:
            others = [i for i, (sender, _, _) in enumerate(self.bundles) if sender != who]
            if not others:
                return
            pick = others[-1] if self.rng.random() < 0.4 else self.rng.choice(others)
        lib, (sender, bundle, knowing) = self.libs[who], self.bundles[pick]
        before, top = self.held(lib), lib.store.history_top("done")
        learned = set(knowing) - self.withdrawn[who] - self.known[who]
        counts, _ = lib.import_bundle(bundle)
        self.known[who] |= learned
        self._step(who, top, "import", learned=learned)
        lost = before - self.held(lib) - self.replaced(who)
        assert not lost, f"{NAMES[who]} lost {lost} importing {NAMES[sender]}'s bundle #{pick}: {counts}"
        assert not counts.get("withdrawn") or lib.conflicts(), "'its conflict stays open', and none is"

    def settle(self, who: int, conflict: Conflict | None = None, take: bool | None = None) -> int:
        if conflict is None:
            having = [i for i, lib in enumerate(self.libs) if lib.conflicts()]
            if not having:
                return who
            who = self.rng.choice(having)
            conflict = self.rng.choice(self.conflicts(self.libs[who]))
            take = self.rng.random() < 0.5
        lib, top = self.libs[who], self.libs[who].store.history_top("done")
        ours = lib.annotation(conflict.ours.id)  # (not conflict.ours: the closing round lists a library's conflicts
        lib.resolve_conflict(conflict.id, take_theirs=bool(take))  # once, and settling one changes ours for the next)
        now = lib.annotation(conflict.ours.id)
        sides = [x.note for x in (ours, conflict.theirs) if not x.deleted]
        self._step(who, top, "settle", [x for x in sides if now.deleted or x != now.note])
        return who

    def settle_send_undo(self, who: int) -> None:
        if any(lib.conflicts() for lib in self.libs):
            who = self.settle(who)
            self.export(who)
            self.undo(who)

    def undo(self, who: int) -> None:
        top = self.libs[who].store.history_top("done")
        if top is None or not self.done[who]:
            return
        try:
            self.libs[who].undo()
        except UndoError:
            return
        step = self.done[who].pop()
        self.known[who] -= step["events"] | step["learned"]
        self.withdrawn[who] |= step["events"]
        step["undo_events"] = self._events(step["written"])  # undoing an edit replaces the words it wrote
        self.known[who] |= step["undo_events"]
        self.undone[who].append(step)

    def redo(self, who: int) -> None:
        if not self.undone[who]:
            return
        try:
            self.libs[who].redo()
        except UndoError:
            return
        step = self.undone[who].pop()
        self.known[who] = (self.known[who] - step["undo_events"]) | step["events"] | step["learned"]
        self.withdrawn[who] = (self.withdrawn[who] | step["undo_events"]) - step["events"]
        self.done[who].append(step)

    def on_import(self, who: int) -> None:
        """An import, a change on top of it, sent (or not), and then undone, maybe with the import beneath it."""
        self.import_(who)
        getattr(self, self.rng.choice(["edit", "edit", "tag", "delete", "title"]))(who)
        if self.rng.random() < 0.7:
            self.export(who)
        self.undo_run(who)

    def undo_run(self, who: int) -> None:
        for _ in range(self.rng.randint(2, 4)):
            self.undo(who)

    def redo_run(self, who: int) -> None:
        for _ in range(self.rng.randint(1, 3)):
            self.redo(who)

    def tag(self, who: int) -> None:
        lib, aid = self.libs[who], self.rng.choice(self.ids)
        a, top = lib.annotation(aid), lib.store.history_top("done")
        if not a.deleted:
            lib.edit_annotation(aid, tags=sorted(set(a.tags) ^ {self.rng.choice(["t1", "t2", "t3"])}))
            self._step(who, top, "tag")

    def title(self, who: int) -> None:
        lib, top = self.libs[who], self.libs[who].store.history_top("done")
        self.count += 1
        lib.set_document_properties(self.doc_id, DocumentProperties(title=f"{NAMES[who]}-title-{self.count}"))
        self._step(who, top, "title")

    def settle_on_top(self, who: int) -> None:
        """A settlement, changes on top of it (sent or not), undone with it, and maybe settled again either way."""
        having = [i for i, lib in enumerate(self.libs) if lib.conflicts()]
        if not having:
            return
        who = self.rng.choice(having)
        conflict = self.rng.choice(self.conflicts(self.libs[who]))
        take = self.rng.random() < 0.5
        self.settle(who, conflict, take)
        changes = self.rng.randint(1, 2)
        for _ in range(changes):
            getattr(self, self.rng.choice(["edit", "edit", "tag", "delete", "title", "rename"]))(who)
        if self.rng.random() < 0.7:
            sends = ["export", "export", "hidden"] if "hidden" in self.weights else ["export"]
            getattr(self, self.rng.choice(sends))(who)
        for _ in range(changes + 1 if self.rng.random() < 0.8 else changes + 2):
            self.undo(who)
        if self.rng.random() < 0.3:
            self.redo_run(who)
        if self.rng.random() < 0.6:
            again = [c for c in self.conflicts(self.libs[who]) if c.ours.id == conflict.ours.id]
            if again:
                self.settle(who, self.rng.choice(again), not take if self.rng.random() < 0.6 else take)
        if self.rng.random() < 0.5:
            self.export(who)

    def rename(self, who: int) -> None:
        lib = self.libs[who]
        a = lib.annotation(self.ids[1])
        if a.deleted or a.claim is None or not a.claim.speaker_id:
            return
        speaker = lib.store.entity(a.claim.speaker_id)
        if speaker is None or speaker.deleted:
            return
        pool = ["Tomas Ek", "Tomas Eklund", "T. Ek"] if speaker.name.startswith("T") else \
            ["Claire Dubois", "Claire Dubois-Ek", "C. Dubois"]
        name = self.rng.choice([n for n in pool if n != speaker.name])
        top = lib.store.history_top("done")
        try:
            lib.rename_entity(speaker.id, name, keep_old_as_alias=self.rng.random() < 0.5)
        except DossierError:
            return
        self._step(who, top, "rename")

    def hidden(self, who: int) -> None:
        bundle = read_bundle(self.libs[who].export_bundle([self.doc_id], NAMES[who], hide_notes=True))
        self.bundles.append((who, bundle, frozenset(self.known[who])))

    def reopen(self, who: int) -> None:
        self.libs[who].close()
        self.libs[who] = Library.open(self.root / NAMES[who])

    # -- the end ------------------------------------------------------------------------------------
    def exchange_all(self) -> None:
        first = len(self.bundles)
        for i in range(self.n):
            self.export(i)
        for i in range(self.n):
            for j in range(self.n):
                if i != j:
                    self.import_(i, first + j)

    def check_words(self) -> None:
        held = [self.held(lib) for lib in self.libs]
        for i in range(self.n):
            for note in sorted(self.written - self.replaced(i) - held[i]):
                assert not any(note in h for h in held), f"{NAMES[i]} lacks {note!r}, which another library holds"
                assert any(note in self.replaced(j) for j in range(self.n)), f"{note!r} is in no library"
                self.gaps.append((NAMES[i], note))

    def view(self, lib: Library) -> dict[str, tuple[object, ...]]:
        out: dict[str, tuple[object, ...]] = {}
        for a in lib.store.annotations(include_deleted=True):
            speaker = lib.store.entity(a.claim.speaker_id) if a.claim and a.claim.speaker_id else None
            out[a.id] = (a.deleted, a.note, a.tags, a.claim.status if a.claim else None, speaker and speaker.name)
        out[self.doc_id] = (lib.document(self.doc_id, with_text=False).title,)
        return out

    def run(self, steps: int) -> None:
        ops = list(self.weights)
        for _ in range(steps):
            op = self.rng.choices(ops, [self.weights[o] for o in ops])[0]
            getattr(self, op.rstrip("_") if op != "import" else "import_")(self.rng.randrange(self.n))
        for _ in range(3):
            self.exchange_all()
        self.check_words()
        for _ in range(8):
            for who, lib in enumerate(self.libs):  # everyone the same way: the greater revision id wins
                for conflict in self.conflicts(lib):
                    try:
                        self.settle(who, conflict, conflict.theirs.rev > lib.annotation(conflict.ours.id).rev)
                    except DossierError:
                        pass  # settled meanwhile by settling another
            self.exchange_all()
            if not any(lib.conflicts() for lib in self.libs) and all(
                    self.view(lib) == self.view(self.libs[0]) for lib in self.libs):
                break
        assert [len(lib.conflicts()) for lib in self.libs] == [0] * self.n
        assert all(self.view(lib) == self.view(self.libs[0]) for lib in self.libs)
        assert all(lib.store.integrity_ok() for lib in self.libs)


def _run(seed: int, steps: int, more: bool | str = False) -> None:
    root = Path(tempfile.mkdtemp(prefix="dossier-settle-fuzz-"))
    team = Team(root, seed, 3 + seed % 3, more)
    try:
        team.run(steps)
    finally:
        for lib in team.libs:
            lib.close()
        shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize(("seed", "steps"), [(1, 40), (5, 40), (9, 40),  # three, four and five teammates
                                             (6017, 150)])  # (five: lost Ben's words at b34b1d1, see weigh)
def test_teammates_settling_undoing_and_exchanging_lose_no_words(seed: int, steps: int) -> None:
    _run(seed, steps)


def test_seed_13185_with_more_steps_loses_no_words() -> None:
    """Found by the round on eb09fd8 (stop 61): in the first closing exchange Ana lost her note A-3 importing Cleo's
    bundle ("combined: 2"). Ana had settled "Keep mine", edited on top and undone the edit, then undone the settlement;
    settling again later made her version descend from the settlement but not from her undo of the edit, so Cleo's
    copy of that edit merged field by field over her words, unsaid. Reduced in
    test_edit_undone_on_an_undone_settlement.py."""
    _run(13185, 60, more=True)


@pytest.mark.parametrize(("seed", "steps"), [(8003, 60), (9001, 100)])  # four and five teammates
def test_with_changes_on_imports_undone_with_them_and_titles(seed: int, steps: int) -> None:
    _run(seed, steps, more=True)


@pytest.mark.parametrize(("seed", "steps"), [(41003, 60)])  # four teammates
def test_settlements_undone_with_changes_made_on_top(seed: int, steps: int) -> None:
    _run(seed, steps, more="most")


@pytest.mark.xfail(strict=True, reason="seed 40000 with hidden-notes bundles: Dev's note written on a claim reaches "
                   "Cleo hidden; she settles the conflict blind, relays it in a hidden bundle to Ana, whose later full "
                   "bundle clears Cleo's blind mark (Ana's copy carried no blind mark, it seems); Cleo's next bundle "
                   "then merges field by field over Dev's words. Not fixed in the round on 1f9f00c (out of "
                   "time, not analysed further); the relay without a hidden bundle is "
                   "tests/core/test_blind_settlement_relayed.py")
def test_seed_40000_with_hidden_notes_loses_no_words() -> None:
    _run(40000, 80, more="hidden")


@pytest.mark.skipif(not os.environ.get("DOSSIER_SETTLE_FUZZ"), reason="a longer search: DOSSIER_SETTLE_FUZZ=N")
def test_a_longer_search() -> None:
    failed = []
    for seed in range(2000, 2000 + int(os.environ.get("DOSSIER_SETTLE_FUZZ", "0"))):
        try:
            _run(seed, 80, more={"": False, "most": "most", "hidden": "hidden"}.get(
                os.environ.get("DOSSIER_SETTLE_FUZZ_MORE", ""), True))
        except AssertionError as e:
            failed.append((seed, str(e)[:200]))
    assert not failed, failed
