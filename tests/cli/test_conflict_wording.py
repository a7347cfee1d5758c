"""`dossier conflicts` says which side deleted and which edited (break26, low): a deletion meeting an
edit used to read "differs in note, deleted" on both sides, as if the deleting side had changed the note."""
from __future__ import annotations

from tests.cli.test_exchange_cli import CLAIM, Mate, team  # noqa: F401 (team: the fixture)


def test_delete_against_edit_says_who_deleted_and_what_the_other_changed(team: tuple[Mate, Mate, Mate]) -> None:
    ana, _, cleo = team
    claim = ana.annotate(CLAIM, "--kind", "claim", "--note", "first")
    cleo.receive(ana.send("--with-documents"))
    ana("delete", claim)
    cleo("edit", claim, "--note", "Cleo: source found")
    from_ana, from_cleo = ana.send(), cleo.send()
    assert cleo.receive(from_ana)["conflicts"] == 1
    assert ana.receive(from_cleo)["conflicts"] == 1
    assert "they deleted it, you edited it (note)" in cleo("conflicts")
    assert "you deleted it, they edited it (note)" in ana("conflicts")


def test_a_field_clash_names_the_contested_fields_only(team: tuple[Mate, Mate, Mate]) -> None:
    """Ana changed a claim's note and tags, Cleo its note and status: only the note clashes (the tags and the status
    are kept whichever side is taken, stop 40); `conflicts` says so instead of "differs in note, tags, claim"."""
    ana, _, cleo = team
    claim = ana.annotate(CLAIM, "--kind", "claim", "--note", "first")
    cleo.receive(ana.send("--with-documents"))
    ana("edit", claim, "--note", "Ana: checked", "--tag", "ana-tag")
    cleo("edit", claim, "--note", "Cleo: source found", "--status", "disputed")
    assert cleo.receive(ana.send())["conflicts"] == 1
    said = cleo("conflicts")
    assert "note changed on both sides (the other changes are kept either way)" in said and "tags" not in said
    [conflict] = cleo.json("conflicts")  # type: ignore[misc]
    assert conflict["contested"] == ["note"]
