"""Notes are Markdown; in HTML exports they are rendered with markdown-it-py (CommonMark) with raw HTML
off and images off, so a note can make text bold or link somewhere but can never run script, embed
markup or make the reader fetch anything. Headings are off too: a note's `#` line stays a line instead
of outranking the handout's own headings. markdown-it also refuses javascript:, vbscript:, file: and
data: links."""
from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt

from annotations.export.controls import visible_controls


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).disable(["image", "heading", "lheading"])


def note_html(text: str) -> str:
    """A note's Markdown as safe HTML (block level: paragraphs, lists, emphasis, code, links); control
    characters show as signs (`controls.visible_controls`)."""
    return _renderer().render(visible_controls(text)).strip()
