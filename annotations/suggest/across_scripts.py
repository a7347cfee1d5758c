"""Known entities in any script: a mention spelled otherwise than every name and alias the library has for
an entity — in another script ("Зелінський", "زيلينسكي" for Piotr Zielinski), another romanisation
("Kowaltschuk" for Kovalchuk) or a case form ("Зелінського") — is suggested as that entity. The exact
spellings are the library automaton's (`suggest.entities`); this adds the others, through the name keys of
`annotations.name_keys`. Qt-free.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Final

from rapidfuzz import fuzz, process

from annotations.name_keys import name_keys, same_name, script, surname_fits
from annotations.spellings import given_names_at, introduced_given_names, name_runs
from annotations.suggest import Suggestion

PREFILTER: Final = 60.0
"""rapidfuzz ratio of skeletons from which a word run is compared with a known name (`same_name` decides)."""


def suggest_known_across_scripts(text: str, known: Iterable[tuple[str, str, str]]) -> list[Suggestion]:
    """Entity suggestions for word runs of `text` that read as a known name (`known`: (name, type,
    canonical name) for every entity name and alias) but are spelled as none of them."""
    spellings: dict[str, tuple[str, str]] = {}
    for name, label, canonical in known:
        if name.strip():
            spellings.setdefault(name.strip(), (label, canonical))
    if not spellings:
        return []
    exact = {s.casefold() for s in spellings}
    keyed = [(name, key) for name in spellings for key in name_keys(name)]
    keyed += [(name, key) for name, (label, _) in spellings.items() if label == "PERSON" and " " in name
              for key in name_keys(name.split()[-1])]  # a lone surname in a case form ("Зеленського") is
    # compared with the surname: against the whole name's key it falls under the prefilter
    choices = [key for _, key in keyed]
    by_canonical: dict[str, set[str]] = defaultdict(set)
    for name, (_, canonical) in spellings.items():
        by_canonical[canonical].add(name)
    out: list[Suggestion] = []
    taken: list[tuple[int, int]] = []
    found = list(name_runs(text))
    runs = sorted(found, key=lambda r: (-(r[1] - r[0]), r[0]))  # longest first
    introduced: dict[str, set[str]] | None = None
    for start, end, run in runs:
        if run.casefold() in exact or any(s < end and start < e for s, e in taken):
            continue
        given: frozenset[str] = frozenset()
        if " " not in run:  # a lone surname: the given name the text puts before it must be the entity's
            if introduced is None:
                introduced = introduced_given_names(text, found)
            given = given_names_at(text, start, run, introduced)
        match = _best(run, keyed, choices, spellings,
                      lambda name: spellings[name][0] != "PERSON"
                      or surname_fits(run, given, by_canonical[spellings[name][1]]))
        if match is None:
            continue
        label, canonical = spellings[match]
        out.append(Suggestion("entity", start, end, run, label, name=canonical, source="library-script"))
        taken.append((start, end))
    return sorted(out, key=lambda s: s.start)


def _common_word(word: str) -> bool:
    """A word in Latin letters that English writes often (wordfreq Zipf >= 3, its possessive aside): spelled as it
    is, it is that word or a name spelled exactly — never another spelling of a known name."""
    from wordfreq import zipf_frequency

    bare = word.removesuffix("’s").removesuffix("'s")
    return script(bare) == "LATIN" and zipf_frequency(bare.lower(), "en") >= 3.0


def _best(run: str, keyed: list[tuple[str, str]], choices: list[str],
          spellings: dict[str, tuple[str, str]], fits: Callable[[str], bool]) -> str | None:
    """The known name `run` reads as, or None. A run of more words than the name is not it ("The Vesterby");
    one of fewer words is only a person's surname in another spelling ("Зелінський" for Piotr Zielinski —
    "Alder" is not "Port Alder", and "Zielinski" itself is the English suggester's)."""
    words = run.split()
    if len(words) == 1 and _common_word(words[0]):
        return None  # "More" is not Gordon Moore, "Meadow’s" not Debbie Meadows, "William" not a known "Wiliam"
    for key in sorted(name_keys(run)):
        for _, _, i in process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=PREFILTER, limit=10):
            name = keyed[i][0]
            parts = name.split()
            if len(words) > len(parts):
                continue
            if len(words) < len(parts) and (spellings[name][0] != "PERSON"
                                            or run.casefold() == " ".join(parts[-len(words):]).casefold()):
                continue
            if same_name(name, run) and (len(words) > 1 or fits(name)):
                return name
    return None
