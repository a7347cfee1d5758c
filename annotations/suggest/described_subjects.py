"""A subject that describes whom the text named before: a pronoun ("he said"), a body's description ("the New
York-based group"), a role ("the billionaire", "the security contractor"), a nationality or an age ("the 31-year-old
Swede"), "the outlet", an organisation's noun ("the company", "the sheriff's office") or its head noun ("the
Church"). Split out of `subject_speaker.py`, which asks this after the names in the subject. Pure functions."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.named_makers import outlet_subject
from annotations.suggest.coreference import SENTENCE_END
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.org_references import (COMMERCIAL, ORG_NOUN_SET, ORG_REFERENCE, SUBORDINATOR, WHOSE,
                                                described_body, latest_org, office_of, salient_orgs,
                                                sentence_subject_org)
from annotations.suggest.sources import previous_subject
from annotations.suggest.speaker_context import Context, Speaker, full_name
from annotations.suggest.speaker_phrases import (NATIONALS, SPELLING, THE_NATIONAL, THE_PERSON, THE_ROLE, aged_person,
                                                 org_head)
from annotations.suggest.speaker_pronouns import pronoun_speaker
from annotations.suggest.text_scan import joins_word, last_start
from annotations.suggest.unnamed_subjects import PREPOSITION_BEFORE


_GENERIC_MODIFIERS: Final = frozenset("new old first second last next free big small main other same current former united great "
                                      "general public".split())
"""Adjectives any body may get that a name holds too: no sign the name is meant ("the new party" after the New
Democratic Party; "the tutoring corps", "the weather service" are)."""
_MODIFIED_HEAD: Final = re.compile(r"(?:^|\s)(?:[Tt]he|[Ii]ts)\s+([a-z]+)\s+[a-z]+\Z")
"""A definite head noun after one word of the organisation's name ("the tutoring corps" for the New Jersey Tutoring
Corps)."""
_FORMER: Final = re.compile(r"the\s+(?:former|retired|ex-)\s*[a-z-]+")
"""A role's former holder, nothing else said of them ("the former governor"; but "the former Enyimba coach" is the
coach the text named, his past told)."""
_PRONOUN: Final = re.compile(r"(?:^|\s)(he|she|they|it)\s*\Z", re.I)
_AGE: Final = re.compile(r"\d{1,3}(?=-year-old)")
_DESCRIPTION: Final = re.compile(r"(?:^|\s)the\s+(?:[a-z][\w-]*\s+){0,2}[a-z-]+\s*\Z", re.I)
"""A definite description as the subject: "the former mayor", "the billionaire"."""


def org_reference(before: str, final: str, orgs: list[str]) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """An organisation's noun ending the subject ("the company", "the sheriff's office") and its owner's possessive
    when it has one; none for an office of someone whose office was never named ("the sheriff's office said": as
    before, not another office)."""
    reference = ORG_REFERENCE.search(before, max(0, len(before) - 40)) if final in ORG_NOUN_SET else None
    whose = WHOSE.search(reference.group(0)) if reference else None
    if whose is not None and reference is not None and office_of(whose.group(1), reference.group(1), orgs) is None:
        return None, None
    return reference, whose


def described_subject(text: str, clause_start: int, end: int, before: str, final: str,
                      reference: tuple[re.Match[str] | None, re.Match[str] | None], last: list[Suggestion],
                      mentions: Sequence[Suggestion], full_names: dict[str, str], context: Context,
                      orgs: list[str]) -> Speaker | None:
    """Whom the subject `before` (text[clause_start:end], its last word `final`, `reference` from `org_reference`)
    describes, from what the text named so far (`context`, `orgs`), or None."""
    pronoun = _PRONOUN.search(before, max(0, len(before) - 8)) if final in ("he", "she", "they", "it") else None
    if pronoun:  # "he said", "they said", "it said": whom the pronoun stands for
        return pronoun_speaker(text, clause_start, before, pronoun.group(1).lower(), last, mentions, full_names,
                               context, orgs)
    described_as = described_body(before, context.roles) if final in ORG_NOUN_SET else None
    if described_as is not None:  # "The New York-based group said", after "Human Rights Watch, a New York-based group,"
        return Speaker(described_as, "named")
    role = final if final in context.roles else final.rsplit("-", 1)[-1]  # ("the singer-songwriter": songwriter)
    described = _DESCRIPTION.search(before, max(0, len(before) - 50)) if role in context.roles else None
    if described and PREPOSITION_BEFORE.search(before, 0, described.start() + before[described.start()].isspace()):
        described = None  # "A friend of the actor told": the friend speaks, not the actor
    if described and role in ORG_NOUN_SET and context.roles[role] not in (orgs[-1] if orgs else None,
                                                                          context.spoke_org):
        described = None  # "Amnesty, a rights group, … Greenpeace joined the protest. The group said": not Amnesty
    if described and former_or_another(text, described.group(0).strip(), context.roles[role], clause_start):
        described = None  # "Ravi Menon, an economist at DBS, said … Another economist disagreed. The economist said"
        # (and "the former governor" is no governor the text named)
    if described:  # "the billionaire said", after "billionaire Ada Moe"; "the charity said", after "Oxfam, a charity,"
        return Speaker(context.roles[role], "named")
    if THE_ROLE.match(before):  # "Danny Fitzsimons … gave evidence. The security contractor said": him
        subject = previous_subject(text, context, full_names)
        if subject:
            return Speaker(subject, "named")
    if context.last_person and THE_NATIONAL.search(before, max(0, len(before) - 40)) and context.previous \
            and len({p.exact for p in context.previous[1] if p.type == "PERSON"}) == 1:
        return Speaker(context.last_person, "named")  # "Marta Lindgren won. The 31-year-old Swede said": her
    described_by = THE_PERSON.search(before, max(0, len(before) - 30)) if context.last_person else None
    if described_by is not None:  # "…, the Malawian told Al Jazeera", "the 45-year-old said"
        aged = _AGE.search(described_by.group(0))
        given = aged_person(text, clause_start, aged.group(0), context.recent) if aged else None
        return Speaker(given or context.last_person or "", "named")  # ("the 58-year-old": who was given that age)
    outlet = outlet_subject(before, orgs, context.spoke_org)
    if outlet is not None:  # "The outlet said", after "Bloomberg News reported": the latest news outlet named
        return outlet
    reference_match, whose = reference
    if reference_match:
        noun = reference_match.group(1).lower()
        if noun in COMMERCIAL:  # "the German automaker": the firm — the sentence's subject first ("X agreed to buy
            # Y, the company said": X, not the object named last)
            subject = sentence_subject_org(text, clause_start, before, reference_match.start(), mentions, full_names)
            spoken_of = {full_name(p, full_names) for p in mentions if p.type == "ORG" and p.start >= end}
            here = [full_name(p, full_names) for p in mentions if p.type == "ORG" and p.end <= clause_start
                    + reference_match.start()] if SUBORDINATOR.search(before, 0, reference_match.start() + 1) else []
            # ("Shares in Barclays rose after the bank said": Barclays, named in the clause the reference depends on,
            # after the one that spoke before; not ", the company said" closing a sentence about a customer)
            salient = [o for o in salient_orgs(orgs, context) if o not in here] + here
            named = (latest_org([subject], noun) if subject is not None else None) \
                or latest_org([o for o in salient if o not in spoken_of], noun)
            # ("the company said AOL's profit rose": not AOL, of which it speaks)
        else:
            named = office_of(whose.group(1), noun, orgs) if whose is not None else \
                next((o for o in reversed(orgs) if noun in o.casefold().split()), None)
        if named is not None:
            return Speaker(named, "named")
    elif final.isalpha() and len(final) > 2 and orgs:
        stripped = before.rstrip()
        determiner = stripped[max(0, len(stripped) - len(final) - 5):len(stripped) - len(final)].lower()
        definite = determiner.endswith((" the ", " its ")) or determiner in ("the ", "its ")
        modifier = _MODIFIED_HEAD.search(stripped, max(0, len(stripped) - len(final) - 30)) if not definite else None
        named = next((o for o in reversed(orgs) if org_head(o) == SPELLING.get(final, final)
                      and (modifier is None or modifier.group(1) in o.casefold().split()
                           and modifier.group(1) not in _GENERIC_MODIFIERS)), None) \
            if definite or modifier is not None else None
        if named is not None:  # "the Church denied", after "the Church of Scientology": the organisation's head noun
            return Speaker(named, "named")
    return None


def described(speaker: Speaker, text: str, context: Context, full_names: dict[str, str], at: int | None = None
              ) -> Speaker:
    """A definite role after the verb ('"…," said the actor') as the person the text gave that role (any role it
    gave: "Cardinal X" … "explained the cardinal"), else, for a role `THE_ROLE` knows, as the subject of the sentence
    before, as "The actor said" opening a sentence is; any other speaker as it is."""
    if speaker.kind != "unnamed" or not speaker.name.startswith("the "):
        return speaker
    role = speaker.name.split()[-1]
    if role in context.roles and at is not None and another_holder(text, role, context.roles[role], at):
        return speaker  # 'A lawyer for the city said … "…," said the lawyer': that lawyer, unnamed
    if THE_ROLE.match("The" + speaker.name[3:]):
        named = context.roles.get(role) or previous_subject(text, context, full_names)
        return Speaker(named, "named") if named else speaker
    if role in context.roles and len(speaker.name.split()) == 2:  # '"…," explained the cardinal', after "Cardinal
        return Speaker(context.roles[role], "named")  # X" (not "said the other judge", "the victim's sheriff")
    return speaker


def national_after(text: str, verb_end: int, context: Context) -> Speaker | None:
    """A person named by nationality right after a verb of saying ('"…," said the Hungarian', "added the Swede"): the
    one person the text has named so far (it gives no nationality to match two against), the subject of a sentence
    ("Police named the victim as John Murphy. '…,' said the Pole, who found him": not the victim), and only a
    nationality the lists hold; None otherwise."""
    national = _NATIONAL_AFTER.match(text, verb_end) if context.last_person else None
    if national is None or national.group(1) and gazetteer().get(national.group(1)) != "MISC" \
            or (national.group(1) or national.group(2)) in _NOT_NATIONALITIES:
        return None  # ("said the Guardian", "said the Pentagon", "said the Republican": a body, a party's member)
    if len(context.recent) != 1 or context.subject is None or context.subject[0] != context.recent[0]:
        return None  # ("Sinner lost to Djokovic. '…,' said the Italian", "Salah scored twice. Manager Arne Slot praised
        # him. '…,' said the Egyptian": the text gives no nationality to match; writers use one to point past the last)
    return Speaker(context.recent[0], "named")


_NATIONAL_AFTER: Final = re.compile(r"[ \t]+the[ \t]+(?:([A-Z][a-z]+(?:ian|an|ese|ish|i))|(" + NATIONALS + r"))"
                                    r"(?=[ \t]*(?:[.,;:!?\n]|\Z))")
_NOT_NATIONALITIES: Final = frozenset("Republican Democrat Conservative Christian Muslim Islamist Catholic Anglican Lutheran "
                                      "Australian Scotsman Indian".split())
"""Words the list of nationalities holds that name a party's member or a faith, and nationalities that are also
newspapers ("the Australian", "the Scotsman") or as often another people ("the Indian")."""


def latest_holder(text: str, holders: set[str], upto: int, context: Context) -> str:
    """Of the people a role was given to, the one the text named last before `upto` (by where each surname last
    stands); "" when two of them were named in the sentence before ("Toomey, unlike Carper, had opposed it. '…,' the
    senator said": either)."""
    if context.previous is not None:
        names = {p.name or p.exact for p in context.previous[1]}
        exacts = {p.exact for p in context.previous[1]}
        if sum(1 for h in holders if h in names or h.rsplit(None, 1)[-1] in exacts) >= 2:
            return ""
    latest, at = "", -2
    for holder in holders:  # (the first of those named last, as `max` gives)
        named = _last_named(text, holder.rsplit(None, 1)[-1], upto, context.surname_starts)
        if named > at:
            latest, at = holder, named
    return latest


def _last_named(text: str, surname: str, upto: int, starts: dict[str, list[int]]) -> int:
    """`text.rfind(surname, 0, upto)`, from the places found once for the document where it has them."""
    found = starts.get(surname)
    return last_start(found, len(surname), upto) if found is not None else text.rfind(surname, 0, upto)


def former_or_another(text: str, phrase: str, holder: str, upto: int) -> bool:
    """Whether "the <role>" (`phrase`) is not `holder`, the one the text gave the role: a former one ("the former
    governor"), or another holder came since (`another_holder`)."""
    role = phrase.rsplit(None, 1)[-1]
    return _FORMER.fullmatch(phrase.lower()) is not None and not _called_former(text, role, upto) \
        or another_holder(text, role, holder, upto)


def _called_former(text: str, role: str, upto: int) -> bool:
    """Whether the text calls someone a former holder of `role` before `upto` ("former", "retired" or "ex-", up to two
    words, the role's word; case ignored). The pattern is tried only where its first word stands in the text lowered
    (searched from the start, it tried its case-blind alternation at every position: 17 ms a megabyte); the same
    places as the pattern's case-blindness finds them unless the text has a dotted or dotless i ("İ", "ı": `re`
    takes either for "i", `lower` neither), and then it is searched as before."""
    pattern = re.compile(rf"(?:former|retired|ex-)\s+(?:[\w-]+\s+){{0,2}}{re.escape(role)}", re.I)
    if "İ" in text or "ı" in text:
        return pattern.search(text, 0, upto) is not None
    lowered = text.lower()
    for word in ("former", "retired", "ex-"):
        at = lowered.find(word, 0, upto)
        while at >= 0:
            if pattern.match(text, at, upto):
                return True
            at = lowered.find(word, at + 1, upto)
    return False


def another_holder(text: str, role: str, holder: str, upto: int) -> bool:
    """Whether someone else is given `role` after `holder` was last named, before `upto` ("Ravi Menon, an economist at
    DBS, said … Another economist, who declined to be named, disagreed", "A second doctor, Mohammed Saqr, said"):
    "the economist" then is that other one, not the holder."""
    surname = holder.rsplit(None, 1)[-1]
    at = text.rfind(surname, 0, upto)
    after = SENTENCE_END.search(text, at, upto) if at >= 0 else None  # (past the holder's own "X, a government
    if after is None:  # spokesman,")
        return False
    given, word = _holder_patterns(role)
    found = word.search(text, after.end(), upto)
    while found is not None:  # the pattern tried only where it can start: up to four words before the role's word
        if any(given.match(text, start, upto) for start in _words_before(text, found.start(), after.end())):
            return True  # (searched with it, it tried its look-behind at every position since the holder was named,
        found = word.search(text, found.start() + 1, upto)  # at each "the economist said": a tenth of a book's claims)
    return False


@lru_cache(maxsize=512)
def _holder_patterns(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """For `another_holder`: the role given to someone, and its word. Kept here, not left to `re`'s own cache,
    which the patterns compiled for each name and age fill (compiled again, the two cost a millisecond a call)."""
    return (re.compile(rf"(?<![\w'’-])(?:(?:another|second|other|a|an|one|[\w]+['’]s)\s+"
                       rf"(?:(?!(?:of|the|for|to|with|at|in|on|by|from)\b)[\w-]+\s+){{0,3}}"
                       rf"{re.escape(role)}\b|the\s+{re.escape(role)}\s+of\s+(?:a|an|another)\b)", re.I),
            re.compile(re.escape(role), re.I))


def _words_before(text: str, at: int, lowest: int) -> list[int]:
    """Where each of the (up to) four words before `at` starts, back to `lowest`, while only white space stands
    between them: every place "another/a/one/X's (up to three words) <role>" or "the <role>" may start."""
    starts: list[int] = []
    while len(starts) < 4:
        space = at
        while space > lowest and text[space - 1].isspace():
            space -= 1
        word = space
        while word > lowest and joins_word(text[word - 1], "'’-"):
            word -= 1
        if space == at or word == space:
            break
        starts.append(word)
        at = word
    return starts

