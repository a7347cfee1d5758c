"""What the window says when a document opens without the file its pages are drawn from."""
from __future__ import annotations

from annotations.model import DocumentRecord

PAGE_FORMATS = ("pdf", "xps")
"""Fixed-layout formats open in the page view, drawn from the library's stored copy of the file; reflowable ones
(EPUB, FB2, MOBI) in the text view."""


def missing_file_warning(document: DocumentRecord, problem: str) -> str:
    """"" unless a PDF or XPS document's stored copy is gone or was replaced (`problem`: "missing", "replaced"; by
    hand, a sync tool): its text is shown instead of its pages. It opened so without a word, and marks made there
    got no place on the page; a replaced copy showed another file's pages (outside testers, stop 53). A document
    whose file never came (a teammate's bundle without it) is not this."""
    if document.format not in PAGE_FORMATS or not problem:
        return ""
    what = "is missing from the library" if problem == "missing" else "in the library is not the file it was added from"
    return (f"The {document.format.upper()} file of “{document.title}” {what}: its text is shown instead of its "
            "pages, and marks made now have no place on a page. Add the file again to restore it.")
