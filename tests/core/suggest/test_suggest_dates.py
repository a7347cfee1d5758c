"""Dates and quantities in entity suggestions (stranger20, bug 6): a year in running text is a date, a number's span
never takes the word or the punctuation after it unless that word is what it counts, times keep their a.m./p.m.,
and the dotted month abbreviations of the US press are dates. Every sentence here is invented."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.suggest.entities import suggest_entities


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.exact, s.type) for s in suggest_entities(text) if s.type in ("DATE", "QUANTITY")}


def _numbers(text: str) -> set[tuple[str, str]]:
    """Only the suggestions that contain a digit."""
    return {f for f in _found(text) if any(c.isdigit() for c in f[0])}


@pytest.mark.parametrize(("text", "year"), [
    ("The ferry sank in the worst storm on record, 1953, when the dykes broke.", "1953"),
    ("It was 1979, before anyone in the valley owned a telephone.", "1979"),
    ("Her pamphlet from 1968 predicted cheap flights for everyone.", "1968"),
    ("In 2011 predicted the council that rents would double.", "2011"),
    ("The board's 2021 staffing review was never published.", "2021"),
    ("Water use peaked in 1998 and again in 2003, the utility said.", "2003"),
    ("The mill closed in the 1970s after the river silted up.", "1970s"),
    ("The pier was rebuilt after 2015 storms tore it apart.", "2015"),
])
def test_a_year_in_running_text_is_a_date_and_takes_no_word(text: str, year: str) -> None:
    found = _numbers(text)
    assert (year, "DATE") in found
    assert not any(year in exact and exact != year for exact, _ in found)


@pytest.mark.parametrize(("text", "quantity"), [
    ("The garrison of 1500 soldiers held the pass for a week.", "1500 soldiers"),
    ("About 1200 schoolchildren sat the test.", "1200 schoolchildren"),
    ("The fund paid 2000 euros to each family.", "2000 euros"),
    ("Turnout rose to 1850 people in the end.", "1850 people"),
])
def test_a_year_shaped_number_before_what_it_counts_stays_a_quantity(text: str, quantity: str) -> None:
    assert (quantity, "QUANTITY") in _numbers(text)


@pytest.mark.parametrize(("text", "number"), [
    ("Demand was far below the 61,204 she had forecast.", "61,204"),
    ("The record stands at 38,417, according to the weather office.", "38,417"),
    ("Turnout reached 12,806, while the rival town managed less.", "12,806"),
])
def test_a_number_never_takes_the_next_word_or_its_comma(text: str, number: str) -> None:
    assert _numbers(text) == {(number, "QUANTITY")}


@pytest.mark.parametrize(("text", "money"), [
    ("Tickets used to cost under $40.\nNow they cost more.", "$40"),
    ("The repair came to £2,750. Nobody paid it.", "£2,750"),
    ("She was fined €300, which she paid at once.", "€300"),
    ("The club spent $5 more than planned.", "$5"),
])
def test_money_ends_at_its_last_digit(text: str, money: str) -> None:
    assert (money, "QUANTITY") in _numbers(text)
    assert not any(exact.startswith(money) and exact != money for exact, _ in _numbers(text))


@pytest.mark.parametrize(("text", "time"), [
    ("The sirens sounded at 7 p.m., when the river broke its banks.", "7 p.m."),
    ("At 9:14 p.m. the lights went out across the harbour.", "9:14 p.m."),
    ("The vote closed at 11:05 a.m.\nCounting began at once.", "11:05 a.m."),
    ("The ferry leaves at 8am every day.", "8am"),
    ("The shop opens at 10 PM on Fridays.", "10 PM"),
])
def test_a_time_keeps_its_am_or_pm(text: str, time: str) -> None:
    assert _numbers(text) == {(time, "DATE")}


@pytest.mark.parametrize(("text", "date"), [
    ("The inquiry reports on Feb. 12 and the mayor will answer then.", "Feb. 12"),
    ("The lease ran out on Sept. 30, 2019, after a long dispute.", "Sept. 30, 2019"),
    ("The bridge reopened Oct. 3 without any ceremony.", "Oct. 3"),
    ("The harvest festival moved to 14 Nov. 2024 this time.", "14 Nov. 2024"),
    ("The last ferry sailed in Dec 2020 with four passengers.", "Dec 2020"),
])
def test_abbreviated_months_are_dates(text: str, date: str) -> None:
    assert (date, "DATE") in _found(text)


def test_an_article_with_plain_dates_gets_them() -> None:
    text = ("The orchard was planted in 1962 by a cooperative of twelve families. On Jan. 7 the council voted to "
            "protect it, and a public meeting is planned for Mar. 2. Since 2009, 4,310 visitors a year have come.")
    found = _numbers(text)
    assert {("1962", "DATE"), ("Jan. 7", "DATE"), ("Mar. 2", "DATE"), ("2009", "DATE"),
            ("4,310 visitors", "QUANTITY")} <= found


def test_a_percentage_range_is_one_quantity() -> None:
    assert ("20–35%", "QUANTITY") in _numbers("The drug cut relapses by about 20–35% in the trial.")


def test_a_film_title_in_quotes_and_small_numbers_are_no_dates() -> None:
    found = _numbers("The war drama “1944,” won the prize. Stage 3 began, then stage 2, at 40 percent.")
    assert ("1944", "DATE") not in found and ("40 percent", "QUANTITY") in found
    assert not any(exact in ("3", "2") for exact, _ in found)


@pytest.mark.parametrize(("text", "quantity"), [
    ("Night frost fell to between 4 to 9 degrees below zero.", "4 to 9 degrees"),
    ("The dunes moved 12-15 metres in one winter.", "12-15 metres"),
    ("Forecasters expect two to four storms before March.", "two to four storms"),
])
def test_a_range_is_one_quantity(text: str, quantity: str) -> None:
    assert (quantity, "QUANTITY") in _found(text)


@pytest.mark.parametrize(("text", "quantity"), [
    ("A further 5,300 academic staff signed the letter.", "5,300 academic staff"),
    ("The clinic hired 240 contracted nursing staff last year.", "240 contracted nursing staff"),
    ("Inspectors found 73 measles cases in the school.", "73 measles cases"),
])
def test_words_describing_what_is_counted_belong_to_the_quantity(text: str, quantity: str) -> None:
    assert (quantity, "QUANTITY") in _numbers(text)


def test_a_score_or_rank_takes_no_word() -> None:
    found = _numbers("The jury convicted him 10-2 following a long trial; the club was 1–0 up and now the #2 team.")
    assert not any(exact.endswith(("following", "up", "team")) for exact, _ in found)


def test_a_word_after_what_is_counted_is_left_out() -> None:
    found = _numbers("The farm used 3,000 solar panels plus a dozen batteries.")
    assert ("3,000 solar panels", "QUANTITY") in found


_WORDS = ["he", "she", "when", "according", "before", "in", "the", "storm", "soldiers", "megawatts", "percent",
          "1987", "2006", "46,797", "50,116", "$100", "£2,750", "7", "12", "6:36", "p.m.", "a.m.", "Feb.", "Oct",
          "9", "to", "following", "up", "plus", "staff", "measles", "cases", ",", ".", ";", ":", "\n", "“", "”"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
def test_a_number_span_ends_on_its_own_last_character(words: list[str]) -> None:
    """Whatever follows: a date or quantity with digits ends on a digit, a letter or "%", or on the dot of
    "a.m."/"p.m." or of an abbreviated month; never on a comma, a colon or a sentence's full stop, and never
    takes a pronoun, "when" or "according" after it."""
    text = " ".join(words).replace(" ,", ",").replace(" .", ".")
    for exact, _ in _numbers(text):
        last = exact[-1]
        assert last.isalnum() or last == "%" or exact.endswith(("a.m.", "p.m.", "Feb.", "Oct.")), exact
        assert not exact.split()[-1] in ("he", "she", "when", "according", "following", "up", "plus"), exact


@pytest.mark.parametrize(("text", "quantity"), [
    ("Hail stones of 18mm fell on the village.", "18mm"),
    ("The new line adds 350 MW to the grid.", "350 MW"),
    ("It was minus 4 degrees Celsius at dawn.", "4 degrees Celsius"),
    ("The pool stays at 27°C all year.", "27°C"),
])
def test_unit_symbols_and_scales_belong_to_the_quantity(text: str, quantity: str) -> None:
    assert (quantity, "QUANTITY") in _numbers(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("The 35,000 estimate was revised within a week.", "35,000 estimate"),
    ("The ferry carried 84 stranded travellers and 30 more later.", "30 more"),
    ("A 17 year old was arrested at the scene.", "17 year"),
    ("At least 58 died and 212 injured were taken to hospital.", "58 died"),
    ("It was the best result in the 31 year-history of the race.", "31 year-history"),
])
def test_a_singular_word_after_a_number_is_not_what_it_counts(text: str, wrong: str) -> None:
    assert not any(exact == wrong for exact, _ in _numbers(text))


def test_one_counts_a_singular_and_a_scale_word_can_end_a_quantity() -> None:
    found = _numbers("Only 1 boat came back, with a catch worth 2.4 million.")
    assert ("1 boat", "QUANTITY") in found and ("2.4 million", "QUANTITY") in found
