"""The HTML loader on real saved news pages nobody here wrote (tests/data/news-html, Apache-2.0)."""
from __future__ import annotations

import json

from reader.document import load_document
from tests.conftest import DATA

PAGES = DATA / "news-html"
BASELINE = 15
"""Pages (of 20) on which every "with" text is kept and every "without" text dropped, as measured with
trafilatura 2.x when this test was written. Fewer is a regression."""


def test_extraction_keeps_the_article_and_drops_furniture() -> None:
    expectations = json.loads((PAGES / "expectations.json").read_text(encoding="utf-8"))
    clean = []
    kept = total_with = 0
    for name, expect in expectations.items():
        doc = load_document(PAGES / name)
        assert doc.meta.title, name
        kept += sum(w in doc.text for w in expect["with"])
        total_with += len(expect["with"])
        if all(w in doc.text for w in expect["with"]) and not any(w in doc.text for w in expect["without"]):
            clean.append(name)
    assert len(clean) >= BASELINE, f"only {len(clean)} clean extractions: {clean}"
    assert kept / total_with >= 0.9
