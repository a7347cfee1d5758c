"""An emoji quote is found by searching for it: emoji were not words to the index's tokenizer, so a
highlight of exactly 👩🏽‍🚀 gave 0 matches (break27, LOW 2). A flag, a one-character emoji and the same emoji
with and without its presentation selector (❤ / ❤️) are found too; words are tokenised as before."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.services import ReaderService


@pytest.fixture
def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReaderService:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    article = tmp_path / "crew.txt"
    article.write_text("Crew news\n\nThe new crew 👩🏽‍🚀 flies in May 🚀 from Kyiv 🇺🇦 with love ❤️ and hope.\n",
                       encoding="utf-8")
    service = ReaderService.open(tmp_path / "lib", isolated=False)
    record = service.add_file(str(article)).record
    assert record is not None
    library = service.library
    from annotations.library import AnnotationInput
    from annotations.model import Kind
    for quote in ("👩🏽‍🚀", "🚀", "🇺🇦", "❤️", "crew"):
        start = record.text.index(quote) if quote != "🚀" else record.text.index(" 🚀") + 1
        library.annotate(record.id, AnnotationInput(kind=Kind.HIGHLIGHT, start=start, end=start + len(quote)))
    return service


@pytest.mark.parametrize("query, found", [("👩🏽‍🚀", ["👩🏽‍🚀"]), ("🚀", ["🚀"]), ("🇺🇦", ["🇺🇦"]), ("❤", ["❤️"]),
                                          ("❤️", ["❤️"]), ("crew", ["crew"]), ("quote:👩🏽‍🚀", ["👩🏽‍🚀"])])
def test_an_emoji_quote_is_found(service: ReaderService, query: str, found: list[str]) -> None:
    result = service.search(query)
    assert sorted(h.exact for h in result.hits) == found
    service.close()
