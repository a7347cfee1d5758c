"""An incoming annotation's target made safe to store: nothing a bundle says about where a mark sits is
trusted. The quote must lie at its position in the document's text (else it is re-anchored by quote, else
kept as an orphan) and page areas must be finite and on their page (else recomputed).
"""
from __future__ import annotations

import math
from dataclasses import replace

from annotations.anchoring import reanchor
from annotations.merge_plan import AreasFor
from annotations.model import AnchorState, Annotation, DocumentRecord, PageArea, Target


def storable(a: Annotation, doc: DocumentRecord | None, areas_for: AreasFor | None) -> tuple[Annotation, bool]:
    """`a` as it may be stored: its quote at its position in the document's text (else re-anchored, else
    an orphan), its page areas finite and on the page. Returns (annotation, whether it had to move)."""
    t = a.target
    areas = _sane_areas(t.areas, doc)
    if doc is None or not doc.text:
        return replace(a, target=replace(t, areas=areas or ()), anchor=AnchorState.ORPHANED), False
    text = doc.text
    if t.end <= len(text) and text[t.start:t.end] == t.exact and a.anchor is not AnchorState.ORPHANED:
        if not areas and areas_for is not None and doc.paged:  # none sent (W3C JSON-LD, Hypothesis, REFI-QDA
            areas = areas_for(doc, t.start, t.end)  # carry none: the page view drew nothing) or not sane
        return (a if areas == t.areas else replace(a, target=replace(t, areas=areas or ()))), False
    placed = reanchor(replace(t, areas=()), text)
    if placed.state is AnchorState.ORPHANED:
        orphan = Target(start=0, end=0, exact=t.exact, prefix=t.prefix[-200:], suffix=t.suffix[:200])
        return replace(a, target=orphan, anchor=AnchorState.ORPHANED), a.anchor is not AnchorState.ORPHANED
    target = placed.target
    if doc.paged and areas_for is not None:
        target = replace(target, areas=areas_for(doc, target.start, target.end))
    return replace(a, target=target, anchor=placed.state), True


_MAX_COORD = 100_000.0


def _sane_areas(areas: tuple[PageArea, ...], doc: DocumentRecord | None) -> tuple[PageArea, ...] | None:
    """The areas if every quad is finite and on its page; None if any is not (they are recomputed)."""
    for area in areas:
        if area.page < 0 or (doc is not None and doc.pages and area.page >= len(doc.pages)):
            return None
        width, height = (doc.page_sizes[area.page] if doc is not None and area.page < len(doc.page_sizes)
                         else (_MAX_COORD, _MAX_COORD))
        for quad in area.quads:
            for x, y in (quad.ul, quad.ur, quad.ll, quad.lr):
                if not (math.isfinite(x) and math.isfinite(y)) or not (-20 <= x <= width + 20 and -20 <= y <= height + 20):
                    return None
    return areas
