"""Is this a word? Answers from the document's own vocabulary plus `wordfreq`'s word lists, which ship
inside the PyPI package (no download at run time). Used to join line-end hyphenation and to notice a
text layer that is not language at all (broken font encodings).

wordfreq's lists are built from Wikipedia, subtitles, news, books and web text; a word whose Zipf
frequency is at least `DICTIONARY_ZIPF` (about once per 10 million words) counts as a word. Lower than
that the lists hold run-together compounds ("wellknown" 1.6) that are not what an author wrote.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

import wordfreq

from reader.document.damage import Repair, repair_warning
from reader.document.formats import FIXED_LAYOUT  # (a reflowed book's empty page is no news)

DICTIONARY_ZIPF = 2.0
LINE_HYPHEN = "-\x00"
"""How the page rule marks a hyphen that ended a printed line (controls never survive into the text)."""

GARBLED_RATIO = 0.35
"""A page whose words are dictionary words less often than this may be garbled. Real prose scores
0.8-0.95 against the small lists, dense jargon and reference lists about 0.6, shifted or unmapped glyph
codes 0-0.2 — but so do languages wordfreq lacks (Welsh, Basque, Estonian: about 0.1)."""
CERTAINLY_GARBLED = 0.06
"""Below this share of dictionary words a page is garbled whatever its letters look like."""
VOWEL_SHARE = (0.30, 0.55)
"""Written languages have 30-55% vowels among their letters (Czech 36%, English 38%, Welsh 39%);
letters shifted by a broken font encoding mostly fall outside (Caesar-3 French 19%). Between
`CERTAINLY_GARBLED` and `GARBLED_RATIO` a page is garbled only when its vowels are off too."""
_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœąęėįųūıőűăâîșțαεηιουωάέήίόύώаеёиоуыэюяіїєѣ")
GARBLE_MIN_WORDS = 25
SAMPLE_CHARS = 2_000
SAMPLE_WORDS = 200
"""Each page is judged on its first words: enough for the statistic, cheap enough to run whenever a
document is shown (about 0.3 ms a page)."""
GARBLE_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "pl", "cs", "hu", "ro",
                    "tr", "id", "ca", "ru", "uk", "bg", "el", "vi", "lt", "lv", "sk", "sl", "sh", "is", "ms",
                    "fil", "mk")
"""wordfreq's languages written in Latin, Greek or Cyrillic letters. Only words in those scripts are
tested: a page in Chinese, Arabic, Hindi... gets no verdict rather than a false alarm."""

_WORD = re.compile(r"[^\W\d_]+")
_BREAK = re.compile(r"([^\W\d_]+)-\x00([^\W\d_]+)?")


@cache
def _frequencies(lang: str, wordlist: str) -> dict[str, float]:
    try:
        return dict(wordfreq.get_frequency_dict(lang, wordlist=wordlist))
    except (LookupError, ValueError, OSError):
        return {}


def in_dictionary(word: str, lang: str = "en") -> bool:
    """`word` (lower case) is a common enough word of `lang` in wordfreq's large list."""
    freq = _frequencies(lang, "large").get(word)
    return freq is not None and wordfreq.freq_to_zipf(freq) >= DICTIONARY_ZIPF


def document_language(texts: Sequence[str]) -> str:
    """The wordfreq language whose small list knows most of the document's first words ("en" when
    English already knows 70% of them, or when nothing is known)."""
    sample = [w for t in texts[:20] for w in words(t[:SAMPLE_CHARS])[:50]][:400]
    if not sample:
        return "en"
    best, best_hits = "en", 0.0
    for lang in GARBLE_LANGUAGES:
        known = _frequencies(lang, "small")
        hits = sum(1 for w in sample if w in known) / len(sample)
        if hits > best_hits:
            best, best_hits = lang, hits
        if lang == "en" and hits >= 0.7:
            break
    return best


def dehyphenate(texts: Sequence[str], lang: str | None = None) -> list[str]:
    """The page texts with every line-end hyphen (`LINE_HYPHEN`) resolved: the two halves are joined
    when the joined word is a word — it occurs whole elsewhere in the document or is in the dictionary —
    and the hyphenated form is not itself used elsewhere; otherwise the hyphen stays ("treatment-
    experienced"). Lengths change only by the removed hyphens and markers. The dictionary is `lang`'s,
    by default the document's own language (`document_language`)."""
    if not any(LINE_HYPHEN in t for t in texts):
        return list(texts)
    language = lang or document_language([t.replace(LINE_HYPHEN, "-") for t in texts])
    plain = "\n".join(texts).replace(LINE_HYPHEN, " ").lower()
    vocabulary = set(_WORD.findall(plain))
    compounds = set(re.findall(r"[^\W\d_]+-[^\W\d_]+", plain))

    def resolve(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        if right is None or not right[0].islower():
            return left + "-"
        joined = (left + right).lower()
        if f"{left}-{right}".lower() in compounds:
            return f"{left}-{right}"
        if joined in vocabulary or in_dictionary(joined, language):
            return left + right
        return f"{left}-{right}"

    return [_BREAK.sub(resolve, t).replace("\x00", "") if "\x00" in t else t for t in texts]


_TESTED_SCRIPT = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0370-\u03FF\u0400-\u04FF]+")


def words(text: str) -> list[str]:
    """Runs of three or more Latin, Greek or Cyrillic letters, lower-cased: what the garble test looks at."""
    return [w.lower() for w in _WORD.findall(text) if len(w) >= 3 and _TESTED_SCRIPT.fullmatch(w)]


def dictionary_hits(tokens: Iterable[str]) -> float:
    """Share of `tokens` found in the best-matching language's small word list (0..1)."""
    tokens = list(tokens)
    if not tokens:
        return 1.0
    best = 0.0
    for lang in GARBLE_LANGUAGES:
        known = _frequencies(lang, "small")
        hits = sum(1 for t in tokens if t in known) / len(tokens)
        best = max(best, hits)
        if best >= 0.6:
            break
    return best


def garbled_pages(page_texts: Sequence[str]) -> list[int]:
    """Indexes of pages with enough words whose words are mostly not words of any language we know. A page
    whose words are mostly in a script we do not test (Arabic, Chinese…) gets no verdict: its few Latin words
    are names ("Nordgrid" ten times in an Arabic article), not a sample of its language."""
    out = []
    for index, text in enumerate(page_texts):
        sample = text[:SAMPLE_CHARS]
        if _junk(sample):
            out.append(index)
            continue
        tokens = words(sample)[:SAMPLE_WORDS]
        if len(tokens) < GARBLE_MIN_WORDS:
            continue
        if len(tokens) < SAMPLE_WORDS and 2 * len(tokens) < sum(1 for w in _WORD.findall(sample) if len(w) >= 3):
            continue
        hits = dictionary_hits(tokens)
        if hits < CERTAINLY_GARBLED or (hits < GARBLED_RATIO and not _vowels_plausible(tokens)):
            out.append(index)
    return out


_JUNK = re.compile("[\ufffd\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff]")
JUNK_SHARE = 0.05
"""Share of a page's visible characters that are "�", control characters or private-use code points past which the
page is bytes shown as text, not words: a scrambled EPUB chapter read as "�5�;j�B$S…" had too few letters for the
word test to judge (stop 59). Symbol-font bullets in a PDF stay near 1%."""
JUNK_MIN_CHARS = 40


def _junk(sample: str) -> bool:
    visible = len(sample) - sum(1 for c in sample if c.isspace())
    return visible >= JUNK_MIN_CHARS and len(_JUNK.findall(sample)) > JUNK_SHARE * visible


def _vowels_plausible(tokens: list[str]) -> bool:
    letters = "".join(tokens)
    share = sum(1 for c in letters if c in _VOWELS) / max(1, len(letters))
    return VOWEL_SHARE[0] <= share <= VOWEL_SHARE[1]




def text_layer_warnings(text: str, page_spans: Sequence[tuple[int, int]] = (), fmt: str = "pdf",
                        repair: Repair | None = None) -> tuple[str, ...]:
    """What the reader should know about a paged document's text layer: a damaged file MuPDF repaired (`repair`),
    pages that look garbled, and in a fixed layout (`fmt`) pages with none."""
    empty = empty_pages_warning(text, page_spans, repair) if fmt in FIXED_LAYOUT else ""
    damaged = repair_warning(repair) if repair is not None else ""
    return tuple(w for w in (damaged, garbled_warning(text, page_spans, fmt), empty) if w)


def empty_pages_warning(text: str, page_spans: Sequence[tuple[int, int]] = (), repair: Repair | None = None) -> str:
    """The warning for pages with no text at all in a document that has some ("" when none): a scanned page among
    typeset ones, or pages a damaged file lost. They opened blank without a word, where a wholly scanned PDF is
    refused with a sentence (an outside tester, stop 56). In a repaired file a page holding nothing at all (no
    image either) was lost, not scanned, and is said to be so (stop 59: the lost half of a file cut short was
    called "a scanned image")."""
    spans = list(page_spans)
    empty = [i for i, (s, e) in enumerate(spans) if not text[s:e].strip()]
    if not empty or len(empty) == len(spans):
        return ""
    lost = [i for i in empty if repair is not None and i in repair.blank]
    scanned = [i for i in empty if i not in lost]
    said = []
    if lost:
        said.append(f"{_pages(lost).capitalize()} could not be read (the file is damaged): nothing of "
                    f"{'them' if len(lost) > 1 else 'it'} is in the text.")
    if scanned:
        said.append(f"{_pages(scanned).capitalize()} {'have' if len(scanned) > 1 else 'has'} no text layer (a "
                    "scanned image, a picture, or a damaged file): nothing there can be read, searched or marked.")
    return " ".join(said)


def _pages(indexes: list[int]) -> str:
    """"page 2" or "pages 6, 7, 8" (1-based; the first eight, then "…")."""
    shown = ", ".join(str(i + 1) for i in indexes[:8]) + (", …" if len(indexes) > 8 else "")
    return f"page{'s' if len(indexes) > 1 else ''} {shown}"


def garbled_warning(text: str, page_spans: Sequence[tuple[int, int]] = (), fmt: str = "pdf") -> str:
    """The warning to show on a paged document (PDF, XPS, EPUB) whose text looks garbled, or "" when it looks like
    language. Per page (a few broken fonts are common). A document without pages (plain text, HTML, Markdown) is
    what the author wrote, never "garbled". A reflowed book's pages are only screens, so its warning quotes the text
    just before the garbled part instead (a damaged or scrambled chapter's junk said nothing; stop 59)."""
    spans = list(page_spans)
    bad = garbled_pages([text[s:e] for s, e in spans]) if spans else []
    if not bad:
        return ""
    if fmt not in FIXED_LAYOUT:
        before = " ".join(text[:spans[bad[0]][0]].split())[-32:].lstrip()  # (the garbled text itself is no quote)
        where = f"after “…{before}”" if before else "from its start"
        return (f"Part of the book's text looks garbled ({where}): a chapter may be damaged or scrambled, and what "
                "it says there cannot be trusted.")
    if len(bad) == len(spans):
        return "The text layer looks garbled (every page): highlights may not match what you see."
    shown = ", ".join(str(i + 1) for i in bad[:8]) + (", …" if len(bad) > 8 else "")
    plural = "s" if len(bad) > 1 else ""
    return f"The text layer of page{plural} {shown} looks garbled: highlights may not match what you see."
