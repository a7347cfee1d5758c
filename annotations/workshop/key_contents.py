"""What a trainer's answer key holds: the trainer's own work on its documents, never others' work imported into the
trainer's library. Pure functions over the store, shared by the key's exports (the Workshop dialog, File > Export and
the command line)."""
from __future__ import annotations

from typing import Final

from annotations.store import Store

ANSWER_KEY_SUFFIX: Final = " (answer key)"
"""Added to the creator of an imported answer key's import record: the flag shows wherever the library says where an
annotation came from."""


def key_annotations(store: Store, doc_ids: list[str], trainers: set[str]) -> tuple[set[str], dict[str, int]]:
    """The annotations of these documents an answer key holds, and those it leaves out by whose bundle brought
    them: an annotation whose last version came in a plain bundle sent by someone other than the trainer
    (`trainers`: the names the trainer goes by, any case) is a trainee's or a colleague's work, or the trainer's
    annotation as a trainee changed it — a trainer who imported a trainee's bundle to look at it exported it in every
    later key, the trainee then scored as copying the key and the class against the trainee's mistakes (outside
    testers, stop 52). The trainer's own bundles (from another machine) and imported answer keys stay in."""
    names = {" ".join(t.split()).casefold() for t in trainers if t.strip()}
    annotations = [a for doc_id in doc_ids for a in store.annotations(doc_id, include_deleted=True)]
    sources = store.imported_from([a.id for a in annotations])
    kept: set[str] = set()
    left_out: dict[str, int] = {}
    for a in annotations:
        source = sources.get(a.id)
        if source is not None and not source.endswith(ANSWER_KEY_SUFFIX) \
                and " ".join(source.split()).casefold() not in names:
            if not a.deleted:
                left_out[source or "someone"] = left_out.get(source or "someone", 0) + 1
            continue
        kept.add(a.id)
    return kept, left_out


def left_out_line(left_out: dict[str, int]) -> str:
    """What an answer key left out, in words ("" when nothing)."""
    if not left_out:
        return ""
    total = sum(left_out.values())
    whose = ", ".join(f"{name} {count}" for name, count in sorted(left_out.items()))
    return (f"{total} annotation{'s' if total != 1 else ''} imported from others' bundles ({whose}) left out of the "
            "answer key: only your own work and imported answer keys go into a key.")
