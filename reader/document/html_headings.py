"""A web page's headline and subheadings. The extractors leave the headline out of the article text (18 of the
20 real pages in tests/data/news-html opened on their first paragraph: the headline — often the claim itself —
could be neither read there nor marked), so `with_headline` puts it back as the text's first line, and
`with_standfirst` the summary the page shows under it as the second. The outline
is the `<h1>`–`<h6>` of the cleaned page whose words are a whole line of the extracted article text: the
extractors keep a subheading as a plain line, so without this the reading view set "What happens next" in body
type and the Outline tab stayed empty for every web page. Pure functions over an lxml tree and the text.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Any
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from annotations.document import OutlineEntry
from reader.document.html_clean import element_words

HEAD_LINES = 10
HEAD_CHARS = 1_500
"""A headline already among the text's first lines (some extractors keep it) is not put in again."""
LEAST_SHARE = 0.8
"""An `<h1>` shorter than this share of the article's title is not its headline (a site's name inside the title)."""
MAX_HEADING = 200
"""Characters: a longer "heading" is a paragraph set in a heading tag (a teaser), not a subheading."""
LEVELS = {f"h{n}": n for n in range(1, 7)}


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def page_headings(root: Any) -> list[tuple[int, str]]:
    """(level, words) of each heading element of the page, in document order."""
    found = []
    for element in root.iter(*LEVELS):
        words = element_words(element)
        if words and len(words) <= MAX_HEADING:
            found.append((LEVELS[element.tag], words))
    return found


def html_outline(root: Any, text: str) -> tuple[OutlineEntry, ...]:
    """The outline of `text` (the article as extracted from `root`): each page heading found, in order, as
    a whole line of the text at or after the previous one found; headings the extractor dropped (a site
    menu's, a sidebar's) are not in the text and are skipped. Each line is looked up once (a page of 6,000 menu
    headings over a 20,000-line transcript took 5 s scanning every line for every heading: a tester, stop 56)."""
    where: dict[str, list[int]] = {}
    starts: list[int] = []
    offset = 0
    for index, line in enumerate(text.split("\n")):
        where.setdefault(_normal(line), []).append(index)
        starts.append(offset)
        offset += len(line) + 1
    entries: list[OutlineEntry] = []
    at = 0
    for level, words in page_headings(root):
        found = where.get(_normal(words), [])
        after = bisect_left(found, at)
        if after < len(found):
            index = found[after]
            entries.append(OutlineEntry(level=level, title=words, offset=starts[index]))
            at = index + 1
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


def _home(link: str) -> bool:
    """Whether `link` goes to a site's home page ("/", "./", "index.html", "https://site.example/")."""
    parts = urlsplit(link.strip())
    return not parts.query and parts.path.strip("/").lower() in ("", ".", "index.html", "index.htm", "index.php")


def article_h1s(root: Any) -> list[str]:
    """The page's first `<h1>`s that may be an article's headline: not a link to the site's home (a blog's name atop
    every page: a tester on the fixes, stop 56). Where an `<h1>` sits says little: real articles keep theirs in a
    `<header>` among the site's menus."""
    found = []
    for h1 in root.iter("h1"):
        links = [a.get("href", "") for a in h1.iter("a")]
        if links and all(_home(link) for link in links):
            continue
        words = element_words(h1)
        if words:
            found.append(words)
    return found[:3]


def shown_headline(headline: str, candidates: list[tuple[str, str]], h1s: list[str],
                   body_from_metadata: bool = False) -> str:
    """The headline as the page shows it: an article's `<h1>` (`article_h1s`) that agrees with the publisher's article
    metadata (og:title, twitter:title, JSON-LD headline) — CNN's "The royal split, …: 11 things we learned from …" under an og:title
    "What we learned from …" — or that metadata's title itself when the `<h1>` is it after a kicker ("Open Progress
    Why collaborative thinking …"). "" when no `<h1>` agrees: a blog's name, a section's ("Politics") or a modal's
    `<h1>` is no headline, and a title only the metadata says (a clickbait og:title) is no line the page shows (a
    tester on the fixes, stop 56) — unless the article itself came from that metadata (`body_from_metadata`: a
    script-rendered page's JSON-LD), where its headline is the JSON-LD's."""
    headline = " ".join(headline.split())
    said = {source: " ".join(text.split()) for source, text in reversed(candidates)}  # (the first of each source)
    article = [said[s] for s in ("og", "twitter", "json-ld") if said.get(s)]
    for shown in h1s:
        if sum(c.isalpha() for c in shown) < 2 or len(shown) > MAX_HEADING:
            continue
        for title in article:
            if _normal(shown).endswith(_normal(title)) and len(shown) > len(title):
                return title  # the <h1> is a kicker and this title
            if _agree(shown, title) and len(shown) >= LEAST_SHARE * len(title):
                return shown
    if body_from_metadata and said.get("json-ld") and _agree(headline, said["json-ld"]):
        return said["json-ld"] if len(said["json-ld"]) <= MAX_HEADING else ""
    return ""


def with_headline(text: str, headline: str) -> str:
    """`text` with `headline` (`shown_headline`) as its first line, unless it is empty or one of the text's first
    `HEAD_LINES` lines (within `HEAD_CHARS`) already says it (a kicker, "Live updates", a byline and a date may come
    before the headline the extractor kept)."""
    if not headline:
        return text
    first = [line for line in text[:HEAD_CHARS].split("\n") if line.strip()][:HEAD_LINES]
    if any(_agree(headline, line) for line in first):
        return text
    return f"{headline}\n{text}"


STANDFIRST_CHARS = (20, 600)
"""Length of a standfirst (the summary under a headline) that is taken: a phrase at least, a paragraph at most."""


_NOT_A_STANDFIRST = frozenset({"script", "style", "noscript", "title", "template", "textarea", "figcaption", "figure",
                               "blockquote", "nav", "footer", "aside", "form", "button", "select", "option", "h1",
                               "label"})
"""Where a description's words are something else: a caption, a pull quote, a form, a footer, a sidebar, or the
headline itself (an article's own `<header>` holds its standfirst: not on the list)."""
STANDFIRST_REACH = 40
"""Elements after the headline's `<h1>`, in the page's order, within which its standfirst stands."""


def shown_standfirst(root: Any, headline: str, text: str = "") -> str:
    """The standfirst as the page shows it: the publisher's description (og:, twitter: or the page's description) where
    an element among the first `STANDFIRST_REACH` after the headline's `<h1>` says it too (`.dek`, `.standfirst`, an
    article summary) — not hidden, not in a caption, quote, form, header, footer or aside, not the headline again.
    The extractors drop it with the headline: the Telegraph's "A plumber who killed the 'dazzling' daughter…", the
    Atlantic's, the Economist's, the Guardian's (an outside tester, stop 56); a site's tagline, a footer blurb, an
    author's bio, a cookie notice, a photo caption and a pitch after the article were taken at first (a tester on the
    fixes). It stands before the article's first paragraph (one of `text`'s lines). "" when none."""
    described = root.xpath("//meta[@property='og:description']/@content | //meta[@name='twitter:description']/@content"
                           " | //meta[@name='description']/@content")
    said = [" ".join(str(d).split()) for d in described[:3]]
    said = [d for d in said if STANDFIRST_CHARS[0] <= len(d) <= STANDFIRST_CHARS[1] and not _agree(d, headline)]
    if not said:
        return ""
    h1 = next((h for h in root.iter("h1") if _agree(element_words(h), headline)), None)
    if h1 is None:
        return ""
    body = {_normal(line) for line in text.split("\n", 80)[:80] if len(line) > 40}  # the article's opening lines
    for element in h1.xpath(f"following::*[position() <= {STANDFIRST_REACH}]"):
        if not isinstance(element.tag, str) or _hidden_or_elsewhere(element):
            continue
        shown = element_words(element)
        if _normal(shown) in body:
            break  # the article has begun: a newsletter pitch or a teaser after it is no standfirst
        if STANDFIRST_CHARS[0] <= len(shown) <= STANDFIRST_CHARS[1] and not _agree(shown, headline) and any(
                _agree(shown, d) and _normal(shown).startswith(_normal(d)[:30]) for d in said):
            return shown  # (its words begin as the description's: not a box that holds it among others)
    return ""


def _hidden_or_elsewhere(element: Any) -> bool:
    """An element whose words the reader does not see as the article's standfirst (see `_NOT_A_STANDFIRST`)."""
    for e in (element, *element.iterancestors()):
        if e.tag in _NOT_A_STANDFIRST or e.get("hidden") is not None or e.get("aria-hidden") == "true":
            return True
        classes = (e.get("class") or "").lower()
        if "display:none" in (e.get("style") or "").replace(" ", "") or "visually-hidden" in classes \
                or "caption" in classes or "credit" in classes:
            return True
    return False


def with_standfirst(text: str, headline: str, standfirst: str) -> str:
    """`text` (opening on `headline`) with `standfirst` as its second line, unless the text already says it."""
    first, _, rest = text.partition("\n")
    if not standfirst or not headline or not _agree(first, headline):
        return text
    if any(_agree(standfirst, line) for line in rest[:HEAD_CHARS].split("\n")[:HEAD_LINES] if line.strip()):
        return text
    if _normal(standfirst)[:60] in _normal(rest):  # the article says it further on (Salon's opens a later paragraph)
        return text
    return f"{first}\n{standfirst}\n{rest}" if rest else f"{first}\n{standfirst}"


def outline_with_headline(outline: tuple[OutlineEntry, ...], headline: str) -> tuple[OutlineEntry, ...]:
    """`outline` with the headline put back at offset 0 as its top entry (when no heading was found there)."""
    if any(entry.offset == 0 for entry in outline):
        return outline
    return (OutlineEntry(level=1, title=headline, offset=0), *outline)
