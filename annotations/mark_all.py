"""Mark all occurrences (Ctrl+M): every other mention of an entity in a document — its name, its aliases
and, for a person, the surname alone ("Zelenskyy" for "Volodymyr Zelenskyy"), as whole words only
("Russia" is not found inside "Russian"). `plan_mark_all` says what would be marked, so the window can show
the count and the list before anything is written; the marking itself is one `annotate_many` step.
Pure functions, no store, no Qt."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from annotations.model import Annotation, Entity, Kind
from annotations.selection import inside_word

PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "da", "das", "do", "dos", "du", "la", "le",
                       "bin", "ibn", "al", "el", "ben", "ter", "ten", "zu", "di", "y"})
"""Lower-case words that belong to a surname ("von der Leyen", "da Silva")."""
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
PERSON_TYPES = frozenset({"PERSON", "PER"})


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    exact: str
    context: str
    """The line around it, shortened, for the preview list."""


@dataclass(frozen=True)
class MarkAllPlan:
    entity_name: str
    label: str
    names: tuple[str, ...]
    """What was looked for, longest first."""
    mentions: tuple[Mention, ...]
    """Not yet marked, in reading order."""

    def question(self) -> str:
        n = len(self.mentions)
        return f"Mark {n} more mention{'s' if n != 1 else ''} of {self.entity_name}?"


def surname(name: str) -> str:
    """The family name of a person's full name, '' when the name is one word."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in SUFFIXES:
        words.pop()
    if len(words) < 2:
        return ""
    i = len(words) - 1
    while i > 1 and words[i - 1] in PARTICLES:
        i -= 1
    return " ".join(words[i:])


def mention_names(exact: str, entity: Entity | None) -> tuple[str, ...]:
    """Every way the entity is written: the selected mention, its name and aliases, and for a person the
    surnames of those — longest first (so "Volodymyr Zelenskyy" wins over "Zelenskyy" where both fit)."""
    names = [exact.strip(), *(entity.names() if entity is not None else ())]
    if entity is not None and entity.type in PERSON_TYPES:
        names += [surname(n) for n in list(names)]
    unique = dict.fromkeys(n for n in names if n.strip())
    return tuple(sorted(unique, key=lambda n: (-len(n), n)))


def whole_word_occurrences(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of any of `names` that neither start nor end inside a word, longer
    names first, in reading order."""
    found: list[tuple[int, int]] = []
    starts: list[int] = []
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if not inside_word(text, pos) and not inside_word(text, end):
                i = bisect_left(starts, pos)
                clear = (i == 0 or found[i - 1][1] <= pos) and (i == len(found) or found[i][0] >= end)
                if clear:
                    found.insert(i, (pos, end))
                    starts.insert(i, pos)
            pos = text.find(name, pos + 1)
    return found


def plan_mark_all(text: str, current: Annotation, entity: Entity | None,
                  annotations: list[Annotation]) -> MarkAllPlan:
    """The mentions Ctrl+M on `current` (an entity mention) would add: whole-word occurrences of the
    entity's names not overlapping any entity mention already in the document."""
    names = mention_names(current.target.exact, entity)
    taken = sorted((a.target.start, a.target.end) for a in annotations if a.kind is Kind.ENTITY and not a.deleted)
    taken_starts = [s for s, _ in taken]
    longest = max((e - s for s, e in taken), default=0)
    mentions = []
    for start, end in whole_word_occurrences(text, names):
        lo = bisect_left(taken_starts, start - longest)
        if any(s < end and start < e for s, e in taken[lo:bisect_left(taken_starts, end)]):
            continue
        mentions.append(Mention(start, end, text[start:end], _context(text, start, end)))
    return MarkAllPlan(entity.name if entity is not None else current.target.exact, current.label or "",
                       names, tuple(mentions))


def _context(text: str, start: int, end: int, reach: int = 40) -> str:
    lo = max(text.rfind("\n", 0, start) + 1, start - reach)
    hi = text.find("\n", end)
    hi = min(hi if hi >= 0 else len(text), end + reach)
    before = ("…" if lo > 0 and text[lo - 1] != "\n" else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) and text[hi] != "\n" else "")
    return " ".join(f"{before}[{text[start:end]}]{after}".split())
