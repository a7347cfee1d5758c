"""The document model moved to `annotations.document` (the core owns the type it is given; loading files
stays here). Re-exported so existing imports keep working."""
from annotations.document import Document, DocumentMeta, OutlineEntry, PageSpan

__all__ = ["Document", "DocumentMeta", "OutlineEntry", "PageSpan"]
