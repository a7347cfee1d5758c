"""People and organisations named without a title or a known name: runs of capitalised words judged by
the shipped name lists (given names and surnames of every country, derived from `names-dataset`, see
scripts/make_name_lists.py), `nameparser`'s name particles and titles, and the context around the run —
apposition (", a lawyer,"), a reporting verb ("Eric Reeves said", "said Lotfi Azzouz"), a title before it.
Transliterated Arabic and Persian names keep their particles ("Osama bin Laden", "Omar Hassan al-Bashir").
Organisations: a run ending with an organisation head ("Bardo National Museum", "Islamic State" — not
"Ohio State"), a run followed by its acronym in brackets, and that acronym elsewhere. Pure functions."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from annotations.resources import resource

_LOWER = r"a-zà-ÿāēīōūḥṣṭẓʿʾ'’"
_TOKEN = rf"(?:(?:al|el|ad|an|ar|as|ash|at|az|ul)-)?[A-Z][{_LOWER}]+(?:-[A-Za-z][{_LOWER}]+)*|[A-Z]\.|[A-Z]{{2,6}}"
PARTICLES = frozenset({"bin", "ibn", "bint", "abu", "al", "el", "van", "von", "de", "da", "der", "den", "di", "du",
                       "dos", "das", "del", "la", "le", "ter", "ben"})
_FIRST_TOKEN = rf"[A-Z](?<![\w'’.-].)(?:[{_LOWER}]+(?:-[A-Za-z][{_LOWER}]+)*|\.|[A-Z]{{1,5}})"
"""A run's first word starts with a capital (so the regex engine skips to capitals quickly); the check that
no word character comes before it follows the capital."""
_RUN = re.compile(rf"{_FIRST_TOKEN}(?:[ \t]+(?:(?:{'|'.join(sorted(PARTICLES))})[ \t]+)*(?:{_TOKEN}))*"
                  r"(?![\w'’-])")
ORG_HEADS = frozenset(
    "Authority Council Cooperative Bank Partners University Agency Institute Office Ministry Federation Commission "
    "Company Corporation Group Hospital Clinic Directorate Inspectorate Bureau Trust Service Watch Alliance Network "
    "Coalition Forum Initiative Society Movement Party Union Court Association Foundation Fund Committee Police Army "
    "Navy Museum Presse Front Organisation Organization Brigades Brigade Guard Guards Forces Assembly Parliament "
    "Congress Senate Airlines Airways Holdings Inc Ltd Corp Club League Center Centre College Academy Times Post "
    "Journal Herald Tribune Gazette Review Observatory Institution Secretariat Tribunal Department Board "
    "Conference Caucus Administration Reserve Exchange Laboratory Laboratories Studios News PAC Publishing "
    "Media Press Communications Technologies Industries Motors Pharmaceuticals Insurance Ventures Capital "
    "Entertainment Records Foods Systems Solutions Labs Church Mosque Operator Guild Crew Electric".split())
US_STATES = frozenset(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois "
    "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
    "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
    "Wisconsin Wyoming York Jersey Carolina Dakota Hampshire Mexico Member Nation Welfare Police Deep Free Head "
    "Secretary".split())
"""Words before "State" that make it no organisation ("Ohio State", "Member State", "Head of State")."""
REPORTING = ("said|says|told|tells|added|adds|warned|warns|stated|explained|explains|noted|notes|argued|argues|"
             "insisted|wrote|writes|asked|replied|recalled|continued|concluded|acknowledged|admitted|confirmed|"
             "denied|declared|announced")
_AFTER_PERSON = re.compile(rf",\s+(?:a|an|the|who|whose|his|her)\s|,\s+\d{{1,3}},|,\s+[a-z]+ing,|\s+(?:{REPORTING})\b|"
                           r"\s+(?:has|had|was|is)\s+(?:said|told|warned|written|argued)\b|\s*\((?:\d{1,3}|[RDI]-)")
"""After a person: apposition (", a lawyer,"), an age (", 37,"), a role (", defending,"), a reporting verb,
a US party and state ("(D-N.C.)")."""
_BEFORE_PERSON = re.compile(rf"(?:\b(?:{REPORTING})|\baccording\s+to|\bby|\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Prof|Rev)\.?|"
                            r"(?<![\w-])(?:co-)?(?:host|anchor|actor|actress|singer|supporter|organi[sz]er|novelist|"
                            r"author|comedian|rapper|coach|striker|player|billionaire|activist))"
                            r"\s+\Z")


@dataclass(frozen=True)
class Found:
    label: str
    start: int
    end: int
    name: str | None = None  # the canonical name (an acronym's expansion)


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames) shipped in resources/gazetteers/."""
    folder = resource("gazetteers")

    def read(name: str) -> frozenset[str]:
        lines = (folder / name).read_text(encoding="utf-8").splitlines()
        return frozenset(line for line in lines if line and not line.startswith("#"))

    return read("first_names.txt") | _SHORT_GIVEN, read("last_names.txt")


_SHORT_GIVEN = frozenset("Ed Jo Bo Ty Cy Di".split())
"""English given names of two letters ("Jo Grady"): the shipped lists keep names of three letters or more
(shorter ones in names-dataset are mostly noise). Not "Al": "Al Shabaab", "Al Aqsa" are the Arabic article."""


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Titles and honorifics before a name: nameparser's list (President, Sheikh, Imam, Rep...) capitalised,
    less its words that are more often something else in news ("State", "Army", "First", "Group")."""
    from nameparser.config import CONSTANTS

    generic = {"state", "us", "uk", "group", "army", "navy", "field", "first", "high", "right", "most", "his",
               "her", "law", "model", "radio", "rock", "tax", "voice", "wing", "film", "legal", "civil", "count",
               "grand", "royal", "pro", "me", "air", "blues", "bench", "comic", "host", "met", "opera", "risk",
               "staff", "flag", "petty", "rear", "heir", "bard", "adept", "mag", "st", "saint", "ra", "vc", "wp",
               "pd", "ab", "sn", "po", "chair", "prime", "vice", "doyen", "madam", "lady", "lord", "miss", "junior",
               "senior", "national", "public", "general", "federal", "united", "international", "royal", "union"}
    out = {t.capitalize() for t in CONSTANTS.titles if t.isalpha() and t not in generic}
    return frozenset(out | {"Mr", "Mrs", "Ms", "Dr", "Rep", "Sen", "Gov", "Presumptive", "Executive", "Minister",
                            "Superintendent", "Sheriff", "Commissioner", "Chairman", "Chairwoman", "Spokesman",
                            "Spokeswoman", "Councilman", "Councilwoman", "Councillor", "Senator", "Representative",
                            "Congressman", "Congresswoman", "Lawmaker", "Detective", "Officer", "Deputy"})


def find(text: str, known: dict[str, str]) -> Iterator[Found]:
    """People, organisations and places in `text` that no list names; `known` maps gazetteer names to their
    types (a run that is a known place or nationality is no person).

    A run of capitalised words is judged by its words and by a few questions about its context (is it in
    quotation marks, does "party" follow, is there a reporting verb around it); the same run asked the same
    questions always gets the same answer, so each distinct run is judged once per text and the decision kept
    as a small tree of those questions (`_Judged`): later occurrences only ask the questions, at C speed."""
    judged: dict[str, _Judged | None] = {}  # None: nothing, whatever the context ("The", "Paris", "Said")
    for m in _RUN.finditer(text):
        run = m.group(0)
        tree = judged.get(run, _UNSEEN)
        if tree is None:
            continue
        base = m.start()
        if tree is _UNSEEN:  # judged as it comes (most runs of a text come once); a tree if it comes back
            asked: list[bool] = []

            def ask(question: Question) -> bool:
                answer = _answer(text, base, question)  # noqa: B023 (called at once)
                asked.append(answer)
                return answer

            mentions = _judge(run, known, ask)
            judged[run] = None if not mentions and not asked else _SEEN_ONCE
        else:
            if tree is _SEEN_ONCE:
                tree = judged[run] = _Judged(run, known)
            mentions = tree.found(text, base)
        for label, start, end in mentions:
            yield Found(label, base + start, base + end)
    taken = set()
    for found in [*_acronyms(text), *datelines(text), *interview_labels(text)]:
        taken.add(found.start)
        yield found
    models: set[str] = set()
    spelled: dict[str, tuple[int, int, str] | None] = {}  # acronym -> its expansion in the text, if any
    for m in _ACRONYM.finditer(text):
        word = m.group(0)
        if m.start() in taken:
            continue
        common = zipf(word.lower()) >= (4.2 if len(word) <= 4 else 3.5)  # "AVOIDING" in a shouted subhead
        if word not in _NOT_ORGS and word not in known and not common and not _shouting(text, m.start()):
            if word in models or _MODEL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                models.add(word)  # "the iPhone XS and XS Max": a model, not an organisation
                continue
            if word not in spelled:
                expansion = spelled[word] = _spelled_out(text, word, m.start())
                if expansion is not None:
                    yield Found("ORG", expansion[0], expansion[1])
            expansion = spelled[word]
            if expansion is None:
                yield Found("ORG", m.start(), m.end())
                continue
            a, b, owner = expansion
            name = text[a:b]
            if owner and text.endswith(owner + " ", 0, m.start()):  # "California ISO"
                yield Found("ORG", m.start() - len(owner) - 1, m.end(), name)
            else:
                yield Found("ORG", m.start(), m.end(), name)


def _spelled_out(text: str, acronym: str, at: int) -> tuple[int, int, str] | None:
    """Where the text spells out an acronym it uses without brackets: capitalised words whose initials are its
    letters, linked by "of", "and", "for"… ("University and College Union" for UCU), searched a few thousand
    characters around its first use. Returns (start, end, owner): owner is a capitalised word just before the
    words ("California" of "California Independent System Operator" for ISO), which the name keeps when it
    stands before the acronym too ("California ISO")."""
    if len(acronym) < 3 or not acronym.isalpha():
        return None
    pattern = _SPELLING_JOIN.join(f"{letter}[a-z][\\w'’-]*" for letter in acronym)
    first = acronym[0]  # the capital first, then the look-behind: the engine skips ahead to that capital
    m = re.compile(rf"{first}(?<![\w'’-]{first}){pattern[1:]}(?![\w'’-])").search(text, max(0, at - 6000), at + 2000)
    if m is None or text.find("\n", m.start(), m.end()) >= 0:
        return None
    before = _OWNER_BEFORE.search(text, max(0, m.start() - 30), m.start())
    owner = before.group(1) if before is not None and before.group(1) not in _FUNCTION else ""
    return (m.start() - len(owner) - 1 if owner else m.start()), m.end(), owner


_MODEL_BEFORE = re.compile(r"(?<![\w'’-])[a-z]+[A-Z][A-Za-z]*[ \t]+\Z")
"""A product word with a capital inside and a lower-case start ("iPhone", "eReader") before a model's letters."""
_SPELLING_JOIN = r"(?:[ \t]+(?:of|for|and|on|the|&))*[ \t]+"
_OWNER_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*)[ \t]\Z")


Question = tuple[str, int, int]
"""A question about a run's context, positions relative to the run: ("org after", at, 0) — does "party",
"movement"… follow; ("quoted", start, end) — does a quotation hold exactly that; ("context", start, end) — is
there person evidence around it (apposition, age, reporting verb, title before)."""


def _answer(text: str, base: int, question: Question) -> bool:
    kind, a, b = question
    if kind == "after the":
        return text.endswith("the ", 0, base + a) and (base + a < 5 or not text[base + a - 5].isalnum())
    if kind == "org after":
        return _ORG_AFTER.match(text, base + a) is not None
    if kind == "quoted":
        return quoted_title(text, base + a, base + b)
    start, end = base + a, base + b
    return _AFTER_PERSON.match(text, end) is not None or \
        _BEFORE_PERSON.search(text, max(0, start - 20), start) is not None


class _Node:
    """Unknown yet (nothing set), a question with its two branches, or a leaf: the run's mentions."""

    __slots__ = ("question", "no", "yes", "leaf")

    def __init__(self) -> None:
        self.question: Question | None = None
        self.no: _Node | None = None
        self.yes: _Node | None = None
        self.leaf: list[tuple[str, int, int]] | None = None


class _Judged:
    """What one run of capitalised words is (see `find`), as a tree: a node asks one question about the
    context and branches on the answer; a leaf holds the run's mentions, relative to its start. Branches are
    grown as texts take them: the first time, `_judge` runs with the real answers and records them."""

    def __init__(self, run: str, known: dict[str, str]) -> None:
        self.run = run
        self.known = known
        self.root = _Node()

    def found(self, text: str, base: int) -> list[tuple[str, int, int]]:
        node: _Node | None = self.root
        while node is not None:
            if node.leaf is not None:
                return node.leaf
            if node.question is None:
                break
            node = node.yes if _answer(text, base, node.question) else node.no
        asked: list[tuple[Question, bool]] = []

        def ask(question: Question) -> bool:
            answer = _answer(text, base, question)
            asked.append((question, answer))
            return answer

        result = _judge(self.run, self.known, ask)
        node = self.root
        for question, answer in asked:
            if node.question is None:
                node.question, node.no, node.yes = question, _Node(), _Node()
            elif node.question != question:  # cannot happen: the same answers lead to the same questions
                return result
            node = node.yes if answer else node.no
            assert node is not None
        node.leaf = result
        return result


_UNSEEN = _Judged("", {})
_SEEN_ONCE = _Judged("", {})
"""In `find`: a run not judged yet in this text, and one judged once."""


def _judge(run: str, known: dict[str, str], ask: Callable[[Question], bool]) -> list[tuple[str, int, int]]:
    """The mentions in one run (positions relative to it), asking `ask` about its context."""
    titles = title_words()
    first_names, surnames = name_lists()
    out: list[tuple[str, int, int]] = []
    if " " not in run and "\t" not in run:  # one word (most runs): a person only as "Surname said"
        word = run.removesuffix("’s").removesuffix("'s")
        if word in _FUNCTION or word in titles or word in known:
            return out
        if word in _COMPASS and ask(("after the", 0, 0)):  # "other parts of the West"
            return [("PLACE", 0, len(word))]
        if (word not in surnames or zipf(word.rstrip("'’")) >= 4.0) and not ask(("org after", len(run), 0)):
            return out  # a lone word is a person only as a rare surname (see _is_person)
        words = [run]
        offsets = [(0, len(run))]
    else:
        words = run.split()
        offsets = _offsets(run, 0)
    if words[-1][-2:] in ("’s", "'s") or words[-1][-1:] in ("'", "’"):  # "Tsai Ing-wen’s", "Meadows'"
        cut = 2 if words[-1][-2:] in ("’s", "'s") else 1
        words[-1] = words[-1][:-cut]
        offsets[-1] = (offsets[-1][0], offsets[-1][1] - cut)
    while words and words[-1] in PARTICLES:
        words.pop()
        offsets.pop()
    run_titled = False
    while words and (words[0] in _FUNCTION or words[0].rstrip(".") in titles):
        run_titled = run_titled or words[0].rstrip(".") in titles
        words.pop(0)
        offsets.pop(0)
    if not words:
        return out
    if ask(("quoted", offsets[0][0], offsets[-1][1])):
        return out  # "in “My Kinda Party.”": the title of a work
    if _organisation(words, known) or (len(words) <= 3 and known.get(" ".join(words)) is None
                                       and zipf(words[0]) < 5.2 and words[-1] not in _NOT_ORGS
                                       and words[-1] not in PLACE_HEADS and ask(("org after", offsets[-1][1], 0))):
        out.append(("ORG", offsets[0][0], offsets[-1][1]))
        return out
    media = next((i for i, w in enumerate(words[1:-1], 1) if w in _MEDIA_HEADS), 0)
    if media and (_ACRONYM.fullmatch(words[0]) or known.get(words[0]) == "ORG"):  # "CBS News Battleground Tracker"
        out.append(("ORG", offsets[0][0], offsets[media][1]))
        return out
    if len(words) >= 2 and (words[-1] in PLACE_HEADS or words[0] in _DIRECTIONS
                            and known.get(" ".join(words[1:])) == "PLACE"):  # "Western North Carolina"
        out.append(("PLACE", offsets[0][0], offsets[-1][1]))
        return out
    # "New York City Mayor Bill de Blasio": a title inside a run starts a person
    cuts = [i for i, w in enumerate(words) if w.rstrip(".") in titles and 0 < i < len(words) - 1]
    cuts += [i + 1 for i, w in enumerate(words[:-1]) if w.endswith(("'", "’", "'s", "’s"))]  # "Quartz' Dan Kopf"
    cuts.sort()
    bounds = [0] + [c for c in cuts] + [len(words)]
    owner: tuple[int, int] | None = None  # a possessor just before this part ("Axios' Kaveh Waddell")
    for a, b in zip(bounds, bounds[1:], strict=False):
        part, spans = words[a:b], offsets[a:b]
        possessive = bool(part) and part[-1].endswith(("'", "’", "'s", "’s"))
        if possessive:
            cut = 1 if part[-1].endswith(("'", "’")) else 2
            part = part[:-1] + [part[-1][:-cut]]
            spans = spans[:-1] + [(spans[-1][0], spans[-1][1] - cut)]
            if _organisation(part, known):  # "NBC News' Today show"
                out.append(("ORG", spans[0][0], spans[-1][1]))
                owner = None
                continue
        previous_owner, owner = owner, None
        if possessive and len(part) == 1 and _unknown_word(part[0], known):
            owner = spans[0]
        titled = (a > 0 and part[0].rstrip(".") in titles) or (a == 0 and run_titled)
        while part and (part[0].rstrip(".") in titles or known.get(part[0]) == "MISC"
                        or zipf(part[0]) >= 5.2 and part[0] not in ALLOWED_FIRST
                        or len(part) > 2 and part[0] not in first_names and zipf(part[0]) >= 4.0):
            titled = titled or part[0].rstrip(".") in titles
            part, spans = part[1:], spans[1:]
        if not part or any(w.isupper() and len(w) > 1 and not _INITIAL.fullmatch(w) for w in part):
            continue
        start, end = spans[0][0], spans[-1][1]
        if _is_person(part, titled, known, lambda: ask(("context", start, end))):  # noqa: B023 (called at once)
            if previous_owner is not None and len(part) >= 2:  # "the ACLU's Jay Stanley": who they work for
                out.append(("ORG", *previous_owner))
            out.append(("PERSON", start, end))
    return out


_ACRONYM = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[A-Z&]{1,7}\d{0,2}(?!(?![’']s\b)[\w'’-]|\.\w)")
_NOT_ORGS = frozenset(
    "TV CEO CFO COO CTO GDP AM PM OK DNA HIV AIDS COVID SARS MERS PPE ICU PDF FAQ ID IT AI PC IQ LGBT LGBTQ NGO NGOS "
    "MP MPS QC MEP MEPS DIY VIP UFO FM ATM CCTV SUV GPS USB CD DVD HR PR RIP ET EST GMT UTC BST PST CET EDT PDT "
    "UK US USA UAE EU II III IV VI VII VIII IX XI XII MD PHD MBA BA MA MSC NB PS AD BC CO2 CO UV LED LCD SMS "
    "GOP VAT IPO ETF OTC FX API URL HTML NFT ESG LNG LPG MW GW KW KWH MPH KM KG CM MM HQ DC NYC LA A&E NHS".split()
) - {"NHS"}
"""All-capital words that are not organisations (or are places in the gazetteer)."""


_DATELINE = re.compile(r"^([A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2})(?:,[ \t]+[A-Z]|[ \t]+\([A-Z])", re.M)
"""A dateline: "HOUSTON, Texas (KTRK) --", "BEIRUT, Lebanon —", "OSLO (NTB) -"."""


def interview_labels(text: str) -> Iterator[Found]:
    """A line starting "The Economist: What do you mean…": an interviewer labelled with an article is a
    publication or another organisation (people are labelled by name, "Thomas Malone:")."""
    for m in _LABEL.finditer("\n" + text):
        if m.group(1) not in _FUNCTION and zipf(m.group(1).split()[0]) < 5.2:
            yield Found("ORG", m.start(1) - 1, m.end(1) - 1)


_LABEL = re.compile(r"\nThe[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?):[ \t]")


def datelines(text: str) -> Iterator[Found]:
    for m in _DATELINE.finditer(text):
        yield Found("PLACE", m.start(1), m.end(1))


def _shouting(text: str, at: int) -> bool:
    """An all-capital line (a shouted headline, a dateline "HOUSTON, Texas") is no evidence."""
    line_start = text.rfind("\n", 0, at) + 1
    line = text[line_start:line_start + 80]
    letters = [c for c in line[:40] if c.isalpha()]
    return len(letters) > 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


_NONSPACE = re.compile(r"\S+")


def trim_person(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's span without titles before it or a possessive after it ("Executive Carrie Lam" -> "Carrie
    Lam", "Tsai Ing-wen’s" -> "Tsai Ing-wen")."""
    titles = title_words()
    while True:
        word = _NONSPACE.match(text, start, end)
        if word is None or word.group(0).rstrip(".,") not in titles or word.end() == end:
            break
        start = word.end()
        start += len(text[start:end]) - len(text[start:end].lstrip())
    for tail in ("’s", "'s", "’", "'"):
        if text.endswith(tail, start, end):
            end -= len(tail)
            break
    return start, end


_INITIAL = re.compile(r"[A-Z]\.")
"""A middle initial ("Walter A. Clyburn Reed"): no acronym."""

ALLOWED_FIRST = frozenset({"Michael", "Mark", "Bill", "King"})


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """How common the word is in English (wordfreq's Zipf scale: 7 = "the", 5 = "mark", 3 = "meadows")."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def _offsets(run: str, base: int) -> list[tuple[int, int]]:
    return [(base + w.start(), base + w.end()) for w in _NONSPACE.finditer(run)]


_FUNCTION = frozenset("The A An And But Or If In On At For From By With Of To As When While After Before Since "
                      "Although Though Because Meanwhile However Yet So Then This That These Those It Its".split())
_COMPASS = frozenset("North South East West Midwest Northeast Northwest Southeast Southwest".split())
"""Regions when capitalised after "the" and alone ("the West", "the South"; not "the South Korean")."""
_MEDIA_HEADS = frozenset("News Times Post Journal Herald Tribune Gazette Press".split())
"""Heads that end a news organisation's name inside a longer run ("CBS News Battleground Tracker poll")."""
_DIRECTIONS = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower Greater "
                        "Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern "
                        "Southwestern".split())
_MONTHS_DAYS = frozenset("January February March April May June July August September October November December "
                         "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_ORG_AFTER = re.compile(r"[ \t]+(?:party|movement|militia|group|organi[sz]ation|agency|newspaper|daily|network|"
                        r"broadcaster|coalition|alliance|union|faction)\b")
"""After a run: "the Ennahda party", "the Nidaa Tounes movement"."""
PLACE_HEADS = frozenset("Island Islands Sound Lake River Mountains Mountain Valley County Bay Sea Ocean Gulf Strait "
                        "Peninsula Desert District Province Region Park Square Bridge Airport Harbour Harbor Canal "
                        "Coast Heights Hills Forest Street Avenue Road Borough Township Village Quarter City Area".split())


def _unknown_word(word: str, known: dict[str, str]) -> bool:
    """A capitalised word no list knows (no place, nationality, name or common word): "Axios", "Quartz"."""
    given, family = name_lists()
    return len(word) >= 3 and word[:1].isupper() and word not in known and word not in given \
        and word not in family and word not in _MONTHS_DAYS and zipf(word) < 4.0


def quoted_title(text: str, start: int, end: int) -> bool:
    """A run of several words that fills a quotation ("“Rearview Town,”", "\"My Kinda Party.\"") names a work
    (an album, a book, a programme), not an organisation or a person."""
    if start == 0 or text[start - 1] not in "“\"‘" or end - start < 4:
        return False
    tail = text[end:end + 2]
    return tail[:1] in "”\"’" and tail != "" or tail[:1] in ".,!?" and tail[1:2] in "”\"’" and tail[1:2] != ""


def _organisation(words: list[str], known: dict[str, str]) -> bool:
    head = words[-1].split("-")[-1]
    if len(words) >= 2 and head == "District" and words[-2] in _SERVICE_DISTRICTS:
        return True
    if len(words) < 2 or head not in ORG_HEADS:
        return False
    if head == "State":
        return words[-2] not in US_STATES and known.get(" ".join(words[:-1])) != "PLACE"
    return True


_SERVICE_DISTRICTS = frozenset("School Water Fire Hospital Sanitation Utility Irrigation Transit".split())
"""Before "District", a public body, not a place ("Irving Independent School District")."""


def _is_person(words: list[str], titled: bool, known: dict[str, str], around: Callable[[], bool]) -> bool:
    """Whether `words` name a person; `around` says whether the context shows one (apposition, age, reporting
    verb, title before) and is asked only when the words leave it open."""
    first_names, surnames = name_lists()
    if known.get(" ".join(words)) is not None or any(known.get(w) in ("MISC", "ORG") for w in words[:-1]):
        return False
    if known.get(words[-1]) == "MISC" or known.get(words[-1]) == "ORG" and not _given_then_company(words):
        return False
    if len(words) > 5 or words[-1].endswith("."):
        return False
    particle = any(w in PARTICLES or w[:3] in ("al-", "el-") for w in words[1:])
    if len(words) >= 2 and particle:
        return True

    def context() -> bool:  # looked at only when the words leave it open (two regex searches)
        return titled or around()

    last = words[-1]
    if len(words) == 1:
        if titled:  # "Prince Harry", "Mr Hancock"
            return known.get(last) is None and (last in first_names or last in surnames or zipf(last) < 4.5)
        return last in surnames and zipf(last) < 4.0 and known.get(last) is None and context()
    if words[0] in _MONTHS_DAYS:
        return False
    if any(known.get(w) == "PLACE" for w in words[1:]):  # "Kenneth Preston, a student,": a surname, in context
        if not (len(words) == 2 and words[0] in first_names and last in surnames and known.get(words[0]) is None
                and zipf(words[0]) < 5.2 and context()):
            return False
    if known.get(words[0]) == "PLACE" and not (words[0] in first_names and context()):
        return False
    last_ok = last in surnames or zipf(last) < 4.9
    if not last_ok:
        return False
    if words[0] in first_names and (zipf(words[0]) < 5.2 or words[0] in ALLOWED_FIRST or last in surnames):
        return True
    return all(w in first_names or w in surnames or zipf(w) < 4.0 for w in words) and context()


def _given_then_company(words: list[str]) -> bool:
    """A given name (and initials) before a company's one-word name is its namesake, a person ("Michael R.
    Bloomberg", "Walt Disney"): companies named after a person drop the given name."""
    first_names = name_lists()[0]
    return len(words) >= 2 and words[0] in first_names and (zipf(words[0]) < 5.2 or words[0] in ALLOWED_FIRST) \
        and all(_INITIAL.fullmatch(w) for w in words[1:-1])


def _acronyms(text: str) -> Iterator[Found]:
    """"World Travel and Tourism Council (WTTC)": the acronym is an organisation named by its expansion,
    here and wherever else it appears. Found from the bracket back (a left-to-right regex is slow)."""
    expansions: dict[str, str] = {}
    for m in _BRACKETED.finditer(text):
        acronym = m.group(1)
        window_start = max(0, m.start() - 120)
        e = _EXPANSION_END.search(text, window_start, m.start())
        if e is None:
            continue
        start = e.start(1)
        expansion = e.group(1)
        first = expansion.split()[0]
        if first in _FUNCTION:
            start += len(first) + 1
            expansion = text[start:e.end(1)].lstrip()
        words = [w for w in expansion.split() if w[0].isupper()]
        if len(words) < 2 or not _initials_fit(words, acronym):
            continue
        yield Found("ORG", start, e.end(1))
        expansions.setdefault(acronym, expansion)
    if expansions:
        alternatives = "|".join(re.escape(a) for a in sorted(expansions, key=len, reverse=True))
        for a in re.finditer(rf"(?<![\w-])(?:{alternatives})(?![\w-])", text):
            yield Found("ORG", a.start(), a.end(), name=expansions[a.group(0)])


_BRACKETED = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_EXPANSION_END = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]+[ \t]+(?:(?:of|for|and|the|on|&)[ \t]+)*){1,7}"
                            r"[A-Z][\w'’-]+)[ \t]+\Z")


def _initials_fit(words: list[str], acronym: str) -> bool:
    initials = "".join(w[0] for w in words)
    return acronym.upper() == initials.upper() or acronym.upper() in initials.upper()
