"""Presentation mode without the screen: which annotations are presented, in what order, which one is
current, which are revealed, and what the caption says. The Qt window only draws what a `Deck` says.

Reveal mode starts with nothing shown; each step forward reveals the next annotation, each step back
hides the last one again. Otherwise everything is shown and the steps move the emphasis.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotations.model import AnchorState, Annotation, Kind

FILTERS = ("all", "entities", "claims", "highlights", "notes")


@dataclass(frozen=True)
class DeckFilter:
    """What is presented: a kind ("all", "claims"...) and optionally only annotations with `tag`."""

    kinds: str = "all"
    tag: str = ""

    def accepts(self, a: Annotation) -> bool:
        wanted = {"entities": Kind.ENTITY, "claims": Kind.CLAIM, "highlights": Kind.HIGHLIGHT, "notes": Kind.NOTE}
        if self.kinds != "all" and a.kind is not wanted[self.kinds]:
            return False
        return not self.tag or self.tag.casefold() in (t.casefold() for t in a.tags)


class Deck:
    def __init__(self, annotations: Sequence[Annotation], names: dict[str, str] | None = None,
                 chosen: DeckFilter = DeckFilter(), reveal: bool = False, notes: bool = False) -> None:
        """`notes`: whether the caption shows each annotation's note. Off unless asked for: a trainer's notes
        ("TRAINER: check AP figure") are not for the room, as the answer key leaves them out by default."""
        self.chosen = chosen
        self.items = self._presented(annotations)
        self.names = names or {}
        self.reveal = reveal
        self.notes = notes
        self.position = -1 if reveal or not self.items else 0

    def _presented(self, annotations: Sequence[Annotation]) -> list[Annotation]:
        return sorted((a for a in annotations  # an orphan (quote gone from the text) has no place to show
                       if not a.deleted and a.anchor is not AnchorState.ORPHANED and self.chosen.accepts(a)),
                      key=lambda a: (a.target.start, -a.target.end, a.id))

    def renew(self, annotations: Sequence[Annotation], names: dict[str, str]) -> None:
        """The deck after the library changed under it (the trainer edits while the room watches; the room saw the
        old status and a deleted claim, and Esc then selected it: an outside tester, stop 56): the same filter and
        mode, the current annotation where it now is; a deleted current one's place goes to the next (in reveal
        mode, what was revealed before it stays revealed)."""
        current, position = self.current, self.position
        self.items, self.names = self._presented(annotations), names
        ids = [a.id for a in self.items]
        if current is not None and current.id in ids:
            self.position = ids.index(current.id)
        elif not self.items:
            self.position = -1 if self.reveal else 0
        else:
            lowest = -1 if self.reveal else 0
            kept = position - 1 if self.reveal and current is not None else position
            self.position = max(lowest, min(kept, len(self.items) - 1))

    def __len__(self) -> int:
        return len(self.items)

    @property
    def current(self) -> Annotation | None:
        return self.items[self.position] if 0 <= self.position < len(self.items) else None

    def visible(self) -> list[Annotation]:
        """What is drawn: everything, or in reveal mode what has been revealed so far."""
        return self.items[:self.position + 1] if self.reveal else list(self.items)

    def step(self, direction: int) -> bool:
        """Move forward (+1) or back (-1); False at either end (nothing changes)."""
        lowest = -1 if self.reveal else 0
        target = self.position + direction
        if not self.items or target < lowest or target >= len(self.items):
            return False
        self.position = target
        return True

    def go_to(self, position: int) -> None:
        lowest = -1 if self.reveal else 0
        self.position = max(lowest, min(position, len(self.items) - 1))

    def counter(self) -> str:
        if not self.items:
            return "nothing to present"
        return f"{self.position + 1} / {len(self.items)}"

    def caption(self) -> list[tuple[str, str]]:
        """(label, value) pairs for the current annotation; empty values are left out."""
        a = self.current
        if a is None:
            if not self.items:
                return [("", "Nothing to present with this filter.")]
            if len(self.items) == 1:  # ("1 annotations hidden … the first" on the projector)
                return [("", "1 annotation hidden — press → or Space to reveal it.")]
            return [("", f"{len(self.items)} annotations hidden — press → or Space to reveal the first.")]
        rows: list[tuple[str, str]] = []
        if a.kind is Kind.ENTITY:
            rows.append(("Entity", a.label or ""))
            name = self.names.get(a.entity_id or "", "")
            if name and name != a.target.exact:
                rows.append(("Is", name))
        elif a.kind is Kind.CLAIM and a.claim is not None:
            rows.append(("Claim", a.claim.claim_type or ""))
            rows.append(("Speaker", self.names.get(a.claim.speaker_id or "", "")))
            rows.append(("Status", a.claim.status.value))
            rows.append(("Grade", a.claim.grading))
        else:
            rows.append((a.kind.value.capitalize(), a.label or ""))
        rows.append(("Tags", ", ".join(a.tags)))
        if self.notes:
            rows.append(("Note", a.note))
        return rows[:1] + [(k, v) for k, v in rows[1:] if v]
