"""Mark all occurrences (Ctrl+M): every other mention of an entity in a document — its name, its aliases
and, for a person, the surname alone ("Zelenskyy" for "Volodymyr Zelenskyy"), as whole words only
("Russia" is not found inside "Russian"). `plan_mark_all` says what would be marked, so the window can show
the count and the list before anything is written; the marking itself is one `annotate_many` step.
Pure functions, no store, no Qt."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

from annotations.model import Annotation, Entity, Kind
from annotations.selection import is_word_char, unspaced

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
    sure: bool = True
    """False for a form in another case than the name's ("ukraine" for "Ukraine"): listed, unticked."""


@dataclass(frozen=True)
class MarkAllPlan:
    entity_name: str
    label: str
    names: tuple[str, ...]
    """What was looked for, longest first."""
    mentions: tuple[Mention, ...]
    """Not yet marked, in reading order."""

    def question(self) -> str:
        n = sum(m.sure for m in self.mentions)
        maybe = len(self.mentions) - n
        also = f" ({maybe} more in a different case, unticked)" if maybe else ""
        return f"Mark {n} more mention{'s' if n != 1 else ''} of {self.entity_name}?{also}"


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


APOSTROPHES = "'’"


def _pattern(name: str) -> re.Pattern[str]:
    """`name` found whatever its case and whichever apostrophe it is written with ("O’Brien" for "O'Brien")."""
    return re.compile("".join(f"[{APOSTROPHES}]" if ch in APOSTROPHES else re.escape(ch) for ch in name), re.I)


def _plain(s: str) -> str:
    return re.sub(f"[{APOSTROPHES}]", "'", s)


def case_fits(found: str, name: str) -> bool | None:
    """True when `found` is `name` as written, in capitals ("UKRAINE") or with its first letter capitalised
    at a sentence start ("Von der Leyen"); None (a maybe: listed unticked) when it is in lower case or
    otherwise differently cased ("ukraine" — usually the entity, but "turkey", "bush" are common nouns)."""
    found, name = _plain(found), _plain(name)
    if found == name or (found.isupper() and any(c.isalpha() for c in found)) or found == name[:1].upper() + name[1:]:
        return True
    return None


def _starts_word(text: str, pos: int) -> bool:
    """Nothing of a word before `pos`: a space, punctuation, a hyphen ("anti-Russia"), or an elided article
    ("l'Ukraine", "d’Ukraine"), but not the "O'" of "O'Neill"."""
    if pos == 0:
        return True
    if text[pos - 1] in APOSTROPHES:
        m = re.search(r"(?<!\w)(\w{1,2}|qu|dell|nell|all|sull)$", text[:pos - 1], re.I)
        return m is not None and m.group(1).islower()
    return not _cuts(text, pos)


def _ends_word(text: str, end: int) -> bool:
    """Nothing of a word after `end`: a space, punctuation, a hyphen ("Mélenchon-style"), or a possessive
    ("Ukraine's", "O’Brien’s"), but not the "s" of "O'Briens" or "Russians"."""
    if end >= len(text):
        return True
    ch = text[end]
    if ch in APOSTROPHES:
        tail = text[end + 1:end + 3]
        return not tail[:1].isalpha() or (tail[:1] in "sS" and not (len(tail) > 1 and is_word_char(tail[1])))
    return not _cuts(text, end)


def _cuts(text: str, pos: int) -> bool:
    """`pos` falls between two letters of one word (never in a script written without spaces)."""
    if not is_word_char(text[pos - 1]) or not is_word_char(text[pos]):
        return False
    return unicodedata.category(text[pos]).startswith("M") or not (unspaced(text[pos - 1]) or unspaced(text[pos]))


def whole_word_occurrences(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of any of `names` that neither start nor end inside a word, longer
    names first, in reading order, in any case and with either apostrophe (see `case_fits` for which
    are sure)."""
    found: list[tuple[int, int]] = []
    starts: list[int] = []
    for name in names:
        for match in _pattern(name).finditer(text):
            pos, end = match.span()
            if _starts_word(text, pos) and _ends_word(text, end):
                i = bisect_left(starts, pos)
                clear = (i == 0 or found[i - 1][1] <= pos) and (i == len(found) or found[i][0] >= end)
                if clear:
                    found.insert(i, (pos, end))
                    starts.insert(i, pos)
    return found


def plan_mark_all(text: str, current: Annotation, entity: Entity | None,
                  annotations: list[Annotation]) -> MarkAllPlan:
    """The mentions Ctrl+M on `current` (an entity mention) would add: whole-word occurrences of the
    entity's names not overlapping any entity mention already in the document."""
    names = mention_names(current.target.exact, entity)
    taken = sorted((a.target.start, a.target.end) for a in annotations if a.kind is Kind.ENTITY and not a.deleted)
    taken_starts = [s for s, _ in taken]
    longest = max((e - s for s, e in taken), default=0)
    person = entity is not None and entity.type in PERSON_TYPES
    found = [(start, end, any(case_fits(text[start:end], n) for n in names))
             for start, end in whole_word_occurrences(text, names)]
    if person:
        found = sorted(found + case_forms(text, names, found), key=lambda f: f[0])
        found = [f for f in found if _given_name_fits(text, f[0], f[1], names)]
    mentions = []
    for start, end, sure in found:
        lo = bisect_left(taken_starts, start - longest)
        if any(s < end and start < e for s, e in taken[lo:bisect_left(taken_starts, end)]):
            continue
        mentions.append(Mention(start, end, text[start:end], _context(text, start, end), sure))
    return MarkAllPlan(entity.name if entity is not None else current.target.exact, current.label or "",
                       names, tuple(mentions))


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff'’ʼ]*")


def case_forms(text: str, names: tuple[str, ...], found: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """A person's surname in other cases ("Зеленського", "Зеленському" for "Зеленський"; not the feminine
    "Зеленська", another person): sure for an adjectival surname's cases, a maybe (unticked) for a noun-like
    one's ("Петрова" may be Петров's genitive or a woman), by `gazetteer_languages.surname_case_form`;
    words `found` already covers are left out."""
    from annotations.suggest.gazetteer_languages import surname_case_form

    lone = [n for n in names if " " not in n and n[:1].isupper() and _CYRILLIC_WORD.match(n)]
    if not lone:
        return []
    spans = sorted((s, e) for s, e, _ in found)
    out: list[tuple[int, int, bool]] = []
    for m in _CYRILLIC_WORD.finditer(text):
        word = m.group()
        if not word[0].isupper():
            continue
        start, end = m.span()
        if not (_starts_word(text, start) and _ends_word(text, end)):
            continue
        fits = [surname_case_form(word, n) for n in lone if word[:3].casefold() == n[:3].casefold()]
        if any(f is not False for f in fits):
            i = bisect_left(spans, (start, end))
            if (i == 0 or spans[i - 1][1] <= start) and (i == len(spans) or spans[i][0] >= end):
                out.append((start, end, any(fits)))
    return out


def _given_name_fits(text: str, start: int, end: int, names: tuple[str, ...]) -> bool:
    """A lone surname written after a given name is this person only when the given names agree
    ("Сергій Зеленський" is not Volodymyr Zelenskyy) — the rule suggestions follow (`name_keys.surname_fits`)."""
    from annotations.name_keys import surname_fits
    from annotations.spellings import given_name_before

    word = text[start:end]
    if " " in word.strip():
        return True
    given = given_name_before(text, start)
    return given is None or surname_fits(word, {given}, names)


def _context(text: str, start: int, end: int, reach: int = 40) -> str:
    lo = max(text.rfind("\n", 0, start) + 1, start - reach)
    hi = text.find("\n", end)
    hi = min(hi if hi >= 0 else len(text), end + reach)
    before = ("…" if lo > 0 and text[lo - 1] != "\n" else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) and text[hi] != "\n" else "")
    return " ".join(f"{before}[{text[start:end]}]{after}".split())
