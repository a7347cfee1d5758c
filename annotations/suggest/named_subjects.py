"""A name ending the subject before a reporting verb, and what stands around it: a member of a body ("Dodds of Time
Magazine"), a body of a place ("the Comoros government"), whom a voice speaks for ("a spokesman for Arkwright"),
a body or kin of a name ("Bloomberg's campaign", "Kazemi's uncle"), joint subjects, a person and their body or
place ("Ira Katz of Little Five Points Pharmacy in Atlanta"), people in or polled by a place or body. Split out of
`subject_speaker.py`, which cuts the asides off the subject first and asks this before descriptions and unnamed
sources. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.coreference import loose_name
from annotations.suggest.joint_speakers import joint_subject
from annotations.suggest.name_words import title_words
from annotations.suggest.sources import OF, PERSON_HEAD, ROLE_OF
from annotations.suggest.speaker_context import SPEAKER_TYPES, Speaker, full_name
from annotations.suggest.speaker_phrases import (AGENT_NOUNS, BODY_AFTER, FOR_A_PERSON, KIN_OF, MEMBER_OF, STAFF_NOUNS,
                                                 proper_name, researchers, speaks_for)
from annotations.suggest.speaker_pronouns import OBJECT_BEFORE
from annotations.suggest.unnamed import IN_THE_KNOW, UNNAMED, UNNAMED_OF, lower_first
from annotations.suggest.unnamed_subjects import POLLED_BY, SEATED_ON


_QUANTIFIER_IN: Final = re.compile(r"(?<![\w'’-])(?:[Mm]any|[Ss]ome|[Mm]ost|[Oo]thers|[Ff]ew|[Ss]everal|[Tt]hose)[ \t]+"
                                   r"(?:in|from|across)[ \t]+(?:the[ \t]+)?\Z")
"""A quantifier and where its people are ("Many in Hong Kong fear that"): unnamed people there, not the place."""
_GENERIC_BODIES: Final = frozenset(("Ministry", "Department"))
"""The heads of a government body named by its field alone ("Health Ministry", "Defense Department"): the country's
possessive before it belongs to the name ("Gaza’s Health Ministry", "Japan’s Defense Ministry")."""
_IN_PLACE: Final = re.compile(r"\)?[ \t]+(?:in|at)[ \t]+")
_OF_PLACE: Final = re.compile(r"[ \t]+of[ \t]+")
"""Between an organisation and a place that ends its name ("… Western District of New York")."""
_LOCATIVE: Final = re.compile(r"[ \t](?:in|at|near|outside)[ \t]+\Z")
"""Before a place that says where a body is ("… Pharmacy in Atlanta")."""
_PERSON_IN: Final = re.compile(r"[ \t]+(?:in|at|near|outside)[ \t]+")
"""Between a person and the place right after, where they are ("Walaa Al Ghussein in Gaza")."""
_BEFORE_PERSON: Final = re.compile(r"(?<![\w'’-])(?:of|for|by|with|about|to|from|against|on|at|[a-z]+ing)(?![\w'’-])")
"""Before a person in the subject: the person is an object there ("Police searching for X in Portugal", "Lawyers for X
in Moscow"), not the subject."""
_OF_BODY: Final = re.compile(r"[ \t]+(?:of|at|from|with)[ \t]+")
"""After a person, before the body they are of ("Ira Katz of Little Five Points Pharmacy")."""
_EXAMPLE_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:such\s+as|including)\s+(?:the\s+)?\Z")
"""Before a name that is an example inside the subject ("other sites such as X have stated"): not the subject."""
_VOICE_FOR: Final = re.compile(r"(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+)?(?:spokes(?:man|woman|person)|representative)"
                               r"\s+(?:for|of)\s", re.I)
"""Someone speaking for a person named right after ("a spokesman for Arkwright", "a representative for the singer
Ada Moe"): the person's words, as the gold gives them (not the family's or the lawyers': "Lawyers for X said")."""
_IN_A_PLACE: Final = re.compile(r"(?<![\w'’-])(?:in|at|across|near|throughout|around)\s+(?:[a-z-]+\s+)?\Z")
"""Before a place at the end of a long subject: where its head is ("Interviews with 20 people at Haley's events in
northwestern Iowa showed"), a setting, not the subject."""
_EMPTY_HEAD_WHO: Final = re.compile(r"\s*(?:[Tt]hose|[Ss]ome|[Mm]any|[Aa]ll|[Oo]thers|[Aa]nyone|[Ee]veryone|[Ff]ew)\s+(?:who|that)\s")
"""A subject that is only people described by a relative clause ("Those who know Ada Moe", "Some who spoke to the
BBC"): the phrase speaks, not the person or body named inside it."""
_TITLE_WORD: Final = re.compile(r"(?<![\w'’-])([A-Z][a-z]+\.?)\s+\Z")
"""The capitalised word right before a name: a title when `title_words` lists it ("President Trump's advisers")."""
_POSSESSED: Final = re.compile(r"[’']s?\s+(?:[a-z]+\s+)?(?:campaign|office|administration|team|government|ministry|"
                               r"cabinet|department)\s*")
"""A person's or organisation's body speaking: "Bloomberg's campaign", "the mayor's office", "China's commerce
ministry"."""
VOICE: Final = re.compile(rf"(?:{PERSON_HEAD.pattern})\s+(?:for|of|at|from)\s+(?:the\s+)?[A-Z][^,;:]*\Z", re.I)
"""Before an organisation's name: "a spokesman for (the) …" — the organisation speaks through a person."""


def named_subject(text: str, clause_start: int, end: int, last: list[Suggestion], full_names: dict[str, str],
                  roles: dict[str, str]) -> Speaker | None:
    """The speaker the names in the subject text[clause_start:end] give (`last`: its mentions, in order), or None
    when the subject ends in no name that speaks (a description, a pronoun or an unnamed source may)."""
    member = MEMBER_OF.fullmatch(text, clause_start, last[0].start) \
        if len(last) == 1 and last[0].type == "ORG" and not text[last[0].end:end].strip(" \t,") else None
    if member and loose_name(member.group(1)) and proper_name(member.group(1)):
        # "Dodds of Time Magazine points out": a person the suggester missed (not "Analysts at Goldman Sachs")
        return Speaker(member.group(1), "named", affiliation=full_name(last[0], full_names))
    body = BODY_AFTER.fullmatch(text, last[-1].end, end) if last and last[-1].type == "PLACE" else None
    if body and not OBJECT_BEFORE.search(text, max(clause_start, last[-1].start - 10), last[-1].start):
        return Speaker(f"{full_name(last[-1], full_names)} {body.group(1)}", "named")  # "the Comoros government"
    stands_for = speaks_for(text, last, end, full_names, roles) if last else None
    if stands_for is not None:  # "Russia's representative at the UN said", "The Duke of Edinburgh said"
        return stands_for
    on_behalf = FOR_A_PERSON.search(text, max(clause_start, last[-1].start - 40), last[-1].start) \
        if last and last[-1].type == "PERSON" and not text[last[-1].end:end].strip(" \t’'s,") else None
    if on_behalf and _VOICE_FOR.match(text, on_behalf.start(), last[-1].start):
        return Speaker(full_name(last[-1], full_names), "named")  # "A spokesman for Arkwright said": his words
    if on_behalf:  # "The family of John Smith, who died in the crash, said", "Lawyers for Maria Ruiz said"
        return Speaker(lower_first(text[on_behalf.start():last[-1].end], text, on_behalf.start()), "unnamed")
    if last and last[-1].type in SPEAKER_TYPES:
        body = _POSSESSED.fullmatch(text, last[-1].end, end) if text.startswith(("’", "'"), last[-1].end, end) \
            else None
        if body:  # "Bloomberg's campaign countered": a body of that person or organisation, named
            return Speaker(text[last[-1].start:last[-1].end + len(body.group(0).rstrip())], "named")
        kin = KIN_OF.fullmatch(text, last[-1].end, end) if text.startswith(("’", "'"), last[-1].end, end) \
            else None
        if kin and last[-1].type != "PERSON" and kin.group(1) in AGENT_NOUNS | STAFF_NOUNS:
            kin = None  # "Apple's spokesman said", "NASA's scientists": the organisation speaks, as "a spokesman for
            # Apple" does (the gold gives "Scientology officials" to the church)
        if kin:  # "Kazemi's uncle told CNN": the uncle, unnamed, as worded — not Kazemi
            titled = _TITLE_WORD.search(text, max(clause_start, last[-1].start - 24), last[-1].start)
            first = titled.start(1) if titled and titled.group(1).rstrip(".") in title_words() else last[-1].start
            return Speaker(text[first:last[-1].end + len(kin.group(0).rstrip())], "unnamed")
    joint = joint_subject(text, clause_start, last, end, full_names) if len(last) > 1 else None
    if joint is not None:  # "Ehud Olmert and Mahmoud Abbas said", "both Roscosmos and NASA said": as the text joins them
        return joint
    if last and not text[last[-1].end:end].strip(" \t’'s,") and last[-1].type in SPEAKER_TYPES \
            and not _example(text, max(clause_start, last[-1].start - 16), last[-1].start):
        nearest = last[-1]
        if nearest.type == "PLACE" and len(last) > 1 and last[-2].type == "ORG" \
                and _IN_PLACE.fullmatch(text, last[-2].end, nearest.start):
            nearest = last[-2]  # "The US Embassy in Kyiv wrote": the embassy, where it is
        person = next((p for p in last if p.type == "PERSON"), None) if nearest.type == "PLACE" else None
        if person is not None and person is not nearest and _LOCATIVE.search(text, max(0, nearest.start - 7),
                                                                             nearest.start) \
                and person.start - clause_start < 40 and "," not in text[clause_start:nearest.start] \
                and (_OF_BODY.match(text, person.end) or _PERSON_IN.fullmatch(text, person.end, nearest.start)
                     and not _BEFORE_PERSON.search(text, clause_start, person.start)):
            # "Ira Katz of Little Five Points Pharmacy in Atlanta told": the person, not where the body is; "Walaa Al
            # Ghussein in Gaza tweeted": the person, not where she is
            return Speaker(full_name(person, full_names), "named")
        if nearest.type == "PLACE" and len(last) > 1 and last[-2].type == "ORG" \
                and _OF_PLACE.fullmatch(text, last[-2].end, nearest.start):
            # "the U.S. Attorney's Office for the Western District of New York said": the body, its place in its name
            return Speaker(text[last[-2].start:nearest.end], "named")
        before_it = [p for p in last[:last.index(nearest)] if not text.startswith("-based", p.end)]
        if nearest.type != "PERSON" and before_it and before_it[-1].type == "PERSON" \
                and (OF.fullmatch(text[before_it[-1].end:nearest.start])
                     or ROLE_OF.fullmatch(text, before_it[-1].end, nearest.start)):
            # "Ada Moe of Harbour Ltd said" (and "of the Brussels-based Harbour Ltd": the place is no mention here)
            return Speaker(full_name(before_it[-1], full_names), "named", affiliation=full_name(nearest, full_names))
        group = (UNNAMED_OF.search(text, max(clause_start, nearest.start - 60), nearest.start)
                 or _QUANTIFIER_IN.search(text, max(clause_start, nearest.start - 20), nearest.start)) \
            if nearest.type == "PLACE" else None
        if group:  # "Republicans in Western North Carolina", "Many in Hong Kong"
            return Speaker(lower_first(text[group.start():nearest.end], text, group.start()), "unnamed")
        research = researchers(text, clause_start, nearest)
        if research:  # "astronomers at the Ohio State University, Columbus": they speak, not the university
            return research
        setting = nearest.type == "PLACE" and nearest.start - clause_start > 40 and _IN_A_PLACE.search(
            text, max(clause_start, nearest.start - 30), nearest.start) is not None
        lead = text.rfind(", ", clause_start, nearest.start)  # (after a leading clause: "On Monday, sources close to")
        at = clause_start if lead < 0 or IN_THE_KNOW.match(text, clause_start, nearest.start) else lead + 2
        knowing = IN_THE_KNOW.match(text, at, nearest.start)  # ("one source close to Trump": a person too)
        knowing = knowing or _EMPTY_HEAD_WHO.match(text, at, nearest.start)  # "Those who know Ada Moe said": them
        if knowing is not None and not text[nearest.end:end].strip():  # "People familiar with Google said": them,
            opens = at + len(text[at:nearest.end]) - len(text[at:nearest.end].lstrip())  # not Google (as "people
            return Speaker(lower_first(text[opens:nearest.end], text, opens), "unnamed")  # familiar with Google's plans")
        polled = (POLLED_BY.search(text, max(at, nearest.start - 24), nearest.start)
                  or SEATED_ON.search(text, max(at, nearest.start - 8), nearest.start)) \
            if not text[nearest.end:end].strip() and nearest.type == "ORG" else None
        if polled is not None and UNNAMED.fullmatch(text, at, at + len(text[at:polled.start()].rstrip())):
            # "Economists polled by Reuters said", "Democrats on the House Armed Services Committee said":
            return Speaker(lower_first(text[at:nearest.end].strip(), text, at), "unnamed")  # them, as worded
        owner = before_it[-1] if before_it and before_it[-1].type == "PLACE" else None
        if owner is not None and nearest.type == "ORG" and text.startswith(("’s ", "'s "), owner.end) \
                and owner.end + 3 == nearest.start and nearest.exact.split()[-1] in _GENERIC_BODIES \
                and len(nearest.exact.split()) == 2 and not text[nearest.end:end].strip():
            return Speaker(text[owner.start:nearest.end], "named")  # "Gaza’s Health Ministry said": whose ministry
        if not setting and not (text[nearest.end:end].strip() and nearest.type != "PERSON"):
            voice = nearest.type == "ORG" and VOICE.search(text, max(clause_start, nearest.start - 120),
                                                            nearest.start) is not None
            return Speaker(full_name(nearest, full_names), "named", voice=voice)
    return None


def _example(text: str, start: int, end: int) -> bool:
    """`_EXAMPLE_BEFORE` in text[start:end] (at most 16 characters), tried only where "as " or "ing " occurs
    (most subjects: never)."""
    seg = text[start:end]
    return ("as " in seg or "ing " in seg) and _EXAMPLE_BEFORE.search(text, start, end) is not None
