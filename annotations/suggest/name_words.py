"""What single words are, for judging runs of capitalised words: how common a word is in English (wordfreq),
the shipped given names and surnames, titles before a name (nameparser's list), name particles, and the heads
that end an organisation's or a place's name. Kept apart from the rules that use them so that the vocabulary
is read (and cached) in one place and the rules stay short. Pure functions and constants."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from annotations.resources import resource

PARTICLES: Final = frozenset({"bin", "ibn", "bint", "abu", "al", "el", "van", "von", "de", "da", "der", "den", "di", "du",
                              "dos", "das", "del", "la", "le", "ter", "ben", "dela", "delos", "Ó", "Ní", "Nic", "Ua"})
SECOND_HONORIFICS: Final = frozenset(("Seri", "Sri"))
"""The second word of a two-word honorific ("Datuk Seri", "Tan Sri"): a title after a title, a name otherwise."""
JUDGES_TITLE: Final = re.compile(r"(?<![\w'’-])(?:Mr|Mrs|Ms|Lady|Lord|Chief|Associate|Deputy|Senior|Presiding)\.?[ \t]+\Z")
"""Before "Justice" as a judge's title ("Mr Justice Cardew", "Chief Justice John Roberts"); alone, "Justice" may be a
given name ("Justice Smith, the victim's brother")."""
DESCRIBING_ENDS: Final = frozenset("led backed based owned run funded linked allied aligned supported sponsored born made "
                                   "controlled held dominated affiliated inspired brokered designed supporting wide".split())
"""The second half of a hyphenated describing word ("Saudi-led", "Iran-backed", "London-based", "Tory-supporting"):
the word is no name, and the name before the hyphen is not what it describes."""
COMPANY_SUFFIXES: Final = frozenset("Inc Ltd Corp Co LLC LLP LP PLC AG SA ASA NV BV AB SE SpA Oyj Pty Holdings Bros".split())
"""The legal form closing a company's name ("Nordvik Shipping ASA", "Bayou Correctional Health LLC", "Warner Bros")."""
INDUSTRY_HEADS: Final = frozenset(
           "Energy Resources Mining Petroleum Minerals Logistics Enterprises Therapeutics Biosciences Telecom Shipping "
           "Semiconductor Semiconductors Pharma Software Electronics Robotics Aerospace Analytics Bancorp Biotech Chemicals "
           "Steel Textiles Apparel Pictures Utilities Cooling Networks Brands".split())
"""Heads of company names that also end common phrases ("Brightwave Energy", "Kestrel Resources" but "Renewable
Energy", "Human Resources"): a company's only after a word rare in English (`run_judge.organisation`)."""
ORG_HEADS: Final = frozenset(
           "Authority Council Cooperative Bank Partners University Agency Institute Office Ministry Federation Commission "
           "Company Corporation Group Hospital Clinic Directorate Inspectorate Bureau Trust Service Watch Alliance Network "
           "Coalition Forum Initiative Society Movement Party Union Court Association Foundation Fund Committee Police Army "
           "Navy Museum Presse Front Organisation Organization Brigades Brigade Guard Guards Forces Command Assembly Parliament "
           "Congress Senate Airlines Airways Holdings Inc Ltd Corp Club League Center Centre College Academy Times Post "
           "Journal Herald Tribune Gazette Review Observatory Institution Secretariat Tribunal Department Board "
           "Conference Caucus Administration Reserve Exchange Laboratory Laboratories Studios News PAC Publishing "
           "Media Press Communications Technologies Industries Motors Pharmaceuticals Insurance Ventures Capital "
           "Entertainment Records Foods Systems Solutions Labs Church Mosque Operator Guild Crew Electric Org Magazine "
           "Program Programme Project Sentinel Chronicle Examiner Inquirer Courier Dispatch Telegraph Bulletin Equities "
           "Securities Investments Advisors Brokerage Productions Embassy Consulate Complex Tribe Zoo Corps "
           "Aquarium Chamber Wanderers Albion".split()) | COMPANY_SUFFIXES \
           | INDUSTRY_HEADS
BASED_PREFIX: Final = re.compile(r"[A-Z][\w'’.]*(?:-[A-Z][\w'’]*)?-"
                                 r"(?:based|headquartered|listed|owned|funded|backed|run)\s+")
"""Where a body is based or who owns it, joined to its name by a hyphen ("Vienna-based Centre for …", "Oslo-listed
Nordvik"): no part of the name."""
US_STATES: Final = frozenset(
           "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois "
           "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
           "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
           "Wisconsin Wyoming York Jersey Carolina Dakota Hampshire Mexico Member Nation Welfare Police Deep Free Head "
           "Secretary".split())
"""Words before "State" that make it no organisation ("Ohio State", "Member State", "Head of State")."""
PLACE_HEADS: Final = frozenset("Island Islands Sound Lake River Mountains Mountain Valley County Bay Sea Ocean Gulf Strait "
                               "Peninsula Desert District Province Region Park Square Bridge Airport Harbour Harbor Canal "
                               "Coast Heights Hills Forest Street Avenue Road Borough Township Village Quarter City Area "
                               "Stadium Arena Base Towers Palace Castle Prison Cathedral Abbey Atoll Atolls Station Mosque Temple Tower "
                               "Hotel Resort Dome Amphitheatre Amphitheater Pavilion Coliseum Colosseum Bowl".split())
"""Heads that end a place's name: land, water, districts, and grounds or buildings people go to ("Fisht
Stadium", "Volgograd Arena", "Wright-Patterson Air Force Base", "Century City Towers")."""
SERVICE_DISTRICTS: Final = frozenset("School Water Fire Hospital Sanitation Utility Irrigation Transit".split())
"""Before "District", a public body, not a place ("Irving Independent School District")."""
FUNCTION: Final = frozenset("The A An And But Or If In On At For From By With Of To As When While After Before Since "
                            "Although Though Because Meanwhile However Yet So Then This That These Those It Its Afterwards "
                            "Afterward Finally Instead Moreover Furthermore Nevertheless Additionally Separately Eventually "
                            "Initially Similarly Overall".split())
COMPASS: Final = frozenset("North South East West Midwest Northeast Northwest Southeast Southwest".split())
"""Regions when capitalised after "the" and alone ("the West", "the South"; not "the South Korean")."""
MEDIA_HEADS: Final = frozenset("News Times Post Journal Herald Tribune Gazette Press".split())
ROLE_ENDS: Final = ("blogger", "izen", "ist", "writer", "maker", "grapher", "ician", "tuber", "caster")
"""Endings of role nouns too rare for the word list ("Videoblogger", "Netizen", "Cyberactivist", "Photojournalist",
"Podcaster"); no given name before a listed one ends so."""
PAPER_AFTER_PLACE: Final = frozenset("Observer Ledger Enquirer".split())
"""Words that name a newspaper after its town ("Dallas Observer", "Newark Star-Ledger") and are a surname or a title
as often elsewhere ("Heath Ledger", "Permanent Observer"): an organisation's head only after a known place."""
"""Heads that end a news organisation's name inside a longer run ("CBS News Battleground Tracker poll")."""
DIRECTIONS: Final = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower Greater "
                              "Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern "
                              "Southwestern".split())
MONTHS_DAYS: Final = frozenset("January February March April May June July August September October November December "
                               "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
HEADLINE_VERBS: Final = ("Says|Tells|Warns|Urges|Denies|Admits|Insists|Vows|Slams|Blasts|Rejects|Announces|Reveals|"
                         "Confirms|Defends|Accuses|Resigns|Quits|Dies|Loses|Asks|Seeks|Joins|Meets|Visits|Signs|Sues|"
                         "Backs|Praises|Criticises|Criticizes|Condemns|Welcomes|Unveils|Launches|Blames|Threatens|"
                         "Promises|Pledges|Explains|Argues|Dismisses|Responds|Apologises|Apologizes|Demands|Hails|"
                         "Refuses|Stresses|Suggests")
"""Present-tense verbs of Title Case headlines ("Minister Sarah Hunt Says Taxes Must Rise"): inside a run of
capitalised words they end the name before them. None is a surname in the shipped lists or the word of a common
organisation name ("Wins", "Reports", "Claims", "Questions", "Orders" are left out: "Consumer Reports")."""
CREDENTIALS: Final = frozenset("MD PhD RD RDN LD LDN MS MPH MSc RN NP DDS DMD PharmD CSSD CDCES CDE FACC FAAP FACP FACS "
                               "LCSW LMFT LPC PsyD DPT CSCS CHES FNP APRN MSN BSN DNP CNM IBCLC".split())
"""Degrees and licences health and science reporting prints after a name ("Kelly Jones MS, RD, CSSD, LDN",
"Logan DuBose, MD,"): no part of the name, and no organisation."""
POST_NOMINALS: Final = frozenset("KC QC SC MP MEP MSP MLA MPP TD OBE CBE MBE KBE DBE FRS".split()) | CREDENTIALS
"""Letters after a person's name (silks, members of a parliament, honours, degrees): no part of the name."""
ALLOWED_FIRST: Final = frozenset({"Michael", "Mark", "Bill", "King", "John"})
"""Given names as frequent in English as common words (wordfreq Zipf >= 5.2) that still open a name: "John" is
the only real given name among the 61 shipped given names that frequent (the others are "May", "Will", "Hope"...)."""


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames) shipped in resources/gazetteers/."""
    folder = resource("gazetteers")

    def read(name: str) -> frozenset[str]:
        lines = (folder / name).read_text(encoding="utf-8").splitlines()
        return frozenset(line for line in lines if line and not line.startswith("#"))

    return (read("first_names.txt") | _SHORT_GIVEN) - _PRONOUNS, (read("last_names.txt") | _SHORT_SURNAMES) - _PRONOUNS


@lru_cache(maxsize=1)
def given_genders() -> dict[str, str]:
    """Given names that nearly always name one gender ("William": "m", "Mary": "f"), from
    resources/gazetteers/given_genders.txt (names-dataset's shares, 97 in 100 or more; not "Andrea", "Jordan")."""
    lines = resource("gazetteers").joinpath("given_genders.txt").read_text(encoding="utf-8").splitlines()
    pairs = (line.split("\t", 1) for line in lines if line and not line.startswith("#"))
    return {name: gender for name, gender in pairs}


def folded(word: str) -> str:
    """The word without its accents ("João" -> "Joao"): the shipped name lists are in ASCII."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def world_surnames() -> frozenset[str]:
    """The last names of the well-known people in resources/gazetteers/people_world.json ("Trump", "Putin",
    "Xi", "Obama"): names the given-name and surname lists lack, or too frequent in English to count as names
    there, which news prints alone as a speaker ("Trump said"). Generational suffixes are skipped, and so are
    initials and the commonest English words."""
    import json

    from wordfreq import zipf_frequency

    people = json.loads(resource("gazetteers").joinpath("people_world.json").read_text(encoding="utf-8"))["PERSON"]
    last = (name.replace(",", "").split() for name in people)
    surnames = {words[-2] if words[-1] in _SUFFIXES and len(words) > 2 else words[-1] for words in last}
    return frozenset(w for w in surnames if len(w) > 1 and w[0].isupper() and w[1:].islower()
                     and zipf_frequency(w, "en") < 5.5)  # not "He" (Liu He), "Will", "May", "More"


_SUFFIXES: Final = frozenset(("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"))
_PRONOUNS: Final = frozenset("He She It We You They Him Her His Its Our".split())
"""Pronouns the dataset lists as names ("She", "You", "Him"): never a name in English text ("He Said, She Said")."""
_SHORT_GIVEN: Final = frozenset("Ed Jo Bo Ty Cy Di".split())
_SHORT_SURNAMES: Final = frozenset("Li Wu Xu Hu Lu Yu Gu Fu Du Ho Vo Ko Im Yi Ng Ma".split())
"""Two-letter family names, common in China, Korea and Vietnam, that the shipped lists leave out (they keep names of
three letters or more); not "He", "Do", "Le", "No", "Oh": English or French words first."""
"""English given names of two letters ("Jo Grady"): the shipped lists keep names of three letters or more
(shorter ones in names-dataset are mostly noise). Not "Al": "Al Shabaab", "Al Aqsa" are the Arabic article."""


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Titles and honorifics before a name: nameparser's list (President, Sheikh, Imam, Rep...) capitalised,
    less its words that are more often something else in news ("State", "Army", "First", "Group"), plus the
    titles news puts before a name that it lacks ("Major General X": only "Maj" is in its list)."""
    from nameparser.config import CONSTANTS

    generic = {"state", "us", "uk", "group", "army", "navy", "field", "first", "high", "right", "most", "his",
               "her", "law", "model", "radio", "rock", "tax", "voice", "wing", "film", "legal", "civil", "count",
               "grand", "royal", "pro", "me", "air", "blues", "bench", "comic", "host", "met", "opera", "risk",
               "staff", "flag", "petty", "rear", "heir", "bard", "adept", "mag", "st", "saint", "ra", "vc", "wp",
               "pd", "ab", "sn", "po", "chair", "prime", "vice", "doyen", "madam", "lady", "miss", "junior",
               "senior", "national", "public", "general", "federal", "united", "international", "royal", "union",
               "british", "english",
               # surnames far more often than titles before a name in today's news ("Alyssa Goodman said")
               "goodman", "goodwife", "woodman", "prior", "merchant", "forester", "marcher", "verderer", "headman",
               "journeyman", "banner", "bearer", "collector"}
    out = {t.capitalize() for t in CONSTANTS.titles if t.isalpha() and t not in generic}
    return frozenset(out | {"Mr", "Mrs", "Ms", "Dr", "Rep", "Sen", "Gov", "Presumptive", "Executive", "Minister",
                            "Superintendent", "Sheriff", "Commissioner", "Chairman", "Chairwoman", "Spokesman",
                            "Spokeswoman", "Councilman", "Councilwoman", "Councillor", "Senator", "Representative",
                            "Congressman", "Congresswoman", "Lawmaker", "Detective", "Officer", "Deputy", "Inspector",
                            "Constable", "Major", "MP", "MLA", "MEP", "MSP", "MPP", "MNA", "MLC", "Madam", "Hajia",
                            "Alhaji", "Alhaja", "Mallam", "Engr", "Barr", "CEO", "CFO", "COO", "CTO", "Councilmember",
                            "Assemblymember", "Assemblyman", "Assemblywoman", "Alderwoman", "Alderperson",
                            "Councilperson", "Supervisor", "Trustee", "Announcer", "Correspondent", "Owner", "Co-owner",
                            "Founder", "Co-founder", "Broadcaster", "Commentator", "Pundit", "Shri", "Smt", "Datuk",
                            "Dato'", "Datin", "Justice"}
                     | _POSITIONS)


_POSITIONS: Final = frozenset("QB WR DL LB".split())
"""American football positions written before a player's name as titles are ("Browns DL Sheldon Richardson"); not the
ones that open company names as often ("CB Insights", "TE Connectivity", "RB Global")."""


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common the word is in English (wordfreq's Zipf scale: 7 = "the", 5 = "mark", 3 = "meadows")."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def unknown_word(word: str, known: dict[str, str]) -> bool:
    """A capitalised word no list knows (no place, nationality, name or common word): "Axios", "Quartz"."""
    given, family = name_lists()
    return len(word) >= 3 and word[:1].isupper() and word not in known and word not in given \
        and word not in family and word not in MONTHS_DAYS and zipf(word) < 4.0
