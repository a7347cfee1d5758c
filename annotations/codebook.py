"""The codebook: entity types and claim tags an annotator can use, with colours and keys.

The default ships in `resources/codebook.json`; each library keeps its own editable copy in its store.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from annotations.errors import ValidationError
from annotations.resources import resource

DEFAULT_PATH = resource("codebook.json")
_LABEL = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,31}$")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class EntityType:
    label: str
    name: str
    color: str
    key: str = ""


@dataclass(frozen=True)
class ClaimTag:
    label: str
    name: str


@dataclass(frozen=True)
class Codebook:
    entity_types: tuple[EntityType, ...]
    claim_tags: tuple[ClaimTag, ...]
    claim_color: str = "#F1560E"
    highlight_color: str = "#DBEC00"
    note_color: str = "#9392A1"
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def entity_type(self, label: str) -> EntityType:
        """The type for `label`, matched case-insensitively; ValidationError listing the choices."""
        for et in self.entity_types:
            if et.label.lower() == label.lower():
                return et
        choices = ", ".join(et.label for et in self.entity_types)
        raise ValidationError(f"Unknown entity type {label!r}; the codebook has {choices}.")

    def claim_tag(self, label: str) -> ClaimTag:
        for tag in self.claim_tags:
            if tag.label.lower() == label.lower():
                return tag
        choices = ", ".join(t.label for t in self.claim_tags)
        raise ValidationError(f"Unknown claim type {label!r}; the codebook has {choices}.")

    def with_entity_type(self, et: EntityType) -> Codebook:
        """Add or replace (by label) an entity type."""
        _check_label(et.label)
        if not _COLOR.match(et.color):
            raise ValidationError(f"Colour must look like #RRGGBB, not {et.color!r}.")
        kept = tuple(t for t in self.entity_types if t.label.lower() != et.label.lower())
        index = next((i for i, t in enumerate(self.entity_types) if t.label.lower() == et.label.lower()), len(kept))
        return replace(self, entity_types=kept[:index] + (et,) + kept[index:])

    def with_claim_tag(self, tag: ClaimTag) -> Codebook:
        _check_label(tag.label)
        kept = tuple(t for t in self.claim_tags if t.label.lower() != tag.label.lower())
        return replace(self, claim_tags=kept + (tag,))

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": 1,
                "entity_types": [vars(t) for t in self.entity_types],
                "claim_tags": [vars(t) for t in self.claim_tags],
                "claim_color": self.claim_color,
                "highlight_color": self.highlight_color,
                "note_color": self.note_color,
            },
            ensure_ascii=False,
            indent=1,
        )


def _check_label(label: str) -> None:
    if not _LABEL.match(label):
        raise ValidationError(
            f"A label is a letter followed by up to 31 letters, digits, '-' or '_'; {label!r} is not."
        )


def parse_codebook(text: str) -> Codebook:
    """Codebook from its JSON form; ValidationError for anything malformed."""
    try:
        raw = json.loads(text)
        entity_types = tuple(
            EntityType(label=str(t["label"]), name=str(t.get("name", t["label"])), color=str(t["color"]),
                       key=str(t.get("key", "")))
            for t in raw["entity_types"]
        )
        claim_tags = tuple(ClaimTag(label=str(t["label"]), name=str(t.get("name", t["label"])))
                           for t in raw.get("claim_tags", []))
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError(f"The codebook is malformed ({exc}).") from None
    for et in entity_types:
        _check_label(et.label)
        if not _COLOR.match(et.color):
            raise ValidationError(f"Colour of {et.label} must look like #RRGGBB, not {et.color!r}.")
    return Codebook(
        entity_types=entity_types,
        claim_tags=claim_tags,
        claim_color=str(raw.get("claim_color", "#F1560E")),
        highlight_color=str(raw.get("highlight_color", "#DBEC00")),
        note_color=str(raw.get("note_color", "#9392A1")),
    )


def default_codebook() -> Codebook:
    return parse_codebook(DEFAULT_PATH.read_text(encoding="utf-8"))
