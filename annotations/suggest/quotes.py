"""Quotations in news text: the quoted stretches of a line (a quote left open runs to the paragraph's end, as
news style continues a quote in the next paragraph, opening each paragraph again and closing only the last),
quoted titles told from quotations, a quoted sentence with no verb of its own given the speaker of the quote
it belongs to, and the sentences of one quotation — over paragraphs too — merged into one claim. Pure
functions over the claims found sentence by sentence (see `claims.py`)."""
from __future__ import annotations

import re
from typing import Final

from annotations.suggest.speaker_context import Speaker

_OPENING: Final = re.compile(r"[\"“](?:(?<=^.)|(?<=[\s(\[—–-].))")
_CLOSING: Final = re.compile(r"[\"”](?=[\s,.;:!?)\]—–-]|$)")
_TYPED_CLOSING: Final = re.compile(r"(?<=[\w.,!?…])“(?=[\s,.;:!?)\]—–-]|$)")
"""An opening mark typed for a closing one, right after a word ("a “pivotal moment“ to help"): it closes when no
closing mark follows before another quotation opens (a title typed so inside a quotation, '“Their song “Home
Again“ is a hit,” X said', leaves the quotation to its own closing mark)."""
_TITLE_SMALL: Final = frozenset("a an the and or nor but of in on at to for with from by upon into as vs per via de la "
                                "le du von van".split())
"""Lower-case words a title in capitalised words may hold ("Once Upon a Time in the West")."""
_TITLE_NOUNS: Final = frozenset("movie movies film films picture book books novel novels memoir biography biopic song songs "
                                "single album albums record show shows series sitcom drama dramas comedy comedies thriller "
                                "documentary play plays musical opera episode report article articles paper papers essay "
                                "column headline poem podcast programme program game video track adaptation titled "
                                "entitled named dubbed called in of on from".split())
"""The word right before a title ("gangster movie “…”", "a seminal paper, “…”", "his role in “…”")."""
_SENTENCE_INSIDE: Final = re.compile(r"[.!?]\s+\S")
_LAST_WORD: Final = re.compile(r"[A-Za-z]+\Z")
_POSSESSIVE: Final = ("’s", "'s", "s’", "s'")
_LISTING: Final = (" and", " or", " as well as")
_LIST: Final = re.compile(r"[ \t]*,?[ \t]*(?:(?:and|or)[ \t]+)?")
"""What stands between two titles of a list: a comma, "and" or "or"."""
_CLOSING_MARKS: Final = "\"”"


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
        typed = _TYPED_CLOSING.search(line, open_at - start + 1, close.start() if close else len(line))
        if typed is not None and (close is None or _OPENING.search(line, typed.end(), close.start()) is not None):
            close = typed
        close_at = start + close.end() if close else end
        spans.append((open_at, close_at))
        i = close_at
        if i >= end:
            return spans


def titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted stretches of a line that are titles, not quotations: closed, a few capitalised words with no
    sentence of their own, right after a possessive or a word that names or places a work ("gangster movie
    “…”", "X’s “…”", "a seminal paper, “…”", "his role in “…”"), or in a list of such stretches ("“…”, “…”
    and “…”", "… as well as “…”" after a title)."""
    shaped = [(a, b) for a, b in spans if _title_shaped(text, a, b)]
    out: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(shaped):
        before = text[max(0, a - 40):a].rstrip(" \t")
        before = before[:-1].rstrip(" \t") if before.endswith(",") else before  # "a seminal paper, “…”"
        word = _LAST_WORD.search(before)
        if before.endswith(_POSSESSIVE) or word is not None and word.group(0).lower() in _TITLE_NOUNS or \
                i and _LIST.fullmatch(text, shaped[i - 1][1], a) is not None or \
                i + 1 < len(shaped) and _LIST.fullmatch(text, b, shaped[i + 1][0]) is not None or \
                out and before.endswith(_LISTING) or \
                (not before or before[-1] in ".!?\n") and text[b - 2].isalnum() and _TITLE_AS_SUBJECT.match(text, b) \
                and (" " in text[a:b].strip() or not _COPULA.match(text, b)):
            out.append((a, b))  # ('"Salt Lines" opens in theaters Oct. 17.': the work is the subject)
    return out


_COPULA: Final = re.compile(r"[ \t]+(?:is|was|are|were)\b")
"""After a one-word quotation: a copula calls it out as someone's word ('"Shocking" were the words used by the
coroner', '"Appalling" was one MP's verdict'), no work."""
_TITLE_AS_SUBJECT: Final = re.compile(r"[ \t]+(?!(?:he|she|they|it|we|i|you|said|says|asked|added|told|wrote|replied|"
                                      r"and|or|but)\b|(?:is|was)[ \t]+(?:how|what|the[ \t]+(?:verdict|word|response|reaction|"
                                      r"answer|message|description|way|term|view)|his|her|their|its|my|our)\b)"
                                      r"(?:is|was|are|were|opens|opened|premieres|premiered|airs|aired|hits|"
                                      r"debuts|debuted|arrives|arrived|follows|followed|stars|starred|tells|told|runs|ran|"
                                      r"returns|returned|will|has|had|won|earned|grossed|topped|sold)\b")
"""After a title-shaped quotation opening a sentence, with no comma inside its marks: the verb whose subject the work
is ('"Salt Lines" opens in theaters', '"Oppenheimer" grossed $950 million'); not a word someone said, called out as
theirs ('"Disgraceful" was the verdict of …', '"Brilliant" is what X called it')."""


def _title_shaped(text: str, a: int, b: int) -> bool:
    """A closed quoted stretch of at most 12 capitalised words (small words aside) and no sentence inside."""
    if b - a < 3 or text[b - 1] not in _CLOSING_MARKS:
        return False  # left open: a quotation running on
    inner = text[a + 1:b - 1].rstrip(",.;:!?")
    words = inner.split()
    return bool(words) and len(words) <= 12 and (words[0][0].isupper() or words[0][0].isdigit()) and \
        _SENTENCE_INSIDE.search(inner) is None and \
        all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL for w in words)


def quotations(text: str, line_spans: dict[int, list[tuple[int, int]]]) -> dict[tuple[int, int], int]:
    """Each quoted stretch -> its quotation: a stretch of its own, or, when a paragraph opens with a quote
    mark and the paragraph before it left its last quote open (news style), the quotation continued."""
    out: dict[tuple[int, int], int] = {}
    last: tuple[int, int] | None = None  # the previous paragraph's last stretch, if left open
    for line in sorted(line_spans):
        spans = line_spans[line]
        for i, span in enumerate(spans):
            continued = i == 0 and last is not None and not text[line:span[0]].strip()
            out[span] = out[last] if continued and last is not None else len(out)
        last = None
        if spans and (spans[-1][1] - spans[-1][0] < 2 or text[spans[-1][1] - 1] not in _CLOSING_MARKS):
            last = spans[-1]
    return out


def merge_quotes(claims: list[tuple[int, int, str, Speaker | None, str]], lines: list[int],
                 line_spans: dict[int, list[tuple[int, int]]], text: str
                 ) -> list[tuple[int, int, str, Speaker | None, str]]:
    """Sentences of one quotation with no attribution between them are one claim ("We lost everything. The
    water came at night," said X): a claim joins the one before it when it starts inside the quotation the
    other ends in (a quotation continued over paragraphs too) and their speakers agree."""
    which = quotations(text, line_spans) if any(line_spans.values()) else {}
    out: list[tuple[int, int, str, Speaker | None, str]] = []
    previous_line = -1
    for claim, line in zip(claims, lines, strict=True):
        if out and line_spans.get(previous_line) and line_spans.get(line):  # most lines quote nothing
            s0, e0, source0, speaker0, kind0 = out[-1]
            s1, e1, source1, speaker1, kind1 = claim
            ends = next((which[q] for q in line_spans[previous_line] if q[0] <= e0 - 1 < q[1]), None)
            starts = next((which[q] for q in line_spans[line] if q[0] < s1 < q[1]
                           or q[0] == s1 and line != previous_line), None)
            if ends is not None and ends == starts and \
                    (speaker0 is None or speaker1 is None or speaker0 == speaker1) and \
                    not (source0 == "reporting-verb" and source1 == "reporting-verb"):
                source = "reporting-verb" if "reporting-verb" in (source0, source1) else source0
                out[-1] = (s0, e1, source, speaker0 or speaker1, "quote" if "quote" in (kind0, kind1) else kind0)
                previous_line = line
                continue
        out.append(claim)
        previous_line = line
    return out


def fill_quotes(text: str, found: list[tuple[int, int, str, Speaker | None, bool, str, str]]
                 ) -> list[tuple[int, int, str, Speaker | None, str]]:
    """A quoted sentence with no reporting verb of its own belongs to the quote's speaker: the next
    attributed sentence of its line when the quote runs on to it, else the attributed sentence right before
    it in its paragraph (quoted or not: "Heald noted the findings show X. "Quote.""), else the previous
    attributed quoted sentence (of this line, or the paragraph before: a quote continued over paragraphs), else
    the reported words closing the paragraph just before a paragraph that opens with a quotation ("Okafor said
    the plan had failed. ¶ "It was a disaster."") — not across a paragraph of narration with no claim, which
    ends what the earlier speaker said."""
    out: list[tuple[int, int, str, Speaker | None, str]] = []
    for i, (s, e, source, speaker, quoted, line, kind) in enumerate(found):
        if speaker is None and quoted and source != "reporting-verb":
            closed = text[s:e].rstrip().endswith(("”", '"'))  # '"It will cost jobs." "It is a disaster," Smith
            after = None if closed else next(  # said': a quote closed in its sentence runs on to no later one
                (f[3] for f in found[i + 1:i + 4] if f[5] == line and f[3] is not None and f[4]
                 and not _introduces_own_quote(text, f[0], f[1])), None)
            before = next((o[3] for o, f in zip(reversed(out[max(0, i - 4):i]), reversed(found[max(0, i - 4):i]),
                                                strict=True) if o[3] is not None and f[4]
                           and not _narration_between(text, f[1], s)), None)
            previous = found[i - 1] if i else None
            adjacent = previous[3] if previous is not None and previous[5] == line and previous[3] is not None \
                and not text[previous[1]:s].strip() else None  # "X noted that … . "Quote."": X's, same paragraph
            indirect = previous[3] if previous is not None and previous[3] is not None and not previous[4] \
                and previous[2] == "reporting-verb" and text[s:s + 1] in "\"“" \
                and _paragraph_before(text, previous[1], s) else None
            speaker = after or adjacent or before or indirect  # a quote continued over paragraphs keeps its speaker
        out.append((s, e, source, speaker, kind))
    return out


def _introduces_own_quote(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] opens with its attribution and then its own quotation ('Smith agreed: "…"'):
    such an attribution does not reach back to an earlier quote ('"…," York said. "…" Smith agreed: "…"')."""
    opening = next((k for k in range(start, end) if text[k] in "\"“"), -1)
    lead = text[start:opening].rstrip() if opening > start else ""
    return bool(lead) and lead.endswith((":", ",")) and "”" not in lead and '"' not in lead


def _narration_between(text: str, end: int, start: int) -> bool:
    """Whether a whole non-blank line stands between text[:end] and text[start:] (a paragraph of its own)."""
    first = text.find("\n", end, start)
    return first >= 0 and bool(text[first:text.rfind("\n", first, start)].strip())


def _paragraph_before(text: str, end: int, start: int) -> bool:
    """Whether text[:end] ends the paragraph just before the one text[start:] opens (only blank lines between)."""
    return "\n" in text[end:start] and not text[end:start].strip()
