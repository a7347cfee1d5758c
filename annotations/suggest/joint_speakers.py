"""Several people, bodies or countries joined by "and" as one subject ("Ehud Olmert and Mahmoud Abbas said", "Both
Roscosmos and NASA said", "ACC Commissioner Jim Phillips and Virginia President Jim Ryan said"): one joint speaker, as
the text joins them. Split out of `sources.py`; `subject_speaker.py` asks for it."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.name_words import title_words
from annotations.suggest.speaker_context import SPEAKER_TYPES, Speaker, full_name
from annotations.suggest.unnamed import HEAD_SET


def joint_subject(text: str, clause_start: int, last: Sequence[Suggestion], end: int, full_names: dict[str, str]
                  ) -> Speaker | None:
    """Two or more people, bodies or countries joined by "and" as the subject ending at `end` ("Ehud Olmert and
    Mahmoud Abbas", "In a lawsuit, SIGAR and the U.S. Department of Justice", "Both Roscosmos and NASA"): one joint
    speaker, as the text joins them, each by its fullest name; `last` are the clause's mentions up to `end`. Not names
    inside a phrase ("Officials from Kuwait and Bahrain": the officials)."""
    if text[last[-1].end:end].strip(" \t,") or last[-1].type not in SPEAKER_TYPES:
        return None
    modifiers = [m for i, m in enumerate(last) if  # "Virginia President Jim Ryan": the place is the title's
                 m.type != "PERSON" and i + 1 < len(last) and last[i + 1].type == "PERSON"
                 and _TITLE_BETWEEN.fullmatch(text, m.end, last[i + 1].start)
                 and all(w.rstrip(".") in title_words() for w in text[m.end:last[i + 1].start].split())]
    last = [m for m in last if m not in modifiers]
    joined = [last[-1]]
    gaps: list[str] = []
    for mention in reversed(last[:-1]):
        gap = _JOINED.fullmatch(text, mention.end, joined[0].start)
        if gap is None or mention.type != joined[0].type and "PLACE" in (mention.type, joined[0].type):
            break
        if gap.group(1) is not None and not _titles_and_bodies(text, gap.end(1), gap.end(), modifiers):
            break  # ("and Virginia President": title words and the places or bodies they belong to only)
        joined.insert(0, mention)
        gaps.insert(0, gap.group(1) if gap.group(1) is not None else gap.group(0))
    opening = text[clause_start:joined[0].start]
    if len(joined) < 2 or " and " not in text[joined[-2].end:joined[-1].start] or not (
            _JOINT_OPENS.search(opening) or _TITLED_OPENING.fullmatch(opening)
            and all(w.rstrip(".") in title_words() for w in opening.split()[len(opening.split()) > 1:])
            # "ACC Commissioner Jim Phillips", "Mayor Tom Hadley and Councilwoman Rita Vasquez"
            or joined[0].type == "PERSON" and _role_before(_ROLE_OPENS.search(opening))):  # ", prosecutors X and Y"
        return None
    return _joined(joined, gaps, full_names)


_JOINED: Final = re.compile(r",?[ \t]+and[ \t]+(?:the[ \t]+)?|,[ \t]+(?:the[ \t]+)?"
                            r"|(,?[ \t]+and[ \t]+)(?:[A-Z][\w.'’-]*[ \t]+){1,3}")
"""Between names joined as one subject: "and", a comma, ", and", with "the" before a body's name, or titles before
a person's ("and Virginia President": the titles are left out of the joint name)."""
_TITLE_BETWEEN: Final = re.compile(r"(?:[ \t]+[A-Z][\w.'’-]*){1,3}[ \t]+")
"""Between a place or body and a person's name: only title words ("Virginia President Jim Ryan")."""
def _titles_and_bodies(text: str, start: int, end: int, modifiers: Sequence[Suggestion]) -> bool:
    """Whether text[start:end] holds only title words and the places or bodies a title belongs to."""
    at = start
    while at < end:
        body = next((m for m in modifiers if m.start == at), None)
        if body is not None:
            at = body.end
        else:
            word_end = text.find(" ", at, end)
            word_end = end if word_end < 0 else word_end
            if text[at:word_end].rstrip(".") not in title_words():
                return False
            at = word_end
        while at < end and text[at] in " \t":
            at += 1
    return True


_TITLED_OPENING: Final = re.compile(r"[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){1,3}")
"""Before the first of the joined names: a body or place and title words ("ACC Commissioner "), or a title ("Mayor ")."""
_JOINT_OPENS: Final = re.compile(r"(?:\A|[,;:][ \t]*)[ \t]*(?:[Bb]oth[ \t]+)?(?:[Tt]he[ \t]+)?\Z")
"""Before the first of the joined names: the clause's start or a comma, perhaps "both" and "the"."""


def joint_after(text: str, at: int, mentions: Sequence[Suggestion], full_names: dict[str, str]) -> Speaker | None:
    """People joined by "and" right after a verb or "according to" ("said prosecutors Ada Moe and Sam Kerr",
    "according to ESPN's Ada Moe and Sam Kerr"): one joint speaker, as the text joins them, when nothing but a
    comma or the sentence's end follows them."""
    lead = _BEFORE_AFTER.match(text, at)
    if lead is None or lead.group(1) and not _role_before(lead):
        return None
    people = {p.start: p for p in mentions if p.type == "PERSON"}
    joined = [people[lead.end()]] if lead.end() in people else []
    gaps: list[str] = []
    while joined:
        gap = _PEOPLE_JOINED.match(text, joined[-1].end)
        following = people.get(gap.end()) if gap is not None else None
        if gap is None or following is None:
            break
        joined.append(following)
        gaps.append(gap.group(0))
    if len(joined) < 2 or " and " not in gaps[-1] or not _JOINT_ENDS.match(text, joined[-1].end):
        return None
    return _joined(joined, gaps, full_names)


def _joined(joined: Sequence[Suggestion], gaps: Sequence[str], full_names: dict[str, str]) -> Speaker:
    """One named speaker for the joined mentions, each by its fullest name, with the text's words between them."""
    parts = [full_name(joined[0], full_names)]
    for gap_text, mention in zip(gaps, joined[1:]):
        parts.append(gap_text + full_name(mention, full_names))
    return Speaker("".join(parts), "named")


def _role_before(opening: re.Match[str] | None) -> bool:
    """Whether the lower-case words matched (group 1) end with a plural source noun ("federal prosecutors")."""
    if opening is None or not opening.group(1):
        return False
    last = opening.group(1).split()[-1]
    return last.endswith("s") and last in HEAD_SET


_ROLE_OPENS: Final = re.compile(r"(?:\A|[,;:][ \t]*)[ \t]*((?:[A-Z]?[a-z-]+[ \t]+){1,2})\Z")
"""Before joined names after a comma: a plural role ("…, federal prosecutors Ada Moe and Sam Kerr said")."""
_BEFORE_AFTER: Final = re.compile(r"[ \t]+(?:(?:the[ \t]+)?[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3}['’]s[ \t]+)?"
                                  r"((?:[a-z-]+[ \t]+){1,2})?")
"""After the verb, before the joined names: an owner ("ESPN's") or a plural role ("prosecutors")."""
_PEOPLE_JOINED: Final = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+")
_JOINT_ENDS: Final = re.compile(r"[ \t]*(?:[,.;:]|\Z)|[ \t]+(?:on|in|at|last|this|earlier)\b")
"""After the joined names: the clause's end, or a time or place ("said A and B on Tuesday")."""
