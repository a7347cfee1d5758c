"""Who a reference in a news report points to, from the text alone: a person's gender as the text shows it
(a title "Mr"/"Ms", or the first "he"/"she" after the name, before anyone else is named), so "she said" goes to
the last woman named and not to the last person; a surname tagged as a place or company ("Phoenix said",
"Bloomberg said") that the text also gives after a given name ("Joaquin Phoenix") is that person; and a name
the entity suggester did not catch ("…," Walter said) expanded to the fullest form the text gives ("Walter
A. Reed"). Pure functions over the text and its entity mentions; each look-up is bounded (no pass over the
whole text per claim)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Final

from anyascii import anyascii

from annotations.suggest import Suggestion
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.name_words import given_genders, world_surnames
from annotations.suggest.names import ORG_HEADS, PLACE_HEADS, name_lists, title_words, zipf
from annotations.suggest.text_scan import standing

_GENDERED: Final = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.I)
GENDERED_TITLE: Final = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lady|Dame|Lord|Madam)\.?\s+\Z")
TITLE_GENDER: Final = {"Mr": "m", "Sir": "m", "Lord": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Lady": "f", "Dame": "f",
                        "Madam": "f"}
_ROLE_GENDER: Final = re.compile(r"\b(?:(spokesman|chairman|congressman|councilman|businessman|actor|king|prince)|"
                                 r"(spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|actress|queen|"
                                 r"princess))\b[^.,;]{0,30}\Z", re.I)
_ROLE_HINT: Final = re.compile(r"[MAKQPmakqp](?:(?<=[Mm])an|(?<=[Aa])ct|(?<=[Kk])ing|(?<=[Qq])ueen|(?<=[Pp])rince|"
                               r"(?<=M)AN|(?<=A)CT|(?<=K)ING|(?<=Q)UEEN|(?<=P)RINCE)")
"""Letters every gendered role contains ("[Mm]an|[Aa]ct|[Kk]ing|[Qq]ueen|[Pp]rince|MAN|ACT|KING|QUEEN|PRINCE"):
the role pattern runs only where one occurs. Written to start with a character class, which the regex
engine skips ahead to (twice as fast as the plain alternation; a test checks they agree)."""
_GENDERED_SCAN: Final = re.compile(r"[hHsS\u017f](?<!\w.)(?:(?i:(?<=h)(e|im|is|imself))|"
                                   r"(?i:(?<=s)he|(?<=h)(?:er|ers|erself)))\b")
"""`_GENDERED` as the search after each person's name runs it: a match at the same span, `group(1)` set for
"he|him|his|himself"; it starts with a character class (h, s, and "ſ", which case-insensitive "s" matches)
the engine skips ahead to — three times as fast as `\b(?:…)`. At one start only one word can match (each
ends with `\b`), so the order of the alternatives does not matter; a test checks the two agree."""
PRONOUN_WINDOW: Final = 160
"""How far after a person's name its first "he"/"she" is looked for (and never past the next person named)."""


def genders(text: str, persons: Sequence[Suggestion], name_of: Callable[[Suggestion], str]) -> dict[str, str]:
    """Each person's gender ("m"/"f") where the text shows it: a gendered title or role before a mention
    counts twice, the first gendered pronoun after a mention (before the next person is named) once. Where the text
    shows nothing or ties, a given name that nearly always names one gender ("Mary", "William") decides; never
    against the text ("Lindsey Graham … he said", "Glenn Close … she told reporters")."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    by_name: dict[str, str] = {}  # the given name's usual gender, for names the text leaves open
    titled: set[str] = set()
    for i, p in enumerate(persons):
        name = name_of(p)
        if name not in by_name and " " in name:
            given = name.split(None, 1)[0]  # (the lists are unaccented: "Íngrid" as "Ingrid")
            by_name[name] = given_genders().get(given) or given_genders().get(anyascii(given), "")
        title = GENDERED_TITLE.search(text, max(0, p.start - 7), p.start)
        if title:
            votes[name][TITLE_GENDER[title.group(1)]] += 2
            titled.add(name)
        elif _ROLE_HINT.search(text, max(0, p.start - 45), p.start):
            role = _ROLE_GENDER.search(text, max(0, p.start - 45), p.start)
            if role and not (role.group(1) and role.group(1).lower().endswith("man") and by_name.get(name) == "f"):
                votes[name]["m" if role.group(1) else "f"] += 2  # (but "UKIP chairman Petrina Holdsworth": a "-man"
                # role is worn by women too, and a woman's given name outweighs it)
        stop = min(persons[i + 1].start if i + 1 < len(persons) else len(text), p.end + PRONOUN_WINDOW)
        boundary = SENTENCE_END.search(text, p.end, stop)  # past the sentence, only a pronoun opening the next
        if boundary and not _OPENING_PRONOUN.match(text, boundary.end()):  # ("… Meghan said. Harry, who …, said
            stop = boundary.end()  # he": his, not hers — another person the suggester missed may come first)
        elif boundary and i and name_of(persons[i - 1]) != name and not SENTENCE_END.search(
                text, persons[i - 1].end, p.start):  # "Fetter married John Gille. She …": another person came
            stop = boundary.end()  # first in the sentence, whom the next sentence's pronoun is as likely to be
        pronoun = _GENDERED_SCAN.search(text, p.end, stop)
        if pronoun and pronoun.group(0).lower() in ("he", "she") and (
                text.startswith(("’s", "'s"), p.end) or _OBJECT_OF.search(text, max(0, p.start - 8), p.start)
                or _OBJECT_OF_TITLED.search(text, max(0, p.start - 30), p.start)):
            continue  # "a call he made to Omar's office, in which he said": the clause's subject, not the object
        if pronoun and pronoun.group(0).lower() in ("he", "she") and text.find(",", p.end, pronoun.start()) >= 0 \
                and _SUBORDINATE_BEFORE.search(text, max(0, p.start - 60), p.start):
            continue  # "when King was assassinated in 1968, she sang at his funeral": the main clause's subject
        noun = _GENDERED_NOUN.search(text, p.end, pronoun.start()) if pronoun else None
        if pronoun and noun is not None and bool(noun.group(1)) == bool(pronoun.group(1)) \
                and not _OWN_NOUN.fullmatch(text, p.end, noun.start()) and not _BEING.search(text, p.end, noun.start()):
            continue  # "Brooks said officers negotiated with the woman and that she …", "X met a man and he asked":
            # the other one's pronoun (but "Kelly Marsh, 41, a mother of two, said she", "X became the first woman to
            # …, and she", "X played the widow, and she": the noun is the person's own)
        if pronoun and _same_pronoun_before(text, p.start, p.end, bool(pronoun.group(1))):
            continue  # "She was flown to a hospital, Brooks said. Her condition …": whoever "she" was before
        if pronoun:
            votes[name]["m" if pronoun.group(1) else "f"] += 1
    shown = {name: best for name, count in votes.items() if (best := winner(count)) is not None}
    return {name: gender for name, gender in by_name.items() if gender and name not in titled} | shown


_OBJECT_OF: Final = re.compile(r"(?<![\w'’-])(?:to|with|of|for|on|at|by|from|against|about)\s+\Z")
"""Before a person who is the object of a preposition: a "he"/"she" next in the sentence is its subject, most
likely someone else."""


_SUBORDINATE_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:[Ww]hen|[Aa]fter|[Ww]hile|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ii]f|"
                                        r"[Bb]efore|[Ss]ince|[Uu]ntil|[Oo]nce|[Aa]s)\s+[A-Z][^,.;:!?]{0,40}\s[a-z][^,.;:!?]{0,40}\s\Z")
"""A subordinate clause the name stands in after its verb ("While Featherston still likes Trump, she said"): a pronoun
after its comma is not the name's (the clause's own subject, "When Stone was hired, he promised", still votes)."""
_OBJECT_OF_TITLED: Final = re.compile(r"(?<![\w'’-])(?:to|with|of|for|on|at|by|from|against|about)\s+"
                                      r"(?:[A-Z][a-z]+\.?\s+){1,2}\Z")
"""The same before a title ("appointed by Pope Benedict XVI, he was …": the pope is the object)."""


def _same_pronoun_before(text: str, start: int, end: int, male: bool) -> bool:
    """Whether the sentence a mention at text[start:end] stands in has a "he"/"she" of that gender before it: someone
    the text spoke of before, whom the next pronoun of that gender most likely goes on with — as the sentence's subject
    the name attributes ("She was flown to a hospital, Brooks said"), or anywhere before a name inside its clause ("Her
    father brought her in contact with King, with whom she toured"). Not a leading phrase or clause before the name's
    own ("When she took over, X promised", "In her speech, X said she"), which points ahead to the name."""
    reach = max(0, start - 200)
    opening = max(text.rfind(". ", reach, start) + 1, text.rfind("\n", reach, start) + 1, reach)
    if text[max(0, start - 8):start].rstrip().endswith(","):
        subject = _SUBJECT_PRONOUN.match(text, opening, start)
        return subject is not None and (subject.group(1) in ("He", "he")) == male and _SAID.match(text, end) is not None
    return any(bool(m.group(1)) == male for m in _GENDERED_SCAN.finditer(text, opening, start))


_OWN_NOUN: Final = re.compile(r"\s*,(?:\s*\d{1,3},)?\s*")
"""Between a name and a noun in apposition to it ("Kelly Marsh, 41, a mother of two")."""
_BEING: Final = re.compile(r"\b(?:is|was|be|been|became|becomes|become|remains|remained|who|as|played|plays|playing)\b")
"""A verb of being or playing, or a relative pronoun, before a noun: the noun describes the person."""
_SUBJECT_PRONOUN: Final = re.compile(r"\s*[\"“]?(He|he|She|she)\s+[a-z]")
_SAID: Final = re.compile(r"\s+(?:said|says|told|tells|added|explained|wrote)\b")


_GENDERED_NOUN: Final = re.compile(r"\b(?:the|a|an|this|that|his|her|their|one|another)\s+(?:[a-z]+\s+){0,2}?"
                                   r"(?:(man|boy|father|husband|son|brother|gentleman|grandfather|uncle|nephew|dad|boyfriend)|"
                                   r"(woman|girl|mother|wife|daughter|sister|lady|grandmother|aunt|niece|mum|mom|widow|"
                                   r"girlfriend))\b")
"""A man or woman the text names by a common noun ("the woman", "his wife"): a "he"/"she" after it is as likely
theirs as the person named before it, so it is no vote for that person's gender."""


def winner(votes: Counter[str]) -> str | None:
    """The gender with more votes than the other, or None on a tie (or no vote)."""
    (best, count), *rest = votes.most_common(2) + [("", 0), ("", 0)]
    return best if count > rest[0][1] else None


_OPENING_PRONOUN: Final = re.compile(r"[\"“]?(?:He|She|His|Her)\b")


def pick_person(recent: Sequence[str], gender: dict[str, str], pronoun: str) -> str | None:
    """The person "he"/"she" refers to: the latest of the recent people not known to be of the other
    gender."""
    wanted = "m" if pronoun.lower() == "he" else "f"
    return next((name for name in reversed(recent) if gender.get(name, wanted) == wanted), None)


_GIVEN_BEFORE: Final = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?\Z")
"""A given name right before a surname, on its line ("Zambia\n\n@MadridistaLombe" is no name)."""


def surnames_as_people(text: str, mentions: list[Suggestion]) -> list[Suggestion]:
    """Mentions tagged as a place or an organisation that are a person's surname: a word the text gives once
    after a given name ("Joaquin Phoenix", "Michael R. Bloomberg") is that person wherever it stands alone."""
    first_names = name_lists()[0]
    people: dict[str, str] = {}
    for m in mentions:
        if m.type in ("ORG", "PLACE") and m.exact not in people and " " not in m.exact and m.exact[:1].isupper():
            given = _GIVEN_BEFORE.search(text, max(0, m.start - 20), m.start)
            if given and given.group(1) in first_names and given.group(1) not in _NOT_NAMES \
                    and given.group(1) not in title_words():  # not "The Comoros", "President Kenyatta"
                people[m.exact] = text[given.start():m.end]
    if not people:
        return mentions
    return [replace(m, type="PERSON", name=people[m.exact]) if m.type != "PERSON" and m.exact in people else m
            for m in mentions]


UPPER, _LOWER = "A-ZÀ-ÖØ-Þ\u0100-\u017f", "a-zß-öø-ÿ\u0100-\u017f"  # Latin letters with their accents ("Lucía", "Łukasz")
_NAME_RUN: Final = re.compile(rf"(?:(?:[{UPPER}]\.\s?){{1,3}}\s*)?[{UPPER}][{_LOWER}]+(?:[-'’][{UPPER}]?[{_LOWER}]+)?"
                              rf"(?:\s+(?:[{UPPER}]\.|[{UPPER}][{_LOWER}]+(?:[-'’][{UPPER}]?[{_LOWER}]+)?)){{0,3}}")
_NOT_NAMES: Final = frozenset("The This That These Those It He She They We I You There Here His Her Its Their Our My "
                              "Your One Some Many Most Officials Police Asked And But Or So Then Also Later Now Today "
                              "Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday Per Via".split())
"""Capitalised words before a name that are no given name there ("Per Reuters, …": "per" citing a source)."""


def loose_name(phrase: str) -> bool:
    """Is `phrase` (the whole subject) a name the entity suggester missed: one to four capitalised words, the
    first no function word, one of them a given name or surname in the shipped lists?"""
    phrase = phrase.strip()
    if not phrase or not _NAME_RUN.fullmatch(phrase):
        return False
    words = phrase.split()
    if words[0] in _NOT_NAMES or words[0] in _NOT_INITIALS:  # ("Wilmington, N.C. Cooper said": a state, then a name)
        return False
    if len(words) == 1:  # "Trump said": a well-known person's surname alone is a name however common as a word
        return _namelike(words[0]) or words[0] in world_surnames()
    return all(w.endswith(".") or zipf(w) < 4.5 or _namelike(w) for w in words) and any(map(_namelike, words))


def _namelike(word: str) -> bool:
    """A word that is a name more than an English word: rare in English, or a listed given name or surname
    that is not among the most common English words ("King" yes, "Police" no)."""
    first_names, surnames = name_lists()
    return zipf(word) < 4.0 or (word in first_names or word in surnames) and zipf(word) < 5.3


def fullest(text: str, name: str, cache: dict[str, str]) -> str:
    """The fullest form of a name the text gives: "King" -> "Gayle King", "Walter" -> "Walter A. Reed" (the
    first run of capitalised words around it starting with a given name), "Maurer" -> "K.C. Maurer" (initials
    only); bounded to 40 occurrences."""
    if name in cache:
        return cache[name]
    best = name
    if " " not in name:
        first_names = name_lists()[0]
        for n, start in enumerate(standing(text, name)):
            if n >= 40:
                break
            end = start + len(name)
            before = _GIVEN_BEFORE.search(text, max(0, start - 20), start)
            if before and before.group(1) not in _NOT_NAMES and (zipf(before.group(1)) < 4.5
                                                                 or before.group(1) in first_names) \
                    and (gazetteer().get(before.group(1)) != "MISC" or before.group(1) in first_names):
                # ("Egyptian Nariman": a nationality; but "German Efromovich", "Christian Horner": given names)
                best = text[before.start():end]
                break
            initials = _INITIALS_ONLY.search(text, max(0, start - 10), start)
            if initials and initials.group(1).replace(" ", "") not in _NOT_INITIALS:
                best = text[initials.start():end]  # "K.C. Maurer", "J. R. Ewing"
                break
            if name in first_names:
                after = _FOLLOWING.match(text, end)
                if after:
                    best = text[start:after.end()]
                    break
    cache[name] = best
    return best


_INITIALS_ONLY: Final = re.compile(r"(?<![\w'’.-])((?:[A-Z]\.[ \t]?){2,3})[ \t]*\Z")
"""Two or three initials right before a surname, no given name written out ("K.C. Maurer")."""
_NOT_INITIALS: Final = frozenset("U.S. U.K. U.N. E.U. D.C. P.M. A.M. N.Y. L.A. U.S.A. N.C. S.C. N.H. N.M. N.J. N.D. S.D. R.I. "
                                 "W.Va. B.C. N.S. N.B. P.E.I. N.Z.".split())
"""Abbreviations that end a sentence or a phrase before a capitalised word, no person's initials."""
_FOLLOWING: Final = re.compile(r"(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){1,2}(?=[\s,.;:)]|$)")


_INITIALS_BEFORE: Final = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\s+((?:[A-Z]\.\s+)+)\Z")


def middle_initials(text: str, persons: Sequence[Suggestion], name_of: Callable[[Suggestion], str]
                    ) -> dict[str, str]:
    """"Thomas Malone" -> "Thomas W. Malone" where the text also gives the name with middle initials (the
    entity suggester may tag that form as two mentions): the fullest name the text gives."""
    out: dict[str, str] = {}
    for p in persons:
        if p.start and text[p.start - 2:p.start - 1] == ".":
            m = _INITIALS_BEFORE.search(text, max(0, p.start - 24), p.start)
            if m:
                name = name_of(p)
                words = name.split()
                if len(words) == 2 and words[0] == m.group(1) and words[1] == p.exact:
                    out[name] = f"{m.group(1)} {' '.join(m.group(2).split())} {p.exact}"
    return out


_ROLE_BEFORE: Final = re.compile(r"(?<![\w'’-])([a-z][a-z-]{2,})\s+\Z")
_JOINED_ROLE: Final = re.compile(r"(?:\A|[.!?\n]\s*|,\s+)([A-Za-z][a-z-]{2,})\s+and\s+\Z")
"""A first role joined to the one right before a name, opening the sentence or after a comma ("Director and writer
Sean Durkin"; not "The club and manager Ada Moe")."""
_PERSON_NOUN: Final = ("er", "or", "ist", "ian", "ant", "ent")
"""Endings of a noun for a person ("director", "singer", "novelist"; not "club", "band", "police")."""
_TITLE_BEFORE: Final = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})\.?\s+\Z")
_SPELLED_TITLE: Final = {"Gov": "governor", "Sen": "senator", "Rep": "representative", "Gen": "general", "Capt": "captain",
                         "Supt": "superintendent", "Sgt": "sergeant", "Det": "detective", "Insp": "inspector", "Cmdr": "commander",
                         "Adm": "admiral", "Lt": "lieutenant", "Col": "colonel", "Maj": "major", "Pres": "president",
                         "Sec": "secretary", "Atty": "attorney", "Prof": "professor", "Amb": "ambassador"}
"""Abbreviated titles and the role noun a later "the governor said" uses for the same person."""
_ROLE_APPOSED: Final = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){0,2}([a-z][a-z-]{2,}),\s+\Z")
"""A role a name is set in apposition to, before it ("The suspect, Michael Webb, was convicted")."""
_ROLE_AFTER: Final = re.compile(r",\s+(?:a|an|the|its|their)\s+(?:(?!(?:on|at|in|of|for|with|from)\s)[\w'’-]+\s+){0,4}?"
                                r"([a-z][a-z-]{2,})(?:[ \t]+(?:at|of|for|with|from|in)[ \t]+[^,;:.\"“”]{1,60})?(?:,|[.;](?=\s|$))")
"""A role in apposition, closed by a comma or by the sentence's end ("…, said X, a government spokesman."); never
the object of a preposition in it ("X, a leading researcher on the team,": no "team")."""
_OFFICE_AFTER: Final = re.compile(r",\s+(?:the\s+)?([A-Z][a-z]{2,})\s+of\s+(?:the\s+)?[A-Z]")
"""A capitalised office in apposition, "of" a place or a body: "Meghan, Duchess of Sussex", "John Kerry, the
Secretary of State" (not a body's name: "Ada Moe, University of Leeds")."""
_NOT_ROLES: Final = frozenset("the and but for from with said says told that than then when while who whom whose which "
                              "into onto over under about after before since until against between according also "
                              "added asked wrote reported announced noted warned including like state city local "
                              "national federal".split())


def roles(text: str, persons: Sequence[Suggestion], name_of: Callable[[Suggestion], str],
          given_at: dict[str, int] | None = None, shared: list[tuple[int, str, str]] | None = None) -> dict[str, str]:
    """Role nouns the text attaches to a person (`persons` in the order they start) — before the name ("billionaire
    Ada Moe", "co-host Ada Moe") or in apposition after it ("Ada Moe, the union's general secretary,") or before it
    ("The suspect, Ada Moe,") —
    so that "the billionaire said" later is that person. A role attached to two people is ambiguous and left out.
    Each pattern before the name ends in white space after a character of its own (a role's letter or hyphen, a
    title's letter or full stop, the apposition's comma), and those after it open with a comma: only the patterns
    the characters around the name allow are run (most names have none, or one). `given_at`, if passed, gets where
    each role is first given (a role refers back, never ahead: "The research team claimed …" before "X, a leading
    researcher on the team, said" is no X)."""
    out: dict[str, str] = {}
    ambiguous: set[str] = set()
    history: list[tuple[int, str, str]] = []  # (where, role, person) as the text gives them
    titles = title_words()
    starts = [p.start for p in persons]
    for p in persons:
        name = name_of(p)
        found = []
        start = p.end - len(name) if text.endswith(name, 0, p.end) else p.start  # where the full name starts
        last = _before_space(text, start)
        if "a" <= last <= "z" or last == "-":
            before = _ROLE_BEFORE.search(text, max(0, start - 30), start)
            if before:
                found.append(before.group(1).rsplit("-", 1)[-1])
                joined = _JOINED_ROLE.search(text, max(0, before.start() - 30), before.start())
                if joined and (joined.group(1) in titles or joined.group(1).lower().endswith(_PERSON_NOUN)):
                    found.append(joined.group(1).lower())  # "Director and writer Sean Durkin" … "the director"
        if "a" <= last <= "z" or last == ".":
            titled = _TITLE_BEFORE.search(text, max(0, start - 30), start)
            if titled and titled.group(1) in titles:  # "Crown Prince X" … "the Prince asserted"
                found.append(_SPELLED_TITLE.get(titled.group(1), titled.group(1).lower()))  # "Gov. X" … "the governor"
                if titled.group(1) == "Justice":  # "Mr Justice Cardew found …" … "the judge wrote"
                    found.append("judge")
        if last == "," and text[p.end:p.end + 1] in (",", ".", ";", "?", ")"):  # (not "… lent his services to the
            # zoo, Povich spoke": a clause, then the sentence's subject)
            apposed = _ROLE_APPOSED.search(text, max(0, start - 50), start)
            if apposed:  # "The suspect, Michael Webb, was convicted"
                found.append(apposed.group(1))
        if text.startswith(",", p.end):
            after = _ROLE_AFTER.match(text, p.end, p.end + 80)
            if after:
                found.append(after.group(1))
            office = _OFFICE_AFTER.match(text, p.end, p.end + 40)
            if office and office.group(1) not in ORG_HEADS and office.group(1) not in PLACE_HEADS:
                found.append(office.group(1).lower())  # "Meghan, Duchess of Sussex" … "the duchess said"
        partner = _partner(text, p, persons, starts) \
            if any(role.endswith("s") and not role.endswith("ss") for role in found) else None
        for role in found:
            if role in _NOT_ROLES:
                continue
            if given_at is not None:
                given_at[role] = min(given_at.get(role, p.start), p.start)
            if partner is not None and role.endswith("s") and not role.endswith("ss"):
                out[role] = f"{name} and {name_of(partner)}"  # "authors Ada Moe and Sam Kerr" … "the authors argue"
                continue
            if out.get(role, name) != name:
                ambiguous.add(role)
            out[role] = name
            history.append((p.start, role, name))
    for role in ambiguous:
        del out[role]
    if shared is not None:  # a role two people were given, each from where it was given
        shared += [event for event in history if event[1] in ambiguous]
    if "authors" not in out and ("authored by" in text or "written by" in text):
        _authors(text, persons, name_of, out, given_at)
    return out


def _authors(text: str, persons: Sequence[Suggestion], name_of: Callable[[Suggestion], str], out: dict[str, str],
             given_at: dict[str, int] | None) -> None:
    """"The study, co-authored by A, B and C, …" then "the authors conclude": the people named after "(co-)authored
    by" or "written by" in that sentence, as the text lists them (up to four); nobody when the text names two sets
    of authors (which one "the authors" are is then the reader's call)."""
    found: list[tuple[int, str]] = []
    starts = [p.start for p in persons]  # (in order: only those in the sentence are looked at)
    for m in _AUTHORED_BY.finditer(text):
        stop = min((i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
        names = [name_of(p) for p in persons[bisect_left(starts, m.end()):bisect_left(starts, stop)]][:4]
        if names:
            found.append((m.start(), names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]))
    if len({joint for _, joint in found}) == 1:
        out["authors"] = found[0][1]
        if given_at is not None:
            given_at["authors"] = found[0][0]


_AUTHORED_BY: Final = re.compile(r"(?:c(?<!\wc)o-authored|a(?<!\wa)uthored|w(?<!\ww)ritten)\s+by\s+")
"""`\\b(?:co-)?authored\\s+by\\s+|\\bwritten\\s+by\\s+`, each word boundary checked after the first letter, so that the
engine skips ahead to a "c", "a" or "w" instead of trying the boundary at every position (27 ms a megabyte, then 6)."""
_AND_THEN: Final = re.compile(r",?\s+(?:and|&)\s+")
"""Between two people a plural role names together ("authors Ada Moe and Sam Kerr")."""


def _partner(text: str, person: Suggestion, persons: Sequence[Suggestion], starts: list[int]) -> Suggestion | None:
    """The person joined to `person` by "and" (`_AND_THEN`), the first in order (`persons` by where they start,
    `starts` theirs): looked for only up to where "and" and its spaces end, not through every person after."""
    joined = _AND_THEN.match(text, person.end)
    if joined is None:
        return None
    for i in range(bisect_right(starts, person.end), bisect_right(starts, joined.end())):
        if _AND_THEN.fullmatch(text, person.end, persons[i].start):
            return persons[i]
    return None


def _before_space(text: str, at: int) -> str:
    """The character before the white space that ends right at `at` ("" if none does, or nothing precedes it):
    what a pattern ending in `\\s+\\Z` searched before `at` needs there (`\\s` and `str.isspace` agree)."""
    i = at - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if 0 <= i < at - 1 else ""


SENTENCE_END: Final = re.compile(r"[.!?][\"”’']?\s")


def gender_of(text: str, name: str, occurrences: int = 10) -> str | None:
    """The gender the text shows for a name no entity suggestion gave (so no vote was taken for it): the same
    title and first-pronoun votes over its first occurrences."""
    votes: Counter[str] = Counter()
    word = name.split()[-1]
    for n, start in enumerate(standing(text, word, joined_after="-")):  # ("Smith's" counts)
        if n >= occurrences:
            break
        end = start + len(word)
        title = GENDERED_TITLE.search(text, max(0, start - 7), start)
        if title:
            votes[TITLE_GENDER[title.group(1)]] += 2
        stop = SENTENCE_END.search(text, end, end + PRONOUN_WINDOW)  # another person may come next
        pronoun = _GENDERED.search(text, end, stop.start() if stop else end + PRONOUN_WINDOW)
        if pronoun:
            votes["m" if pronoun.group(1) else "f"] += 1
    return winner(votes)
