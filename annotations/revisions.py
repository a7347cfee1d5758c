"""Revision ids and ancestry: how a library tells an older version of a record from a newer one.

Every stored version of an annotation, entity or document's metadata has a revision id and the ids of
its parent(s) — the model of CouchDB's revision trees and git commits, not clocks. An id is
`<depth>-<hash>` where the hash covers the sorted parents and the record's *content* (not its
bookkeeping), so two libraries that make the same change from the same version mint the same id, and a
merge of two branches has both as parents. Pure functions: the store keeps the (record, rev, parents)
rows; `merge` asks these functions what an incoming version is to ours.

An annotation's note is covered through a *seal*, an HMAC of the note keyed by the annotation's
`note_salt` (128 random bits, minted with its first note and kept by every version after): a bundle whose
notes are hidden carries the rev and the hashes but not the salt, so nobody can test guesses of a hidden
note against them ("true", "misleading", a word from a short list). The salt travels with the note, so a
receiver of the genuine version checks it whole. Versions minted before salts existed (and empty notes)
cover the note as written, as before, so their ids stay checkable.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

FORGOTTEN = "forgotten"
"""The rev of a row an undone import left behind: treated as never seen, so importing again offers it."""

_BOOKKEEPING = ("revision", "modified", "rev", "provisional")
DOCUMENT_CONTENT = ("format", "title", "authors", "publisher", "published", "source_url")
"""What a teammate may change of a document: its metadata, never its text, pages or local file."""
DOCUMENT_CONTENT_IF_SET = ("language", "reliability")
"""Metadata added in schema v6: hashed only when set, so versions written before it keep their hashes."""


def document_says(record: Mapping[str, Any]) -> dict[str, Any]:
    """What a version of a document's metadata says, property by property (what a merge compares), and
    when that version was made (`modified`: not content, never hashed; it dates the edits a merge weighs)."""
    return {**{k: record.get(k) for k in (*DOCUMENT_CONTENT, *DOCUMENT_CONTENT_IF_SET)}, "modified": record.get("modified")}


def new_note_salt() -> str:
    return secrets.token_hex(16)


def note_seal(salt: str, note: str) -> str:
    """What a revision id covers of a note: HMAC-SHA-256 keyed by the annotation's secret salt."""
    return hmac.new(salt.encode(), note.encode("utf-8"), hashlib.sha256).hexdigest()


def sealed_content(record: Mapping[str, Any], seal: str) -> str:
    """`content_hash` of an annotation whose note is known only by its seal (`note_seal` of its salt and
    note, sent beside a withheld note): what the version says, checkable against its rev without the note."""
    return content_hash({**{k: v for k, v in record.items() if k != "note_salt"}, "note": {"sealed": seal}})


def note_salt_for(note: str, salt: str, before: str | None) -> str:
    """The salt a new version of an annotation is minted with (`before`: the note of the version it is made
    on, None for a first one). A salt once there is kept (the same note seals the same in every library
    holding the annotation, so two libraries making the same change still mint the same id, and undo says
    what the version it goes back to said); a note written where there is none gets a new one."""
    if salt or not note or note == before:
        return salt
    return new_note_salt()


def content_hash(record: Mapping[str, Any], sealed: bool = True) -> str:
    """Hash of what a record says, not of its bookkeeping: two sides that made the same change (both
    deleted it, both set the same status) agree, whatever their revision counters and clocks say. An
    annotation's note counts by its seal when it has a salt (`sealed=False`: as written, to compare two
    versions whose notes are both known, whatever their salts)."""
    if "text" in record or "pages" in record:  # a document: its shared metadata only
        content = {k: record.get(k) for k in DOCUMENT_CONTENT}
        content.update({k: record[k] for k in DOCUMENT_CONTENT_IF_SET if record.get(k)})
    else:
        content = {k: v for k, v in record.items() if k not in _BOOKKEEPING and k != "note_salt"}
        salt, note = record.get("note_salt"), content.get("note")
        if sealed and salt and isinstance(salt, str) and note and isinstance(note, str):
            content["note"] = {"sealed": note_seal(salt, note)}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def plain_hash(record: Mapping[str, Any]) -> str:
    """`content_hash` with the note as written: whether two versions say the same, both notes known."""
    return content_hash(record, sealed=False)


def short_hash(record: Mapping[str, Any]) -> str:
    """What a version says, in 16 hex digits: bundles carry it for every version in an ancestry (and the
    full `content_hash`, which checks the version's parents, where the sender knows it)."""
    return content_hash(record)[:16]


def depth(rev: str) -> int:
    head, _, _ = rev.partition("-")
    return int(head) if head.isdigit() else 0


def make_rev(parents: Iterable[str], record: Mapping[str, Any], content: str | None = None) -> str:
    """The id of the version `record` made on top of `parents` (none for a first version); `content` is
    `content_hash(record)` when the caller has it already."""
    ordered = sorted(set(parents))
    seed = "|".join(ordered) + ":" + (content or content_hash(record))
    return f"{max((depth(p) for p in ordered), default=0) + 1}-{hashlib.sha256(seed.encode()).hexdigest()[:32]}"


def made_on(rev: str, parents: Iterable[str], content: str) -> bool:
    """Whether `rev` is the version saying `content` (its full content hash) made on exactly `parents`: an
    edge of a history checked, where a bundle carries what that version said."""
    return make_rev(parents, {}, content=content) == rev


def ancestors(rev: str, graph: Mapping[str, Iterable[str]]) -> set[str]:
    """`rev` and every version it descends from, as far as `graph` (rev -> parents) knows."""
    seen: set[str] = set()
    stack = [rev]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        stack.extend(graph.get(current, ()))
    return seen


class Relation(StrEnum):
    """What an incoming version is to the version a library holds."""

    KNOWN = "known"  # the same, an ancestor of ours, or a branch we have already seen
    DESCENDANT = "descendant"  # made on top of ours: fast-forward
    DIVERGED = "diverged"  # made concurrently with ours: a conflict unless both say the same


def relation(ours: str, theirs: str, our_graph: Mapping[str, Iterable[str]],
             their_graph: Mapping[str, Iterable[str]], hashes: Mapping[str, str] | None = None) -> Relation:
    """Classify `theirs` against `ours`, each side's ancestry given as rev -> parents; `hashes` (rev ->
    short content hash, both sides' knowledge) lets versions that say the same count as one:
    - theirs is ours or one of our ancestors -> KNOWN;
    - ours is one of their ancestors, or says what one of their ancestors said (and not the other way
      round too), and ours is that version over again, not a return to it (`_restated`) -> DESCENDANT (taking
      it loses nothing of ours: they built on exactly what we hold);
    - theirs is an ancestor of a version we have seen that says what ours says -> KNOWN (a stale copy of a
      line whose later version we already reconciled with: a replay must not bring back what it undid);
    - theirs is a merge (two parents) that says what one of our ancestors said (and not the other way
      round), and merged nothing we have not got -> KNOWN (a settlement we have moved on from; one that settled
      a version we never built on is a decision made beside ours: taken as stale, our later versions never
      descended from it and the teammate who made it kept a conflict no import closed — stop 55);
    - a branch we have seen before -> KNOWN (a replay files no second conflict); else DIVERGED."""
    if theirs == ours or theirs in ancestors(ours, our_graph):
        return Relation.KNOWN
    combined: dict[str, list[str]] = {k: list(v) for k, v in our_graph.items()}
    for k, v in their_graph.items():
        combined.setdefault(k, []).extend(p for p in v if p not in combined[k])
    their_line = ancestors(theirs, combined)
    if ours in their_line:
        return Relation.DESCENDANT
    hashes = hashes or {}
    ours_says, theirs_says = hashes.get(ours), hashes.get(theirs)
    our_line = ancestors(ours, our_graph)
    ours_before = [r for r in their_line - {theirs} if ours_says and hashes.get(r) == ours_says]
    theirs_before = [r for r in our_line - {ours} if theirs_says and hashes.get(r) == theirs_says]
    bases = common_bases(ours, theirs, combined) if any(r in our_line for r in ours_before) or any(
        r in their_line for r in theirs_before) else set()
    ours_in_theirs = any(_restated(r, our_line, their_line, combined, bases, hashes) for r in ours_before)
    theirs_in_ours = any(_restated(r, their_line, our_line, combined, bases, hashes) for r in theirs_before)
    if ours_says and theirs in our_graph and any(
            theirs in ancestors(r, our_graph) - {r} and (r == ours or hashes.get(r) == ours_says)
            for r in our_graph):
        return Relation.KNOWN  # a later version of theirs reached us before and says what we hold: theirs is stale
    if ours_in_theirs and not theirs_in_ours:  # each having said the other's is no order: that is DIVERGED
        return Relation.DESCENDANT
    if theirs_in_ours and not ours_in_theirs and len(combined.get(theirs, ())) > 1 \
            and their_line - {theirs} <= our_line:
        return Relation.KNOWN
    if theirs in our_graph:
        return Relation.KNOWN
    return Relation.DIVERGED


def _restated(earlier: str, line: set[str], other_line: set[str], graph: Mapping[str, Iterable[str]],
              bases: set[str], hashes: Mapping[str, str]) -> bool:
    """Whether a version saying what `earlier` (on the other side's line) said is `earlier` over again, so that
    the other side's later versions were built on exactly what it holds: the same words reached on its own, or
    `earlier` is where the two lines last met (every latest version both descend from says the same). Not when it
    returned to those words after the lines met later (an undo, a status put back, a note restored, a conflict
    settled one way), nor when the other side merged anything after `earlier` (its settlement may have chosen
    against those words): taken for `earlier`, a teammate's later edit was taken over such a return or choice,
    which was silently lost (an outside tester, stop 53). `line`, `other_line`: each version and its ancestors;
    `graph`: both sides' histories; `bases`: `common_bases` of the two."""
    if any(len(list(graph.get(v, ()))) > 1 for v in other_line - ancestors(earlier, graph)):
        return False
    if earlier not in line:
        return True
    says = hashes.get(earlier)
    return earlier in bases and all(hashes.get(b) == says for b in bases)


def common_bases(ours: str, theirs: str, graph: Mapping[str, Iterable[str]]) -> set[str]:
    """The latest versions both `ours` and `theirs` descend from (`graph`: rev -> parents of both sides'
    histories): those common ancestors no other common ancestor was made on top of."""
    common = ancestors(ours, graph) & ancestors(theirs, graph)
    older: set[str] = set()
    stack = [p for rev in common for p in graph.get(rev, ())]
    while stack:
        rev = stack.pop()
        if rev not in older:
            older.add(rev)
            stack.extend(graph.get(rev, ()))
    return common - older


def ancestry_relation(ours: str, theirs: str, our_graph: Mapping[str, Iterable[str]],
                      their_graph: Mapping[str, Iterable[str]]) -> Relation:
    """`relation` by ancestry alone, never by what versions say: for a document's properties, whose
    concurrent versions merge property by property by which edit gave each value. There a version that
    says what an older one said (a title set back to the original) is an edit made after the older one,
    not the older one again: content-equality would skip it in one library (KNOWN) and take the other
    side's earlier change over it in another (DESCENDANT)."""
    if theirs == ours or theirs in ancestors(ours, our_graph):
        return Relation.KNOWN
    combined: dict[str, list[str]] = {k: list(v) for k, v in our_graph.items()}
    for k, v in their_graph.items():
        combined.setdefault(k, []).extend(p for p in v if p not in combined[k])
    return Relation.DESCENDANT if ours in ancestors(theirs, combined) else Relation.DIVERGED


def same_content(ours: str, theirs: str, hashes: Mapping[str, str]) -> bool:
    return bool(hashes.get(ours)) and hashes.get(ours) == hashes.get(theirs)
