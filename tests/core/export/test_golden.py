"""Golden files (the novelWriter habit): every export of a fixed library (`golden_library`) is compared
with the file in tests/data/golden-exports — byte for byte for text formats, and as a summary (page
texts; every annotation's type, /NM, rectangles, author, dates, colour, popup, record) for PDFs. After a
deliberate change, regenerate with DOSSIER_UPDATE_GOLDEN=1 and review the diff like code."""
from __future__ import annotations

import difflib
import json
import os
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from annotations.codebook import Codebook
from annotations.export import Selection
from annotations.export.handout import to_html
from annotations.export.jsonld import to_jsonld
from annotations.export.markdown import brief
from annotations.export.pack import cover_html, tables_html
from annotations.export.tabular import to_csv
from annotations.model import DocumentRecord, PageArea
from reader.services_export import briefing_pack, pdf_parts
from reader.document.pdf_annotations import compose
from tests.conftest import DATA
from tests.core.export.golden_library import build

GOLDEN = DATA / "golden-exports"


class _Service:
    """What the PDF exports ask of the service, for the fixed library."""

    annotator = "ines"

    def __init__(self, codebook: Codebook, files: dict[str, Path]) -> None:
        self._codebook, self._files = codebook, files

    def codebook(self) -> Codebook:
        return self._codebook

    def stored_file(self, record: DocumentRecord) -> Path | None:
        return self._files.get(record.id)

    def intact_file(self, record: DocumentRecord) -> Path | None:
        return self._files.get(record.id)

    def areas_for(self, record: DocumentRecord, start: int, end: int) -> tuple[PageArea, ...]:
        raise AssertionError("every PDF annotation of the fixed library has its quads")


def _check(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if os.environ.get("DOSSIER_UPDATE_GOLDEN"):
        path.write_bytes(data)
    expected = path.read_bytes()
    if data != expected:
        diff = "".join(difflib.unified_diff(expected.decode("utf-8", "replace").splitlines(True),
                                            data.decode("utf-8", "replace").splitlines(True), name, "now"))
        pytest.fail(f"{name} differs from its golden file (DOSSIER_UPDATE_GOLDEN=1 to accept):\n{diff[:6000]}")


def _summary(pdf_bytes: bytes) -> bytes:
    """What a reader of the PDF sees, without the bytes that vary (ids, fonts, compression)."""
    out: dict[str, Any] = {"pages": []}
    with pymupdf.open(stream=pdf_bytes, filetype="pdf") as pdf:
        for page in pdf:
            annots = []
            for annot in page.annots() or []:
                vertices = annot.vertices or []
                record = pdf.xref_get_key(annot.xref, "Dossier:Record")
                tags = pdf.xref_get_key(annot.xref, "Zotero:Tags")
                annots.append({
                    "type": annot.type[1], "nm": annot.info["id"], "title": annot.info["title"],
                    "subject": annot.info["subject"], "content": annot.info["content"],
                    "created": annot.info["creationDate"], "modified": annot.info["modDate"],
                    "color": [round(c, 3) for c in annot.colors.get("stroke") or []], "popup": annot.has_popup,
                    "quads": [[round(v * 2) / 2 for v in pymupdf.Quad(vertices[i:i + 4]).rect]
                              for i in range(0, len(vertices) - 3, 4)],
                    "record": json.loads(record[1]) if record[0] == "string" else None,
                    "zotero_tags": json.loads(tags[1]) if tags[0] == "string" else None})
            out["pages"].append({"text": page.get_text().strip().splitlines(), "annotations": annots})
    return (json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Selection, Codebook, _Service]:
    selection, codebook, files = build(tmp_path_factory.mktemp("golden"))
    return selection, codebook, _Service(codebook, files)


def test_markdown_brief(library: tuple[Selection, Codebook, _Service]) -> None:
    _check("brief.md", brief(library[0]))
    _check("brief-wikilinks.md", brief(library[0], wikilinks=True))


def test_jsonld(library: tuple[Selection, Codebook, _Service]) -> None:
    _check("collection.jsonld", to_jsonld(library[0], "urn:uuid:01900000-0000-7000-8000-000000000999",
                                          "2025-03-17T12:00:00.000Z"))


def test_csv(library: tuple[Selection, Codebook, _Service]) -> None:
    _check("annotations.csv", to_csv(library[0]))


def test_html_handout(library: tuple[Selection, Codebook, _Service]) -> None:
    _check("handout.html", to_html(library[0], library[1]))


def test_pack_pages(library: tuple[Selection, Codebook, _Service]) -> None:
    selection, codebook, _ = library
    _check("pack-cover.html", cover_html(selection, codebook, "Harbour briefing", "Ines", "2025-03-17").encode())
    _check("pack-tables.html", tables_html(selection, codebook).encode())


def test_annotated_pdf(library: tuple[Selection, Codebook, _Service]) -> None:
    selection, _, service = library
    _check("annotated-pdf.json", _summary(compose(pdf_parts(service, selection))))  # type: ignore[arg-type]


def test_briefing_pack_pdf(library: tuple[Selection, Codebook, _Service]) -> None:
    selection, _, service = library
    pack = briefing_pack(service, selection, "Ines", "Harbour briefing", "2025-03-17")  # type: ignore[arg-type]
    _check("pack-pdf.json", _summary(pack))
