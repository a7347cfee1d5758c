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


SPREADSHEET_CELL = 32_767
"""The most characters a cell of Excel holds: it cuts a longer one when it opens the file, without a word (a note
may hold 200,000)."""


def spreadsheet_note(data: bytes) -> str:
    """What to tell the person of a CSV export whose cells a spreadsheet would cut ("" when none is that long): the
    file holds every character, Excel does not (an outside tester on the exports, stop 60)."""
    long = sum(1 for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
               for cell in row if len(cell) > SPREADSHEET_CELL)
    if not long:
        return ""
    return (f"{long:,} cell{'s are' if long != 1 else ' is'} longer than {SPREADSHEET_CELL:,} characters, the most an "
            "Excel cell holds: Excel cuts {0} when it opens the file (the file holds every character; a JSON-LD or "
            "Markdown export shows {0} whole).".format("them" if long != 1 else "it"))

