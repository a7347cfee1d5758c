"""Four teammates edit, tag, delete, undo, redo, settle and exchange one article's annotations at random (stale and
replayed bundles included), then settle through one of them: everyone sends to Ana, Ana keeps hers on every
conflict, everyone takes Ana's. After a few such rounds all four must hold the same annotations and no conflict.
An outside tester's fuzzer (stop 55) left 7 of 61 seeds unconverged; these seeds are the ones that failed here
before the fixes of stop 55 (`tests/core/test_crossed_settlements.py` has each cause on its own). With people
marked and named as speakers too (stop 57's tester: 15 of 24 seeds ended on other entity ids in each library, and
3 with a claim's speaker lost), every library must also point at the same live entities."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from annotations.edits import AnnotationEdit
from annotations.errors import DossierError
from annotations.library import AnnotationInput
from annotations.model import ClaimStatus, Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

NAMES = ("ana", "ben", "cleo", "dev")
WORDS = "alpha beta gamma delta echo fox golf hotel india juliet kilo lima".split()
PEOPLE = ("Tomas Ek", "Marta Lindqvist", "Olof Lind")


class Team:
    def __init__(self, root: Path, seed: int, people: bool = False) -> None:
        self.root, self.random, self.bundles = root, random.Random(seed), []  # type: list[Path]
        self.people = people  # entity mentions and speakers too (each teammate makes their own entities)
        self.services = {n: ReaderService.open(root / n, annotator=n, isolated=False) for n in NAMES}
        records = [s.add_file(SAMPLES / "harbour_council.txt").record for s in self.services.values()]
        assert records[0] is not None
        self.doc = records[0].id
        self.text = self.services["ana"].document(self.doc).text

    def close(self) -> None:
        for service in self.services.values():
            service.close()

    def send(self, name: str, tag: str) -> Path:
        path = self.root / f"{tag}_{name}.dossier"
        path.write_bytes(self.services[name].export("dossier", [self.doc]))
        return path

    def step(self, name: str) -> None:
        """One random act of `name`, as the tester's fuzzer chose them."""
        service, r = self.services[name], self.random
        if self.bundles and r.random() < 0.35:
            service.import_file(r.choice(self.bundles[-6:]) if r.random() < 0.8 else r.choice(self.bundles))
            return
        k, live = r.random(), [a for a in service.library.store.annotations() if not a.deleted]
        if k < 0.15 or not live:
            start = r.randrange(0, len(self.text) - 30)
            kind = r.choice([Kind.HIGHLIGHT, Kind.CLAIM, Kind.NOTE, *([Kind.ENTITY] if self.people else [])])
            person = r.choice(PEOPLE) if self.people else None
            service.annotate(self.doc, AnnotationInput(
                kind=kind, start=start, end=start + r.randint(3, 25), note=" ".join(r.sample(WORDS, 4)),
                tags=(r.choice(WORDS),), status=ClaimStatus.UNVERIFIED if kind is Kind.CLAIM else None,
                label="PERSON" if kind is Kind.ENTITY else None, entity_name=person if kind is Kind.ENTITY else None,
                speaker_name=person if kind is Kind.CLAIM else None))
            return
        a = r.choice(live)
        try:
            if k < 0.35:
                words = a.note.split()
                if words:
                    words[r.randrange(len(words))] = r.choice(WORDS) + name
                service.edit(a.id, AnnotationEdit(note=" ".join(words)))
            elif k < 0.45:
                service.edit(a.id, AnnotationEdit(add_tags=(r.choice(WORDS),)))
            elif k < 0.52 and a.tags:
                service.edit(a.id, AnnotationEdit(remove_tags=(r.choice(a.tags),)))
            elif k < 0.6 and a.kind is Kind.CLAIM:
                service.edit(a.id, AnnotationEdit(status=r.choice(list(ClaimStatus))))
            elif k < 0.65:
                service.delete_annotation(a.id)
            elif k < 0.72:
                service.undo()
            elif k < 0.76:
                service.redo()
            elif k < 0.82 and service.conflicts():
                conflict = r.choice(service.conflicts())
                service.resolve_conflict(conflict.id, take_theirs=r.random() < 0.5)
            else:
                self.bundles.append(self.send(name, f"b{len(self.bundles)}"))
        except DossierError:  # (nothing to undo or redo: refused, as in the app)
            pass

    def state(self, name: str) -> dict[str, tuple[object, ...]]:
        store = self.services[name].library.store

        def entity(entity_id: str | None) -> tuple[object, ...] | None:
            found = store.entity(entity_id) if entity_id else None
            return None if found is None else (found.id, found.name, found.deleted)
        return {a.id: (a.deleted,) if a.deleted else (a.kind.value, a.note, a.tags, a.creator, a.target.start,
                                                         a.target.end, a.claim, entity(a.entity_id),
                                                         entity(a.claim.speaker_id if a.claim else None))
                for a in store.annotations(include_deleted=True)}

    def settle_through_ana(self, rounds: int) -> bool:
        hub, others = self.services["ana"], NAMES[1:]
        for number in range(rounds):
            for name in others:
                hub.import_file(self.send(name, f"final{number}"))
            for conflict in hub.conflicts():
                hub.resolve_conflict(conflict.id, take_theirs=False)
            settled = self.send("ana", f"final{number}")
            for name in others:
                self.services[name].import_file(settled)
            states = [self.state(n) for n in NAMES]
            if all(s == states[0] for s in states) and not any(self.services[n].conflicts() for n in NAMES):
                return True
        return False


@pytest.mark.parametrize("seed", [126, 156, 164, 174, 182])
def test_four_teammates_converge_after_random_exchanges(tmp_path: Path, seed: int) -> None:
    team = Team(tmp_path, seed)
    try:
        for _ in range(120):
            team.step(team.random.choice(NAMES))
        assert team.settle_through_ana(rounds=4)
    finally:
        team.close()


@pytest.mark.parametrize("seed", [1, 2, 3, 12])
def test_four_teammates_naming_people_converge_on_the_same_entities(tmp_path: Path, seed: int) -> None:
    team = Team(tmp_path, seed, people=True)
    try:
        for _ in range(120):
            team.step(team.random.choice(NAMES))
        assert team.settle_through_ana(rounds=4)
        state = team.state("ana")
        assert any(v[-2] or v[-1] for v in state.values() if len(v) > 1)  # (people were named)
        assert not any(e[2] for v in state.values() if len(v) > 1 for e in v[-2:] if e)  # never a deleted one
    finally:
        team.close()
