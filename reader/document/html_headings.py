"""A web page's headline and subheadings. The extractors leave the headline out of the article text (18 of the
20 real pages in tests/data/news-html opened on their first paragraph: the headline — often the claim itself —
could be neither read there nor marked), so `with_headline` puts it back as the text's first line. The outline
is the `<h1>`–`<h6>` of the cleaned page whose words are a whole line of the extracted article text: the
extractors keep a subheading as a plain line, so without this the reading view set "What happens next" in body
type and the Outline tab stayed empty for every web page. Pure functions over an lxml tree and the text.
"""
from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from annotations.document import OutlineEntry

VISIBLE_SOURCES = frozenset({"h1", "og", "twitter", "json-ld"})
"""Where a headline is the article's own: a page's `<h1>` or its publisher's article metadata. A `<title>` alone
is the browser tab's text, not the page's (a personal page's "My notes" never becomes a line of its text)."""
HEAD_LINES = 3
"""A headline already among the text's first lines (some extractors keep it) is not put in again."""
MAX_HEADING = 200
"""Characters: a longer "heading" is a paragraph set in a heading tag (a teaser), not a subheading."""
LEVELS = {f"h{n}": n for n in range(1, 7)}


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def page_headings(root: Any) -> list[tuple[int, str]]:
    """(level, words) of each heading element of the page, in document order."""
    found = []
    for element in root.iter(*LEVELS):
        words = " ".join(" ".join(element.itertext()).split())
        if words and len(words) <= MAX_HEADING:
            found.append((LEVELS[element.tag], words))
    return found


def html_outline(root: Any, text: str) -> tuple[OutlineEntry, ...]:
    """The outline of `text` (the article as extracted from `root`): each page heading found, in order, as
    a whole line of the text at or after the previous one found; headings the extractor dropped (a site
    menu's, a sidebar's) are not in the text and are skipped."""
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, _normal(line)))
        offset += len(line) + 1
    entries: list[OutlineEntry] = []
    at = 0
    for level, words in page_headings(root):
        wanted = _normal(words)
        for index in range(at, len(lines)):
            if lines[index][1] == wanted:
                entries.append(OutlineEntry(level=level, title=words, offset=lines[index][0]))
                at = index + 1
                break
    return tuple(entries)


def _agree(a: str, b: str) -> bool:
    """Two headlines that say the same: one inside the other, or the same words but for a few ("Coronavirus: New
    York ramps up mass burials amid outbreak" and "New York ramps up mass burials amid virus outbreak"), neither
    more than twice the other's length (a first paragraph holding every word of the headline is not it)."""
    a, b = _normal(a), _normal(b)
    if a == b:
        return True
    if not a or not b or max(len(a), len(b)) > 2 * min(len(a), len(b)) + 20:
        return False
    return (min(len(a), len(b)) >= 12 and (a in b or b in a)) or fuzz.token_set_ratio(a, b) >= 90


def shown_headline(headline: str, candidates: list[tuple[str, str]]) -> str:
    """The headline as the page shows it: the `<h1>` that agrees with the chosen title (`html_clean.choose_title`,
    which may be the shorter og:title: "What we learned from …" under CNN's "The royal split, …: 11 things we learned
    from …"), unless that `<h1>` is the title after a kicker ("Open Progress Why collaborative thinking …"); the
    chosen title when no `<h1>` agrees and the publisher's metadata says it; "" when only the tab's `<title>` does
    (a personal page's "My notes" is not a line of its text) or it has no words."""
    headline = " ".join(headline.split())
    if sum(c.isalpha() for c in headline) < 2:
        return ""
    for source, said in candidates:
        said = " ".join(said.split())
        if source == "h1" and _agree(headline, said) and not _normal(said).endswith(_normal(headline)):
            return said if len(said) <= MAX_HEADING else ""
    if len(headline) > MAX_HEADING:
        return ""
    if not any(source in VISIBLE_SOURCES and _agree(headline, said) for source, said in candidates):
        return ""
    return headline


def with_headline(text: str, headline: str) -> str:
    """`text` with `headline` (`shown_headline`) as its first line, unless it is empty or one of the text's first
    `HEAD_LINES` lines already says it."""
    if not headline:
        return text
    first = [line for line in text.split("\n", 20)[:20] if line.strip()][:HEAD_LINES]
    if any(_agree(headline, line) for line in first):
        return text
    return f"{headline}\n{text}"


def outline_with_headline(outline: tuple[OutlineEntry, ...], headline: str) -> tuple[OutlineEntry, ...]:
    """`outline` with the headline put back at offset 0 as its top entry (when no heading was found there)."""
    if any(entry.offset == 0 for entry in outline):
        return outline
    return (OutlineEntry(level=1, title=headline, offset=0), *outline)
