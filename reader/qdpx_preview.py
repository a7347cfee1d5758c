"""The preview of a REFI-QDA import, said as the import will do it. A source no library document holds is added as a
text document by the import (`services_export.import_qdpx`), never by its dry run: there its codings have no document
and the merge counted them as awaiting one ("6 awaiting documents you do not have yet, 1 pending documents", in the
window "1 document missing …: add the files"), while the import said "6 new, 1 documents added" (an outside tester on
imports, stop 62). Qt-free."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from annotations.changes import Changes
from annotations.model import AnchorState, Annotation


def as_added(merged: Mapping[str, int], placed: Counter[str], changes: Changes, unadded: set[str],
             annotations: Sequence[Annotation]) -> tuple[dict[str, int], Counter[str], Changes]:
    """The dry run's counts (`merged` by the merge, `placed` by the placement) and report with the codings on
    `unadded` (the placeholder document ids of the sources the import adds) said as new and placed where they are in
    their source, and those sources no longer missing."""
    waiting = sum(1 for a in annotations if a.document_id in unadded and a.anchor is AnchorState.ORPHANED)
    moved = min(waiting, merged.get("orphans", 0), placed["anchored_orphaned"])
    missing = changes.report.get("missing_documents")
    missing = dict(missing) if isinstance(missing, dict) else {}
    found = [doc_id for doc_id in missing if doc_id in unadded]
    counts = {**merged, "orphans": merged.get("orphans", 0) - moved, "new": merged.get("new", 0) + moved,
              "pending_documents": max(0, merged.get("pending_documents", 0) - len(found))}
    placed = placed.copy()
    placed["anchored_orphaned"] -= moved
    placed["anchored_exact"] += moved
    report = {**changes.report, "missing_documents": {k: v for k, v in missing.items() if k not in unadded}}
    return counts, +placed, replace(changes, report=report)
