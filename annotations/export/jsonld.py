"""W3C Web Annotation JSON-LD: an AnnotationCollection whose `first` page is embedded and holds every
annotation (a file export must carry everything; later pages by IRI only would be lost). Each
annotation's target names its document (`urn:sha256:…`)."""
from __future__ import annotations

import json
from typing import Any

from annotations.export import Selection
from annotations.ids import now_iso
from annotations.w3c import ANNO_CONTEXT, DOSSIER_CONTEXT, to_w3c


def collection(selection: Selection, collection_id: str = "urn:x-dossier:export") -> dict[str, Any]:
    items = [to_w3c(a, doc, selection.entities, page=doc.page_of(a.target.start), context=False)
             for doc in selection.documents for a in selection.annotations.get(doc.id, [])]
    out: dict[str, Any] = {"@context": [ANNO_CONTEXT, DOSSIER_CONTEXT], "id": collection_id,
                           "type": "AnnotationCollection", "label": "Dossier annotations", "total": len(items),
                           "created": now_iso()}
    if selection.creator:
        out["creator"] = {"type": "Person", "name": selection.creator}
    out["first"] = {"id": f"{collection_id}/page1", "type": "AnnotationPage", "partOf": collection_id,
                    "startIndex": 0, "items": items}
    out["last"] = f"{collection_id}/page1"
    return out


def to_jsonld(selection: Selection) -> bytes:
    return json.dumps(collection(selection), ensure_ascii=False, indent=1).encode("utf-8")
