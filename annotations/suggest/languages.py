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
from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable
from typing import Final

from annotations.analysis import fold
from annotations.language import base_language
from annotations.name_keys import is_given_name, script
from annotations.spellings import name_runs
from annotations.suggest import Suggestion
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.name_words import ORG_HEADS, PAPER_AFTER_PLACE, zipf
from annotations.suggest.speakers_languages import (arabic_speaker, arabic_speaker_before, german_role_after,
                                                    named_with_role, refers_back)

def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


VERBS: Final[dict[str, frozenset[str]]] = {
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
               estime souligne assure explique dénonce affirmant déclarant estimant ajoute indique précise martelé
               martèle insisté insiste confié confie prévenu prévient avertit jugé juge admis admet reconnaît
               regretté regrette raconté répondu répond observé noté relevé commenté annonce assuré"""),
           "de": _folded("""sagte sagt sagten erklärte erklärt erklärten betonte betont warnte warnt warnen
               bekräftigte bekräftigt bezweifelt bezweifelte fordert forderte kündigte räumte bestritt bestreitet
               versicherte versichert kritisierte kritisiert warf lehnte teilte teilten teilt fügte fügt meinte
               meint schrieb mahnte mahnt verwies unterstrich unterstreicht bestätigte bestätigt widersprach
               erläuterte erläutert räumt"""),
           "ar": _folded("""قال قالت قالوا أكد أكدت أضاف أضافت صرح صرحت أعلن أعلنت اتهم اتهمت
               طالب طالبت نفى نفت أوضح أوضحت أشار أشارت مشيرا مشيرة مشيرةً يقول تقول يرى ترى اعتبر اعتبرت
               أفاد أفادت ذكر ذكرت كشف كشفت شدد شددت حذر حذرت لفت لفتت تابع تابعت"""),
}
PHRASES: Final[dict[str, tuple[str, ...]]] = {
           "uk": ("за словами", "за її словами", "за його словами", "на думку"),
           "ru": ("по словам", "по её словам", "по ее словам", "по его словам", "по мнению"),
           "fr": ("selon", "d'après", "a-t-il", "a-t-elle"),
           "de": ("laut", "zufolge"),
           "ar": ("حسب", "وفق", "بحسب", "وفقا"),
}
"""Attribution without a verb ("за її словами", "selon", "laut"): the sentence is a claim by whoever is named."""
_QUOTES: Final = re.compile(r"«[^»]{3,}»|„[^“”]{3,}[“”]|“[^”]{3,}”|\"[^\"]{3,}\"")
_WORD: Final = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670'’ʼ-]+")
LANGUAGES: Final = tuple(VERBS)


def _verb_at(lang: str, words: list[re.Match[str]], sentence: str) -> int | None:
    """Offset (in the sentence) of the first reporting verb or attribution phrase, or None."""
    verbs = VERBS[lang]
    for m in words:
        word = fold(m.group().lower())
        if word in verbs or (lang == "ar" and word[:1] in "وف" and word[1:] in verbs):
            return m.start()
    lowered = sentence.lower()
    if lang == "de":
        so = re.search(r",\s+(so)\s+(?=[A-ZÄÖÜ]|der\s|die\s)", sentence)  # "…, so Hedlund": not every "so"
        if so:
            return so.start(1)
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
    if lang == "fr":  # "Nordgrid, dirigé par Helena Brandt, estime": the subject is around the aside
        inside += [m.span() for m in _FRENCH_ASIDE.finditer(text, start, end)]

    def quoted(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in inside)

    if verb is None:
        return None  # a quote without a verb does not say whose it is
    anchor = start + verb
    before_verb = text[start:anchor]
    after = bool(re.match(r"\s*[«„“\"]", text[start:end])  # «...», — заявила X: the speaker follows the verb
                 or re.search(r"[,»“\"]\s*[—–-]?\s*(?:a\s+|hat\s+)?$", before_verb))  # "..., sagte X"
    if after and re.search(r"[»“\"]\s*$", before_verb) and not _quotes(text, start, anchor):
        after = False  # «Нордгрид» предупредил: a name in quotation marks, the subject before the verb
    if after and _CLAUSE_AFTER.match(text, _word_end(text, anchor)):
        after = False  # "Раутіо, яка ..., заявила, що ...": the verb opens a clause, its subject came before
    if lang == "ar":
        after = True  # Arabic puts the verb first: "وقال المتحدث … إن"

    def side(a: int, b: int) -> bool:
        return (a >= anchor) if after else (b <= anchor)

    named = [m for m in mentions if start <= m.start and m.end <= end and m.type in ("PERSON", "ORG")
             and not quoted(m.start, m.end)]
    if named:
        best = min(named, key=lambda m: (not side(m.start, m.end), m.type != "PERSON", -len(m.exact.split()),
                                         min(abs(m.start - anchor), abs(m.end - anchor))))
        return best.name or best.exact
    if lang == "ar":  # no capitals to go by: the words after the verb, less the role ("أمّا X فقالت": before)
        if fold(text[anchor:anchor + 1]) == "ف" and text[start:anchor].strip():
            return arabic_speaker_before(text, start, anchor)
        return arabic_speaker(text, _word_end(text, anchor), end)
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
        if lang == "de":
            while len(words) > 1 and german_common_noun(words[0]):
                words = words[1:]  # "Energiekonzern Ostkraft", "Netzbetreiber Nordgrid": the name is the rest
        if not words or places.get(" ".join(words)) == "PLACE" or quoted(start + a, start + b) \
                or _after_preposition(lang, text, start + a):
            continue  # "у Кесслінгу", "в Вестерби", "in Hamburg": a place
        name = " ".join(words)
        if lang in ("ru", "uk"):
            name = _with_org_tail(text, start + b - len(name), start + b)  # "Северная энергетическая биржа"
        runs.append((a, b, name))
    if not runs:
        return None
    return min(runs, key=lambda r: (not side(start + r[0], start + r[1]), -len(r[2].split()),
                                    min(abs(start + r[0] - anchor), abs(start + r[1] - anchor))))[2]


_FRENCH_ASIDE: Final = re.compile(r",\s*(?:dirigée?s?|présidée?s?|fondée?s?|détenue?s?|menée?s?|cités?|citées?)\s+par\s+[^,.]+,")
"""A French aside naming someone who is not the subject ("Nordgrid, dirigé par Helena Brandt, estime")."""
_CLAUSE_AFTER: Final = re.compile(r",\s*(?:що|щоб|що,|что|чтобы|que|qu'|dass|ob|أن|إن)\b", re.IGNORECASE)
"""A verb followed by ", що/что/que/dass": it opens a reported clause; its subject is before it."""
PREPOSITIONS: Final[dict[str, frozenset[str]]] = {
           "uk": frozenset("у в на з із зі до від біля під над за через про при".split()),
           "ru": frozenset("в во на с со из до от у под над за через о об при к".split()),
           "fr": frozenset("à en au aux dans de depuis vers chez sur".split()),
           "de": frozenset("in im aus nach bei von vom zu zum zur am an auf".split()),
           "ar": frozenset(),
}
"""A capitalised word right after one of these is where, not who ("у Кесслінгу", "в Вестерби")."""
_ORG_HEADS: Final = tuple(fold(w) for w in """бирж біржа біржі компани компані агентств служб министерств міністерств
           банк фонд комитет комітет совет рада управлени управлінн оператор корпораци корпораці концерн парти
           союз ассоциаци асоціаці""".split())
"""Stems of the nouns that end a Russian/Ukrainian organisation name written with one capital ("Северная
энергетическая биржа")."""
_LOWER_WORD: Final = re.compile(r"\s+([а-яіїєґё'’-]+)(?![\w])")


def _with_org_tail(text: str, start: int, end: int) -> str:
    """A Cyrillic name with the lower-case words after it when the last of them (up to three) is an
    organisation noun: "Северная" -> "Северная энергетическая биржа"."""
    at = end
    for _ in range(3):
        m = _LOWER_WORD.match(text, at)
        if m is None:
            break
        at = m.end()
        if fold(m.group(1).lower()).startswith(_ORG_HEADS):
            return text[start:at]
    return text[start:end]


def _word_end(text: str, at: int) -> int:
    m = _WORD.match(text, at)
    return m.end() if m else at


def _after_preposition(lang: str, text: str, at: int) -> bool:
    m = re.search(r"(\w+)\s+$", text[max(0, at - 20):at])
    return m is not None and m.group(1) in PREPOSITIONS.get(lang, frozenset())


def german_common_noun(word: str) -> bool:
    """A German noun that is not a name: frequent itself, or a compound ending in a frequent noun of five
    letters or more ("Energiekonzern", "Netzbetreiber", "Unternehmenssprecher"); given names are kept."""
    from wordfreq import zipf_frequency

    from annotations.name_keys import is_given_name

    if is_given_name(word):
        return False
    if zipf_frequency(word.lower(), "de") >= 3.5:
        return True
    return any(zipf_frequency(word[i:].lower(), "de") >= 3.0 for i in range(2, len(word) - 4))


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
    starts = [m.start for m in people]
    types: dict[str, str] = {}  # a speaker's entity type, from the mentions that name it ("CGT": ORG)
    for m in people:
        if m.type in ("PERSON", "ORG", "PLACE"):
            types.setdefault(m.name or m.exact, m.type)
    out: list[Suggestion] = []
    previous: str | None = None  # who spoke last: a pronoun's speaker
    for start, end in _sentences(lang, text):
        sentence = text[start:end]
        if len(sentence) < 12:
            continue
        verb = _verb_at(lang, list(_WORD.finditer(sentence)), sentence)
        quote = next(iter(_quotes(sentence, 0, len(sentence))), None)
        if verb is None and quote is None:
            continue
        inside = people[bisect_left(starts, start):bisect_right(starts, end)]  # not every mention per sentence
        speaker = _speaker(lang, text, start, end, verb, inside)
        if verb is not None:
            speaker = _referred(lang, text, start, sentence, verb, speaker, previous)
        previous = speaker or previous
        claim_type = "quote" if quote else ("statistic" if re.search(r"\d", sentence) else "assessment")
        out.append(Suggestion("claim", start, end, sentence, claim_type, speaker=speaker,
                              source="reporting-verb" if verb is not None else "quote",
                              speaker_kind="named" if speaker else None,
                              speaker_type=types.get(speaker) if speaker else None))
    return out


def _referred(lang: str, text: str, start: int, sentence: str, verb: int, speaker: str | None,
              previous: str | None) -> str | None:
    """The speaker when the sentence names them by a pronoun ("Selon elle", "a-t-il ajouté") — who spoke
    before — or by a role after a German verb ("sagte der Minister") — who was named with that role."""
    if lang == "de":
        role = german_role_after(sentence, _word_end(sentence, verb))
        if role:
            return named_with_role(text, start, role) or speaker
    if lang == "fr" and _INVERTED.search(sentence, max(0, verb - 12), verb + 40):
        return previous  # "a-t-il ajouté à l'Assemblée nationale": the subject is the pronoun, never the
        # organisation after it (no one named before: no speaker rather than a wrong one)
    if refers_back(lang, sentence, verb) and previous:
        return previous
    return speaker


_INVERTED: Final = re.compile(r"\w-(?:t-)?(?:il|elle|ils|elles)(?![\w-])", re.IGNORECASE)
"""A French verb with its subject pronoun after it ("a-t-il", "ajoute-t-elle", "dit-il")."""


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


BYLINE_WORDS: Final = frozenset({"By", "Von", "Par", "От", "Від", "Por", "Di", "Door", "Av", "Af", "Por"})
"""The word that opens a byline in English, German, French, Russian, Ukrainian, Spanish/Portuguese,
Italian, Dutch, Swedish/Norwegian, Danish ("Von Lukas Hartmann — 21. Oktober 2025")."""
_BYLINE: Final = re.compile(r"(?:^|(?<=\n))[ \t]*(\w+) (?=[^\W\d_])")


def byline_start(text: str, start: int) -> int:
    """Where a name starts once a byline word opening its line is left out: "Von Lukas Hartmann" at a
    line's start -> the offset of "Lukas"; any other span -> `start`."""
    m = _BYLINE.match(text, start) if start == 0 or text[start - 1] == "\n" else None
    if m is not None and m.group(1) in BYLINE_WORDS:
        return m.end()
    return start


_WORD_AFTER: Final = re.compile(r" ([^\W\d_][\w'’ʼ-]*)")


def given_name_then_surname(text: str, start: int, end: int, places: Container[str]) -> int | None:
    """A gazetteer place that is also a given name, followed by a capitalised word that is neither a place, a
    frequent word nor an organisation's head ("Dallas Observer"), is a person ("Sofia Rautio", "Софія Раутіо"): the end of the surname, else None. Asked
    of every gazetteer place a space follows (2,000 per MB): its regex compiled once, the frequency cached."""
    m = _WORD_AFTER.match(text, end)
    if m is None or not m.group(1)[:1].isupper() or text[start:end].isupper() or not is_given_name(text[start:end]):
        return None  # (never an abbreviation: "US Navy's" is no person)
    surname = m.group(1).removesuffix("'s").removesuffix("’s")  # "Sofia Rautio's": the name without the possessive
    if surname in places or zipf(surname.lower()) >= 4.0 or surname.isupper() or surname in ORG_HEADS \
            or surname in PAPER_AFTER_PLACE:
        return None
    return m.start(1) + len(surname)
