"""Constructions of any news article (stop 35): a quotation ending in "!" or "?" whose attribution the segmenter cut
off into a sentence of its own ('"This is a disgrace!" Holloway said.'); a well-known person's surname alone as the
subject ('Trump said …' with no full name before); the short form of a listed organisation ("Amazon said", left off
the lists for the river); "the company" never a ministry; an age between commas; a title between a role and a name;
names of capitalised words or an acronym no list knows ("Big Machine has denied", "VW says"); a firm described by
its trade ("the German automaker"); "It's worth noting"; "Trump tweeted" after an exclamation. Invented sentences,
partly after an outside judge's round on tuning articles. 20 cases failed before; the others are guards and variants
that already held: attributions opening in lower case (never cut off), sentences after a quotation that are no
attribution, "Goldman told" and "The Carlyle Group said" (known already), "aged 23", "The senator, 71" and "said
spokeswoman Jane Doe" (already right), a passive ("Combat is reported to"), "Republican Senators", a ticker the
segmenter cut (".IXIC added") and "the Japanese government" (no firm)."""
from __future__ import annotations

import pytest

from annotations.suggest.claim_sentences import sentences
from tests.core.suggest.suggesting import claims, speaker_of

MAYOR = "The mayor, Jane Holloway, spoke to reporters on Monday.\n"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    (MAYOR + '"This is a disgrace!" Holloway said.', "disgrace", ("Jane Holloway", "named")),
    (MAYOR + '"Why should taxpayers foot the bill?" Holloway asked.', "taxpayers", ("Jane Holloway", "named")),
    (MAYOR + '"We will not back down!" the mayor told reporters.', "back down", ("Jane Holloway", "named")),
    ('"Enough is enough!" said Pedro Alvarez, 54, a fisherman from Vigo.', "Enough", ("Pedro Alvarez", "named")),
    ('"We will win this!" said one protester.', "win this", ("one protester", "unnamed")),
])
def test_an_attribution_cut_off_after_an_exclamation_or_a_question_is_the_quotes(
        text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("text", ['"Stop!" The crowd scattered into the side streets.',
                                  '"Really?" He said nothing more about it.',
                                  '"Fire!" Smith ran for the exit.'])
def test_what_follows_a_quotation_and_is_no_attribution_stays_a_sentence_of_its_own(text: str) -> None:
    assert len(list(sentences(text))) == 2


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Trump said on Tuesday that the tariffs would stay in place.", "tariffs", ("Trump", "named")),
    ("Putin told reporters the sanctions had failed.", "sanctions", ("Putin", "named")),
    ("Obama said the plan would cost less than expected.", "plan would", ("Obama", "named")),
])
def test_a_well_known_surname_alone_speaks(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("In a statement, Amazon said it would appeal the ruling.", "appeal", ("Amazon", "named")),
    ("Amazon said revenue rose 12 percent in the quarter.", "revenue", ("Amazon", "named")),
    ("Goldman told clients that rates would fall.", "rates", ("Goldman", "named")),
])
def test_the_short_form_of_a_listed_organisation_speaks(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_short_form_in_a_passive_is_no_speaker() -> None:
    assert speaker_of("Fighting broke out overnight. Combat is reported to have spread to the south.",
                      "spread") == (None, None)


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Britain's Foreign Office said it was monitoring the situation. "
     "According to the company's annual report, revenue rose 12 percent.", "revenue", ("the company's annual report",
                                                                                        "unnamed")),
    ("Britain's Foreign Office said it was monitoring the situation. "
     'The ruling was "deeply flawed", the company said.', "deeply flawed", ("the company", "unnamed")),
    ("Shell and the Foreign Office met on Monday. The company said output would rise.", "output", ("Shell", "named")),
])
def test_the_company_is_no_ministry(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The nominee, 56, told senators that she would be impartial.", "impartial", ("the nominee", "unnamed")),
    ("The suspect, 23, said he was innocent.", "innocent", ("the suspect", "unnamed")),
    ("The suspect, aged 23, said he was innocent.", "innocent", ("the suspect", "unnamed")),
    ("The senator, 71, said he would retire next year.", "retire", ("the senator", "unnamed")),
])
def test_an_age_between_commas_is_no_part_of_the_subject(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ('"These results are very encouraging," said lead author Dr Priya Shah.', "encouraging", ("Priya Shah", "named")),
    ('"We will appeal," said party leader Sen. Maria Ruiz.', "appeal", ("Maria Ruiz", "named")),
    ('"We will appeal," said spokeswoman Jane Doe.', "appeal", ("Jane Doe", "named")),
])
def test_a_title_between_a_role_and_a_name_after_the_verb(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ('Big Machine has denied the claims, saying they were "shocking and false."', "shocking", ("Big Machine", "named")),
    ("The Carlyle Group said it would not comment on the sale.", "comment", ("Carlyle Group", "named")),
    ("VW says the car will go on sale in 2022.", "on sale", ("VW", "named")),
    ("Republican Senators said the bill was dead.", "bill", ("Republican Senators", "unnamed")),
])
def test_a_subject_of_capitalised_words_or_an_acronym_no_list_knows_is_a_name(
        text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_no_name_from_a_sentence_the_segmenter_began_inside_a_ticker() -> None:
    text = "Stocks rose. The Nasdaq Composite .IXIC added 20.72 points, or 0.24%, to 8,570.66."
    assert speaker_of(text, "20.72 points") == (None, None)


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Volkswagen unveiled the concept on Tuesday. The German automaker said the car would have a range of 400 miles.",
     "range", ("Volkswagen", "named")),
    ("Volkswagen unveiled the concept on Tuesday. The automaker added that prices would come later.", "prices",
     ("Volkswagen", "named")),
    ('"The cows were fed radioactive straw," Tokuyama told Al Jazeera. The Japanese government has pledged to reduce '
     "the country's reliance on nuclear power.", "reliance", ("the Japanese government", "unnamed")),
])
def test_a_firm_described_by_its_trade_is_the_firm_named_before(text: str, fragment: str,
                                                                 speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_its_worth_noting_is_the_writers_aside() -> None:
    found = claims("It's worth noting that it's not uncommon for artists to give up the rights.")
    assert not [c for c in found if c.speaker]  # it had been a claim by "It's worth"


def test_a_tweet_after_an_exclamation() -> None:
    assert speaker_of('"We will win!" Trump tweeted on Monday.', "We will win") == ("Trump", "named")
