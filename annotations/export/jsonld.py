"""W3C Web Annotation JSON-LD: an AnnotationCollection whose `first` page is embedded and holds every
annotation (a file export must carry everything; later pages by IRI only would be lost). Each export is
a new collection (`urn:uuid:…`); each annotation's target names its document by URL when known, and by
hash (`urn:sha256:…`, `dossier:sha256`)."""
from __future__ import annotations

import json
from typing import Any

from annotations.export import Selection
from annotations.ids import new_id, now_iso
from annotations.w3c import ANNO_CONTEXT, DOSSIER_CONTEXT, to_w3c


def collection(selection: Selection, collection_id: str | None = None, created: str | None = None
               ) -> dict[str, Any]:
    """The collection; `collection_id` and `created` default to a fresh UUID and now (fixed in tests)."""
    collection_id = collection_id or f"urn:uuid:{new_id()}"
    items = [to_w3c(a, doc, selection.entities, page=doc.page_of(a.target.start), context=False)
             for doc in selection.documents for a in selection.annotations.get(doc.id, [])]
    out: dict[str, Any] = {"@context": [ANNO_CONTEXT, DOSSIER_CONTEXT], "id": collection_id,
                           "type": "AnnotationCollection", "label": "Dossier annotations", "total": len(items),
                           "created": created or now_iso()}
    if selection.creator:
        out["creator"] = {"type": "Person", "name": selection.creator}
    out["first"] = {"id": f"{collection_id}#page1", "type": "AnnotationPage", "partOf": collection_id,
                    "startIndex": 0, "items": items}
    out["last"] = f"{collection_id}#page1"
    return out


def to_jsonld(selection: Selection, collection_id: str | None = None, created: str | None = None) -> bytes:
    return json.dumps(collection(selection, collection_id, created), ensure_ascii=False, indent=1).encode("utf-8")
