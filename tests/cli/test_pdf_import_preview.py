"""The preview of a PDF's import says what the import does: our own annotated PDF's records go back to their own
document, and the preview said "1 new documents, 1 provisional documents" that the import never added (an outside
tester, stop 56); another reader's PDF that is not in the library is added, and the preview says so."""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from reader.cli import main
from tests.conftest import SAMPLES


def _json(library: Path, *args: str) -> Any:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(library), *args, "--json"], out=out, err=err) == 0, err.getvalue()
    return json.loads(out.getvalue())


def _counts(got: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in got.items() if k not in ("dry_run", "missing_documents", "property_conflict_details")}


@pytest.fixture(autouse=True)
def _in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")


def test_the_preview_of_our_own_annotated_pdf_adds_no_document(tmp_path: Path) -> None:
    article = SAMPLES / "grid_shortfall.html"
    mine, teammate = tmp_path / "mine", tmp_path / "teammate"
    for library in (mine, teammate):
        _json(library, "add", str(article))
    _json(mine, "annotate", str(article), "--quote", "Helena Brandt", "--kind", "entity", "--type", "PERSON")
    pdf = tmp_path / "brief.pdf"
    main(["--library", str(mine), "export", str(article), "--format", "pdf", "-o", str(pdf)],
         out=io.StringIO(), err=io.StringIO())
    preview = _json(teammate, "import", "--dry-run", str(pdf))
    done = _json(teammate, "import", str(pdf))
    assert _counts(preview) == _counts(done) and not preview.get("new_documents")
    assert len(_json(teammate, "list")) == 1


def test_the_preview_of_another_readers_pdf_adds_it_as_the_import_does(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    with pymupdf.open() as doc:
        page = doc.new_page()
        page.insert_text((72, 72), "The quay opens in May, the council said.", fontsize=11)
        page.add_highlight_annot(page.search_for("The quay opens")[0]).update()
        doc.save(pdf)
    preview = _json(tmp_path / "lib", "import", "--dry-run", str(pdf))
    assert preview["new_documents"] == 1 and preview["new"] == 1 and not preview["provisional_documents"]
    assert _counts(_json(tmp_path / "lib", "import", str(pdf))) == _counts(preview)  # said 0 new documents
    assert len(_json(tmp_path / "lib", "list")) == 1
