"""A note typed while an import changed it (break26 bug 3): the Inspector's autosave sends the note the typing
started from; the library merges the typing into the newer note, or — when both touched the same words —
keeps the typing with the other note filed as a conflict, at home and, through the next bundle, at the
teammate's. Never written blindly over it."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from annotations.anchoring import find_quote
from annotations.bundle import Bundle, read_bundle
from annotations.edits import AnnotationEdit
from annotations.errors import ValidationError
from annotations.library import AnnotationInput, Library
from annotations.model import Annotation, Kind
from annotations.text_merge import merge_text
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
V1 = "Ask the council for the fish study before Friday."


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[list[Library], str]]:
    """Ana, Ben and Cleo; Ana's claim with note V1 has reached the other two."""
    libs = [Library.open(tmp_path / name) for name in ("ana", "ben", "cleo")]
    try:
        doc = load_document(TXT)
        doc_id = libs[0].add_document(doc, TXT)[0].id
        s, e = find_quote(doc.text, "Nobody has shown us a single study")
        claim, _ = libs[0].annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e, note=V1), creator="ana")
        first = _bundle(libs[0], doc_id)
        for lib in libs[1:]:
            lib.import_bundle(first)
        yield libs, claim.id
    finally:
        for lib in libs:
            lib.close()


def _bundle(lib: Library, doc_id: str) -> Bundle:
    return read_bundle(lib.export_bundle([doc_id], creator=lib.folder.name, with_documents=True))


def _doc(lib: Library) -> str:
    return lib.store.documents()[0].id


def _typed(lib: Library, claim_id: str, typed: str, started: Annotation) -> dict[str, object]:
    """What the Inspector's autosave sends: the typed note and the version the typing started from."""
    return lib.edit(claim_id, AnnotationEdit(note=typed, note_base=started.note, base_rev=started.rev)).report


def test_typing_on_the_note_shown_is_a_plain_edit(team: tuple[list[Library], str]) -> None:
    (_, _, cleo), claim_id = team
    shown = cleo.annotation(claim_id)
    assert _typed(cleo, claim_id, V1 + " Done.", shown) == {}
    assert cleo.annotation(claim_id).note == V1 + " Done." and not cleo.conflicts()


def test_typing_in_other_words_than_the_import_is_merged_and_undone_in_one_step(
        team: tuple[list[Library], str]) -> None:
    (ana, _, cleo), claim_id = team
    shown = cleo.annotation(claim_id)  # Cleo starts typing at the end of the note...
    ana.edit(claim_id, AnnotationEdit(note="Urgent: " + V1))  # ...while Ana's change is imported
    cleo.import_bundle(_bundle(ana, _doc(ana)))
    assert _typed(cleo, claim_id, V1 + " Call Marta too.", shown) == {"note": "merged"}
    assert cleo.annotation(claim_id).note == "Urgent: " + V1 + " Call Marta too."
    assert not cleo.conflicts()
    cleo.undo()
    assert cleo.annotation(claim_id).note == "Urgent: " + V1


def test_typing_over_the_same_words_keeps_both_at_home_and_at_the_teammates(
        team: tuple[list[Library], str]) -> None:
    (ana, ben, cleo), claim_id = team
    shown = cleo.annotation(claim_id)
    ana.edit(claim_id, AnnotationEdit(note="The study exists: see annex 4."))
    cleo.import_bundle(_bundle(ana, _doc(ana)))
    assert _typed(cleo, claim_id, "No study was ever published.", shown) == {"note": "conflict"}
    assert cleo.annotation(claim_id).note == "No study was ever published."
    [conflict] = cleo.conflicts()
    assert conflict.theirs.note == "The study exists: see annex 4."
    # Cleo's typing began on V1, not on Ana's note: at Ana's it is a concurrent edit, never a silent replacement
    from_cleo = _bundle(cleo, _doc(cleo))
    ana.import_bundle(from_cleo)
    assert ana.annotation(claim_id).note == "The study exists: see annex 4."
    assert [c.theirs.note for c in ana.conflicts()] == ["No study was ever published."]
    ben.import_bundle(from_cleo)  # a third teammate who has neither: both words reach him too
    ben.import_bundle(_bundle(ana, _doc(ana)))
    notes = {ben.annotation(claim_id).note, *(c.theirs.note for c in ben.conflicts())}
    assert notes == {"No study was ever published.", "The study exists: see annex 4."}


@given(st.text(min_size=0, max_size=30), st.text(min_size=0, max_size=30), st.text(min_size=0, max_size=30))
def test_a_merge_keeps_what_only_one_side_changed(base: str, ours: str, theirs: str) -> None:
    assert merge_text(base, ours, base) == ours
    assert merge_text(base, base, theirs) == theirs
    assert merge_text(base, ours, ours) == ours
    merged = merge_text(base, ours, theirs)
    assert merged is None or merged == merge_text(base, theirs, ours)


@given(st.lists(st.text(alphabet="abcdefgh", min_size=2, max_size=8), min_size=3, max_size=8),
       st.text(alphabet="XYZ", min_size=1, max_size=8), st.text(alphabet="XYZ", min_size=1, max_size=8))
def test_a_word_added_at_each_end_of_a_note_merges(words: list[str], head: str, tail: str) -> None:
    base = " ".join(words)
    assert merge_text(base, f"{base} {tail}", f"{head} {base}") == f"{head} {base} {tail}"


@pytest.mark.parametrize("base, ours, theirs", [
    ("The goverment denies it.", "The government denies it.", "The goverments deny it."),  # one word, both sides
    ("Status: unverified.", "Status: verified.", "Status: unverified!"),  # a word and the mark next to it
])
def test_changes_to_the_same_word_are_a_conflict_not_a_merge(base: str, ours: str, theirs: str) -> None:
    """recheck26 bug 10: diff-match-patch merged them character by character; the README says words."""
    assert merge_text(base, ours, theirs) is None


@given(st.lists(st.sampled_from(["fish", "study", "council", "Friday", "vote", "barrier", "loan", "bank"]), min_size=4,
                max_size=8, unique=True),
       st.data())
def test_edits_of_different_words_merge_to_both_edits(words: list[str], data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(0, len(words) - 1).filter(lambda k: abs(k - i) > 1))
    ours, theirs = list(words), list(words)
    ours[i], theirs[j] = "OURS", "THEIRS"
    both = list(words)
    both[i], both[j] = "OURS", "THEIRS"
    merged = merge_text(" ".join(words), " ".join(ours), " ".join(theirs))
    assert merged == " ".join(both)


def test_a_note_typed_over_an_import_is_sealed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A note typed while an import changed it is stored under a revision of its own: its id must cover the
    note through a seal (a salted HMAC), as every note written here does — else a `--hide-notes` bundle
    lets anyone test guesses of it against the id (C2). Ana's note comes from a Dossier of before the
    seals (no salt), so the typed version cannot inherit one."""
    ana, cleo = Library.open(tmp_path / "ana"), Library.open(tmp_path / "cleo")
    try:
        doc = load_document(TXT)
        doc_id = ana.add_document(doc, TXT)[0].id
        s, e = find_quote(doc.text, "Nobody has shown us a single study")
        claim, _ = ana.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e), creator="ana")  # no note yet
        cleo.import_bundle(_bundle(ana, doc_id))
        shown = cleo.annotation(claim.id)
        with monkeypatch.context() as m:
            m.setattr("annotations.store_transaction.note_salt_for", lambda note, salt, before: "")
            ana.edit(claim.id, AnnotationEdit(note="Urgent"))
        cleo.import_bundle(_bundle(ana, doc_id))
        assert not cleo.annotation(claim.id).note_salt
        _typed(cleo, claim.id, "misleading", shown)
        typed = cleo.annotation(claim.id)
        assert typed.note == "misleading" and cleo.conflicts()
        assert typed.note_salt
    finally:
        ana.close()
        cleo.close()


def test_words_typed_while_it_was_deleted_elsewhere_bring_it_back_with_a_conflict(
        team: tuple[list[Library], str]) -> None:
    """Typing into its note while another window, the command line or an import deleted it: the typed words were
    thrown away ("That annotation was deleted.", the field emptied; an outside tester, stop 52). Now the annotation
    comes back with them and the deletion is the other side of a conflict, to settle in File > Merge conflicts."""
    (ana, _, _), claim_id = team
    shown = ana.annotation(claim_id)
    ana.delete_annotation(claim_id)  # the command line, meanwhile
    report = _typed(ana, claim_id, V1 + " ANA-TYPED-WORDS", shown)
    assert report == {"note": "deleted"}
    back = ana.annotation(claim_id)
    assert not back.deleted and back.note == V1 + " ANA-TYPED-WORDS"
    [conflict] = ana.conflicts()
    assert conflict.theirs.deleted  # the deletion, to keep or drop
    assert [h.annotation_id for h in ana.search("note:\"ANA TYPED WORDS\"").hits] == [claim_id]
    ana.delete_annotation(claim_id)
    with pytest.raises(ValidationError, match="deleted"):  # no typed words: an edit of a deleted one is refused
        ana.edit(claim_id, AnnotationEdit(tags=("x",)))


def test_a_tag_line_edited_from_older_tags_is_applied_as_its_change(team: tuple[list[Library], str]) -> None:
    """The Inspector's tag line, edited from tags another process changed since: what it added and removed is
    applied to the stored tags (the whole line had replaced them, dropping the other's tag)."""
    (ana, _, _), claim_id = team
    ana.edit(claim_id, AnnotationEdit(tags=("fisheries", "budget")))
    shown = ana.annotation(claim_id).tags
    ana.edit(claim_id, AnnotationEdit(add_tags=("from-cli",)))  # meanwhile
    ana.edit(claim_id, AnnotationEdit(tags=("fisheries", "ana-tag"), tags_base=shown))  # "budget" out, one in
    assert ana.annotation(claim_id).tags == ("fisheries", "ana-tag", "from-cli")
    shown = ana.annotation(claim_id).tags
    ana.edit(claim_id, AnnotationEdit(add_tags=("x",)))  # meanwhile again
    ana.edit(claim_id, AnnotationEdit(tags=("From-CLI", "Fisheries", "ana-tag"), tags_base=shown))  # case, order
    assert ana.annotation(claim_id).tags == ("From-CLI", "Fisheries", "ana-tag", "x")
    ana.edit(claim_id, AnnotationEdit(tags=("ana-tag", "fisheries"), tags_base=ana.annotation(claim_id).tags))
    assert ana.annotation(claim_id).tags == ("ana-tag", "fisheries")  # nothing came meanwhile: the line as typed


def test_tags_typed_while_it_was_deleted_elsewhere_bring_it_back_too(team: tuple[list[Library], str]) -> None:
    """As the note: the tag line typed from the tags shown, stored after the command line deleted it (it was refused,
    "That annotation was deleted.", and the tags lost; an outside tester, stop 52)."""
    (ana, _, _), claim_id = team
    shown = ana.annotation(claim_id).tags
    ana.delete_annotation(claim_id)
    report = ana.edit(claim_id, AnnotationEdit(tags=("checked",), tags_base=shown)).report
    assert report == {"note": "deleted"}
    back = ana.annotation(claim_id)
    assert not back.deleted and back.tags == ("checked",) and back.note == V1
    [conflict] = ana.conflicts()
    assert conflict.theirs.deleted


def test_undoing_words_typed_into_a_deleted_annotation_closes_their_conflict(team: tuple[list[Library], str]) -> None:
    """Undo of the typing that brought a deleted annotation back deletes it again and closes the conflict filed with
    it (it stayed open, offering to keep a deletion that was already the state; fifth tester, stop 52); redo
    brings back both."""
    (ana, _, _), claim_id = team
    shown = ana.annotation(claim_id)
    ana.delete_annotation(claim_id)
    _typed(ana, claim_id, V1 + " typed", shown)
    assert len(ana.conflicts()) == 1
    ana.undo()
    assert ana.annotation(claim_id).deleted and not ana.conflicts()
    ana.redo()
    assert ana.annotation(claim_id).note == V1 + " typed"
    assert [c.theirs.deleted for c in ana.conflicts()] == [True]


def test_undoing_typing_over_a_teammates_words_closes_its_conflict(team: tuple[list[Library], str]) -> None:
    """The same for a note typed over an imported change: undo leaves the teammate's words, with no conflict
    offering them again."""
    (ana, _, cleo), claim_id = team
    shown = cleo.annotation(claim_id)
    ana.edit(claim_id, AnnotationEdit(note="The study exists: see annex 4."))
    cleo.import_bundle(_bundle(ana, _doc(ana)))
    _typed(cleo, claim_id, "No study was ever published.", shown)
    cleo.undo()
    assert cleo.annotation(claim_id).note == "The study exists: see annex 4." and not cleo.conflicts()
    cleo.redo()
    assert [c.theirs.note for c in cleo.conflicts()] == ["The study exists: see annex 4."]
