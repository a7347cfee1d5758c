"""Annotations read from other tools (W3C JSON-LD, Hypothesis, REFI-QDA, another reader's PDF) held to the sizes a
library keeps (`annotations.limits`). Those files set no limits: a 300,000-character note imported without a word,
and the next bundle this library wrote was refused whole by every teammate (an outside tester, stop 56). An
annotation over a limit is left out and counted (`too_large`); the file it came from still holds it."""
from __future__ import annotations

from dataclasses import replace

from annotations.bundle import Bundle
from annotations.limits import MAX_NAME, MAX_NOTE, MAX_TAG, MAX_TAGS
from annotations.model import Annotation, Entity


def too_large(a: Annotation, entities: dict[str, Entity]) -> bool:
    """Whether `a` holds more than a library keeps: its note, a tag, its number of tags, its creator's name, its
    label, or the name of the entity it marks or of its claim's speaker."""
    if len(a.note) > MAX_NOTE or len(a.tags) > MAX_TAGS or any(len(t) > MAX_TAG for t in a.tags):
        return True
    if len(a.creator) > MAX_NAME or len(a.label or "") > MAX_NAME:  # (a bundle caps both: a tester on the fixes)
        return True
    named = [a.entity_id, a.claim.speaker_id if a.claim else None]
    return any(i in entities and _long(entities[i]) for i in named if i)


def _long(entity: Entity) -> bool:
    return len(entity.name) > MAX_NAME or any(len(alias) > MAX_NAME for alias in entity.aliases)


def within_limits(bundle: Bundle) -> tuple[Bundle, int]:
    """`bundle` without the annotations over a limit (and the entities only named too long), and how many were left
    out."""
    entities = {e.id: e for e in bundle.entities}
    kept = [a for a in bundle.annotations if not too_large(a, entities)]
    if len(kept) == len(bundle.annotations):
        return bundle, 0
    return replace(bundle, annotations=kept, entities=[e for e in bundle.entities if not _long(e)]), \
        len(bundle.annotations) - len(kept)
