"""Which of the answer key's people a trainee's claim speaker is.

The key and each trainee have their own entity ids, and a trainee cannot know the name the trainer chose:
"Dr Anthony Fauci", "Fauci" and "Anthony Fauci" are one person, as the app treats them elsewhere (Ctrl+M marks
a surname alone, `name_keys` joins spellings across scripts). A trainee's speaker entity is the key's entity
- whose mentions its own mentions overlap (both marked the same words in the article: the surest sign), when
  they overlap one key entity's only; else
- whose names agree with its names, when exactly one key entity's do: titles off ("Dr", "Mayor"), the same
  words (marks, apostrophes and case aside, `name_variants.name_key`), a surname alone or a name's last words
  ("Kersten", "de Blasio"), or another spelling of the name (`name_keys.same_name`: "Zelensky", "Зеленський").
  A surname two key entities share (Andrew and Chris Cuomo) names neither.
Otherwise it is no key entity, and speakers are compared by their names as written (`agreement.same_speaker`).
Pure functions over a bundle's records; no store, no I/O.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from annotations import name_keys
from annotations.bundle import Bundle
from annotations.model import Kind
from annotations.name_variants import name_key

Span = tuple[str, int, int]
"""(document id, start, end) of an entity mention."""


def mentions(bundle: Bundle, document_ids: set[str] | None = None) -> dict[str, list[Span]]:
    """Entity id -> the spans of its live mentions in `bundle` (on `document_ids` when given)."""
    out: dict[str, list[Span]] = {}
    for a in bundle.annotations:
        if (a.kind is Kind.ENTITY and not a.deleted and a.entity_id
                and (document_ids is None or a.document_id in document_ids)):
            out.setdefault(a.entity_id, []).append((a.document_id, a.target.start, a.target.end))
    return out


@dataclass(frozen=True)
class KeySpeakers:
    """The answer key's entities (any of them may be a claim's speaker) with their names and mentions."""

    names: dict[str, tuple[str, ...]]
    spans: dict[str, list[Span]] = field(default_factory=dict)

    @classmethod
    def of(cls, key: Bundle, document_ids: set[str] | None = None) -> KeySpeakers:
        return cls({e.id: e.names() for e in key.entities if not e.deleted}, mentions(key, document_ids))

    def resolve(self, names: Sequence[str], spans: Iterable[Span] = ()) -> str:
        """The id of the key entity a trainee's entity known as `names` with mentions `spans` is, or "" when
        none is, or several could be (see the module)."""
        spans = list(spans)
        overlapping = {kid for kid, theirs in self.spans.items()
                       if any(_overlap(s, t) for s in spans for t in theirs)}
        named = {kid for kid, theirs in self.names.items() if any(names_agree(n, m) for n in names for m in theirs)}
        if len(overlapping) == 1:
            return next(iter(overlapping))
        if len(overlapping) > 1 and len(overlapping & named) == 1:
            return next(iter(overlapping & named))
        return next(iter(named)) if len(named) == 1 else ""


def _overlap(a: Span, b: Span) -> bool:
    return a[0] == b[0] and min(a[2], b[2]) > max(a[1], b[1])


def without_titles(name: str) -> list[str]:
    """The words of a name with the titles before it taken off ("Dr Anthony Fauci" -> Anthony Fauci, "Mayor
    Bill de Blasio" -> Bill de Blasio), as keys (`name_key`); a name that is only a title keeps its last word."""
    from annotations.suggest.name_words import title_words

    words = name.split()
    titles = title_words()
    while len(words) > 1 and words[0].rstrip(".").capitalize() in titles:
        words = words[1:]
    return [name_key(w) for w in words]


def names_agree(a: str, b: str) -> bool:
    """Whether two names may be one person's, by the rules the app uses for names (see the module)."""
    wa, wb = without_titles(a), without_titles(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    shorter, longer = sorted((wa, wb), key=len)
    if longer[len(longer) - len(shorter):] == shorter:  # a surname alone, "de Blasio" for Bill de Blasio
        return True
    return name_keys.same_name(" ".join(wa), " ".join(wb))
