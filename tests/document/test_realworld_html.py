"""The HTML loader on real saved news pages nobody here wrote (tests/data/news-html, Apache-2.0)."""
from __future__ import annotations

import json

from reader.document import load_document
from tests.conftest import DATA

PAGES = DATA / "news-html"
BASELINE = 18
"""Pages (of 20) on which every "with" text is kept and every "without" text dropped: 15 with trafilatura
alone, 18 since furniture removal, readability-lxml's second opinion and the JSON-LD fallback. Fewer is
a regression."""
TITLES = {
    "telegraph.co.uk.plumber.html": "Plumber jailed after boiler killed millionaire's daughter",
    "economist.com.thinking.html": "Why collaborative thinking beats individual smarts",
    "wired.com.burn.html": "AI Can Do Great Things—if It Doesn't Burn the Planet",
}
"""Pages whose title trafilatura alone got wrong ("escenic", a kicker glued on, mojibake)."""


def test_extraction_keeps_the_article_and_drops_furniture() -> None:
    expectations = json.loads((PAGES / "expectations.json").read_text(encoding="utf-8"))
    clean = []
    kept = total_with = dropped = total_without = 0
    for name, expect in expectations.items():
        doc = load_document(PAGES / name)
        assert doc.meta.title, name
        if name in TITLES:
            assert doc.meta.title == TITLES[name]
        kept += sum(w in doc.text for w in expect["with"])
        total_with += len(expect["with"])
        dropped += sum(w not in doc.text for w in expect["without"])
        total_without += len(expect["without"])
        if all(w in doc.text for w in expect["with"]) and not any(w in doc.text for w in expect["without"]):
            clean.append(name)
    assert len(clean) >= BASELINE, f"only {len(clean)} clean extractions: {clean}"
    assert kept / total_with >= 0.95
    assert dropped / total_without >= 0.95
