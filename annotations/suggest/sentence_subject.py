"""Who a sentence is about: its subject — a person or organisation named first (after a leading clause, a
description or titles), "he"/"she", or an unnamed source opening it. Used for verbs that are not their
subject's first (a participle of saying, a second verb after "and", "responded by claiming") and for "he" later
in the sentence. Pure functions; split out of `speakers.py`, which finds the speaker of a reporting verb."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.coreference import pick_person
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.name_words import title_words
from annotations.suggest.sources import noun_phrase_source
from annotations.suggest.speaker_context import SPEAKER_TYPES, Context, Speaker, full_name
from annotations.suggest.unnamed import UNNAMED, lower_first

NEAR_TYPES: Final = ("PERSON", "ORG")

SECONDARY: Final = re.compile(r"(?:\sand|\sby|\sthen|,?\sbut)\s+\Z")
"""Before a verb that is not the first of its subject's: coordinated ("… and concluded", "…, but said"), or
"responded by"."""
_SECONDARY_LATER: Final = re.compile(r"(?:\sand|,?\sbut)\s+(?:(?:has|have|had|also|later|since|repeatedly|previously|often|"
                                     r"once)\s+){1,2}\Z")
_RELATIVE_WORD: Final = re.compile(r"\b(?:who|whom|which|that)\b")


def secondary_verb(text: str, start: int, verb_start: int) -> bool:
    """Whether the verb at `verb_start` is not the first of the subject of the sentence at `start` (`SECONDARY`), also
    after an auxiliary or adverb ("…, but has said", "and later said") where no relative clause could own it
    ("Rashford, who missed training and has since said": his)."""
    return SECONDARY.search(text, max(start, verb_start - 8), verb_start) is not None or \
        _SECONDARY_LATER.search(text, max(start, verb_start - 30), verb_start) is not None \
        and _RELATIVE_WORD.search(text, start, verb_start) is None
_OPENING_PARTICIPLE: Final = re.compile(r"[\"“]?(?:[A-Z][a-z]+ing|[A-Z][a-z]+ed|Asked|When|After|As|While|Although|Though|"
                                        r"Because|Before|Since|Once|Until|If|In|On|At|During|Despite|Following|Amid)\b"
                                        r"[^,;:\"“”]{0,160},\s+")
"""A sentence opening with a participle or a subordinate clause, up to its comma ("Countering claims that …, he
replied"): the main clause's subject comes after it."""
_CONJUNCTION: Final = re.compile(r"(?:But|And|Yet|So)[ \t]+(?=[A-Za-z])")
_DESCRIBED_NAME: Final = re.compile(r"(?:the|The)\s+(?:(?:[a-z-]+|(?:[A-Z][a-z]+\s+)?NGO)\s+){1,2}(?=[A-Z])")
"""A description before a name in apposition ("the charity Christian Aid", "the French agency BEA", "the Greek NGO
Hellenic League …")."""
_TITLES_BEFORE: Final = re.compile(r"(?:(?!(?:The|A|An|In|On|At)\s)[A-Z][\w.'’-]*\s+){1,4}"
                                   r"(?:(?!(?:said|says|say|told|tells|tell|and|or|that|of|in|on|at|to|for|with|by|from|as|"
                                   r"accuse|accuses|want|wants|saw|see|sees|urge|urges|ask|asks|call|calls|praise|praises|"
                                   r"blame|blames|thank|thanks|criticize|criticizes|criticise|criticises|hope|hopes|expect|"
                                   r"expects|need|needs|help|helps|met|meet|meets|join|joins|follow|follows|support|supports|"
                                   r"sue|sues|beat|beats|face|faces|elect|elects|hire|hires|fire|fires|let|lets|make|makes|"
                                   r"made|gave|give|gives|took|take|takes|back|backs|name|names|visit|visits|sent|send|sends|"
                                   r"welcome|welcomes|invite|invites|defend|defends|attack|attacks|slam|slams|warn|warns|"
                                   r"believe|believes|think|thinks|know|knows|knew|like|likes|love|loves|want|expect)\b)"
                                   r"[a-z][\w-]*(?<!ed)\s+){0,3}")
"""Titles or a capitalised word and a role before the name opening a sentence ("Iraqi Prime Minister", "Retired police
officer"; not "Republicans accuse")."""
LATER_PRONOUN: Final = re.compile(r"(?:,|\sand|\sbut)\s+(?:he|she)\s*\Z")
""""he"/"she" as the subject of a later clause of the sentence: the sentence's subject, if a person opens it."""
_ROLE_THEN_NAME: Final = re.compile(r"(?:The|A|An|His|Her|Their|Its)\s+[a-z][^,;:\"“”]{2,80}?,\s+")
_VERB_AFTER_BODY: Final = re.compile(r"(?<![\w'’-])[a-z]+(?:s|ed)(?![\w'’-])")
_WORKS: Final = frozenset("album book novel film movie song single record biography memoir series show play documentary "
                          "painting collection track".split())
_FORMER_TITLES: Final = re.compile(r"(?:(?:former|ex-|then-|acting|interim)[ \t]+)?(?:[A-Z][a-z]*\.?[ \t]+){1,3}"
                                   r"|(?:former|ex-|then-|acting|interim)[ \t]+(?:[a-z-]+[ \t]+){1,2}")
"""Titles before a name in apposition to a role, maybe "former" ("Her chief rival, former Lt. Gov. Ron Baxter,"), or
a former role ("Her cousin, former councillor Morag Sinclair,")."""
_APPOSED_VERB: Final = re.compile(r",\s+[a-z]+(?:ed|s)\b")
"""A role, then the person's name between commas, then the verb: the name is the subject."""
INTRODUCED_PRONOUN: Final = re.compile(r"\s*[A-Z][^,;:\"“”]{0,120},\s*(?:he|she)\s*\Z")
"""A leading phrase that names nobody, then "he"/"she" ("The first Westerner tried in Iraq since 2003, he
testified"): the pronoun opens its sentence's main clause, so it takes the previous sentence's subject."""
_SUBJECT_VERB: Final = re.compile(r"(?:[’']s\b)?\s+[a-z]")
_APPOSITION_THEN_VERB: Final = re.compile(r",\s+(?:(?:a|an|the|his|her|its|their|who|whose|of|from|at|for|including)\s"
                                          r"[^,;:\"“”()]{0,100}?|\d{1,3}),\s+(?:[a-z]+ly\s+)?(?:(?:have|has|had)\s+)?"
                                          r"(?:[a-z]+(?:ed|s)|spoke|said|told|wrote|made|took|"
                                          r"gave|went|came|saw|met|led|sent|left|held|began|became|found|thought|knew)\b")
"""A name, a description of it between commas, then its verb ("Maria Olsen, a local nurse, released …", "James Duffy,
of Law Enforcement Against Prohibition, spoke"): the name is the subject (the description is not a second speaker)."""
_PLACE_VERB: Final = re.compile(r"(?:,\s+[a-z]+(?:ing|ed\s+by)\b[^,;:\"“”]{0,80},)?\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
"""A place's own verb right after it ("China immediately expressed", "Poland, citing security concerns, closed",
"Israel, shielded by the United States, has resisted"): the place is the subject."""
_THEIR_RELATIVE: Final = re.compile(r"((?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:father|mother|son|daughter|wife|husband|brother|"
                                    r"sister|widow|uncle|aunt|cousin|nephew|niece|partner|friend|lawyer|family))\s+[a-z]")
_PRONOUN_SUBJECT: Final = re.compile(r"([Hh]e|[Ss]he)\s+[a-z]")


def sentence_subject(text: str, start: int, end: int, mentions: Sequence[Suggestion], full_names: dict[str, str],
                     context: Context, people_only: bool = False, places: bool = False) -> Speaker | None:
    """The subject of the sentence starting at `start`, for a verb that is not its first (a participle, a
    second verb after "and") or a quotation introduced by a colon: a person or organisation named first in the
    sentence (after any leading clause) and followed by its verb, or "he"/"she" there (the latest person of
    that gender). None when the sentence opens otherwise ("A spokesman …", "Police arrested X, saying"). With
    `places`, a place opening the sentence before its verb is a government speaking ("China expressed regret …
    and suggested"), for a second verb or a participle only: a place elsewhere is a setting, not a subject."""
    at = start
    lead = _OPENING_PARTICIPLE.match(text, start, end)
    if lead and text[lead.start():lead.start() + 12].split(None, 1)[0].endswith("ed") and any(
            p.type == "PERSON" and p.end == text.rfind(",", lead.start(), lead.end()) for p in mentions):
        lead = None  # "Retired police officer James Duffy, of X, spoke": an adjective before a role, not a participle
    if lead:
        at = lead.end()
    while at < end and text[at] in "\"“‘'(":
        at += 1
    conjunction = _CONJUNCTION.match(text, at, end)
    if conjunction:  # "But he opposed …, saying": the subject after it
        at = conjunction.end()
    described = _DESCRIBED_NAME.match(text, at, end)
    if described:
        at = described.end()
    first = next((p for p in mentions if p.start >= at and p.type in NEAR_TYPES), None)
    if first is not None and first.type != "PERSON":  # "White House press secretary Danielle Okafor fired back, …
        titled = next((p for p in mentions if p.start > first.end and p.type == "PERSON"), None)  # saying": her
        role = _ROLE_WORDS.fullmatch(text, first.end, titled.start) if titled is not None else None
        if role is not None and role.group(1).capitalize() in title_words() and not any(
                w.endswith("ed") for w in role.group(0).split()):  # (not "Microsoft fired senior engineer X")
            first = titled
        elif titled is not None and titled.start - at < 50 and _TITLES_BEFORE.fullmatch(text, at, titled.start) \
                and not _VERB_AFTER_BODY.search(text, first.end, titled.start):
            first = titled  # "Former NHL defenceman Jean-Luc Perreault, who …, called him …": a body in the titles
            # (not "NHL suspends defenceman X, calling …", "FIFA bans official X, saying": the body acts on him)
    role = _ROLE_THEN_NAME.match(text, at, end) if first is not None and first.start > at else None
    if role is not None and role.group(0).rstrip(", \t").rsplit(None, 1)[-1] in _WORKS:
        role = None  # "Her debut album, Amy Winehouse, contains the line": a work named for a person
    if role:  # "The civil defence spokesman for the island of Oahu, John Cummings, encouraged …": the person (maybe
        # after titles: "Her chief rival, former Lt. Gov. Ron Baxter, dismissed …")
        named = next((p for p in mentions if p.start >= role.end() and p.type == "PERSON"), None)
        if named is not None and (named.start == role.end() or named.start - role.end() < 30 and _FORMER_TITLES.fullmatch(
                text, role.end(), named.start)) and _APPOSED_VERB.match(text, named.end):
            return Speaker(full_name(named, full_names), "named")
    if first is not None and first.start > at and _TITLES_BEFORE.fullmatch(text, at, first.start):
        at = first.start  # "Iraqi Prime Minister Nouri al-Maliki did not …": titles before the name
    if first is not None and first.start == at and first.end < end \
            and (_SUBJECT_VERB.match(text, first.end) or _APPOSITION_THEN_VERB.match(text, first.end, end)) \
            and not text.startswith(("’s", "'s"), first.end) \
            and (first.type == "PERSON" or not people_only):
        return Speaker(full_name(first, full_names), "named")
    if people_only:
        return None
    place = next((p for p in mentions if p.start == at and p.type == "PLACE"), None) if places else None
    if place is not None and _PLACE_VERB.match(text, place.end, end):
        return Speaker(full_name(place, full_names), "named")
    relative = _THEIR_RELATIVE.match(text, at, end)
    if relative:  # "His uncle spoke with CNN …, and said": unnamed, as worded
        return Speaker(lower_first(relative.group(1), text, at), "unnamed")
    pronoun = _PRONOUN_SUBJECT.match(text, at, end)
    if pronoun:
        word = pronoun.group(1).lower()
        name = pick_person(context.recent, context.gender, word) if context.recent else context.last_person
        return Speaker(name, "named") if name else None
    return unnamed_subject(text, start, at, end, mentions)


def unnamed_subject(text: str, start: int, at: int, end: int, mentions: Sequence[Suggestion]) -> Speaker | None:
    """An unnamed source opening the sentence at `start` (its subject at `at`) before its verb ("Police arrested X,
    saying", 'Aviation analysts called it the "end of an era"'), as worded."""
    unnamed = _unnamed_opening(text, start, at, end, mentions)
    return Speaker(lower_first(unnamed.group(0).strip(), text, at), "unnamed") if unnamed is not None else None


def _unnamed_opening(text: str, start: int, at: int, end: int, mentions: Sequence[Suggestion]) -> re.Match[str] | None:
    """The unnamed-source phrase opening the sentence at `start`, followed by its verb, with no name inside it."""
    unnamed = UNNAMED.match(text, at, end) if at == start else None
    if unnamed and (_SUBJECT_VERB.match(text, unnamed.end()) or _APPOSITION_THEN_VERB.match(text, unnamed.end(), end)) \
            and not any(unnamed.start() <= p.start < unnamed.end() for p in mentions):  # ("Democrats, including the
        # Biden campaign, have compared …")
        return unnamed
    return None


def characterising_subject(text: str, start: int, opening: int, mentions: Sequence[Suggestion]) -> Speaker | None:
    """An unnamed source opening a sentence that names or judges something in a quotation at `opening` ('Aviation
    analysts called it the "end of an era"'): its words. Only after such a verb (not 'Roughly 40 people remain
    "missing"')."""
    subject = _unnamed_opening(text, start, start, opening, mentions)
    if subject is None or _CHARACTERISES.match(text, subject.end(), opening) is None:
        return None
    return Speaker(lower_first(subject.group(0).strip(), text, start), "unnamed")


_CHARACTERISES: Final = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:[a-z]+ly\s+)?(?:called|dubbed|described|labell?ed|branded|"
                                   r"termed|hailed|slammed)\b")
"""The subject's own verb of naming or judging, right after it ("Aviation analysts called it", "Critics have long
branded it"; not "Officials met the man whom locals have dubbed")."""
_WITH_SUBJECT: Final = re.compile(r"(?:,|[–—]|^)\s*[Ww]ith\s+((?:(?!with\b)[^,;:\"“”()])+?)\s+\Z", re.M)
"""An absolute clause before a participle of saying, after a comma or a dash ("…, with forecasters warning that",
"— with the company saying"): its noun phrase is the participle's subject (not in "arrived with officials saying")."""


def absolute_subject(text: str, start: int, verb_start: int, verb_end: int, mentions: Sequence[Suggestion],
                     full_names: dict[str, str], context: Context) -> Speaker | None:
    """The subject of a participle of saying in an absolute clause ("…, with forecasters warning that", "— with the
    minister saying"): a name, a role the text resolved to a person, or the noun phrase as worded."""
    if "ith " not in text[max(start, verb_start - 80):verb_start]:
        return None
    absolute = _WITH_SUBJECT.search(text, max(start, verb_start - 80), verb_start)
    if absolute is None:
        return None
    if absolute.group(1).lower() in _NOBODY:  # "with nobody saying what": no one says anything
        return None
    named = next((p for p in mentions if absolute.start(1) <= p.start and p.end == absolute.end(1)
                  and p.type in SPEAKER_TYPES), None)  # (also "with union leader Tom Baxter vowing")
    if named is not None:
        return Speaker(full_name(named, full_names), "named")
    role = absolute.group(1).split()
    if len(role) == 2 and role[0] == "the" and role[1] in context.roles:  # "with the minister saying": him
        return Speaker(context.roles[role[1]], "named")
    if UNNAMED.fullmatch(absolute.group(1)) or _SOME_MEMBERS.fullmatch(absolute.group(1)) \
            or absolute.group(1).lower() in _SOME:  # ("with many saying it was unjustified")
        # "with Ukrainian officials claiming", "with some Tories accusing him": as worded
        return Speaker(lower_first(absolute.group(1), text, absolute.start(1)), "unnamed")
    return noun_phrase_source(text, absolute.start(1), absolute.end(1), mentions, full_names)


def quoted_as_subject(text: str, start: int, verb_start: int, mentions: Sequence[Suggestion],
                      full_names: dict[str, str]) -> Speaker | None:
    """Whom a source quotes "as saying" ("Local media quoted police chief Arjun Rathore as saying", "The Times quoted
    a senior official as saying"): that person or source, not the one quoting; None if the clause is no such."""
    if not text.endswith("as ", max(start, verb_start - 4), verb_start):
        return None
    quoted = _QUOTED_AS.search(text, max(start, verb_start - 150), verb_start)
    if quoted is None:
        return None
    who = next((p for p in mentions if p.type in NEAR_TYPES and quoted.start(1) <= p.start and p.end == quoted.end(1)),
               None)
    if who is not None:
        return Speaker(full_name(who, full_names), "named")
    if _LONE_NAME.fullmatch(quoted.group(1)) and quoted.group(1) not in gazetteer():
        return Speaker(quoted.group(1), "named")  # "Interfax quoted Ryabkov as saying": a name no list gave
    return Speaker(quoted.group(1), "unnamed") if UNNAMED.fullmatch(quoted.group(1)) else None


_QUOTED_AS: Final = re.compile(r"(?<![\w'’-])quot(?:ed|es|ing)\s+(?!by\s)((?:(?!(?<![\w'’-])as\b)[^,;:\"“”])+?)\s+as\s+\Z")
"""A source quoting someone "as saying"; not the passive's agent ("X is quoted by the Times as saying": X's)."""
_LONE_NAME: Final = re.compile(r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}")
_ROLE_WORDS: Final = re.compile(r"(?:[ \t]+[a-z][a-z-]*){0,2}[ \t]+([a-z][a-z-]*)[ \t]+")
"""Lower-case role words between a body and a person's name ("White House press secretary Danielle Okafor")."""
_SOME_MEMBERS: Final = re.compile(r"(?:some|many|several|most|other|a\s+few|two|three|dozens\s+of)\s+[A-Z][a-z]+s")
"""Some of a party's or a group's members ("some Tories", "many Democrats"): people, unnamed."""
_NOBODY: Final = frozenset(("nobody", "no one", "none", "nothing", "few", "little"))
_SOME: Final = frozenset(("some", "many", "most", "several", "others", "some of them", "many of them", "most of them"))
"""A quantifier standing for people in an absolute clause ("…, with many saying"): who speaks, as worded."""
