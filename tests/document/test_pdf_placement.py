"""Every PDF export places marks by stored offsets (text formats, through our own layout) or stored quads
(PDF): read back, the characters under each mark are its quote, preceded by its own context (the right
occurrence), for txt, html, epub and pdf sources, in the annotated PDF and the briefing pack."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotations.library import AnnotationInput
from annotations.model import ClaimStatus, Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES
from tests.helpers import make_epub, make_pdf
from tests.pdf_readback import read_back, squash

TITLE = "Emmanuel Macron meets leaders of 26 countries on Thursday"
PARAGRAPHS = [
    "President Emmanuel Macron said on Thursday that 26 countries had signed. Macron spoke in Paris.",
    "Later, Macron told reporters that the agreement, which will be reviewed by every parliament in the union "
    "before the end of the year, was the most important step since the treaty of Rome and would not be reopened.",
    "Аналитики в Москве и 北京 reacted cautiously; Macron did not comment.",
]


def _sources(tmp_path: Path) -> dict[str, Path]:
    txt = tmp_path / "macron.txt"
    txt.write_text(TITLE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    html = tmp_path / "macron.html"
    html.write_text(f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
                    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>", encoding="utf-8")
    epub = make_epub(tmp_path / "macron.epub", [(TITLE, PARAGRAPHS)], title=TITLE)
    words = " ".join(PARAGRAPHS[:2]).split()
    lines = [" ".join(words[i:i + 9]) for i in range(0, len(words), 9)]
    pdf = make_pdf(tmp_path / "macron.pdf", [[TITLE, *lines[:4]], lines[4:]])
    return {"txt": txt, "html": html, "epub": epub, "pdf": pdf, "sample-pdf": SAMPLES / "flood_review.pdf",
            "sample-html": SAMPLES / "grid_shortfall.html"}


def _annotate(service: ReaderService, path: Path) -> tuple[str, int]:
    """Marks a reader would check: every later "Macron" (never the first), a claim that wraps (and, for a
    PDF, crosses a page), an entity inside it, a note; for the samples, the last occurrence of long words."""
    record = service.add_file(path).record
    assert record is not None
    text = service.document(record.id).text
    specs = [AnnotationInput(Kind.ENTITY, m.start(), m.end(), label="PERSON")
             for m in list(re.finditer("Macron", text))[1:]]
    specs += [AnnotationInput(Kind.ENTITY, m.start(), m.end(), label="DATE") for m in re.finditer("Thursday", text)][1:]
    claim = max(re.finditer(r"(?<=[.\n]) ?[^.]{60,}?\.", text), key=lambda m: len(m.group()))
    specs.append(AnnotationInput(Kind.CLAIM, claim.start() + 1, claim.end(), speaker_name="Emmanuel Macron",
                                 status=ClaimStatus.DISPUTED, note="check **this**"))
    inner = re.search(r"\b\w{6,}\b", claim.group()[20:])
    assert inner is not None
    specs.append(AnnotationInput(Kind.ENTITY, claim.start() + 20 + inner.start(), claim.start() + 20 + inner.end(),
                                 label="MISC"))
    for word in sorted({w for w in re.findall(r"\b[A-Za-z]{9,}\b", text)})[:12]:
        last = list(re.finditer(re.escape(word), text))[-1]
        specs.append(AnnotationInput(Kind.HIGHLIGHT, last.start(), last.end()))
    specs.append(AnnotationInput(Kind.NOTE, claim.start() + 1, claim.start() + 6, note="a standalone note"))
    service.annotate_many(record.id, specs)
    return record.id, len(specs)


@pytest.mark.parametrize("fmt", ["pdf", "pack"])
@pytest.mark.parametrize("source", ["txt", "html", "epub", "pdf", "sample-pdf", "sample-html"])
def test_every_mark_covers_its_own_words(service: ReaderService, tmp_path: Path, source: str, fmt: str) -> None:
    doc_id, count = _annotate(service, _sources(tmp_path)[source])
    found = read_back(service.export(fmt, [doc_id]))
    annotations = service.annotations(doc_id)
    assert len(annotations) == count and set(found) == {a.id for a in annotations}
    for a in annotations:
        got = found[a.id]
        if a.kind is Kind.NOTE:
            assert got.types == {"Text"}
            continue
        expected = squash(a.target.exact)
        assert got.covered == expected, (a.kind, a.target.exact)
        tail = squash(a.target.prefix)[-8:]
        assert got.before.endswith(tail), (a.target.exact, got.before, tail)  # the right occurrence
        if a.kind is Kind.CLAIM:
            assert got.types == {"Underline"} and got.rects >= 2  # every line of a wrapped claim


def test_each_macron_is_drawn_on_its_own_occurrence(service: ReaderService, tmp_path: Path) -> None:
    doc_id, _ = _annotate(service, _sources(tmp_path)["txt"])
    text = service.document(doc_id).text
    found = read_back(service.export("pdf", [doc_id]))
    macrons = [a for a in service.annotations(doc_id) if a.target.exact == "Macron"]
    assert len(macrons) == 4 and text.index("Macron") < macrons[0].target.start  # the title's is not marked
    assert [found[a.id].before[-14:] for a in macrons] == [squash(text[:a.target.start])[-14:] for a in macrons]
    assert len({found[a.id].before[-14:] for a in macrons}) == 4
