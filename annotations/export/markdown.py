"""Markdown brief: source block, entities by type with mention counts, claims table, notes.
Readable as is, and in Obsidian/GitHub (tables are GFM; pipes and newlines in cells are escaped)."""
from __future__ import annotations

from collections import Counter, defaultdict

from annotations.export import Selection
from annotations.model import Annotation, DocumentRecord, Kind


def _text(text: str) -> str:
    """User text made inert in Markdown: HTML-significant characters escaped (Obsidian renders raw HTML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cell(text: str) -> str:
    return _text(" ".join(text.split())).replace("|", "\\|")


def _page(doc: DocumentRecord, a: Annotation) -> str:
    page = doc.page_of(a.target.start)
    return f" (p. {page + 1})" if page is not None else ""


def brief(selection: Selection) -> bytes:
    names = selection.names()
    out: list[str] = []
    title = "Dossier brief" + (f" — search “{_text(selection.query)}”" if selection.query else "")
    out += [f"# {title}", ""]
    for doc in selection.documents:
        annotations = selection.annotations.get(doc.id, [])
        out += [f"## {_text(doc.title)}", ""]
        for label, value in (("Site", doc.publisher), ("Author", ", ".join(doc.authors)), ("Date", doc.published),
                             ("Source", doc.source_url or doc.source_path.rsplit("/", 1)[-1]),
                             ("SHA-256", f"`{doc.id}`")):
            if value:
                out.append(f"- **{label}:** {_text(value)}")
        out.append("")
        entities = [a for a in annotations if a.kind is Kind.ENTITY]
        if entities:
            out += ["### Entities", ""]
            by_type: dict[str, Counter[str]] = defaultdict(Counter)
            for a in entities:
                by_type[a.label or "MISC"][names.get(a.entity_id or "", a.target.exact)] += 1
            for label in sorted(by_type):
                items = ", ".join(f"{_text(name)} ({n})" for name, n in by_type[label].most_common())
                out.append(f"- **{label}:** {items}")
            out.append("")
        claims = [a for a in annotations if a.kind is Kind.CLAIM]
        if claims:
            out += ["### Claims", "", "| Claim | Speaker | Status | Grade | Tags |", "|---|---|---|---|---|"]
            for a in claims:
                c = a.claim
                assert c is not None
                out.append(f"| “{_cell(a.target.exact)}”{_page(doc, a)} | {_cell(names.get(c.speaker_id or '', ''))} "
                           f"| {c.status.value} | {c.grading} | {_cell(', '.join(a.tags))} |")
            out.append("")
        notes = [a for a in annotations if a.note or a.kind in (Kind.NOTE, Kind.HIGHLIGHT)]
        if notes:
            out += ["### Notes and highlights", ""]
            for a in notes:
                quote = _text(" ".join(a.target.exact.split()))
                out.append(f"> {quote}{_page(doc, a)}")
                if a.note:
                    out += [">", *(f"> **Note:** {_text(line)}" if i == 0 else f"> {_text(line)}"
                                   for i, line in enumerate(a.note.splitlines()))]
                out.append("")
    return ("\n".join(out).rstrip() + "\n").encode("utf-8")
