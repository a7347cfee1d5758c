"""W3C Web Annotation Data Model form of an annotation (JSON-LD), with a documented Dossier extension.

Targets carry TextPositionSelector + TextQuoteSelector (+ for a PDF, its page as a FragmentSelector `page=N` refined
by the TextQuoteSelector: selectors in a list are alternatives, and the page alone selected all of it; an EPUB
chapter had the PDF fragment syntax) — an
orphan (its quote is not in the current text) only its TextQuoteSelector, since its stored position and
page point at other words; their
`source` is the page's URL when the document has one (so other tools anchor on it), else the document's
hash `urn:sha256:…`, which is also kept in `dossier:sha256`.
Bodies: TextualBody with purpose classifying (entity type / claim type), identifying (the entity),
tagging (each tag), commenting (the note, Markdown). Claims add `dossier:speaker`, `dossier:status`,
`dossier:reliability`, `dossier:credibility` in the extension context below.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from annotations.model import AnchorState, Annotation, DocumentRecord, Entity, Kind

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
DOSSIER_NS = "urn:x-dossier:ns#"
DOSSIER_CONTEXT: dict[str, Any] = {
    "@version": 1.1,
    "dossier": DOSSIER_NS,
    "dossier:speaker": {"@type": "@id"},
    "dossier:entity": {"@type": "@id"},
    "dossier:record": {"@type": "@json"},
}
"""Our extension terms. `dossier:record` (a bundle line's exact record) is a JSON literal, so a JSON-LD
processor keeps it whole instead of dropping its keys; speaker and entity are IRIs."""
MOTIVATION = {Kind.ENTITY: "identifying", Kind.CLAIM: "assessing", Kind.HIGHLIGHT: "highlighting",
              Kind.NOTE: "commenting"}
PDF_FRAGMENT = "http://tools.ietf.org/rfc/rfc3778"


def annotation_iri(annotation_id: str) -> str:
    return f"urn:uuid:{annotation_id}"


def document_iri(document_id: str) -> str:
    return f"urn:sha256:{document_id}"


def entity_iri(entity_id: str) -> str:
    return f"urn:uuid:{entity_id}"


def strip_iri(value: str) -> str:
    """`urn:uuid:X` or `urn:sha256:X` -> X (what users may paste back into the CLI)."""
    for prefix in ("urn:uuid:", "urn:sha256:"):
        if value.startswith(prefix):
            return value[len(prefix):]
    return value


def _is_web(url: str) -> bool:
    return url.startswith(("http://", "https://"))


def to_w3c(a: Annotation, document: DocumentRecord | None, entities: Mapping[str, Entity],
           page: int | None = None, context: bool = True) -> dict[str, Any]:
    """One annotation as a W3C Annotation object. `page` is its 0-based page (said for a PDF only). An orphan
    gets its TextQuoteSelector alone (no position, no page: they would name other words of this version,
    and a reader such as Hypothesis would anchor it there); `dossier:anchor` says it is orphaned."""
    t = a.target
    orphan = a.anchor is AnchorState.ORPHANED
    selectors: list[dict[str, Any]] = [] if orphan else [{"type": "TextPositionSelector", "start": t.start,
                                                            "end": t.end}]
    selectors.append({"type": "TextQuoteSelector", "exact": t.exact, "prefix": t.prefix, "suffix": t.suffix})
    if page is not None and not orphan and document is not None and document.format == "pdf":
        selectors.append({"type": "FragmentSelector", "conformsTo": PDF_FRAGMENT, "value": f"page={page + 1}",
                          "refinedBy": dict(selectors[-1])})
    url = document.source_url if document is not None and _is_web(document.source_url) else ""
    target: dict[str, Any] = {"source": url or document_iri(a.document_id), "selector": selectors,
                              "dossier:sha256": a.document_id}
    if document is not None and document.title:
        target["dossier:title"] = document.title
    bodies: list[dict[str, Any]] = []
    if a.label:
        bodies.append({"type": "TextualBody", "purpose": "classifying", "value": a.label})
    entity = entities.get(a.entity_id) if a.entity_id else None
    if entity is not None:
        bodies.append({"type": "TextualBody", "purpose": "identifying", "value": entity.name,
                       "dossier:entity": entity_iri(entity.id)})
    for tag in a.tags:
        bodies.append({"type": "TextualBody", "purpose": "tagging", "value": tag})
    if a.note:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": a.note, "format": "text/markdown"})
    out: dict[str, Any] = {}
    if context:
        out["@context"] = [ANNO_CONTEXT, DOSSIER_CONTEXT]
    out |= {"id": annotation_iri(a.id), "type": "Annotation", "motivation": MOTIVATION[a.kind]}
    if a.created:
        out["created"] = a.created
    if a.modified:
        out["modified"] = a.modified
    if a.creator:
        out["creator"] = {"type": "Person", "name": a.creator}
    if bodies:
        out["body"] = bodies if len(bodies) > 1 else bodies[0]
    out["target"] = target
    out["dossier:kind"] = a.kind.value
    out["dossier:revision"] = a.revision
    out["dossier:anchor"] = a.anchor.value
    if a.rev:
        out["dossier:rev"] = a.rev
    if a.claim is not None:
        c = a.claim
        speaker = entities.get(c.speaker_id) if c.speaker_id else None
        if speaker is not None:
            out["dossier:speaker"] = entity_iri(speaker.id)
            out["dossier:speakerName"] = speaker.name
        out["dossier:status"] = c.status.value
        if c.claim_type:
            out["dossier:claimType"] = c.claim_type
        if c.reliability:
            out["dossier:reliability"] = c.reliability
        if c.credibility:
            out["dossier:credibility"] = c.credibility
    if a.deleted:
        out["dossier:deleted"] = True
    return out
