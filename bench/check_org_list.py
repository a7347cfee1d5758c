"""Review aid for resources/gazetteers/organisations_world.json (run by hand, not a test): every name in that list
is marked as an organisation wherever it occurs capitalised, so a name that is also a common word, a person's
name or a place must not be in it. Prints, per reason, the names to review:

- single words with wordfreq Zipf >= 3.5 ("Shell", "Amazon", "Arsenal"), a possessive looked up without
  its "'s" ("Lowe's" is Lowe);
- single words in the shipped given-name or surname lists ("Ford", "Dell", "Lowe's");
- names the shipped gazetteer knows as something else (a place, a nationality);
- names already in resources/gazetteers/organisations.json (duplicates to drop);
- names starting with "The ", acronyms of one or two letters, names written twice;
- two-word names that read as a person's (a given name, then a surname that is no organisation head:
  "Ralph Lauren", not "Denver Post");
- names in the lists of well-known people (people_world.json) or places (places_world.json, once it exists),
  read directly as well as through the gazetteer, which may not load them yet;
- all-capital acronyms of three to five letters that spell a frequent English word (Zipf >= 4.5 with a vowel:
  "ICE", "SEAT", "NICE"), which a headline or a shouted quote writes in capitals.

A flagged name may stay only if the list's `_note` names it (in double quotes) with why; those are printed
apart as "kept". Acronyms of three letters or more and words with capitals inside ("LinkedIn", "AfD") are not
held to the Zipf test: the gazetteer matches case-sensitively and wordfreq folds case ("CBS" counts as a
frequent word); the frequent ones are printed with --all as "acronyms to eye" and do not count as flags. Nor are
words with other punctuation or digits ("Radio-Canada", "Canal+"), which wordfreq splits. Exit status 1 if any flag is left. Usage: python bench/check_org_list.py [--all]"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from list_flags import report  # noqa: E402
from annotations.suggest.gazetteer import gazetteer  # noqa: E402
from annotations.suggest.name_words import ORG_HEADS, name_lists, zipf  # noqa: E402

FOLDER = ROOT / "resources" / "gazetteers"
COMMON = 3.5
WORD_ACRONYM = 4.5


def acronym(name: str) -> bool:
    """All capitals ("CBS", "AT&T") or capitals inside the word ("LinkedIn", "AfD", "eBay"): the gazetteer
    matches case-sensitively, so such a word never meets the common word it spells, and wordfreq, which folds
    case, says nothing about it."""
    letters = [c for c in name if c.isalpha()]
    return " " not in name and bool(letters) and (all(c.isupper() for c in letters)
                                                  or any(c.isupper() for c in letters[1:]))


def plain_word(name: str) -> str | None:
    """The word to look up for a one-word name: without a possessive ("Lowe's" is Lowe); None when other
    punctuation or digits are left ("Radio-Canada", "Canal+", "7-Eleven"), which wordfreq splits."""
    base = name.removesuffix("'s").removesuffix("’s")
    return base if base.isalpha() else None


def spells_word(name: str) -> bool:
    """An all-capital acronym of three to five letters that is also a frequent English word ("ICE", "NICE"), not
    one without a vowel that only wordfreq's case folding makes frequent ("NFL")."""
    return name.isalpha() and name.isupper() and 3 <= len(name) <= 5 and any(c in "AEIOU" for c in name) \
        and zipf(name.lower()) >= WORD_ACRONYM


def other_lists() -> dict[str, str]:
    """Name -> list file, for the lists of people and places next to this one (a missing file is skipped)."""
    found: dict[str, str] = {}
    for file in ("people_world.json", "places_world.json"):
        path = FOLDER / file
        if path.exists():
            for label, values in json.loads(path.read_text(encoding="utf-8")).items():
                if not label.startswith("_") and isinstance(values, list):
                    found.update({v: file for v in values if isinstance(v, str)})
    return found


def flags(names: list[str], known_orgs: set[str], known: dict[str, str]) -> tuple[dict[str, list[str]], list[str]]:
    """(reason -> flagged names, frequent acronyms to eye)."""
    elsewhere = other_lists()
    given, family = name_lists()
    found: dict[str, list[str]] = {}
    eye: list[str] = []

    def flag(reason: str, name: str) -> None:
        found.setdefault(reason, []).append(name)

    for name, count in Counter(names).items():
        if count > 1:
            flag("written twice", name)
    for name in dict.fromkeys(names):
        words = name.split()
        if name.startswith("The "):
            flag('starts with "The "', name)
        if name in known_orgs:
            flag("already in organisations.json", name)
        elif name in known:
            flag(f"gazetteer {known[name]}", name)
        if name in elsewhere:
            flag(f"in {elsewhere[name]}", name)
        if spells_word(name):
            flag(f"acronym spells a frequent word (Zipf >= {WORD_ACRONYM})", f"{name} ({zipf(name.lower()):.2f})")
        if len(words) == 1:
            capitals = all(c.isupper() for c in name if c.isalpha())
            if capitals and len(name) <= 2:
                flag("acronym of two letters", name)
            word = plain_word(name)
            if acronym(name) and zipf(name) >= COMMON:
                eye.append(f"{name} ({zipf(name):.2f})")
            if capitals or word is None:
                continue
            if not acronym(name) and zipf(word) >= COMMON:
                flag(f"common word (Zipf >= {COMMON})", f"{name} ({zipf(word):.2f})")
            if word in given:
                flag("given name", name)
            if word in family:
                flag("surname", name)
        elif len(words) == 2 and words[0] in given and words[1] in family and words[1] not in ORG_HEADS \
                and not acronym(words[1]):
            flag("reads as a person's name", name)
    return found, eye


def main() -> int:
    data = json.loads((FOLDER / "organisations_world.json").read_text(encoding="utf-8"))
    names: list[str] = data["ORG"]
    note: str = data.get("_note", "")
    kept_names = set(re.findall(r'"([^"]+)"', note))
    known_orgs = set(json.loads((FOLDER / "organisations.json").read_text(encoding="utf-8"))["ORG"])
    own = set(names)  # the gazetteer loads this list too: its own names are no clash
    known = {name: label for name, label in gazetteer().items() if name not in own or label != "ORG"}
    found, eye = flags(names, known_orgs, known)
    left, kept = report(found, kept_names)
    if "--all" in sys.argv[1:] and eye:
        print(f"acronyms and inner capitals to eye (frequent, not counted): {len(eye)}\n  " + ", ".join(eye))
    categories = data.get("_categories", {})
    total = sum(categories.values())
    print(f"{len(names)} names ({total} by _categories), {left} flags left, {kept} kept by _note, "
          f"{len(eye)} frequent acronyms (--all lists them)")
    if total != len(names):
        print("_categories does not add up to the list")
        return 1
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
