"""What opens a person's span that is no part of the name: a description capitalised to open the sentence ("Evacuee
Tom Blackwood said"), and "Justice" — a judge's title ("Mr Justice Cardew", "Justice Sotomayor wrote for the
majority") or a given name ("Justice Ameyaw, a trader,"). Split out of `person_names.py`; `entities.py` asks it once
the mentions are tidied. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from annotations.suggest.name_words import JUDGES_TITLE, name_lists, zipf
from annotations.suggest.person_names import SENTENCE_START


def described_start(text: str, start: int, end: int) -> int:
    """Where the name in the person span text[start:end] starts when a common noun describing the person opens the
    sentence before the given name ("Evacuee Tom Blackwood said", "Fisherman Alasdair Sinclair says": a listed given
    name or a word English hardly uses): an English word no list gives as a name, capitalised only to open the
    sentence; `start` otherwise."""
    space = text.find(" ", start, end)
    second = text.find(" ", space + 1, end) if space > 0 else -1
    if second < 0 or not SENTENCE_START.search(text, max(0, start - 3), start):
        return start
    first_names, surnames = name_lists()
    first, given = text[start:space], text[space + 1:second]
    if (given in first_names or given.isalpha() and zipf(given) < 3.0 and given not in surnames) \
            and first.isascii() and first.isalpha() and first not in first_names and first not in surnames \
            and zipf(first.lower()) >= 1.5:  # (not "João Pedro Almeida": the lists are unaccented)
        return space + 1
    return start


def justice_named(text: str, start: int, end: int) -> int:
    """Where the person span text[start:end] starts when the "Justice" before it is the person's given name, not a
    judge's title: no judge's title before it ("Mr Justice", "Chief Justice"), and the paragraph is not about a court,
    or a role stands before it or what follows says who the person is as one says it of anyone ("Justice Ameyaw, a
    trader at Makola Market,", "Political analyst Justice Malala", "Justice Mensah, 34,"); `start` for a judge ("Justice
    Sonia Sotomayor wrote for the majority")."""
    if not text.endswith("Justice ", 0, start) or JUDGES_TITLE.search(text, max(0, start - 20), start - 8) \
            or text.find(" ", start, end) > 0 and not _ROLE_BEFORE_JUSTICE.search(text, max(0, start - 30), start - 8):
        return start  # ("Justice Clarence Thomas said": a title before a full name; a given name before a surname)
    line_end = text.find("\n", end)
    line = (text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end)
    if _COURT.search(text, *line) and not _ANYONES_APPOSITION.match(text, end) \
            and not _ROLE_BEFORE_JUSTICE.search(text, max(0, start - 30), start - 8):
        return start  # "Justice Chandrachud said the court …": a judge, in a paragraph about a court
    return start - 8


_COURT: Final = re.compile(r"(?<![\w'’-])(?:court|courts|bench|judgment|judgement|ruling|ruled|majority|dissent|dissenting|"
                           r"adjourned|appeal|appeals|petition|petitioner|bail|sworn|tribunal|verdict|sentenced|sentencing|"
                           r"justices|judges|judiciary|constitution|constitutional|opinion)(?![\w'’-])", re.I)
"""Words of a court: in their paragraph, a bare "Justice X" is a judge; elsewhere a person called Justice."""
_ROLE_BEFORE_JUSTICE: Final = re.compile(r"(?<![\w'’-])(?:[a-z]+(?:er|or|ist|ian|ant|ent|man|woman)|coach|analyst|winger|"
                                         r"midfielder|defender|striker|player|captain|[A-Z][a-z]+)[ \t]+\Z")
"""A role or a description right before "Justice" ("Political analyst Justice Malala", "Defender Justice
Chabalala"): the person's given name, not a title."""
_ANYONES_APPOSITION: Final = re.compile(r",[ \t]+(?:\d{1,3}[,)]|an?[ \t]+(?!(?:judge|justice|retired|former|senior|supreme|"
                                        r"high|appeals?)\b)|the[ \t]+[\w-]+['’]s[ \t]|who[ \t]+(?:plays|played|stars|starred|"
                                        r"owns|runs|lives|works|worked))")
"""After a name, what is said of anyone: an age, an indefinite role that is no judge's, a relation to someone, a
life ("who plays Franklin")."""
