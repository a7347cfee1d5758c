"""Which document replaced another: a changed file added again at the same path is a new version, and the old one
goes to the trash in the same step. Asked by an import (a teammate's annotation on the old version goes to the new)
and by the window (the document shown was replaced elsewhere: open the new version, not "restore from the trash")."""
from __future__ import annotations

from annotations.model import DocumentRecord
from annotations.store import Store


def newer_version(store: Store, doc: DocumentRecord | None) -> DocumentRecord | None:
    """The document that replaced `doc` in our trash, or None. Only a version that really replaced it counts:
    `Library.replace_document` writes the new version and trashes the old in one step, stamping the old one's
    `modified` with the time it stamps on the new one (`added`, or `modified` when that version was here before);
    followed through later versions. A document that merely has the same file name (bundles keep only that: two
    teammates' "report.txt") is none."""
    if doc is None or not doc.deleted or not doc.source_path:
        return None
    seen = {doc.id}
    while doc.deleted:
        stamp = doc.modified
        after = [d for d in store.documents_at_path(doc.source_path, include_deleted=True)
                 if d.id not in seen and stamp in (d.added, d.modified)]
        if not after:
            return None
        doc = after[-1]
        seen.add(doc.id)
    return doc
