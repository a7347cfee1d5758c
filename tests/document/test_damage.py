"""A PDF MuPDF repaired (cut short by an interrupted download, or broken in copying) opened as if whole: a file cut
at half its bytes kept 38% of its text without a word, and the pages it lost were called "a scanned image" (an
outside tester, stop 59). Now the loader says the file was damaged and repaired, and lost pages are lost."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pymupdf
import pytest

from reader.document import load_document

SENTENCE = "Page {} of the council report on the harbour bridge and the repairs its engineers asked for. "


def _whole(pages: int = 10) -> bytes:
    doc = pymupdf.open()
    for number in range(pages):
        doc.new_page().insert_textbox(pymupdf.Rect(50, 50, 550, 800), SENTENCE.format(number + 1) * 20, fontsize=10)
    return doc.tobytes(garbage=0, deflate=True)


def cut_pdf(path: Path) -> Path:
    """A 10-page PDF cut about halfway (an interrupted download) that MuPDF still opens: its first pages read, the
    rest lost. The first cut near the middle that opens is taken (where a cut falls inside a dictionary, MuPDF
    refuses the file, which is said as "damaged" already)."""
    data = _whole()
    for share in (0.5, 0.55, 0.45, 0.6, 0.4, 0.65):
        path.write_bytes(data[:int(len(data) * share)])
        try:
            opened = pymupdf.open(path)
        except Exception:
            continue
        if opened.is_repaired and opened.page_count == 10 and opened[0].get_text().strip():
            return path
    raise AssertionError("no cut of the test PDF opens")


def test_a_pdf_cut_short_says_it_was_damaged_and_repaired(tmp_path: Path) -> None:
    doc = load_document(cut_pdf(tmp_path / "half.pdf"))
    assert "Page 2 of the council report" in doc.text
    damaged = [w for w in doc.warnings if "damaged and repaired" in w]
    assert damaged == ["This PDF was damaged and repaired by the reader; pages or text may be missing — 10 pages "
                       "read. The file ends early (an interrupted download or copy?): add the whole file again if "
                       "you have it."]


def test_pages_a_cut_lost_are_not_called_scanned(tmp_path: Path) -> None:
    doc = load_document(cut_pdf(tmp_path / "half.pdf"))
    lost = [w for w in doc.warnings if "could not be read" in w]
    assert len(lost) == 1 and lost[0].startswith("Pages ") and lost[0].endswith(
        "could not be read (the file is damaged): nothing of them is in the text.")
    assert not any("scanned" in w for w in doc.warnings)
    empty = [p.index + 1 for p in doc.pages if not doc.text[p.start:p.end].strip()]
    assert empty and lost[0].startswith(f"Pages {', '.join(map(str, empty[:8]))}")


def test_a_whole_pdf_has_no_damage_warning(tmp_path: Path) -> None:
    path = tmp_path / "whole.pdf"
    path.write_bytes(_whole(3))
    assert load_document(path).warnings == ()


def test_offsets_shifted_in_a_whole_file_are_damage_but_not_a_cut(tmp_path: Path) -> None:
    """A comment line added after the header (a tool's doing) breaks every offset: MuPDF repairs it and all the
    text is there, so the file is said to be repaired, not to end early."""
    data = _whole(2)
    path = tmp_path / "shifted.pdf"
    path.write_bytes(data[:9] + b"%tool v2\n" + data[9:])
    doc = load_document(path)
    assert doc.text.count("Page 2 of the council") == 20
    assert doc.warnings == ("This PDF was damaged and repaired by the reader; pages or text may be missing — 2 pages "
                            "read.",)


def test_a_scanned_page_in_a_repaired_file_is_still_a_scan(tmp_path: Path) -> None:
    """An empty page that holds an image is a scan whether or not the file needed repair."""
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 60), 0)
    pix.clear_with(120)
    doc = pymupdf.open()
    doc.new_page().insert_textbox(pymupdf.Rect(50, 50, 550, 800), SENTENCE.format(1) * 20, fontsize=10)
    doc.new_page().insert_image(pymupdf.Rect(50, 50, 500, 700), pixmap=pix)
    data = doc.tobytes(garbage=0, deflate=True)
    path = tmp_path / "scan.pdf"
    path.write_bytes(data[:9] + b"%scanner\n" + data[9:])
    warnings = load_document(path).warnings
    assert "Page 2 has no text layer (a scanned image, a picture, or a damaged file): nothing there can be read, " \
           "searched or marked." in warnings
    assert not any("could not be read" in w for w in warnings)


def test_add_and_show_say_the_damage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.cli import main

    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    path = cut_pdf(tmp_path / "half.pdf")
    library = str(tmp_path / "lib")
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", library, "add", str(path)], out=out, err=err) == 0
    assert err.getvalue().count("damaged and repaired") == 1  # said once (the loader's and the stored text's)
    assert "warning: half.pdf: This PDF was damaged and repaired by the reader" in err.getvalue()
    out = io.StringIO()
    assert main(["--library", library, "show", str(path)], out=out, err=io.StringIO()) == 0
    assert "  warning: This PDF was damaged and repaired by the reader" in out.getvalue()
    assert "scanned" not in out.getvalue()
    out = io.StringIO()
    assert main(["--library", library, "show", str(path), "--json"], out=out, err=io.StringIO()) == 0
    warnings = json.loads(out.getvalue())["warnings"]
    assert warnings[0].startswith("This PDF was damaged and repaired") and "could not be read" in warnings[1]


def test_a_stored_pdf_is_looked_at_for_damage_once_per_state_of_its_file(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """`show` and every opening in the window read and reopened the whole stored file to tell whether it was
    repaired (stop 59's Left); the answer is kept per path, size and modification time, and a file written again
    is looked at again."""
    from reader.document import loader, mupdf

    path = cut_pdf(tmp_path / "half.pdf")
    doc = load_document(path)
    spans = [(p.start, p.end) for p in doc.pages]
    opened: list[str] = []
    real = mupdf.open_document

    def counting(*args: object, **kwargs: object) -> object:
        opened.append(str(args[2]))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(mupdf, "open_document", counting)
    first = loader.stored_warnings(path, "pdf", doc.text, spans)
    assert any("damaged and repaired" in w for w in first)
    assert loader.stored_warnings(path, "pdf", doc.text, spans) == first and opened == ["half.pdf"]
    path.write_bytes(_whole())  # the whole file put in its place
    assert not any("damaged and repaired" in w for w in loader.stored_warnings(path, "pdf", doc.text, spans))
    assert opened == ["half.pdf", "half.pdf"]
