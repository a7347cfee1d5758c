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


NO_HEADLINE = {"axios.com.future.html"}
"""A newsletter page whose only titles are the tab's ("Axios Future") and menus' <h1>s ("Sections")."""
HEADLINES = {
    "bbc.com.52241221.html": "Coronavirus: New York ramps up mass burials amid outbreak",  # og: "… amid virus outbreak"
    "edition.cnn.com-royal.html": "The royal split, racism and family struggles: 11 things we learned from Harry and "
                                  "Meghan's explosive interview",  # og:title: "What we learned from …"
    "telegraph.co.uk.plumber.html": "Plumber jailed after boiler killed millionaire's daughter",
}
"""The headline as each page shows it (its <h1>), where the metadata's title differs or the extractor dropped it."""


def test_every_page_opens_on_its_headline_once() -> None:
    """18 of the 20 pages opened on their first paragraph: the headline could be neither read nor marked."""
    for page in sorted(PAGES.glob("*.html")):
        doc = load_document(page)
        first, *rest = doc.text.split("\n", 3)
        if page.name in NO_HEADLINE:
            assert doc.outline == () or doc.outline[0].offset > 0, page.name
            continue
        assert first == HEADLINES.get(page.name, first), page.name
        assert first.startswith(doc.meta.title.rstrip("…")) or page.name in HEADLINES, (page.name, first)
        assert not any(line == first for line in rest), page.name  # not twice
        assert doc.outline[0].offset == 0, page.name  # a heading in the reading view and the Outline tab


def test_no_paragraph_is_only_white_space() -> None:
    """KBS's article opened on four lines of spaces (the page's indentation between blocks)."""
    for page in sorted(PAGES.glob("*.html")):
        assert all(line.strip() for line in load_document(page).text.split("\n")), page.name


STANDFIRSTS = {
    "telegraph.co.uk.plumber.html": 'A plumber who killed the "dazzling" daughter',
    "theatlantic.com.disasters.html": "The state’s heat waves, blackouts, and fires",
    "theguardian.com.academics.html": "Report claims higher education institutions",
    "economist.com.thinking.html": "An interview with Thomas Malone",
}
"""Standfirsts the extractors dropped with the headline (an outside tester, stop 56)."""


def test_a_standfirst_the_page_shows_follows_its_headline_once() -> None:
    for name, start in STANDFIRSTS.items():
        text = load_document(PAGES / name).text
        assert text.split("\n")[1].startswith(start) and text.count(start) == 1, name
    salon = load_document(PAGES / "salon.com.emissions.html").text  # its description opens a later paragraph
    assert salon.count("Coal has been in a slow-motion death spiral") == 1
