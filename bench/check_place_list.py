"""Review aid for resources/gazetteers/places_world.json (run by hand, not a test): every name in that list is
marked as a place wherever it occurs capitalised, so a name that is also a common word, a person's name or an
organisation must not be in it. Prints, per reason, the names to review:

- single words with wordfreq Zipf >= 3.5 for the lowercased word ("Amazon", "Orange", "Spree"); only words of
  letters: wordfreq splits "Murray-Darling" or "O'Hare" and rates their parts, and an all-capitals acronym
  ("LAX") never meets the word it spells, the gazetteer matching case-sensitively;
- single words in the shipped given-name or surname lists ("Victoria", "Darling");
- names the shipped gazetteer already knows (GeoNames countries, capitals, cities, US states; regions.json and
  the other lists): duplicates to drop; those it knows as something other than a PLACE are listed apart;
- names that are organisations in resources/gazetteers/organisations_world.json or organisations.json;
- names starting with "The "/"the ", names written twice (case folded);
- two-word names that read as a person's (a given name, then a surname: "Chiang Mai", "Hoover Dam") and names
  written twice in different case ("SoHo", "Soho") are printed to eye, not counted as flags.

The gazetteer is built without this list, so the check says the same before and after the list is wired in.
A flagged name may stay only if the list's `_note` names it (in double quotes) with why; those are printed
apart as "kept". Exit status 1 if any flag is left. Usage: python bench/check_place_list.py [--all]"""
from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from list_flags import report  # noqa: E402
from annotations.suggest import gazetteer as gazetteer_module  # noqa: E402
from annotations.suggest.name_words import name_lists, zipf  # noqa: E402

FOLDER = ROOT / "resources" / "gazetteers"
LIST = FOLDER / "places_world.json"
COMMON = 3.5


def gazetteer_without_this_list() -> dict[str, str]:
    """The shipped gazetteer, built from a copy of the gazetteer folder in which this list is empty (so its own
    names are no duplicates once it is wired in)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "gazetteers"
        shutil.copytree(FOLDER, copy)
        (copy / LIST.name).write_text(json.dumps({"PLACE": []}), encoding="utf-8")
        saved = gazetteer_module.RESOURCES
        gazetteer_module.RESOURCES = copy
        gazetteer_module.gazetteer.cache_clear()
        try:
            return dict(gazetteer_module.gazetteer())
        finally:
            gazetteer_module.RESOURCES = saved
            gazetteer_module.gazetteer.cache_clear()


def organisations() -> set[str]:
    names: set[str] = set()
    for file in ("organisations_world.json", "organisations.json"):
        data = json.loads((FOLDER / file).read_text(encoding="utf-8"))
        names.update(name for label, values in data.items() if not label.startswith("_") for name in values)
    return names


def flags(names: list[str], orgs: set[str], known: dict[str, str]) -> dict[str, list[str]]:
    """Reason -> flagged names."""
    given, family = name_lists()
    found: dict[str, list[str]] = {}

    def flag(reason: str, name: str) -> None:
        found.setdefault(reason, []).append(name)

    for name, count in Counter(names).items():
        if count > 1:
            flag("written twice", name)
    for name in dict.fromkeys(names):
        words = name.split()
        if name != name.strip() or "  " in name or not name:
            flag("stray spaces", repr(name))
        if name.lower().startswith("the "):
            flag('starts with "The "', name)
        if name in orgs:
            flag("an organisation in organisations*.json", name)
        if name in known:
            flag("already in the gazetteer as PLACE (drop)" if known[name] == "PLACE"
                 else f"already in the gazetteer as {known[name]}", name)
        if len(words) == 1:
            if name.isalpha() and not name.isupper() and zipf(name.lower()) >= COMMON:
                flag(f"common word (Zipf >= {COMMON})", f"{name} ({zipf(name.lower()):.2f})")
            if name in given:
                flag("given name", name)
            if name in family:
                flag("surname", name)
    return found


def to_eye(names: list[str]) -> dict[str, list[str]]:
    """Reason -> names worth a look that are no flags: two words that read as a given name and a surname, and
    names written in two cases."""
    given, family = name_lists()
    eye: dict[str, list[str]] = {}
    for name in dict.fromkeys(names):
        words = name.split()
        if len(words) == 2 and words[0] in given and words[1] in family:
            eye.setdefault("reads as a person's name", []).append(name)
    for folded, count in Counter(name.casefold() for name in dict.fromkeys(names)).items():
        if count > 1:
            eye.setdefault("written in two cases", []).append(folded)
    return eye


def main() -> int:
    data = json.loads(LIST.read_text(encoding="utf-8"))
    names: list[str] = data["PLACE"]
    note: str = data.get("_note", "")
    kept_names = set(re.findall(r'"([^"]+)"', note))
    found = flags(names, organisations(), gazetteer_without_this_list())
    left, kept = report(found, kept_names)
    if "--all" in sys.argv[1:]:
        for reason, items in sorted(to_eye(names).items()):
            print(f"to eye, not counted ({reason}): {len(items)}\n  " + ", ".join(items))
    categories = data.get("_categories", {})
    total = sum(categories.values())
    print(f"{len(names)} names ({total} by _categories), {left} flags left, {kept} kept by _note")
    if total != len(names):
        print("_categories does not add up to the list")
        return 1
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
