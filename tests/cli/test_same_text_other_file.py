"""Two PDFs with the same text are not always one document: FOIA releases with the same typed cover and other scans
behind it, or one text laid out on one page and on two, were merged — the second "taken as that document", its file
never kept, its pages never to be seen (an outside tester, stop 59). A file shown as pages is that document only when
its pages look the same (a re-saved or annotated copy); the same text as .txt and .html is still one document."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pymupdf
import pytest

from reader.cli import main
from reader.services import ReaderService

COVER = "FOIA RELEASE - Department of the Interior - Released in full"


def _release(path: Path, shade: int, scans: int = 2) -> Path:
    """A typed cover page and `scans` scanned pages (plain grey images of the given shade)."""
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), COVER, fontsize=12)
    for _ in range(scans):
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 100, 100), 0)
        pix.clear_with(shade)
        doc.new_page().insert_image(pymupdf.Rect(50, 50, 500, 700), pixmap=pix)
    doc.save(path)
    return path


def _laid_out(path: Path, lines: list[str], per_page: int) -> Path:
    """The lines as paragraphs of their own (far apart), `per_page` to a page: the same text however many pages."""
    doc = pymupdf.open()
    for first in range(0, len(lines), per_page):
        page = doc.new_page()
        for k, line in enumerate(lines[first:first + per_page]):
            page.insert_text((72, 72 + 200 * k), line, fontsize=11)
    doc.save(path)
    return path


def _add(library: Path, *paths: Path) -> tuple[list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(library), "add", *map(str, paths)], out=out, err=err) == 0, err.getvalue()
    return [line.split()[0] for line in out.getvalue().splitlines()], err.getvalue()


@pytest.fixture(autouse=True)
def _in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")


def test_releases_with_the_same_cover_and_other_scans_are_two_documents(tmp_path: Path) -> None:
    a, b = _release(tmp_path / "A.pdf", 60), _release(tmp_path / "B.pdf", 220)
    library = tmp_path / "lib"
    ids, err = _add(library, a, b)
    assert len(set(ids)) == 2
    assert ("note: B.pdf has the same text as “FOIA RELEASE - Department of the Interior - Released in full” "
            f"({ids[0][:12]}…), already in the library, but is another file: its pages 2, 3 look different (other "
            "images or size). It is added as a document of its own, with its own pages") in err
    assert "taken as that document" not in err and "Added 2 new documents." in err
    service = ReaderService.open(library, isolated=False)
    try:
        for doc_id, path in zip(ids, (a, b)):  # each file kept, so each one's pages can be shown and exported
            stored = service.stored_file(service.document(doc_id))
            assert stored is not None and stored.read_bytes() == path.read_bytes()
    finally:
        service.close()


def test_the_same_text_on_one_page_and_on_two_is_two_documents(tmp_path: Path) -> None:
    lines = ["The council voted to close the old harbour bridge.", "Engineers found cracks in the main span."]
    one, two = _laid_out(tmp_path / "one.pdf", lines, 2), _laid_out(tmp_path / "two.pdf", lines, 1)
    ids, err = _add(tmp_path / "lib", one, two)
    assert len(set(ids)) == 2
    assert "but is another file: it has 2 pages and that one 1 page. It is added as a document of its own" in err


def test_an_annotated_or_re_saved_copy_is_still_that_document(tmp_path: Path) -> None:
    original = _release(tmp_path / "A.pdf", 60)
    annotated = pymupdf.open(original)
    cover = annotated[0]
    mark = cover.add_highlight_annot(cover.search_for("Department")[0])
    mark.set_info(content="check")
    mark.update()
    annotated.save(tmp_path / "A annotated.pdf", garbage=3, deflate=True)  # re-saved whole, other bytes
    ids, err = _add(tmp_path / "lib", original, tmp_path / "A annotated.pdf")
    assert ids[0] == ids[1] and "has the same text as" in err and "it is taken as that document" in err
    out = io.StringIO()
    assert main(["--library", str(tmp_path / "lib"), "list", "--json"], out=out, err=io.StringIO()) == 0
    assert len(json.loads(out.getvalue())) == 1


def test_a_pdf_with_the_text_of_a_plain_text_file_is_kept_as_a_pdf(tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text(COVER, encoding="utf-8")
    pdf = _release(tmp_path / "A.pdf", 60, scans=0)
    ids, err = _add(tmp_path / "lib", text, pdf)
    assert len(set(ids)) == 2 and "it is a PDF and that one a TXT" in err


def test_the_same_article_as_text_and_as_markdown_is_still_one_document(tmp_path: Path) -> None:
    body = "Harbour council approves bridge closure\n\nThe council voted on Tuesday to close the old bridge.\n"
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (tmp_path / "a.md").write_bytes(body.replace("\n", "\r\n").encode())  # other bytes, the same text
    ids, err = _add(tmp_path / "lib", tmp_path / "a.txt", tmp_path / "a.md")
    assert ids[0] == ids[1] and "it is taken as that document" in err


def test_importing_a_release_with_other_scans_does_not_land_on_the_first(tmp_path: Path) -> None:
    """The import of a PDF's annotations finds "its" document the same way: not one whose pages look different."""
    from reader.services_export import same_text_document

    a, b = _release(tmp_path / "A.pdf", 60), _release(tmp_path / "B.pdf", 220)
    service = ReaderService.open(tmp_path / "lib", isolated=False)
    try:
        first = service.add_file(a).record
        assert first is not None
        assert same_text_document(service, service.load(b)) is None
        copy = pymupdf.open(a)
        copy.save(tmp_path / "A again.pdf", garbage=3)
        found = same_text_document(service, service.load(tmp_path / "A again.pdf"))
        assert found is not None and found.id == first.id
    finally:
        service.close()
