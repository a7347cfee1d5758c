"""Claims from an unnamed source ("officials", "a senior diplomat"): accepted suggestions keep the source as the
text words it in the claim's note and tag the claim, so analysts can filter claims by sourcing without an entity
being made for "officials". Readers of the notes (exports) get the source back from here."""
from __future__ import annotations

from annotations.model import Annotation

UNNAMED_SOURCE_TAG = "unnamed-source"
NOTE_PREFIX = "Unnamed source: "


def unnamed_source(annotation: Annotation) -> str | None:
    """The unnamed source of a claim as its note's first line gives it, if the claim is tagged as from one (an
    analyst who rewrote the note keeps the tag, and the source is then only in the note)."""
    if UNNAMED_SOURCE_TAG not in annotation.tags or not annotation.note.startswith(NOTE_PREFIX):
        return None
    source = annotation.note[len(NOTE_PREFIX):].split("\n", 1)[0].strip()
    return source or None
