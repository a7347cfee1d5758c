"""Block quotations: paragraphs quoted after an introduction that ends with a colon ("Siew Kum Hong writes that those
who … should stand up:" and then her paragraphs), the way blogs, reports and citizen-media round-ups quote, with no
quotation marks. A document keeps them only as paragraphs (the HTML loader drops <blockquote>; Markdown keeps "> "), so
they are read from the text: the paragraph right after the introduction is the introduced speaker's, and so is each
paragraph after it that speaks in the first person or opens with an ellipsis ("…", "[...]") or follows a quoted
paragraph that is only an ellipsis or is in another language (a quotation given in its language, then translated), unless its first sentence names a
speaker of its own; the author's own paragraphs after a quotation speak of others. A paragraph opening with a
quotation mark is no block quotation (its marks say where the quotation is). Each statement in a quoted paragraph is a
claim by that speaker, unless the sentence names its own; a question is no claim. Pure state over the claims' sentence
loop."""
from __future__ import annotations

import re

from annotations.suggest.speaker_context import Speaker

_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|"
                           r"[Uu]s|[Oo]ur|[Oo]urselves)(?![\w'’-])")
"""A word of the first person: "I", "my", "we", "our" … ("US" in capitals is a country, not "us")."""
_ELLIPSIS_OPENING = re.compile(r"[ \t]*(?:>[ \t]*)?(?:\.\.\.|…|\[\.\.\.\]|\[…\])")
_ELLIPSIS_ONLY = re.compile(r"[ \t]*(?:>[ \t]*)?(?:\.[ \t]?\.[ \t]?\.|…|\[\.\.\.\]|\[…\])[ \t]*")
"""A paragraph that is only an ellipsis: words left out inside a quotation, which goes on after it."""
_QUOTE_OPENING = re.compile(r"[ \t]*(?:>[ \t]*)?[\"“‘]")
_QUESTION_END = re.compile(r"\?[\"”’']?\Z")
_LETTERS = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset("the of and to a in is that for it on was with as be are this not have by at from".split())
"""Words any English paragraph is full of (one word in twenty or more); a paragraph without them is in another
language."""
MIN_CLAIM = 20
"""A sentence shorter than this is no claim here either (as in `claims.py`): "...", "Yours sincerely"."""


class BlockQuotes:
    """Which paragraph is a block quotation, and whose, as the sentence loop walks the text in order: call `speaker_of`
    for each sentence and then `after` with the speaker the sentence got."""

    def __init__(self) -> None:
        self._intro: tuple[int, Speaker] | None = None  # where an introduction ending its line ends, and its speaker
        self._line = -1  # the line of the latest sentence
        self._line_end = -1
        self._speaker: Speaker | None = None  # whose quotation that line is, if it is one
        self.introduced: dict[int, Speaker] = {}
        """Line start -> speaker, for each paragraph right after an introduction ("Imad Bazzi tweeted:" then
        "@TrellaLB: …": the post is the person's the introduction names)."""

    def speaker_of(self, text: str, start: int, end: int, line_start: int, line_end: int, own: Speaker | None
                   ) -> Speaker | None:
        """The speaker of the sentence text[start:end] (on the line text[line_start:line_end]) if it is a statement
        in a block quotation and names no speaker of its own (`own`), else None."""
        if line_start != self._line:
            quoting: Speaker | None = None
            if _QUOTE_OPENING.match(text, line_start):
                quoting = None
            elif self._intro is not None and not text[self._intro[0]:line_start].strip():
                quoting = self.introduced[line_start] = self._intro[1]
            elif self._speaker is not None and own is None and not text[self._line_end:line_start].strip() \
                    and (_continues(text, line_start, line_end) or _foreign(text, self._line, self._line_end)
                         or _ELLIPSIS_ONLY.fullmatch(text, self._line, self._line_end) is not None):
                quoting = self._speaker
            self._line, self._line_end, self._speaker = line_start, line_end, quoting
        if self._speaker is None or own is not None or end - start < MIN_CLAIM \
                or _QUESTION_END.search(text, start, end):
            return None
        return self._speaker

    def after(self, text: str, end: int, line_end: int, speaker: Speaker | None) -> None:
        """Note the sentence just ended: with a speaker, ending its line with a colon, it introduces a quotation."""
        self._intro = (end, speaker) if speaker is not None and text[end - 1] == ":" \
            and not text[end:line_end].strip() else None


def _continues(text: str, line_start: int, line_end: int) -> bool:
    """Whether a paragraph right after a quoted one goes on quoting: it speaks in the first person or opens with an
    ellipsis, and introduces nothing itself (a colon at its end starts a quotation of its own)."""
    if text[line_start:line_end].rstrip().endswith(":"):
        return False
    return _ELLIPSIS_OPENING.match(text, line_start) is not None \
        or _FIRST_PERSON.search(text, line_start, line_end) is not None


def _foreign(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is in a language other than English: mostly letters outside ASCII (Chinese, Russian,
    Arabic …), or five words or more with hardly an English function word among them (Spanish, Catalan …)."""
    words = _LETTERS.findall(text, start, end)
    if not words:
        return False
    if sum(not w.isascii() for w in words) * 2 > len(words):
        return True
    return len(words) >= 5 and sum(w.lower() in _ENGLISH for w in words) * 20 < len(words)
