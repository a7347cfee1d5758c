"""A document's title: what its metadata says (HTML <title>/og:title/headline, PDF and EPUB metadata,
Markdown front matter) unless that is junk, else its first heading, else its first line — at most
`MAX_TITLE` characters, cut at a word. Pure functions; the loaders pass what each format offers.

A title is shown in the window title, the library, every search hit, every export and the briefing
pack's cover and footers, so a paragraph is never a title: a long line gives its first sentence, or its
first words followed by "…".
"""
from __future__ import annotations

import re
from collections.abc import Iterable

MAX_TITLE = 100
"""Characters of a title made from a document's contents (what the analyst types is kept as typed)."""
MIN_SENTENCE = 20
"""A first sentence shorter than this ("Hi.", "WASHINGTON —") does not make a title on its own."""

_SPACE = re.compile(r"\s+")
_JUNK = re.compile(
    r"""^(untitled(\s+document)?|no\s+title|title|document\d*|doc\d*|new\s+document|presentation\d*|slide\s*\d*
        |microsoft\s+(word|powerpoint)\b.*|.*\.(docx?|pdf|rtf|odt|pptx?|indd|qxd|tex|dvi|txt|html?|xlsx?)
        |[\W\d_]*)$""",
    re.I | re.X,
)
"""Titles producers leave behind: "Untitled", "Microsoft Word - draft3.docx", a file name, only digits."""
_SEPARATORS = (" | ", " — ", " – ", " - ", ": ")
_SENTENCE_END = re.compile(r"(?<=[^\s.]{2}[.!?؟।])[\"”’)»]?\s+(?=[\"“‘(«]?(\w))|(?<=[^\s.]{2}[。！？])[」』”）]?(?=(\w))")
"""A sentence's end and where the next one starts: after a full stop, question or exclamation mark (Latin, Arabic ؟,
Devanagari ।) and a space, or after a Chinese or Japanese one with no space; `_starts_sentence` judges the next
word's first character."""
_LINK = re.compile(r"^<?(https?://|www\.|ftp://|mailto:)\S*>?$", re.I)
"""A line that is only a URL (or an address in angle brackets)."""
_BARE_MARKUP = re.compile(r"^\s{0,3}(#{1,6}\s+|[*+-]\s+|>\s*)")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "prof", "jr", "sr",
                  "no", "vs", "inc", "ltd", "co", "corp", "jan", "feb", "aug", "sept", "oct", "nov", "dec"}
_NOT_TITLES = {"cover", "title page", "title", "contents", "table of contents", "copyright", "front matter",
               "halftitle", "half title", "imprint", "dedication"}
"""Outline entries that come before a book's real first heading."""


def tidy(text: str) -> str:
    """One line: whitespace runs collapsed, ends stripped."""
    return _SPACE.sub(" ", text).strip()


def is_junk(title: str, file_stem: str = "") -> bool:
    """True for a metadata title that names nothing: empty, "Untitled", a producer's placeholder, the
    file's own name, or a string with no letters."""
    title = tidy(title)
    if not title or _JUNK.match(title):
        return True
    stem = tidy(file_stem).lower()
    return bool(stem) and title.lower() in (stem, stem.replace("_", " "), stem.replace("-", " "))


def shorten(title: str, limit: int = MAX_TITLE) -> str:
    """`title` in at most `limit` characters. A long title keeps its main part when a separator
    (" | ", " — ", ": ") leaves a part of at least 20 characters within the limit; otherwise it is cut
    after a whole word and ends with "…"."""
    title = tidy(title)
    if len(title) <= limit:
        return title
    for separator in _SEPARATORS:
        head = title.split(separator, 1)[0].rstrip()
        if MIN_SENTENCE <= len(head) <= limit and head != title:
            return head
    cut = title[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-([{\"'“‘") + "…"


def _starts_sentence(ch: str) -> bool:
    """A capital of any script, a digit, or a letter of a script without capitals (Arabic, Hebrew, Devanagari, CJK…):
    a Latin capital had been required, so no paragraph in another script ever gave its first sentence."""
    return ch.isupper() or ch.isdigit() or (ch.isalpha() and ch.lower() == ch.upper() and not ch.islower())


def first_sentence(line: str) -> str:
    """The first sentence of `line` (the whole line when it has one sentence)."""
    for match in _SENTENCE_END.finditer(line):
        if not _starts_sentence(match.group(1) or match.group(2)):
            continue
        head = line[: match.start()].strip()
        last = head.rsplit(" ", 1)[-1].rstrip(".!?\"”’)").lower()
        if len(head) >= MIN_SENTENCE and last not in _ABBREVIATIONS:
            return head
    return line


def first_line(text: str) -> str:
    """The first line that reads as words (Markdown markers dropped; rules, numbers, ornaments and bare URLs skipped),
    shortened: its first sentence when the line is a paragraph, at most `MAX_TITLE` characters."""
    for raw in text.split("\n", 200)[:200]:
        line = tidy(_BARE_MARKUP.sub("", raw))
        if sum(c.isalpha() for c in line) < 2 or _LINK.match(line):
            continue  # a rule, a number, an ornament, or the article's address pasted above it
        if len(line) > MAX_TITLE:
            line = first_sentence(line)
        return shorten(line)
    return ""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """`text` without control characters (a tab or line end is white space to `tidy`, kept)."""
    return _CONTROL.sub("", text)


def choose(metadata: Iterable[str] = (), headings: Iterable[str] = (), text: str = "",
           fallback: str = "", file_stem: str = "") -> str:
    """The title: the first usable metadata title, else the first heading, else the first line of
    `text`, else `fallback` (the file's name) — each tidied and at most `MAX_TITLE` characters. Control
    characters are left out (a first line's BEL and ESC showed in every listing, escaped: stop 54)."""
    return tidy(_CONTROL.sub("", _choose(metadata, headings, text, fallback, file_stem))) or "Untitled"


def _choose(metadata: Iterable[str], headings: Iterable[str], text: str, fallback: str, file_stem: str) -> str:
    for title in metadata:
        if not is_junk(title, file_stem):
            return shorten(title)
    for heading in headings:
        heading = tidy(heading)
        if sum(c.isalpha() for c in heading) >= 2 and heading.lower() not in _NOT_TITLES:
            return shorten(heading)
    return first_line(text) or shorten(fallback) or "Untitled"
