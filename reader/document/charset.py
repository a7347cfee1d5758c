"""Bytes of a text file -> str, in the well-known order: a byte-order mark; strict UTF-8; UTF-8 with "�"
for a few bad bytes when the file is plainly UTF-8 otherwise; then a legacy code page. Web pages follow the same
rule, their declared charset heard first (`decode_markup`).

The legacy code page is decided by words, not by byte statistics alone. charset-normalizer (a dependency)
proposes the candidate code pages, but among single-byte Latin pages its ranking is close to noise: it read
French Latin-1 as Baltic cp1257 ("tr\u010ds", "d\u00e9j\u0105") and Polish cp1250 as cp1252. So every candidate reading —
windows-1252 first, as browsers do for unlabelled Western pages, then UTF-8 with replacements, KOI8, then the
detector's proposals — is scored by the share of its words holding non-ASCII letters that are words of some
language in wordfreq's small lists (also a dependency, shipped in the package): "tr\u00e8s" is French, "tr\u010ds" is
nothing. Chinese, Japanese and Korean put no spaces between words, so there it is the share of kana, ideographs
and hangul inside words of two or more characters of wordfreq's ja/zh/ko lists: Shift JIS read as Shift JIS
gives "委員会", "計画"; read as anything else, ideographs that seldom pair into words. The best score wins,
windows-1252 on a tie. When no reading makes words (a short file, stray bytes, a language or script the lists
lack): windows-1252 if its only non-ASCII characters are punctuation (“quotes”, dashes, €); else the detector's
guess when it recognised a language in it; else UTF-8 with "�" (the warning then says the encoding could not be
told, not "UTF-8 except for" bytes that are most of them) — bytes that are text in no code page we can tell
are shown as unreadable, not as invented letters.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import charset_normalizer
import wordfreq

from annotations.errors import DocumentError

DETECT_BYTES = 1_000_000
"""The detector sees the first megabyte (its verdict does not change past that; it is slow)."""
WORD_SAMPLE = 300
"""Distinct words with non-ASCII letters scored per candidate reading."""
MIN_WORD_SHARE = 0.2
"""A reading "makes words" when at least this share of those words are dictionary words. Right readings
score 0.8-1.0 (names and rare words are the misses; Romanian in cp1250, whose cedilla ş and ţ the
lists spell with a comma, 0.25), wrong ones about 0."""
DETECTOR_CANDIDATES = 6
ALWAYS_TRIED = ("cp1252", "utf-8", "cp1250", "koi8_r", "koi8_u")
"""Tried whatever the detector proposes, windows-1252 first (it wins ties). The detector proposes Shift JIS, not
KOI8, for a line of Russian in KOI8-R (its small letters are Shift JIS's half-width katakana)."""
_BOMS = (  # longest first: the UTF-32-LE mark begins with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "is", "ca", "pl", "cs", "sk", "hu",
              "ro", "sl", "sh", "tr", "lt", "lv", "id", "ms", "vi", "fil", "ru", "uk", "bg", "mk", "el", "he",
              "ar", "fa")
_CJK_LANGUAGES = ("ja", "zh", "ko")
_NAMES = {"cp1252": "Windows-1252 (Western European)", "cp1250": "Windows-1250 (Central European)",
          "cp1251": "Windows-1251 (Cyrillic)", "cp1253": "Windows-1253 (Greek)", "cp1254": "Windows-1254 (Turkish)",
          "cp1255": "Windows-1255 (Hebrew)", "cp1256": "Windows-1256 (Arabic)", "cp1257": "Windows-1257 (Baltic)",
          "koi8_r": "KOI8-R (Cyrillic)", "koi8_u": "KOI8-U (Cyrillic)", "cp932": "Shift JIS (Japanese)",
          "shift_jis": "Shift JIS (Japanese)", "shift_jis_2004": "Shift JIS (Japanese)", "euc_jp": "EUC-JP (Japanese)",
          "euc_jis_2004": "EUC-JP (Japanese)", "euc_jisx0213": "EUC-JP (Japanese)", "gb18030": "GB18030 (Chinese)",
          "gbk": "GBK (Chinese)", "gb2312": "GB2312 (Chinese)", "big5": "Big5 (Chinese)", "euc_kr": "EUC-KR (Korean)",
          "cp949": "EUC-KR (Korean)"}
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    """Python codec name of what was used ("utf-8", "cp1252", ...)."""
    warnings: tuple[str, ...] = ()


def decode_text(data: bytes, name: str) -> Decoded:
    """The file's text, how it was read, and what the reader should know about that."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom) and (codec != "utf-32-le" or len(data) % 4 == 0):
            return _with_replacements(data[len(bom):], codec, label, name)
    if b"\x00" in data[:8192]:
        raise DocumentError(f"“{name}” looks like a binary file, not text.")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    utf8 = data.decode("utf-8", errors="replace")
    bad = utf8.count(REPLACEMENT) - data.count(REPLACEMENT.encode())
    valid = len(utf8) - len(utf8.encode("ascii", errors="ignore")) - bad
    if bad <= valid // 10:  # a stray byte or two in a plainly UTF-8 file
        return _utf8_replaced(utf8, bad, name)
    chosen = _legacy_codec(data[:DETECT_BYTES], mostly_utf8=valid > bad)
    if chosen == "utf-8" and valid > bad:
        return _utf8_replaced(utf8, bad, name)
    if chosen == "utf-8":  # most of it unreadable: not "UTF-8 except for a few bytes"
        return Decoded(utf8, "utf-8", (f"“{name}” is in an encoding Dossier could not tell; {bad} unreadable byte "
                                       f"sequence(s) are shown as “{REPLACEMENT}”.",))
    label = _NAMES.get(chosen, chosen)
    try:
        return Decoded(data.decode(chosen), chosen, (f"“{name}” is not UTF-8; it was read as {label}.",))
    except UnicodeDecodeError:  # the sample read cleanly, a later part does not
        text = data.decode(chosen, errors="replace")
        return Decoded(text, chosen, (f"“{name}” is not UTF-8; it was read as {label}, with some bytes that are "
                                      f"not {label} shown as “{REPLACEMENT}”.",))


_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_PROLOG_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
DECLARATION_BYTES = 4096
"""Where a page's charset declaration is looked for (browsers look in the first 1,024 bytes; saved pages put a
comment or a long `<title>` first)."""
_AS_WINDOWS_1252 = frozenset(("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819",
                              "iso-ir-100", "windows-1252", "cp1252", "x-cp1252"))
"""Labels browsers read as windows-1252 (the WHATWG Encoding Standard): a page saying ISO-8859-1 uses its quotes."""
_XML_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")


def declared_codec(data: bytes) -> str | None:
    """The Python codec of the charset a page declares in its first bytes (`<meta charset>`, `<meta http-equiv
    content="…; charset=…">` or an XML prolog's encoding), None when it declares none Python knows."""
    head = data[:DECLARATION_BYTES]
    found = _META_CHARSET.search(head) or _PROLOG_ENCODING.match(head)  # (a browser reading HTML heeds the meta)
    if found is None:
        return None
    label = found.group(1).decode("ascii").lower()
    if label in _AS_WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_markup(data: bytes, name: str) -> Decoded:
    """A web page's bytes -> str, by the rule text files follow (`decode_text`) with the page's own word heard first:
    a byte-order mark; else the charset the page declares, when its bytes are valid in it (a page saying UTF-8
    whose bytes are not UTF-8 is not UTF-8); else the detection, with its warning. Left to lxml, a French page in
    windows-1252 without a declaration, or with a wrong one, was read as Baltic cp1257 ("d\u00e9j\u0105"), with no warning."""
    if any(data.startswith(bom) for bom, _, _ in _BOMS):
        return decode_text(data, name)
    declared = declared_codec(data)
    if declared not in (None, "utf-8") and not data.isascii():
        try:  # bytes past ASCII that are valid UTF-8 are UTF-8 whatever the page declares: valid in a code page
            text = data.decode("utf-8")  # too, a UTF-8 page declaring windows-1252 read "lâ€™Ã‰nergie" (a tester
        except UnicodeDecodeError:  # on the fixes, stop 59)
            pass
        else:
            return Decoded(text, "utf-8", (f"“{name}” declares {declared} but is UTF-8; it was read as UTF-8.",))
    if declared is not None and declared not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):  # (as browsers: a
        try:  # page read as ASCII bytes cannot be UTF-16)
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass
        else:
            return _declared_or_wordier(data, text, declared, name)
    return decode_text(data, name)


def _declared_or_wordier(data: bytes, text: str, declared: str, name: str) -> Decoded:
    """The page as it declares, unless that reading makes no words of any language and another code page's does: a
    Russian page in KOI8-R declaring windows-1251 decodes cleanly in both (every byte is a letter in each) and read
    "лХМХЯРП ГЮЪБХК" for "Министр заявил", unsaid (stop 59's Left). A page whose non-ASCII words are only names
    makes no words in any reading: its declaration stands."""
    if declared.startswith("utf") or data.isascii() or not _words(text) \
            or max(_word_share(text), _cjk_share(text)) >= MIN_WORD_SHARE:
        return Decoded(text, declared)
    chosen = _legacy_codec(data[:DETECT_BYTES])
    try:
        chosen = codecs.lookup(chosen).name
    except LookupError:
        return Decoded(text, declared)
    if chosen.startswith("utf") or chosen == declared:
        return Decoded(text, declared)
    try:
        other = data.decode(chosen)
    except UnicodeDecodeError:
        return Decoded(text, declared)
    said, label = _label(declared), _label(chosen)
    return Decoded(other, chosen, (f"“{name}” declares {said} but its words are {label}; it was read as {label}.",))


def _label(codec: str) -> str:
    return _NAMES.get(codec) or _NAMES.get(codec.replace("-", "_")) or codec


def without_encoding_declaration(text: str) -> str:
    """Decoded markup without its XML prolog's `encoding="…"`: once decoded, the text is no longer in it, and lxml
    refuses a str that declares one (trafilatura then parses the text's UTF-8 bytes as the declared encoding)."""
    return _XML_ENCODING.sub(r"\1", text, count=1)


def _utf8_replaced(text: str, bad: int, name: str) -> Decoded:
    return Decoded(text, "utf-8", (
        f"“{name}” is UTF-8 except for {bad} unreadable byte sequence(s), shown as “{REPLACEMENT}”.",))


def _with_replacements(data: bytes, codec: str, label: str, name: str) -> Decoded:
    text = data.decode(codec, errors="replace")
    bad = text.count(REPLACEMENT) - data.decode(codec, errors="ignore").count(REPLACEMENT)
    if not bad:
        return Decoded(text, codec)
    return Decoded(text, codec, (f"{bad} part(s) of “{name}” are not valid {label} and are shown as “{REPLACEMENT}”.",))


def _sample_reading(sample: bytes, codec: str) -> str | None:
    """The sample in `codec`, allowing a character cut in two at its end; None when it is not that codec."""
    for cut in range(4):
        try:
            return sample[:len(sample) - cut].decode(codec)
        except UnicodeDecodeError as exc:
            if exc.start < len(sample) - 4:
                return None
        except LookupError:
            return None
    return None


def _legacy_codec(sample: bytes, mostly_utf8: bool = False) -> str:
    """The code page of a file that is not UTF-8, judged on its first megabyte ("utf-8" for none: its bytes
    are then shown as "�"). `mostly_utf8`: it holds more valid UTF-8 characters past ASCII than bad sequences;
    when no reading makes words, that is a UTF-8 file with a few bad bytes — the detector's guess had read an English
    page with “quotes” and three stray bytes as cp857 ("ÿáÇ"), its language told by the ASCII alone."""
    matches = list(charset_normalizer.from_bytes(sample))
    best = matches[0] if matches else None
    readings: dict[str, str] = {}
    for codec in [*ALWAYS_TRIED, *(m.encoding for m in matches[:DETECTOR_CANDIDATES])]:
        if codec in readings:
            continue
        reading = sample.decode("utf-8", errors="replace") if codec == "utf-8" else _sample_reading(sample, codec)
        if reading is not None:
            readings[codec] = reading
    scores = {codec: max(_word_share(text), _cjk_share(text)) for codec, text in readings.items()}
    top = max(scores.values(), default=0.0)
    if top >= MIN_WORD_SHARE:
        return next(codec for codec, score in scores.items() if score == top)
    if "cp1252" in readings and not any(c.isalpha() for c in readings["cp1252"] if c > "\x7f"):
        return "cp1252"  # its only non-ASCII characters are punctuation: “quotes”, dashes, …, €
    if mostly_utf8:
        return "utf-8"
    if best is not None and best.coherence > 0 and best.encoding in readings:
        return str(best.encoding)
    return "utf-8"


def _is_edge(char: str) -> bool:
    return unicodedata.category(char)[0] in "PSZ" and char != REPLACEMENT


_FOREIGN_TOKEN = re.compile(r"[^\s]*[^\x00-\x7f][^\s]*")
WORD_SCAN_CHARS = 200_000
"""Words are looked for in the reading's first 200,000 characters (a megabyte took a second per reading)."""
MIN_WORD_CHARS = 3
"""Shorter words match some list by chance whatever the code page ("та", "í")."""


def _words(text: str) -> list[str]:
    """Distinct lower-cased words of 3+ characters (edge punctuation cut) that hold a non-ASCII character
    and a letter; a "�" counts as a letter (it stands for one that was lost)."""
    seen: dict[str, None] = {}
    for match in _FOREIGN_TOKEN.finditer(text, 0, WORD_SCAN_CHARS):
        raw = match.group()
        start, end = 0, len(raw)
        while start < end and _is_edge(raw[start]):
            start += 1
        while end > start and _is_edge(raw[end - 1]):
            end -= 1
        word = raw[start:end].lower()
        if len(word) < MIN_WORD_CHARS or word.isascii() or not any(c.isalpha() or c == REPLACEMENT for c in word):
            continue
        seen[word] = None
        if len(seen) >= WORD_SAMPLE:
            break
    return list(seen)


@cache
def _vocabulary(lang: str) -> frozenset[str]:
    try:
        return frozenset(wordfreq.get_frequency_dict(lang, wordlist="small"))
    except (LookupError, ValueError, OSError):
        return frozenset()


def _word_share(text: str) -> float:
    """Share of the reading's non-ASCII words that some language's word list knows (0 when it has none).
    A word with an apostrophe or hyphen counts when each part does ("l'économie")."""
    words = _words(text)
    if not words:
        return 0.0
    left = {w: [p for p in re.split(r"['’\-]", w) if p and not p.isascii()] or [w] for w in words}
    known = 0
    for lang in _LANGUAGES:
        vocabulary = _vocabulary(lang)
        for word in [w for w, parts in left.items() if all(p in vocabulary for p in parts)]:
            del left[word]
            known += 1
        if not left:
            break
    return known / len(words)


_CJK_RUN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff66-\uff9f]+")
"""Kana, ideographs and hangul; half-width katakana too, which the word lists never hold, so that Cyrillic bytes
read as Shift JIS (KOI8-R's small letters are its half-width katakana) count as characters that make no words."""
CJK_SCAN_CHARS = 20_000
"""Chinese, Japanese and Korean words are looked for in the reading's first 20,000 characters."""
MIN_CJK_CHARS = 8
"""Fewer such characters are too few to judge (a pair of accented letters in a Latin text read as GBK)."""
CJK_LONGEST_WORD = 6


@cache
def _cjk_vocabulary() -> frozenset[str]:
    """The Japanese, Chinese and Korean lists' words of two or more characters (almost every single character
    is a word, in right and wrong readings alike)."""
    return frozenset(word for lang in _CJK_LANGUAGES for word in _vocabulary(lang) if len(word) >= 2)


def _covered(run: str, vocabulary: frozenset[str]) -> int:
    """How many characters of `run` lie in its words of 2+ characters, taking the longest word at each point."""
    covered = start = 0
    while start < len(run):
        size = next((size for size in range(min(CJK_LONGEST_WORD, len(run) - start), 1, -1)
                     if run[start:start + size] in vocabulary), 1)
        covered += size if size > 1 else 0
        start += size
    return covered


def _cjk_share(text: str) -> float:
    """Share of the reading's Chinese, Japanese and Korean characters that lie in words of wordfreq's ja/zh/ko
    lists (0 under MIN_CJK_CHARS). Those scripts put no spaces between words, so `_words` sees a line as one
    word; a wrong reading gives ideographs that seldom pair into words (right ones score 0.6-0.9)."""
    vocabulary = _cjk_vocabulary()
    total = covered = 0
    for match in _CJK_RUN.finditer(text, 0, CJK_SCAN_CHARS):
        total += len(match.group())
        covered += _covered(match.group(), vocabulary)
    return covered / total if total >= MIN_CJK_CHARS else 0.0
