"""A W3C annotation from another tool may quote the text decomposed (NFD: the page it was made on, a macOS tool):
"Nguyễn" as "Nguye\u0302\u0303n". A document's text is NFC, so such a quote was "nowhere in your copy" and the
annotation imported as an orphan. Its selector's quote, prefix and suffix are read composed."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from annotations.model import AnchorState
from reader.services import ReaderService

TEXT = "Bộ trưởng Năng lượng Nguyễn Văn Hưởng nói rằng dự án sẽ hoàn thành vào năm 2027.\n"


def test_a_decomposed_quote_is_placed_on_the_composed_text(service: ReaderService, tmp_path: Path) -> None:
    source = tmp_path / "vi.txt"
    source.write_text(TEXT, encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn Hưởng")
    annotation = {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://x.example/a1", "type": "Annotation",
                  "body": {"type": "TextualBody", "value": "the minister", "purpose": "commenting"},
                  "target": {"source": "https://elsewhere.example/vi",
                             "selector": {"type": "TextQuoteSelector", "exact": nfd,
                                          "prefix": unicodedata.normalize("NFD", "Năng lượng "),
                                          "suffix": unicodedata.normalize("NFD", " nói rằng")}}}
    path = tmp_path / "in.json"
    path.write_text(json.dumps(annotation, ensure_ascii=False), encoding="utf-8")
    counts, _ = service.import_file(path)
    [placed] = service.annotations(record.id)
    assert counts["new"] == 1 and placed.anchor is AnchorState.EXACT
    assert placed.target.exact == "Nguyễn Văn Hưởng" and TEXT[placed.target.start:placed.target.end] == placed.target.exact
