"""Claim suggestions for articles in Ukrainian, Russian, French, German and Arabic: sentences with a
reporting verb of the language ("заявила", "заявил", "a déclaré", "sagte", "قال") or a direct quote in the
language's quotation marks, with the speaker guessed from the names around the verb. The English claim
suggester (`suggest.claims`) knows English verbs only; this runs for documents in these languages.

Sentences come from `sentencex` in the document's language; words are compared folded (`analysis.fold`:
Arabic diacritics and alef forms, apostrophes), and an Arabic conjunction و/ف before a verb is allowed.
Speakers: a known or suggested PERSON/ORG mention in the sentence closest to the verb, else the nearest
run of capitalised words (`spellings.name_runs`) that is not the sentence's first word alone. Qt-free.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from annotations.analysis import fold
from annotations.language import base_language
from annotations.name_keys import script
from annotations.spellings import name_runs
from annotations.suggest import Suggestion
from annotations.suggest.gazetteer import gazetteer

def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


VERBS: dict[str, frozenset[str]] = {
    "uk": _folded("""заявив заявила заявили заявляє сказав сказала сказали каже кажуть зазначив зазначила
        зазначили додав додала додали повідомив повідомила повідомили наголосив наголосила підкреслив
        підкреслила попередив попередила заперечив заперечила визнав визнала назвав назвала пообіцяв
        пообіцяла вимагав вимагала вимагали запевнив запевнила звинуватив звинуватила відмовився
        відмовилася"""),
    "ru": _folded("""заявил заявила заявили заявляет сказал сказала сказали говорит отметил отметила
        отметили добавил добавила сообщил сообщила сообщили сообщает подчеркнул подчеркнула предупредил
        предупредила предупредили заверил заверила назвал назвала обвинил обвинила потребовал потребовала
        отказался отказалась признал признала отверг отвергла пообещал пообещала"""),
    "fr": _folded("""déclaré dit affirmé répété ajouté indiqué annoncé estimé souligné averti assuré
        reconnu nié démenti refusé plaidé expliqué précisé rappelé dénoncé accusé promis déclare affirme
        estime souligne assure explique dénonce affirmant déclarant estimant"""),
    "de": _folded("""sagte sagt sagten erklärte erklärt erklärten betonte betont warnte warnt warnen
        bekräftigte bekräftigt bezweifelt bezweifelte fordert forderte kündigte räumte bestritt bestreitet
        versicherte versichert kritisierte kritisiert warf lehnte"""),
    "ar": _folded("""قال قالت قالوا أكد أكدت أضاف أضافت صرح صرحت أعلن أعلنت اتهم اتهمت
        طالب طالبت نفى نفت أوضح أوضحت أشار أشارت مشيرا مشيرة مشيرةً"""),
}
PHRASES: dict[str, tuple[str, ...]] = {
    "uk": ("за словами", "за її словами", "за його словами", "на думку"),
    "ru": ("по словам", "по её словам", "по ее словам", "по его словам", "по мнению"),
    "fr": ("selon", "d'après", "a-t-il", "a-t-elle"),
    "de": ("laut", "zufolge", "so"),
    "ar": ("حسب", "وفق", "بحسب", "وفقا"),
}
"""Attribution without a verb ("за її словами", "selon", "laut"): the sentence is a claim by whoever is named."""
_QUOTES = re.compile(r"«[^»]{3,}»|„[^“”]{3,}[“”]|“[^”]{3,}”|\"[^\"]{3,}\"")
_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670'’ʼ-]+")
LANGUAGES = tuple(VERBS)


def _verb_at(lang: str, words: list[re.Match[str]], sentence: str) -> int | None:
    """Offset (in the sentence) of the first reporting verb or attribution phrase, or None."""
    verbs = VERBS[lang]
    for m in words:
        word = fold(m.group().lower())
        if word in verbs or (lang == "ar" and word[:1] in "وف" and word[1:] in verbs):
            return m.start()
    lowered = sentence.lower()
    for phrase in PHRASES[lang]:
        at = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered)
        if at:
            return at.start()
    return None


def _speaker(lang: str, text: str, start: int, end: int, verb: int | None,
             mentions: list[Suggestion]) -> str | None:
    """Who says it: the known or suggested person/organisation in the sentence nearest the verb (outside
    quotes), else the nearest capitalised word run that is not only the sentence's first word."""
    inside = [(m.start(), m.end()) for m in _quotes(text, start, end)]

    def quoted(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in inside)

    if verb is None:
        return None  # a quote without a verb does not say whose it is
    anchor = start + verb
    after = bool(re.match(r"\s*[«„“\"]", text[start:end])  # «...», — заявила X: the speaker follows the verb
                 or re.search(r"[,»“\"]\s*[—–-]?\s*(?:a\s+|hat\s+)?$", text[start:anchor]))  # "..., sagte X"

    def side(a: int, b: int) -> bool:
        return (a >= anchor) if after else (b <= anchor)

    named = [m for m in mentions if start <= m.start and m.end <= end and m.type in ("PERSON", "ORG")
             and not quoted(m.start, m.end)]
    if named:
        best = min(named, key=lambda m: (not side(m.start, m.end), m.type != "PERSON", -len(m.exact.split()),
                                         min(abs(m.start - anchor), abs(m.end - anchor))))
        return best.name or best.exact
    if lang == "ar":
        return None  # no capitals to go by
    places = gazetteer()
    runs = []
    found = list(name_runs(text[start:end]))
    maximal = [(a, b, run) for a, b, run in found if not any(x <= a and b <= y and (x, y) != (a, b) for x, y, _ in found)]
    for a, b, run in maximal:
        words = run.split()
        if a == 0 and words and _common(lang, words[0]):
            words = words[1:]  # a sentence's first word: "Der Netzbetreiber", "Вона" (mid-sentence, "Claire" is a name)
        if len(words) > 2 and (lang == "de" or len({script(w) for w in words}) > 1):
            words = words[-2:]  # German nouns are capitalised: "Unternehmenssprecher Jonas Albrecht"
        if not words or places.get(" ".join(words)) == "PLACE" or quoted(start + a, start + b):
            continue
        runs.append((a, b, " ".join(words)))
    if not runs:
        return None
    return min(runs, key=lambda r: (not side(start + r[0], start + r[1]), -len(r[2].split()),
                                    min(abs(start + r[0] - anchor), abs(start + r[1] - anchor))))[2]


def _common(lang: str, word: str) -> bool:
    """A frequent word of the language (wordfreq): "Вона", "Der", "Les" start sentences, they do not name."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), lang) >= 4.2


def _quotes(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Direct quotes of three words or more (a name in guillemets, «Нордгрид», is a name, not a quote)."""
    return [m for m in _QUOTES.finditer(text, start, end) if len(m.group().split()) >= 3]


def suggest_claims_in_language(language: str, text: str,
                               mentions: Iterable[Suggestion] = ()) -> list[Suggestion]:
    """Claim suggestions for `text` written in `language` (BCP-47; [] for a language we have no verbs for).
    `mentions` are entity suggestions and annotations, for speakers."""
    lang = base_language(language)
    if lang not in VERBS:
        return []
    people = sorted(mentions, key=lambda m: m.start)
    out: list[Suggestion] = []
    for start, end in _sentences(lang, text):
        sentence = text[start:end]
        if len(sentence) < 12:
            continue
        verb = _verb_at(lang, list(_WORD.finditer(sentence)), sentence)
        quote = next(iter(_quotes(sentence, 0, len(sentence))), None)
        if verb is None and quote is None:
            continue
        speaker = _speaker(lang, text, start, end, verb, people)
        claim_type = "quote" if quote else ("statistic" if re.search(r"\d", sentence) else "assessment")
        out.append(Suggestion("claim", start, end, sentence, claim_type, speaker=speaker,
                              source="reporting-verb" if verb is not None else "quote",
                              speaker_kind="named" if speaker else None))
    return out


def _sentences(lang: str, text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each sentence, white space trimmed; a line break always ends one."""
    from sentencex import get_sentence_boundaries  # type: ignore[import-untyped]

    offset = 0
    for line in text.split("\n"):
        for piece in get_sentence_boundaries(lang, line):
            start, end = offset + int(piece["start_index"]), offset + int(piece["end_index"])
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                yield start, end
        offset += len(line) + 1
