"""What a bundle says about versions, checked: each record's ancestry (a revision's number is one more
than its parents'), each record against its own revision id (the hash of its parents and of what it says),
withheld notes against the version this library holds, and the earlier document versions a line carries
(kept only where they say what their hash says). Any lie is a `BundleError`: the bundle was altered."""
from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from annotations import codec
from annotations.errors import BundleError, DossierError
from annotations.model import Annotation, DocumentRecord, Entity
from annotations.revisions import (DOCUMENT_CONTENT, DOCUMENT_CONTENT_IF_SET, ancestors, content_hash, depth,
                                   document_says, made_on, make_rev, sealed_content, short_hash)

if TYPE_CHECKING:
    from annotations.bundle import Bundle


def said_versions(record: dict[str, Any], hashes: dict[str, dict[str, str]]) -> dict[str, dict[str, Any]]:
    """The earlier versions' properties a document line carries, each kept only if it says what its
    version's hash says (a made-up base could steer a merge)."""
    out: dict[str, dict[str, Any]] = {}
    said = hashes.get(str(record["id"]), {})
    for rev, props in (record.get("rev_says") or {}).items():
        clean = {k: v for k, v in props.items() if k in (*DOCUMENT_CONTENT, *DOCUMENT_CONTENT_IF_SET)
                 and (isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v)))}
        if said.get(rev) and short_hash({**clean, "text": ""}) == said[rev]:
            stamp = props.get("modified")  # the sender's word, as its records' `modified` is
            out[str(rev)] = document_says({**clean, "modified": stamp if isinstance(stamp, str) else None})
    return out


def collect_ancestry(record: dict[str, Any], graphs: dict[str, dict[str, list[str]]], where: str,
                     hashes: dict[str, dict[str, str]], contents: dict[str, dict[str, str]],
                     checked_only: bool = True) -> None:
    """Collect a v2 record's ancestry; it must contain the record's own rev (else it says nothing). An
    earlier version's parents are believed only where the line carries that version's full content hash
    (`rev_contents`) and the rev is the hash of those parents and that content; one that is not refuses the
    bundle, and parents nobody can check are left out: a made-up edge under a merge deep in the history,
    with consistent numbers, made a teammate's concurrent edit look stale and dropped it. Left out, such a
    version is at worst a conflict to settle, never an edit lost. The record's own rev is checked against
    what the record says (`check_revision`). `checked_only=False` (entities, documents) keeps unchecked
    parents as the sender's word: their merges take a version with no common history for a concurrent one
    and keep ours without a word (a rename reverted, a title conflict unreported), worse than the made-up
    edge, and every history from before format 4 is unchecked. Only versions the record's own descends
    from are kept (one planted beside them made the genuine version arrive as "seen before"), and short
    hashes only where they are checked: a version that claimed to say what a teammate's says was taken
    for it and fast-forwarded over it."""
    rev, revs = record.get("rev"), record.get("revs")
    if not rev:
        return
    graph = {str(k): [str(p) for p in v] for k, v in (revs or {rev: []}).items()}
    if rev not in graph:
        raise BundleError(f"{where}: its revision history does not contain its own revision; the bundle was refused.")
    for child, parents in graph.items():
        if not _depths_agree(child, parents):
            raise BundleError(f"{where}: its revision history makes {child[:12]}… a descendant of versions that "
                              "cannot be its parents (a revision's number is one more than its parents'); the "
                              "bundle was altered; it was refused.")
    full = {str(k): str(v) for k, v in (record.get("rev_contents") or {}).items() if k in graph}
    for child, content in full.items():
        if not made_on(child, graph[child], content):
            raise BundleError(f"{where}: its revision history gives {child[:12]}… parents it was not made on; the "
                              "bundle was altered; it was refused.")
    if checked_only:
        graph = {child: parents for child, parents in graph.items()
                 if child == rev or child in full or (not parents and depth(child) == 1)}
    line = ancestors(rev, graph)
    graph = {child: parents for child, parents in graph.items() if child in line}
    graphs[str(record["id"])] = graph
    if full:
        contents[str(record["id"])] = full
    said = record.get("rev_hashes")
    if said:
        hashes[str(record["id"])] = {str(k): full[k][:16] if k in full else str(v) for k, v in said.items()
                                     if k in graph and (k in full or k == rev or not checked_only)}


def seal_fits(record: dict[str, Any], seal: Any, rev: str, graph: dict[str, list[str]],
              contents: dict[str, str]) -> bool:
    """Whether `record` with the note sealed as `seal` says what version `rev` says (its content hash as
    known, else its rev and parents): a seal is sent only where it checks, so an honest bundle is never refused
    for one — a copy stored otherwise than it came (its quote moved, an entity mapped) goes without."""
    if not isinstance(seal, str) or not seal:
        return False
    try:
        said = sealed_content(codec.annotation_to_dict(codec.annotation_from_dict(record)), seal)
    except (DossierError, KeyError, TypeError, ValueError, IndexError):
        return False
    return contents.get(rev) == said or (rev in graph and made_on(rev, graph[rev], said))


def _depths_agree(child: str, parents: list[str]) -> bool:
    """Whether `child` can have been made on `parents`: a revision id starts with one more than the greatest
    of its parents' numbers (`make_rev`). Only a record's own revision is checked against its content; the
    parents listed for its earlier versions are the sender's word, and a made-up edge there (a teammate's
    concurrent version listed under an old one) made that teammate's later edit look stale and dropped it.
    This keeps such an edge from pointing at any version made later than the one it is listed under."""
    mine = depth(child)
    if mine == 0 or not parents:
        return True
    theirs = [depth(p) for p in parents]
    return all(0 < d < mine for d in theirs) and max(theirs) + 1 == mine


def check_revision(record: Annotation | Entity | DocumentRecord, graphs: dict[str, dict[str, list[str]]],
                   withheld: dict[str, str], covered: dict[str, str], kind: str, unchecked: dict[str, str],
                   contents: dict[str, dict[str, str]], hashes: dict[str, dict[str, str]] | None = None,
                   format_version: int = 4, seals: dict[str, str] | None = None) -> None:
    """A revision id is the hash of its parents and of what the version says: a record whose content is
    not what its rev says (a forgery reusing a genuine id, which would otherwise shadow the real version
    for good) refuses the bundle. A withheld record is checked too: a version made on top of the one whose
    note was withheld says an empty note (or the `note_covered` it was made with); only a rev that is the
    withheld version itself covers a note not sent, and is left to `check_withheld` — unless the seal of
    that note came beside it (`seals`): then it must hash to its rev with that seal, else the bundle was
    altered (a relayer's forgery under the genuine id). A rev that checks has its full content hash added to
    `contents` (the receiver passes the history on checkable)."""
    graph = graphs.get(record.id)
    if not record.rev or graph is None:
        return
    if isinstance(record, Annotation) and record.id in withheld:
        if withheld[record.id] == record.rev:
            if make_rev(graph.get(record.rev, []), codec.record_to_dict(record)) != record.rev:
                unchecked[record.id] = record.rev
                seal = (seals or {}).get(record.id)
                if seal is not None:
                    said = sealed_content(codec.record_to_dict(record), seal)
                    if not made_on(record.rev, graph.get(record.rev, []), said):
                        raise _altered(kind, record.id, record.rev)
                    contents.setdefault(record.id, {})[record.rev] = said
                if format_version >= 4 and graph.get(record.rev) and record.rev not in contents.get(record.id, {}):
                    raise BundleError(f"The annotation {record.id[:13]}… withholds its note without the hash that "
                                      "checks its history: the bundle was altered; it was refused.")
            elif hashes is not None:
                hashes.setdefault(record.id, {})[record.rev] = content_hash(codec.record_to_dict(record))[:16]
            return
        record = replace(record, note=covered.get(record.id, ""))  # (sealed with its salt, if it came with it)
    said = content_hash(codec.record_to_dict(record))
    if make_rev(graph.get(record.rev, []), {}, content=said) != record.rev:
        raise _altered(kind, record.id, record.rev)
    contents.setdefault(record.id, {})[record.rev] = said
    if hashes is not None:
        hashes.setdefault(record.id, {})[record.rev] = said[:16]  # what it says, as checked, not as sent


def _altered(kind: str, record_id: str, rev: str) -> BundleError:
    return BundleError(f"The {kind} {record_id[:13]}… does not say what its revision {rev[:12]}… says: "
                       "the bundle was altered; it was refused.")


def check_withheld(bundle: Bundle, held: Mapping[str, Annotation], notes_unknown: Collection[str]) -> None:
    """A withheld annotation naming the version this library holds with its note (`held`: ours by id;
    `notes_unknown`: ours whose note was withheld from us too) must say what that version says, the note
    aside: re-hashed with our note it must give its rev, else the bundle was altered (BundleError)."""
    for record in bundle.annotations:
        rev, ours = bundle.unchecked.get(record.id), held.get(record.id)
        if rev is None or ours is None or ours.rev != rev or record.id in notes_unknown:
            continue
        parents = bundle.graphs.get(record.id, {}).get(rev, [])
        if make_rev(parents, codec.record_to_dict(replace(record, note=ours.note, note_salt=ours.note_salt))) != rev:
            raise _altered("annotation", record.id, rev)
