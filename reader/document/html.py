"""Saved web pages: the article body and its metadata, from two extractors that are compared per page.

trafilatura is the main extractor (text and metadata); readability-lxml (the Firefox Reader View
algorithm) is the second opinion. Both parse with lxml and never run scripts; we never pass either a
URL to fetch, so nothing remote is ever requested. Before either sees the page, page furniture that
both are known to keep — modal windows, galleries, newsletter and "letters" calls to action, trust
badges, image credit lines — is removed (`reader.document.html_clean`). Then:

- readability's text is taken when it holds (almost) all of trafilatura's and finds clearly more
  (trafilatura stops early on pages made of several short stories);
- when both find next to nothing — a page whose article is only in its JSON-LD (script-rendered
  sites) — the JSON-LD `articleBody` is used;
- the title is the one most candidates agree on (`<h1>`, `og:title`, `twitter:title`, `<title>`,
  JSON-LD headline, trafilatura's), so a modal's heading or a site name does not win.
"""
from __future__ import annotations

import logging
import re
from types import SimpleNamespace
from typing import Any

import trafilatura

from annotations.doc_properties import split_authors
from annotations.errors import DocumentError
from reader.document.html_clean import (
    article_body_from_json_ld,
    block_text,
    choose_title,
    clean_page,
    parse_fragment,
    parse_page,
    shielded_markup,
    title_candidates,
    unshield,
    with_superscript_digits,
    without_ruby_readings,
)
from reader.document import titles
from reader.document.charset import decode_markup, without_encoding_declaration
from reader.document.html_headings import (
    article_h1s, html_outline, outline_with_headline, shown_headline, shown_standfirst, with_headline, with_standfirst,
)
from reader.document.plaintext import canonical
from reader.document.textmodel import DocumentMeta, OutlineEntry

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)
logging.getLogger("readability").setLevel(logging.CRITICAL)
logging.getLogger("readability.readability").setLevel(logging.CRITICAL)

SECOND_OPINION_COVERAGE = 0.9
"""Share of trafilatura's lines that readability's text must contain before it may replace it."""
SECOND_OPINION_GAIN = 1.3
"""...and how much longer it must be."""
SCRIPT_RENDERED_CHARS = 500
"""Below this much article text, a longer JSON-LD articleBody is taken instead."""


_STATED_DATES_ONLY = {"original_date": True, "extensive_search": False}
"""htmldate's search for the date a page states (metadata, `<time>`, a dated byline, the URL), without its extensive
search, which took any date or year in the text for the publication date: "In 2019 …" dated a page 2019-01-01."""


def _trafilatura(page: bytes | str) -> Any:
    result: Any = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params=_STATED_DATES_ONLY,
    )
    if isinstance(result, dict):  # older trafilatura returned a dict
        result = SimpleNamespace(**result)
    return result


def _readability(page: bytes | str) -> str:
    """readability-lxml's article text ("" when it finds none or fails: it is only a second opinion)."""
    try:
        from readability import Document as Readability  # type: ignore[import-untyped]

        summary = Readability(page).summary(html_partial=True)
        return block_text(parse_fragment(summary))
    except RecursionError:
        raise
    except Exception:  # readability raises its own Unparseable and lxml's errors on odd pages
        return ""


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 4]) for i in range(max(0, len(words) - 3))}


def _covers(longer: str, shorter: str) -> float:
    """Share of `shorter`'s four-word runs found in `longer` (markup-independent: list bullets, line
    breaks and inline tags differ between the extractors)."""
    wanted = _shingles(shorter)
    if not wanted:
        return 1.0
    return len(wanted & _shingles(longer)) / len(wanted)


def pick_text(main: str, second: str) -> str:
    """trafilatura's text unless readability's holds nearly all of it and clearly more. readability
    alone is not trusted: on a page where trafilatura finds no article (random bytes, a PNG named .html)
    it still returns whatever text there is."""
    if not main:
        return ""
    if len(second) > SECOND_OPINION_GAIN * len(main) and _covers(second, main) >= SECOND_OPINION_COVERAGE:
        return second
    return main


_PAGE_TAG = re.compile(r"<(?:html|head|body|!doctype)\b", re.IGNORECASE)
"""(A `<meta charset>` put before a fragment for its byte-order mark leaves it a fragment.)"""


_TAG = re.compile(rb"<(/?)([a-zA-Z][\w:.-]*)(?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+>")
"""A tag, its quoted attribute values read whole (a `>` or a `<script` inside one is no markup)."""
_RAW_TEXT = frozenset((b"script", b"style", b"title", b"textarea", b"xmp", b"noembed", b"noframes", b"iframe"))
"""Elements whose content is text, not markup, up to their end tag (as browsers read them)."""
_METADATA = re.compile(rb"application/ld\+json", re.IGNORECASE)
BULKY_CODE = 1 << 20
"""A script or style larger than this is emptied before parsing: never article text, and libxml2 takes no text
node past 10 MB — a page saved whole with 20 MB of inline app state was refused as "has no readable text" (an
outside tester, stop 54). Smaller ones stay, and JSON-LD metadata (authors, date, outlet) under that limit."""
LIBXML_TEXT_LIMIT = 10_000_000


_CODE_MARK = re.compile(rb"</?(?:script|style)", re.IGNORECASE)


def _may_hold_bulky_code(data: bytes) -> bool:
    """Whether some `<script` or `<style` is followed by more than `BULKY_CODE` bytes before the next such mark (a
    quick look in C: a page without one is not scanned tag by tag, 2.8 s for 32 MB of ordinary markup)."""
    opened = None  # the first `<script`/`<style` since the last end mark (one inside a script's text is text)
    for mark in _CODE_MARK.finditer(data):
        if data[mark.start() + 1:mark.start() + 2] == b"/":
            if opened is not None and mark.start() - opened > BULKY_CODE:
                return True
            opened = None
        elif opened is None:
            opened = mark.start()
    return opened is not None and len(data) - opened > BULKY_CODE


def _without_bulky_code(data: bytes) -> bytes:
    """`data` with the bodies of bulky scripts and styles taken out, in one pass over its tags read as a browser
    reads them: a comment is passed over, so is a tag with its quoted attribute values whole (`alt="a > b <script>"`,
    `srcdoc="<p>…<script>"`), and the text of a title, a text area, `<xmp>` and the like up to their end tag; a
    script runs to its first `</script`. Taken for scripts, words in these places emptied whole articles, and a
    page of 200,000 `<style ` with no `>` took 202 s (outside testers on the fixes, stop 54)."""
    if len(data) <= BULKY_CODE or not _may_hold_bulky_code(data):
        return data
    out: list[bytes] = []
    kept = 0  # where the bytes not yet copied to `out` start
    pos = data.find(b"<")
    while 0 <= pos:
        if data.startswith(b"<!--", pos):  # a comment, to its end ("<!-->" is one) or the page's
            end = data.find(b"-->", pos + 2)
            if end < 0:
                break
            pos = data.find(b"<", end + 3)
            continue
        if data.startswith(b"<![CDATA[", pos):  # (in SVG and MathML)
            end = data.find(b"]]>", pos)
            if end < 0:
                break
            pos = data.find(b"<", end + 3)
            continue
        if data[pos + 1:pos + 2] in (b"!", b"?"):  # a doctype, a bogus comment or a processing instruction
            end = data.find(b">", pos)
            if end < 0:
                break
            pos = data.find(b"<", end + 1)
            continue
        tag = _TAG.match(data, pos)
        if tag is None:
            if pos + 1 < len(data) and data[pos + 1:pos + 2].isalpha():  # a tag never finished: nothing after it
                break  # is markup
            pos = data.find(b"<", pos + 1)
            continue
        name = tag.group(2).lower()
        if tag.group(1) or name not in _RAW_TEXT or tag.group(0).endswith(b"/>"):  # (lxml closes `<script …/>`)
            pos = data.find(b"<", tag.end())
            continue
        closing = re.compile(rb"</" + re.escape(name) + rb"(?![\w-])", re.IGNORECASE).search(data, tag.end())
        body_end = closing.start() if closing else len(data)
        if name in (b"script", b"style") and body_end - tag.end() > BULKY_CODE \
                and not (_METADATA.search(tag.group(0)) and body_end - tag.end() < LIBXML_TEXT_LIMIT):
            out.append(data[kept:tag.end()])
            kept = body_end
        if closing is None:
            break
        pos = data.find(b"<", closing.end())
    out.append(data[kept:])
    return b"".join(out)


_INLINE_DATA = re.compile(rb"""([="'(]\s*)data:[^"')<>]{4096,}""", re.IGNORECASE)
"""A `data:` URI of 4 KB or more: an image, font or stylesheet inlined in the page (SingleFile, "Webpage, Single
File"), in an attribute, a `url(…)` or a script's JSON."""


def _without_inline_data(data: bytes) -> bytes:
    """`data` with its large `data:` URIs emptied (`data:,`) before parsing: never text, and a page saved with its
    images inlined passed the 10 MB libxml2 parses without `huge_tree` — a news article with 8 MB of images was refused
    as "has no readable text" (an outside tester, stop 59). Emptied, not parsed with `huge_tree`, so that the tree of
    such a page costs what its text does."""
    return _INLINE_DATA.sub(rb"\1data:,", data)


_BLANK_LINE = re.compile(r"^[^\S\n]+\n|\n[^\S\n]+$", re.MULTILINE)
"""A line of nothing but white space, with its line end: a page's indentation between blocks, which a browser never
shows (KBS's article opened on four lines of spaces)."""


def _is_fragment(page: str) -> bool:
    """Markup without a page around it: no <html>, <head>, <body> or doctype in its first 64 K characters."""
    head = page[:65536]
    return head.lstrip()[:1] == "<" and not _PAGE_TAG.search(head)


def read_html(data: bytes, name: str) -> tuple[str, DocumentMeta, tuple[OutlineEntry, ...], tuple[str, ...]]:
    """`extract_html` of a saved page's bytes, decoded by the rule text files follow (`charset.decode_markup`: its
    byte-order mark, its declared charset when its bytes are in it, else the detection), with that rule's warnings."""
    decoded = decode_markup(_without_inline_data(_without_bulky_code(data)), name)
    return (*extract_html(decoded.text, name), decoded.warnings)


def extract_html(page: bytes | str, name: str) -> tuple[str, DocumentMeta, tuple[OutlineEntry, ...]]:
    """Article text (paragraphs separated by `\\n`), metadata and subheadings (the outline) of a saved page (bytes
    are decoded as `read_html` decodes them)."""
    data = decode_markup(_without_inline_data(_without_bulky_code(page)), name).text if isinstance(page, bytes) \
        else page
    data = without_encoding_declaration(data.lstrip("\ufeff"))
    if _is_fragment(data):  # a bare fragment ("<div>…</div>": a clipper's or Reader View's saved article): the
        data = "<html><body>" + data + "</body></html>"  # extractors find no article outside a page's body
    try:
        root = parse_page(data)
        cleaned: str = data
        shielded: str = data
        stand_ins: dict[str, str] = {}
        if root is not None:
            without_ruby_readings(root)
            with_superscript_digits(root)
            cleaned = clean_page(root)
            shielded, stand_ins = shielded_markup(root, cleaned)
        result = _trafilatura(shielded)
        if result is not None:
            for field in ("text", "title", "author", "sitename", "date", "url"):
                value = getattr(result, field, None)
                if isinstance(value, str):
                    setattr(result, field, unshield(value, stand_ins))
        main = canonical((result.text if result is not None else "") or "").strip("\n")
        text = pick_text(main, canonical(_readability(cleaned)).strip("\n"))
        json_ld_body = article_body_from_json_ld(root) if root is not None else ""
        if len(text) < SCRIPT_RENDERED_CHARS:
            body = canonical(json_ld_body).strip()
            if len(body) > 2 * max(len(text), 1):
                text = body
    except RecursionError:
        raise DocumentError(f"“{name}” is nested too deeply to be read as a web page.") from None
    except Exception:  # lxml/trafilatura raise many kinds on broken markup; their names mean nothing to users
        raise DocumentError(f"“{name}” could not be read as a web page (its markup is broken).") from None
    if not text:
        try:
            text = canonical(unshield(trafilatura.html2txt(shielded) or "", stand_ins)).strip()
        except Exception:
            text = ""
    text = _BLANK_LINE.sub("", text)
    if not text:
        raise DocumentError(f"“{name}” has no readable text.")
    candidates = title_candidates(root) if root is not None else []
    if result is not None and (result.title or "").strip():
        candidates.append(("metadata", (result.title or "").strip()))
    headline = choose_title(candidates, site=(result.sitename or "") if result is not None else "")
    if root is not None and not titles.is_junk(headline, name.rsplit(".", 1)[0]):
        in_json_ld = " ".join(json_ld_body.split()[:30])  # the article is a script-rendered
        from_json_ld = bool(in_json_ld) and " ".join(text.split()[:30]) == in_json_ld  # page's JSON-LD body
        shown_line = shown_headline(headline, candidates, article_h1s(root), from_json_ld)
        line = canonical(titles.tidy(titles.strip_controls(shown_line)))
        shown = with_headline(text, line)
        shown = with_standfirst(shown, line, canonical(titles.strip_controls(shown_standfirst(root, line, shown))))
        outline = html_outline(root, shown)
        if shown is not text:
            text, outline = shown, outline_with_headline(outline, line)
    else:
        outline = html_outline(root, text) if root is not None else ()
    title = titles.choose(metadata=[headline], text=text, fallback=name.rsplit(".", 1)[0])
    if result is None:
        return text, DocumentMeta(title=title), outline
    authors = split_authors(result.author or "")
    meta = DocumentMeta(
        title=title,
        authors=authors,
        publisher=(result.sitename or "").strip(),
        published=(result.date or "").strip(),
        source_url=(result.url or "").strip(),
        language=(result.language or "").strip(),
    )
    return text, meta, outline
