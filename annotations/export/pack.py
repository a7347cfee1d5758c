"""Briefing pack pages as HTML for PyMuPDF's Story (which lays out a subset of HTML/CSS into PDF pages):
a cover (title, date, trainer, sources, legend) and the tables (entities, claims, notes) that follow the
annotated article. Pure: the PDF itself is put together by the service. Orphans (quotes no longer in the
text) are never marked on the article; the tables say they are orphaned and list them in their own section.
"""
from __future__ import annotations

import html
from collections import Counter

from annotations.codebook import Codebook
from annotations.doc_properties import reliability_text
from annotations.export import ORPHANED, Selection, placed
from annotations.export.controls import visible_controls
from annotations.export.notes import counts, note_html, with_note
from annotations.model import Kind
from annotations.tag_line import tag_line

CSS = """body{font-family:sans-serif;font-size:10.5pt;color:#111}
h1{font-size:30pt;margin:0 0 8pt 0}h2{font-size:15pt;margin:14pt 0 6pt 0;color:#222}
.kicker{font-size:12pt;color:#555;margin-top:120pt}.big{font-size:14pt;margin:3pt 0}
.meta{color:#444;font-size:10pt}table{border-collapse:collapse;width:100%;margin-bottom:8pt}
th,td{border:1px solid #999;padding:2.5pt 4pt;text-align:left;vertical-align:top}
.swatch{padding:0 4pt}.quote{font-style:italic}.claim{margin:0 0 6pt 0}"""


def _e(text: str) -> str:
    return html.escape(" ".join(visible_controls(text).split()))


def cover_html(selection: Selection, codebook: Codebook, title: str, trainer: str, date: str) -> str:
    out = ["<p class='kicker'>BRIEFING PACK</p>", f"<h1>{_e(title)}</h1>",
           f"<p class='big'>{_e(date)}</p>"]
    if trainer:
        out.append(f"<p class='big'>Trainer: {_e(trainer)}</p>")
    out.append("<h2>Sources</h2>")
    for doc in selection.documents:
        grade = f"source reliability {reliability_text(doc.reliability)}" if doc.reliability else ""
        meta = " · ".join(x for x in (doc.publisher, ", ".join(doc.authors), doc.published, grade, f"language {doc.language}" if doc.language else "",
                                      doc.source_url) if x)
        out.append(f"<p><b>{_e(doc.title)}</b><br/><span class='meta'>{_e(meta)}</span></p>")
    out.append(f"<p class='meta'>{' · '.join(counts(selection.all_annotations()))}</p>")
    legend = " ".join(f"<span class='swatch' style='background-color:{et.color}'>&#160;&#160;</span> {_e(et.name)}"
                      for et in codebook.entity_types)
    out.append(f"<h2>How to read the highlights</h2><p>{legend}<br/>Claims are underlined in "
               f"<span style='color:{codebook.claim_color}'>this colour</span>; open a highlight's note in any "
               "PDF reader to see its details.</p>")
    return "".join(out)


def tables_html(selection: Selection, codebook: Codebook) -> str:
    names = selection.names()
    colors = {et.label: et.color for et in codebook.entity_types}
    out: list[str] = []
    for doc in selection.documents:
        annotations = selection.annotations.get(doc.id, [])
        if len(selection.documents) > 1:
            out.append(f"<h1 style='font-size:18pt'>{_e(doc.title)}</h1>")
        entities = Counter((a.label or "", names.get(a.entity_id or "", a.target.exact))
                           for a in annotations if a.kind is Kind.ENTITY)
        out.append("<h2>Entities</h2>")
        if entities:
            out.append("<table><tr><th>Type</th><th>Entity</th><th>Mentions</th></tr>")
            for (label, name), count in sorted(entities.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
                swatch = f"<span class='swatch' style='background-color:{colors.get(label, '#cccccc')}'>&#160;</span>"
                out.append(f"<tr><td>{swatch} {_e(label)}</td><td>{_e(name)}</td><td>{count}</td></tr>")
            out.append("</table>")
        else:
            out.append("<p class='meta'>None marked.</p>")
        claims = [a for a in annotations if a.claim is not None]
        out.append("<h2>Claims</h2>")
        if claims:  # blocks, not a table: Story splits tall table rows badly across pages
            for n, a in enumerate(claims, start=1):
                c = a.claim
                assert c is not None
                page = doc.page_of(a.target.start) if placed(a) else None
                facts = [names.get(c.speaker_id or "", "") or "speaker not identified", c.claim_type or "",
                         c.status.value, f"grade {c.grading}" if c.grading else "",
                         f"p. {doc.page_name(page)}" if page is not None else "" if placed(a) else ORPHANED, tag_line(a.tags)]
                out.append(f"<p class='claim'><b>{n}.</b> <span class='quote'>“{_e(a.target.exact)}”</span><br/>"
                           f"<span class='meta'>{' · '.join(_e(f) for f in facts if f)}</span></p>")
        else:
            out.append("<p class='meta'>None marked.</p>")
        noted = with_note(annotations)
        if noted:
            out.append("<h2>Notes</h2>")
            for a in noted:
                orphan = "" if placed(a) else f" <span class='meta'>({ORPHANED})</span>"
                tags = f" <span class='meta'>(tags: {_e(tag_line(a.tags))})</span>" if a.tags else ""
                out.append(f"<p><span class='quote'>“{_e(a.target.exact[:300])}”</span>{orphan}{tags}</p>"
                           f"{note_html(a.note)}")
        orphans = [a for a in annotations if not placed(a)]
        if orphans:
            out.append("<h2>Orphaned annotations</h2><p class='meta'>Their text is no longer in this version of "
                       "the document, so they are not marked on it.</p>")
            for a in orphans:
                label = f"{a.kind.value} {a.label}" if a.label else a.kind.value
                out.append(f"<p><span class='quote'>“{_e(a.target.exact[:300])}”</span> "
                           f"<span class='meta'>({_e(label)})</span></p>")
    return "".join(out)
