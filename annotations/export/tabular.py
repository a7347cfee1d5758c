"""CSV: one row per annotation, UTF-8 with a BOM (so spreadsheets detect it), and every cell that starts
with = + - @ (or a tab/CR) prefixed with a quote so a spreadsheet never runs it as a formula (OWASP); control
characters are shown as visible signs (`controls.visible_controls`). The last column, `anchor`, says how each annotation sits on the current text (exact, moved, fuzzy,
orphaned); an orphan's page, start and end are empty: its stored offsets point at other words. Tags are joined
with "; ", a tag holding ";", "," or a quote in double quotes (`annotations.tag_line`)."""
from __future__ import annotations

import csv
import io

from annotations.export import Selection, placed
from annotations.export.controls import visible_controls
from annotations.tag_line import tag_line

COLUMNS = ("annotation_id", "document_id", "document_title", "page", "kind", "label", "start", "end", "exact",
           "entity", "speaker", "status", "reliability", "credibility", "tags", "note", "creator", "created",
           "modified", "anchor")


def neutralise(value: object) -> str:
    text = visible_controls("" if value is None else str(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(selection: Selection) -> bytes:
    names = selection.names()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for doc in selection.documents:
        for a in selection.annotations.get(doc.id, []):
            page = doc.page_of(a.target.start) if placed(a) else None
            c = a.claim
            start, end = (a.target.start, a.target.end) if placed(a) else ("", "")
            row = (a.id, doc.id, doc.title, page + 1 if page is not None else "", a.kind.value, a.label or "",
                   start, end, a.target.exact, names.get(a.entity_id or "", ""),
                   names.get(c.speaker_id or "", "") if c else "", c.status.value if c else "",
                   (c.reliability or "") if c else "", (c.credibility or "") if c else "", tag_line(a.tags, "; "), a.note,
                   a.creator, a.created, a.modified, a.anchor.value)
            writer.writerow([neutralise(v) for v in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
