"""Two concurrent versions of one annotation merged field by field against their common ancestor.

Ana changed only the tags of a claim, Ben only its note and status: each field one side changed takes that
side's value, tags merge as sets (each side's additions and removals), a note both sides changed merges as
text when their edits touch different words (`annotations.text_merge`), and only a field both sides changed
to different values is contested. Before, the two versions were one all-or-nothing conflict and settling it
dropped one analyst's fields for good.

Pure functions of the three versions (as `codec.annotation_to_dict` gives them), symmetric in the two sides:
every library that holds the same two versions and their ancestor computes the same merged record, so two
teammates that import each other's bundles mint the same merge version (its id covers both parents and what it
says) and converge without another round. Used by the import (`merge_annotations`: a merge with no contested
field is taken at once, as a version with both parents) and by settling a conflict (`library_exchange`: "Keep
mine" and "Take theirs" choose only the contested fields; the other side's uncontested changes stay either way).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from annotations.revisions import common_bases, plain_hash
from annotations.text_merge import merge_text

_PLACE = ("document_id", "target", "anchor")
_TYPE = ("kind", "label", "entity_id", "claim")
_BOOKKEEPING = ("id", "rev", "revision", "modified", "note_salt")

FIELD_NAMES = {"note": "note", "tags": "tags", "place": "quote", "type": "type", "label": "type",
               "entity_id": "entity", "deleted": "deleted", "claim": "claim", "claim.status": "status",
               "claim.speaker_id": "speaker", "claim.reliability": "reliability",
               "claim.credibility": "credibility", "claim.claim_type": "claim type", "creator": "author",
               "created": "created"}
"""A merge's field keys in the words the conflicts list and dialog use."""


@dataclass(frozen=True)
class FieldMerge:
    """`mine`: both sides' changes, ours on the contested fields; `theirs`: the same with theirs there;
    `contested`: those fields (keys of `FIELD_NAMES`), empty when the two merged cleanly."""

    mine: dict[str, Any]
    theirs: dict[str, Any]
    contested: tuple[str, ...]


def merge_base(ours: str, theirs: str, graph: Mapping[str, Iterable[str]],
               content_of: Callable[[list[str]], Mapping[str, dict[str, Any]]], depth: int = 0) -> dict[str, Any] | None:
    """What `ours` and `theirs` are both made on, as an annotation dict, or None when this library does not know
    it. One latest common ancestor: its content (`content_of`: rev -> content of those versions known here).
    Two (a criss-cross: each side merged the other's version with a third, as teammates importing each other's
    bundles in different orders do): the two merged on their own common ancestor, a field they disagree on
    keeping that ancestor's value — git's "recursive" merge base, the same in every library. More: None."""
    bases = sorted(common_bases(ours, theirs, graph))
    contents = content_of(bases) if bases else {}
    if not bases or any(b not in contents for b in bases):
        return None
    if len({plain_hash(contents[b]) for b in bases}) == 1:
        return contents[bases[0]]
    if len(bases) != 2 or depth >= 4:
        return None
    below = merge_base(bases[0], bases[1], graph, content_of, depth + 1)
    if below is None:
        return None
    return merge_versions(below, contents[bases[0]], contents[bases[1]], virtual=True).mine


def merge_versions(base: Mapping[str, Any], ours: Mapping[str, Any], theirs: Mapping[str, Any],
                   virtual: bool = False) -> FieldMerge:
    """Ours and theirs (annotation dicts) merged against `base`, field by field (see the module's doc). A
    deletion against an edit is no field: it stays the choice of one whole version (contested "deleted"). The
    bookkeeping (revision, modified) is the later of the two; the caller gives the result its rev. `virtual`:
    a merge base made of two (see `merge_base`): a contested field keeps the base's value."""
    if bool(ours.get("deleted")) != bool(theirs.get("deleted")) and not virtual:
        live, gone = (ours, theirs) if theirs.get("deleted") else (theirs, ours)
        if _only_repointed(base, live):  # (an import moved it to the entity of its name: no edit to weigh against
            return FieldMerge(dict(gone), dict(gone), ())  # a deletion — it stayed a conflict in every library)
        return FieldMerge(dict(ours), dict(theirs), ("deleted",))
    if base.get("deleted") and not ours.get("deleted") and not virtual:  # both brought back from a deletion: the
        base = {"kind": ours.get("kind"), "claim": {} if isinstance(ours.get("claim"), dict) else None}  # tombstone
        # is no common ground (one side undid it, the other kept its own against it, never weighing what it said):
        # a field they differ in is contested, tags are each side's additions (a teammate's Keep mine against Ana's
        # deletion had read as a later change of the words Ana's undo brought back: an outside tester's fuzzer)
    mine, there = dict(ours), dict(ours)
    contested: list[str] = []

    def pick(name: str, b: Any, o: Any, t: Any) -> tuple[Any, Any]:
        if o == t or o == b:
            return t, t
        if t == b:
            return o, o
        contested.append(name)
        return (b, b) if virtual else (o, t)

    def unit(name: str, keys: tuple[str, ...]) -> None:
        m, t = pick(name, *(tuple(d.get(k) for k in keys) for d in (base, ours, theirs)))
        mine.update(zip(keys, m))
        there.update(zip(keys, t))

    unit("place", _PLACE)
    if base.get("kind") == ours.get("kind") == theirs.get("kind"):
        mine["label"], there["label"] = pick("label", base.get("label"), ours.get("label"), theirs.get("label"))
        mine["entity_id"], there["entity_id"] = pick("entity_id", base.get("entity_id"), ours.get("entity_id"),
                                                     theirs.get("entity_id"))
        claims = base.get("claim"), ours.get("claim"), theirs.get("claim")
        if all(isinstance(c, dict) for c in claims):
            b_claim, o_claim, t_claim = claims
            mine["claim"], there["claim"] = dict(o_claim), dict(o_claim)  # type: ignore[arg-type]
            for key in sorted(set(b_claim) | set(o_claim) | set(t_claim)):  # type: ignore[arg-type]
                mine["claim"][key], there["claim"][key] = pick(
                    f"claim.{key}", b_claim.get(key), o_claim.get(key), t_claim.get(key))  # type: ignore[union-attr]
        else:
            mine["claim"], there["claim"] = pick("claim", *claims)
    else:  # an entity made a claim on one side: its type, entity and claim fields go as one
        unit("type", _TYPE)
    mine["tags"] = there["tags"] = _tags(base.get("tags") or [], ours.get("tags") or [], theirs.get("tags") or [])
    _note(base, ours, theirs, mine, there, contested, virtual)
    for key in sorted(set(base) | set(ours) | set(theirs)):
        if key not in (*_BOOKKEEPING, *_PLACE, *_TYPE, "tags", "note"):
            mine[key], there[key] = pick(key, base.get(key), ours.get(key), theirs.get(key))
    for out in (mine, there):
        out["revision"] = max(int(ours.get("revision") or 1), int(theirs.get("revision") or 1)) + 1
        out["modified"] = max(str(ours.get("modified") or ""), str(theirs.get("modified") or ""))
    return FieldMerge(mine, there, tuple(contested))


def _tags(base: list[str], ours: list[str], theirs: list[str]) -> list[str]:
    """Tags as sets: what each side added, less what either removed. Where only one side changed them its
    list is taken as it is (its order too); where both did, the tags kept from the base in its order, then
    the added ones sorted (the same list whichever side merges)."""
    if ours == theirs or ours == base:
        return list(theirs)
    if theirs == base:
        return list(ours)
    kept = [t for t in base if t in ours and t in theirs]
    added = sorted({t for t in (*ours, *theirs) if t not in base})
    return kept + added


def _note(base: Mapping[str, Any], ours: Mapping[str, Any], theirs: Mapping[str, Any], mine: dict[str, Any],
          there: dict[str, Any], contested: list[str], virtual: bool = False) -> None:
    """The note: one side's change taken, both sides' changes merged word by word where they touch different
    words (else contested). It keeps the salt of its seal: the side's it came from; a merged text the salt both
    share (the first note's, kept by every later version), or the smaller of two, so both sides mint the same."""
    b, o, t = (str(d.get("note") or "") for d in (base, ours, theirs))
    o_salt, t_salt = str(ours.get("note_salt") or ""), str(theirs.get("note_salt") or "")
    shared = min((s for s in (o_salt, t_salt) if s), default="")
    if o == t:
        choice: tuple[tuple[str, str], tuple[str, str]] = ((o, shared), (o, shared))
    elif o == b:
        choice = ((t, t_salt), (t, t_salt))
    elif t == b:
        choice = ((o, o_salt), (o, o_salt))
    else:
        text = merge_text(b, o, t)
        if text is None:
            contested.append("note")
            b_salt = str(base.get("note_salt") or "")
            choice = ((b, b_salt), (b, b_salt)) if virtual else ((o, o_salt), (t, t_salt))
        else:
            choice = ((text, shared), (text, shared))
    for out, (note, salt) in zip((mine, there), choice):
        out["note"] = note
        out.pop("note_salt", None)
        if salt:
            out["note_salt"] = salt


def _only_repointed(base: Mapping[str, Any], live: Mapping[str, Any]) -> bool:
    """Whether `live` says what `base` says but for the entities it points at (its mention's entity, its claim's
    speaker): what an import does when it files a teammate's entity under ours, never a person's edit of words."""
    def said(record: Mapping[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in record.items() if k not in ("revision", "modified", "rev", "provisional", "entity_id")}
        if isinstance(out.get("claim"), dict):
            out["claim"] = {k: v for k, v in out["claim"].items() if k != "speaker_id"}
        return out
    return said(base) == said(live) and not base.get("deleted")
