"""Documents: open a file (PyMuPDF, trafilatura) into a `Document` with one canonical text. Qt-free."""
from reader.document.formats import DEFAULT_LIMITS, SUPPORTED_SUFFIXES, Limits
from reader.document.loader import load_document, page_rects
from reader.document.textmodel import Document, DocumentMeta, OutlineEntry, PageSpan

__all__ = [
    "DEFAULT_LIMITS", "SUPPORTED_SUFFIXES", "Limits", "Document", "DocumentMeta", "OutlineEntry",
    "PageSpan", "load_document", "page_rects",
]
