"""Saved web pages: the article body and its metadata, extracted by trafilatura.

trafilatura parses with lxml and never runs scripts; we never pass it a URL to fetch, so nothing
remote is ever requested. Page furniture (menus, share bars, related links, comments) is dropped.
"""
from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

import trafilatura

from annotations.errors import DocumentError
from reader.document.plaintext import canonical
from reader.document.textmodel import DocumentMeta

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def extract_html(data: bytes, name: str) -> tuple[str, DocumentMeta]:
    """Article text (paragraphs separated by `\\n`) and metadata of a saved page."""
    result: Any
    try:
        result = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except RecursionError:
        raise DocumentError(f"“{name}” is nested too deeply to be read as a web page.") from None
    except Exception:  # lxml/trafilatura raise many kinds on broken markup; their names mean nothing to users
        raise DocumentError(f"“{name}” could not be read as a web page (its markup is broken).") from None
    if isinstance(result, dict):  # older trafilatura returned a dict
        result = SimpleNamespace(**result)
    text = canonical((result.text if result is not None else "") or "").strip("\n")
    if not text:
        try:
            text = canonical(trafilatura.html2txt(data) or "").strip()
        except Exception:
            text = ""
    if not text:
        raise DocumentError(f"“{name}” has no readable text.")
    if result is None:
        return text, DocumentMeta(title=name)
    authors = tuple(a.strip() for a in (result.author or "").split(";") if a.strip())
    meta = DocumentMeta(
        title=(result.title or "").strip() or name,
        authors=authors,
        publisher=(result.sitename or "").strip(),
        published=(result.date or "").strip(),
        source_url=(result.url or "").strip(),
        language=(result.language or "").strip(),
    )
    return text, meta
