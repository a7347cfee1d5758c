"""An unnamed source as the subject before a reporting verb ("officials in Kabul who spoke to reporters", "a
measure supporters said was needed", "Black voters, campaign organizers and veteran volunteers"), or the body it
speaks for ("a new CBS News poll", "a spokesperson for the company"). Split out of `subject_speaker.py`, which asks
this after names and descriptions. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.org_references import referred_voice, salient_orgs
from annotations.suggest.sources import PERSON_HEAD, RESEARCHERS
from annotations.suggest.speaker_context import Context, Speaker, full_name
from annotations.suggest.unnamed import (COORDINATED, FOLLOWER_AFTER, HEAD_SET, IN_THE_KNOW, MEMBERS_AFTER, UNNAMED,
                                         UNNAMED_END, UNNAMED_RELATIVE, VERB_FIRST, ends_with_and_or, lower_first)


_FORMER: Final = re.compile(r"\b(?:former|ex-|retired)\b", re.I)
SEATED_ON: Final = re.compile(r"(?<![\w'’-])on\s+(?:the\s+)?\Z")
"""Before the body a source sits on ("Democrats on the House Armed Services Committee"): the members speak."""
POLLED_BY: Final = re.compile(r"(?<![\w'’-])(?:polled|surveyed|interviewed|questioned|contacted|asked)\s+by\s+(?:the\s+)?\Z")
"""Before the body that asked a source ("economists polled by Reuters"): the source speaks, not the pollster."""
_REIFIED: Final = re.compile(r"(?:a|an|the)\s+(?:[a-z]+\s+)?(?:move|measure|claim|decision|step|plan|policy|figure|number|"
                             r"charge|allegation|accusation|assertion|proposal|change|deal|law|bill|rule|practice|idea|"
                             r"tactic|strategy|approach|scenario|outcome|prospect|sum|estimate|toll|rise|drop|fall|cut|"
                             r"increase|decline)\s+(?=[a-z])", re.I)
"""A thing said of, in apposition before its source ("…, a measure supporters said was needed", "…, a move critics
say will hurt renters"): the relative "that" left out, the source after it."""
_LAST_CONJUNCT: Final = re.compile(r"\sand\s+((?:(?!\sand\s)[^,;:])+?)\s*\Z")
PREPOSITION_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:of|in|on|for|from|at|by|with|about|to)\s+\Z")
_EMPTY_HEADS: Final = frozenset(("those", "anyone", "everyone", "others", "some", "many", "few", "all"))


def unnamed_subject(text: str, clause_start: int, before: str, relative_clause: bool, last: list[Suggestion],
                    full_names: dict[str, str], context: Context, orgs: list[str]) -> Speaker | None:
    """The unnamed source ending the subject `before` (text from `clause_start`; `relative_clause`: a "who"/"that"
    was cut off it), as worded, or the organisation it speaks for; None when no unnamed source ends it."""
    words = before.casefold().split()[-9:]
    unnamed = UNNAMED_END.search(before, max(0, len(before) - 90)) \
        if any(w.strip(",;:") in HEAD_SET for w in words) else None
    if unnamed and unnamed.group(0).rstrip().endswith((" and", " or", " but")):
        unnamed = None  # "X commended the officers for their vigilance and warned": a second verb, no subject
    elif unnamed and not relative_clause and PREPOSITION_BEFORE.search(before, max(0, unnamed.start() - 12),
                                                                        unnamed.start()):
        conjunct = _LAST_CONJUNCT.search(before, unnamed.start(), unnamed.end())
        unnamed = UNNAMED.match(before, conjunct.start(1)) if conjunct is not None else None
        if unnamed is not None and before[unnamed.end():].strip():
            unnamed = None  # "X's analysis of its own statistics concluded": the object of "of" is not the subject
        # (but "a string of Tory MPs who said": the antecedent of "who" may be; "children live with families in
        # the UK and carers have said": a new clause's subject after "and")
        if " who " in before or " that " in before:  # "officials in Kabul who spoke to reporters said": them
            relative = UNNAMED_RELATIVE.search(before, max(0, len(before) - 140))
            if relative:
                return Speaker(lower_first(_relative_source(relative), text, clause_start + relative.start(1)),
                               "unnamed")
    elif unnamed is None and (" who " in before or " that " in before):  # "fishermen who spoke on Tuesday said"
        relative = UNNAMED_RELATIVE.search(before, max(0, len(before) - 140))
        if relative:
            return Speaker(lower_first(_relative_source(relative), text, clause_start + relative.start(1)), "unnamed")
    if unnamed:
        verb_first = VERB_FIRST.match(before, unnamed.start())
        if verb_first:  # "has roiled some Republicans in the state who suspect": not the verb
            unnamed = UNNAMED.match(before, verb_first.end()) or unnamed
        reified = _REIFIED.match(before, unnamed.start()) if before[:unnamed.start()].rstrip().endswith(",") else None
        if reified is not None:  # "…, a measure supporters said was needed": the supporters (the measure is what
            unnamed = UNNAMED.match(before, reified.end()) or unnamed  # they spoke of, a relative left unsaid)
        phrase = unnamed.group(0).strip()
        listed = COORDINATED.search(before, max(0, unnamed.start() - 120), unnamed.start()) \
            if ends_with_and_or(before, unnamed.start()) else None
        if listed:  # "Black voters, campaign organizers and veteran volunteers said"
            unnamed = listed
            phrase = before[listed.start():].strip()
        head = clause_start + len(before[:unnamed.start()].rstrip())
        appositive = [p for p in last if p.end <= head and p.type == "PERSON"]
        if appositive and text[appositive[-1].end:head] == ",":  # "Ada Moe, CEO of Harbour Ltd, said"
            return Speaker(full_name(appositive[-1], full_names), "named")
        inside = [p for p in last if unnamed.start() + clause_start < p.end]  # (or straddling it: "PG&E officials")
        author = [p for p in inside if p.type == "ORG" and not FOLLOWER_AFTER.match(text, p.end)
                  and not MEMBERS_AFTER.match(text, p.end) and not SEATED_ON.search(text, max(0, p.start - 8), p.start)
                  and not POLLED_BY.search(text, max(0, p.start - 24), p.start)] \
            if not (RESEARCHERS.match(phrase) or _FORMER.search(phrase) or IN_THE_KNOW.match(phrase)) \
            else []  # ("Apple customers": not Apple; "a Pew survey of Facebook users": Pew)  # (a former employee speaks for no one: "a former DPWH district engineer said"; nor do "people
        # familiar with Google's plans")
        if author:  # "a new CBS News poll", "a spokesperson for the Ferry Company": the organisation speaks
            return Speaker(full_name(author[-1], full_names), "named", voice=PERSON_HEAD.search(phrase) is not None)
        referred = referred_voice(phrase, salient_orgs(orgs, context)) if not inside else None
        if referred is not None:  # "a spokesperson for the company said", "a ministry spokesperson said"
            return Speaker(referred, "named", voice=True)
        if not any(p.type == "PERSON" for p in inside):
            named_first = any(p.start == clause_start + unnamed.start() for p in inside)  # ("Harbour Ltd customers")
            return Speaker(phrase if named_first else lower_first(phrase, text, clause_start + unnamed.start()),
                           "unnamed")
    return None


def _relative_source(relative: re.Match[str]) -> str:
    """The unnamed source before "who"/"that" ("fishermen who spoke on Tuesday said": fishermen), with its clause where
    the head alone says nothing ("Those who oppose the bill said": those who oppose the bill)."""
    phrase = relative.group(1).strip()
    return relative.group(0).strip() if phrase.lower() in _EMPTY_HEADS else phrase
