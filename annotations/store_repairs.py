"""Records an older Dossier let in and that bundles can no longer carry, given a valid value when the library opens —
as a new version of each (so the change travels to teammates like an edit), never as an undo step. Today: an
entity named "" or white space, made before names had to hold a word (a selection of white space, `--quote " "`, a
speaker of spaces): every bundle naming it was refused by every teammate (a reviewer, stop 40)."""
from __future__ import annotations

from annotations.errors import DossierError
from annotations.ids import now_iso
from annotations.store import Store

UNNAMED = "unnamed entity"
"""The name an entity with none gets when none of its mentions holds a word."""


def name_the_unnamed(store: Store) -> int:
    """Give every entity whose name is blank a name: its first mention's words, else `UNNAMED`. How many were
    named (0 when the library is read-only: it is left as it is, and its bundles still refused)."""
    blank = store.blank_named_entities()
    if not blank or store.read_only_reason:
        return 0
    try:
        with store.transaction("Name unnamed entities", history=False) as tx:
            for entity in store.entities_by_ids(blank).values():
                words = next((a.target.exact.strip() for a in store.annotations_of_entity(entity.id)
                              if a.target.exact.strip()), "")
                tx.put(entity.edited(now_iso(), name=" ".join(words.split())[:200] or UNNAMED))
    except DossierError:
        return 0  # (busy or unwritable now: tried again at the next opening)
    return len(blank)
