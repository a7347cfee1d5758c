"""Reading an exported PDF back as a reader sees it: for each annotation (by /NM), the characters whose
centres lie under its quads, and the characters just before them — so a test can tell not only that a
mark covers the right words but that it covers the right *occurrence* of them."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf


@dataclass
class ReadBack:
    covered: str = ""
    before: str = ""
    pages: list[int] = field(default_factory=list)
    types: set[str] = field(default_factory=set)
    rects: int = 0


def squash(text: str) -> str:
    """Text with whitespace removed and ligatures expanded (how a quote compares with what a page shows)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def read_back(path: Path | bytes) -> dict[str, ReadBack]:
    """Annotation id -> what is under its marks (markup annotations; parts `id#2`… joined in page order)."""
    pdf = pymupdf.open(stream=path, filetype="pdf") if isinstance(path, bytes) else pymupdf.open(path)
    chars: list[tuple[str, int, pymupdf.Point]] = []
    for page in pdf:
        for block in page.get_text("rawdict")["blocks"]:
            for line in block.get("lines", []):
                for span in line["spans"]:
                    for ch in span["chars"]:
                        x0, y0, x1, y1 = ch["bbox"]
                        chars.append((ch["c"], page.number, pymupdf.Point((x0 + x1) / 2, (y0 + y1) / 2)))
    out: dict[str, ReadBack] = {}
    for page in pdf:
        for annot in page.annots() or []:
            nm = annot.info.get("id", "")
            item = out.setdefault(nm.split("#")[0], ReadBack())
            item.types.add(annot.type[1])
            item.pages.append(page.number)
            vertices = annot.vertices or []
            rects = [pymupdf.Quad(vertices[i:i + 4]).rect for i in range(0, len(vertices) - 3, 4)]
            item.rects += len(rects)
            hits = [i for i, (_, number, centre) in enumerate(chars)
                    if number == page.number and any(r.contains(centre) for r in rects)]
            if hits:
                if not item.covered:
                    item.before = squash("".join(c for c, _, _ in chars[max(0, hits[0] - 60):hits[0]]))
                item.covered += squash("".join(chars[i][0] for i in hits))
    pdf.close()
    return out
