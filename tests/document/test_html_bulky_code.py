"""A page saved whole can carry megabytes of inline app state or CSS. libxml2 takes no text node past 10 MB, so a
page with a 20 MB inline script was refused as "has no readable text" although its article is plain to read (an
outside tester, stop 54). Scripts and styles past 1 MB are emptied before parsing; small ones stay (JSON-LD
metadata is read from them)."""
from __future__ import annotations

import json
from pathlib import Path

from reader.document import load_document

ARTICLE = ("<article><h1>Barrier vote</h1>" + "".join(
    f"<p>The council voted on the flood barrier on Tuesday after a long debate, officials said. Part {i}.</p>"
    for i in range(12)) + "</article>")
META = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Barrier vote",
                   "author": {"@type": "Person", "name": "Marta Lindqvist"}})


def test_a_page_with_a_20_mb_inline_script_is_read(tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    path.write_text(f'<html><head><title>Barrier vote</title><script type="application/ld+json">{META}</script>'
                    f"<script>{'var state = 1;' * 1_700_000}</script><style>{'.a{color:red}' * 100_000}</style>"
                    f"</head><body>{ARTICLE}</body></html>", encoding="utf-8")
    assert path.stat().st_size > 20_000_000
    document = load_document(path)
    assert document.text.count("The council voted on the flood barrier") == 12
    assert "var state" not in document.text
    assert "Marta Lindqvist" in document.meta.authors
