"""What one edit of an annotation changes, as a typed value: the app's Inspector, the CLI's `edit` and
the library all speak it (`Library.edit` applies it as one new version and one undo step)."""
from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum

from annotations.model import ClaimStatus


class Clear(Enum):
    """A field to be emptied. `None` in an edit means "leave it as it is", so emptying needs its own word."""

    FIELD = "clear"


CLEAR = Clear.FIELD


@dataclass(frozen=True)
class AnnotationEdit:
    """What one edit changes (None: leave it as it is; CLEAR: empty it); applied as one undoable step."""

    note: str | None = None
    label: str | None = None
    """An entity's type (PERSON, ORG…) or a claim's type ("" clears a claim's type)."""
    entity_name: str | None = None
    """Entities: point at the entity of this name (created if new)."""
    speaker_name: str | Clear | None = None
    """Claims: who made it (CLEAR, or "", clears it)."""
    status: ClaimStatus | None = None
    reliability: str | Clear | None = None
    """Claims: the source's reliability, A–F."""
    credibility: int | Clear | None = None
    """Claims: the information's credibility, 1–6."""
    tags: tuple[str, ...] | None = None
    """All the tags, replacing the ones it has (the Inspector's tag line); or add and remove some:"""
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()
    note_base: str | None = None
    """The stored note the typing started from (the Inspector's autosave). When the store holds another
    note by now (an import, another window), the typing is merged into it, or kept with the stored note as
    the other side of a conflict — never written blindly over it."""
    base_rev: str | None = None
    """The version the typing started from: a conflicting note is stored as a sibling of the stored one."""
    tags_base: tuple[str, ...] | None = None
    """With `tags`: the tags shown when the line was edited. When the store holds other tags by now (the command
    line, another window, an import), the edit is applied to them as the tags added and removed, so theirs stay."""

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, ()) for f in fields(self)
                   if f.name not in ("note_base", "base_rev", "tags_base"))

    def touches_claim(self) -> bool:
        """Speaker, status or grading: fields only a claim has."""
        return any(v is not None for v in (self.speaker_name, self.status, self.reliability, self.credibility))
