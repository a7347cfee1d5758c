"""Plain text and Markdown: the canonical text is the file's own text (NFC, `\\n` line ends)."""
from __future__ import annotations

import re
import unicodedata

from annotations.doc_properties import split_authors
from reader.document import titles
from reader.document.charset import decode_text
from reader.document.textmodel import DocumentMeta, OutlineEntry


def canonical(text: str) -> str:
    """Canonical form of any extracted text: `\\n` line ends and Unicode NFC; nothing else changes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def decode(data: bytes, name: str) -> str:
    """Bytes of a text file -> str (`reader.document.charset.decode_text` says how, and with what warnings)."""
    return decode_text(data, name).text


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.M)


def text_meta(text: str, fallback_title: str) -> DocumentMeta:
    """A .txt file's title is its first line that reads as words (`titles.first_line`: its first
    sentence when it is a paragraph, at most 100 characters); a web address alone on the first line
    (an article pasted under its link) is its source URL."""
    first = text.lstrip().split("\n", 1)[0].strip().strip("<>")
    url = first if re.match(r"^https?://\S+$", first, re.I) else ""
    return DocumentMeta(title=titles.choose(text=text, fallback=fallback_title), source_url=url)


def markdown_meta(text: str, fallback_title: str) -> tuple[DocumentMeta, tuple[OutlineEntry, ...]]:
    """Title/author/date from YAML-style front matter or the first heading; headings as the outline."""
    fields: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).split("\n"):
            key, sep, value = line.partition(":")
            if sep:
                fields[key.strip().lower()] = value.strip().strip("\"'")
    outline = tuple(
        OutlineEntry(level=len(m.group(1)), title=m.group(2), offset=m.start())
        for m in _HEADING.finditer(text)
    )
    title = titles.choose(metadata=[fields.get("title", "")], headings=[o.title for o in outline],
                          text=text[match.end():] if match else text, fallback=fallback_title)
    authors = split_authors(fields.get("author", fields.get("authors", "")))
    meta = DocumentMeta(
        title=title,
        authors=authors,
        publisher=fields.get("publisher", fields.get("site", "")),
        published=fields.get("date", ""),
        source_url=fields.get("url", fields.get("source", "")),
    )
    return meta, outline
