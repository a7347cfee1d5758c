"""What the records of a `.dossier` bundle may hold: the JSON schemas every manifest, annotation, entity and document
record is validated against before `read_bundle` returns (caps on lengths and counts included, so a hostile bundle is
refused before anything reads it). Split out of `bundle.py`, which writes and reads bundles."""
from __future__ import annotations

from typing import Any

from annotations.limits import MAX_ALIASES, MAX_NAME, MAX_NOTE, MAX_TAG, MAX_TAGS

MAX_ANCESTRY = 10_000
KNOWN_FORMATS = ("txt", "md", "html", "pdf", "epub", "xps", "fb2", "mobi", "cbz", "svg")
_REV = {"type": "string", "pattern": "^[0-9]{1,9}-[0-9a-f]{32}$"}
_REVS = {"type": "object", "maxProperties": MAX_ANCESTRY, "propertyNames": _REV,
         "additionalProperties": {"type": "array", "maxItems": 16, "items": _REV}}
_REV_HASHES = {"type": "object", "maxProperties": MAX_ANCESTRY, "propertyNames": _REV,
               "additionalProperties": {"type": "string", "pattern": "^[0-9a-f]{16}$"}}
_REV_CONTENTS = {"type": "object", "maxProperties": MAX_ANCESTRY, "propertyNames": _REV,
                 "additionalProperties": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}

MANIFEST_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["format_version", "app", "creator", "created", "answer_key", "contents", "members"],
    "properties": {
        "format_version": {"type": "integer"},
        "app": {"type": "string", "maxLength": 200},
        "creator": {"type": "string", "maxLength": 500},
        "created": {"type": "string", "maxLength": 64},
        "answer_key": {"type": "boolean"}, "hidden_notes": {"type": "boolean"},
        "contents": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
        "members": {"type": "object", "additionalProperties": {"type": "string", "pattern": "^[0-9a-f]{64}$"}},
    },
}
_STR = {"type": "string", "maxLength": 1_000_000}
_OPT_STR = {"type": ["string", "null"], "maxLength": 10_000}
_AREAS = {"type": "array", "items": {"type": "object", "required": ["page", "quads"], "properties": {
    "page": {"type": "integer", "minimum": 0},
    "quads": {"type": "array", "items": {"type": "array", "minItems": 8, "maxItems": 8, "items": {"type": "number"}}}}}}
"""Page areas: a page and its quads, each eight numbers (a quad of strings passed the schema and stopped the import
with a Python error; an outside tester, stop 53)."""
RECORD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["id", "document_id", "kind", "target", "created", "modified", "revision", "deleted"],
    "properties": {
        "id": {"type": "string", "pattern": "^[0-9a-f-]{8,64}$"},
        "document_id": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "kind": {"enum": ["entity", "claim", "highlight", "note"]},
        "target": {"type": "object", "required": ["start", "end", "exact"], "properties": {
            "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0},
            "exact": {**_STR, "minLength": 1}, "prefix": _STR, "suffix": _STR, "areas": _AREAS}},
        "label": {"type": ["string", "null"], "maxLength": MAX_NAME},
        "note": {"type": "string", "maxLength": MAX_NOTE},
        "tags": {"type": "array", "maxItems": MAX_TAGS, "items": {"type": "string", "maxLength": MAX_TAG}},
        "rev": _REV, "revs": _REVS, "rev_hashes": _REV_HASHES, "rev_contents": _REV_CONTENTS, "note_withheld": _REV, "note_blind": _REV,
        "note_salt": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
        "withheld_as_taken": {"type": "object"}, "note_seal": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "note_covered": {"type": "string", "maxLength": MAX_NOTE},
        "creator": {"type": "string", "maxLength": 500}, "created": {"type": "string"}, "modified": {"type": "string"},
        "revision": {"type": "integer", "minimum": 1}, "deleted": {"type": "boolean"}, "entity_id": _OPT_STR,
        "anchor": {"enum": ["exact", "moved", "fuzzy", "orphaned"]},
        "claim": {"type": ["object", "null"], "properties": {
            "status": {"enum": ["unverified", "supported", "disputed", "false", "unverifiable"]},
            "reliability": {"enum": [None, "A", "B", "C", "D", "E", "F"]},
            "credibility": {"enum": [None, 1, 2, 3, 4, 5, 6]}, "speaker_id": _OPT_STR, "claim_type": _OPT_STR}},
    },
}
ENTITY_SCHEMA: dict[str, Any] = {
    "type": "object", "required": ["id", "name", "type"],
    "properties": {"id": {"type": "string", "maxLength": 64},
                   "name": {"type": "string", "minLength": 1, "maxLength": MAX_NAME},
                   "type": {"type": "string", "maxLength": 32},
                   "aliases": {"type": "array", "maxItems": 10 * MAX_ALIASES, "items": {"type": "string", "maxLength": MAX_NAME}},
                   "rev": _REV, "revs": _REVS, "rev_hashes": _REV_HASHES, "rev_contents": _REV_CONTENTS,
                   "created": {"type": "string", "maxLength": 64}, "modified": {"type": "string", "maxLength": 64},
                   "revision": {"type": "integer", "minimum": 1}, "deleted": {"type": "boolean"}},
}
DOCUMENT_SCHEMA: dict[str, Any] = {
    "type": "object", "required": ["id", "format", "title"],
    "properties": {"id": {"type": "string", "pattern": "^[0-9a-f]{64}$"}, "format": {"enum": list(KNOWN_FORMATS)},
                   "rev": _REV, "revs": _REVS, "rev_hashes": _REV_HASHES, "rev_contents": _REV_CONTENTS, "provisional": {"type": "boolean"},
                   "rev_says": {"type": "object", "maxProperties": 1_000, "additionalProperties": {"type": "object"}},
                   "title": {"type": "string", "maxLength": 2000}, "text": {"type": "string"},
                   "text_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                   "pages": {"type": "array"}, "authors": {"type": "array", "items": {"type": "string"}},
                   **{k: {"type": "string", "maxLength": 10_000} for k in (
                       "publisher", "published", "source_path", "source_url", "added", "modified", "stored_file")},
                   "deleted": {"type": "boolean"}, "size": {"type": "integer", "minimum": 0},
                   "language": {"type": "string", "pattern": "^[A-Za-z]{0,8}(-[A-Za-z0-9]{1,8})*$", "maxLength": 35},
                   "reliability": {"enum": ["", "A", "B", "C", "D", "E", "F"]}},
}
