"""Undo and redo, in the core and persisted in the store (so they survive a restart and work from the CLI).

Every store transaction records, per record it touched, the state before and after. Undo writes the
`before` state back as a *new* revision (so merges and the index see it as an edit); redo writes the
`after` state again. Both refuse, changing nothing, if the record was changed since by something else.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from annotations import codec
from annotations.changes import Changes
from annotations.errors import UndoError
from annotations.ids import now_iso
from annotations.model import DocumentRecord
from annotations.revisions import FORGOTTEN, ancestors
from annotations.store import Store
from annotations.store_transaction import Transaction


def undo_label(store: Store) -> str | None:
    return store.history_label("done")


def redo_label(store: Store) -> str | None:
    return store.history_label("undone")


def undo(store: Store) -> Changes:
    """Revert the newest edit; UndoError if there is none or its records changed since."""
    top = store.history_top("done")
    if top is None:
        raise UndoError("Nothing to undo.")
    return _apply(store, top, forward=False)


def redo(store: Store) -> Changes:
    """Re-apply the most recently undone edit; UndoError if there is none or it no longer applies."""
    top = store.history_top("undone")
    if top is None:
        raise UndoError("Nothing to redo.")
    return _apply(store, top, forward=True)


def _content(state: dict[str, Any] | None) -> dict[str, Any] | None:
    """A record's content, without the bookkeeping that every write (undo included) advances. Undoing
    step N leaves the content step N-1 produced, so N-1 can be undone next; any other writer's edit
    shows up as a content difference."""
    if state is None:
        return None
    return {k: v for k, v in state.items() if k not in ("revision", "modified", "rev", "provisional")}


def _apply(store: Store, entry: tuple[int, str, list[dict[str, Any]]], forward: bool) -> Changes:
    seq, label, entries = entry
    verb = "Redo" if forward else "Undo"
    now = now_iso()
    import_id = next((item["import_id"] for item in entries if item.get("import_id")), None)
    settled = import_id is None and any(item["table"] == "conflicts" and not item["before"].get("resolved", True)
                                        for item in entries)  # "Keep mine" / "Take theirs"
    with store.transaction(f"{verb} {label}", history=False) as tx:
        if forward and import_id is not None:
            tx.restore_import(next(item["forgotten"] for item in entries if "forgotten" in item))
        updated: list[dict[str, Any]] = []
        settings = False
        for item in (entries if forward else list(reversed(entries))):
            if item["table"] == "conflicts":  # a conflict this step closed opens again on undo; one it filed closes
                tx.set_conflict_open(item["id"], is_open=not item["after" if forward else "before"]["resolved"])
                updated.append(item)
                continue
            if item["table"] == "imports":  # an import that only filed conflicts: forgetting it is the undo
                updated.append(item)
                continue
            if item["table"] == "meta":  # a setting (the codebook): its value before or after, if still as left
                if store.meta(item["id"]) != item["before" if forward else "after"]:
                    raise UndoError(f"Cannot {verb.lower()} “{label}”: it was changed since (in another window or "
                                    "by an import). Nothing was changed.")
                tx.set_meta(item["id"], item["after" if forward else "before"])
                settings = True
                updated.append(item)
                continue
            expected = item["undone"] if forward else item["after"]
            wanted = item.get("replaced", item["after"]) if forward else item["before"]
            current = tx.get(item["table"], item["id"])
            current_state = codec.record_to_dict(current) if current is not None else None
            if _content(current_state) != _content(expected):
                raise UndoError(
                    f"Cannot {verb.lower()} “{label}”: it was changed since (in another window or by an "
                    "import). Nothing was changed."
                )
            if (import_id is not None or settled) and item["table"] != "rejections":  # the very versions: undone,
                written = _exactly(tx, item["table"], current, wanted, now)  # a settlement is forgotten as an import
                # is — written again on top of it, our words descended from theirs, and their library took ours for
                # a later edit and dropped their words (a tester on the fixes, stop 58)
            else:
                written = tx.put(_restore(item["table"], current, wanted, now))
            if (import_id is not None or settled) and not forward \
                    and item["table"] in ("annotations", "entities", "documents") and current is not None:
                for on_top in _made_on_top(store, item["id"], str(current.rev), (item["after"] or {}).get("rev")):
                    tx.set_withdrawn(item["id"], on_top, withdrawn=True)  # (an edit undone above it, sent: stays undone)
            if settled and item["table"] == "annotations":  # a settlement undone stays undone, even when a
                rev = (item["after"] or {}).get("rev")  # teammate who holds it sends it back (and redone, no longer)
                if rev:
                    tx.set_withdrawn(item["id"], str(rev), withdrawn=not forward)
            if item.get("written_blind"):  # the note written on one withheld from us: its row as it was
                tx.set_written_blind(item["id"], blind=forward)
            state = codec.record_to_dict(written)
            if forward:  # (put back as the undo found it: the step's own version stays its "after", what the next
                updated.append(item if "replaced" in item else {**item, "after": state})  # undo withdraws)
            else:  # redo puts back the very version this undo replaced: one made on top since (an edit and its undo)
                updated.append({**{k: v for k, v in item.items() if k != "replaced"}, "undone": state,
                                **_replaced(import_id is not None or settled, current_state, item["after"])})
        if not forward:
            updated.reverse()
            if import_id is not None:
                updated[0] = {**updated[0], "forgotten": tx.forget_import(import_id)}
        store.set_history(seq, "done" if forward else "undone", updated)
    return replace(tx.changes(f"{verb} {label}"), label=f"{verb} {label}", codebook=settings)


def _replaced(exact: bool, current: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, Any]:
    """What the undo of an import or a settlement took away, when it is not the version that step wrote: an edit
    and its undo made on top since (their content nets out). Redo puts that one back, not the step's version under
    it: the edit undone on top then stays an ancestor of ours, so a teammate's copy of it is an older version here.
    Redone as the step's own version, the copy descended from ours again — after a settlement undone and redone it
    fast-forwarded over the settled words, unsaid, and after an import redone our own undo of it, sent, was kept out
    as "an edit you undid" and a teammate's later edit on it became a conflict (an outside tester)."""
    if not exact or current is None or after is None or current.get("rev") == after.get("rev"):
        return {}
    return {"replaced": current}


def _made_on_top(store: Store, annotation_id: str, current_rev: str, after_rev: object) -> set[str]:
    """The versions made here on top of an import's (or a settlement's) since it was taken: an edit and the undo of
    it (their content nets out, else the step could not be undone). Undoing the step puts back the very version from
    before it, which those descend from: a teammate's copy of the undone edit then read as a later edit and wrote over
    the words the undo brought back, in every library, with nothing said (an outside tester's fuzzer; for a settlement
    once settled again, its seed 13185). Remembered as undone settlements are (`annotations.withdrawn_settlements`),
    so a copy that comes back is weighed, never taken, and a settlement made again lists them among its parents."""
    if not isinstance(after_rev, str) or not after_rev or current_rev == after_rev:
        return set()
    graph = store.revision_graphs([annotation_id]).get(annotation_id, {})
    return ancestors(current_rev, graph) - ancestors(after_rev, graph)


def _exactly(tx: Transaction, table: str, current: codec.Record | None, wanted: dict[str, Any] | None,
             now: str) -> codec.Record:
    """Undo/redo of an import puts back the very versions (revs) of before/after: undoing forgets the
    exchange rather than making a new edit on top of it, so the same bundle can be imported again."""
    if wanted is None:
        record = _restore(table, current, None, now)
        return tx.put(record, rev=FORGOTTEN)
    record = _restore(table, current, wanted, now)
    if isinstance(record, DocumentRecord) and isinstance(wanted.get("modified"), str):
        record = replace(record, modified=wanted["modified"])  # the very version, so its very date: a
        # version dated differently in two libraries would merge their properties differently for good
    return tx.put(record, rev=wanted.get("rev") or None)


def _restore(table: str, current: codec.Record | None, wanted: dict[str, Any] | None, now: str) -> codec.Record:
    """The record to write so that the row looks like `wanted` (None = gone: a tombstone)."""
    if current is None:
        raise UndoError("The history refers to a record that no longer exists; nothing was changed.")
    if isinstance(current, DocumentRecord):
        if wanted is None:
            return replace(current, deleted=True, modified=now)
        return replace(codec.document_from_dict(wanted, text=""), modified=now)
    revision = current.revision + 1
    if wanted is None:
        return replace(current, deleted=True, modified=now, revision=revision)
    if table == "annotations":
        return replace(codec.annotation_from_dict(wanted), modified=now, revision=revision)
    if table == "rejections":
        return replace(codec.rejection_from_dict(wanted), modified=now, revision=revision)
    return replace(codec.entity_from_dict(wanted), modified=now, revision=revision)
