"""W3C and Hypothesis annotations on a page the library lacks, named only by its address. They are kept as orphans on
a stand-in document id (`annotations.w3c_place`), which no file has: only a file's hash places what waits when the
file is added. The import said "1 awaiting documents you do not have yet" and "add the document “…” (sha256 6bb4…) to
see the annotations waiting for it" — the hash of no file — and adding the page placed nothing (an outside tester on
imports, stop 62). They are counted apart (`orphans_by_address`), with the addresses, so the import says what places
them: undo the import, add the page, import the file again. Qt-free."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from annotations.changes import Changes
from annotations.model import Annotation


def by_address(counts: Mapping[str, int], changes: Changes, addresses: Mapping[str, str],
               annotations: Sequence[Annotation]) -> tuple[dict[str, int], Changes]:
    """`counts` and `changes` (a merge's) with the orphans on the stand-in ids of `addresses` (id -> address) said
    as `orphans_by_address`, their pages no longer among the documents to add, and the report's `addresses`."""
    missing = changes.report.get("missing_documents")
    missing = dict(missing) if isinstance(missing, dict) else {}
    stand_ins = {doc_id for doc_id in missing if doc_id in addresses}
    if not stand_ins:
        return dict(counts), changes
    waiting = sum(1 for a in annotations if a.document_id in stand_ins)
    moved = min(waiting, counts.get("orphans", 0))
    out = {**counts, "orphans": counts.get("orphans", 0) - moved,
           "pending_documents": max(0, counts.get("pending_documents", 0) - len(stand_ins))}
    if moved:
        out["orphans_by_address"] = moved
    report = {**changes.report, "missing_documents": {k: v for k, v in missing.items() if k not in stand_ins},
              "addresses": sorted({addresses[doc_id] for doc_id in stand_ins})}
    return out, replace(changes, report=report)
