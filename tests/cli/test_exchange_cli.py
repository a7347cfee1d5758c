"""Exchange as teammates live it, through the CLI: each bug that once lost work is a named test here.

Libraries A, B and C are three teammates; bundles are files passed around in any order, replays included.
"""
from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
CLAIM = "Nobody has shown us a single study"


class Mate:
    """One teammate's library, driven through the command line."""

    def __init__(self, root: Path, name: str) -> None:
        self.library = root / name
        self.name = name
        self.root = root
        self.sent = 0

    def __call__(self, *args: str, code: int = 0) -> str:
        out, err = io.StringIO(), io.StringIO()
        got = main(["--library", str(self.library), *args], out=out, err=err)
        assert got == code, (args, out.getvalue(), err.getvalue())
        return out.getvalue() + err.getvalue()

    def json(self, *args: str) -> object:
        return json.loads(self(*args, "--json").split("\n\n")[0])

    def annotate(self, quote: str, *args: str) -> str:
        return str(self.json("annotate", DOC[:12], "--quote", quote, *args)["id"]).rsplit(":", 1)[-1]  # type: ignore[index]

    def send(self, *extra: str) -> Path:
        self.sent += 1
        path = self.root / f"{self.name}-{self.sent}.dossier"
        self("export", DOC[:12], "--format", "dossier", "-o", str(path), *extra)
        return path

    def receive(self, bundle: Path) -> dict[str, int]:
        return self.json("import", str(bundle))  # type: ignore[return-value]

    def show(self, annotation_id: str) -> dict[str, object]:
        shown = self.json("show", DOC[:12])
        found = [a for a in shown["annotations"] if a["id"].endswith(annotation_id)]  # type: ignore[index]
        return found[0] if found else {}

    def live_ids(self) -> set[str]:
        shown = self.json("show", DOC[:12])
        return {a["id"].rsplit(":", 1)[-1] for a in shown["annotations"]}  # type: ignore[index]


DOC = ""


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Mate, Mate, Mate]:
    global DOC
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "tester")
    a, b, c = Mate(tmp_path, "A"), Mate(tmp_path, "B"), Mate(tmp_path, "C")
    DOC = a("add", str(TXT)).split()[0]
    return a, b, c


def _claim(mate: Mate, annotation_id: str) -> tuple[object, object]:
    shown = mate.show(annotation_id)
    return shown.get("dossier:status"), shown.get("dossier:note", shown.get("bodyValue"))


def test_an_older_bundle_never_reverts_newer_edits_or_resurrects_deletions(team: tuple[Mate, Mate, Mate]) -> None:
    a, b, _ = team
    claim = a.annotate(CLAIM, "--kind", "claim", "--speaker", "Tomas Ek", "--note", "v1")
    mark = a.annotate("Oslo", "--kind", "highlight")
    friday = a.send()
    a("edit", claim, "--status", "supported", "--note", "v2")
    a("delete", mark)
    monday = a.send()
    b.receive(monday)
    counts = b.receive(friday)  # by mistake, or from a third teammate: Friday's arrives after Monday's
    assert counts["updated"] == 0 and counts["new"] == 0 and counts["deleted"] == 0 and counts["stale"] >= 1
    assert mark not in b.live_ids() and claim in b.live_ids()
    edited = b.json("conflicts")
    assert edited == []  # an older version is not a conflict either
    assert "supported" in json.dumps(b.show(claim)) and "v2" in json.dumps(b.show(claim))


def test_three_teammates_a_correction_survives_an_unchanged_bundle(team: tuple[Mate, Mate, Mate]) -> None:
    a, b, c = team
    claim = a.annotate(CLAIM, "--kind", "claim", "--speaker", "Tomas Ek")
    first = a.send()
    b.receive(first)
    c.receive(first)
    b("edit", claim, "--status", "disputed", "--note", "B checked the study list")
    c.receive(b.send())
    a.annotate("Oslo", "--kind", "highlight")  # A works on, the claim unchanged
    counts = c.receive(a.send())
    assert counts["new"] == 1 and counts["updated"] == 0 and counts["conflicts"] == 0
    shown = json.dumps(c.show(claim))
    assert "disputed" in shown and "B checked the study list" in shown


def test_a_hidden_note_is_not_erased_by_the_trainees_returning_bundle(team: tuple[Mate, Mate, Mate]) -> None:
    trainer, trainee, _ = team
    claim = trainer.annotate(CLAIM, "--kind", "claim", "--note", "KEY: Ek has no study; mark disputed")
    other = trainer.annotate("Oslo", "--kind", "highlight", "--note", "trainer only")
    handout = trainer.send("--hide-notes")
    trainee.receive(handout)
    assert "KEY" not in json.dumps(trainee.show(claim))
    trainee("edit", claim, "--status", "disputed", "--tag", "checked")
    counts = trainer.receive(trainee.send())
    assert counts["conflicts"] == 0
    back = json.dumps(trainer.show(claim))
    assert "KEY: Ek has no study" in back and "disputed" in back and "checked" in back
    assert "trainer only" in json.dumps(trainer.show(other))  # untouched by the trainee: not changed at all


def test_a_note_written_without_seeing_the_hidden_one_meets_it_as_a_conflict(team: tuple[Mate, Mate, Mate]) -> None:
    trainer, trainee, third = team
    claim = trainer.annotate(CLAIM, "--kind", "claim", "--note", "KEY")
    third.receive(trainer.send())  # a teammate who has the trainer's note
    trainee.receive(trainer.send("--hide-notes"))
    trainee("edit", claim, "--note", "my own reading", "--status", "disputed")
    back = trainee.send()
    for mate in (trainer, third):  # neither loses the note the trainee never saw
        assert mate.receive(back)["conflicts"] == 1
        assert "KEY" in json.dumps(mate.show(claim))
        [conflict] = mate.json("conflicts")  # type: ignore[misc]
        assert conflict["theirs"]["note"] == "my own reading"


def test_an_undone_import_can_be_imported_again(team: tuple[Mate, Mate, Mate]) -> None:
    a, b, _ = team
    a.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    a.annotate("Oslo", "--kind", "highlight")
    bundle = a.send()
    b("add", str(TXT))
    assert b.receive(bundle)["new"] == 2
    b("undo")
    assert b.live_ids() == set()
    counts = b.receive(bundle)
    assert counts["new"] == 2 and len(b.live_ids()) == 2
    b("undo")
    b("redo")  # redo of an import brings back what it brought
    assert len(b.live_ids()) == 2


def test_undoing_an_import_sends_no_deletion_to_the_sender(team: tuple[Mate, Mate, Mate]) -> None:
    a, b, _ = team
    mark = a.annotate("Oslo", "--kind", "highlight")
    bundle = a.send()
    b("add", str(TXT))
    b.receive(bundle)
    b("undo")
    a.receive(b.send())
    assert mark in a.live_ids()


def test_an_edit_and_a_concurrent_edit_are_a_conflict_listed_by_the_cli(team: tuple[Mate, Mate, Mate]) -> None:
    a, b, _ = team
    claim = a.annotate(CLAIM, "--kind", "claim")
    b.receive(a.send())
    a("edit", claim, "--status", "supported")
    b("edit", claim, "--status", "false")
    counts = a.receive(b.send())
    assert counts["conflicts"] == 1
    [conflict] = a.json("conflicts")  # type: ignore[misc]
    assert conflict["ours"]["claim"]["status"] == "supported" and conflict["theirs"]["claim"]["status"] == "false"
    assert "status changed on both sides" in a("conflicts")  # (field by field: only the status clashes)
    assert a.receive(b.send())["conflicts"] == 0  # a replay files nothing twice
    assert len(a.json("conflicts")) == 1  # type: ignore[arg-type]


def test_a_teammates_entity_merge_never_leaves_our_claims_pointing_at_nothing(
        team: tuple[Mate, Mate, Mate], tmp_path: Path) -> None:
    from annotations.library import Library

    a, b, _ = team
    a.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    a.annotate("Ek said", "--kind", "entity", "--type", "PERSON", "--entity", "Ek")
    b.receive(a.send())
    claim = b.annotate(CLAIM, "--kind", "claim", "--speaker", "Ek")  # B's own claim, spoken by "Ek"
    lib = Library.open(a.library)
    [tomas] = lib.store.find_entities("Tomas Ek")
    [ek] = [e for e in lib.store.find_entities("Ek") if e.id != tomas.id]
    lib.merge_entities(tomas.id, ek.id)
    lib.close()
    b.receive(a.send())
    lib = Library.open(b.library)
    speaker = lib.annotation(claim).claim.speaker_id  # type: ignore[union-attr]
    entity = lib.store.entity(speaker or "")
    assert entity is not None and not entity.deleted and entity.name == "Tomas Ek"
    lib.close()


def test_cli_edit_is_one_undoable_step_and_checks_its_fields(team: tuple[Mate, Mate, Mate]) -> None:
    a, _, _ = team
    claim = a.annotate(CLAIM, "--kind", "claim", "--tag", "fisheries")
    shown = a.json("edit", claim, "--speaker", "Tomas Ek", "--status", "disputed", "--reliability", "b",
                   "--credibility", "3", "--tag", "checked", "--untag", "fisheries", "--note", "see p. 4")
    text = json.dumps(shown)
    assert "disputed" in text and "checked" in text and "fisheries" not in text and "see p. 4" in text
    a("undo")
    assert "fisheries" in json.dumps(a.show(claim)) and "disputed" not in json.dumps(a.show(claim))
    mark = a.annotate("Oslo", "--kind", "highlight")
    assert "belong to claims" in a("edit", mark, "--status", "false", code=1)
    assert "Nothing to change" in a("edit", mark, code=1)


def test_limits_are_the_same_at_entry_and_at_import(team: tuple[Mate, Mate, Mate]) -> None:
    a, b, _ = team
    paragraph = "The Port Alder harbour council voted 9 to 4 on Thursday"
    assert "at most 500" not in a("annotate", DOC[:12], "--quote", paragraph, "--kind", "entity", "--type", "ORG")
    long_name = a("annotate", DOC[:12], "--quote", "Tomas Ek", "--kind", "entity", "--type", "PERSON",
                  "--entity", "x" * 501, code=1)
    assert "at most 500" in long_name
    assert "at most 200" in a("annotate", DOC[:12], "--quote", "Oslo", "--kind", "highlight", "--tag", "t" * 201, code=1)
    note = "the same sentence again. " * 8_000  # 200,000 characters that compress 1,000:1
    a.annotate("Oslo", "--kind", "highlight", "--note", note[:199_999])
    assert b.receive(a.send())["new"] == 2


def test_bundles_carry_no_private_paths_and_named_documents_travel(team: tuple[Mate, Mate, Mate]) -> None:
    a, b, _ = team
    a.annotate("Oslo", "--kind", "highlight")
    bundle = a.send()
    with zipfile.ZipFile(bundle) as zf:
        documents = zf.read("documents.jsonl").decode()
        assert any(n.startswith("files/") for n in zf.namelist())  # one named document: its file travels
    assert str(TXT.parent) not in documents and "harbour_council.txt" in documents
    b.receive(bundle)
    assert b.json("show", DOC[:12])["annotations"]  # type: ignore[index]
    lean = a.send("--without-documents")
    with zipfile.ZipFile(lean) as zf:
        assert not any(n.startswith("files/") for n in zf.namelist())


def test_missing_documents_are_named_not_refused(team: tuple[Mate, Mate, Mate]) -> None:
    a, b, _ = team
    a.annotate("Oslo", "--kind", "highlight")
    out = b("import", str(a.send("--without-documents")))
    assert "1 awaiting documents you do not have yet" in out and "orphans" not in out  # (the merge's word)
    assert "add the document “Harbour council approves" in out
    b("add", str(TXT))
    assert len(b.live_ids()) == 1


def test_copy_of_a_library_folder_is_a_teammate_too(team: tuple[Mate, Mate, Mate], tmp_path: Path) -> None:
    """Two libraries that started as copies of one folder mint the same first revisions for the same edit."""
    a, _, _ = team
    claim = a.annotate(CLAIM, "--kind", "claim")
    shutil.copytree(a.library, tmp_path / "A2")
    twin = Mate(tmp_path, "A2")
    a("edit", claim, "--status", "supported")
    twin("edit", claim, "--status", "supported")
    assert twin.receive(a.send())["conflicts"] == 0


def test_an_edit_between_the_preview_and_the_import_is_never_overwritten(team: tuple[Mate, Mate, Mate]) -> None:
    """Typed in another field, it merges with the sender's change (both kept); in the same field, it is a conflict."""
    a, b, _ = team
    claim = a.annotate(CLAIM, "--kind", "claim")
    b.receive(a.send())
    a("edit", claim, "--status", "supported")
    bundle = a.send()
    assert "1 updated" in b("import", str(bundle), "--dry-run")
    b("edit", claim, "--note", "typed while the preview was open")
    counts = b.receive(bundle)
    assert counts["combined"] == 1 and counts["conflicts"] == 0 and counts["updated"] == 0
    shown = json.dumps(b.show(claim))
    assert "typed while the preview was open" in shown and "supported" in shown
    a("edit", claim, "--status", "false")
    bundle = a.send()
    assert "1 combined" in b("import", str(bundle), "--dry-run")  # their status on our merge: merges again
    b("edit", claim, "--status", "disputed")
    counts = b.receive(bundle)
    assert counts["conflicts"] == 1 and counts["updated"] == 0
    assert "disputed" in json.dumps(b.show(claim))


def test_a_teammates_new_mentions_of_an_entity_we_merged_away_follow_the_merge(team: tuple[Mate, Mate, Mate]) -> None:
    from annotations.library import Library

    a, b, _ = team
    a.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON")
    a.annotate("Ek said", "--kind", "entity", "--type", "PERSON", "--entity", "Ek")
    b.receive(a.send())
    mention = b.annotate("Ek", "--occurrence", "2", "--kind", "entity", "--type", "PERSON", "--entity", "Ek")
    claim = b.annotate(CLAIM, "--kind", "claim", "--speaker", "Ek")
    lib = Library.open(a.library)
    [tomas] = lib.store.find_entities("Tomas Ek")
    [ek] = [e for e in lib.store.find_entities("Ek") if e.id != tomas.id]
    lib.merge_entities(tomas.id, ek.id)
    lib.close()
    a.receive(b.send())  # B's new mention and claim still name the entity A merged away
    lib = Library.open(a.library)
    assert lib.annotation(mention).entity_id == tomas.id
    assert lib.annotation(claim).claim.speaker_id == tomas.id  # type: ignore[union-attr]
    lib.close()


def test_edits_that_change_nothing_make_no_version_and_ambiguous_edits_are_refused(
        team: tuple[Mate, Mate, Mate]) -> None:
    from annotations.library import Library

    a, b, _ = team
    claim = a.annotate(CLAIM, "--kind", "claim", "--tag", "x")
    b.receive(a.send())
    a("edit", claim, "--tag", "x")  # already tagged: no new version, nothing to send
    b("edit", claim, "--status", "disputed")
    assert a.receive(b.send())["conflicts"] == 0  # (a no-op version would have been a conflict)
    assert "both added and removed" in a("edit", claim, "--tag", "y", "--untag", "y", code=1)
    assert "Only entity mentions" in a("edit", claim, "--entity", "Foo", code=1)
    lib = Library.open(a.library)
    person = lib.store.find_entities("Tomas Ek") or []
    lib.close()
    assert not person  # (no entity was made by the refused edit either)


def test_aliases_are_limited_at_entry_so_the_bundle_stays_importable(tmp_path: Path) -> None:
    from annotations.errors import ValidationError
    from annotations.library import AnnotationInput, Library
    from annotations.model import Kind
    from reader.document import load_document

    lib = Library.open(tmp_path / "L")
    doc = lib.add_document(load_document(TXT), TXT)[0]
    s = lib.document(doc.id).text.index("Tomas Ek")
    mention, _ = lib.annotate(doc.id, AnnotationInput(Kind.ENTITY, s, s + 8, label="PERSON"))
    with pytest.raises(ValidationError, match="at most 1,000 other names"):
        lib.set_aliases(mention.entity_id or "", [f"alias{i}" for i in range(1001)])
    lib.close()


def test_undoing_a_resolution_opens_the_conflict_again(team: tuple[Mate, Mate, Mate]) -> None:
    from annotations.library import Library

    a, b, _ = team
    claim = a.annotate(CLAIM, "--kind", "claim")
    b.receive(a.send())
    a("edit", claim, "--status", "supported")
    b("edit", claim, "--status", "false")
    a.receive(b.send())
    [conflict] = a.json("conflicts")  # type: ignore[misc]
    lib = Library.open(a.library)
    lib.resolve_conflict(conflict["id"], take_theirs=True)
    lib.close()
    assert a.json("conflicts") == [] and "false" in json.dumps(a.show(claim))
    a("undo")
    assert [c["id"] for c in a.json("conflicts")] == [conflict["id"]]  # type: ignore[union-attr]
    assert "supported" in json.dumps(a.show(claim))
    a("redo")
    assert a.json("conflicts") == [] and "false" in json.dumps(a.show(claim))


def _properties(mate: Mate) -> dict[str, str]:
    out = mate("properties", DOC[:12])
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines()) if v}


def test_document_properties_edited_on_both_sides_all_survive_the_exchange(team: tuple[Mate, Mate, Mate]) -> None:
    """break18 bugs 1 and 2: A's language went back to the old one when A and B (who changed the title)
    exchanged bundles, and A's next bundle reverted B's title, which A never touched."""
    a, b, _ = team
    b.receive(a.send())
    a("properties", DOC[:12], "--language", "fa")
    b("properties", DOC[:12], "--title", "Barrier approved")
    from_a, from_b = a.send(), b.send()
    b.receive(from_a)
    a.receive(from_b)
    for mate in (a, b):
        assert (_properties(mate)["Title"], _properties(mate)["Language"]) == ("Barrier approved", "fa")
    a("properties", DOC[:12], "--language", "de")
    a("properties", DOC[:12], "--outlet", "Harbour Gazette")
    newer = a.send()
    b.receive(newer)
    b.receive(from_a)  # a stale bundle after the newer one
    shown = _properties(b)
    assert (shown["Title"], shown["Language"], shown["Outlet"]) == ("Barrier approved", "de", "Harbour Gazette")


def test_two_notes_written_at_once_differ_in_the_note_only(team: tuple[Mate, Mate, Mate]) -> None:
    """Each side's first note gets its own seal salt: bookkeeping, not something the analyst changed."""
    a, b, _ = team
    claim = a.annotate(CLAIM, "--kind", "claim")
    b.receive(a.send())
    a("edit", claim, "--note", "check the minutes")
    b("edit", claim, "--note", "misleading")
    assert a.receive(b.send())["conflicts"] == 1
    listed = a("conflicts")
    assert "note changed on both sides" in listed and "note_salt" not in listed
