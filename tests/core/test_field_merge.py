"""Teammates who change DIFFERENT fields of one annotation: their edits merge field by field against the version
both started from (F3 of the stop-40 exchange audit: Ana changed only a claim's tags, Ben only its note and
status; the two versions were one all-or-nothing conflict, and whoever settled it dropped the other's fields —
"Ana's tag was lost in all four libraries"). Only a field both changed to different values is a conflict, and
settling it chooses that field only: "Keep mine" and "Take theirs" both keep the other side's uncontested
changes. Every library ends with the same record whatever order the bundles come in; replays change nothing;
undoing an import puts back exactly what was there."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.bundle import Bundle, read_bundle
from annotations.errors import DossierError
from annotations.library import AnnotationInput, Library
from annotations.model import Annotation, ClaimStatus, Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
NAMES = ("ana", "ben", "cleo", "dev")


def _start(tmp_path: Path, note: str = "", names: tuple[str, ...] = NAMES) -> tuple[dict[str, Library], str, str]:
    """Every teammate holds Ana's claim on "Tomas Ek" (tags: burial), from her bundle."""
    libs = {n: Library.open(tmp_path / n) for n in names}
    ana = libs["ana"]
    doc_id = ana.add_document(load_document(TXT), TXT)[0].id
    s = ana.document(doc_id).text.index("Tomas Ek")
    claim, _ = ana.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, s + len("Tomas Ek"), tags=("burial",), note=note),
                            creator="ana")
    first = read_bundle(ana.export_bundle([doc_id], "ana", with_documents=True))
    for name in names[1:]:
        libs[name].import_bundle(first)
    return libs, doc_id, claim.id


def _bundle(lib: Library, doc_id: str, who: str) -> Bundle:
    return read_bundle(lib.export_bundle([doc_id], who))


def _said(a: Annotation) -> tuple[object, ...]:
    claim = a.claim
    assert claim is not None
    return a.note, a.tags, claim.status, claim.speaker_id, claim.reliability, a.deleted


def _state(lib: Library) -> dict[str, tuple[object, ...]]:
    return {a.id: (a.rev, a.note, a.tags, a.deleted, a.claim) for a in lib.store.annotations(include_deleted=True)}


def test_four_teammates_changing_different_fields_all_end_with_every_change(tmp_path: Path) -> None:
    libs, doc_id, claim_id = _start(tmp_path)
    try:
        libs["ana"].edit_annotation(claim_id, tags=("ana-tag",))  # + ana-tag, - burial
        libs["ben"].edit_annotation(claim_id, note="Ben: the mayor said this on Thursday")
        libs["ben"].set_claim(claim_id, status=ClaimStatus.DISPUTED)
        libs["cleo"].set_claim(claim_id, speaker_name="Tomas Ek")
        libs["dev"].set_claim(claim_id, reliability="B")
        sent = {n: _bundle(lib, doc_id, n) for n, lib in libs.items()}
        orders = {"ana": ("ben", "cleo", "dev"), "ben": ("dev", "cleo", "ana"), "cleo": ("ana", "dev", "ben"),
                  "dev": ("cleo", "ben", "ana")}  # each library its own order, as s02_concurrent.sh does
        for name, order in orders.items():
            for other in order:
                counts, _ = libs[name].import_bundle(sent[other])
                assert counts["conflicts"] == 0
        for _ in range(2):  # the latest bundles go round once more (merges made in different orders say the same)
            latest = {n: _bundle(lib, doc_id, n) for n, lib in libs.items()}
            for name, lib in libs.items():
                for other, bundle in latest.items():
                    if other != name:
                        lib.import_bundle(bundle)
        said = {n: _said(lib.annotation(claim_id)) for n, lib in libs.items()}
        speaker = libs["ana"].annotation(claim_id).claim.speaker_id  # type: ignore[union-attr]
        assert speaker is not None and libs["ana"].store.entity(speaker).name == "Tomas Ek"  # type: ignore[union-attr]
        assert set(said.values()) == {("Ben: the mayor said this on Thursday", ("ana-tag",), ClaimStatus.DISPUTED,
                                       speaker, "B", False)}  # nobody's field lost, in every library
        assert all(not lib.conflicts() for lib in libs.values())
        before = {n: _state(lib) for n, lib in libs.items()}
        generations = {n: lib.store.generation for n, lib in libs.items()}
        for name, lib in libs.items():  # every old bundle again: stale or known, nothing changes
            for other, bundle in [*sent.items(), *latest.items()]:
                if other != name:
                    counts, _ = lib.import_bundle(bundle)
                    assert counts["combined"] == counts["conflicts"] == counts["updated"] == 0
        assert {n: _state(lib) for n, lib in libs.items()} == before
        assert {n: lib.store.generation for n, lib in libs.items()} == generations
    finally:
        for lib in libs.values():
            lib.close()


def test_undoing_the_import_that_merged_puts_back_exactly_what_was_there(tmp_path: Path) -> None:
    libs, doc_id, claim_id = _start(tmp_path, names=("ana", "ben"))
    ana, ben = libs["ana"], libs["ben"]
    try:
        ana.edit_annotation(claim_id, tags=("burial", "ana-tag"))
        ben.edit_annotation(claim_id, note="Ben's note")
        before = _state(ana)
        counts, _ = ana.import_bundle(_bundle(ben, doc_id, "ben"))
        assert counts["combined"] == 1
        merged = _state(ana)
        assert merged[claim_id][1:3] == ("Ben's note", ("burial", "ana-tag"))
        ana.undo()
        assert _state(ana) == before
        ana.redo()
        assert _state(ana) == merged
        ana.undo()
        counts, _ = ana.import_bundle(_bundle(ben, doc_id, "ben"))  # undone, the bundle is news again
        assert counts["combined"] == 1 and _state(ana) == merged  # the same merge version (same id)
    finally:
        for lib in libs.values():
            lib.close()


def test_tags_merge_as_sets_and_notes_edited_in_different_words_merge(tmp_path: Path) -> None:
    libs, doc_id, claim_id = _start(tmp_path, note="Said on NY1 on Thursday.", names=("ana", "ben"))
    ana, ben = libs["ana"], libs["ben"]
    try:
        ana.edit_annotation(claim_id, tags=("ana-tag",), note="Said on NY1 and PIX11 on Thursday.")
        ben.edit_annotation(claim_id, tags=("burial", "ben-tag"), note="Said on NY1 on Thursday evening.")
        from_ana, from_ben = _bundle(ana, doc_id, "ana"), _bundle(ben, doc_id, "ben")
        ana.import_bundle(from_ben)
        ben.import_bundle(from_ana)
        for lib in (ana, ben):
            a = lib.annotation(claim_id)
            assert a.note == "Said on NY1 and PIX11 on Thursday evening."
            assert a.tags == ("ana-tag", "ben-tag")  # Ana removed burial, each added one
            assert not lib.conflicts()
        assert ana.annotation(claim_id).rev == ben.annotation(claim_id).rev  # the same merge version, both sides
    finally:
        for lib in libs.values():
            lib.close()


def test_only_a_field_both_changed_conflicts_and_either_choice_keeps_the_rest(tmp_path: Path) -> None:
    libs, doc_id, claim_id = _start(tmp_path, names=("ana", "ben", "cleo"))
    ana, ben, cleo = libs["ana"], libs["ben"], libs["cleo"]
    try:
        ana.edit_annotation(claim_id, tags=("burial", "ana-tag"), note="Ana: quote checked")
        ben.edit_annotation(claim_id, note="Ben: the mayor said this on Thursday")
        ben.set_claim(claim_id, status=ClaimStatus.DISPUTED)
        counts, _ = ana.import_bundle(_bundle(ben, doc_id, "ben"))
        assert counts["conflicts"] == 1 and counts["combined"] == 0
        [conflict] = ana.conflicts()
        assert conflict.contested == ("note",) and conflict.merged
        assert _said(conflict.kept)[:3] == ("Ana: quote checked", ("burial", "ana-tag"), ClaimStatus.DISPUTED)
        assert _said(conflict.taken)[:3] == ("Ben: the mayor said this on Thursday", ("burial", "ana-tag"),
                                             ClaimStatus.DISPUTED)
        live = ana.annotation(claim_id)  # until settled, Ana's version stays as she left it
        assert (live.note, live.tags) == ("Ana: quote checked", ("burial", "ana-tag"))
        assert live.claim is not None and live.claim.status is not ClaimStatus.DISPUTED
        ana.resolve_conflict(conflict.id, take_theirs=True)  # Ben's note; Ana's tag stays, Ben's status too
        settled = _said(ana.annotation(claim_id))
        assert settled[:3] == ("Ben: the mayor said this on Thursday", ("burial", "ana-tag"), ClaimStatus.DISPUTED)
        for lib in (ben, cleo):  # the settlement reaches everyone; Ben's conflict (if any) closes with it
            lib.import_bundle(_bundle(ana, doc_id, "ana"))
            assert _said(lib.annotation(claim_id)) == settled and not lib.conflicts()
    finally:
        for lib in libs.values():
            lib.close()


def test_keep_mine_keeps_their_uncontested_change(tmp_path: Path) -> None:
    libs, doc_id, claim_id = _start(tmp_path, names=("ana", "ben"))
    ana, ben = libs["ana"], libs["ben"]
    try:
        ana.edit_annotation(claim_id, note="Ana's note")
        ben.edit_annotation(claim_id, note="Ben's note", tags=("burial", "ben-tag"))
        ana.import_bundle(_bundle(ben, doc_id, "ben"))
        [conflict] = ana.conflicts()
        ana.resolve_conflict(conflict.id, take_theirs=False)
        assert (ana.annotation(claim_id).note, ana.annotation(claim_id).tags) == ("Ana's note", ("burial", "ben-tag"))
        ben.import_bundle(_bundle(ana, doc_id, "ana"))
        assert (ben.annotation(claim_id).note, ben.annotation(claim_id).tags) == ("Ana's note", ("burial", "ben-tag"))
        assert not ben.conflicts()
    finally:
        for lib in libs.values():
            lib.close()


def test_a_deletion_against_an_edit_stays_a_whole_version_conflict(tmp_path: Path) -> None:
    libs, doc_id, claim_id = _start(tmp_path, names=("ana", "ben"))
    ana, ben = libs["ana"], libs["ben"]
    try:
        ana.edit_annotation(claim_id, tags=("burial", "ana-tag"))
        ben.delete_annotation(claim_id)
        counts, _ = ana.import_bundle(_bundle(ben, doc_id, "ben"))
        assert counts["conflicts"] == 1
        [conflict] = ana.conflicts()
        assert conflict.contested == ("deleted",) and conflict.taken.deleted and not conflict.kept.deleted
    finally:
        for lib in libs.values():
            lib.close()


def test_settling_against_a_version_not_shown_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    """F2's core half: the dialog sends the version of ours it showed; another window's later edit is never
    overwritten by "Take theirs" unseen."""
    libs, doc_id, claim_id = _start(tmp_path, names=("ana", "ben"))
    ana, ben = libs["ana"], libs["ben"]
    try:
        ana.edit_annotation(claim_id, note="Ana: first")
        ben.edit_annotation(claim_id, note="Ben's note")
        ana.import_bundle(_bundle(ben, doc_id, "ben"))
        [shown] = ana.conflicts()
        other_window = Library.open(tmp_path / "ana")
        other_window.edit_annotation(claim_id, note="Ana: LATER EDIT from another window")
        other_window.close()
        generation = ana.store.generation
        with pytest.raises(DossierError, match="changed since it was shown"):
            ana.resolve_conflict(shown.id, take_theirs=True, expected_rev=shown.ours.rev)
        assert ana.store.generation == generation
        assert ana.annotation(claim_id).note == "Ana: LATER EDIT from another window"
        [again] = ana.conflicts()  # shown again, the new version of ours is there to weigh
        assert again.ours.note == "Ana: LATER EDIT from another window"
        ana.resolve_conflict(again.id, take_theirs=True, expected_rev=again.ours.rev)
        assert ana.annotation(claim_id).note == "Ben's note"
    finally:
        for lib in libs.values():
            lib.close()


def test_a_settlement_reaches_a_teammate_who_merged_in_another_order(tmp_path: Path) -> None:
    """s03_resolve.sh's case: Cleo merged Ana's tags into her own version before Ana merged Ben's; the versions
    cross (each side's merge has the other's ancestors but not the other merge). Ana's settlement still reaches
    Cleo as it is — the two merges are folded into one common base — and nobody is left with a conflict."""
    libs, doc_id, claim_id = _start(tmp_path, names=("ana", "ben", "cleo"))
    ana, ben, cleo = libs["ana"], libs["ben"], libs["cleo"]
    try:
        ana.edit_annotation(claim_id, tags=("ana-tag",))
        ben.edit_annotation(claim_id, note="Ben: the mayor said this on Thursday")
        ben.set_claim(claim_id, status=ClaimStatus.DISPUTED)
        cleo.edit_annotation(claim_id, note="Cleo: quote verified against NY1 video")
        cleo.set_claim(claim_id, speaker_name="Tomas Ek")
        sent = {n: _bundle(lib, doc_id, n) for n, lib in libs.items()}
        assert cleo.import_bundle(sent["ana"])[0]["combined"] == 1  # Ana's tags into Cleo's version
        assert cleo.import_bundle(sent["ben"])[0]["conflicts"] == 1  # both wrote the note
        assert ana.import_bundle(sent["ben"])[0]["combined"] == 1
        assert ana.import_bundle(sent["cleo"])[0]["conflicts"] == 1
        [conflict] = ana.conflicts()
        assert conflict.contested == ("note",)  # Cleo's speaker is merged already
        ana.resolve_conflict(conflict.id, take_theirs=False)  # Ben's note stays; Cleo's speaker comes in
        settled = _said(ana.annotation(claim_id))
        assert settled[:3] == ("Ben: the mayor said this on Thursday", ("ana-tag",), ClaimStatus.DISPUTED)
        assert settled[3] == cleo.annotation(claim_id).claim.speaker_id  # type: ignore[union-attr]
        for lib in (cleo, ben):
            counts, _ = lib.import_bundle(_bundle(ana, doc_id, "ana"))
            assert counts["conflicts"] == 0
            assert _said(lib.annotation(claim_id)) == settled and not lib.conflicts()
    finally:
        for lib in libs.values():
            lib.close()
