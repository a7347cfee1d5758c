"""Rebuild the running text of GUM Wikinews documents from their token-per-line XML.

Input: `gum/GUM_news_<name>.xml` next to this script, in the GUM `_build/src/xml` format (one token per line,
`token<TAB>POS<TAB>lemma`, inside <s>, <p>, <head>, <quote>, <ref>, <w> ... tags; the stored copies keep only the
token column, plus the POS column on quotation-mark tokens, and only the <text>, <head>, <p> and <w> tags and block
<quote> tags — the full GUM file gives the same text). Output: `<name>.txt` next to this script.

What goes in: every <head> (headline, sub-headings) and every <p> (paragraph) in document order, each as one
paragraph, paragraphs separated by a blank line, no newline at the end. Captions (<figure>/<caption>), pull-quote
boxes (a <p> holding a <quote rend="block ...">, which repeats a quote from the body with its speaker's name) and lines
outside <head>/<p> without sentence-final punctuation (the dateline in some files) are left out (a run of sentences
outside <head>/<p>, as the body of GUM_news_flag, is one paragraph), and so is everything from a sub-heading "Sources" on
(Wikinews' list of source links and category links at the end of a page).

Tokens are joined with normal English spacing, deterministically:
- no space before , . ; : ! ? ) ] % and closing quotes, and tokens that begin with an apostrophe ('s, 've, ’s) or
  are n't (also written n`t);
- no space after ( [ $ # (and tokens ending in $, "US$"), and opening quotes;
- a straight double quote is opening if its POS is `` and closing if '' ; without a POS, straight double quotes
  alternate open/close within the document; where GUM's POS contradicts the open/close state, the state wins: a ''
  quote while no quote is open opens one, and a `` quote that ends a paragraph closes (it cannot open anything);
  a single quote '
  or ’ is an opening quote only with POS `` (otherwise it closes or is an apostrophe);
- tokens inside one <w> element (GUM splits "quasi-state" into quasi / - / state) are joined without spaces, and so
  is a hyphen token "-" tagged HYPH or SYM outside <w> ("Scientology - owned" -> "Scientology-owned"), and an en
  dash "–" tagged SYM in scores ("1 – 0" -> "1–0"); a "-" tagged as punctuation (":") is a dash and keeps its spaces;
- XML entities (&amp; &apos; &quot; &lt; &gt;) are unescaped.

Usage: python tests/data/news-wikinews/make_texts.py [name ...]   (default: every gum/GUM_news_*.xml)
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%"}
NO_SPACE_AFTER = {"(", "[", "$", "#"}
QUOTES = {'"', "'", "’", "‘", "“", "”"}


def paragraphs(xml: str) -> list[list[tuple[str, str, bool]]]:
    """(token, POS, joined-to-previous) lists, one per <head>/<p>, captions skipped; a run of sentences outside
    <head>/<p> (some GUM files hold the body that way) is one paragraph if it has sentence-final punctuation (so a
    bare dateline is dropped); figures inside such a run are skipped without ending it."""
    out: list[list[tuple[str, str, bool]]] = []
    current: list[tuple[str, str, bool]] | None = None
    loose: list[tuple[str, str, bool]] = []

    def flush_loose() -> None:
        if any(t in (".", "!", "?") for t, _, _ in loose):
            out.append(loose[:])
        loose.clear()

    in_figure = 0
    pull_quote = False
    in_w = False
    w_first = False
    for line in xml.splitlines():
        if not line.strip():
            continue
        if line.startswith("<"):
            tag = re.match(r"</?([A-Za-z]+)", line)
            name = tag.group(1) if tag else ""
            closing = line.startswith("</")
            if name == "figure":
                in_figure += -1 if closing else 1
            elif name in ("head", "p") and not in_figure:
                if closing:
                    if name == "head" and current and [t for t, _, _ in current] == ["Sources"]:
                        break  # Wikinews' source list and category links follow
                    if current and not pull_quote:
                        out.append(current)
                    current = None
                else:
                    flush_loose()
                    current = []
                    pull_quote = False
            elif name == "quote" and not closing and re.search(r'rend="block', line):
                pull_quote = True
            elif name == "w":
                in_w = not closing
                w_first = in_w
            continue
        if in_figure:
            continue
        cols = line.split("\t")
        token = html.unescape(cols[0])
        pos = cols[1] if len(cols) > 1 else ""
        joined = in_w and not w_first
        w_first = False
        (current if current is not None else loose).append((token, pos, joined))
    flush_loose()
    return out


def detokenise(tokens: list[tuple[str, str, bool]], state: dict[str, bool]) -> str:
    text = ""
    glue_next = True  # nothing before the first token
    for i, (token, pos, joined) in enumerate(tokens):
        opening = closing = False
        if token in QUOTES:
            if token == '"' and pos == "''" and not state["open"]:
                opening = True  # GUM tags some opening straight quotes '' (nothing is open)
            elif token == '"' and pos == "``" and i == len(tokens) - 1:
                closing = True  # ... and some closing ones `` (the last token of a paragraph)
            elif pos == "``":
                opening = True
            elif pos == "''":
                closing = True
            elif token == '"':
                opening = not state["open"]
                closing = not opening
            else:
                closing = True
            if token == '"':
                state["open"] = opening
        no_before = (joined or closing or token in NO_SPACE_BEFORE
                     or (token[:1] in ("'", "’") and len(token) > 1) or token.lower() in ("n't", "n`t"))
        hyphen = (token == "-" and pos in ("HYPH", "SYM")) or (token == "–" and pos == "SYM")
        if not (glue_next or no_before or hyphen):
            text += " "
        text += token
        glue_next = opening or hyphen or token in NO_SPACE_AFTER or token.endswith("$")
    return text


def make(name: str) -> str:
    xml = (HERE / "gum" / f"GUM_news_{name}.xml").read_text(encoding="utf-8")
    state = {"open": False}
    return "\n\n".join(detokenise(p, state) for p in paragraphs(xml))


def main(names: list[str]) -> None:
    if not names:
        names = sorted(p.stem.removeprefix("GUM_news_") for p in (HERE / "gum").glob("GUM_news_*.xml"))
    for name in names:
        (HERE / f"{name}.txt").write_text(make(name), encoding="utf-8", newline="")
        print(name)


if __name__ == "__main__":
    main(sys.argv[1:])
