"""What a selection should annotate: the rule that turns a mouse drag into a range of the canonical text.

A drag rarely starts and ends exactly on a word's edge: it starts a few pixels early (taking the last letters
of the word before) or ends a little short (missing the last letters of the word). `snap_selection` makes
the range whole words — a word cut at either end counts when at least half of it is selected, else it is
left out — then trims surrounding spaces and punctuation ("Nordgrid," → "Nordgrid"), keeping quotes and
brackets that are balanced inside the range (a quoted claim keeps its closing quote) and the full stop of
an abbreviation ("U.S.", "Inc.") and a unit sign after a number ("12.5%", "3‰"). Apostrophes and hyphens
between letters are inside a word ("O'Neill-Smith", "McDonald's"), so is a hyphen between a letter and a digit
("Vesterby-2", "COVID-19"). `exact=True` (Alt-drag) keeps the characters as dragged, spaces trimmed.

Words are runs of letters, digits and combining marks; scripts written without spaces (Chinese, Japanese,
Thai, …) count each character as a word, so they are never widened. Pure functions, no Qt: the text view
and the page view both call them.
"""
from __future__ import annotations

import unicodedata

OPENERS = {"(": ")", "[": "]", "{": "}", "“": "”", "‘": "’", "«": "»", "‹": "›", "„": "“", "‚": "‘",
           "\"": "\"", "'": "'", "「": "」", "『": "』", "《": "》", "（": "）"}
"""Opening quote or bracket -> its closing one."""
ABBREVIATIONS = frozenset({"inc", "ltd", "co", "corp", "plc", "jr", "sr", "dr", "mr", "mrs", "ms", "st", "bros",
                           "gen", "col", "lt", "sgt", "capt", "prof", "rev", "hon", "no", "vs", "etc", "al"})
"""Words whose full stop belongs to them ("Nordgrid Inc.", "Martin Luther King Jr.")."""

_UNSPACED = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x2E80, 0x2FDF), (0x3040, 0x30FF),
             (0x3100, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))
"""Thai, Lao, Myanmar, Khmer, CJK and kana: written without spaces between words."""


def is_word_char(ch: str) -> bool:
    """A letter, digit or combining mark (diacritics of Arabic, Hebrew, Devanagari… stay with their word)."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


APOSTROPHES = frozenset("'’")
JOINERS = APOSTROPHES | frozenset("-\u2010\u2011")
"""Apostrophes and hyphens that join letters into one word ("O'Neill-Smith", "McDonald’s"); a hyphen also
joins a letter and a digit ("Vesterby-2", "COVID-19")."""
UNIT_SIGNS = frozenset("%‰‱′″")
"""Punctuation that belongs to the number before it ("12.5%", "3′", "45″"); degree and currency signs
are symbols, never trimmed."""


def _in_word(text: str, i: int) -> bool:
    """The character at `i` is part of a word: a word character, or an apostrophe or hyphen between letters."""
    ch = text[i]
    if ch in JOINERS:
        if not 0 < i < len(text) - 1:
            return False
        before, after = text[i - 1], text[i + 1]
        if ch in APOSTROPHES:
            return before.isalpha() and after.isalpha()
        # a hyphen joins a letter to a letter or a digit ("Jean-Luc", "Vesterby-2", "COVID-19", "F-16",
        # "19-year-old"); between two numbers it stays a dash ("10-12", "2025-2026")
        return before.isalnum() and after.isalnum() and (before.isalpha() or after.isalpha())
    return is_word_char(ch)


def unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words."""
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _UNSPACED)


def inside_word(text: str, position: int) -> bool:
    """True when `position` (a boundary between two characters) cuts a word in two."""
    if not 0 < position < len(text):
        return False
    before, after = text[position - 1], text[position]
    if not (_in_word(text, position - 1) and _in_word(text, position)):
        return False
    if before in JOINERS or after in JOINERS:
        return True  # "O'Neill", "Jean-Luc", "McDonald's": one word for the half-selected rule
    if unicodedata.category(after).startswith("M"):
        return True  # a combining mark belongs to the letter before it, whatever the script
    return not (unspaced(before) or unspaced(after))


def word_at(text: str, position: int) -> tuple[int, int]:
    """The word a position cuts, as [start, end); (position, position) when it cuts none."""
    if not inside_word(text, position):
        return position, position
    start = position
    while inside_word(text, start):
        start -= 1
    end = position
    while inside_word(text, end):
        end += 1
    return start, end


def snap_selection(text: str, start: int, end: int, exact: bool = False) -> tuple[int, int]:
    """The range a selection [start, end) annotates (see the module doc). May be empty (start == end)."""
    start, end = sorted((max(0, min(len(text), start)), max(0, min(len(text), end))))
    if exact:
        return _trim_spaces(text, start, end)
    first, last = word_at(text, start), word_at(text, end)
    if first[0] < start and end < first[1]:
        return trim_selection(text, *first)  # inside one word: that word
    s, e = start, end
    if first[0] < start:  # the start cuts a word: keep it when at least half of it is selected
        s = first[0] if 2 * (first[1] - start) >= first[1] - first[0] else first[1]
    if end < last[1]:
        e = last[1] if 2 * (end - last[0]) >= last[1] - last[0] else last[0]
    s, e = trim_selection(text, s, e) if e > s else (s, s)
    if e > s:
        return s, e
    cut = [w for w in (first, last) if w[1] > w[0]]
    if not cut:
        return s, s
    best = max(cut, key=lambda w: (min(w[1], end) - max(w[0], start)) / (w[1] - w[0]))
    return trim_selection(text, *best)


def trim_selection(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without surrounding spaces and punctuation, keeping balanced quotes and brackets and
    an abbreviation's full stop. Repeated until nothing changes, so trimming twice is trimming once."""
    while True:
        s, e = _trim_spaces(text, start, end)
        while s < e and _punctuation(text[s]) and not _kept_opener(text, s, e):
            s += 1
        while e > s and _punctuation(text[e - 1]) and not _kept_closer(text, s, e):
            e -= 1
        if (s, e) == (start, end):
            return s, e
        start, end = s, e


def _trim_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or unicodedata.category(text[start]) in ("Cf", "Cc")):
        start += 1
    while end > start and (text[end - 1].isspace() or unicodedata.category(text[end - 1]) in ("Cf", "Cc")):
        end -= 1
    return start, end


def _punctuation(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def _kept_opener(text: str, s: int, e: int) -> bool:
    """An opening quote or bracket at `s` whose closing one is in the range."""
    closer = OPENERS.get(text[s])
    return closer is not None and closer in text[s + 1:e]


def _kept_closer(text: str, s: int, e: int) -> bool:
    """A closing quote or bracket at `e - 1` opened in the range, or an abbreviation's full stop."""
    ch = text[e - 1]
    if ch in UNIT_SIGNS:
        before = text[s:e - 1].rstrip(" \u00a0\u202f\u2009")
        return bool(before) and before[-1].isdigit()
    if ch == ".":
        word_start = e - 1
        while word_start > s and (is_word_char(text[word_start - 1]) or text[word_start - 1] == "."):
            word_start -= 1
        word = text[word_start:e - 1]
        return bool(word) and word[-1].isalpha() and ("." in word or word.casefold() in ABBREVIATIONS)
    return any(o in text[s:e - 1] for o, c in OPENERS.items() if c == ch)


def paragraph_at(text: str, position: int) -> tuple[int, int]:
    """The paragraph (line of the canonical text) around `position`, without its leading and trailing
    spaces: what a triple-click selects, as in any reader. (position, position) on an empty line."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    if end < 0:
        end = len(text)
    if start > end:  # position is the line break itself
        start = end
    return _trim_spaces(text, start, end)


_WORD_BREAKS = frozenset("—–/…,;:!?")
"""Characters that end a double-clicked word even without a space ("barrier—which", "yes,no")."""


def _joins(text: str, i: int) -> bool:
    """Whether the character at `i` belongs to a double-clicked word around it: not a space, a Chinese character or
    a break — except a comma or colon between digits ("1,250.50", "12:30": one number, not "250.50")."""
    ch = text[i]
    if ch.isspace() or unspaced(ch):
        return False
    if ch in _WORD_BREAKS:
        return ch in ",:" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    return True


def word_around(text: str, offset: int) -> tuple[int, int]:
    """The word a double-click on the character at `offset` selects: the run of characters around it up to a
    space, a dash or a comma, trimmed as a drag is, and without a pair of quotes or brackets around it — so an
    abbreviation keeps its stops ("A.P.", "U.S.": Qt's word was "A" or "."). (offset, offset) on a space or such
    a break."""
    if not 0 <= offset < len(text):
        offset = max(0, min(offset, len(text)))
        return offset, offset
    if unspaced(text[offset]):
        return offset, offset + 1
    if not _joins(text, offset):
        return offset, offset
    start, end = offset, offset + 1
    while start > 0 and _joins(text, start - 1):  # (a Chinese character is a word of its own, as in a drag)
        start -= 1
    while end < len(text) and _joins(text, end):
        end += 1
    s, e = trim_selection(text, start, end)
    while e - s > 2 and OPENERS.get(text[s]) == text[e - 1]:  # "“yes”" and "(U.S.)": the word inside
        s, e = trim_selection(text, s + 1, e - 1)
    return (s, e) if e > s else (offset, offset)
