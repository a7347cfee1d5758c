"""Quotations in news text: the quoted stretches of a line (a quote left open runs to the paragraph's end, as
news style continues a quote in the next paragraph), a quoted sentence with no verb of its own given the speaker
of the quote it belongs to, and the sentences of one quotation merged into one claim. Pure functions over the
claims found sentence by sentence (see `claims.py`)."""
from __future__ import annotations

import re

from annotations.suggest.speaker_context import Speaker

_OPENING = re.compile(r"[\"“](?:(?<=^.)|(?<=[\s(\[—–-].))")
_CLOSING = re.compile(r"[\"”](?=[\s,.;:!?)\]—–-]|$)")


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches of one line: from an opening mark to its closing mark, or to the line's end when
    the quote runs on (news style leaves a quote continued in the next paragraph open)."""
    spans: list[tuple[int, int]] = []
    if text.find('"', start, end) < 0 and text.find("“", start, end) < 0:
        return spans  # most lines: no quote mark to open one
    i = start
    line = text[start:end]
    while True:
        m = _OPENING.search(line, i - start)
        if m is None:
            return spans
        open_at = start + m.start()
        close = _CLOSING.search(line, open_at - start + 1)
        close_at = start + close.end() if close else end
        spans.append((open_at, close_at))
        i = close_at
        if i >= end:
            return spans


def merge_quotes(claims: list[tuple[int, int, str, Speaker | None, str]], lines: list[int],
                  line_spans: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, str, Speaker | None, str]]:
    """Sentences of one quotation with no attribution between them are one claim ("We lost everything. The
    water came at night," said X): a claim joins the one before it when a quote of the same line runs from
    the one into the other and their speakers agree."""
    out: list[tuple[int, int, str, Speaker | None, str]] = []
    previous_line = -1
    for claim, line in zip(claims, lines, strict=True):
        if out and line == previous_line:
            s0, e0, source0, speaker0, kind0 = out[-1]
            s1, e1, source1, speaker1, kind1 = claim
            spans = line_spans.get(line, [])
            if any(a <= s0 < b and a < s1 < b for a, b in spans) and \
                    (speaker0 is None or speaker1 is None or speaker0 == speaker1) and \
                    not (source0 == "reporting-verb" and source1 == "reporting-verb"):
                source = "reporting-verb" if "reporting-verb" in (source0, source1) else source0
                out[-1] = (s0, e1, source, speaker0 or speaker1, "quote" if "quote" in (kind0, kind1) else kind0)
                continue
        out.append(claim)
        previous_line = line
    return out


def fill_quotes(text: str, found: list[tuple[int, int, str, Speaker | None, bool, str, str]]
                 ) -> list[tuple[int, int, str, Speaker | None, str]]:
    """A quoted sentence with no reporting verb of its own belongs to the quote's speaker: the next
    attributed sentence of its line when the quote runs on to it, else the attributed sentence right before
    it in its paragraph (quoted or not: "Heald noted the findings show X. "Quote.""), else the previous
    attributed quoted sentence (of this line, or the paragraph before: a quote continued over paragraphs)."""
    out: list[tuple[int, int, str, Speaker | None, str]] = []
    for i, (s, e, source, speaker, quoted, line, kind) in enumerate(found):
        if speaker is None and quoted and source != "reporting-verb":
            after = next((f[3] for f in found[i + 1:i + 4] if f[5] == line and f[3] is not None and f[4]), None)
            before = next((o[3] for o, f in zip(reversed(out[max(0, i - 4):i]), reversed(found[max(0, i - 4):i]),
                                                strict=True) if o[3] is not None and f[4]), None)
            previous = found[i - 1] if i else None
            adjacent = previous[3] if previous is not None and previous[5] == line and previous[3] is not None \
                and not text[previous[1]:s].strip() else None  # "X noted that … . "Quote."": X's, same paragraph
            speaker = after or adjacent or before  # a quote continued over paragraphs keeps its speaker
        out.append((s, e, source, speaker, kind))
    return out
