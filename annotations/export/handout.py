"""HTML handout: one self-contained printable file — the article with its highlights in codebook colours,
then the entity and claim tables. No external requests; every user string is escaped."""
from __future__ import annotations

import html
from collections import Counter

from annotations.codebook import Codebook
from annotations.export import Selection
from annotations.model import Annotation, Kind

CSS = """body{font:16px/1.55 Georgia,serif;max-width:46em;margin:2em auto;color:#111}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ccc}
.meta{color:#555;font-size:.9em}.text p{margin:.5em 0}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left}
@media print{body{margin:0}h2{page-break-after:avoid}}"""


def _rgba(color: str, alpha: float) -> str:
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _marked_text(text: str, annotations: list[Annotation], colors: dict[str, str], claim_color: str) -> str:
    """The text as paragraphs with non-overlapping <mark>s (an annotation inside another is skipped here;
    every annotation is still in the tables)."""
    spans, last_end = [], -1
    for a in sorted(annotations, key=lambda a: (a.target.start, -a.target.end)):
        if a.target.start >= last_end:
            spans.append(a)
            last_end = a.target.end
    parts, pos = [], 0
    for a in spans:
        parts.append(html.escape(text[pos:a.target.start]))
        color = claim_color if a.kind is Kind.CLAIM else colors.get(a.label or "", "#F0E442")
        title = html.escape(" · ".join(x for x in (a.label or a.kind.value, a.note) if x), quote=True)
        if a.kind is Kind.CLAIM:
            style = f"border-bottom:2px solid {color};background:{_rgba(color, 0.15)}"
        else:
            style = f"background:{_rgba(color, 0.45)}"
        parts.append(f'<span class="{a.kind.value}" style="{style}" title="{title}">'
                     f"{html.escape(text[a.target.start:a.target.end])}</span>")
        pos = a.target.end
    parts.append(html.escape(text[pos:]))
    body = "".join(parts)
    return "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())


def to_html(selection: Selection, codebook: Codebook) -> bytes:
    names = selection.names()
    colors = {et.label: et.color for et in codebook.entity_types}
    out = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
           "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
           f"<title>{html.escape(selection.documents[0].title if selection.documents else 'Dossier')}</title>",
           f"<style>{CSS}</style></head><body>"]
    legend = " ".join(f"<span style='background:{_rgba(c, 0.45)};padding:0 .3em'>{html.escape(et)}</span>"
                      for et, c in colors.items())
    for doc in selection.documents:
        annotations = selection.annotations.get(doc.id, [])
        meta = " · ".join(html.escape(x) for x in (doc.publisher, ", ".join(doc.authors), doc.published) if x)
        out += [f"<h1>{html.escape(doc.title)}</h1>", f"<p class='meta'>{meta}</p>",
                f"<p class='legend'>{legend}</p>",
                f"<div class='text'>{_marked_text(doc.text, annotations, colors, codebook.claim_color)}</div>"]
        entities = Counter((a.label or "", names.get(a.entity_id or "", a.target.exact))
                           for a in annotations if a.kind is Kind.ENTITY)
        if entities:
            out.append("<h2>Entities</h2><table><tr><th>Type</th><th>Entity</th><th>Mentions</th></tr>")
            out += [f"<tr><td>{html.escape(t)}</td><td>{html.escape(n)}</td><td>{c}</td></tr>"
                    for (t, n), c in sorted(entities.items())]
            out.append("</table>")
        claims = [a for a in annotations if a.claim is not None]
        if claims:
            out.append("<h2>Claims</h2><table><tr><th>Claim</th><th>Speaker</th><th>Status</th><th>Grade</th>"
                       "<th>Tags</th><th>Note</th></tr>")
            for a in claims:
                c = a.claim
                assert c is not None
                out.append(f"<tr><td>“{html.escape(a.target.exact)}”</td><td>{html.escape(names.get(c.speaker_id or '', ''))}"
                           f"</td><td>{html.escape(c.status.value)}</td><td>{html.escape(c.grading)}</td>"
                           f"<td>{html.escape(', '.join(a.tags))}</td><td>{html.escape(a.note)}</td></tr>")
            out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out).encode("utf-8")
