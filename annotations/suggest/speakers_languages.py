"""Speakers that the names around a reporting verb do not give (`suggest.languages`):

- Arabic, which has no capitals to find a name by and puts the verb first ("وقال المتحدث باسم الشركة
  يوناس ألبرشت إن …", "بحسب الوزيرة صوفيا راوتيو"): the words after the verb up to أن/إن, a comma or a
  colon, less the role before the name (المتحدث باسم الشركة, وزيرة الطاقة) — the name is what is left;
- a pronoun next to the verb ("Selon elle", "a-t-il ajouté", "fügte er hinzu", "Вона додала", "за її
  словами", an Arabic verb with no subject after it, "وأضافت أن"): whoever spoke before;
- a role after a German verb ("sagte der Minister", "so die Ministerin"): the person named earlier with
  that role ("Energieminister Karl Hedlund").
Pure functions over the text. Qt-free.
"""
from __future__ import annotations

import re
from typing import Final

from annotations.analysis import fold

PRONOUNS: Final[dict[str, frozenset[str]]] = {
           "uk": frozenset("він вона вони його її їхніми їх".split()),
           "ru": frozenset("он она они его её ее их".split()),
           "fr": frozenset("il elle ils elles lui eux".split()),
           "de": frozenset("er sie".split()),
           "ar": frozenset("هو هي هم".split()),
}
"""Subject (and, for "за її словами", possessive) pronouns that stand for who spoke before."""
_ARABIC_STOP: Final = re.compile(r"\s+(?:أن|إن|ان|بأن|لأن)(?!\w)|[،,:؛«\"“.]|\s+(?:في|على|عن|خلال|يوم|أمس|اليوم)(?!\w)")
_ARABIC_ROLES: Final = frozenset(fold(w) for w in """وزير وزيرة رئيس رئيسة مدير مديرة متحدث متحدثة المتحدث المتحدثة ناطق
           ناطقة نائب نائبة حاكم محافظ سفير سفيرة عضو السيد السيدة الدكتور الدكتورة الخبير الخبيرة المحلل المحللة
           مسؤول مسؤولة المسؤول المسؤولة زعيم زعيمة قائد الوزير الوزيرة الرئيس الرئيسة المدير المديرة باسم شركة لشركة
           الشركة مشغل مشغلة""".split())
_ARABIC_FUNCTION: Final = frozenset(fold(w) for w in "من إلى الى عن مع في على ثم قد لقد".split())


def arabic_speaker(text: str, after_verb: int, end: int) -> str | None:
    """The name after an Arabic reporting verb or attribution: "المتحدث باسم الشركة يوناس ألبرشت إن" ->
    "يوناس ألبرشت"; None when only a role or nothing follows ("وأضافت أن", "قالت الشركة إن")."""
    span = text[after_verb:end]
    stop = _ARABIC_STOP.search(span)
    words = [w for w in span[: stop.start() if stop else len(span)].split()
             if w.strip("\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u200b")][:7]  # a lone U+200F is no word
    verb = next((i for i, w in enumerate(words) if _reporting(w)), None)
    words = words[:verb] if verb is not None else words  # "… هيلينا براندت فقالت إن": the name ends at the verb
    if not words or fold(words[0]) in _ARABIC_FUNCTION:
        return None
    kept = list(words)
    while kept and _role_word(kept[0]):
        head = fold(kept[0])
        if head in ("باسم", "شركة", "لشركة") and len(kept) > 2 and not (head == "باسم" and _role_word(kept[1])):
            kept = kept[1:]  # "باسم Nordgrid", "لشركة نوردغريد": the organisation is part of the role
            # ("باسم شركة نوردغريد", "باسم الشركة": the next role word takes its own organisation)
        kept = kept[1:]
    had_role = len(kept) < len(words)
    cut = next((i for i in range(1, len(kept)) if fold(kept[i]) in _ARABIC_ROLES | _AFTER_NAME), len(kept))
    kept = kept[:cut]  # "محمد بن سلمان ولي العهد السعودي": the role after the name is not part of it
    particle = len(kept) > 2 and fold(kept[1]) in _PARTICLES
    if len(kept) > 3 or (len(kept) == 3 and not particle and not had_role):
        kept = kept[:3] if particle else kept[:2]
    plain = all(not w.startswith("ال") and fold(w) not in _ARABIC_FUNCTION and not _reporting(w) for w in kept)
    if not kept or not (any(name_like(w) for w in kept) or (plain and len(kept) >= 2 and (had_role or particle))):
        return None  # "حسب وثيقة اطّلعت عليها": a document, not a named source
    return " ".join(kept)


_PARTICLES: Final = frozenset(fold(w) for w in "بن بنت ابن".split())
"""Between a given name and the father's: "محمد بن سلمان" is one name of three words."""
_AFTER_NAME: Final = frozenset(fold(w) for w in "ولي نائب".split())
"""Role words that may follow a name in apposition ("ولي العهد السعودي")."""


def arabic_speaker_before(text: str, start: int, verb: int) -> str | None:
    """The name before an Arabic verb that follows its subject ("أمّا المديرة التنفيذية لشركة Nordgrid
    هيلينا براندت فقالت إن"): the words from أما (or the sentence start) to the verb, less the role."""
    span = text[start:verb]
    m = None
    for m in re.finditer(r"(?:^|\s)(?:أما|أمّا|اما)\s+", span):
        pass
    words = span[m.end() if m else 0:].split()
    if not words or len(words) > 9:
        return None
    return arabic_speaker(" ".join(words), 0, len(" ".join(words)))


def name_like(word: str) -> bool:
    """A word that can be part of a name in Arabic script: rare (a transliterated name: راوتيو) or a given
    name; Latin letters are a name written as such (Nordgrid)."""
    from wordfreq import zipf_frequency

    from annotations.name_keys import is_given_name

    return word.isascii() or zipf_frequency(word, "ar") < 3.5 or is_given_name(word)


def _reporting(word: str) -> bool:
    from annotations.suggest.languages import VERBS

    folded = fold(word)
    return folded in VERBS["ar"] or (folded[:1] in "وف" and folded[1:] in VERBS["ar"])


def _role_word(word: str) -> bool:
    folded = fold(word)
    return folded in _ARABIC_ROLES or folded.startswith(("ال", "لل")) or folded in _ARABIC_FUNCTION


def refers_back(lang: str, sentence: str, verb: int) -> bool:
    """Whether the verb's subject is a pronoun: one within two words of the verb or attribution ("Selon
    elle", "a-t-il ajouté", "sagte sie", "Вона додала"); in Arabic, a verb with no words before أن/إن."""
    if lang == "ar":
        if fold(sentence[verb:verb + 1]) == "ف" and sentence[:verb].strip():
            return False  # "أمّا … فقالت": the subject came before
        m = re.match(r"\S+\s*(?:(?:أن|إن|ان|بأن)(?!\w)|[،:«\"])", sentence[verb:])
        return m is not None
    near = sentence[max(0, verb - 20): verb + 40].lower()
    words = re.findall(r"[\w’']+", near.replace("-t-", " ").replace("-", " "))
    pronouns = PRONOUNS.get(lang, frozenset())
    position = len(re.findall(r"[\w’']+", sentence[max(0, verb - 20):verb].lower().replace("-", " ")))
    return any(w in pronouns for w in words[max(0, position - 2): position + 3])


LOOKBACK: Final = 3_000
"""How far back (characters) a role after a German verb looks for the person named with it."""
_GERMAN_ROLE_AFTER: Final = re.compile(r"\s*(?:der|die|des)\s+([A-ZÄÖÜ][a-zäöüß]+)")


def german_role_after(sentence: str, verb_end: int) -> str | None:
    """The role noun right after a German verb ("sagte der Minister" -> "Minister"), or None."""
    m = _GERMAN_ROLE_AFTER.match(sentence, verb_end)
    return m.group(1) if m else None


def named_with_role(text: str, before: int, role: str) -> str | None:
    """The last "…<role> Given Surname" written before `before` ("Energieministerin Sofia Rautio" for
    "Ministerin"), or None."""
    stem = role.lower().removesuffix("in")
    found = None
    window = text[max(0, before - LOOKBACK):before]  # the role's holder is named near (and text may be long)
    for m in re.finditer(r"(\w*)\s+([A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)", window):
        if stem and stem in m.group(1).lower():
            found = m.group(2)
    return found
