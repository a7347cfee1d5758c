"""HTML handout: one self-contained printable file — each article with every mark in codebook colours
(marks may nest or overlap: an entity inside a claim keeps both), numbered notes printed as endnotes,
then the entity and claim tables. No external requests (a Content-Security-Policy that allows nothing
to load); every user string is escaped; note Markdown is rendered safely (`notes.note_html`).
Direction: each article's part carries its language (`lang`), its paragraphs, title, quotes and notes
`dir="auto"` (the browser takes the direction from the first strong character, so an Arabic paragraph reads
right to left with its final full stop and note number at its left end), and names or quotes inside the English
labels are isolated in `<bdi>` so a right-to-left name cannot reorder the text around it."""
from __future__ import annotations

import html
from collections import Counter

from annotations.codebook import Codebook
from annotations.doc_properties import reliability_text
from annotations.export import ORPHANED, Selection, placed
from annotations.export.controls import visible_controls
from annotations.export.notes import counts, note_html
from annotations.model import Annotation, DocumentRecord, Kind
from annotations.tag_line import tag_line
from annotations.unnamed_sources import unnamed_source

CSS = """body{font:16px/1.6 Georgia,serif;max-width:46em;margin:2em auto;color:#111;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ccc}
.meta{color:#555;font-size:.9em}.legend span{padding:0 .35em;margin-right:.3em;white-space:nowrap}
.text p{margin:.6em 0}.claim{border-bottom:2px solid var(--claim)}.note{border-bottom:2px dotted var(--note)}
sup.ref{font:bold .7em sans-serif;color:var(--note);padding-left:1px}sup.ref a{color:inherit;text-decoration:none}
ol.notes li{margin:.4em 0}ol.notes .quote{font-style:italic;color:#444}ol.notes p{margin:.2em 0}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;
vertical-align:top}td p{margin:0}[dir=auto]{text-align:start}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}a{color:inherit}}"""


def _rgba(color: str, alpha: float) -> str:
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _e(text: str) -> str:
    return html.escape(visible_controls(text), quote=True)


class _Colours:
    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self.types = {et.label: et.color for et in codebook.entity_types}

    def fill(self, a: Annotation) -> str | None:
        """Background of a highlighted span (entities and highlights); claims and notes are lines."""
        if a.kind is Kind.ENTITY:
            return self.types.get(a.label or "", self.codebook.highlight_color)
        if a.kind is Kind.HIGHLIGHT:
            return self.codebook.highlight_color
        return None


def _segments(text: str, annotations: list[Annotation]) -> list[tuple[int, int, list[Annotation]]]:
    """The text cut at every mark's start and end, each piece with the marks covering it (outermost
    first). A sweep over the cuts: linear in text and marks, whatever the nesting."""
    starts: dict[int, list[Annotation]] = {}
    ends: dict[int, list[str]] = {}
    for a in annotations:
        starts.setdefault(a.target.start, []).append(a)
        ends.setdefault(a.target.end, []).append(a.id)
    cuts = sorted({0, len(text), *starts, *ends})
    active: dict[str, Annotation] = {}
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        for annotation_id in ends.get(lo, []):
            active.pop(annotation_id, None)
        active.update((a.id, a) for a in starts.get(lo, []))
        out.append((lo, hi, sorted(active.values(), key=lambda a: (a.target.start, -a.target.end))))
    return out


def _span(piece: str, covering: list[Annotation], colours: _Colours, names: dict[str, str]) -> str:
    if not covering:
        return _e(piece)
    classes = sorted({a.kind.value for a in covering})
    fills = [c for c in (colours.fill(a) for a in covering) if c]
    style = f"background:{_rgba(fills[-1], 0.45)}" if fills else ""
    titles = [" · ".join(x for x in (a.label or a.kind.value, names.get(a.entity_id or "", ""), _tags(a)) if x)
              for a in covering]
    ids = " ".join(a.id for a in covering)
    return (f'<span class="{" ".join(classes)}" data-annotations="{_e(ids)}" style="{style}" '
            f'title="{_e(" / ".join(titles))}">{_e(piece)}</span>')


def _tags(a: Annotation) -> str:
    """An annotation's tags as its endnote and hover name them ("tags: follow-up, "fares, 2024""): only a claim's were
    printed (in the claims table), so a highlight's or a mention's tags were nowhere on the page."""
    return f"tags: {tag_line(a.tags)}" if a.tags else ""


def _marked_text(doc: DocumentRecord, annotations: list[Annotation], colours: _Colours, names: dict[str, str],
                 numbers: dict[str, int]) -> str:
    """Paragraphs of the text with every mark, and a note number after each noted annotation."""
    by_end: dict[int, list[int]] = {}
    for a in annotations:
        if a.id in numbers:
            by_end.setdefault(a.target.end, []).append(numbers[a.id])
    refs = {end: ['<sup class="ref">' + ",".join(f'<a href="#note-{n}" id="ref-{n}">{n}</a>' for n in sorted(ns))
                  + "</sup>"] for end, ns in by_end.items()}
    parts: list[str] = []
    for lo, hi, covering in _segments(doc.text, annotations):
        pieces = doc.text[lo:hi].split("\n")
        for i, piece in enumerate(pieces):
            if i:
                parts.append("\n")
            if piece:
                parts.append(_span(piece, covering, colours, names))
        parts += refs.get(hi, [])
    body = "".join(parts)
    return "".join(f"<p dir='auto'>{p}</p>" for p in body.split("\n") if p.strip())


def _meta(doc: DocumentRecord, annotations: list[Annotation]) -> str:
    source = doc.source_url or doc.source_path.replace("\\", "/").rsplit("/", 1)[-1]
    grade = f"source reliability {reliability_text(doc.reliability)}" if doc.reliability else ""
    items = [doc.publisher, ", ".join(doc.authors), doc.published, grade, f"language {doc.language}" if doc.language else "", source, f"{doc.format.upper()} · sha256 {doc.id[:12]}…",
             ", ".join(counts(annotations))]
    return " · ".join(_e(x) for x in items if x)


def _legend(colours: _Colours) -> str:
    book = colours.codebook
    items = [f"<span style='background:{_rgba(c, 0.45)}'>{_e(et)}</span>" for et, c in colours.types.items()]
    items += [f"<span style='background:{_rgba(book.highlight_color, 0.45)}'>highlight</span>",
              "<span class='claim'>claim</span>", "<span class='note'>note</span>",
              "<sup class='ref'>1</sup> see Notes"]
    return " ".join(items)


def to_html(selection: Selection, codebook: Codebook) -> bytes:
    names = selection.names()
    colours = _Colours(codebook)
    title = selection.documents[0].title if len(selection.documents) == 1 else "Dossier handout"
    languages = {doc.language for doc in selection.documents}
    page_lang = languages.pop() if len(languages) == 1 and "" not in languages else "en"
    ui = "" if page_lang == "en" else " lang='en'"  # the handout's own words are English
    out = [f"<!DOCTYPE html><html lang='{_e(page_lang)}'><head><meta charset='utf-8'>",
           "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
           "<meta name='referrer' content='no-referrer'>",
           f"<title>{_e(title)}</title>",
           f"<style>:root{{--claim:{codebook.claim_color};--note:{codebook.note_color}}}\n{CSS}</style></head><body>"]
    number = 0
    for doc in selection.documents:
        annotations = selection.annotations.get(doc.id, [])
        orphans = [a for a in annotations if not placed(a)]  # listed below the notes, never marked on the text
        numbers: dict[str, int] = {}
        on_text = [a for a in annotations if placed(a)]
        for a in sorted(on_text, key=lambda a: (a.target.end, a.target.start)):
            if a.note.strip():
                number += 1
                numbers[a.id] = number
        lang = f" lang='{_e(doc.language)}'" if doc.language and doc.language != page_lang else ""
        out += [f"<h1 dir='auto'{lang}>{_e(doc.title)}</h1>", f"<p class='meta'{ui}>{_meta(doc, annotations)}</p>",
                f"<p class='legend meta'{ui}>{_legend(colours)}</p>",
                f"<div class='text'{lang}>{_marked_text(doc, on_text, colours, names, numbers)}</div>"]
        if numbers:
            out.append(f"<h2{ui}>Notes</h2><ol class='notes'{ui}>")
            for a in sorted((a for a in annotations if a.id in numbers), key=lambda a: numbers[a.id]):
                n = numbers[a.id]
                quote = " ".join(a.target.exact.split())
                quote = quote if len(quote) <= 160 else quote[:157] + "…"
                out.append(f"<li value='{n}' id='note-{n}'><a href='#ref-{n}'>↑</a> <span class='quote'>“<bdi{lang}>{_e(quote)}"
                           f"</bdi>”</span> <span class='meta'>({_e(a.kind.value)}"
                           f"{', <bdi>' + _e(a.creator) + '</bdi>' if a.creator else ''}"
                           f"{'; ' + _e(_tags(a)) if a.tags else ''})"
                           f"</span><div dir='auto'>{note_html(a.note)}</div></li>")
            out.append("</ol>")
        if orphans:
            out.append(f"<h2{ui}>Orphaned annotations</h2><p class='meta'{ui}>Their text is no longer in this "
                       "version of the document, so they are not marked on it.</p><ul class='notes'>")
            for a in orphans:
                quote = " ".join(a.target.exact.split())
                quote = quote if len(quote) <= 160 else quote[:157] + "…"
                out.append(f"<li><span class='quote'>“<bdi{lang}>{_e(quote)}</bdi>”</span> <span class='meta'{ui}>"
                           f"({_e(a.kind.value)}{', <bdi>' + _e(a.creator) + '</bdi>' if a.creator else ''}; "
                           f"{_e(_tags(a)) + '; ' if a.tags else ''}{_e(ORPHANED)})</span>"
                           f"<div dir='auto'>{note_html(a.note)}</div></li>")
            out.append("</ul>")
        entities = Counter((a.label or "", names.get(a.entity_id or "", a.target.exact))
                           for a in annotations if a.kind is Kind.ENTITY)
        if entities:
            out.append(f"<h2{ui}>Entities</h2><table{ui}><tr><th>Type</th><th>Entity</th><th>Mentions</th></tr>")
            out += [f"<tr><td>{_e(t)}</td><td dir='auto'>{_e(n)}</td><td>{c}</td></tr>"
                    for (t, n), c in sorted(entities.items())]
            out.append("</table>")
        claims = [a for a in annotations if a.claim is not None]
        if claims:
            out.append(f"<h2{ui}>Claims</h2><table{ui}><tr><th>Claim</th><th>Speaker</th><th>Type</th><th>Status</th>"
                       "<th>Grade</th>"
                       "<th>Tags</th><th>Note</th></tr>")
            for a in claims:
                c = a.claim
                assert c is not None
                note = f"<a href='#note-{numbers[a.id]}'>[{numbers[a.id]}]</a>" if a.id in numbers else ""
                orphan = "" if placed(a) else f" <span class='meta'>({_e(ORPHANED)})</span>"
                out.append(f"<tr><td dir='auto'>“{_e(a.target.exact)}”{orphan}</td>"
                           f"<td dir='auto'>{_speaker(a, names)}"
                           f"</td><td>{_e(c.claim_type or '')}</td><td>{_e(c.status.value)}</td>"
                           f"<td>{_e(c.grading)}</td>"
                           f"<td>{_e(tag_line(a.tags))}</td><td>{note}</td></tr>")
            out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out).encode("utf-8")


def _speaker(a: Annotation, names: dict[str, str]) -> str:
    """A claim's speaker for the claims table: the entity's name, else the unnamed source as the text words it."""
    assert a.claim is not None
    named = names.get(a.claim.speaker_id or "", "")
    unnamed = unnamed_source(a) if not named else None
    return _e(named) if named else f"<i>unnamed:</i> {_e(unnamed)}" if unnamed else ""
