"""Plain text and Markdown: the canonical text is the file's own text (NFC, `\\n` line ends)."""
from __future__ import annotations

import re
import unicodedata

from annotations.doc_properties import split_authors
from reader.document import titles
from reader.document.charset import decode_text
from reader.document.front_matter import Value, front_matter
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


_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.M)


def text_meta(text: str, fallback_title: str) -> DocumentMeta:
    """A .txt file's title is its first line that reads as words (`titles.first_line`: its first
    sentence when it is a paragraph, at most 100 characters); a web address alone on the first line
    (an article pasted under its link) is its source URL."""
    first = text.lstrip().split("\n", 1)[0].strip().strip("<>")
    url = first if re.match(r"^https?://\S+$", first, re.I) else ""
    return DocumentMeta(title=titles.choose(text=text, fallback=fallback_title), source_url=url)


def _field(fields: dict[str, Value], *keys: str) -> str:
    """The first of `keys` the front matter gives, as text (a list's items joined by commas)."""
    for key in keys:
        value = fields.get(key)
        if value:
            return value if isinstance(value, str) else ", ".join(value)
    return ""


def _authors(value: Value) -> tuple[str, ...]:
    """A list's items are one author each ("O'Neil, Jr." is not cut at its comma); a single field is split
    as typed names are (`split_authors`: "Roe, Jane; Doe, John")."""
    if isinstance(value, str):
        return split_authors(value)
    return tuple(" ".join(name.split()) for name in value)


def markdown_meta(text: str, fallback_title: str) -> tuple[DocumentMeta, tuple[OutlineEntry, ...]]:
    """Title/author/date from YAML or TOML front matter (`front_matter`) or the first heading; headings after
    the front matter as the outline (a YAML `# comment` there is not a heading)."""
    fields, body = front_matter(text)
    outline = tuple(
        OutlineEntry(level=len(m.group(1)), title=m.group(2), offset=m.start())
        for m in _HEADING.finditer(text, body)
    )
    title = titles.choose(metadata=[_field(fields, "title")], headings=[o.title for o in outline],
                          text=text[body:], fallback=fallback_title)
    meta = DocumentMeta(
        title=title,
        authors=_authors(fields.get("author") or fields.get("authors") or ""),
        publisher=_field(fields, "publisher", "site"),
        published=_field(fields, "date"),
        source_url=_field(fields, "url", "source"),
    )
    return meta, outline
