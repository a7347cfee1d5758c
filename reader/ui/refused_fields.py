"""A speaker or a tag line the library refused (a full disk, a name longer than it keeps), kept as typed per
annotation until it is stored or the person lets it go. Such typing stayed in its field as if stored: the store
had none, leaving the field did not try again, and closing the window lost it unsaid (the window-core tester, stop
60). Notes have their own keeping (`Inspector._unstored`: a note is stored from the version it was typed on)."""
from __future__ import annotations

FIELDS = ("speaker", "tags")
LINE = ("<br><i>Its speaker or tags as typed are not stored yet (the library refused them): tried again when you "
        "leave the field.</i>")
"""Said under the Inspector's summary while the annotation shown has such typing."""


class RefusedFields:
    """annotation id -> field ("speaker", "tags") -> the text typed into it."""

    def __init__(self) -> None:
        self._typed: dict[str, dict[str, str]] = {}
        self._tags_base: dict[str, tuple[str, ...]] = {}
        """The stored tags a refused tag line was typed on: stored later, it is applied as a change to them (tags
        set meanwhile elsewhere are kept, as for the line typed and stored at once)."""

    def keep(self, annotation_id: str, field: str, typed: str, base: tuple[str, ...] | None = None) -> None:
        self._typed.setdefault(annotation_id, {})[field] = typed
        if base is not None:
            self._tags_base.setdefault(annotation_id, base)

    def tags_base(self, annotation_id: str) -> tuple[str, ...] | None:
        return self._tags_base.get(annotation_id)

    def drop(self, annotation_id: str, field: str) -> None:
        fields = self._typed.get(annotation_id)
        if field == "tags":
            self._tags_base.pop(annotation_id, None)
        if fields is not None:
            fields.pop(field, None)
            if not fields:
                del self._typed[annotation_id]

    def of(self, annotation_id: str) -> dict[str, str]:
        return dict(self._typed.get(annotation_id, {}))

    def items(self) -> list[tuple[str, str, str]]:
        """(annotation id, field, typed), in the order they were refused."""
        return [(aid, field, typed) for aid, fields in self._typed.items() for field, typed in fields.items()]

    def clear(self) -> None:
        self._typed.clear()
        self._tags_base.clear()

    def summary(self, text: str, annotation_id: str | None) -> str:
        """The Inspector's summary with LINE when the annotation shown has refused typing, without it otherwise."""
        text = text.replace(LINE, "")
        return text + LINE if annotation_id is not None and annotation_id in self._typed else text
