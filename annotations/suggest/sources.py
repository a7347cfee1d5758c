"""Where a claim's source stands when it is not the plain subject before the verb: after the verb ("…," said
Ada Moe of X; according to officials; said the post by …), fronted before appositions ("Ada Moe, Director of X,
says"), worded as a common noun phrase ("the authors", "posts on the board for X", "a new X poll" -> X), and the
subject of the sentence before (for "He" opening a sentence). Pure functions, used by `speakers.py`."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.name_words import ROLE_ENDS, title_words
from annotations.suggest.joint_speakers import joint_after
from annotations.suggest.officer_titles import TITLE_ROLE, TITLE_WORDS, TWO_TITLES
from annotations.suggest.org_references import ORG_NOUNS, latest_org, referred_voice
from annotations.suggest.named_makers import (NOT_A_BODY_NAME, document_maker, maker_before_data, maker_of_data,
                                             outlet_after)
from annotations.suggest.speaker_context import SPEAKER_TYPES, Context, Speaker, full_name
from annotations.suggest.text_scan import last_visible
from annotations.suggest.unnamed import IN_THE_KNOW, MEMBERS_AFTER, UNNAMED_START, lower_first, source_phrase

_ORG_AFTER_VERB: Final = re.compile(rf"\s+(?:the|its)\s+({ORG_NOUNS})\b(?!\s+(?:of|in|for)\b)", re.I)


OF: Final = re.compile(r"\s*,?\s*(?:of|at|from|for|with)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:an|ese|ish|i)\s+|[A-Z][\w.]+-based\s+|"
                       r"(?:[a-z-]+\s+){0,2}(?:group|charity|campaign|organi[sz]ation|union|association|party|firm|company|"
                       r"nonprofit|non-profit|think\s+tank|institute|agency|bank|lender|broker|brokerage|consultancy)\s+)?\Z")
"""Between a person and the organisation they speak for ("Lotfi Azzouz of Amnesty International", "Hassan Nouri of
the Iranian Red Crescent": a nationality before the known name; "of the Brussels-based X"; "from the gay rights group
X": the kind of body before its name)."""


_AFTER_SUBJECT: Final = re.compile(r"(?:,|[ \t]+(?:of|for|at|from|with)\b)[^;:\"“”]*,[ \t]*\Z")
"""Between a person and the verb: appositions and prepositional phrases, the last closed by a comma ("Ada Moe,
harbour master,", "Ada Moe for the Port Authority,", "Ada Moe, of the port's pilot service,"). One run of
characters other than ; : and quote marks, so a failed match backtracks over it once."""
_OWN_VERB: Final = re.compile(r"[ \t](?:is|are|was|were|has|have|had|will|would)[ \t]")
_WHO: Final = re.compile(r"\b(?:who|which|that|whose|whom)\b")
_NOT_BEFORE_SUBJECT: Final = frozenset("to by with for of in at from on about against into over under after before than "
                                       "as or but that which who whom whose when while he she they it we i you his her "
                                       "their its our my your this these those".split())


_FRONTED_COMPARISON: Final = re.compile(r"[\"“]?(?:(?:Just|Much)\s+like|Like|Unlike|Besides|As\s+with|Along\s+with|"
                                        r"Apart\s+from|Alongside)\s")
"""A sentence opening with a comparison or an addition ("Like President Bush, Olmert …"): the person in it is not
the subject; the subject comes after the comma that closes it."""


def fronted_person(text: str, clause_start: int, end: int, mentions: Sequence[Suggestion]) -> Suggestion | None:
    """The person who is the subject of the clause text[clause_start:end] although modifiers stand between
    it and the verb: "Ada Moe, Director of X, and Chair of Y, says", "Ada Moe for the Port Authority, says",
    "After the vote, Ada Moe, harbour master, said" — a person whose name only role words (no preposition,
    pronoun or verb) precede, after the clause start or a comma, and whose modifiers end with a comma."""
    if end - clause_start < 2 or text[end - 1] != "," and (text[end - 1] != " " or text[end - 2] != ","):
        return None  # most subjects: nothing between the subject and its verb
    for p in mentions:
        if p.type != "PERSON" or p.start < clause_start or p.end > end:
            continue
        if not _AFTER_SUBJECT.match(text, p.end, end):
            continue
        verb = _OWN_VERB.search(text, p.end, end)
        if verb is not None and not _WHO.search(text, p.end, verb.start()):
            continue  # "X and his wife, Y, are divorcing …, their publicist, Z, said": Y has a verb of her own
        comma = text.rfind(",", clause_start, p.start)
        prefix = text[max(clause_start, comma + 1):p.start].split()
        if len(prefix) <= 5 and not any(w.lower() in _NOT_BEFORE_SUBJECT or w.islower() and w.endswith(("ed", "ing"))
                                        for w in prefix):
            return p
    return None


GENDER: Final = {"he": "m", "she": "f"}


_DESCRIBED_SUBJECT: Final = re.compile(r"[\"“]?The\s+((?:[a-z-]+\s+)?[a-z-]{3,})\s+")
"""A sentence opening with a definite description as its subject ("The duchess has hinted", "The former mayor
also said"): its head is looked up in the role nouns the text gave a person."""


def previous_subject(text: str, context: Context, full_names: dict[str, str]) -> str | None:
    """The person who was the subject of the sentence before: its named speaker, or the first person named with
    only role words before the name (after the sentence start or a leading clause's comma) and no possessive
    after it — "Mr Anderson, who quit …, had testified" — the preferred antecedent of "He" opening a sentence."""
    if context.previous is None:
        return None
    start, mentions, speaker = context.previous
    if speaker:
        return speaker
    if context.quoting:  # 'X told the panel. "Quote. More quote." Acting it out, he added': X
        return context.quoting
    described = _DESCRIBED_SUBJECT.match(text, start) if context.roles else None
    if described:  # "The duchess has hinted … . She revealed": the person the text gave that role
        role = next((w for w in reversed(described.group(1).split()) if w in context.roles), None)
        if role is not None:
            return context.roles[role]
    people = [p for p in mentions if p.type == "PERSON"]
    person = people[0] if people else None
    if person is not None and _FRONTED_COMPARISON.match(text, start):  # "Like President Bush, Ehud Olmert kept …"
        close = text.find(",", person.end)
        person = next((p for p in people if p.start > close), None) if close >= 0 else None
    if person is None or text.startswith(("'", "’"), person.end):  # "Meadows' plans were …": not the subject
        return None
    comma = text.rfind(",", start, person.start)
    prefix = text[max(start, comma + 1):person.start].split()
    if len(prefix) > 4 or any(w.lower() in _NOT_BEFORE_SUBJECT or w.islower() and w.endswith(("ed", "s"))
                              for w in prefix):
        return None
    return full_name(person, full_names)


def with_affiliation(text: str, person: Suggestion, following: Sequence[Suggestion],
                      full_names: dict[str, str]) -> Speaker:
    """A person speaking, with the organisation a prepositional phrase or role after the name gives ("Ada Moe,
    CEO of Harbour Ltd")."""
    org = next((p for p in following if p.type == "ORG"), None)
    if org is not None and (OF.fullmatch(text[person.end:org.start]) or ROLE_OF.fullmatch(text, person.end, org.start)):
        return Speaker(full_name(person, full_names), "named", affiliation=full_name(org, full_names))
    return Speaker(full_name(person, full_names), "named")


def source_after(text: str, verb_end: int, mentions: Sequence[Suggestion], full_names: dict[str, str],
                 orgs: list[str], phrase: bool = False) -> Speaker | None:
    """The source named right after the verb: "said Lotfi Azzouz of Amnesty International", "according to
    officials", "said a senior diplomat", "according to the group" (the latest organisation)."""
    joint = joint_after(text, verb_end, mentions, full_names)
    if joint is not None:  # "said prosecutors Ada Moe and Sam Kerr": both, as the text joins them
        return joint
    titles = TWO_TITLES.match(text, verb_end)
    titled_twice = next((p for p in mentions if titles is not None and p.start == titles.end() and p.type == "PERSON"
                         and TITLE_WORDS & set(titles.group(0).lower().split())), None)
    if titled_twice is not None:  # "said EVP and CFO Luc Bellet", "according to president and CEO X": the person
        return Speaker(full_name(titled_twice, full_names), "named")
    following = [p for p in mentions if verb_end <= p.start <= verb_end + 24 and p.type in SPEAKER_TYPES]
    given = _ROLE_THEN_PERSON.match(text, verb_end)
    appositive = next((p for p in mentions if given is not None and p.start == given.end() and p.type == "PERSON"
                       and _APPOSITION_ENDS.match(text, p.end)), None)
    if appositive is not None:  # '"…," wrote its founder, Ada Moe': the person the role is given to
        return Speaker(full_name(appositive, full_names), "named")
    possessor = following[0] if following and _GAP.fullmatch(text, verb_end, following[0].start) else None
    possessed = next((p for p in mentions if p.start > possessor.end), None) if possessor is not None else None
    if possessor is not None and possessed is not None and possessed.type == "PERSON" \
            and _OWNER_THEN_PERSON.fullmatch(text, possessor.end, possessed.start):
        return Speaker(full_name(possessed, full_names), "named", affiliation=full_name(possessor, full_names)
                       if possessor.type == "ORG" else None)  # "said Gartner's principal analyst Kobita Desai", "added
        # Ernst and Young's Sanjay Mehta", "said Mr Smith's lawyer John Doe": the person of the firm, or for the man
    titled = _titled_person(text, verb_end, mentions, text[max(0, verb_end - 12):verb_end].lower() == "according to")
    if titled is not None:  # "said Ambassador Mohib", "according to Afghan Ambassador to the United States X"
        return Speaker(full_name(titled, full_names), "named")
    if following and _GAP.fullmatch(text, verb_end, following[0].start):
        first = following[0]
        owned = next((p for p in mentions if p.start > first.end), None)
        if first.type != "PERSON" and owned is not None and owned.type in ("ORG", "PERSON") \
                and _POSSESSIVE_GAP.fullmatch(text, first.end, owned.start):
            first = owned  # "according to Saudi Arabia's Civil Defense Authority": the authority
        role = [p for p in mentions if p.type == "PERSON" and first.end < p.start <= first.end + 40]
        if role and (TITLE_ROLE.fullmatch(text, first.end, role[0].start) if first.type == "PERSON"
                     else _ROLE_GAP.fullmatch(text, first.end, role[0].start)):
            # "said Harbour Authority spokesman Ola Berg", "warned Coastguard Northern Region duty officer X"
            return Speaker(full_name(role[0], full_names), "named",
                           affiliation=full_name(first, full_names) if first.type == "ORG" else
                           first.exact if first.type == "PERSON" else None)
        named_on = _NAME_GOES_ON.match(text, first.end) if first.type == "PLACE" else None
        if named_on is not None and not any(p.start < named_on.end() and p.end > first.end for p in mentions):
            # "according to the Sioux Falls Argus Leader": a paper its town's name opens, not the town
            return Speaker(text[first.start:named_on.end()], "named")
        if first.type == "PERSON" and len(following) > 1 or first.type == "PERSON":
            later = [p for p in mentions if p.start > first.end and p.type != "PERSON"]
            if later and OF.fullmatch(text[first.end:later[0].start]):
                return Speaker(full_name(first, full_names), "named", affiliation=full_name(later[0], full_names))
        return Speaker(full_name(first, full_names), "named")
    described = next((p for p in mentions if p.type == "PERSON" and verb_end < p.start <= verb_end + 90), None)
    if described is not None and (described.start <= verb_end + 70 and _DESCRIBED_GAP.fullmatch(
            text, verb_end, described.start) or _OWNER_DESCRIBED_GAP.fullmatch(text, verb_end, described.start)
                                  or _NAMED_BODY_ROLE_GAP.fullmatch(text, verb_end, described.start)):
        return Speaker(full_name(described, full_names), "named")  # "the university's astronomy professor X"
    kind = _KIND_OF_BODY.match(text, verb_end)
    body: Suggestion | None = next((p for p in mentions if p.start == kind.end() and p.type == "ORG"), None) if kind else None
    if body is not None:  # "noted Israeli newspaper Haaretz", "reported state broadcaster NHK"
        officer = next((p for p in mentions if p.type == "PERSON" and body.end < p.start <= body.end + 60), None)
        if officer is not None and _ROLE_GAP.fullmatch(text, body.end, officer.start):
            # "said oil company Rosneft chief executive Igor Sechin": the person, for the company
            return Speaker(full_name(officer, full_names), "named", affiliation=full_name(body, full_names))
        return Speaker(full_name(body, full_names), "named")
    unlisted = _BODY_NAME.match(text, kind.end()) if kind and body is None else None
    if unlisted is not None and any(c.isalpha() for c in unlisted.group(1)) \
            and unlisted.group(1).split()[0] not in NOT_A_BODY_NAME:
        return Speaker(unlisted.group(1), "named")  # "according to data analysis firm 1010data": a name no list knows
    outlet = outlet_after(text, verb_end, orgs)
    if outlet is not None:  # "according to the outlet", after "…, she told WAFB": the latest news outlet named
        return outlet
    reference = _ORG_AFTER_VERB.match(text, verb_end)
    if reference and orgs:
        referred = latest_org(orgs, reference.group(1).lower())
        if referred is not None:
            return Speaker(referred, "named")
    if phrase:  # "according to numbers from the National Association of …": the maker of the data
        at = verb_end + len(text[verb_end:verb_end + 3]) - len(text[verb_end:verb_end + 3].lstrip())
        maker = maker_of_data(text, at, at, mentions, full_names)
        if maker is not None:
            return maker
        made = document_maker(text, at, min(len(text), at + 200), mentions, full_names)
        if made is not None:  # "according to a WBEZ tally based on court records": the station
            return made[0]
        own = _ITS_DOCUMENT.match(text, verb_end)
        opening = last_visible(text, max(0, verb_end - 12)) in ("", ".", "!", "?", "\n")
        if own is not None and orgs and not opening:
            # "The nonprofit …, according to its annual impact report": the organisation (but "According to its
            # report, the city …" opens the sentence: "its" is the subject's, told later)
            owner = _its_owner(text, verb_end, mentions, full_names, orgs)
            if owner is not None:
                return owner
    m = UNNAMED_START.match(text, verb_end)
    if m:
        author = [p for p in mentions if m.start(1) <= p.start < m.end(1) and p.type == "ORG"] \
            if not RESEARCHERS.match(m.group(1).strip()) and not IN_THE_KNOW.match(m.group(1)) else []
        if author:  # "said a spokesman for the Harbour Authority"
            return Speaker(full_name(author[-1], full_names), "named",
                           voice=PERSON_HEAD.search(m.group(1)) is not None)
        referred = referred_voice(m.group(1), orgs)
        if referred is not None:  # "said a spokesperson for the company"
            return Speaker(referred, "named", voice=True)
        phrase_end = m.start(1) + len(m.group(1).rstrip())
        maker = maker_of_data(text, m.start(1), phrase_end, mentions, full_names) \
            or maker_before_data(text, m.start(1), phrase_end, mentions, opening=False)
        return maker or Speaker(_LINE_END.split(m.group(1), 1)[0].strip(), "unnamed")  # (not the next paragraph's
        # words: "…, says new research\n\nFor several years"; but "says a\nspokesman for …" wrapped)
    if not phrase:  # only "according to" and verbs of saying have their source after them as any noun phrase
        return None
    stop = _PHRASE_END.search(text, verb_end, verb_end + 200)
    end = stop.start() if stop else min(len(text), verb_end + 200)
    topic = _EPITHET_TOPIC.search(text, verb_end, end)
    if topic is not None:  # "said the billionaire of his hiring process": what he spoke of is no part of him
        end = topic.start() + len(topic.group(1))
    return noun_phrase_source(text, verb_end, end, mentions, full_names)


def _its_owner(text: str, verb_end: int, mentions: Sequence[Suggestion], full_names: dict[str, str],
               orgs: list[str]) -> Speaker | None:
    """Whose "its" document "according to" cites: the organisation that is the sentence's subject, named at its start
    ("Acme spent …, according to its annual report") or referred to by its noun ("The nonprofit …": the latest one
    named with that noun, or of that kind); None when the subject is anything else ("The city paid Deloitte …")."""
    start = max(text.rfind(". ", 0, verb_end), text.rfind("\n", 0, verb_end)) + 1
    opening = _SUBJECT_OPENING.match(text, start)
    at = opening.end() if opening is not None else start
    first = next((p for p in mentions if p.start == at and p.type == "ORG"), None)
    if first is not None and not text.startswith(("’s", "'s", "’", "'"), first.end):
        return Speaker(full_name(first, full_names), "named")
    noun = _THE_ORG_NOUN.match(text, at)
    referred = latest_org(orgs, noun.group(1).lower()) if noun is not None and orgs else None
    return Speaker(referred, "named") if referred is not None else None


_SUBJECT_OPENING: Final = re.compile(r"\s*(?:(?:[Tt]he)\s+)?")
_THE_ORG_NOUN: Final = re.compile(rf"({ORG_NOUNS}|nonprofit|non-profit|charity|organization|organisation)\b", re.I)
_ITS_DOCUMENT: Final = re.compile(r"\s+its\s+(?:[\w-]+\s+){0,4}?(?:report|statement|release|filing|website|figures|data|"
                                  r"survey|study|analysis|annual\s+report|announcement|letter)\b")
"""A document of "its" as the source after "according to": the organisation the sentence is about."""
_NAME_GOES_ON: Final = re.compile(r"(?:[ \t]+[A-Z][\w&’'-]+){1,3}(?=[ \t]*(?:[,.;:!?)]|\Z))")
"""After a place right after a verb: capitalised words that go on to the clause's end, a name the place opens ("the
Sioux Falls Argus Leader")."""
_DESCRIBED_WORD: Final = r"(?!(?:by|from|of|with|in|at|for|and|who|which|that)\s)[a-z-]+(?<!ed)(?:[’']s)?\s+"
_DESCRIBED_GAP: Final = re.compile(rf"\s+(?:(?:the|its|his|her|their|a|an)\s+(?:\d{{1,3}}-year-old\s+)?(?:{_DESCRIBED_WORD}){{1,5}}"
                                   rf"|(?:the\s+|an?\s+)?\d{{1,3}}-year-old\s+(?:{_DESCRIBED_WORD}){{0,4}})")
"""Between a verb and a person: a lower-case description ("according to the university's astronomy professor"),
not a thing the person made ("according to the paper published by Fa")."""
_NOT_DESCRIBING: Final = r"(?!(?:by|from|of|with|in|at|for|and|who|which|that|on|to)\s)"
_OWNER_DESCRIBED_GAP: Final = re.compile(rf"\s+(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}[’']s\s+"
                                         rf"(?:{_NOT_DESCRIBING}[a-z-]+\s+){{0,4}}{_NOT_DESCRIBING}[a-z-]+(?<!ed)\s+")
"""Between a verb and a person: a named owner's description of them ("said The We Company's recently named executive
chair Marcelo Claure", "said Acme's chief executive X"): the person speaks, for the owner."""
_NAMED_BODY_ROLE_GAP: Final = re.compile(rf"\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}\s+"
                                         rf"(?:{_NOT_DESCRIBING}[a-z-]+\s+){{0,2}}{_NOT_DESCRIBING}[a-z-]+(?<!ed)\s+")
"""Between a verb and a person: a body's name and the person's role in it ("said HGSU-UAW steward Rachel E.
Petherbridge", "said Harvard economist Jason Furman"): the person speaks."""
_KIND_OF_BODY: Final = re.compile(r"[ \t]+(?:the[ \t]+(?=[A-Z])|(?:the[ \t]+(?:country|nation|state|city|region|province|"
                                  r"government)|[A-Z][a-z]+)['’]s[ \t]+)?(?:[A-Z][a-z]+[ \t]+){0,2}(?:[a-z-]+[ \t]+){0,2}(?:newspaper|daily|broadcaster|"
                                  r"news agency|agency|channel|network|outlet|website|magazine|paper|tabloid|weekly|"
                                  r"watchdog|charity|group|company|firm|regulator|bank|lender|carrier|airline|maker|NGO)[ \t]+"
                                  r"(?:the[ \t]+)?")
"""After a verb: what kind of body the source is, before its name ("noted Israeli newspaper Haaretz", "said rights
group Amnesty International", "said the Greek NGO Hellenic League for …", "according to the country's disaster
agency AFAD")."""
_BODY_NAME: Final = re.compile(r"([A-Z0-9](?:[\w&'’-]|\.(?=\w))*(?:[ \t]+[A-Z][\w&'’-]*){0,3})"
                               r"(?=[ \t]*(?:[,;:!?)]|\.(?:\s|\Z))|\s*\Z)")
"""After the kind of body: its name, capitalised words or a token with digits ("1010data"), closing the clause."""
_POSSESSIVE_GAP: Final = re.compile(r"[’']s?[ \t]+(?:(?:[a-z-]+[ \t]+)?(?:agency|ministry|service|office|authority|"
                                    r"regulator|watchdog|broadcaster|news agency|department|body)[ \t]+)?")
"""Between an owner and the body it owns ("Saudi Arabia's Civil Defense Authority"), maybe what kind of body it is
("Turkey's disaster agency AFAD")."""
_OWNER_THEN_PERSON: Final = re.compile(r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w-]*)?[’']s[ \t]+(?:(?!(?:after|when|as|while|before|"
                                       r"because|since|until|and|but|or|on|against|to|in|of|for|with|by|from|at|about|over)\b)"
                                       r"[a-z-]+[ \t]+){0,3}")
"""After a verb, between a firm or a person and a person: a possessive and lower-case role words ("said Gartner's
principal analyst Kobita Desai", "added Ernst and Young's Sanjay Mehta")."""
_TITLE_PHRASE: Final = re.compile(r"[ \t]+(?:the[ \t]+)?((?:(?:[A-Z][\w.’'-]*|of|to|for|the)[ \t]+){1,8})")
"""After a verb: capitalised words and "of/to/for/the" before a name ("Afghan Ambassador to the United States")."""


_ROLE_PHRASE: Final = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?((?:[a-z][a-z-]+[ \t]+){1,3})(?=[A-Z])")
"""After a verb: bare nouns before a name are its role ("according to curator Elaine Gustafon", "said co-host
Gayle King", "according to Iraqi political analyst X", "said Labour leader X") — unless they are function words or a
time ("said on Monday", "said that Ada", "told reporters")."""
_A_TITLE: Final = re.compile(r"([A-Z][a-z]{1,11})\.?[ \t]+")
"""One title word between a role and a name ("lead author Dr Priya Shah")."""
_NOT_ROLE: Final = frozenset("the a an that this these those his her its their our my your on in at by to of for with from "
                             "about after before during since when while as and or but if then also later earlier again "
                             "once now today yesterday last next reporters journalists police officials".split())


_BODIES: Final = frozenset(("police", "officials"))


def _titled_person(text: str, verb_end: int, mentions: Sequence[Suggestion], according: bool = False
                   ) -> Suggestion | None:
    """The person a title phrase right after the verb introduces: the phrase holds a title word and ends at a
    person's name ("said Ambassador Mohib", "according to Afghan Ambassador to the United States Hamdullah
    Mohib"), as a title before a subject does ("Ambassador Mohib said")."""
    role = _ROLE_PHRASE.match(text, verb_end)
    if role is not None and not any(w in _NOT_ROLE and not (according and w in _BODIES) for w in role.group(1).split()):
        # "according to curator X", "according to police Chief X" (but "told police X …" is no source)
        at = role.end()
        title = _A_TITLE.match(text, at)
        if title is not None and title.group(1) in title_words():  # "said lead author Dr Priya Shah"
            at = title.end()
        person = next((p for p in mentions if p.start == at and p.type == "PERSON"), None)
        if person is not None:
            return person
    phrase = _TITLE_PHRASE.match(text, verb_end)
    if phrase is None:
        return None
    person = next((p for p in mentions if phrase.start(1) < p.start <= phrase.end(1) and p.type == "PERSON"), None)
    if person is None or any(p.type == "PERSON" for p in mentions if phrase.start(1) <= p.start < person.start):
        return None
    words = text[phrase.start(1):person.start].split()
    titles = title_words()
    return person if any(part in titles for w in words for part in w.rstrip(".").split("-")) else None


_PHRASE_END: Final = re.compile(r"[,;:.!?\n]|\s+of\s+[a-z]+ing\b|\s+(?:on\s+[A-Z][a-z]+day|last\s+[a-z]+|yesterday|today|"
                                r"(?:the\s+)?(?:following|next|same|previous)\s+(?:day|morning|afternoon|evening|night|week))\b|\s+(?:in|on|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}"
                                r"(?:statement|interview|speech|post|letter|tweet|message|briefing|conference|release|"
                                r"broadcast|hearing|video)s?\b")
"""Where a source after its verb ends: a stop, how it spoke ("said the office of X in a statement …"), or what it
accused someone of ("accused by his former partner of stealing …"), or when ("announced by his family the following
morning")."""
_EPITHET_TOPIC: Final = re.compile(r"(?<![\w'’-])(billionaire|actor|actress|singer|star|rapper|comedian|musician|tycoon|mogul|"
                                   r"entrepreneur|celebrity|player|striker|forward|quarterback|veteran)\s+of\s+(?:his|her|their|its)\s")
"""An epithet for a person named before, then what they spoke of ("said the billionaire of his hiring process"); not a
relation ("said the mother of his victim", "the head of its legal department", "the author of her biography")."""
_NOUN_AFTER: Final = re.compile(r"[ \t]+[a-z]+s?\b")
"""After an organisation inside a source phrase: a noun it modifies ("results of NCLAN studies": its author)."""
_DANGLING: Final = re.compile(r"(?:\s+(?:of|on|in|at|for|from|by|with|about|to|over))+\Z")
"""A preposition left at a phrase's end when its object could not be taken in: no part of the source."""
_PP_START: Final = re.compile(r"\s(?:of|on|in|at|for|from|by|with|about|such|including|across|among)\s")


def noun_phrase_source(text: str, start: int, end: int, mentions: Sequence[Suggestion],
                        full_names: dict[str, str]) -> Speaker | None:
    """A source worded as a common noun phrase (`unnamed.source_phrase`: "the authors", "one poster", "posts on
    the message board for X", "an Internet posting"): unnamed as worded, or the organisation that modifies
    its head ("a new CBS News poll", "X's analysis") — named; None if a person is named in it."""
    while start < end and (text[start].isspace() or start and text[start - 1].isalnum()):
        start += 1  # from the next word (a stretch cut at a window may start inside one)
    leading = _LEADING_CONJUNCTION.match(text, start, end)
    if leading is not None and (start == 0 or text[max(0, start - 3):start].rstrip()[-1:] in _SENTENCE_END) \
            and _SHORT_LOWER_SUBJECT.fullmatch(text, leading.end(), end):
        start = leading.end()  # "But artists say …", "Yet the growers argue …": the phrase after the conjunction
    owner = next((p for p in mentions if p.start == start and p.type in SPEAKER_TYPES), None)
    possessive = _POSSESSIVE_GAP.match(text, owner.end, end) if owner is not None else None
    if owner is not None and possessive and source_phrase(text, possessive.end(), end):
        return Speaker(full_name(owner, full_names), "named")  # "PC World's recent analysis of …": its author
    opening = start == 0 or text[max(0, start - 3):start].rstrip()[-1:] in (".", "!", "?", "\n", "\"", "“", "”", "",
                                                                             "—", "–", "-")  # (after a dateline)
    span = source_phrase(text, start, end, opening)
    if span is None:
        return None
    a, b = span
    dangling = _DANGLING.search(text, a, b)
    if dangling is not None:  # "An internal report on last year's shutdown …": never "… report on"
        b = dangling.start()
    inside = [p for p in mentions if a <= p.start and p.end <= b]
    if any(p.type == "PERSON" for p in inside):
        return None
    modifier = _PP_START.search(text, a, b)
    head_end = modifier.start() if modifier else b
    author = [p for p in inside if p.type == "ORG" and (p.end <= head_end or _NOUN_AFTER.match(text, p.end, b))
              and not MEMBERS_AFTER.match(text, p.end)] \
        if not RESEARCHERS.match(text[a:head_end]) else []
    if author:  # "a new CBS News poll": the organisation speaks
        return Speaker(full_name(author[-1], full_names), "named",
                       voice=PERSON_HEAD.search(text, author[-1].end, head_end) is not None)
    named_first = any(p.start == a for p in inside)  # ("Chamber of Commerce members": the name keeps its capital)
    return maker_of_data(text, a, b, mentions, full_names) or maker_before_data(text, a, b, mentions, opening) \
        or Speaker(text[a:b] if named_first else lower_first(text[a:b], text, a), "unnamed")


_LINE_END: Final = re.compile(r"\n(?=\s*[A-Z\n])")
"""A line break before a paragraph or a capitalised line: no source phrase goes on past it."""
_LEADING_CONJUNCTION: Final = re.compile(r"(?:But|And|Yet|So|Still|Now|Instead|However,|Meanwhile,?)[ \t]+(?=[a-z])")
"""A conjunction or linking adverb opening a sentence before its subject, which goes on in lower case."""
_SHORT_LOWER_SUBJECT: Final = re.compile(r"(?!(?:now|far|then|still|also|even|too|here|there|soon|later|again|instead)\b)"
                                         r"[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){0,3}[ \t]*")
"""What may follow it for it to be passed over: up to four lower-case words and nothing else up to the verb ("But
the artists say"; not "But now, …" or "So far no party has …")."""
_SENTENCE_END: Final = (".", "!", "?", "\n", "\"", "“", "”", "")


RESEARCH_NOUNS: Final = r"(?:researchers|scientists|astronomers|academics|scholars|economists|experts|team\s+of\s+[a-z]+)"
RESEARCHERS: Final = re.compile(rf"^(?:the\s+|a\s+|some\s+)?(?:[a-z-]+\s+)?{RESEARCH_NOUNS}\b", re.I)
"""Researchers at or from a body speak as themselves, not for it ("astronomers at the Ohio State University", "a
team of researchers from the University of Tennessee"): the phrase stays, unnamed."""
PERSON_HEAD: Final = re.compile(r"\b(?:spokes(?:man|woman|person)|official|representative|aide|adviser|advisor|"
                                 r"executive|lawyer|attorney|officer|member)\b", re.I)
"""An unnamed person speaking for an organisation (not its poll or report)."""


ROLE_OF: Final = re.compile(r",\s+(?:[\w'’-]+\s+){0,4}(?:of|at|for|with)\s+(?:the\s+)?")
"""Between a person and an organisation: a role in apposition ("Ada Moe, CEO of Harbour Ltd")."""


_GAP: Final = re.compile(r"[ \t]*(?:the[ \t]+(?:(?:state|country|city|county|province|region|nation|island|territory|town)"
                         r"(?:[’']s)?[ \t]+|(?:federal|national|provincial|regional|municipal|local)[ \t]+)?)?"
                         r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov)\.?[ \t]+|NGO[ \t]+|(?:[A-Z][a-z]*(?:"
                         + "|".join(ROLE_ENDS) + r"))[ \t]+)?")
"""Between a verb and the source after it: "said the …", "according to Mr. …", "according to the state's
Department of Marine Resources" (the body's place, in lower case, before its name), "said NGO Human Rights Watch",
"said Netizen Ana Ruiz" (a role too rare for the lists, capitalised)."""
_ROLE_GAP: Final = re.compile(r"[’']?s?[ \t]+(?:[A-Z][\w&-]*[ \t]+){0,2}(?:[a-z-]+[ \t]+){0,3}?(?:[a-z]+(?:ologist|ist|ian)|"
                              r"spokesman|spokeswoman|spokesperson|director|chief|"
                              r"head|chairman|chairwoman|president|secretary|minister|officer|official|manager|"
                              r"executive|analyst|economist|researcher|adviser|advisor|lawyer|member|commissioner|coach|"
                              r"founder|captain|owner|leader|governor|mayor|editor|correspondent|CEO)[ \t]+")
"""Between an organisation and a person named after it: a role ("… Correction spokesman Jason …")."""


def author_of_words(text: str, at: int, mentions: Sequence[Suggestion], full_names: dict[str, str],
                     orgs: list[str]) -> Speaker | None:
    """Who said or wrote the words "according to" cites, named after "by/from" at `at`: the source there
    (`source_after`: "remarks by the police chief, John Ross, at …" is John Ross), an unnamed one as worded up to where
    it spoke or sent them ("a statement posted by the hospital on Facebook": the hospital)."""
    by = source_after(text, at, mentions, full_names, orgs, phrase=True)
    if by is not None and by.kind == "unnamed":
        by = Speaker(_WHERE_IT_SPOKE.split(by.name, 1)[0], "unnamed")
    return by


_ROLE_THEN_PERSON: Final = re.compile(r"\s+(?:the|a|an|its|his|her|their|one|another)\s+(?:[A-Za-z'’-]+\s+){0,3}[a-z-]+"
                                      r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z0-9][\w'’.&-]*(?:\s+[A-Z0-9][\w'’.&-]*){0,5})?,\s+"
                                      r"(?:(?:the\s+)?\d{1,3}-year-old\s+)?")
_APPOSITION_ENDS: Final = re.compile(r"\s*(?:[,.;:!?\"”’)]|\Z)")
"""After a person named in apposition to a role: the apposition ends ("wrote its founder, Ada Moe."), unlike a
main clause's subject after "according to X," ("Per the statement, Franklin died …")."""
_WHERE_IT_SPOKE: Final = re.compile(r"\s+(?:on|to|at|in|during|outside)\s+")

