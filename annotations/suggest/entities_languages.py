"""Entity suggestions for documents in Ukrainian, Russian, French, German and Arabic, beside the English
suggester's (`suggest.entities`, which knows Latin capitals and English patterns only):

- places and organisations of the language's gazetteer in their case forms (`gazetteer_languages`);
- people: a given name (any script, inflected: "Олени", `name_keys.is_given_name`) before a capitalised
  word ("Олена Ковальчук"), a capitalised run after a role ("міністр Андрій Гнатюк", "министр Петров"); in
  Arabic script a given name before a rare word ("هيلينا براندت");
- dates ("21 жовтня 2025", "16 octobre", "21. Oktober 2025", "18 يوليو") and quantities ("45 млн євро",
  "300 Megawatt", "7,4 gigawatts", "34 %", "45 مليون يورو").
`veto_for_language` takes back what the English patterns get wrong in German, where every noun is
capitalised ("Reparaturen der Kraftwerke" is no name). Qt-free.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from annotations.language import base_language
from annotations.suggest import Suggestion
from annotations.suggest.gazetteer_languages import LANGUAGES, find_places, names_in
from annotations.suggest.languages import BYLINE_WORDS, given_name_then_surname

_MONTHS: Final = {
           "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
           "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
           "fr": "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre",
           "de": "Januar Jänner Februar März Maerz April Mai Juni Juli August September Oktober November Dezember",
           "ar": "يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر "
                 "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",
}
_YEAR_WORD: Final = {"uk": r"(?:\s+(?:року|р\.))?", "ru": r"(?:\s+(?:года|г\.))?", "fr": "", "de": "", "ar": ""}
_DAY: Final = {"fr": r"(?:1er|\d{1,2})", "de": r"\d{1,2}\.", "ar": r"[\d٠-٩]{1,2}"}
_SCALES: Final = {
           "uk": r"млн|млрд|тис\.|мільйон\w*|мільярд\w*|тисяч\w*",
           "ru": r"млн|млрд|тыс\.|миллион\w*|миллиард\w*|тысяч\w*",
           "fr": r"millions?|milliards?|mille",
           "de": r"Millionen|Million|Milliarden|Milliarde|Mio\.|Mrd\.|Tausend",
           "ar": r"مليون|ملايين|مليار|مليارات|ألف|آلاف",
}
_UNITS: Final = {
           "uk": r"євро|долар\w*|гривн\w*|гривень|грн|мегават\w*|гігават\w*|МВт|ГВт|кубометр\w*|кубічн\w+ метр\w*|тонн?\w*|"
                 r"відсот\w*|%",
           "ru": r"евро|доллар\w*|рубл\w*|мегаватт\w*|гигаватт\w*|МВт|ГВт|кубометр\w*|кубическ\w+ метр\w*|тонн?\w*|"
                 r"процент\w*|%",
           "fr": r"euros?|dollars?|mégawatts?|gigawatts?|MW|GW|mètres cubes|tonnes?|pour cent|%",
           "de": r"Euro|Dollar|Megawatt|Gigawatt|MW|GW|Kubikmeter|Tonnen|Prozent|%",
           "ar": r"يورو|دولار|دولارات|ميغاواط|ميجاوات|غيغاواط|طن|بالمئة|بالمائة|في المئة|في المائة|%|٪",  # ٪ the Arabic percent sign
}
_NUMBER: Final = r"(?<![\w.,٫٬])[\d٠-٩]+(?:[.,\u00a0 ٬][\d٠-٩]{3})*(?:[.,٫][\d٠-٩]+)?"  # ٫ ٬ Arabic separators
_ROLES: Final = {
           "uk": "міністр міністерка міністра міністерки президент президента прем'єр-міністр прем’єр-міністр губернатор "
                 "губернатора мер речник речниця речника речниці спікер директор директорка директора голова голови "
                 "канцлер посол депутат депутатка аналітик аналітикиня експерт експертка керівник керівниця",
           "ru": "министр министра президент президента премьер-министр губернатор губернатора мэр представитель "
                 "представителя спикер директор директора глава главы канцлер посол депутат аналитик эксперт "
                 "руководитель руководителя гендиректор",
}
_CAP_CYRILLIC: Final = r"[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ]+(?:-[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ]+)?"


def _patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    months = "|".join(m.replace("_", " ") for m in _MONTHS[lang].split())
    day = _DAY.get(lang, r"\d{1,2}")
    date = rf"(?<!\w){day}\s+(?:{months})(?:\s+\d{{4}}{_YEAR_WORD[lang]})?(?!\w)"
    of = r"(?:de\s+|d['’])?" if lang == "fr" else ""  # "45 millions d'euros"
    quantity = (rf"{_NUMBER}(?:\s+(?:{_SCALES[lang]}))?\s*{of}(?:{_UNITS[lang]})(?!\w)"
                rf"|{_NUMBER}\s+(?:{_SCALES[lang]})(?!\w)")
    flags = re.IGNORECASE if lang in ("uk", "ru", "fr") else 0
    return [("DATE", re.compile(date, flags)), ("QUANTITY", re.compile(quantity, flags))]


def suggest_entities_in_language(language: str, text: str, defer_to: Iterable[Suggestion] = ()) -> list[Suggestion]:
    """Entity suggestions of the document's language ([] for a language we have no rules for); they join
    the English suggester's as its `extra` (places as "gazetteer", the rest as "pattern"). A person or
    organisation overlapping one of `defer_to` (a known entity in another spelling) is left to it."""
    lang = base_language(language)
    if lang not in LANGUAGES:
        return []
    places = names_in(lang)
    out = [Suggestion("entity", f.start, f.end, text[f.start:f.end], f.label, source="gazetteer",
                      name=f.name if f.name != text[f.start:f.end] else None) for f in find_places(lang, text)
           if given_name_then_surname(text, f.start, f.end, places) is None]  # "Софія Раутіо" is a person
    for label, pattern in _patterns(lang):
        out += [Suggestion("entity", m.start(), m.end(), m.group(), label, source="pattern")
                for m in pattern.finditer(text)]
    known = [(k.start, k.end) for k in defer_to]
    named = _people(lang, text) + _organisations(lang, text) + _arabic(lang, text)
    out += [p for p in named if not any(p.start < e and a < p.end for a, e in known)]
    out += [p for p in _after_preposition(lang, text, out) if not any(p.start < e and a < p.end for a, e in known)]
    return [s for s in out if "\n" not in s.exact]


def _people(lang: str, text: str) -> list[Suggestion]:
    from wordfreq import zipf_frequency

    from annotations.name_keys import is_given_name

    places = names_in(lang)
    out: list[Suggestion] = []
    capital = _CAP_CYRILLIC if lang in ("uk", "ru") else _CAP_LATIN if lang in ("fr", "de") else None
    if capital is not None:
        run = re.compile(rf"({capital})((?:[ \u00a0]{capital}){{1,2}})(?![\w'’-])")
        for word in re.finditer(rf"(?<![\w'’-]){capital}", text):  # every capitalised word may start a name
            m = run.match(text, word.start())
            if m is None or m.group(1) in BYLINE_WORDS or m.group(1) in _NOT_GIVEN.get(lang, ()) \
                    or not is_given_name(m.group(1)):  # not "Von Lukas", "Laut Karl Weber"
                continue
            words = m.group().split()
            while len(words) > 1 and (words[-1] in places or _common_noun(lang, words[-1])):
                words.pop()
            if len(words) > 1:
                end = m.start() + len(" ".join(words))
                out.append(Suggestion("entity", m.start(), end, text[m.start():end], "PERSON", source="pattern"))
    if lang in _ROLES:
        roles = "|".join(re.escape(r) for r in _ROLES[lang].split())
        for m in re.finditer(rf"(?<!\w)(?i:{roles})\s+({_CAP_CYRILLIC}(?:[ \u00a0]{_CAP_CYRILLIC})?)(?![\w'’-])",
                             text):
            name = m.group(1)
            if name not in places and name.split()[0] not in places:
                out.append(Suggestion("entity", m.start(1), m.end(1), name, "PERSON", source="pattern"))
    if lang in _ORG_NOUNS:  # "компанія Nordgrid", "оператор «Нордгрид»", "Energiekonzern Ostkraft", "la société X"
        nouns = "|".join(re.escape(n) for n in _ORG_NOUNS[lang].split())
        for m in re.finditer(rf"(?<![\w-])(?:[\w-]*(?i:{nouns}))(?:\s+[a-zа-яіїєґё]+)?\s+"
                             rf"(?:«([^»\n]{{2,40}})»|({_CAP_ANY}))(?![\w'’-])",
                             text):
            group = 1 if m.group(1) else 2
            name = m.group(group)
            if name not in places and not is_given_name(name.split()[0]) and zipf_frequency(name.lower(), lang) < 3.5:
                out.append(Suggestion("entity", m.start(group), m.end(group), name, "ORG", source="pattern"))
    return out


_PLACE_PREPOSITIONS: Final = {"uk": "у в із з зі до від біля поблизу", "ru": "в во из до от возле близ",
                              "fr": "à au aux en depuis vers"}
"""Before a capitalised word that no list knows, these say it is a place ("у Кесслінгу", "в Вестерби",
"à Kessling"); the English suggester does "in X" (German "in Kessling" too)."""


def _after_preposition(lang: str, text: str, found: list[Suggestion]) -> list[Suggestion]:
    if lang not in _PLACE_PREPOSITIONS:
        return []
    from annotations.name_keys import is_given_name

    words = "|".join(_PLACE_PREPOSITIONS[lang].split())
    taken = bytearray(len(text))
    for s in found:
        taken[s.start:s.end] = b"\x01" * (s.end - s.start)
    out = []
    for m in re.finditer(rf"(?<![\w'’-])(?:{words})\s+({_CAP_ANY})(?![\w'’-])", text):
        name = m.group(1).rstrip("'’-")
        start, end = m.start(1), m.start(1) + len(name)
        if 1 in taken[start:end] or is_given_name(name) or _common_noun(lang, name) \
                or name.isupper():
            continue
        out.append(Suggestion("entity", start, end, name, "PLACE", source="pattern"))
    return out


_UK_ORG_HEADS: Final = "банк біржа біржі фонд агентство агенція компанія служба комісія міністерство рада асоціація корпорація"
_RU_ORG_HEADS: Final = "банк биржа фонд агентство компания служба комиссия министерство совет ассоциация корпорация"
_ADJ: Final = r"(?:ий|ій|ый|ой|ая|яя|ое|ее|а|я|е|ої|ого|ому)"
"""An adjective's ending: the words before an organisation noun describe it ("Європейський інвестиційний")."""
_ORG_PHRASE: Final = {
           "uk": rf"[А-ЯІЇЄҐ][а-яіїєґ'’]+{_ADJ}(?:\s+[а-яіїєґ'’]+{_ADJ}){{0,3}}\s+(?:{'|'.join(_UK_ORG_HEADS.split())})(?![\w'’])",
           "ru": rf"[А-ЯЁ][а-яё]+{_ADJ}(?:\s+[а-яё]+{_ADJ}){{0,3}}\s+(?:{'|'.join(_RU_ORG_HEADS.split())})(?![\w])",
           "fr": r"(?:Banque|Agence|Commission|Conseil|Fonds|Autorité|Cour|Caisse|Fédération|Organisation|Institut|Office)"
                 r"(?:\s+[a-zéèêàç]+(?:e|es|al|aux|ien|ienne|ique|aire|ale|ales|é|ée)){1,2}"
                 r"(?:\s+(?:de\s+l['’]|d['’]|de\s+la\s+|du\s+|des\s+|de\s+)[a-zéèêàç]+)?",
}
"""Organisations named by a description ending or starting with an organisation noun ("Європейський
інвестиційний банк", "Северная энергетическая биржа", "Banque européenne d'investissement")."""


def _organisations(lang: str, text: str) -> list[Suggestion]:
    pattern = _ORG_PHRASE.get(lang)
    if pattern is None:
        return []
    return [Suggestion("entity", m.start(), m.end(), m.group(), "ORG", source="pattern")
            for m in re.finditer(rf"(?<![\w'’-]){pattern}", text)]


_ARABIC_PERSON_ROLES: Final = frozenset("وزير وزيرة المتحدث المتحدثة النائب النائبة الحاكم المديرة المدير الرئيس الرئيسة "
                                        "رئيس رئيسة السفير السفيرة الخبير الخبيرة المحلل المحللة مدير مديرة الوزير الوزيرة "
                                        "السيد السيدة".split())
_ARABIC_ORG_NOUNS: Final = frozenset("شركة لشركة بشركة وشركة مجموعة وكالة صندوق مؤسسة".split())
_ARABIC_PLACE_NOUNS: Final = frozenset("ميناء محطة مدينة بلدة منطقة مطار إقليم".split())
_ARABIC_NEXT: Final = re.compile(r"[ \u00a0]+([\u0621-\u064a\u0670]{3,}|[A-Za-z][\w-]+)(?![\w])")


def _arabic(lang: str, text: str) -> list[Suggestion]:
    """Arabic script has no capitals: a person is the name-like words after a role ("وزيرة الطاقة صوفيا
    راوتيو", "المتحدث باسم الشركة يوناس ألبرشت"), an organisation the name-like word after "شركة", a place
    the name-like word after "ميناء", "محطة", "مدينة" (`speakers_languages.name_like`: rare, a given name,
    or Latin letters)."""
    if lang != "ar":
        return []
    from annotations.suggest.speakers_languages import arabic_speaker, name_like

    out = []
    for m in re.finditer(r"(?<![\w\u064b-\u065f\u0670\u0640])[\w\u064b-\u065f\u0670\u0640]+", text):
        word = _HARAKAT.sub("", m.group())  # vocalised "الرَّئِيسُ" is الرئيس; offsets stay the text's
        core = word[1:] if word[:1] in "وف" and word[1:] in _ARABIC_PERSON_ROLES else word
        if core in _ARABIC_PERSON_ROLES:
            name = arabic_speaker(text, m.end(), min(len(text), m.end() + 80))
            at = text.find(name, m.end()) if name else -1
            if name and at >= 0 and "\n" not in text[m.end():at]:
                out.append(Suggestion("entity", at, at + len(name), name, "PERSON", source="pattern"))
        elif word in _ARABIC_ORG_NOUNS or word in _ARABIC_PLACE_NOUNS:
            after = _ARABIC_NEXT.match(text, m.end())
            if after and (name_like(after.group(1)) or (word == "وكالة" and _agency_name(after.group(1)))) \
                    and not after.group(1).startswith("ال"):
                label = "ORG" if word in _ARABIC_ORG_NOUNS else "PLACE"
                out.append(Suggestion("entity", after.start(1), after.end(1), after.group(1), label, source="pattern"))
    return out


_HARAKAT: Final = re.compile(r"[\u064b-\u065f\u0670\u0640]")
"""Arabic short vowels, shadda, sukun, dagger alif and tatweel: not written in most text, so not matched."""


def _agency_name(word: str) -> bool:
    """The word after وكالة (agency) that names it though the press writes it often ("وكالة رويترز"): not
    an adjective agreeing with it (they end in ة: "وكالة حكومية", "روسية") nor a frequent word."""
    from wordfreq import zipf_frequency

    return not word.endswith("ة") and zipf_frequency(word, "ar") < 4.5


_CAP_LATIN: Final = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
_CAP_ANY: Final = r"[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐЁ][\w'’-]+"
_ORG_NOUNS: Final = {
           "uk": "компанія компанії компанією компанію концерн концерну оператор оператора оператором агентство агентства "
                 "енергокомпанія енергокомпанії корпорація корпорації фонд фонду банк банку",
           "ru": "компания компании компанией компанию концерн концерна оператор оператора оператором агентство "
                 "агентства энергокомпания энергокомпании корпорация корпорации фонд фонда банк банка",
           "fr": "société groupe opérateur entreprise réseau énergéticien constructeur agence fonds banque",
           "de": "konzern betreiber unternehmen versorger gesellschaft agentur konzerns betreibers unternehmens "
                 "versorgers fonds bank",
}
"""Nouns before an organisation's name; German ones end a compound ("Energiekonzern Ostkraft")."""


def _common_noun(lang: str, word: str) -> bool:
    """A frequent word of the language ("Minister", "Zeitung", "Вона"), not a surname."""
    from wordfreq import zipf_frequency

    from annotations.suggest.names import name_lists

    if zipf_frequency(word.lower(), lang) < {"de": 3.5, "uk": 4.5, "ru": 4.5}.get(lang, 4.0):  # Мельник, Орлов
        return False
    given, surnames = name_lists()
    return word not in surnames and word not in given  # "Albrecht", "Brandt" are frequent and names


_GERMAN_PARTICLES: Final = frozenset("der die das des den dem von vom zu zur zum und".split())
Veto = Callable[[str, int, int, str, str], bool]
"""(text, start, end, label, source) -> True when a candidate of the English suggester is wrong here."""


def veto_for_language(language: str) -> Veto | None:
    """What the English suggester's patterns get wrong in the document's language, for `suggest_entities`
    to drop before overlaps are resolved: a person or organisation that is a place or organisation of the
    language's gazetteer ("Bruxelles" taken for a surname); in German, where every noun is capitalised, a
    run of common nouns ("Reparaturen der Kraftwerke", "Nach Angaben der Bundesnetzagentur" — the
    gazetteer's "Bundesnetzagentur" then stands). None for languages without a gazetteer."""
    lang = base_language(language)
    if lang not in LANGUAGES:
        return None
    places = names_in(lang)

    def veto(text: str, start: int, end: int, label: str, source: str) -> bool:
        if source != "pattern" or label not in ("PERSON", "ORG"):
            return False
        exact = text[start:end]
        if label == "PERSON" and exact in places:
            return True
        return lang == "de" and (_german_run(exact) or bool(_GERMAN_SOURCE.match(exact)))

    return veto


_NOT_GIVEN: Final = {"de": frozenset("Laut Bei Dank Gemäß Nach Mit Wie Als Für Seit Trotz".split()),
                     "fr": frozenset("Selon Pour Avec Chez".split())}
"""Words that open a sentence before a name and are given names in some list ("Laut Karl Weber": laut =
according to; "Dank"): never the first word of a person."""
_GERMAN_SOURCE: Final = re.compile(r"(?:Laut|Nach Angaben (?:von|des|der)|Gemäß|Zufolge|Nach|Wie|Von|Mit)\s")
""""Laut X", "Nach Angaben von X" (according to X): the words before a source are no part of its name."""


def _german_run(exact: str) -> bool:
    from wordfreq import zipf_frequency

    from annotations.name_keys import is_given_name
    from annotations.suggest.languages import german_common_noun

    words = [w for w in exact.split() if w.lower() not in _GERMAN_PARTICLES]
    if len(words) == 1:  # one word: only a frequent noun ("Reparaturen"); "Ostkraft" is a name
        return zipf_frequency(words[0].lower(), "de") >= 3.5 and not is_given_name(words[0])
    return bool(words) and all(german_common_noun(w) for w in words)
