"""What the start of a line says, apart from the sentences: a dateline ("BEIRUT, Lebanon —") names a place, an
interviewer's label ("The Economist: ...") an organisation, and a shouted all-capital line is no evidence for an
acronym. These read the layout of the text rather than runs of words, hence their own module."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from annotations.suggest.found import Found
from annotations.suggest.name_words import FUNCTION, zipf

_DATELINE: Final = re.compile(r"^([A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2})(?:,[ \t]+(?![A-Z][A-Z ]*:)[A-Z]|[ \t]+\([A-Z])",
                              re.M)
"""A dateline: "HOUSTON, Texas (KTRK) --", "BEIRUT, Lebanon —", "OSLO (NTB) -"."""
DATELINE_PREFIX: Final = re.compile(r"[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2}(?:,[ \t]+\w[\w.'’-]*(?:[ \t][\w.'’-]+){0,3})?"
                                    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:--|[-–—])(?:[ \t]+|(?![a-z]))")
"""A whole wire dateline opening a line, up to its dash: "LONDON (Reuters) - ", "LONDON, 12 March 2024 — ",
"HOUSTON, Texas (KTRK) -- ". The agency in it reports the story; it does not say what the sentence says. Not a
hyphenated word ("UK-based investors said")."""


CAPITAL_LABEL: Final = re.compile(r"^(?P<name>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’.-]*){0,3})(?:,[ \t]+(?P<role>[A-Z][A-Z ]*))?:"
                                  r"[ \t]*", re.M)
"""A transcript's speaker label in capitals: "BOATENG: …", "ADWOA BOATENG: …", "STEVE INSKEEP, HOST:" (its words
are no acronyms, its line no dateline)."""


def at_line_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a `re.M` pattern that starts with `^` and whose matches never reach past their
    line's end (so none holds the start of another line): the pattern tried at each line's start only. The regex
    engine tries a leading `^` at every position of the text (5 ms per MB for each pattern; news has a line break
    every few hundred characters)."""
    at = 0
    while True:
        m = pattern.match(text, at)
        if m is not None:
            yield m
        at = text.find("\n", at) + 1
        if not at:
            return


def capital_label_words(text: str) -> set[int]:
    """Where each word of a capital label starts (most texts have no colon at a line's start in capitals)."""
    out: set[int] = set()
    for m in at_line_starts(CAPITAL_LABEL, text):
        out.update(w.start() + m.start() for w in re.finditer(r"\S+", m.group(0)))
    return out


def interview_labels(text: str) -> Iterator[Found]:
    """A line starting "The Economist: What do you mean…": an interviewer labelled with an article is a
    publication or another organisation (people are labelled by name, "Thomas Malone:")."""
    for m in _LABEL.finditer("\n" + text):
        if m.group(1) not in FUNCTION and zipf(m.group(1).split()[0]) < 5.2:
            yield Found("ORG", m.start(1) - 1, m.end(1) - 1)


_LABEL: Final = re.compile(r"\nThe[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?):[ \t]")


def datelines(text: str) -> Iterator[Found]:
    for m in at_line_starts(_DATELINE, text):
        yield Found("PLACE", m.start(1), m.end(1))


def shouting(text: str, at: int) -> bool:
    """An all-capital line (a shouted headline, a dateline "HOUSTON, Texas") is no evidence."""
    line_start = text.rfind("\n", 0, at) + 1
    line = text[line_start:line_start + 80]
    letters = [c for c in line[:40] if c.isalpha()]
    return len(letters) > 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def opens_dateline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], in capitals, is the place a wire dateline opens with ("MAKHANDA – The festival …",
    "LAGOS - Police …"): a place no list knows, not an organisation its capitals suggest."""
    if start and text[start - 1] != "\n" or not text[start:end].isupper():
        return False
    dateline = DATELINE_PREFIX.match(text, start) if text[end:end + 1] in (" ", ",", "\t") else None
    if dateline is None or not text[dateline.end():dateline.end() + 1].isupper():
        return False  # (not "UNESCO - the agency -")
    stop = text.find(". ", dateline.end())
    stop = len(text) if stop < 0 else stop
    return not _BODY_REFERRED.search(text, dateline.end(), stop) and text.find(text[start:end], end, stop) < 0 \
        and not _NAME_SAID.search(text, dateline.end(), stop + 1)  # (not "SANRAL – …, SANRAL said.", "ACSA – …,
    # Airports Company South Africa said.": a press release's body)
    # (not "SAMWU – The union said", "NERSA – Tariffs will rise, the regulator said")


_NAME_SAID: Final = re.compile(r",[ \t]+(?:[A-Z][\w&'’-]*[ \t]+){1,6}said\.")
_BODY_REFERRED: Final = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+(?:[A-Za-z-]+[ \t]+){0,3}(?:union|authority|association|bank|company|group|agency|"
                                   r"council|party|firm|body|organi[sz]ation|ministry|department|federation|club|board|"
                                   r"commission|service|lender|insurer|airline|operator|charity|league|watchdog|regulator|"
                                   r"network|broadcaster|university|institute|foundation|trust|movement|coalition|utility)\b")
"""In the first sentence after a body's name in capitals that opens a paragraph before a dash: the body referred back
to ("SAMWU – The union said …", "NERSA – Tariffs will rise, the regulator said", "GEMS – The Gulf Education group
said"), which a dateline's town never is."""
