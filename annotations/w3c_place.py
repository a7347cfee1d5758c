"""Placing imported W3C/Hypothesis annotations (`annotations.w3c_import.Incoming`) on library documents,
as a bundle the library merges like any other (dry-run preview, one transaction, importing twice
changes nothing).

The document: the one whose hash the target names (`urn:sha256:…`, `dossier:sha256`), else the one whose
source URL is the target's (fragment and trailing slash ignored), else the document holding the most
of that source's quotes. On it each annotation is anchored by its TextQuote selector (prefix/suffix
decide between occurrences, the TextPosition is the hint; fuzzy when the text changed), else by its
TextPosition alone. Annotations whose document is not in the library are kept as orphans (placed when
it is added, when their hash is known; those named only by an address are said apart, `Placement.addresses`); a
page note of a missing document has no quote to keep it by and is counted as skipped, as is one with no quote and
no position inside the document (a file from a tool that marks only Range, XPath or CSS selectors):
`skipped_unplaceable`, which the import report says in words. Hypothesis replies join their parent's note; page
notes sit on the document's first word with the tag `page-note`.
"""
from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from dataclasses import dataclass, field, replace

from annotations import codec
from annotations.anchoring import make_target, reanchor
from annotations.bundle import Bundle
from annotations.codebook import Codebook
from annotations.errors import DossierError
from annotations.ids import now_iso
from annotations.model import (
    CREDIBILITY_GRADES, RELIABILITY_GRADES, AnchorState, Annotation, ClaimFields, DocumentRecord, Entity, Kind,
    Target,
)
from annotations.revisions import FORGOTTEN, make_rev
from annotations.store import Store
from annotations.w3c_import import Incoming, claim_status

_NAMESPACE = uuid.UUID("3b0c9a1e-55a4-4c47-8d0b-5f6e2a7c9d41")


@dataclass
class Placement:
    bundle: Bundle
    counts: Counter[str] = field(default_factory=Counter)
    titles: dict[str, str] = field(default_factory=dict)
    """Document id of orphaned annotations -> the title their targets carry (dossier:title, Hypothesis's
    document title, else the page URL), to name the document the user should add."""
    addresses: dict[str, str] = field(default_factory=dict)
    """The stand-in document id of orphans whose page is named only by its address (no file hash: adding the page
    does not place them) -> that address."""


def _uuid(value: str) -> str | None:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def stable_id(*parts: str) -> str:
    """A UUID derived from `parts`: the same foreign annotation or entity always gets the same id."""
    return str(uuid.uuid5(_NAMESPACE, hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()))


def _url_key(url: str) -> str:
    return url.split("#", 1)[0].rstrip("/").lower()


class _Documents:
    """The library's live documents, their texts fetched only when needed (one in the trash only by its hash)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.records = {d.id: d for d in store.documents()}
        self.by_url: dict[str, str] = {}
        for d in self.records.values():
            if d.source_url:
                self.by_url.setdefault(_url_key(d.source_url), d.id)
        self._texts: dict[str, DocumentRecord] = {}

    def full(self, doc_id: str) -> DocumentRecord | None:
        if doc_id not in self._texts:
            found = self.store.document(doc_id) if doc_id in self.records else None
            if found is None:
                return None
            self._texts[doc_id] = found
        return self._texts[doc_id]

    def find(self, sha256: str, source: str, quotes: list[tuple[str, str, str]]) -> DocumentRecord | None:
        """The document a group of annotations (one source) belongs to: by hash, by URL, else the one
        holding at least half of their quotes with their context (prefix or suffix) where they have one."""
        for named in (sha256, source[11:] if source.startswith("urn:sha256:") else ""):
            if named in self.records:
                return self.full(named)
            trashed = self.store.document(named) if named else None  # the file the hash names, in our trash: its
            if trashed is not None and trashed.rev != FORGOTTEN:  # annotations were placed on it as orphans, said
                return trashed  # as "reanchored" ("placed again on a changed text"; stop 62)
        by_url = self.by_url.get(_url_key(source)) if source else None
        if by_url:
            return self.full(by_url)
        if not quotes:
            return None
        scores = Counter[str]()
        for doc_id in self.records:
            doc = self.full(doc_id)
            if doc is not None:
                scores[doc_id] = sum(1 for quote in quotes if _holds(doc.text, *quote))
        best = scores.most_common(1)
        return self.full(best[0][0]) if best and best[0][1] * 2 >= len(quotes) and best[0][1] > 0 else None


def _holds(text: str, prefix: str, exact: str, suffix: str) -> bool:
    """Whether `text` has the quote, with a bit of its context when the selector gives one (a common
    phrase alone does not make a document the right one)."""
    if prefix.strip() and (prefix[-12:] + exact) in text:
        return True
    if suffix.strip() and (exact + suffix[:12]) in text:
        return True
    return not prefix.strip() and not suffix.strip() and exact in text


def place(store: Store, incoming: list[Incoming], origin: str) -> Placement:
    """The bundle for `incoming` (read from `origin`, a file name) and what happened to each."""
    out = Placement(Bundle(creator=origin, created=now_iso(), answer_key=False, annotations=[], entities=[],
                           documents=[]))
    roots = _join_replies(incoming, out.counts)
    documents = _Documents(store)
    codebook = store.codebook()
    groups: dict[tuple[str, str], list[Incoming]] = {}
    for a in roots:
        groups.setdefault((a.sha256, a.source), []).append(a)
    entities: dict[str, Entity] = {}
    for (sha256, source), group in groups.items():
        doc = documents.find(sha256, source, [(a.prefix, a.exact, a.suffix) for a in group if a.exact])
        for item in group:
            try:
                built = _build(item, doc, codebook, entities, origin)
            except DossierError:
                built = None
            else:
                if built is None:  # no quote, no position in a document: said why ("1 skipped" said nothing)
                    out.counts["skipped_unplaceable"] += 1
            if built is None:
                out.counts["skipped"] += 1
                continue
            out.counts[f"anchored_{built.anchor.value}"] += 1
            out.bundle.annotations.append(built)
            if doc is None and not out.titles.get(built.document_id):
                out.titles[built.document_id] = item.title or (item.source if "://" in item.source else "")
            if doc is None and not item.sha256:
                out.addresses[built.document_id] = item.source
    held = store.entities_by_ids(list(entities))  # ours already: the file names them, it does not edit them (a
    made = min((a.created for a in out.bundle.annotations if a.created), default="") or now_iso()  # re-import of
    out.bundle.entities.extend(replace(e, created=made, modified=made)  # our own export made each a version with
                               for e in entities.values() if e.id not in held)  # no date; stop 58)
    return out


def _join_replies(incoming: list[Incoming], counts: Counter[str]) -> list[Incoming]:
    """Replies appended to the note of the annotation they answer (the thread's root)."""
    by_id = {a.id: a for a in incoming if a.id}
    roots = []
    for a in incoming:
        if not a.references:
            roots.append(a)
            continue
        parent = next((by_id[r] for r in a.references if r in by_id and not by_id[r].references), None)
        if parent is None:
            counts["replies_without_parent"] += 1
            continue
        when = a.created[:10]
        parent.note = (parent.note + f"\n\n— {a.creator or 'someone'}{', ' + when if when else ''}: {a.note}").strip()
        if parent.kind is Kind.HIGHLIGHT:
            parent.kind = Kind.NOTE
        counts["replies_joined"] += 1
    return roots


def _target(a: Incoming, doc: DocumentRecord | None) -> tuple[Target, AnchorState, str] | None:
    """Where `a` goes: its target, anchor state and document id (a placeholder id for an orphan)."""
    if doc is not None:
        text = doc.text
        if a.exact:
            hint = a.start if a.start is not None else 0
            placed = reanchor(Target(hint, hint + len(a.exact), a.exact, a.prefix, a.suffix), text)
            if placed.state is AnchorState.MOVED and a.start is None:  # no position was claimed: found is exact
                return placed.target, AnchorState.EXACT, doc.id
            if placed.state is not AnchorState.ORPHANED:
                return placed.target, placed.state, doc.id
        elif a.start is not None and a.end is not None and a.start < a.end <= len(text):
            return make_target(text, a.start, a.end), AnchorState.EXACT, doc.id
        elif a.page_note and text.strip():
            first = text.split(maxsplit=1)[0]
            start = text.index(first)
            return make_target(text, start, start + len(first)), AnchorState.EXACT, doc.id
    if not a.exact:
        return None
    start = a.start if a.start is not None else 0
    doc_id = a.sha256 or (doc.id if doc else "") or hashlib.sha256(("source:" + a.source).encode()).hexdigest()
    return Target(start, start + len(a.exact), a.exact, a.prefix, a.suffix), AnchorState.ORPHANED, doc_id


def _build(a: Incoming, doc: DocumentRecord | None, codebook: Codebook, entities: dict[str, Entity],
           origin: str) -> Annotation | None:
    where = _target(a, doc)
    if where is None:
        return None
    target, state, doc_id = where
    annotation_id = _uuid(a.id) or stable_id("annotation", a.id or f"{a.source}|{a.exact}|{a.start}|{a.created}|{a.note}")
    tags = tuple(dict.fromkeys(t.strip() for t in a.tags + (["page-note"] if a.page_note else []) if t.strip()))
    label: str | None = a.label or None
    entity_id = None
    claim = None
    if a.kind is Kind.ENTITY:
        label = _entity_type(codebook, a.label)
        name = " ".join((a.entity_name or target.exact).split())
        entity = Entity(id=_uuid(a.entity_id) or stable_id("entity", name, label), name=name, type=label)
        entities.setdefault(entity.id, entity)
        entity_id = entity.id
    elif a.kind is Kind.CLAIM:
        speaker_id = None
        if a.speaker_name.strip():
            name = " ".join(a.speaker_name.split())
            speaker = Entity(id=_uuid(a.speaker_id) or stable_id("entity", name, "PERSON"), name=name, type="PERSON")
            speaker_id = entities.setdefault(speaker.id, speaker).id
        claim = ClaimFields(speaker_id=speaker_id, claim_type=a.claim_type or None, status=claim_status(a.status),
                            reliability=a.reliability if a.reliability in RELIABILITY_GRADES else None,
                            credibility=a.credibility if a.credibility in CREDIBILITY_GRADES else None)
        label = a.claim_type or None
    created = a.created or a.modified
    built = Annotation(id=annotation_id, document_id=doc_id, kind=a.kind, target=target, label=label, note=a.note,
                       tags=tags, creator=a.creator, created=created, modified=a.modified or created,
                       revision=a.revision, entity_id=entity_id, claim=claim, anchor=state)
    return replace(built, rev=a.rev or make_rev([], codec.annotation_to_dict(built)))


def _entity_type(codebook: Codebook, label: str) -> str:
    for et in codebook.entity_types:
        if et.label.lower() == label.lower():
            return et.label
    fallback = next((et.label for et in codebook.entity_types if et.label == "MISC"), None)
    return fallback or codebook.entity_types[0].label
