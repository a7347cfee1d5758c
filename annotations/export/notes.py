"""Notes are Markdown; in HTML exports they are rendered with markdown-it-py (CommonMark) with raw HTML
off and images off, so a note can make text bold or link somewhere but can never run script, embed
markup or make the reader fetch anything. Headings are off too: a note's `#` line stays a line instead
of outranking the handout's own headings. Link reference definitions are off: CommonMark prints nothing for
"[1]: p.4" or "[1]: https://…", so a note's list of sources vanished from the handout and the pack ("[text][1]"
stays as typed). markdown-it also refuses javascript:, vbscript:, file: and data: links."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from annotations.export.controls import visible_controls
from annotations.model import Annotation, Kind


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).disable(["image", "heading", "lheading", "reference"])


def note_html(text: str) -> str:
    """A note's Markdown as safe HTML (block level: paragraphs, lists, emphasis, code, links); control
    characters show as signs (`controls.visible_controls`), numbered items their typed numbers (`_typed_numbers`), a
    code fence the words after its opening marks."""
    md = _renderer()
    tokens = md.parse(visible_controls(text))
    _typed_numbers(tokens)
    for token in tokens:  # a code fence's "info string" ("~~~ Summary of the call ~~~") is never printed by CommonMark:
        if token.type == "fence" and token.info.strip():  # the words went missing; they are the block's first line
            token.content, token.info = f"{token.info.strip()}\n{token.content}", ""
    return md.renderer.render(tokens, md.options, {}).strip()


def _typed_numbers(tokens: list[Token]) -> None:
    """Each item of a numbered list shows the number it was typed with, as text, the list's own numbers off:
    CommonMark counts on from the first item, so a timeline "1986. Treaty signed. / 1990. Wall fell." printed
    1986 and 1987 (the HTML engine of the pack ignores `<li value>`, so the number is text in both)."""
    for i, token in enumerate(tokens):
        if token.type == "ordered_list_open":
            token.attrs.pop("start", None)
            token.attrSet("style", "list-style-type:none")
        elif token.type == "list_item_open" and token.info:
            number = Token("text", "", 0, content=f"{token.info}{token.markup} ")
            inline = next((t for t in tokens[i + 1:] if t.type == "inline" or t.type == "list_item_close"), None)
            if inline is not None and inline.type == "inline" and inline.level > token.level:
                inline.children = [number, *(inline.children or [])]
            else:  # an empty item ("2)" alone): its number on its own
                tokens.insert(i + 1, Token("inline", "", 0, children=[number], level=token.level + 1))


def with_note(annotations: Iterable[Annotation]) -> list[Annotation]:
    """The annotations a Notes section lists: those whose note has words (of any kind, not only note marks)."""
    return [a for a in annotations if a.note.strip()]


def counts(annotations: Iterable[Annotation]) -> list[str]:
    """What a pack's cover and a handout say was marked, in the same words: entity mentions, claims and highlights
    by kind, and the annotations with a note (`with_note`: what their Notes sections list). The cover counted those
    as "notes" and the handout note marks, and one took a plural ("1 notes")."""
    marks = list(annotations)
    kinds = Counter(a.kind for a in marks)
    return [_counted(kinds[Kind.ENTITY], "entity mention"), _counted(kinds[Kind.CLAIM], "claim"),
            _counted(kinds[Kind.HIGHLIGHT], "highlight"), _counted(len(with_note(marks)), "annotation") + " with a note"]


def _counted(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
