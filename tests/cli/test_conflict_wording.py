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
