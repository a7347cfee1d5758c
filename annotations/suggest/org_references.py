"""Which organisation a common noun refers to ("the company", "the union", "a spokesman for the ministry"): the
latest one named with that noun, or of that kind, as the text has given them so far. Pure functions over the names,
used by `sources.py` and `subject_speaker.py` (which moved its look-ups of "the company said", "the prosecutor's office
said" here)."""
from __future__ import annotations

import re
from collections.abc import Container, Sequence
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.speaker_context import Context, full_name


ORG_NOUNS: Final = ("company|bank|council|ministry|operator|utility|firm|agency|government|union|authority|group|party|"
                     "university|institute|commission|court|committee|department|office|organisation|organization|"
                     "museum|network|newspaper|broadcaster|charity|watchdog|regulator|board|service|automaker|carmaker|"
                     "chipmaker|drugmaker|retailer|insurer|airline|lender|manufacturer|startup|brokerage|publisher|studio|zoo|"
                     "aquarium|force")


BODY_NOUNS: Final = frozenset(ORG_NOUNS.split("|"))
"""Nouns naming a body ("the service", "the ministry"): an unnamed source with one as its head is a body, which "it"
and "the <noun>" may point back to."""
COMMERCIAL: Final = frozenset("company firm bank operator utility broadcaster newspaper network automaker carmaker chipmaker "
                               "drugmaker retailer insurer airline lender manufacturer startup brokerage publisher studio".split())
_PUBLIC_BODY: Final = re.compile(r"\b(?:Office|Ministry|Department|Council|Commission|Court|Committee|Party|Agency|Authority|"
                                 r"Government|Parliament|Assembly|Senate|Congress|Police|Army|Navy|Embassy|University|Institute|"
                                 r"Museum|Union|Organi[sz]ation|Nations)\b|\b(?:Administration|Bureau|Board)\Z")


_VOICE: Final = r"(?:spokes(?:man|woman|person)|representative)"
_VOICE_OF_REFERENCE: Final = re.compile(rf"(?:a|an|the|one)\s+(?:{_VOICE}\s+(?:for|of|from)\s+(?:the|its)\s+({ORG_NOUNS})|"
                                        rf"({ORG_NOUNS})\s+{_VOICE})", re.I)
"""A voice for an organisation the text referred to by its noun ("a spokesperson for the company", "a ministry
spokesperson")."""


def referred_voice(phrase: str, orgs: Sequence[str]) -> str | None:
    """The organisation an unnamed voice speaks for when the phrase refers to it by its noun: the latest one named
    with that noun (`latest_org`); None for any other phrase or when none was named."""
    m = _VOICE_OF_REFERENCE.fullmatch(phrase.strip())
    if m is None or not orgs:
        return None
    return latest_org(orgs, (m.group(1) or m.group(2)).lower())


_NAMED_ONLY: Final = {"government": re.compile(r"\b(?:Government|Downing Street|White House|Kremlin|Cabinet|"
                                               r"Administration|Elysée|Élysée)\b"),
                      "court": re.compile(r"\b(?:Court|Circuit|Tribunal|Justice)\b"),
                      "police": re.compile(r"\b(?:Police|Constabulary|Sheriff|Patrol|Gendarmerie|Carabinieri)\b"),
                      "force": re.compile(r"^(?!.*\b(?:Federation|Conduct|Commissioner|Ombudsman|Chiefs|Council|Authority|"
                                          r"Complaints|Union|Association|Foundation|Academy|College)\b)(?=.*\s).*\b(?:Police|"
                                          r"Constabulary)\b")}
"""Bodies "the <noun>" refers to only when one of that kind was named: the latest other organisation is no
government, court or police force ("the force said", in British police reporting, is the police force named)."""
_PUBLIC_NOUNS: Final = frozenset("agency ministry department authority commission regulator watchdog".split())
_FIRM_HEAD: Final = re.compile(r"\b(?:Pharmaceuticals|Pharma|Therapeutics|Biotech|Holdings|Industries|Technologies|Motors|"
                               r"Airlines|Airways|Bancorp|Brands|Foods|Systems|Solutions|Capital|Ventures|Partners|"
                               r"Corporation|Company|Group)\Z")
"""A firm's name by its last word: never what "the agency" or "the regulator" refers to."""
_PLATFORMS: Final = frozenset("X Twitter Facebook Instagram TikTok YouTube Reddit Threads LinkedIn Telegram WhatsApp Snapchat "
                              "Bluesky Truth Social Weibo WeChat".split())
_LEGAL_FORM: Final = re.compile(r"\b(?:Co|Inc|Corp|Ltd|LLC|PLC|plc|AG|SA|ASA|NV|AB|GmbH)\.?\Z")
"""A company by its legal form: never "the union", "the ministry", "the party" a text refers to."""


def latest_org(orgs: Sequence[str], noun: str) -> str | None:
    """The organisation "the <noun>" refers to: the latest named with that noun ("the union" -> "Unite union"; for
    "the company", "the firm" … unless the text has named another body twice since), else the latest one; but "the
    company" (a firm, a bank, a broadcaster …) is no ministry, party or court, so for those nouns a public body is
    passed over (None when only public bodies were named). The converse ("the ministry" passing over a firm) is not done: public
    bodies go by acronyms the pattern cannot tell ("NASA")."""
    at = next((i for i in range(len(orgs) - 1, -1, -1) if noun in orgs[i].casefold().split()), None)
    since = orgs[at + 1:] if at is not None else []
    if at is not None and not (noun in COMMERCIAL and any(since.count(o) > 1 for o in since)):
        return orgs[at]  # (a firm the text has come back to since is what "the company" is about now: "… Besecker
        # Company" paragraphs before "Whole Foods … QFC … Whole Foods. The company also said" is Whole Foods)
    if noun in COMMERCIAL:
        return next((o for o in reversed(orgs) if not _PUBLIC_BODY.search(o)), None)
    if noun in _NAMED_ONLY:  # "according to the court" after the Ninth Circuit; not the NHS for "the government"
        return next((o for o in reversed(orgs) if _NAMED_ONLY[noun].search(o)), None)
    if noun in _PUBLIC_NOUNS:  # "the agency said", after the FDA and a drugmaker: no firm
        return next((o for o in reversed(orgs) if not _LEGAL_FORM.search(o) and not _FIRM_HEAD.search(o)), None)
    return next((o for o in reversed(orgs) if not _LEGAL_FORM.search(o) and o not in _PLATFORMS), None)
    # ("the union" is no "… Co.", nor the platform it posted on: "In a post on X, formerly Twitter, the union said")


def salient_orgs(orgs: list[str], context: Context) -> list[str]:
    """The organisations named so far, the one that spoke in the sentence before counted as the latest: "the company"
    after "X agreed to buy Y, X said" is X (the one speaking), not Y (named last)."""
    spoke = context.spoke_org
    return [o for o in orgs if o != spoke] + [spoke] if spoke is not None and spoke in orgs else orgs


SUBORDINATOR: Final = re.compile(r"(?<![\w'’-])(?:after|as|when|because|since|while|before)\s*\Z")


def sentence_subject_org(text: str, clause_start: int, before: str, at: int, mentions: Sequence[Suggestion],
                         full_names: dict[str, str]) -> str | None:
    """The organisation opening the sentence as its subject, when the reporting clause trails the sentence after a
    comma ("Nordvik Shipping agreed to buy Castellan, the Oslo-listed company said") or opens a subordinate clause
    ("Corvane tumbled 11% after the company said"): its name, else None."""
    if not mentions or not (before[:at].rstrip().endswith(",") or SUBORDINATOR.search(before, 0, at)):
        return None
    first = mentions[0]
    lead = text[clause_start:first.start]
    if first.type != "ORG" or lead.strip() not in ("", "The", "the") or first.start >= clause_start + at:
        return None
    return full_name(first, full_names)


def office_of(whose: str, noun: str, orgs: list[str]) -> str | None:
    """The latest organisation named as an office or department of that kind ("the prosecutor's office" of the "U.S.
    Attorney's Office for …"), or None."""
    kinds = {whose.lower(), *_SAME_OFFICE.get(whose.lower(), ())}
    for org in reversed(orgs):
        words = set(org.casefold().replace("’s", "").replace("'s", "").split())
        if noun.lower() in words and kinds & words:
            return org
    return None


WHOSE: Final = re.compile(r"([A-Za-z-]+)[’']s\s")
_SAME_OFFICE: Final = {"prosecutor": ("attorney",), "prosecutors": ("attorney",), "da": ("attorney",)}
"""An office named by whose it is and the word its name uses instead ("the prosecutor's office" of a U.S.
Attorney's Office)."""
ORG_REFERENCE: Final = re.compile(rf"(?:^|\s)(?:the|its)\s+(?:(?:[A-Za-z-]+\s+)?(?=(?:{'|'.join(sorted(COMMERCIAL))})\b)"
                                  r"|(?:[A-Za-z.]+\s+)?[A-Za-z-]+[’']s\s+(?=(?:office|department)\b))?"
                                  rf"({ORG_NOUNS})\s*\Z", re.I)
"""The organisation referred to by its noun ("the union said"); a firm also with one adjective ("the German
automaker"); an office or department by whose it is ("the prosecutor's office said", "the U.S. attorney's office")."""


_DESCRIBED_BODY: Final = re.compile(r",[ \t]+(?:a|an)[ \t]+((?:[\w'’-]+[ \t]+){0,4}?([a-z][a-z-]{2,}))"
                                    r"(?:[ \t]+(?:based|that|which|in|of|for|with|set|run|founded)\b[^,;:\"“”()]*)?(?=,)")
"""A description in apposition after an organisation's name ("Human Rights Watch, a New York-based group,", "the
Syrian Observatory for Human Rights, a Britain-based war monitor,"): its head noun."""


def body_roles(text: str, orgs: Sequence[Suggestion], taken: Container[str], given_at: dict[str, int]
               ) -> dict[str, str]:
    """Head nouns the text describes an organisation by in apposition -> the organisation's name, so that "the
    Britain-based war monitor said" later is the Syrian Observatory; for a noun any body goes by ("group",
    "company": `ORG_NOUNS`, which `latest_org` resolves) the whole description instead ("new york-based group"). A
    key given to two bodies, or a noun to a person (`taken`), is left out. `given_at` gets where each is first given
    (a description refers back, never ahead)."""
    out: dict[str, str] = {}
    ambiguous: set[str] = set()
    for o in orgs:
        if not text.startswith(",", o.end):
            continue
        m = _DESCRIBED_BODY.match(text, o.end, o.end + 90)
        if m is None or m.group(2) in taken:
            continue
        name = o.name or o.exact
        # a noun "the company", "the group" may name any body by: only the whole description is this body's
        keys = [m.group(2)]  # the head noun ("the charity"; for a noun any body goes by, only while this body is the
        if m.group(2) in ORG_NOUN_SET and " " in m.group(1).strip():  # latest: see subject_speaker), and the whole
            keys.append(" ".join(m.group(1).lower().split()))  # description ("the New York-based group")
        for key in keys:
            if out.get(key, name) != name:
                ambiguous.add(key)
            out[key] = name
            given_at.setdefault(key, o.start)
    return {role: name for role, name in out.items() if role not in ambiguous}


ORG_NOUN_SET: Final = frozenset(ORG_NOUNS.split("|"))
_THE_DESCRIBED: Final = re.compile(r"(?:^|\s)[Tt]he\s+((?:[\w'’-]+\s+){1,4}[a-z][a-z-]{2,})\s*\Z")
"""A subject that may repeat a body's description word for word ("The New York-based group said")."""


def described_body(before: str, roles: dict[str, str]) -> str | None:
    """The organisation a subject describes as the text described it before ("Human Rights Watch, a New York-based
    group, …. The New York-based group said"); None otherwise. Only descriptions of two words or more."""
    m = _THE_DESCRIBED.search(before, max(0, len(before) - 70))
    return roles.get(" ".join(m.group(1).lower().split())) if m is not None else None
