"""Names across scripts and romanisations: "Zelenskyy", "Zelensky", "Selenskyj", "Зеленський", "Зеленский"
have one key, and near spellings ("Kovalchuk", "Kovaltchouk", "Kowaltschuk", "Ковальчук") the same or a
close one.

How: the name is transliterated to Latin letters by `anyascii` (any script; ISC licence), with a second
reading for Cyrillic г (Russian G, Ukrainian H: "Гелена" = "Helena"); each word is then reduced to a
skeleton that forgets what the romanisation systems disagree on (English/French/German spellings of the
same sounds: tsch = tch = ch, sch = sh, ou = u, w = v, kh = h, y = j = i, z = s, double letters) and a
Cyrillic case ending ("Зелінського" = "Зелінський"). Two names are the same when a skeleton is shared;
close when rapidfuzz's similarity of their skeletons passes a threshold. Arabic script writes few vowels,
so an Arabic name is compared on consonants. Pure functions, Qt-free.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

CLOSE = 90.0
"""Skeleton similarity (rapidfuzz ratio, 0-100) from which two names are taken as spellings of one."""
CONSONANT_CLOSE = 80.0
"""The same for names compared on consonants (one of them in Arabic script)."""

_REWRITES = (
    ("shch", "sc"), ("schtsch", "sc"), ("chtch", "sc"), ("sztch", "sc"),  # Щ
    ("tsch", "c"), ("tch", "c"), ("cz", "c"),  # Ч: German, French, Polish
    ("sch", "s"), ("sz", "s"), ("sh", "s"),  # Ш
    ("zh", "z"), ("kh", "h"), ("ch", "c"),  # Ж, Х; English ch = Ч
    ("ou", "u"), ("w", "v"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("x", "ks"), ("tz", "c"), ("ts", "c"),
    ("y", "i"), ("j", "i"), ("z", "s"),
)
_ENDINGS = re.compile(r"(?<=[a-z]{4})(?:ogo|oho|omu|oiu|ei|ami|ah|om|em|im|ih|oi|ui|a|u|e|i)$")
"""Cyrillic case endings, in skeleton letters: genitive, dative, instrumental, locative ("Зелінського",
"Ковальчука"), and the nominative -ий/-ій/-ый ("i" after the rewrites). Taken off both sides, only after
four letters."""
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ARABIC = re.compile("[\u0600-\u06ff]")


def _latin(name: str) -> list[str]:
    """The name in Latin letters: anyascii's reading, and for Cyrillic г the Ukrainian one (h)."""
    name = unicodedata.normalize("NFC", name)
    forms = [anyascii(name)]
    if _CYRILLIC.search(name) and re.search("[гГ]", name):
        forms.append(anyascii(re.sub("г", "х", re.sub("Г", "Х", name))))
    return forms


def _word_skeleton(word: str) -> str:
    for old, new in _REWRITES:
        word = word.replace(old, new)
    word = re.sub(r"(.)\1+", r"\1", word)  # double letters (and the ii of -skyy, -skii)
    word = re.sub(r"^i(?=[aeiou])", "", word)  # a leading glide: Yelena = Elena, Jonas = onas = Ionas
    word = re.sub(r"i(?=[aeou])", "", word) if len(word) > 4 else word  # Sofiya = Sofia = Sofja; Kiiev = Kiev
    return word


def skeleton(latin: str) -> str:
    """The romanisation-neutral form of a name already in Latin letters (lower case, words by spaces)."""
    words = re.findall(r"[a-z]+", latin.lower().replace("'", "").replace("`", ""))
    return " ".join(_word_skeleton(w) for w in words)


@lru_cache(maxsize=100_000)
def name_keys(name: str) -> frozenset[str]:
    """The skeletons of a name, one per reading ("Гелена Брандт" -> {"gelena brandt", "helena brandt"});
    a Latin "ch" is read both as English Ч and as German Х ("Albrecht" = "Альбрехт")."""
    forms = _latin(name)
    forms += [re.sub(r"(?<![tsTS])(ch|Ch)", "kh", f) for f in forms if re.search(r"(?<![tsTS])[cC]h", f)]
    return frozenset(k for k in (skeleton(form) for form in forms) if k)


def _uninflected(key: str) -> str:
    return " ".join(_ENDINGS.sub("", w) for w in key.split())


_FEMININE = re.compile(r"(?:[сзц]ьк|[сзц]к)(?:а|ая|ої|ой|ій|у|ую|ою)$|(?:sk|ck|zk)a$")
"""A Slavic feminine adjectival surname in any case (Зеленська, Зеленської, Зеленською, Зеленская,
Zelenska, Zielińska): not the masculine one (Зеленський, Zelenskyy), whose case forms ("Зеленського")
the ending rule would otherwise make one with it."""


def _bare(name: str, key: str) -> str:
    """A key with each word's case ending off (`_ENDINGS`), a feminine -ska surname kept feminine
    ("Зеленською" -> "selenska", not "selensk" as "Зеленського" and "Zelenskyy")."""
    words, parts = name.split(), key.split()
    if len(words) != len(parts):
        return _uninflected(key)
    return " ".join(re.sub(r"sk[a-z]*$", "ska", p) if _FEMININE.search(w.lower()) else _ENDINGS.sub("", p)
                    for w, p in zip(words, parts))


def word_keys(word: str) -> frozenset[str]:
    """The keys of one word of a name with its case ending off: "Зеленського", "Zelensky", "Selenskyj"
    -> {"selensk"} (a feminine -ska stays: "Зеленська" -> {"selenska"})."""
    return frozenset(_bare(word, k) for k in name_keys(word) if k and " " not in k)


def _script_class(word: str) -> str:
    return "c" if _CYRILLIC.search(word) else "a" if _ARABIC.search(word) else "l"


def warm_up() -> None:
    """Load the English word frequencies `_consonant_keys` reads (the first query with a short name loaded them)."""
    from wordfreq import zipf_frequency

    zipf_frequency("the", "en")


def _consonant_keys(word: str) -> frozenset[str]:
    """The consonant skeletons a word is compared on against Arabic script (ف read as v too). A word in
    other letters whose skeleton has two consonants only must be rare in English ("Rautio" is "rt", so is
    the word "rate")."""
    keys = {k for k in name_keys(word) if k and " " not in k} | set(word_keys(word))
    if _ARABIC.search(word):
        keys |= {k.replace("f", "v") for k in keys}
    out = {c for c in (_consonants(k) for k in keys) if len(c) >= 2}
    if not _ARABIC.search(word) and any(len(c) < 3 for c in out):
        from wordfreq import zipf_frequency

        if zipf_frequency(word, "en") >= 3.0:
            out = {c for c in out if len(c) >= 3}
    return frozenset(out)


@lru_cache(maxsize=100_000)
def index_keys(word: str) -> frozenset[str]:
    """The keys under which the search index files one spelling of a name (`names` field, "key|spelling"),
    so that a query word meets it by `query_keys` exactly when `similarity` would join them by a key:

    - the word's skeletons (`name_keys`): same skeleton, same name, in any script;
    - "~" + the uninflected skeleton for a Cyrillic spelling, "^" + it for the others: case endings are
      Cyrillic grammar, so they are taken off only when one of the two words is Cyrillic ("Petrova" does
      not find "Petrov", "Зеленського" finds "Zelenskyy");
    - "a#" + the consonants for an Arabic spelling, "n#" + them for the others: Arabic script writes few
      vowels, so a word meets another on consonants only when one of them is Arabic ("Rautio" finds
      "راوتيو"; no English word meets another English word this way)."""
    if not word:
        return frozenset()
    full = {k for k in name_keys(word) if k and " " not in k}
    kind = _script_class(word)
    keys = set(full) | {("~" if kind == "c" else "^") + b for b in word_keys(word)}
    keys |= {("a#" if kind == "a" else "n#") + c for c in _consonant_keys(word)}
    return frozenset(keys)


@lru_cache(maxsize=100_000)
def query_keys(word: str) -> frozenset[str]:
    """The keys a query word looks up in the `names` field (see `index_keys`): its skeletons; its
    uninflected skeleton among Cyrillic spellings (among all when it is Cyrillic itself); its consonants
    among Arabic spellings (among all when it is Arabic itself)."""
    if not word:
        return frozenset()
    full = {k for k in name_keys(word) if k and " " not in k}
    kind = _script_class(word)
    bare = word_keys(word)
    keys = set(full) | {"~" + b for b in bare} | ({"^" + b for b in bare} if kind == "c" else set())
    consonants = _consonant_keys(word)
    keys |= {"a#" + c for c in consonants} | ({"n#" + c for c in consonants} if kind == "a" else set())
    return frozenset(keys)


def _consonants(key: str) -> str:
    """Arabic script writes long vowels as و/ي (v, i here) and has no p: "Piotr" and بيوتر are "btr"."""
    return " ".join(re.sub("[aeiouvh]", "", w.replace("p", "b")) or w for w in key.split())


def similarity(a: str, b: str) -> float:
    """How alike two names are across scripts, 0-100: 100 when a key is shared (also once a case ending is
    taken off), else rapidfuzz's ratio of their closest keys (on consonants when one is Arabic script)."""
    keys_a, keys_b = name_keys(a), name_keys(b)
    if not keys_a or not keys_b:
        return 0.0
    # Case endings are Cyrillic grammar: in Latin letters "Meloni" is not "Melon" (but "Зеленского" = Zelensky).
    cyrillic = bool(_CYRILLIC.search(a) or _CYRILLIC.search(b))
    bare_a = {k: _bare(a, k) if cyrillic else k for k in keys_a}
    bare_b = {k: _bare(b, k) if cyrillic else k for k in keys_b}
    if keys_a & keys_b or set(bare_a.values()) & set(bare_b.values()):
        return 100.0
    best = max(min(fuzz.ratio(bare_a[x], bare_b[y]), fuzz.ratio(_bare(a, x), _bare(b, y)))
               for x in keys_a for y in keys_b)  # without Cyrillic, taking an ending off brings nothing closer
    if _ARABIC.search(a) or _ARABIC.search(b):
        consonant = max(fuzz.ratio(_consonants(x), _consonants(y)) for x in keys_a for y in keys_b)
        best = max(best, consonant * CLOSE / CONSONANT_CLOSE if consonant >= CONSONANT_CLOSE else 0.0)
    return float(min(best, 100.0))


GIVEN_NAME_CLOSE = 75.0
"""Across scripts, given names vary more than surnames (Piotr, Пётр = Petr; Олена, Елена = Elena): the
other words of a name pass from this similarity when the last word passes `CLOSE`. In one script they must
read the same (Maria Brandt is not Marta Brandt)."""


def script(name: str) -> str:
    """The writing system of a name's first letter outside Latin ("CYRILLIC", "ARABIC"...), else "LATIN"."""
    for ch in name:
        if ch.isalpha() and not ch.isascii():
            head = unicodedata.name(ch, "LATIN").split()[0]
            if head != "LATIN":
                return head
    return "LATIN"


SHORT = 7
"""Words whose skeleton is shorter than this must share a key: one letter apart is another word
("Brand", German for fire, is not "Brandt")."""


def _surname_alike(a: str, b: str, threshold: float) -> bool:
    score = similarity(a, b)
    keys_a, keys_b = name_keys(a), name_keys(b)
    if min(len(k) for k in keys_a | keys_b) >= SHORT:
        return score >= threshold
    if _ARABIC.search(a) or _ARABIC.search(b):  # short: the consonants must be the same
        return score >= 100.0 and bool({_consonants(_uninflected(k)) for k in keys_a}
                                       & {_consonants(_uninflected(k)) for k in keys_b})
    return score >= 100.0


def same_name(a: str, b: str, threshold: float = CLOSE) -> bool:
    """Whether `a` and `b` read as spellings of one name (see `similarity`), word by word: the last words
    (surnames) must pass `threshold`, the others too within one script, `GIVEN_NAME_CLOSE` across scripts.
    A lone word matches a full name's last word ("Зеленський" ~ "Volodymyr Zelenskyy")."""
    words_a, words_b = a.split(), b.split()
    if not words_a or not words_b:
        return False
    if len(words_a) != len(words_b):
        if min(len(words_a), len(words_b)) != 1:
            return False
        return _surname_alike(words_a[-1], words_b[-1], threshold)
    if not _surname_alike(words_a[-1], words_b[-1], threshold):
        return False
    others = GIVEN_NAME_CLOSE if script(a) != script(b) else threshold
    return all(similarity(x, y) >= others for x, y in zip(words_a[:-1], words_b[:-1]))


def first_letter_agrees(a: str, b: str) -> bool:
    """A cheap guard for fuzzy candidates: the skeletons start alike (s/z, c/k, g/h, i/j/e being one)."""
    classes = str.maketrans("zkgjye", "schiii")
    heads_a = {k[:1].translate(classes) for k in name_keys(a)}
    heads_b = {k[:1].translate(classes) for k in name_keys(b)}
    return bool(heads_a & heads_b)


@lru_cache(maxsize=1)
def _given_name_keys() -> tuple[frozenset[str], frozenset[str]]:
    """The uninflected skeletons of the shipped given names (resources/gazetteers/first_names.txt, 35,000
    names), and their consonant skeletons of three letters or more (for Arabic script)."""
    from annotations.resources import resource

    lines = (resource("gazetteers") / "first_names.txt").read_text(encoding="utf-8").splitlines()
    keys = {_uninflected(skeleton(line)) for line in lines if line and not line.startswith("#")}
    keys.discard("")
    return frozenset(keys), frozenset(c for c in (_consonants(k) for k in keys) if len(c) >= 3)


@lru_cache(maxsize=100_000)
def is_given_name(word: str) -> bool:
    """Whether a word reads as a given name in any script ("Piotr", "Пйотр", "Владимиром", بيوتر): its
    skeleton is a shipped given name's; in Arabic script (few vowels written) its consonants are, three or
    more, and it is not a frequent Arabic word (قال "said" has the consonants of Kyle)."""
    word = word.strip()
    if not word or " " in word or word.casefold() in _HONORIFICS:
        return False
    keys, consonant_keys = _given_name_keys()
    own = {_uninflected(k) for k in name_keys(word)} | set(name_keys(word))
    if not _ARABIC.search(word):
        return bool(own & keys)
    from wordfreq import zipf_frequency

    if zipf_frequency(word, "ar") >= 3.0:
        return False  # a frequent Arabic word (رئيس "head", قال "said"), not a name
    arabic = {_consonants(k) for k in own} | {_consonants(k.replace("f", "v")) for k in own}  # ف for v
    return bool(own & keys or arabic & consonant_keys)


_HONORIFICS = frozenset("пан пані панна господин госпожа господар мистер мисс мадам сеньор".split())
"""Forms of address that the given-name list also holds ("Пан", "Господин")."""


def given_names_agree(given: Iterable[str], names: Iterable[str]) -> bool:
    """Whether a given name the text puts before a surname (`given`, any of them) can be the given name of
    an entity known as `names`: it reads as the first word of one of them (`GIVEN_NAME_CLOSE` across
    scripts, `CLOSE` within one). An entity known by its surname only agrees with no given name."""
    firsts = [n.split()[0] for n in names if len(n.split()) >= 2]
    for g in given:
        for f in firsts:
            threshold = GIVEN_NAME_CLOSE if script(g) != script(f) else CLOSE
            if similarity(g, f) >= threshold:
                return True
    return False


def surname_fits(word: str, given: Iterable[str], names: Iterable[str]) -> bool:
    """Whether a lone surname `word` the text writes after the given names `given` (none: it stands
    alone) can be an entity known as `names`: with no given name, yes; with one, it must agree with the
    entity's (`given_names_agree`: "بيوتر زيلينسكي" is not Volodymyr Zelenskyy); an entity known by its
    surname only fits when the surname shares its skeleton, not only its consonants or a fuzzy score."""
    given, names = list(given), list(names)
    if not given:
        return True
    if given_names_agree(given, names):
        return True
    if any(len(n.split()) >= 2 for n in names):
        return False
    return any(same_key(word, n) for n in names)


def same_key(a: str, b: str) -> bool:
    """Whether two words share an uninflected skeleton — no fuzzy or consonant-only reading ("Зеленскому"
    and "Зеленський" do; زيلينسكي and "Зеленський" only on consonants, so not)."""
    return bool({_bare(a, k) for k in name_keys(a)} & {_bare(b, k) for k in name_keys(b)})
