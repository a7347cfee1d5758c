"""How a speaker is described when the text does not simply name them: a country's body ("the Comoros
government says"), a relative ("Kazemi's uncle", "Aitchison's father Norrie"), researchers at a body ("astronomers
at the Ohio State University, Columbus"), a person by nationality or age ("the Malawian told"); and how a sentence
frames its source beyond "X said" (a name "of" a body, an apposition left open, "was quoted as saying", "some also
noted", '"…," said he', words "according to" cites and who said them). Patterns and small pure functions (a source
named after "according to" that no suggester knew, a proper name, a relative clause's own subject). Split out of
`speakers.py`, which decides the speaker."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.name_words import name_lists, zipf
from annotations.suggest.sources import RESEARCH_NOUNS
from annotations.suggest.speaker_clause import NOUNS_IN_LY, ROLE_NOUNS
from annotations.suggest.speaker_context import Speaker, full_name
from annotations.suggest.text_scan import lines_with
from annotations.suggest.unnamed import HEAD_SET, lower_first

LEADING_VERB: Final = re.compile(r"\s(?:[a-z]{3,}ed|began|kept|went|recalls|remembers)\s+\Z")
"""A finite verb before a participle of saying ("she remembered telling"): its subject says it."""
VERB_AND_OBJECT: Final = re.compile(r"\s(?:[a-z]{3,}ed|issued|put\s+out|sent|wrote|gave|made)\s+"
                                    r"(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}"
                                    r"(?:statement|message|letter|note|post|video|tweet|release|communiqu[ée]|response|reply)"
                                    r"(?:\s+[a-z]+ing\b[^,;:.\"“”]{0,80}?)?\s+\Z")
"""A verb and what it put out, before a participle of saying ("A local nurse released a statement saying", "… a
statement boycotting the contest, saying"): the verb's subject says it."""
BODY_AFTER: Final = re.compile(r"\s+(government|military|army|navy|police|cabinet|administration|parliament|"
                               r"foreign\s+ministry|defen[cs]e\s+ministry|embassy)\s*")
"""A country's body speaking, after the country's name ("the Comoros government says")."""
FOR_A_PERSON: Final = re.compile(r"(?<![\w'’-])(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z-]+\s+)?(?:family|relatives|parents|"
                                 r"children|lawyers?|attorneys?|friends?|widow|widower|mother|father|son|daughter|wife|"
                                 r"husband|brother|sister|spokes(?:man|woman|person)|representatives?|supporters|relative|"
                                 r"colleagues|neighbours|neighbors|critics|allies|aides|advisers|advisors|associates|"
                                 r"backers|opponents|people|sources|those|friends)\s+(?:of|for|to|close\s+to|around|"
                                 r"familiar\s+with)\s+(?-i:[A-Z][a-z]+\.?\s+){0,3}\Z", re.I)
"""Before a person: who speaks for them, of their family or their circle ("The family of John Smith", "Lawyers for
Maria Ruiz", "People close to Elon Musk", "Critics of Mayor Linda Osei"): unnamed, as worded, not the person."""
AGENT_NOUNS: Final = frozenset("attorney agent publicist manager spokesman spokeswoman spokesperson representative aide "
                               "doctor colleague assistant".split())
"""Who speaks for a person (and, for an organisation, is the organisation speaking: "Apple's spokesman")."""
STAFF_NOUNS: Final = frozenset("scientists researchers engineers investigators economists analysts experts officials".split())
"""People working for someone: a person's own ("Trump's economists", unnamed as worded) or, for an organisation, the
organisation speaking ("NASA's scientists")."""
_KIN_NOUNS: Final = (r"(father|mother|son|daughter|wife|husband|brother|sister|widow|widower|uncle|aunt|cousin|nephew|"
                     r"niece|grandmother|grandfather|partner|stepmother|stepfather|friend|neighbour|neighbor|lawyer|"
                     r"family|relatives|parents|children|lawyers|attorneys|friends|supporters|advisers|advisors|aides|"
                     r"allies|backers|critics|opponents|associates|colleagues|teammates|fans|followers|doctors|"
                     r"workers|employees|customers|shareholders|rivals|competitors|clients|users|investors|dealers|"
                     + "|".join(sorted(STAFF_NOUNS)) + "|"
                     + "|".join(sorted(AGENT_NOUNS)) + ")")
KIN_OF: Final = re.compile(rf"[’']s?\s+(?:(?:former|own|current|top|senior|longtime|long-time)\s+)?{_KIN_NOUNS}\s*")
"""A relative, friend or agent of a named person speaking, the name not given ("Kazemi's uncle told CNN",
"O'Riordan's agent said", "Rudolph's supporters have stated", "President Trump's advisers suggested")."""
KIN: Final = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[’']s\s+(?:father|mother|son|daughter|wife|husband|brother|sister|"
                        r"widow|widower|uncle|aunt|grandmother|grandfather|partner|stepmother|stepfather|step-mother|"
                        r"step-father),?\s+(?:(?:(?P<royal>Princess|Prince|Queen|King|Sheikh|Sheikha|Emir|Crown\s+Prince)|"
                        r"Lady|Lord|Sir|Dame|Dr|Mr|Mrs|Ms)\.?\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),?\s*\Z")
"""A speaker named by kinship to a person: "Aitchison's father Norrie", "the victim's mother, Jane Smith,", without a
title ("Akishino's daughter Princess Mako": Mako, and a royal takes no family name from the kin)."""
_RESEARCH_AT: Final = re.compile(rf"(?<![\w'’-])(?:(?:the|a|some)\s+)?(?:[a-z-]+\s+)?{RESEARCH_NOUNS}\s+(?:at|from|of|with)\s+"
                                 r"(?:the\s+)?\Z", re.I)
_PLACE_TAIL: Final = re.compile(r"(,\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?=,)")


def researchers(text: str, clause_start: int, org: Suggestion) -> Speaker | None:
    """Researchers at or from the organisation `org` ("astronomers at the Ohio State University, Columbus", "a
    team of researchers from X"): unnamed, as worded (with a town after the name), never the organisation."""
    research = _RESEARCH_AT.search(text, max(clause_start, org.start - 60), org.start) if org.type == "ORG" else None
    if research is None:
        return None
    place = _PLACE_TAIL.match(text, org.end)
    tail = place.end(1) if place else org.end
    return Speaker(lower_first(text[research.start():tail], text, research.start()), "unnamed")


THE_PERSON: Final = re.compile(r"(?:^|\s)[Tt]he\s+(?:\d{1,3}-year-old|[A-Z][a-z]+(?:ian|an|ese|ish|ite|i|on))\s*\Z")
"""A person referred to by age or nationality ("the 45-year-old", "the Malawian", "the Briton"): the latest
person named."""
def aged_person(text: str, upto: int, age: str, people: list[str]) -> str | None:
    """The person the text gave an age before `upto` ("Renee Caldwell-Moss, 58,", "58-year-old Renee Caldwell-Moss"),
    the latest so aged, among `people` (the people met so far) — whom "the 58-year-old" is; None if none was. Looked
    for only on the lines with the age (`lines_with`)."""
    found = None
    aged = re.compile(rf"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}}),[ \t]+{age}[,)]|(?<!\d){age}-year-old[ \t]+"
                      rf"(?:[a-z-]+[ \t]+){{0,3}}([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,3}})")
    for m in [m for start, end in lines_with(text, age, upto) for m in aged.finditer(text, start, min(end, upto))]:
        name = m.group(1) or m.group(2)
        found = next((p for p in reversed(people) if p == name or p.endswith(" " + name.split()[-1])), found)
    return found


NATIONALS: Final = ("Swede|Dane|Pole|Finn|Scot|Brit|Spaniard|Frenchman|Frenchwoman|Dutchman|Dutchwoman|Englishman|Englishwoman|"
                    "Irishman|Irishwoman|Welshman|Welshwoman|Scotsman|Scotswoman|Swiss|Greek|Turk|Thai|Czech|Slovak|Kiwi|Aussie|"
                    "Argentine|Uzbek|Kazakh|Basque")
"""Nationalities no suffix shows, as a regex alternation."""
THE_NATIONAL: Final = re.compile(r"(?:^|\s)[Tt]he\s+(?:\d{1,3}-year-old\s+[A-Z][a-z]+|" + NATIONALS + r")\s*\Z")
"""A person referred to by age and nationality, or by a nationality no suffix shows ("the 31-year-old Swede", "the
Spaniard"): the person named, only when the sentence before named one person (the text gives no nationality to
match: "Jon Rahm trailed Stenson by two. The Swede said" is no Rahm)."""
THE_ROLE: Final = re.compile(r"\s*The\s+(?:[a-z-]+\s+|[A-Z][a-z]+\s+(?=(?:[a-z]+|MP|MEP|MSP|MLA)\s*\Z)){0,2}(?:MP|MEP|MSP|MLA|"
                             r"contractor|soldier|actor|actress|singer|star|player|"
                             r"politician|lawmaker|senator|minister|lawyer|activist|businessman|businesswoman|billionaire|"
                             r"former\s+[a-z]+|veteran|musician|author|writer|director|coach|striker|goalkeeper|"
                             r"journalist|pilot|doctor|scientist|professor|mayor|governor)\s*\Z")
"""A sentence opened by a definite role ("The security contractor said"): the previous sentence's subject, whom
the text just named (not "the man", who may be someone else; nor "the suspect", as often the one the sentence before
named as the victim or the officer: it is that person only where the text gave the role, "The suspect, Ada Moe,")."""
GENERIC_TAIL: Final = re.compile(r"[ \t]+(?:party|group|movement|alliance|coalition|organi[sz]ation|network)[ \t]*")
"""A common noun after an organisation's name that adds nothing to it ("the Sinn Féin party")."""


_NAMED_AFTER: Final = re.compile(r"\s+(?:[Tt]he\s+)?((?:[A-Z][\w'’&.-]*)(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&.-]*){0,5})"
                                 r"(?:\s+(?:news\s+agency|newspaper|magazine|daily|website|television|radio|"
                                 r"broadcaster))?\s*[,.;:]")
"""After "according to": a capitalised name up to a punctuation mark, with perhaps what it is after it
("according to Billboard,", "According to The Guardian,", "according to Yonhap news agency,")."""


def named_after(text: str, at: int) -> Speaker | None:
    """A source named after "according to" that no suggester knew: the name as written, named."""
    m = _NAMED_AFTER.match(text, at)
    if m is None or m.group(1).split()[0] in _NOT_A_SOURCE:
        return None
    return Speaker(m.group(1).removesuffix("’s").removesuffix("'s"), "named")


_NOT_A_SOURCE: Final = frozenset("I He She It They We You This That These Those Monday Tuesday Wednesday Thursday Friday "
                                 "Saturday Sunday January February March April May June July August September October "
                                 "November December".split())


# How a sentence frames its source beyond "X said".
MEMBER_OF: Final = re.compile(r"\s*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]+(?:of|from|at|with)[ \t]+(?:the[ \t]+)?")
"""A subject that is a name, then "of/from/at" and the organisation ("Dodds of Time Magazine", "Tom French from the
Equality Network"): the name speaks, with the organisation as affiliation."""
BARE_ROLE: Final = re.compile(rf"\s*(?:[a-z-]+\s+){{0,2}}(?:{ROLE_NOUNS})(?:\s+and\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+)?"
                              r"\s+(?:of|to|for|at|with|on)\s")
"""After a name and its comma: a role and its preposition ("X, consultant to the government on terrorism said", "X, a
political leader of one of the groups, dismissed", "X, chief financial officer and treasurer at Y, said"): the name is
the subject, even when the writer left it open."""
QUOTED_AS: Final = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?quoted"
                               r"(?:\s+by\s+[^,;:]{1,60}?)?\s+as\s+\Z")
"""Before "saying": a passive of quoting ("one resident was quoted by Haveeru as saying"), whose subject speaks."""
QUANTIFIER_SUBJECT: Final = re.compile(r"\s*(?:(?:While|And|But|Yet|Meanwhile,?)\s+)?((?i:some|many|most|several|another|others|one|"
                                        r"someone(?:\s+else)?|somebody(?:\s+else)?))(?:\s+(?:also|even|still|just|"
                                        r"further|later|now|already|too|have|had|has))?\s*")
"""A quantifier or an indefinite pronoun alone as the subject ("Some also noted", "Another pointed out", "While
someone else wrote"): people the text leaves unnamed."""
PRONOUN_AFTER: Final = re.compile(r"[ \t]+(he|she)(?=[ \t]*[.,;!?\n]|[ \t]*\Z)")
"""A pronoun right after a verb of saying and closing the clause ('"…," said he.')."""
CARRIED_BY: Final = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[a-z-]+\s+){0,4}(?:fears|views|remarks|"
                                r"comments|words|statement|post|posting|message|letter|e-?mail|memo|note|testimony|account|"
                                r"tweet|announcement|cable)s?\s+(?:(?:expressed|made|issued|published|posted|written|released|"
                                r"voiced|given|sent|signed)\s+)?(?:by|from)(?=\s)")
"""After "according to": words someone said or wrote, and who ("the private fears expressed by a senior official",
"an official mailing list post from X"): the source is theirs, not the words'."""
_NOT_LINKING: Final = sorted(NOUNS_IN_LY - {"jelly", "folly", "holly"}
                             | {"fly", "early", "only", "lonely", "holy", "ugly", "silly", "jolly", "july", "italy"})
"""Words in -ly that open no clause as an adverb: the nouns of `NOUNS_IN_LY` and a few adjectives and names."""
LINKING_ADVERB: Final = re.compile(r"\s*(?:(?:however|meanwhile|moreover|instead|still|also|nevertheless),?|"
                                   r"(?:meantime|overall|separately|likewise|elsewhere|by\s+contrast|in\s+contrast),|(?-i:(?!(?:"
                                   + "|".join(_NOT_LINKING) + r"),)[a-z]{3,}ly,))\s+", re.I)
"""A linking word or a lower-case adverb opening the clause ("…; principally, noted Haaretz, …"): no part of the
subject (an adverb only with its comma, and not a noun in -ly: "family, friends and neighbours said")."""


def proper_name(phrase: str) -> bool:
    """Every word a listed given name or surname, or rare in English and no plural of a person noun ("Dodds", "Tom
    French"; not "Analysts", "Shareholders", "Bondholders", "Epidemiologists")."""
    first_names, surnames = name_lists()
    return all(w in first_names or w in surnames or zipf(w.lower()) < 3.0 and w.casefold() not in HEAD_SET
               and not w.endswith(("ers", "ists", "ants", "ents", "ors", "ians", "ives", "men", "ees"))
               for w in phrase.split())


def source_inside(clause: list[str]) -> bool:
    """The words after "who" up to the verb are the clause's own subject ("who police said", "who the Pentagon
    said", "who neighbours said"): a short noun phrase, not a verb and its object."""
    if not clause or len(clause) > 3:
        return False
    first = clause[0].lower()
    return first in _CLAUSE_SUBJECT_START or clause[0][0].isupper() or first in HEAD_SET or first in ("police",
                                                                                                      "witnesses")


_CLAUSE_SUBJECT_START: Final = frozenset("the a an some many most his her their its our one two three several".split())


@lru_cache(maxsize=4096)
def org_head(name: str) -> str:
    """The head noun of an organisation's name, lower case: "Church of Scientology" -> "church", "Museum of
    Flight" -> "museum", "Harbour Museum" -> "museum"."""
    words = name.split()
    at = words.index("of", 1) if "of" in words[1:] else len(words)
    head = words[at - 1].lower()
    return SPELLING.get(head, head)


SPELLING: Final = {"center": "centre", "organization": "organisation", "theater": "theatre"}
"""US and British spellings of a head noun: "the centre" after "Pacific Tsunami Warning Center"."""


def speaks_for(text: str, last: Sequence[Suggestion], end: int, full_names: dict[str, str], roles: dict[str, str]
               ) -> Speaker | None:
    """A subject ending at `end` that names whom its speaker stands for, not the last name in it: "Russia's
    representative at the UN said" (Russia speaks, through its envoy); "The Duke of Edinburgh said" (a title held
    of a place: the person the text gave it to, else the title itself — never the place). `last` are the clause's
    mentions up to `end`; `roles` maps a role noun to the person the text gave it to."""
    final = last[-1]
    if text[final.end:end].strip(" \t,"):
        return None
    if len(last) > 1 and last[-2].type in ("PLACE", "ORG") and _ENVOY_AT.fullmatch(text, last[-2].end, final.start):
        return Speaker(full_name(last[-2], full_names), "named", voice=True)
    title = _TITLE_OF.search(text, max(0, final.start - 30), final.start) if final.type == "PLACE" else None
    if title is not None:
        held = roles.get(title.group(1).lower())
        return Speaker(held or f"{title.group(1)} of {text[final.start:final.end]}", "named")
    return None


_ENVOY_AT: Final = re.compile(r"[’']s[ \t]+(?:[a-z-]+[ \t]+)?(?:representative|envoy|ambassador|delegate|delegation|"
                              r"spokesman|spokeswoman|spokesperson|mission)[ \t]+(?:at|to|in|for|with)[ \t]+(?:the[ \t]+)?")
_TITLE_OF: Final = re.compile(r"(?<![\w'’-])(?:[Tt]he[ \t]+)?(Duke|Duchess|Earl|Countess|Prince|Princess|Archbishop|"
                              r"Bishop|Lord|Lady|Baron|Baroness|Marquess|Viscount|Emir|Sultan|Mayor|Governor)[ \t]+of[ \t]+\Z")