"""Block quotations: paragraphs quoted after an introduction that ends with a colon ("Siew Kum Hong writes that those who
… should stand up:" and then her paragraphs), the way blogs, reports and citizen-media round-ups quote, with no
quotation marks. A document keeps them only as paragraphs (the HTML loader drops <blockquote>; Markdown keeps "> "), so
they are read from the text. The paragraph right after the introduction is the introduced speaker's; a paragraph after
a quoted one goes on quoting when the marks say so (both open with "> ", or both are items of one list), after a
paragraph that is only an ellipsis, when it opens with an ellipsis, when it goes on in the language of a quoted
paragraph in another language or translates it (not naming the speaker), or when it speaks in the first person while
the author's own text never does and it does not name the speaker; and never when its first sentence names a speaker of
its own. A paragraph opening with a quotation mark is no block quotation (its marks say where the quotation is). Each
statement in a quoted paragraph is a claim by that speaker, unless the sentence names its own; a question is no claim.
An introduction is a sentence ending its line with a colon that has a speaker, or no verb but a stance
("Ng E-Jay is unconvinced of …:"), a name alone ("Evgeny:" over a comment) or a connective going on from the speaker
of the sentence before it ("Elaine Ee believes …. Instead, the government should …:"). Pure state over the claims'
sentence loop."""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.names import name_lists, zipf
from annotations.suggest.speaker_context import Speaker, full_name

_FIRST_PERSON: Final = re.compile(r"(?<![\w'’-])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|"
                                  r"[Uu]s|[Oo]ur|[Oo]urselves)(?![\w'’-])")
"""A word of the first person: "I", "my", "we", "our" … ("US" in capitals is a country, not "us")."""
_QUOTED: Final = re.compile(r"[\"“][^\"”\n]*(?:[\"”]|$)", re.M)
_ELLIPSIS_OPENING: Final = re.compile(r"[ \t]*(?:>[ \t]*)?(?:\.\.\.|…|\[\.\.\.\]|\[…\])")
_ELLIPSIS_ONLY: Final = re.compile(r"[ \t]*(?:>[ \t]*)?(?:\.[ \t]?\.[ \t]?\.|…|\[\.\.\.\]|\[…\])[ \t]*")
"""A paragraph that is only an ellipsis: words left out inside a quotation, which goes on after it."""
_QUOTE_OPENING: Final = re.compile(r"[ \t]*(?:>[ \t]*)?[\"“‘]")
_MARK: Final = re.compile(r"[ \t]*(?P<mark>>|[-*•–]|\d{1,2}[.)/])[ \t]")
"""What opens a line set apart: a Markdown quotation ("> "), a bullet, a number of a list item."""
_THIRD_PERSON_OPENING: Final = re.compile(r"[ \t]*(?:He|She|His|Her)\b")
_TOKEN: Final = re.compile(r"[#@]?[A-Z][\w'’-]{2,}|\d[\d.,:%]*|https?://\S+")
"""What a translation keeps of its original: names, numbers, hashtags, links."""
_QUESTION_END: Final = re.compile(r"\?[\"”’']?\Z")
_LETTERS: Final = re.compile(r"[^\W\d_]+")
_ENGLISH: Final = frozenset("the of and to that for it was with be are this not have by at from is".split())
"""Words any English paragraph is full of (one word in twenty or more); a paragraph without them is in another
language (not "a", "in", "on", "as": Spanish, Italian and French use them too)."""
_NOT_OWN_POST: Final = re.compile(r"\b(?:re-?tweet\w*|shared|shares|respond\w*\s+to|repl\w*\s+to|react\w*\s+to|"
                                  r"this\s+(?:tweet|post|message)|(?:tweet|post|message)\s+(?:from|by)|attack\w*|target\w*|"
                                  r"fac(?:ed|es)|receiv\w*|drew|backlash|abuse|insult\w*|mock\w*|criticis\w*|criticiz\w*)\b",
                                  re.I)
"""An introduction of someone else's post ("Ana Ruiz retweeted:", "responded to this tweet:", "was attacked online:")."""
_STANCE: Final = re.compile(
           r"\b(?:is|was|are|were|seems?|seemed|remains?|remained|appears?|appeared|sounds?|sounded)\s+(?:not\s+|less\s+|more\s+|"
           r"very\s+|rather\s+|quite\s+|far\s+from\s+|equally\s+|also\s+|clearly\s+)?(?:un)?(?:convinced|impressed|amused|"
           r"moved|persuaded|happy|pleased|sure|certain|skeptical|sceptical|critical|adamant|blunt|clear|optimistic|pessimistic|"
           r"worried|concerned|furious|angry|upset|disappointed|hopeful|doubtful|outraged|frustrated|scathing|dismissive|"
           r"supportive|enthusiastic|cautious|sympathetic)\b|\b(?:reflects|reflected|muses|mused|weighs\s+in|weighed\s+in|"
           r"chimes\s+in|chimed\s+in|reacts|reacted|sums\s+(?:it\s+)?up|summed\s+(?:it\s+)?up|puts\s+it|put\s+it|"
           r"ha[sd]\s+this\s+to\s+say|recalls|recalled|laments|lamented|wonders|wondered|asks|asked|urges|urged|calls\s+on|"
           r"called\s+on|appeals|appealed|pleads|pleaded|challenges|challenged|questions|questioned|describes|described|"
           r"refers|referred|sees|saw|views|viewed|regards|regarded|looks\s+at|looked\s+at|examines|examined|analy[sz]es|"
           r"analy[sz]ed|chronicles|chronicled|criticis(?:es|ed)|criticiz(?:es|ed)|praises|praised|mocks|mocked|jokes|joked|"
           r"ridicules|ridiculed|considers|considered|deems|deemed|quotes|quoted|cites|cited|remembers|remembered|posted|"
           r"posting|tweeted|tweeting|tweets|blogged|blogging|echoed|echoes|concurred|concurs|seconded|"
           r"lists|listed|outlines|outlined|sets\s+out|set\s+out|lays\s+out|laid\s+out|takes\s+(?:a|the)\s+(?:\w+\s+)?view|"
           r"took\s+(?:a|the)\s+(?:\w+\s+)?view)\b"
           r"|(?:\b[A-Z][\w'’.-]*|\b[Hh]e|\b[Ss]he)\s+(?:also\s+)?comments\s*:")
"""What makes a sentence with no reporting verb an introduction of words: a stance ("Ng E-Jay is unconvinced of …:",
"Paul Shalala reflects on …:", "Andrew Loh asks the government to …:"), not a biography ("has held three posts:",
"was born in …:", "is survived by:", "made three changes to the line-up:")."""
_NAME_LABEL: Final = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}:")
"""A line that is only a name and a colon: the label of the comment or post below it ("Evgeny:", "Ruslan Tomatov:")."""


def _labelled(text: str, start: int, end: int, mentions: list[Suggestion], full_names: dict[str, str]
              ) -> Speaker | None:
    """The person a label text[start:end] names: a person mentioned there, or a given name no list gave as a mention."""
    person = next((p for p in mentions if p.type == "PERSON" and p.start == start and p.end == end), None)
    if person is not None:
        return Speaker(full_name(person, full_names), "named")
    word = text[start:end]
    return Speaker(word, "named") if " " not in word and word in name_lists()[0] and gazetteer().get(word) is None \
        and zipf(word.lower()) < _RARE_WORD else None  # (not "May:", "Will:", "Rosemary:", "The Problem:")


_RARE_WORD: Final = 3.0
"""A given name as a label only when it is no common word (Zipf frequency): "Evgeny", "Sergei", not "May", "Hope"."""
_GOES_ON: Final = re.compile(r"(?:Instead|However|Moreover|Furthermore|Indeed|In fact|Still|Yet|So|Therefore|Hence|Thus|"
                             r"Otherwise|Rather|But|And|Besides|Above all|In short|In other words)\b")
"""A connective opening a sentence that goes on with the argument of the one before ("Instead, the government
should …:"), not a new subject's ("The family's lawyer, in a letter:", "The full text reads as follows:")."""


def _takes_stance(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] takes a stance that the quotation after its colon spells out."""
    return _STANCE.search(text, start, end) is not None


MIN_CLAIM: Final = 20
"""A sentence shorter than this is no claim here either (as in `claims.py`): "...", "Yours sincerely"."""


class BlockQuotes:
    """Which paragraph is a block quotation, and whose, as the sentence loop walks the text in order: call `speaker_of`
    for each sentence and then `after` with the speaker the sentence got (or introduces)."""

    def __init__(self) -> None:
        self._intro: tuple[int, int, Speaker] | None = None  # an introduction ending its line: start, end, speaker
        self._line = -1  # the line of the latest sentence
        self._line_end = -1
        self._speaker: Speaker | None = None  # whose quotation that line is, if it is one
        self._author_first_person = False  # the author's own lines speak in the first person somewhere
        self._author_lines: deque[tuple[int, int, int, int]] = deque()  # author lines not looked at, each with the
        # line before it
        self._introduced: dict[int, tuple[int, int, Speaker]] = {}  # first quoted line -> its introduction
        self._line_speaker: tuple[int, Speaker] | None = None  # the latest speaker and the line it spoke on

    def speaker_of(self, text: str, start: int, end: int, line_start: int, line_end: int, own: Speaker | None
                   ) -> Speaker | None:
        """The speaker of the sentence text[start:end] (on the line text[line_start:line_end]) if it is a statement
        in a block quotation and names no speaker of its own (`own`), else None."""
        if line_start != self._line:
            quoting: Speaker | None = None
            if _QUOTE_OPENING.match(text, line_start):
                quoting = None
            elif self._intro is not None and not text[self._intro[1]:line_start].strip():
                quoting = self._intro[2]
                self._introduced[line_start] = self._intro
            elif self._speaker is not None and own is None and not text[self._line_end:line_start].strip():
                quoting = self._speaker if self._continues(text, line_start, line_end) else None
            if quoting is None and not self._author_first_person:  # (looked at only when a quotation may go on)
                self._author_lines.append((self._line, self._line_end, line_start, line_end))
            self._line, self._line_end, self._speaker = line_start, line_end, quoting
        if self._speaker is None or own is not None or end - start < MIN_CLAIM \
                or _QUESTION_END.search(text, start, end):
            return None
        return self._speaker

    def after(self, text: str, start: int, end: int, line_start: int, line_end: int, speaker: Speaker | None,
              has_verb: bool, mentions: list[Suggestion], full_names: dict[str, str],
              subject: Callable[[], Speaker | None]) -> None:
        """Note the sentence text[start:end] just ended, with the speaker it got: ending its line with a colon, it
        introduces a quotation — its speaker's; or, with no verb of its own, the subject's of a stance ("Ng E-Jay is
        unconvinced of the logic of a code:", `subject` gives it), the name of a label ("Evgeny:"), or the speaker of
        the sentence before on its line when it goes on with that one's argument ("Elaine Ee believes that ….
        Instead, the government should …:")."""
        intro = speaker
        if intro is None and not has_verb and text[end - 1] == ":" and not text[end:line_end].strip():
            if _takes_stance(text, start, end):
                intro = subject()
            elif start == line_start and _NAME_LABEL.fullmatch(text, start, end):
                intro = _labelled(text, start, end - 1, mentions, full_names)
            elif self._line_speaker is not None and self._line_speaker[0] == line_start \
                    and self._line_speaker[1].kind == "named" and _GOES_ON.match(text, start):
                intro = self._line_speaker[1]
        self._intro = (start, end, intro) if intro is not None and text[end - 1] == ":" \
            and not text[end:line_end].strip() else None
        if speaker is not None:
            self._line_speaker = (line_start, speaker)

    def _author_speaks_first_person(self, text: str) -> bool:
        """Whether an author's own line so far speaks in the first person (outside quotation marks; not a line right
        after one ending with a colon or one in another language: a quotation no rule gave a speaker)."""
        while not self._author_first_person and self._author_lines:
            before, before_end, line_start, line_end = self._author_lines.popleft()
            self._author_first_person = _FIRST_PERSON.search(_QUOTED.sub(" ", text[line_start:line_end])) is not None \
                and not (before >= 0 and not text[before_end:line_start].strip() and (
                    text[before:before_end].rstrip().endswith(":") or _foreign(text, before, before_end)))
        return self._author_first_person

    def post_author(self, text: str, line: int) -> str | None:
        """Who wrote a post labelled with a handle on `line`, if the introduction right before names them as posting
        it ("Imad Bazzi tweeted:" then "@TrellaLB: …"; not "Ana Ruiz retweeted:" or "responded to this tweet:")."""
        intro = self._introduced.get(line)
        if intro is None or intro[2].kind != "named" or _NOT_OWN_POST.search(text, intro[0], intro[1]):
            return None
        return intro[2].name

    def _continues(self, text: str, line_start: int, line_end: int) -> bool:
        """Whether the paragraph at line_start, right after the quoted one, goes on quoting (see the module)."""
        assert self._speaker is not None
        previous, previous_end = self._line, self._line_end
        if text[line_start:line_end].rstrip().endswith(":"):
            return False  # (a colon at its end starts a quotation of its own)
        marked, marked_before = _MARK.match(text, line_start), _MARK.match(text, previous)
        if marked_before is not None:  # "> …" after "> …", "- …" after "- …", "2." after "1.": the marks decide
            return marked is not None and _same_mark(marked.group("mark"), marked_before.group("mark"))
        if _ELLIPSIS_ONLY.fullmatch(text, previous, previous_end) or _ELLIPSIS_OPENING.match(text, line_start):
            return True
        names = {w for w in self._speaker.name.split() if w[:1].isupper()}
        if names & set(_LETTERS.findall(text, line_start, line_end)):
            return False  # "Vidal has been a member of parliament since 2015": about the speaker, not by them
        if _foreign(text, previous, previous_end):  # (a quotation in its language goes on in it, then is translated)
            return _foreign(text, line_start, line_end) or _translation(text, previous, previous_end, line_start,
                                                                        line_end)
        if _THIRD_PERSON_OPENING.match(text, line_start):
            return False  # "She has led the party since 2019" (a translation may open so: its original did)
        return _FIRST_PERSON.search(text, line_start, line_end) is not None and not self._author_speaks_first_person(text)


def _same_mark(mark: str, before: str) -> bool:
    return mark == before or mark[0].isdigit() and before[0].isdigit() and mark[-1] == before[-1]


def _foreign(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is in a language other than English: mostly letters outside ASCII (Chinese, Russian,
    Arabic …), or five words or more with hardly an English function word among them (Spanish, Catalan …)."""
    words = _LETTERS.findall(text, start, end)
    if not words:
        return False
    if sum(not w.isascii() for w in words) * 2 > len(words):
        return True
    return len(words) >= 5 and sum(w.islower() for w in words) * 2 > len(words) \
        and sum(w.lower() in _ENGLISH for w in words) * 20 < len(words)  # (prose, not a list of names)


def _translation(text: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    """Whether the English paragraph at line_start may translate the one at text[start:end]: about as long (a
    translation from a language in Latin letters runs 0.6-1.7 times its length; from Chinese, Arabic or Russian
    longer), not in another language itself, and tied to it: speaking in the first person as quotations do, sharing a
    name, number, hashtag or link with it ("Duc de Berwik" / "Duke of Berwik"), or, from Latin letters, as long as it
    within a third; an English paragraph after an untranslated quotation is the author's ("The post was deleted within
    an hour", "Vidal has been a member of parliament since 2015")."""
    if _foreign(text, line_start, line_end):
        return False
    ratio = (line_end - line_start) / max(1, end - start)
    words = _LETTERS.findall(text, start, end)
    latin = sum(not w.isascii() for w in words) * 2 <= len(words)
    if not (0.6 <= ratio <= 1.7 if latin else 0.8 <= ratio <= 6.0):
        return False
    return _FIRST_PERSON.search(text, line_start, line_end) is not None \
        or bool(set(_TOKEN.findall(text, start, end)) & set(_TOKEN.findall(text, line_start, line_end))) \
        or latin and 0.75 <= ratio <= 1.35
