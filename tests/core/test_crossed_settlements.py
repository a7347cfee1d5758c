"""Settlements that cross (an outside tester's fuzzer, stop 55: 7 of 61 seeds never converged). Ana edits a shared
highlight and Ben deletes it; Cleo settles the clash for Ana's words while Ana, having seen Ben's deletion, deletes
it herself. Cleo's settlement was taken by Ana as stale (a merge saying what Ana had said before), so Ana's later
versions never descended from it: Cleo kept a conflict that no import of Ana's latest closed, and Ana and Ben got
new ones from Cleo at every round. Now Ana meets Cleo's settlement as the concurrent decision it is (one conflict,
settled once) and all three end with the same library and no conflict."""
from __future__ import annotations

from pathlib import Path

from annotations.anchoring import find_quote
from annotations.edits import AnnotationEdit
from annotations.library import AnnotationInput
from annotations.model import Annotation, Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES


class Mate:
    def __init__(self, root: Path, name: str) -> None:
        self.root, self.name, self.sent = root, name, 0
        self.service = ReaderService.open(root / name, annotator=name, isolated=False)
        record = self.service.add_file(SAMPLES / "harbour_council.txt").record
        assert record is not None
        self.doc = record.id

    def send(self) -> Path:
        self.sent += 1
        path = self.root / f"{self.name}{self.sent}.dossier"
        path.write_bytes(self.service.export("dossier", [self.doc]))
        return path

    def receive(self, path: Path) -> dict[str, int]:
        counts, _ = self.service.import_file(path)
        return {k: v for k, v in counts.items() if isinstance(v, int) and v}

    def settle(self, take_theirs: bool) -> None:
        for conflict in self.service.conflicts():
            self.service.resolve_conflict(conflict.id, take_theirs=take_theirs)

    def state(self) -> dict[str, tuple[object, ...]]:
        return {a.id: (a.deleted, a.note, a.tags) for a in self.service.library.store.annotations(include_deleted=True)}


def shared_mark(author: Mate, *mates: Mate) -> Annotation:
    """`author` highlights "Tomas Ek" (note "first note") and sends it to every one of `mates`."""
    s, e = find_quote(author.service.document(author.doc).text, "Tomas Ek")
    mark, _ = author.service.annotate(author.doc, AnnotationInput(Kind.HIGHLIGHT, s, e, note="first note"))
    first = author.send()
    for mate in mates:
        mate.receive(first)
    return mark


def test_crossed_settlements_converge(tmp_path: Path) -> None:
    ana, ben, cleo = (Mate(tmp_path, n) for n in ("ana", "ben", "cleo"))
    mark = shared_mark(ana, ben, cleo)
    ana.service.edit(mark.id, AnnotationEdit(note="ana's second note"))
    ben.service.delete_annotation(mark.id)
    a1, b1 = ana.send(), ben.send()
    cleo.receive(b1)
    assert cleo.receive(a1).get("conflicts") == 1
    cleo.settle(take_theirs=True)  # Cleo keeps Ana's words
    c1 = cleo.send()
    assert ana.receive(b1).get("conflicts") == 1
    ana.service.delete_annotation(mark.id)  # Ana, having seen Ben's deletion, deletes it herself
    said = ana.receive(c1)
    assert "stale" not in said  # (it was "1 stale": Cleo's settlement recorded but never built on)
    ana.settle(take_theirs=False)  # Ana keeps hers: deleted
    for _ in range(2):
        bundles = {m.name: m.send() for m in (ana, ben, cleo)}
        for mate in (ana, ben, cleo):
            for sender, bundle in bundles.items():
                if sender != mate.name:
                    mate.receive(bundle)
    assert [m.service.conflicts() for m in (ana, ben, cleo)] == [[], [], []]
    assert ana.state() == ben.state() == cleo.state()
    assert ana.state()[mark.id][0] is True  # deleted everywhere, as Ana, the last to settle, chose
    for mate in (ana, ben, cleo):
        mate.service.close()


def test_a_deletion_taken_over_an_edit_put_back_leaves_no_teammate_behind(tmp_path: Path) -> None:
    """Ana tags a shared highlight and takes the tag off again (her version says what the first said); Dev has that
    version; Ben deletes the highlight and Cleo edits its note. Ana takes Ben's deletion as made on what she holds —
    but took it as Ben's very version, leaving her own line a branch nobody built on — and keeps it against Cleo's
    edit. Dev, holding Ana's branch, met her settlement as concurrent and kept a conflict no import of Ana's
    closed (the fuzzer's seed 126, stop 55)."""
    ana, ben, cleo, dev = (Mate(tmp_path, n) for n in ("ana", "ben", "cleo", "dev"))
    mark = shared_mark(ana, ben, cleo, dev)
    ana.service.edit(mark.id, AnnotationEdit(add_tags=("delta",)))
    ana.service.edit(mark.id, AnnotationEdit(remove_tags=("delta",)))
    assert dev.receive(ana.send()).get("updated") == 1  # Dev holds Ana's version put back
    ben.service.delete_annotation(mark.id)
    cleo.service.edit(mark.id, AnnotationEdit(note="cleo's note"))
    assert ana.receive(ben.send()).get("deleted") == 1  # nothing of Ana's is lost to it: she had put it back
    assert ana.receive(cleo.send()).get("conflicts") == 1
    ana.settle(take_theirs=False)  # Ana keeps the deletion
    said = dev.receive(ana.send())
    assert said.get("deleted") == 1 and "conflicts" not in said  # (it was a conflict: "they deleted it, you edited it")
    for mate in (ben, cleo):
        assert "conflicts" not in mate.receive(ana.send())
    assert ana.state() == ben.state() == cleo.state() == dev.state() and ana.state()[mark.id][0] is True
    for mate in (ana, ben, cleo, dev):
        mate.service.close()


def test_a_conflict_is_over_when_its_other_side_comes_round_to_ours(tmp_path: Path) -> None:
    """Cleo deletes a shared highlight while Ben tags it: a conflict at Cleo. Ana takes Ben's tag, takes it off and
    deletes the highlight too. Ana's version says what Cleo holds and was made on Ben's: the clash is over, but it stayed open at
    Cleo for good, no import closing it (the fuzzer's seed 156, stop 55)."""
    ana, ben, cleo = (Mate(tmp_path, n) for n in ("ana", "ben", "cleo"))
    mark = shared_mark(ana, ben, cleo)
    cleo.service.delete_annotation(mark.id)
    ben.service.edit(mark.id, AnnotationEdit(add_tags=("juliet",)))
    edited = ben.send()
    assert cleo.receive(edited).get("conflicts") == 1
    assert ana.receive(edited).get("updated") == 1
    ana.service.edit(mark.id, AnnotationEdit(remove_tags=("juliet",)))
    ana.service.delete_annotation(mark.id)
    assert cleo.receive(ana.send()).get("merged") == 1
    assert cleo.service.conflicts() == []
    assert ana.state()[mark.id] == cleo.state()[mark.id]
    for mate in (ana, ben, cleo):
        mate.service.close()


def test_the_same_words_reached_apart_are_joined_so_a_later_settlement_closes_every_clash(tmp_path: Path) -> None:
    """Ben clashes with a note Cleo then changed again; Ana and Cleo reach the same note apart. Ana took Cleo's
    version as "merged" and wrote nothing, so her later versions never descended from Cleo's line and Ben's clash
    with Cleo's earlier note stayed open after everyone held the same words (the fuzzer's seed 174, stop 55)."""
    ana, ben, cleo = (Mate(tmp_path, n) for n in ("ana", "ben", "cleo"))
    mark = shared_mark(ana, ben, cleo)
    cleo.service.edit(mark.id, AnnotationEdit(note="cleo's note"))
    ben.service.edit(mark.id, AnnotationEdit(note="ben's note"))
    assert ben.receive(cleo.send()).get("conflicts") == 1
    cleo.service.edit(mark.id, AnnotationEdit(note="the same note"))
    ana.service.edit(mark.id, AnnotationEdit(note="the same note"))
    assert ana.receive(cleo.send()).get("merged") == 1
    assert ana.receive(ben.send()).get("conflicts") == 1
    ana.settle(take_theirs=False)  # the hub keeps hers
    settled = ana.send()
    for mate in (ben, cleo):
        assert "conflicts" not in mate.receive(settled)
    assert [m.service.conflicts() for m in (ana, ben, cleo)] == [[], [], []]
    assert ana.state() == ben.state() == cleo.state() and ana.state()[mark.id][1] == "the same note"
    again = {m.name: m.send() for m in (ana, ben, cleo)}
    for mate in (ana, ben, cleo):  # joined once: nothing more to join (no joins of joins)
        for sender, bundle in again.items():
            if sender != mate.name:
                assert set(mate.receive(bundle)) <= {"unchanged", "stale"}, (mate.name, sender)
    for mate in (ana, ben, cleo):
        mate.service.close()


def test_two_teammates_joining_the_same_two_versions_make_the_same_version(tmp_path: Path) -> None:
    ana, cleo = (Mate(tmp_path, n) for n in ("ana", "cleo"))
    mark = shared_mark(ana, cleo)
    ana.service.edit(mark.id, AnnotationEdit(note="the same note"))  # the same words by another way: two versions
    ana.service.edit(mark.id, AnnotationEdit(add_tags=("fox",)))
    cleo.service.edit(mark.id, AnnotationEdit(note="the same note", add_tags=("fox",)))
    from_ana, from_cleo = ana.send(), cleo.send()
    assert ana.receive(from_cleo).get("merged") == 1 and cleo.receive(from_ana).get("merged") == 1
    assert ana.service.library.annotation(mark.id).rev == cleo.service.library.annotation(mark.id).rev
    assert set(ana.receive(cleo.send())) <= {"unchanged"} and set(cleo.receive(ana.send())) <= {"unchanged"}
    for mate in (ana, cleo):
        mate.service.close()
