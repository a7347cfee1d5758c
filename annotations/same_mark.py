"""Whether words already hold the mark a key would make: an entity mention of the same type, or a highlight, on
exactly those words. Marking them again stacked a second, identical annotation where nothing shows it (the library
counted two, the entity two mentions, exports listed it twice, and one Ctrl+Z seemed to do nothing); accepting a
suggestion twice was already refused for this reason (`assist.accept`). A claim or a note may be made twice over the
same words on purpose (two speakers, two notes), and a different type is another reading of the words: those are
always added. Pure: the window asks it of the annotations it holds, with no store read per mark."""
from __future__ import annotations

from collections.abc import Iterable

from annotations.anchoring import trim_range
from annotations.model import Annotation, Kind


def same_mark(annotations: Iterable[Annotation], text: str, kind: Kind, label: str | None, start: int,
              end: int) -> Annotation | None:
    """The live annotation in `annotations` that marking [start, end) of `text` as `kind` (`label`: an entity's
    type) would repeat, or None. The range is trimmed of white space as the library trims it."""
    if kind not in (Kind.ENTITY, Kind.HIGHLIGHT):
        return None
    start, end = trim_range(text, start, end)
    wanted = (label or "").casefold()
    for annotation in annotations:
        if (annotation.kind is kind and not annotation.deleted
                and (annotation.target.start, annotation.target.end) == (start, end)
                and (kind is Kind.HIGHLIGHT or (annotation.label or "").casefold() == wanted)):
            return annotation
    return None
