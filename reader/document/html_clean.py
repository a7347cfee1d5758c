"""Page-level helpers for `reader.document.html`: furniture removal before extraction, block text,
JSON-LD article bodies and title candidates. lxml only; nothing is fetched, no script runs."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.etree  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]
from rapidfuzz import fuzz

from reader.document.superscripts import superscript_elements

FURNITURE_WORDS = frozenset({
    "modal", "popup", "overlay", "lightbox", "gallery", "slideshow", "carousel", "newsletter", "signup",
    "subscribe", "subscription", "paywall", "trustbadge", "trust", "cta", "promo", "recirc", "outbrain",
    "taboola", "relatedcoverage", "related", "share", "sharing", "social", "advert", "advertisement", "ad",
    "sponsored", "cookie", "consent",
})
"""Class/id parts ("c-letters-cta" -> c, letters, cta) that mark furniture on real news pages."""
MAX_FURNITURE_SHARE = 0.3
"""An element holding more of the page's text than this is never removed (it is the article's wrapper,
whatever its classes say)."""
CAPTION_CHARS = 160
BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dt",
                    "dd", "figcaption", "section", "article", "header", "footer", "table", "ul", "ol", "br"})
_PARTS = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—·•:]\s+")


def parse_page(data: bytes | str) -> Any:
    """The page's lxml tree (bytes decoded as trafilatura decodes them; `html.read_html` hands it text it decoded
    itself), or None when there is no markup to speak of."""
    from trafilatura.utils import load_html

    try:
        return load_html(data)
    except (lxml.etree.ParserError, ValueError, TypeError):
        return None


def parse_fragment(markup: str) -> Any:
    """An HTML fragment (readability's summary) as a tree, or None."""
    try:
        return lxml.html.fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return None


def _text_len(element: Any) -> int:
    return len(" ".join(element.text_content().split()))


def _is_furniture(element: Any) -> bool:
    if element.get("aria-modal") == "true" or element.get("role") in ("dialog", "alertdialog"):
        return True
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if not names.strip():
        return False
    parts = {p.lower() for token in names.split() for p in _PARTS.split(token) if p}
    parts |= {token.lower().replace("-", "").replace("_", "") for token in names.split()}
    return bool(parts & FURNITURE_WORDS) or any(_readers_comments(token) for token in names.split()) \
        and element.find(".//h1") is None


def _readers_comments(token: str) -> bool:
    """A class or id naming readers' comments ("comments-area", "comment_text", "visitors_comment_content",
    "disqus_thread"), not an article that merely has them ("has-comments", "comments-open", "no-comments") nor
    the writer's own words ("editor-comment", "commentBody" holding an article, "expert-comment")."""
    parts = {p.lower() for p in _PARTS.split(token) if p}
    return bool(parts & _COMMENT_WORDS) and not parts & _NOT_READERS_COMMENTS


_COMMENT_WORDS = frozenset({"comment", "comments", "disqus"})
_NOT_READERS_COMMENTS = frozenset({"no", "has", "open", "closed", "count", "counter", "number", "link", "links",
                                   "button", "body", "article", "story", "post", "entry", "editor", "editors",
                                   "expert", "author", "staff", "our", "icon", "bubble"})


def _drop(element: Any) -> None:
    """Remove the element but keep its tail text (which belongs to the parent)."""
    parent = element.getparent()
    if parent is None:
        return
    element.drop_tree()


def without_ruby_readings(root: Any) -> None:
    """Leave out ruby readings, the small type above hard characters in Japanese and Chinese ("<ruby>漢字<rt>かんじ
    </rt></ruby>") and the <rp> brackets around them for browsers that cannot draw it: the text reads "漢字". A page
    holding any was taken by trafilatura for one paragraph, headline and all, the readings inline."""
    for element in list(root.iter("rt", "rp", "rtc")):
        _drop(element)


def with_superscript_digits(root: Any) -> None:
    """Digits and signs set in `<sup>` as superscript characters, as the page shows them: a power or a note reference
    was run into the number or word before it ("€12<sup>5</sup>" read "€125", "10<sup>8</sup>" "108", "figures<sup>1
    </sup>" "figures1"). Anything else in a `<sup>` ("1<sup>st</sup>", "[1]") and subscripts stay as they are."""
    superscript_elements(list(root.iter("sup")))


def clean_page(root: Any) -> str:
    """The page without furniture blocks and image credit lines, serialised for the extractors."""
    body = root.find(".//body")
    total = _text_len(body if body is not None else root) or 1
    doomed = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "head"):
            continue
        if element.tag in ("p", "div", "figure") and element.find(".//img") is not None:
            if _text_len(element) <= CAPTION_CHARS and element.find(".//p") is None:
                doomed.append(element)  # an image with its credit line: "(Credit: Clayton Aldern / Grist)"
                continue
        if _is_furniture(element) and _text_len(element) <= MAX_FURNITURE_SHARE * total:
            doomed.append(element)
    for element in doomed:
        if all(ancestor not in doomed for ancestor in element.iterancestors()):
            _drop(element)
    return str(lxml.html.tostring(root, encoding="unicode"))


def _walk(element: Any, out: list[str]) -> None:
    if not isinstance(element.tag, str) or element.tag in ("script", "style", "noscript"):
        if element.tail:
            out.append(element.tail)
        return
    block = element.tag in BLOCKS
    if block:
        out.append("\n")
    if element.text:
        out.append(element.text)
    for child in element:
        _walk(child, out)
    if block:
        out.append("\n")
    if element.tail:
        out.append(element.tail)


def block_text(root: Any) -> str:
    """Text of a fragment, one line per block element, whitespace collapsed within lines."""
    if root is None:
        return ""
    out: list[str] = []
    _walk(root, out)
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def _json_ld(root: Any) -> Iterator[Any]:
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for k, v in item.items() if k == "@graph")


def article_body_from_json_ld(root: Any) -> str:
    """The longest JSON-LD `articleBody` on the page ("" when there is none)."""
    bodies = [item.get("articleBody") for item in _json_ld(root)]
    texts = [" ".join(b.split()) for b in bodies if isinstance(b, str)]
    return max(texts, key=len, default="")


def element_words(element: Any) -> str:
    """An element's words as a browser shows them on one line: its text pieces joined as written ("Barbie<span>’s"
    is "Barbie’s", not "Barbie ’s"), a space only where a lower-case letter meets a capital across a tag (a kicker
    set apart by its style: "Open Progress<span>Why" is "Open Progress Why"), white space runs single spaces."""
    out = ""
    for piece in element.itertext():
        if out and piece and out[-1].islower() and piece[0].isupper():
            out += " "
        out += piece
    return " ".join(out.split())


def title_candidates(root: Any) -> list[tuple[str, str]]:
    """(source, title) pairs the page offers: og/twitter titles, <title> (site name cut), JSON-LD
    headline, the first <h1>s."""
    out: list[tuple[str, str]] = []
    for source, xpath in (("og", "//meta[@property='og:title']/@content"),
                          ("twitter", "//meta[@name='twitter:title']/@content")):
        out += [(source, " ".join(str(v).split())) for v in root.xpath(xpath)[:1]]
    for title in root.xpath("//title")[:1]:
        full = " ".join(title.text_content().split())
        out.append(("title", full))
        parts = _TITLE_SEPARATORS.split(full)
        if len(parts) > 1:
            out.append(("title", max(parts, key=len)))
    for item in _json_ld(root):
        if isinstance(item.get("headline"), str):
            out.append(("json-ld", " ".join(item["headline"].split())))
            break
    for heading in root.xpath("//h1")[:3]:
        out.append(("h1", element_words(heading)))
    return [(source, text) for source, text in out if text]


_PRIORITY = {"h1": 0, "og": 1, "json-ld": 2, "twitter": 3, "metadata": 4, "title": 5}


def _agree(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or (min(len(a), len(b)) >= 12 and (a in b or b in a)) or fuzz.ratio(a, b) >= 85


def choose_title(candidates: list[tuple[str, str]], site: str = "") -> str:
    """The candidate that the most other sources agree with; ties go to <h1>, then og:title, ...
    A site's own name ("POLITICO", "KBS WORLD") or a two-word heading with no support never wins on
    priority alone."""
    site = site.strip().lower()
    usable = [(s, t) for s, t in candidates if t.lower() != site and len(t) <= 300]
    if not usable:
        return ""

    def family(source: str) -> str:
        return "og" if source == "twitter" else source  # twitter:title copies og:title: one voice

    def score(item: tuple[str, str]) -> tuple[int, int, int, int]:
        source, text = item
        others = [(s, t) for s, t in usable if family(s) != family(source)]
        support = len({family(s) for s, t in others if _agree(text, t)})
        core = sum(1 for _, t in others if len(text) >= 12 and text.lower() in t.lower() and t != text)
        return support, core, -_PRIORITY.get(source, 9), len(text.split())

    best = max(usable, key=score)
    if score(best)[0] == 0:
        for source in ("og", "json-ld", "twitter", "metadata", "title", "h1"):
            for s, t in usable:
                if s == source:
                    return t
    return best[1]


SHIELDED = ("&", "\u200c", "\u200d")
"""Characters of a page's text that trafilatura alters: it unescapes its text output once more (so "&amp;lt;",
which the page shows as "&lt;", came out "<"; "&amp;amp;" came out "&"), and it drops every character that
`str.isprintable` rejects, which takes ZWNJ/ZWJ out of Persian and Indic words ("می‌شود" -> "میشود") and
emoji sequences ("👩🏽‍🚀" -> "👩🏽🚀"). Other format characters it drops (LRM/RLM, bidi overrides, soft hyphens)
are left to it: they do not change what a word is."""
_STAND_INS = tuple(chr(c) for c in range(0x1D2E0, 0x1D2F4))
"""Mayan numerals: printable, NFC-stable, not whitespace, and absent from real pages (checked per page)."""


def shielded_markup(root: Any, plain: str) -> tuple[str, dict[str, str]]:
    """The page (`plain`: `root` serialised) with each `SHIELDED` character of its text replaced by a stand-in
    that trafilatura passes through, and the map to put them back (`unshield`). Scripts and styles are left
    alone (trafilatura reads JSON-LD metadata from them), and so is the tree. A page that already holds the
    stand-ins gets no shield (the map is empty)."""
    free = [c for c in _STAND_INS if c not in plain]
    if len(free) < len(SHIELDED):
        return plain, {}
    table: dict[str, str | int | None] = dict(zip(SHIELDED, free))
    swap = str.maketrans(table)
    saved = []
    for element in root.iter():
        saved.append((element, element.text, element.tail))
        if element.text and isinstance(element.tag, str) and element.tag not in ("script", "style"):
            element.text = element.text.translate(swap)
        if element.tail:
            element.tail = element.tail.translate(swap)
    try:
        return str(lxml.html.tostring(root, encoding="unicode")), {str(v): k for k, v in table.items()}
    finally:
        for element, text, tail in saved:
            element.text, element.tail = text, tail


def unshield(text: str, stand_ins: dict[str, str]) -> str:
    """`text` with the stand-ins of `shielded_markup` turned back into the page's characters."""
    table: dict[str, str | int | None] = dict(stand_ins)
    return text.translate(str.maketrans(table)) if stand_ins else text
