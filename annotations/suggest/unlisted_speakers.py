"""Speakers no entity suggestion gave: a person's name the suggester missed ("Jo Grady, the union's leader, said"), an
outlet or firm no list knows ("Taiwanese site DigiTimes reported", "The Nikkei reported", "Big Machine has denied",
"VW says") and the short form of a listed organisation ("Amazon said"), each read off the subject before a reporting
verb. Pure functions; split out of `speakers.py`, which decides the speaker."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from annotations.suggest.coreference import fullest, loose_name
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.name_words import name_lists, title_words, world_surnames, zipf
from annotations.suggest.speaker_clause import ROLE_NOUNS
from annotations.suggest.speaker_context import Context, Speaker

APPOSITION: Final = re.compile(r"(?:,\s+(?:a|an|another|the|who|whose|which|its|his|her|in|on|at|during|after|via|now|\d{1,3}|"
                               r"[a-z]+ing)\b"
                               r"(?:[^,;:]|(?<=\d),(?=\d{3}))*,"
                               rf"|,\s+(?:[a-z-]+\s+){{0,2}}(?:{ROLE_NOUNS})\s+(?:of|to|for|at|with|on)\s[^,;:]*,"
                               r"|,\s+(?:[a-z]+ly\s+)?(?!(?:submitted|written|authored|published|released|issued|compiled|"
                               r"produced|prepared|commissioned|signed|conducted|led|drafted|filed|sent|posted|carried)\b"
                               r"[^,;:]*\sby\s)(?P<participle>[a-z]+\s+by\s|[a-z]+ed\s)[^,;:]*,"
                               r"|\s+[–—-][^–—]*[–—])\s*\Z")
"""An apposition or an aside closing the subject ("Jo Grady, the union's leader,", "X, via USA Today,", "X, chairman
of the board,", "Iran, hit by sanctions,", "The lawsuit, filed Monday in …,", "X — a nurse —"): the name stands
before it (but "the report, submitted by X," names its author: no aside)."""


def loose_speaker(text: str, subject: str, context: Context) -> Speaker | None:
    """A subject that is a name the entity suggester missed (after any apposition, and after a leading
    clause's comma), in the fullest form the text gives ("King" -> "Gayle King")."""
    cut = APPOSITION.search(subject, max(0, len(subject) - 120))
    phrase = (subject[:cut.start()] if cut else subject).rsplit(",", 1)[-1].strip()
    if phrase and phrase[0].isupper() and loose_name(phrase):
        return Speaker(fullest(text, phrase, context.names), "named")
    return None


_OUTLET: Final = re.compile(r"(?:^|\s)(?:(?:[Tt]he|[A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:site|website|newspaper|paper|outlet|"
                            r"broadcaster|magazine|blog|agency|publication|daily|tabloid|network|newsletter)\s+|[Tt]he\s+)?"
                            r"([A-Z][a-z]*[A-Z]?[a-z]+(?:\s+[A-Z][a-z]+)?)\s*\Z")
"""An outlet or firm no list knows, as the subject ("Taiwanese site DigiTimes", "The Nikkei")."""


def outlet_speaker(subject: str) -> Speaker | None:
    """A subject that is a name no list knows and no English word, alone or after "the" or an outlet noun
    ("The Nikkei reported", "Taiwanese site DigiTimes reported"): named as the text gives it."""
    m = _OUTLET.search(subject, max(0, len(subject) - 60))
    if m is None or m.start() > 0 and subject[:m.start()].strip() and not subject[:m.start()].rstrip().endswith(","):
        # (after a leading clause's comma the subject starts: "In a statement, the Shorebirds said")
        return None
    name = m.group(1)
    if any(w in _NOT_AN_OUTLET or zipf(w) >= 3.5 or w in gazetteer() for w in name.split()):
        return None
    return Speaker(name, "named")


_NOT_AN_OUTLET: Final = frozenset("He She It They We I You This That These Those There Here".split())


def unlisted_speaker(text: str, subject: str, context: Context, names_only: bool = False) -> Speaker | None:
    """The speaker a subject names that no entity suggestion gave, tried from the surest reading: a person's name,
    an outlet, then (unless `names_only`: a passive "is reported to", a sentence the segmenter began inside a token)
    a listed organisation's short form or capitalised words no list knows."""
    plural = subject.strip()
    if " " not in plural and common_plural(plural):  # "Nutritionists said": people, unnamed, as worded
        return Speaker(plural.lower(), "unnamed")
    found = loose_speaker(text, subject, context) or outlet_speaker(subject)
    if found is None and not names_only:
        cut = APPOSITION.search(subject, max(0, len(subject) - 120)) if subject.rstrip().endswith(",") else None
        core = subject[:cut.start()] if cut else subject  # "Amazon, which employs 1.5 million people,": Amazon
        found = short_org_speaker(core) or capitalised_speaker(core)
        apposed = subject[cut.start():].strip(" ,") if cut is not None and found is None else ""
        if apposed and _KIND_BEFORE.match(apposed):  # "her employer, the healthcare organisation ZoZijn,": the name
            found = capitalised_speaker(apposed)
    return found


def common_plural(word: str) -> bool:
    """A capitalised word that is the plural of an English noun, not a name ("Nutritionists", "Lifeguards" opening
    a sentence; not "Reuters", "Powers", "Roberts", "Williams")."""
    if len(word) < 5 or not word.endswith(_PEOPLE_ENDINGS) or not word[1:].islower() or not word[0].isupper():
        return False
    given, surnames = name_lists()
    singular = word[:-1]
    return word not in gazetteer() and word not in surnames and word not in given and singular not in given \
        and word not in world_surnames() and 1.8 <= zipf(singular.lower()) <= 4.0  # (not "Powers", "Fields")


_PEOPLE_ENDINGS: Final = ("ists", "ers", "ians", "ors", "ants", "ents")
"""Endings of plural nouns for people by what they do ("nutritionists", "beekeepers", "statisticians")."""


def short_org_speaker(subject: str) -> Speaker | None:
    """A subject that is the short form of a listed organisation and nothing the lists know on its own ("Amazon
    said", "In a statement, Amazon said": "Amazon" is left off the lists for the river; a river does not speak):
    named as the text gives it."""
    word = subject.rsplit(",", 1)[-1].strip()
    if word in short_org_names() and word not in gazetteer():
        return Speaker(word, "named")
    return None


@lru_cache(maxsize=1)
def short_org_names() -> frozenset[str]:
    """First words of the listed organisations that are names by themselves ("Amazon" of "Amazon.com" and
    "Amazon Web Services", "Goldman" of "Goldman Sachs"): capitalised, three letters or more, and rare enough in
    English (wordfreq Zipf < 4.6) not to be a word first ("Nature", "Justice", "Target", "National" are left out)."""
    firsts = {re.split(r"[\s.]", name, maxsplit=1)[0] for name, label in gazetteer().items()
              if label == "ORG" and re.match(r"[A-Z][a-z]{2,}[\s.]", name)}
    return frozenset(w for w in firsts if zipf(w) < 4.6 and w not in _NOT_AN_OUTLET)


_CAPITALISED_NAME: Final = re.compile(r"(?:The\s+)?((?:[A-Z][a-z]+|[A-Z]{2,})(?:\s+(?:of\s+(?:the\s+)?)?(?:[A-Z][a-z]+|[A-Z]{2,}|&)){1,4}"
                                      r"|[A-Z]{2,6}|[a-z][A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+\s+\d{1,3})"
                                      r"\s*\Z")
_KIND_BEFORE: Final = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?(?:nonprofit|non-profit|charity|group|company|firm|"
                                 r"giant|conglomerate|retailer|automaker|carmaker|chipmaker|lender|bank|insurer|airline|"
                                 r"organi[sz]ation|agency|startup|website|site|newspaper|outlet|network|broadcaster|magazine|"
                                 r"station|foundation|association|label|studio|publisher|developer|band)\s+(?=[A-Z])")
"""What kind of body the name after it is ("the nonprofit RIP Medical Debt says", "the advocacy group X said")."""
_AS_OPENING: Final = re.compile(r"[\"“]?As\s+(?=\S)")
_NOT_A_NAME_START: Final = frozenset("The This That These Those Some Many Most Several Few All Both Other Its His Her Their "
                                     "Our Two Three Four Five Six Seven Eight Nine Ten".split())
_PEOPLE_PLURALS: Final = frozenset("Officials Sources Analysts Experts Senators Lawmakers Leaders Residents Authorities "
                                   "Democrats Republicans Americans Members Workers Activists Critics Protesters Media "
                                   "Investigators Prosecutors Scientists Researchers Doctors Police".split())


def capitalised_speaker(subject: str) -> Speaker | None:
    """A subject of two to five capitalised words ("of" may join them), one acronym, one camel-cased name ("iFixit",
    "ZoZijn") or a station's name and number no list knows ("Big Machine has denied", "The Carlyle Group said", "VW
    says", "As iFixit points out", "The Oklahoma Sports Hall of Fame announced", "Fox 6 reports", "the nonprofit RIP
    Medical Debt says"): a name, as the text gives it (a leading "The" dropped) — unless it opens with
    a determiner or a number, is only titles ("Prime Minister said"), or ends in a plural of people ("Republican
    Senators")."""
    part = subject.rsplit(",", 1)[-1].strip()
    opening = _AS_OPENING.match(part) or _KIND_BEFORE.search(part)  # "As iFixit points out", "the nonprofit X says"
    m = _CAPITALISED_NAME.search(part, opening.end() if opening else 0)
    if m is None or m.start() > (opening.end() if opening else 0):
        return None
    name = m.group(1)
    words = name.split()
    if "of" in words and words[0] in title_words():  # "The Secretary of State said": an office, as worded
        return Speaker(("the " if m.group(0).startswith("The") else "") + name, "unnamed")
    if words[0] in _NOT_A_NAME_START or words[-1] in _PEOPLE_PLURALS or all(w in title_words() for w in words) \
            or words[-1].isdigit() and words[0] in _NUMBERED_PARTS:
        return None
    if len(words) == 2 and gazetteer().get(words[0]) == "MISC" and gazetteer().get(words[1]) is None \
            and zipf(words[1]) < 3.0 and words[0] not in name_lists()[0]:  # (not "Catholic Charities", "German X")
        return Speaker(words[1], "named")  # "Egyptian Nariman wrote": a nationality before a name no list knows
    return Speaker(name, "named")


_NUMBERED_PARTS: Final = frozenset("Chapter Section Article Page Part Title Act Rule Phase Stage Round Game Week Day Year Grade "
                                   "Class Type Category Level Step Room Exhibit Figure Table Item Clause Paragraph Proposition "
                                   "Prop Measure Question Amendment Bill Resolution Issue Initiative Ballot".split())
"""Words a number follows that name a part of something, never a speaker ("Chapter 11 says")."""
