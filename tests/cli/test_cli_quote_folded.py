"""`annotate --quote` finds a quote typed with the other apostrophe, without ё or ґ, without Arabic
diacritics, with ss for ß — as library search would — and stores the document's own characters."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main


def _run(library: Path, *args: str, code: int = 0) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(library), *args], out=out, err=err) == code, err.getvalue()
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize(("text", "typed", "stored"), [
    ("Міністр виступив у п’ятницю в Києві.", "п'ятницю", "п’ятницю"),
    ("Комісія дала ґрунтовні відповіді.", "грунтовні", "ґрунтовні"),
    ("Ёлки зелёные стояли у дороги.", "елки зеленые", "Ёлки зелёные"),
    ("وقال زِيلِينسكِي في القَاهِرَةِ إن الاتفاق مهم.", "زيلينسكي في القاهرة", "زِيلِينسكِي في القَاهِرَةِ"),
    ("Die Straße in Köln ist lang.", "Strasse in Koln", "Straße in Köln"),
])
def test_annotate_quote_folds_like_search(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          text: str, typed: str, stored: str) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "Ines Varga")
    source = tmp_path / "doc.txt"
    source.write_text(f"Report\n\n{text}\n", encoding="utf-8")
    library = tmp_path / "lib"
    doc_id = _run(library, "add", str(source))[0].split()[0]
    out, _ = _run(library, "annotate", doc_id, "--quote", typed, "--kind", "highlight", "--json")
    [quote] = [s for s in json.loads(out)["target"]["selector"] if s["type"] == "TextQuoteSelector"]
    assert quote["exact"] == stored
    [listed] = json.loads(_run(library, "show", doc_id, "--json")[0])["annotations"]
    assert listed["exact"] == stored
