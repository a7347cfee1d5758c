"""Search analysers per language: how a word of a non-English text is folded and stemmed for the index.

English text keeps its own analyser (`index_docs.build_schema`: Porter stemming, unchanged). A text in
another language is also indexed in the field of its language, `lang_<code>`, with that language's
analyser: words (Ukrainian and Russian apostrophes kept inside them, Arabic diacritics too), lower case,
folded (`fold`), then stemmed:

- Whoosh's own Snowball stemmers (`whoosh.lang`) for Danish, Dutch, Finnish, French, German, Hungarian,
  Italian, Norwegian, Portuguese, Romanian, Russian, Spanish and Swedish;
- the `snowballstemmer` package's Turkish, Polish, Czech, Greek, Catalan, Lithuanian... stemmers;
- for Arabic, Light10 light stemming (`arabic_stem`; Whoosh's Arabic stemmer is ISRI, a root extractor that
  makes وزير "minister" and وزر "burden" one word; Snowball's took the و of وزير for "and"), a word
  starting with و/ف indexed and looked up in both readings (`arabic_readings`);
- for Ukrainian, which has no Snowball stemmer, the light suffix stripping below (`ukrainian_stem`).

A text whose language has no stemmer (or is unknown) goes into `folded` (folded, not stemmed).
Queries do not know a document's language: each word is looked up in every language field the index
holds (`annotations.search`), each analysing it its own way.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
from whoosh.lang import stemmer_for_language

from annotations.combining_marks import COMBINING_MARKS
from annotations.name_keys import index_keys

WHOOSH_STEMMED = ("da", "de", "es", "fi", "fr", "hu", "it", "nl", "no", "pt", "ro", "ru", "sv")
SNOWBALL_STEMMED = {"ca": "catalan", "cs": "czech", "el": "greek", "eu": "basque",
                    "hy": "armenian", "id": "indonesian", "lt": "lithuanian", "pl": "polish", "sr": "serbian",
                    "et": "estonian", "ga": "irish", "fa": "persian", "hi": "hindi", "ne": "nepali",
                    "ta": "tamil", "tr": "turkish", "yi": "yiddish"}
STEMMED_LANGUAGES: tuple[str, ...] = tuple(sorted((*WHOOSH_STEMMED, *SNOWBALL_STEMMED, "ar", "uk")))
"""Languages with a field of their own (`lang_<code>`)."""
FOLDED_FIELD = "folded"

INVISIBLE_IN_WORDS = "\u00ad\u200b\u2060\ufeff\u200c\u200d"
"""Characters with no width inside a word, no part of it as search and find compare words: the soft hyphen (a
hyphenation point), the zero-width space (a line-break opportunity CMSs put in long words and URLs), the word
joiner, U+FEFF, and the zero-width non-joiner and joiner, which change how letters are drawn, not which word it is
(Persian "می‌خواهم", Sinhala "ශ්‍රී" were split into pieces at them; an outside tester on the fixes, stop 54)."""
_SPACED = "0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f"
"""Latin, Greek and Cyrillic letters and digits: scripts that part words with spaces. Between two of them a
zero-width space is inside a word; elsewhere it parts words — it is the word separator of Thai, Lao, Khmer and
Burmese, written without spaces (joining there made ภาษา and ไทย unfindable; an outside tester on the fixes, stop 53)."""
WORD_JOIN = rf"(?:[\u00ad\u2060\ufeff\u200c\u200d]|(?<=[{_SPACED}])\u200b(?=[{_SPACED}]))"
"""What may stand between two parts of one word and is no part of it (`INVISIBLE_IN_WORDS`, the zero-width space
only between letters of spaced scripts)."""
WORD_PATTERN = (rf"[\w{COMBINING_MARKS}\ufb1d-\ufdff\ufe70-\ufefe]+(?:(?:[.'’ʼ`]|{WORD_JOIN})"
                rf"[\w{COMBINING_MARKS}\ufb1d-\ufdff\ufe70-\ufefe]+)*")
"""Words with their combining marks (Arabic harakat, Hebrew points are not `\\w`), keeping "3.5", "U.S",
Ukrainian "п'ятниця", French "l'énergie" and a word with soft hyphens or zero-width spaces inside whole (`fold`
then takes the apostrophe out or the elision off, `plain_form` the invisible characters)."""
_APOSTROPHES = "'’ʼ`"
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # harakat, Quranic marks, tatweel
_HEBREW_POINTS = re.compile("[\u0591-\u05c7]")
_PRESENTATION = re.compile("[\ufb1d-\ufdff\ufe70-\ufeff]")
"""Arabic and Hebrew presentation forms (contextual glyph shapes, ligatures): folded to letters by NFKC."""
_FOLD_TABLE = str.maketrans({
    "ґ": "г", "ё": "е",  # Ukrainian ґ is often typed г; Russian ё is mostly written е
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",  # alef with hamza above/below, madda, wasla
    "ى": "ي", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي",  # alef maqsura, hamza on waw/ya; Persian kaf/ya
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i",
} | {chr(0xFF01 + i): chr(0x21 + i) for i in range(94)})  # full-width ASCII, as CJK text writes "ＩＭＦ", "１２月"
ELISIONS = frozenset({"l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
                      "dell", "all", "dall", "nell", "sull", "un", "quell", "nessun"})
"""French and Italian elided words before an apostrophe ("l'énergie", "dell'Europa"): dropped."""


_LIGATURES = re.compile("[\ufb00-\ufb06\ufb13-\ufb17]")
"""Latin (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) and Armenian ligature characters: one glyph for several letters, kept by many PDFs'
text layers and some web pages."""


_INVISIBLE = re.compile(f"[{INVISIBLE_IN_WORDS}]")


def plain_form(word: str) -> str:
    """A word without the typography that is no part of it, as find in the document (Ctrl+F) and `annotate
    --quote` compare it (`annotations.text_find`): soft hyphens and zero-width spaces out ("hy-phen-ated" with
    soft hyphens is "hyphenated", `INVISIBLE_IN_WORDS`) and ligatures spelled out ("ﬁnancial" is "financial").
    Every index analyser applies it."""
    if word.isascii():
        return word
    if _INVISIBLE.search(word):
        word = _INVISIBLE.sub("", word)
    if _LIGATURES.search(word):
        word = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), word)
    return word


_CYRILLIC_STRESS = re.compile("(?<=[\u0400-\u052f])[\u0300\u0301]")
"""A grave or acute left standing after a Cyrillic letter in composed (NFC) text: a stress mark of dictionaries and
teaching texts ("молоко́"), no part of the word. Letters that are letters of their own — Macedonian ѓ and ќ,
Bulgarian ѝ, й and ї — are single characters in NFC and stay (an outside tester on the fixes, stop 54)."""


def _is_latin(ch: str) -> bool:
    return ch.isascii() or "LATIN" in unicodedata.name(ch, "")


def fold(word: str) -> str:
    """One lower-case word as the index compares it: Latin accents off (é->e, but Cyrillic й, ї stay), full-width
    letters and digits made ASCII ("ｉｍｆ" -> "imf"), Arabic diacritics and tatweel off and alef forms made one,
    Hebrew points off, ґ->г, ё->е; inside a Cyrillic word the apostrophe (', ’, ʼ) goes ("п’ятниця" = "п'ятниця" =
    "пʼятниця"); before a Latin word an elision goes ("l'énergie" -> "energie")."""
    if any(a in word for a in _APOSTROPHES):
        head, rest = re.split(f"[{_APOSTROPHES}]", word, maxsplit=1)
        if head in ELISIONS and rest:
            word = rest
        word = "".join(ch for ch in word if ch not in _APOSTROPHES)
    if _PRESENTATION.search(word):  # a PDF's text layer may carry shaped forms: ﺷﺮﻛﺔ is شركة
        word = unicodedata.normalize("NFKC", word)
    word = _HEBREW_POINTS.sub("", _ARABIC_MARKS.sub("", word)).translate(_FOLD_TABLE)
    if not word.isascii():
        word = _CYRILLIC_STRESS.sub("", unicodedata.normalize("NFC", word))
        decomposed = unicodedata.normalize("NFD", word)
        out: list[str] = []
        for ch in decomposed:
            if unicodedata.combining(ch) and out and _is_latin(out[-1]):
                continue
            out.append(ch)
        word = unicodedata.normalize("NFC", "".join(out))
    return word


_UK_REFLEXIVE = ("ся", "сь")
_UK_ENDINGS = tuple(sorted({
    # nouns
    "а", "я", "о", "е", "є", "у", "ю", "і", "ї", "и", "ь", "ом", "ем", "єм", "ою", "ею", "єю", "ам", "ям",
    "ах", "ях", "ами", "ями", "ів", "їв", "ей", "ові", "еві", "єві", "ові", "ою", "ям",
    # adjectives, participles
    "ий", "ій", "ого", "його", "ому", "йому", "ім", "їм", "им", "ої", "ої", "ая", "яя", "ее", "еє", "их",
    "іх", "ими", "іми", "а", "е", "і", "ова", "ове", "ові", "ова", "ного", "ному", "ний", "на", "не", "ні",
    "них", "ними", "ну", "ною",
    # verbs
    "ти", "ть", "ать", "ять", "ити", "іти", "ати", "яти", "ємо", "емо", "имо", "ете", "єте", "ите", "уть",
    "ють", "ать", "ять", "ить", "іть", "ив", "ла", "ло", "ли", "ив", "ила", "ило", "или", "ав", "ала",
    "ало", "али", "ував", "увала", "ували", "юю", "ує", "ють", "ує", "ується",
}, key=len, reverse=True))
_UK_VOWELS = set("аеєиіїоуюя")


def ukrainian_stem(word: str) -> str:
    """A light Ukrainian stemmer (no Snowball one exists): the reflexive -ся/-сь, then the longest
    inflectional ending, keeping at least two letters after the first vowel. "угода", "угоди", "угоду",
    "угодою" -> "угод"; words in Latin letters or digits are left alone."""
    if len(word) < 4 or not any("\u0400" <= ch <= "\u04ff" for ch in word):
        return word
    first_vowel = next((i for i, ch in enumerate(word) if ch in _UK_VOWELS), len(word))
    minimum = min(len(word), max(first_vowel + 2, 3))
    for ending in _UK_REFLEXIVE:
        if word.endswith(ending) and len(word) - len(ending) >= minimum:
            word = word[: -len(ending)]
            break
    for ending in _UK_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= minimum:
            return word[: -len(ending)]
    return word


def _snowball(algorithm: str) -> Callable[[str], str]:
    import snowballstemmer

    stemmer = snowballstemmer.stemmer(algorithm)
    return lambda word: str(stemmer.stemWord(word))


_AR_ARTICLES = ("بال", "كال", "لل", "ال")
"""Light10 (Larkey, Ballesteros & Connell 2007; Lucene's ArabicStemmer): the definite article with its
clinging prepositions, then each suffix ها ان ات ون ين يه ية ه ة ي once, in this order
(اتفاقيات -> اتفاقي -> اتفاق)."""
_AR_CONJUNCTIONS = ("و", "ف")


def arabic_stem(word: str) -> str:
    """A light Arabic stem (`fold`ed word): the article off when two letters stay, the suffixes of
    `_AR_SUFFIXES` when three stay: الوزير, وزير -> وزير; طاقة, الطاقة -> طاق; محطة, محطات -> محط;
    أوكراني, الأوكراني -> اوكران. A leading و/ف ("and", "so") is not taken off here: it may be the word's
    own letter (وزير "minister"); `arabic_readings` gives both readings."""
    word = word.replace("ة", "ه") if word.endswith("ة") else word
    for article in _AR_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article):]
            break
    for suffix in ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"):  # ية and ة are يه and ه by now
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
    return word


def arabic_readings(word: str) -> tuple[str, ...]:
    """The stems of a word's readings: as written, and, when it starts with the conjunction و or ف and
    three letters or more follow, without it — when the rest is the more common word in Arabic (wordfreq)
    or the word is unknown: والطاقة -> والطاق and طاق, وقال -> وقال and قال, but وزارة "ministry" not
    زار "visited", وزير "minister" not زير. The index holds both and a query looks for either, so
    "and"+word is found by the word, and a word that starts with و itself stays whole (not وزر "burden")."""
    stems = [arabic_stem(word)]
    if word[:1] in _AR_CONJUNCTIONS and len(word) >= 4 and any("\u0600" <= ch <= "\u06ff" for ch in word):
        from wordfreq import zipf_frequency

        whole, rest = zipf_frequency(word, "ar"), zipf_frequency(word[1:], "ar")
        other = arabic_stem(word[1:])
        if (rest > whole or whole == 0.0) and other not in stems:
            stems.append(other)
    return tuple(stems)


@lru_cache(maxsize=None)
def stemmer(lang: str) -> Callable[[str], str] | None:
    """The stemming function of a language (primary subtag), or None when we have none."""
    if lang in WHOOSH_STEMMED:
        return stemmer_for_language(lang)
    if lang == "uk":
        return ukrainian_stem
    if lang == "ar":
        return arabic_stem
    if lang in SNOWBALL_STEMMED:
        return _snowball(SNOWBALL_STEMMED[lang])
    return None


class FoldFilter(Filter):
    """`fold` (after `plain_form`) on every token; tokens folded to nothing (a lone apostrophe, a mark) are
    dropped."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            t.text = fold(plain_form(t.text))
            if t.text:
                yield t


class PlainFormFilter(Filter):
    """`plain_form` on every token (soft hyphens out, ligatures spelled out): the English analysers' first
    step after lower case. Not a morphological change, so "did you mean" offers "financial", never "ﬁnancial"."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            t.text = plain_form(t.text)
            if t.text:
                yield t


class AccentFoldFilter(Filter):
    """`fold` on the English analysers' words: "café" is "cafe", "Überprüfen" "uberprufen", "Straße" "strasse",
    as in Ctrl+F and in the language fields. Marked morphological (like stemming), so the words "did you mean"
    offers keep the accents the texts write ("café", not "cafe"). An ASCII word is left as it is (nothing to
    fold: the English tokenizer keeps no apostrophe inside a word)."""

    is_morph = True

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            if not t.text.isascii():
                t.text = fold(t.text)
            if t.text:
                yield t


class LanguageStemFilter(Filter):
    """Stems every token with `stemmer(lang)`. Holds only the language code, so the schema Whoosh pickles
    into the index stays small and readable (stems are cached per language, not in the filter)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        if self.lang == "ar":
            yield from self._readings(tokens)
            return
        stem = stemmer(self.lang)
        cache = _STEMS.setdefault(self.lang, {})
        for t in tokens:
            if stem is not None and not t.stopped:
                text = t.text
                stemmed = cache.get(text)
                if stemmed is None:
                    stemmed = stem(text)
                    if len(cache) < STEM_CACHE:
                        cache[text] = stemmed
                t.text = stemmed
            yield t

    @staticmethod
    def _readings(tokens: Iterator[Any]) -> Iterator[Any]:
        """Arabic: a token per reading of the word (`arabic_readings`), at the word's position."""
        cache: dict[str, tuple[str, ...]] = _READINGS
        for t in tokens:
            if t.stopped:
                yield t
                continue
            text = t.text
            stems = cache.get(text)
            if stems is None:
                stems = arabic_readings(text)
                if len(cache) < STEM_CACHE:
                    cache[text] = stems
            for stem in stems:
                t.text = stem
                yield t


class NameKeyFilter(Filter):
    """Each word of a name as "key|spelling" (`annotations.name_keys.index_keys`): the `names` field lists, per key, the
    spellings the library's entities use, so a query word is looked up by its key and matched to the
    spellings it does not already match as a word ("Zelensky" -> "selensk|зеленський"). A word with two
    readings gives two tokens."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            spelling = t.text.lower()
            for key in sorted(index_keys(spelling)):
                t.text = f"{key}|{spelling}"
                yield t


class CjkBigramFilter(Filter):
    """Chinese and Japanese write no spaces between words, so a "word" of the tokeniser was a whole clause and
    only that clause could be found ("防洪" found nothing in "北京防洪屏障项目"; an outside tester, stop 52). Each run
    of Han, kana or Hangul becomes its characters and its overlapping pairs of characters, in turn (防, 防洪, 洪, 洪屏,
    屏 …), the usual index of CJK text without a dictionary (Lucene's CJKBigramFilter with unigrams); the query is
    analysed the same way, so a word of two or more characters matches its pairs in order, a single character (a
    one-character word, a surname) is found, and a hit marks every character of the word. Other text passes
    unchanged. Positions are renumbered so that phrases still match."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        shift = 0
        for t in tokens:
            if t.text.isascii() or not _CJK.search(t.text):  # (most words: one cheap test)
                if shift and getattr(t, "positions", False):
                    t.pos += shift
                yield t
                continue
            text, start, pos = t.text, getattr(t, "startchar", 0), getattr(t, "pos", 0) + shift
            first = True
            for run in _CJK_OR_NOT.finditer(text):
                piece = run.group(0)
                pieces = [(piece, run.start())] if not _CJK.match(piece) or len(piece) == 1 else \
                    [(piece[i:i + n], run.start() + i) for i in range(len(piece)) for n in (1, 2)
                     if i + n <= len(piece)]
                for word, at in pieces:
                    if not first:
                        shift += 1
                        pos += 1
                    first = False
                    t.text = word
                    if getattr(t, "positions", False):
                        t.pos = pos
                    if getattr(t, "chars", False):
                        t.startchar, t.endchar = start + at, start + at + len(word)
                    yield t


_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f"
_CJK = re.compile(f"[{_CJK_CHARS}]")
_CJK_OR_NOT = re.compile(f"[{_CJK_CHARS}]+|[^{_CJK_CHARS}]+")


def names_analyzer() -> Any:
    return RegexTokenizer(expression=WORD_PATTERN) | CjkBigramFilter() | NameKeyFilter()


NAMES_FIELD = "names"
STEM_CACHE = 100_000
_STEMS: dict[str, dict[str, str]] = {}
_READINGS: dict[str, tuple[str, ...]] = {}


def field_name(lang: str) -> str:
    """The index field of a language's stemmed words: "lang_ru"; the folded field when it has no stemmer."""
    return f"lang_{lang}" if lang in STEMMED_LANGUAGES else FOLDED_FIELD


def analyzer(lang: str = "") -> Any:
    """The Whoosh analyser of `lang`'s field: words, lower case, folded, stemmed (when it has a stemmer)."""
    chain = RegexTokenizer(expression=WORD_PATTERN) | CjkBigramFilter() | LowercaseFilter() | FoldFilter()
    return chain | LanguageStemFilter(lang) if stemmer(lang) is not None else chain
