"""A library's side of exchanging bundles: exporting with revision ancestry, importing (planned and
applied in one write transaction, see `annotations.merge`), and settling conflicts. Mixed into `Library`,
whose store, folder and index catch-up it uses.
"""
from __future__ import annotations

import hashlib

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from annotations import codec, withdrawn_settlements
from annotations.atomic import write_bytes_atomic
from annotations.bundle import Bundle, write_bundle
from annotations.changes import Changes
from annotations.doc_properties import PROPERTY_NAMES
from annotations.errors import BundleError, DossierError, NotFoundError, StaleConflictError
from annotations.ids import new_id, now_iso
from annotations.merge import add_to_codebook, apply_plan, plan_merge
from annotations.merge_documents import document_conflicts
from annotations.merge_entities import references, revived
from annotations.merge_fields import FIELD_NAMES, merge_base, merge_versions
from annotations.merge_plan import AreasFor, MergePlan
from annotations.merge_properties import PropertyConflict
from annotations.merge_v1 import plan_merge as plan_merge_v1
from annotations.model import Annotation, DocumentRecord, Entity
from annotations.revisions import FORGOTTEN, ancestors, depth, make_rev, short_hash
from annotations.store import Store
from annotations.store_transaction import head_of


@dataclass(frozen=True)
class Conflict:
    """An open merge conflict: both versions of one annotation and who sent theirs; `keep` and `take` are
    what "Keep mine" and "Take theirs" write — both sides' changes merged field by field, ours or theirs
    only on the `contested` fields (in words: "note", "status"…) — and `merged` whether that was possible
    (the version both were made on is known here); else they are the two whole versions."""

    id: str
    ours: Annotation
    theirs: Annotation
    source: str
    keep: Annotation | None = None
    take: Annotation | None = None
    contested: tuple[str, ...] = ()
    merged: bool = False

    @property
    def kept(self) -> Annotation:
        return self.keep if self.keep is not None else self.ours

    @property
    def taken(self) -> Annotation:
        return self.take if self.take is not None else self.theirs


ANCESTRY_SENT = 1_000
"""At most this many of a record's newest versions travel (CouchDB's `revs_limit`): a note autosaved
thousands of times still makes an importable bundle. A receiver whose version is older than that sees a
conflict rather than a fast-forward — never a silent overwrite."""


def _ancestry(rev: str, graph: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """The part of a record's revision graph that `rev` descends from (what a bundle sends), newest first
    up to `ANCESTRY_SENT` versions."""
    chosen = sorted((r for r in ancestors(rev, graph) if depth(r) > 0),  # never a marker such as FORGOTTEN
                    key=lambda r: (-depth(r), r))[:ANCESTRY_SENT]
    return {r: list(graph.get(r, [])) for r in sorted(chosen)}  # full parent lists: ids stay checkable


class BundleExchange:
    """Bundles in and out of one library (the `Library` methods about exchange)."""

    folder: Path
    store: Store

    if TYPE_CHECKING:
        def _done(self, changes: Changes) -> Changes: ...

        def stored_path(self, doc: DocumentRecord) -> Path | None: ...

    def export_bundle(self, document_ids: list[str], creator: str, answer_key: bool = False,
                      with_documents: bool = False, only: set[str] | None = None, hide_notes: bool = False) -> bytes:
        """A .dossier bundle of these documents' annotations (tombstones included, so deletions travel),
        their entities and the codebook, each record with its revision and ancestry. Notes hidden
        (`hide_notes`, or hidden from us) travel as "withheld", never as an empty note."""
        docs: list[DocumentRecord] = []
        annotations: list[Annotation] = []
        entity_ids: set[str] = set()
        files: dict[str, tuple[str, bytes]] = {}
        for doc_id in document_ids:
            doc = self.store.document(doc_id)  # its text: sent, or its hash only (`bundle.text_hash`)
            if doc is None or doc.deleted:
                continue
            docs.append(replace(doc, rev=head_of(doc)))
            for a in self.store.annotations(doc_id, include_deleted=True):
                if a.rev == FORGOTTEN or (only is not None and a.id not in only):
                    continue
                annotations.append(replace(a, rev=head_of(a)))
                entity_ids.update(i for i in (a.entity_id, a.claim.speaker_id if a.claim else None) if i)
            path = self.stored_path(doc)
            if with_documents and path is not None and path.exists() and not doc.provisional:
                data = path.read_bytes()
                if hashlib.sha256(data).hexdigest() == doc.id:  # (a copy replaced on disk is not this document:
                    files[doc.id] = (path.suffix, data)  # the teammate's import refused the whole bundle for it)
        entities = [replace(e, rev=head_of(e)) for e in self.store.entities_by_ids(sorted(entity_ids)).values()
                    if e.rev != FORGOTTEN]
        merged_away = {e.id: e for live in entities for alias in live.names() for e in self.store.find_entities_any(alias)
                       if e.deleted and e.type == live.type and e.id not in entity_ids and e.rev != FORGOTTEN}
        # (by a live entity's name too: a merged name taken off the aliases and marked again as a new entity left
        # the tombstone behind, and two libraries moved the new mention between the two ids on every exchange)
        entities += [replace(e, rev=head_of(e)) for e in merged_away.values()]  # merges travel as tombstones
        records: list[Annotation | Entity | DocumentRecord] = [*annotations, *entities, *docs]
        known = self.store.revision_graphs([r.id for r in records])
        stored = self.store.revision_content([r.id for r in records])  # one read for the short and full hashes
        said = {rid: {rev: c[:16] for rev, c in revs.items()} for rid, revs in stored.items()}
        graphs = {r.id: _ancestry(r.rev, known.get(r.id, {})) for r in records}
        hashes = {r.id: {rev: said.get(r.id, {}).get(rev) or short_hash(codec.record_to_dict(r))
                         for rev in graphs[r.id] if rev in said.get(r.id, {}) or rev == r.rev} for r in records}
        data = write_bundle(annotations, entities, docs, self.store.codebook(), creator, answer_key=answer_key,
                            hide_notes=hide_notes, files=files, with_text=with_documents, graphs=graphs, hashes=hashes,
                            withheld=self.store.withheld([a.id for a in annotations]),
                            blind=self.store.blind_notes([a.id for a in annotations]),
                            taken=self.store.taken_on_trust([a.id for a in annotations]),
                            versions=self.store.document_versions([d.id for d in docs]),
                            contents={rid: {rev: c for rev, c in revs.items() if len(c) == 64}
                                      for rid, revs in stored.items()})
        return data

    def plan_import(self, bundle: Bundle, parsed: Mapping[str, DocumentRecord] | None = None,
                    areas_for: AreasFor | None = None) -> MergePlan:
        """What importing would change (the preview); nothing is written."""
        return plan_merge(self.store, bundle, parsed, areas_for)

    def import_bundle(self, bundle: Bundle, allow_orphans: bool = True, dry_run: bool = False,
                      parsed: Mapping[str, DocumentRecord] | None = None, areas_for: AreasFor | None = None
                      ) -> tuple[dict[str, int], Changes]:
        """Merge a validated bundle: planned and applied inside one write transaction, so an edit made
        meanwhile (another window, process) is seen by the plan — kept, or listed as a conflict. Annotations
        on documents nobody has are kept as orphans and placed when the document is added (refused instead
        with `allow_orphans=False`). `changes.report["missing_documents"]` names the files to add;
        `changes.report["property_conflicts"]` the document properties both sides changed (counted as
        `property_conflicts`): the value kept, the one that lost and whose it was, so it can be put back."""
        _ids_of_their_kind(self.store, bundle)
        if bundle.format_version < 2:
            return self._import_v1(bundle, allow_orphans, dry_run)
        if dry_run:
            plan = self.plan_import(bundle, parsed, areas_for)
            lost = _conflict_report(self.store, bundle, plan)
            return {**plan.counts, **_lost_count(lost), "pending_documents": len(plan.missing_documents)}, Changes(
                generation=self.store.generation,
                report={"missing_documents": plan.missing_documents, "property_conflicts": lost})
        written: dict[str, Path] = {}
        for doc_id, blob in bundle.files.items():
            real = (parsed or {}).get(doc_id)
            if real is not None:  # bytes checked against the id; named by format, never by a sender's path
                target = self.folder / "files" / f"{doc_id}.{real.format}"
                if not target.exists():
                    write_bytes_atomic(target, blob)
                    written[doc_id] = target
        label = f"Import bundle from {bundle.creator or 'someone'}"
        import_id = new_id()
        try:
            with self.store.transaction(label) as tx:
                tx.import_id = import_id
                plan = plan_merge(self.store, bundle, parsed, areas_for)
                lost = _conflict_report(self.store, bundle, plan)
                if plan.missing_documents and not allow_orphans:
                    raise BundleError(f"{plan.counts['orphans']} annotation(s) point at documents that are neither "
                                      "in the bundle nor in this library. Add the documents first. Nothing was changed.")
                if not plan.is_empty():
                    apply_plan(tx, self.store, plan, bundle.creator, import_id)
                    tx.record_import(import_id, bundle.creator, bundle.created, plan.counts, plan.taken())
        except BaseException:
            self._unreferenced_removed(written)  # a refused merge leaves no file behind either
            raise
        changes = replace(tx.changes(label), report={"missing_documents": plan.missing_documents,
                                                     "property_conflicts": lost})
        if plan.new_types or plan.new_tags:
            changes = replace(changes, codebook=True)
        return {**plan.counts, **_lost_count(lost), "pending_documents": len(plan.missing_documents)}, self._done(changes)

    def _unreferenced_removed(self, written: Mapping[str, Path]) -> None:
        """The files an import wrote before its merge was refused, unless a document refers to one by now (another
        import may have committed it meanwhile): a refused bundle had left its files, up to 2 GB that nothing
        refers to, in the library folder (an outside tester, stop 53)."""
        for doc_id, path in written.items():
            held = self.store.document(doc_id, with_text=False)
            if held is None or not held.stored_file:
                path.unlink(missing_ok=True)

    def _import_v1(self, bundle: Bundle, allow_orphans: bool, dry_run: bool) -> tuple[dict[str, int], Changes]:
        """A version-1 bundle (no revisions): the old base-hash rules, still in one transaction."""
        plan = plan_merge_v1(self.store, bundle)
        counts = plan.counts()
        if dry_run or plan.is_empty():
            return counts, Changes(generation=self.store.generation)
        label = f"Import bundle from {bundle.creator or 'someone'}"
        with self.store.transaction(label) as tx:
            tx.import_id = import_id = new_id()
            plan = plan_merge_v1(self.store, bundle)
            add_to_codebook(tx, self.store, plan.new_types, plan.new_tags)  # (counted, and never written: stop 58)
            for entity in plan.new_entities + plan.updated_entities:
                tx.put(entity, import_id=import_id)
            for doc in plan.new_documents:
                tx.put(replace(doc, stored_file="", provisional=True), import_id=import_id)
            taken = plan.new + plan.updated + plan.deleted + (plan.orphans if allow_orphans else [])
            for a in taken:
                tx.put(a, import_id=import_id)
            for local, incoming in plan.conflicts:
                tx.add_conflict(local.id, codec.annotation_to_dict(incoming), bundle.creator, import_id)
            tx.set_exchange(plan.bases)
            tx.record_import(import_id, bundle.creator, bundle.created, counts, [a.id for a in taken])
        return counts, self._done(tx.changes(label))

    def damaged_files(self, document_ids: list[str]) -> list[DocumentRecord]:
        """The documents among these whose stored copy in the library's `files/` is missing or is not the file
        they were added from (deleted or replaced by hand, a sync tool): a bundle goes without it, an annotated
        PDF cannot be drawn on it. Adding the original file again restores it."""
        out = []
        for doc_id in document_ids:
            doc = self.store.document(doc_id, with_text=False)
            path = self.stored_path(doc) if doc is not None and not doc.deleted and not doc.provisional else None
            if doc is None or path is None:
                continue
            try:
                with path.open("rb") as stream:
                    same = hashlib.file_digest(stream, "sha256").hexdigest() == doc.id
            except OSError:
                same = False
            if not same:
                out.append(doc)
        return out

    def conflicts(self) -> list[Conflict]:
        """Open merge conflicts: our version and theirs, side by side, with what each choice would write."""
        out = []
        for conflict_id, annotation_id, incoming, source in self.store.conflicts():
            ours = self.store.annotation(annotation_id)
            if ours is not None:
                out.append(settlements(self.store, conflict_id, ours, codec.annotation_from_dict(incoming), source))
        return out

    def conflicted(self) -> dict[str, list[str]]:
        """Annotations with open conflicts -> who sent the other versions (cheap: the cards and tables mark them)."""
        out: dict[str, list[str]] = {}
        for _, annotation_id, _, source in self.store.conflicts():
            out.setdefault(annotation_id, []).append(source)
        return out

    def resolve_conflict(self, conflict_id: str, take_theirs: bool, expected_rev: str | None = None) -> Changes:
        """Settle a merge conflict: keep ours or take theirs on the fields both sides changed — every field only
        one side changed keeps that side's change either way (`merge_fields`) — as a merge version with both as
        parents: the other side takes it as new and its conflict is settled; their later edits still
        fast-forward (or merge) here. `expected_rev`: the version of ours the person was shown; if ours has
        changed since (another window, the command line), nothing is written (`StaleConflictError`)."""
        found = next((c for c in self.store.conflicts() if c[0] == conflict_id), None)
        if found is None:
            raise NotFoundError("That conflict was already resolved.")
        _, annotation_id, incoming, source = found
        label = "Take their version" if take_theirs else "Keep my version"
        with self.store.transaction(label) as tx:
            ours = tx.get("annotations", annotation_id)
            if not isinstance(ours, Annotation):
                raise NotFoundError(f"No annotation {annotation_id}.")
            if expected_rev is not None and head_of(ours) != expected_rev:
                raise StaleConflictError(
                    "Your version of this annotation changed since it was shown (edited in another window or "
                    "process); nothing was changed. Look at it again before you choose.")
            theirs = codec.annotation_from_dict(incoming)
            choice = settlements(self.store, conflict_id, ours, theirs, source)
            record = replace(choice.taken if take_theirs else choice.kept,
                             revision=max(ours.revision, theirs.revision) + 1, modified=now_iso())
            parents = [head_of(ours), *([theirs.rev] if theirs.rev else [])]
            undone = withdrawn_settlements.settled_again(self.store.withdrawn_settlements().get(annotation_id, set()),
                                                         head_of(ours), theirs.rev, self.store.revision_graphs(
                                                             [ours.id]).get(ours.id, {}))
            parents += sorted(undone - set(parents))  # (settled anew: a teammate's copy of the one undone is older)
            tx.put(record, rev=make_rev(parents, codec.annotation_to_dict(record)), parents=parents)
            for entity_id in sorted(references(record)) if not record.deleted else ():
                entity = tx.get("entities", entity_id)  # (their claim, taken back after we undid it and the
                if isinstance(entity, Entity) and entity.deleted:  # speaker it made: the speaker comes back too)
                    tx.put(revived(entity))
            tx.resolve_conflict(conflict_id)
        return self._done(tx.changes(label))


def _ids_of_their_kind(store: Store, bundle: Bundle) -> None:
    """Refuse a bundle whose record takes the id of a record of another kind in this library (an annotation with an
    entity's id): the two histories would mix under one id, and every bundle written afterwards be refused."""
    kinds = {a.id: "annotations" for a in bundle.annotations} | {e.id: "entities" for e in bundle.entities} \
        | {d.id: "documents" for d in bundle.documents}
    for record_id, table in store.kinds_of(list(kinds)).items():
        if table != kinds[record_id]:
            raise BundleError(f"The bundle's {_KIND[kinds[record_id]]} {record_id[:13]}… has the id of this library's "
                              f"{_KIND[table]} {record_id[:13]}…; the bundle was refused, nothing was changed.")


_KIND = {"annotations": "annotation", "entities": "entity", "documents": "document", "rejections": "rejected suggestion"}


def settlements(store: Store, conflict_id: str, ours: Annotation, theirs: Annotation, source: str) -> Conflict:
    """A conflict with what "Keep mine" and "Take theirs" write: merged field by field against the version both
    were made on where this library knows it, else the two whole versions."""
    ours_rev = head_of(ours)
    graph = store.revision_graphs([ours.id]).get(ours.id, {})
    graph = withdrawn_settlements.pruned(graph, withdrawn_settlements.still_withdrawn(
        store.withdrawn_settlements().get(ours.id, set()), ours_rev, graph))  # (made on a settlement we undid: whole)
    if theirs.rev and theirs.rev in graph and ours_rev in graph:
        if theirs.rev in ancestors(ours_rev, graph):  # a settlement undone: ours is written again on top of it, so
            graph = {rev: [p for p in parents if p != theirs.rev]  # it descends from theirs; the base is the one
                     for rev, parents in graph.items()}  # ours had before, reached without passing through theirs
            # (else every field read as changed by us since theirs, and "Take theirs" again wrote nothing of theirs)
        base = merge_base(ours_rev, theirs.rev, graph, lambda revs: store.record_versions(ours.id, revs))
        if base is not None:
            merged = merge_versions(base, codec.annotation_to_dict(ours), codec.annotation_to_dict(theirs))
            try:
                keep = codec.annotation_from_dict({**merged.mine, "rev": ours.rev})
                take = codec.annotation_from_dict({**merged.theirs, "rev": theirs.rev})
            except (DossierError, ValueError, KeyError, TypeError):
                pass
            else:
                return Conflict(conflict_id, ours, theirs, source, keep, take, _words(merged.contested),
                                merged.contested != ("deleted",))  # (a deletion against an edit: whole versions)
    if ours.deleted or theirs.deleted or ours.tags == theirs.tags:
        return Conflict(conflict_id, ours, theirs, source, contested=_words(_differing(ours, theirs)))
    tags = tuple(sorted({*ours.tags, *theirs.tags}, key=lambda t: (t.casefold(), t)))  # whole versions, but every tag
    # of either, in one order whichever side settles (two settling at once then write one version): "Keep mine"
    differing = tuple(f for f in _differing(ours, theirs) if f != "tags")  # dropped a tag the other side added
    return Conflict(conflict_id, ours, theirs, source, replace(ours, tags=tags), replace(theirs, tags=tags),  # (no one
                    _words(differing))  # removed it; a tester on the fixes, stop 58)


def _words(fields: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(FIELD_NAMES.get(f, f) for f in fields))


def _differing(ours: Annotation, theirs: Annotation) -> tuple[str, ...]:
    """The fields in which two whole versions differ (merge keys, as `merge_versions` names them)."""
    if ours.deleted != theirs.deleted:
        return ("deleted",)
    a, b = codec.annotation_to_dict(ours), codec.annotation_to_dict(theirs)
    out: list[str] = []
    if any(a.get(k) != b.get(k) for k in ("document_id", "target", "anchor")):
        out.append("place")
    if a.get("kind") != b.get("kind"):
        out.append("type")
    else:
        out += [k for k in ("label", "entity_id") if a.get(k) != b.get(k)]
        claim_a, claim_b = a.get("claim") or {}, b.get("claim") or {}
        out += [f"claim.{k}" for k in sorted(set(claim_a) | set(claim_b)) if claim_a.get(k) != claim_b.get(k)]
    out += [k for k in ("tags", "note") if a.get(k) != b.get(k)]
    return tuple(out)


def _conflict_report(store: Store, bundle: Bundle, plan: MergePlan) -> list[dict[str, str]]:
    """The document properties the import settled between two edits, in words and as data: the losing
    value is shown, never silently dropped (its version also stays in the document's property history). The
    value is said to come from the sender's bundle, not to be the sender's edit, and ours to be the one we had, not
    our edit: a bundle passes on what it got from a third teammate, and a version does not say who made it ("yours
    was" named a value a teammate had set; an outside tester, stop 53)."""
    titles = {d.id: d.title for d in bundle.documents}
    return [_conflict_line(c, titles.get(c.document_id, ""), bundle.creator or "the sender")
            for c in document_conflicts(store, bundle, plan)]


def _conflict_line(c: PropertyConflict, title: str, sender: str) -> dict[str, str]:
    label = PROPERTY_NAMES.get(c.key, c.key)
    kept, lost = _said(c.kept), _said(c.lost)
    if c.lost_side == "ours":
        message = f"{label}: kept “{kept}” (the later edit, from {sender}'s bundle); the one you had was “{lost}”"
    else:
        message = f"{label}: kept the one you had, “{kept}” (the later edit); the one in {sender}'s bundle was “{lost}”"
    return {"document_id": c.document_id, "document": title, "property": c.key, "kept": kept, "kept_at": c.kept_at,
            "lost": lost, "lost_at": c.lost_at, "lost_side": c.lost_side, "lost_rev": c.lost_rev,
            "message": message}


def _said(value: object) -> str:
    """A property's value as a person reads it (authors joined by '; ')."""
    return "; ".join(str(v) for v in value) if isinstance(value, (tuple, list)) else str(value or "")


def _lost_count(lost: list[dict[str, str]]) -> dict[str, int]:
    return {"property_conflicts": len(lost)} if lost else {}
