"""Find folds like search and maps matches back to the original text (`annotations.text_find`)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.analysis import fold
from annotations.text_find import find_all, find_next, find_quote, fold_text

# Characters where folding changes lengths or drops things: ß, ligatures, apostrophes, ґ, ё, Arabic marks
# and tatweel, alef forms, combining accents, Turkish İ, spaces of every kind, a soft hyphen, vowel signs of
# combining class 0 (Devanagari ि, Thai ิ), and the parts of emoji (a skin tone, a joiner, a presentation
# selector, regional indicators).
TRICKY = list("ßẞﬁﬂﬀ'’ʼ`ґҐёЁ\u064e\u0650\u0651\u0640أإآاىيه\u0301\u0308İıéeESsfil \n\t\u00a0\u00ad\u200b\u2060Кölnпद"
              "\u093f\u0e34") + ["👩", "🏽", "\u200d", "🚀", "❤", "\ufe0f", "🇺", "🇦"]
text_st = st.text(alphabet=st.sampled_from(TRICKY) | st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=400, deadline=None)
@given(text_st, text_st)
def test_every_match_is_an_original_range_that_folds_to_the_query(text: str, query: str) -> None:
    needle = fold_text(query)
    matches = find_all(text, query)
    last_end = 0
    for start, end in matches:
        assert last_end <= start < end <= len(text)  # in order, not overlapping
        assert fold_text(text[start:end]) == needle if needle else text[start:end] == query
        last_end = end


@settings(max_examples=300, deadline=None)
@given(text_st, st.text(alphabet=st.sampled_from([c for c in TRICKY if c.isalpha() or c in "'’ʼ"]), min_size=1,
                        max_size=12), text_st)
def test_a_query_is_found_in_a_text_holding_it(before: str, query: str, after: str) -> None:
    text = f"{before} {query} {after}"
    matches = find_all(text, query)
    assert matches if fold_text(query) else (len(before) + 1, len(before) + 1 + len(query)) in matches


def test_folds_like_search() -> None:
    text = "П’ятниця, ґрунтовні Ёлки, القَاهِرَةِ, الطـــاقة, أوكرانيا, Straße, ﬁnance, Köln"
    for query, expected in (("п'ятниця", "П’ятниця"), ("грунтовні", "ґрунтовні"), ("елки", "Ёлки"),
                            ("القاهرة", "القَاهِرَةِ"), ("الطاقة", "الطـــاقة"), ("اوكرانيا", "أوكرانيا"),
                            ("STRASSE", "Straße"), ("finance", "ﬁnance"), ("koln", "Köln")):
        assert [text[s:e] for s, e in find_all(text, query)] == [expected], query
        assert fold_text(expected) == fold(expected.lower()) or query == "finance"


def test_a_match_never_ends_inside_a_character_that_folds_to_two() -> None:
    assert find_all("Straße", "stras") == []
    assert find_all("Straße", "strasse") == [(0, 6)]
    assert find_all("Größe", "s") == []


def test_a_line_break_in_the_text_matches_a_typed_space() -> None:
    text = "sagte der\nBürgermeister"
    assert [text[s:e] for s, e in find_all(text, "der bürgermeister")] == ["der\nBürgermeister"]


def test_a_run_of_white_space_is_one_space_in_the_text_and_in_the_query() -> None:
    """Two spaces between words (a PDF's justified line, an HTML page's `&nbsp; `) or a blank line were that many
    spaces: "Société Générale" typed found nothing in "Société  Générale", nor "Tomas  Ek" pasted in "Tomas Ek"
    (Ctrl+F and `annotate --quote` alike; an outside tester on the command line, stop 61)."""
    text = "Le café de la Société  Générale à Zürich.\n\nIl a dit: Tomas Ek"
    for query, expected in (("société générale", "Société  Générale"), ("Société \u00a0Générale", "Société  Générale"),
                            ("zurich. il a", "Zürich.\n\nIl a"), ("Tomas  Ek", "Tomas Ek"),
                            ("tomas\n\tek", "Tomas Ek")):
        assert [text[s:e] for s, e in find_all(text, query)] == [expected], query
    assert find_quote(text, "Tomas  Ek") == (text.index("Tomas"), len(text))


def test_find_quote_prefers_the_text_as_typed_and_counts_occurrences() -> None:
    text = "Apple and apple and APPLE"
    assert find_quote(text, "apple", 1) == (10, 15)  # occurs as typed: counted as typed
    assert find_quote(text, "APPLE") == (20, 25)
    assert find_quote("ёлки и Ёлки", "елки", 2) == (7, 11)  # only folded: counted folded


def _naive(text: str, query: str) -> list[tuple[int, int]]:
    """The obvious version: fold unit by unit keeping every folded character's original unit."""
    from annotations.text_find import fold_unit

    units = _units_of(text)
    folded, spans, firsts = "", [], set()
    for s, e in units:
        piece = fold_unit(text[s:e])
        if piece:
            firsts.add(len(folded))
            folded += piece
            spans += [(s, e)] * len(piece)
    needle = "".join(fold_unit(query[s:e]) for s, e in _units_of(query))
    if not needle:
        return []
    out, pos = [], folded.find(needle)
    while pos >= 0:
        last = pos + len(needle)
        if pos in firsts and (last == len(folded) or last in firsts):
            out.append((spans[pos][0], spans[last - 1][1]))
            pos = folded.find(needle, last)
        else:
            pos = folded.find(needle, pos + 1)
    return out


def _units_of(text: str) -> list[tuple[int, int]]:
    """A character with the combining marks (of any class) after it, or one emoji (search's one word); a run of two
    or more white space characters is one unit, but for a last one that a combining mark follows (that one is the
    mark's base)."""
    import re
    import unicodedata

    from annotations.index_docs import EMOJI_PATTERN

    emoji = re.compile(EMOJI_PATTERN)
    units: list[tuple[int, int]] = []
    closed = False  # (an emoji takes no mark after it: a mark there starts a unit of its own)
    i = 0
    while i < len(text):
        whole = emoji.match(text, i)
        if whole:
            units.append(whole.span())
            i, closed = whole.end(), True
            continue
        s, e = units[-1] if units else (0, 0)
        if units and not closed and unicodedata.category(text[i])[0] == "M":
            if e - s > 1 and text[s:e].isspace():  # the run's last space is the mark's base
                units[-1] = (s, e - 1)
                units.append((e - 1, i + 1))
            else:
                units[-1] = (s, i + 1)
        elif units and not closed and text[i].isspace() and text[s:e].isspace():
            units[-1] = (s, i + 1)
        else:
            units.append((i, i + 1))
        closed = False
        i += 1
    return units


@settings(max_examples=400, deadline=None)
@given(text_st, text_st)
def test_the_compact_map_agrees_with_the_obvious_one(text: str, query: str) -> None:
    if fold_text(query):
        assert find_all(text, query) == _naive(text, query)


def test_a_vowel_sign_or_a_tone_mark_stays_with_its_letter() -> None:
    """Devanagari vowel signs (ु ि ा) and Thai vowels above a letter are combining marks (category M) whose canonical
    combining class is 0, so `unicodedata.combining` says no: Find "द" selected the bare consonant of "दुनिया" and
    "दिन", and `annotate --quote द` stored half a syllable. A mark belongs to the letter before it, as in search."""
    text = "दुनिया में हर दिन नई चुनौती"
    assert find_all(text, "द") == []
    assert [text[s:e] for s, e in find_all(text, "दि")] == ["दि"]  # the first syllable of "दिन", whole
    assert [text[s:e] for s, e in find_all(text, "दुनिया")] == ["दुनिया"]
    assert find_quote(text, "दिन") == (14, 17)
    thai = "เรากินข้าว"  # "we eat rice": กิ is ก with the vowel sign ิ above it (combining class 0)
    assert find_all(thai, "ก") == []
    assert [thai[s:e] for s, e in find_all(thai, "กิน")] == ["กิน"]


def test_a_query_pasted_decomposed_is_found_in_the_composed_text() -> None:
    """Texts are NFC; a query pasted into Find from a decomposed source (a macOS file name, a PDF's text layer) may be
    NFD. Latin and kana folded back together unit by unit, but a Hangul syllable decomposes into jamo, letters of
    their own: Find "서울" pasted decomposed found nothing where library search found it."""
    import unicodedata

    text = "서울에서 회의가 열렸다."
    assert [text[s:e] for s, e in find_all(text, unicodedata.normalize("NFD", "서울"))] == ["서울"]
    assert find_next(text, unicodedata.normalize("NFD", "회의"), 0) == (5, 7)


def test_an_emoji_is_found_whole_as_search_finds_it() -> None:
    """Search takes an emoji with its skin tone, presentation selector and the pictographs joined to it as one word,
    and ❤ as ❤️. Find and `annotate --quote` split them: "👍" was found inside "👍🏽" and "🚀" inside "👩🏽‍🚀" (a mark on
    part of a drawn emoji), and "❤" did not find "❤️"."""
    text = "Crew 👩🏽‍🚀 and 🚀, thumbs 👍🏽 and 👍, love ❤️ and ❤, flag 🇺🇦."
    def found(query: str) -> list[str]:
        return [text[s:e] for s, e in find_all(text, query)]
    assert found("🚀") == ["🚀"]
    assert found("👩🏽‍🚀") == ["👩🏽‍🚀"]
    assert found("👍") == ["👍"]
    assert found("👍🏽") == ["👍🏽"]
    assert found("❤") == ["❤️", "❤"] and found("❤️") == ["❤️", "❤"]
    assert found("🇺🇦") == ["🇺🇦"] and found("crew") == ["Crew"]
