"""Review aid for resources/gazetteers/people_world.json (run by hand, not a test): every name in that list is
marked as a person wherever it occurs capitalised, so a name that is also a common word, a place or an
organisation must not be in it. Prints, per reason, the names to review:

- MONONYMS with wordfreq Zipf >= 3.0 ("Prince", "Drake"), MONONYMS the shipped gazetteer knows as a place (or as
  anything else), MONONYMS in the shipped given-name or surname lists ("Adele", "Pelé");
- PERSON entries of one word (they belong in MONONYMS), entries starting with a title ("President", "Queen",
  "Prince", "Sir", "Pope" ...), entries that are organisations (organisations.json, organisations_world.json)
  or that the gazetteer knows as a place, nationality, region or event;
- names written twice (within a list or in both).

A flagged name may stay only if the list's `_note` names it (in double quotes, after the words "kept although
flagged") with why; those are printed apart as "kept". Names quoted earlier in the note (examples of what was left
out) keep nothing. With --all, also prints (not counted as flags) full names whose last word ends names of
organisations or places ("Gabrielle Union"), to eye. Prints the counts per category. Exit status 1 if any
flag is left or the category counts do not add up. Usage: python bench/check_people_list.py [--all]"""
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
from annotations.suggest.name_words import ORG_HEADS, PLACE_HEADS, name_lists, zipf  # noqa: E402

FOLDER = ROOT / "resources" / "gazetteers"
COMMON = 3.0
TITLES = frozenset("Mr Mr. Mrs Mrs. Ms Ms. President King Queen Prince Princess Pope Sir Lord Lady Dame Dr Dr. "
                   "General Gen. Saint St. St Sheikh Emperor Empress Tsar Ayatollah Cardinal Archbishop Rev. "
                   "Reverend Senator Sen. Governor Gov.".split())


def word_of(name: str) -> str | None:
    """The word to look up in wordfreq for a mononym; None when punctuation or digits are left."""
    return name if name.replace("-", "").replace("'", "").isalpha() else None


def flags(people: list[str], mononyms: list[str], orgs: set[str], known: dict[str, str]) -> dict[str, list[str]]:
    """Reason -> flagged names."""
    given, family = name_lists()
    found: dict[str, list[str]] = {}

    def flag(reason: str, name: str) -> None:
        found.setdefault(reason, []).append(name)

    for label, names in (("PERSON", people), ("MONONYMS", mononyms)):
        for name, count in Counter(names).items():
            if count > 1:
                flag(f"written twice in {label}", name)
    for name in set(people) & set(mononyms):
        flag("in both PERSON and MONONYMS", name)
    for name in dict.fromkeys(mononyms):
        if " " in name:
            flag("MONONYM of more than one word", name)
        word = word_of(name)
        if word is not None and zipf(word) >= COMMON:
            flag(f"MONONYM common in English (Zipf >= {COMMON})", f"{name} ({zipf(word):.2f})")
        if name in known:
            flag(f"MONONYM the gazetteer knows as {known[name]}", name)
        if name in orgs:
            flag("MONONYM is an organisation", name)
        if name in given:
            flag("MONONYM in the given-name list", name)
        if name in family:
            flag("MONONYM in the surname list", name)
    for name in dict.fromkeys(people):
        words = name.split()
        if len(words) < 2:
            flag("PERSON of one word", name)
        if words and words[0] in TITLES:
            flag("PERSON starts with a title", name)
        if name in orgs:
            flag("PERSON is an organisation", name)
        elif name in known:
            flag(f"PERSON the gazetteer knows as {known[name]}", name)
        if not re.fullmatch(r"[\w.'’\- ]+", name):
            flag("PERSON with odd characters", name)
    return found


def main() -> int:
    data = json.loads((FOLDER / "people_world.json").read_text(encoding="utf-8"))
    people: list[str] = data["PERSON"]
    mononyms: list[str] = data["MONONYMS"]
    note: str = data.get("_note", "")
    kept_names = set(re.findall(r'"([^"]+)"', note.partition("kept although flagged")[2] or note))
    orgs: set[str] = set()
    for file in ("organisations.json", "organisations_world.json"):
        orgs |= set(json.loads((FOLDER / file).read_text(encoding="utf-8"))["ORG"])
    known = {name: label for name, label in gazetteer().items() if label != "PERSON"}
    found = flags(people, mononyms, orgs, known)
    left, kept = report(found, kept_names)
    if "--all" in sys.argv[1:]:
        heads = [n for n in people if n.split()[-1] in ORG_HEADS | PLACE_HEADS]
        print(f"full names ending in an organisation or place head, to eye (not counted): {len(heads)}\n  "
              + ", ".join(heads))
    categories: dict[str, int] = data.get("_categories", {})
    for category, count in categories.items():
        print(f"{count:6d}  {category}")
    total = sum(categories.values())
    print(f"{len(people)} full names, {len(mononyms)} mononyms ({total} by _categories), {left} flags left, "
          f"{kept} kept by _note")
    if total != len(people) + len(mononyms):
        print("_categories does not add up to the lists")
        return 1
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
