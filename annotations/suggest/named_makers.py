"""Sources named through what they made or what they are: the maker of a data set, poll or report ("according to data
from MarketAxess", "a report in the Argus Leader of Sioux Falls") and the news outlet "the newspaper" or "the station"
refers to. Pure functions split out of `sources.py`, which places a claim's source."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.name_words import MONTHS_DAYS, zipf
from annotations.suggest.speaker_context import Speaker, full_name

NOT_A_BODY_NAME: Final = MONTHS_DAYS | frozenset("The This That It Its On In At Last Next".split())


def _marked(text: str, start: int, end: int, within: Sequence[Suggestion]) -> str:
    """text[start:end] with each place mention inside it replaced by "\x00"."""
    out, at = [], start
    for p in sorted(within, key=lambda m: m.start):
        if p.type == "PLACE" and p.start >= at:
            out += [text[at:p.start], "\x00"]
            at = p.end
    return "".join(out) + text[at:end]


_PLACE_MARK: Final = re.compile("\x00")
_ONLY_PLACES: Final = re.compile(r"P(?:(?:,\s+|\s+and\s+|,\s+and\s+)P)*")
"""Places only, listed ("Texas and Florida"): no maker of data."""


def maker_of_data(text: str, a: int, b: int, mentions: Sequence[Suggestion], full_names: dict[str, str]
                  ) -> Speaker | None:
    """The named maker of a data set, poll or report worded text[a:b] ("data from MarketAxess", "figures compiled by
    Refinitiv"), which speaks for it; None for any other phrase, or a place or person as the maker ("data from
    Japan")."""
    made_by = _DATA_BY.match(text, a, min(len(text), b + 160))
    if made_by is None or made_by.end() < b - 3:  # (the phrase may stop short: "a report in the Argus Leader of")
        return None
    start, end = made_by.span(1)
    within = [p for p in mentions if start <= p.start and p.end <= end]
    of_place = next((p for p in within if p.type == "PLACE" and p.end == end and text.endswith(" of ", start, p.start)),
                    None)
    if of_place is not None:  # "the Argus Leader of Sioux Falls": the paper, not where it is
        end = of_place.start - 4
    person = next((p for p in within if p.type == "PERSON" and p.end == end), None)
    if person is not None:  # "figures released by Dr. Anthony Fauci": the person
        return Speaker(full_name(person, full_names), "named")
    whole = next((p for p in within if p.start == start and p.end == end), None)
    if whole is not None and whole.type != "ORG" or text[start:end].split()[0].rstrip("’'s") in NOT_A_BODY_NAME \
            or text.startswith(("’s", "'s"), end) or text[start:end].endswith(("’s", "'s")) \
            or _ONLY_PLACES.fullmatch(_PLACE_MARK.sub(lambda m: "P", _marked(text, start, end, within))):
        return None  # "data from Japan", "a report from October", "statistics from China's customs agency",
        # "data from Texas and Florida": as worded
    return Speaker(full_name(whole, full_names) if whole else text[start:end], "named")


_MAKER_WORD: Final = (r"(?:[A-Z]\.(?:[A-Z]\.)+(?=[ \t]+[A-Z])|(?:Gov|Sen|Rep|Dr|St|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Sgt)\.(?=[ \t]+[A-Z])"
                      r"|[A-Z][\w&’'-]*(?:\.[\w&’'-]+)*)")
"""A word of a data maker's name: a capitalised word, a dotted abbreviation ("U.S.") or a title ("Dr.") before the
next word (never a sentence's full stop: "… the College Board. Concern …")."""
_DATA_BY: Final = re.compile(rf"(?:[A-Za-z-]+\s+){{0,3}}(?:[A-Z0-9][\w&-]*\s+){{0,4}}(?:(?:data|figures|statistics|numbers|estimates|calculations|tally|count|"
                             r"surveys?|polls?|reports?|stud(?:y|ies)|analys[ie]s|research)\s+(?:(?:compiled|published|"
                             r"released|gathered|collected)\s+(?:[\w-]+\s+){0,2}?)?(?:from|by)|(?:reports?|articles?|stor(?:y|ies)|piece|"
                             rf"editorial|interview)\s+in)\s+(?:[Tt]he\s+)?({_MAKER_WORD}(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+|&[ \t]+)?"
                             rf"{_MAKER_WORD}){{0,5}})")
"""A data set, poll or report by a named maker that no list knows ("data from MarketAxess", "reports from The Wrap and
Deadline", "a report in the Argus Leader of Sioux Falls"): the maker speaks (an organisation or a name, without the
place a newspaper is "of"; not a place itself: "figures from Japan" stay as worded)."""


def maker_before_data(text: str, a: int, b: int, mentions: Sequence[Suggestion], opening: bool) -> Speaker | None:
    """The maker named before its data, text[a:b] ("according to FactSet data", "Kpler figures"), which no list
    knows: named. Not a common or national word ("government data", "Chinese data"), a month or day, a place or a
    person, nor at a sentence's start (where any word has a capital)."""
    before = _NAME_THEN_DATA.fullmatch(text, a, b)
    if before is None or opening:
        return None
    words = before.group(1).split()
    if words[0].rstrip("’'s") in NOT_A_BODY_NAME or any(w in MONTHS_DAYS for w in words) \
            or len(words) == 1 and (zipf(words[0].lower()) >= _COMMON or words[0].endswith(_NATIONAL)) \
            or any(p.start < before.end(1) and before.start(1) < p.end and p.type in ("PLACE", "PERSON") for p in mentions):
        return None
    return Speaker(before.group(1), "named")


_NAME_THEN_DATA: Final = re.compile(rf"({_MAKER_WORD}(?:[ \t]+{_MAKER_WORD}){{0,2}})[ \t]+(?:data|figures|statistics|estimates|"
                                    r"calculations|tally|rankings|filings)")
_COMMON: Final = 3.0
"""A single word this common in English (Zipf) is no maker's name ("Federal", "Census", "Chinese", "Brexit",
"Omicron"); "FactSet" (1.7), "Kpler", "Refinitiv" are below."""
_NATIONAL: Final = ("ish", "ese", "ian", "ean", "i", "ic")
"""Endings of a people's adjective ("Kurdish figures", "Taiwanese data", "Israeli data"): no maker."""


_OUTLET_AFTER_VERB: Final = re.compile(r"\s+the\s+(?:news\s+)?(outlet|publication|newspaper|paper|station|broadcaster|"
                                       r"network|magazine|tabloid|daily)\b(?!\s+(?:of|in|for)\b)", re.I)
_PRINT: Final = re.compile(r"\b(?:Times|Post|Journal|Herald|Tribune|Daily|Gazette|Telegraph|Guardian|Observer|Chronicle|Globe|"
                           r"Star|Mail|Express|Independent|Sun|Mirror|Standard|Free Press|Leader|Inquirer|Register|Courier|"
                           r"Examiner|Argus|Record|Bulletin|Dispatch|Enquirer|Republic|Sentinel|Tribune)\b")
_BROADCAST: Final = re.compile(r"\b(?:TV|Radio|BBC|CNN|NBC|CBS|ABC\d*|Fox|NPR|PBS|Sky|ITV|Channel|Network)\b|^[KW][A-Z]{2,3}(?:-TV)?$")
_MEDIA_NAME: Final = re.compile(r"\b(?:News|Times|Post|Journal|Herald|Tribune|Daily|Radio|Magazine|Press|Gazette|Telegraph|"
                                r"Guardian|Observer|Reuters|Bloomberg|Reporter|Chronicle|Globe|Star|Mail|Express|Independent|"
                                r"Sun|Mirror|Standard|TV|BBC|CNN|NBC|CBS|ABC\d*|Fox|NPR|PBS|AP|AFP|TMZ|Axios|Politico|"
                                r"Variety|Deadline|Insider)\b|^[KW][A-Z]{2,3}(?:-TV)?$")
"""A news outlet's name: a masthead word, a network's letters, or a US station's call sign ("WAFB", "KTRK")."""


def _outlet_kind(noun: str) -> re.Pattern[str]:
    """The names an outlet the noun refers to bears: a masthead for a newspaper, a broadcaster's letters or call sign
    for a station, any news outlet's name otherwise."""
    return _PRINT if noun in ("newspaper", "paper", "daily", "tabloid") else _BROADCAST \
        if noun in ("station", "broadcaster", "network") else _MEDIA_NAME


def outlet_after(text: str, verb_end: int, orgs: Sequence[str]) -> Speaker | None:
    """The outlet "the outlet/newspaper/station …" right after a verb refers to: the latest organisation named whose
    name is of that kind (a masthead for a newspaper, a broadcaster's letters or call sign for a station); None if the
    phrase is no such reference or none was named."""
    outlet = _OUTLET_AFTER_VERB.match(text, verb_end) if orgs else None
    if outlet is None:
        return None
    kind = _outlet_kind(outlet.group(1).lower())
    media = next((o for o in reversed(orgs) if kind.search(o)), None)
    return Speaker(media, "named") if media is not None else None


_DOCUMENT: Final = (r"(?:reports?|analys[ie]s|stud(?:y|ies)|surveys?|polls?|tally|count|data|figures|estimates|rankings?|"
                    r"review|investigation|stor(?:y|ies)|articles?|index|projections?|forecasts?|research|audit)")
_DOCUMENT_OPENING: Final = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ \t]+)?(?:(?:new|latest|recent|annual|first|"
                                      r"preliminary|\d{4}|" + "|".join(sorted(MONTHS_DAYS)) + r")[ \t]+){0,3}")
_AFTER_MAKER: Final = re.compile(rf"(?:’s|'s|’|')?[ \t]+(?:(?:\d{{4}}|new|latest|recent|annual|own|internal|preliminary|final|"
                                 rf"quarterly|monthly|weekly|year-end|\d{{4}}-\d{{2}})[ \t]+){{0,2}}{_DOCUMENT}\b")
"""After the maker: its document, perhaps dated or qualified ("a Brookings 2021 analysis", "Gallup's latest poll");
not a noun between them ("a Starbucks union survey": the union's)."""
_BY_MAKER: Final = re.compile(rf"{_DOCUMENT}[ \t]+(?:(?:compiled|released|conducted|carried[ \t]+out)[ \t]+)?(?:by|from)"
                              r"[ \t]+(?:the[ \t]+)?")
"""A document and who made it ("an analysis by Brookings", "figures compiled by X"); not who paid for or printed it
("an audit commissioned by Meta", "a review published by the Lancet")."""
_UNLISTED_MAKER: Final = re.compile(r"(?:[a-z-]+[ \t]+){0,2}?([A-Z][\w'’.-]*[A-Za-z](?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’.-]*){0,3})"
                                    r"[ \t,]*")
"""After "a survey by": a name no list knows, perhaps after its kind ("recruitment firm Kerrigan & Lowe"), ending the
subject."""
_NOT_ALONE: Final = re.compile(r"[ \t]*(?:and|&|/)|/|[ \t]+[a-z]+[ \t]+[A-Z]")
"""After a maker: another one joined to it ("by Reuters and Bloomberg", "a Reuters/Ipsos poll") or a role before a
person ("by Guardian columnist Ada Moe"): not that organisation alone."""


def document_maker(text: str, a: int, b: int, mentions: Sequence[Suggestion], full_names: dict[str, str]
                   ) -> tuple[Speaker, int] | None:
    """The organisation that made the document a phrase at text[a:b] opens with ("a WBEZ tally based on court
    records", "A Brookings 2021 analysis of …", "a 1997 story by the Dallas Observer", "a 2021 analysis by
    Brookings"), and where that document's words end; None unless an organisation the text names is its maker."""
    opening = _DOCUMENT_OPENING.match(text, a, b)
    at = opening.end() if opening is not None else a
    maker = next((p for p in mentions if p.start == at and p.type == "ORG"), None)
    after = _AFTER_MAKER.match(text, maker.end, b) if maker is not None else None
    if maker is not None and after is not None and not _NOT_ALONE.match(text, maker.end):
        return Speaker(full_name(maker, full_names), "named"), after.end()
    by = _BY_MAKER.match(text, at, b)
    maker = next((p for p in mentions if by is not None and p.start == by.end() and p.type == "ORG"), None)
    unlisted = _UNLISTED_MAKER.fullmatch(text, by.end(), b) if by is not None and maker is None else None
    if by is not None and unlisted is not None \
            and not any(by.end() <= p.start < b and p.type != "ORG" for p in mentions) \
            and not any(zipf(w.lower()) >= 4.5 for w in unlisted.group(1).split() if w != "&"):
        # "A recent survey by LendingTree found", "a survey by recruitment firm Kerrigan & Lowe": a name no list knows
        return Speaker(unlisted.group(1), "named"), unlisted.end(1)
    if maker is None or text.startswith(("’s", "'s"), maker.end) or _NOT_ALONE.match(text, maker.end):
        return None  # ("a report by Gallup's rival", "by Reuters and Bloomberg": not Gallup, not Reuters alone)
    return Speaker(full_name(maker, full_names), "named"), maker.end


_OUTLET_SUBJECT: Final = re.compile(r"[ \t]*(?:[Tt]he)[ \t]+(?:news[ \t]+)?(outlet|publication|magazine|tabloid)[ \t]*\Z")
"""A subject that is only a news outlet referred back to ("The outlet said", "the magazine reported"); not "the
station" (police, fire and train stations are named as often), "the paper" (a study is one), nor the nouns an
organisation's own name may hold ("the newspaper", "the network": `sources.ORG_NOUNS`)."""


def outlet_subject(before: str, orgs: Sequence[str], spoke: str | None) -> Speaker | None:
    """The outlet a subject that is only "the outlet/publication/magazine/tabloid" refers to: an organisation named
    with that noun ("Time magazine"), else the organisation whose words the text gave last (`spoke`: "X reported
    …. The outlet said") if its name ends as an outlet's of that kind does; None otherwise (an outlet no pattern
    knows may have been named since: "told The Economist … The magazine said")."""
    outlet = _OUTLET_SUBJECT.match(before) if orgs else None
    if outlet is None:
        return None
    noun = outlet.group(1)
    named = next((o for o in reversed(orgs) if noun in o.casefold().split()), None)
    if named is not None:  # "Ada Moe told Time magazine … The magazine said": Time magazine
        return Speaker(named, "named")
    last = spoke.split()[-1] if spoke else ""
    return Speaker(spoke, "named") if spoke and _outlet_kind(noun).fullmatch(last) \
        and not _CALL_SIGN.fullmatch(spoke) else None


_CALL_SIGN: Final = re.compile(r"[KW][A-Z]{2,3}")
"""A US station's call sign, which an outlet's subject does not take on its own ("WHO", "KPMG", "KLM" look alike)."""


def document_sender(text: str, clause_start: int, end: int, mentions: Sequence[Suggestion],
                    full_names: dict[str, str]) -> Speaker | None:
    """The organisation a document before the verb is from, named in apposition ("The letter, from the Home
    Office, says"): its sender speaks; None otherwise."""
    sender = next((p for p in mentions if p.type == "ORG" and _DOCUMENT_FROM.fullmatch(text, clause_start, p.start)
                   and text[p.end:end].strip() == ","), None)
    return Speaker(full_name(sender, full_names), "named") if sender is not None else None


_DOCUMENT_FROM: Final = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?(?:letter|statement|memo|note|e-?mail|message|notice|"
                                   r"document|report),\s+from\s+(?:the\s+)?")
