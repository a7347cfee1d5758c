"""Forms of business wires, British charities and sports reports that a battery written by a helper who saw no rules
showed wrong (stop 50; the sentences here our own): a firm's kind opening the sentence ("Brokerage X raised",
"Insurer Aviva said"), a British charity or a firm's British arm ("Diabetes UK"), football clubs ("Ashford Rovers"),
a nationality after the verb ('"…," said the Hungarian'), a role in apposition after a possessive ("His agent,
Dana Whitfield, posted … with the caption “…”"), a British judge ("Mr Justice Cardew" … "the judge wrote"), a time
between the auxiliary and the verb ("have in recent months complained"), a clerk who spoke before "she said", national
bodies ("Transport Scotland"), "the Bureau" for the Bureau of Meteorology, the first two of three names ("Kamal
Arifin" for Kamal Arifin Yusof) and a description opening the sentence ("Evacuee Tom Blackwood said")."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, found, speaker_of


@pytest.mark.parametrize(("text", "name", "said"), [
    ("Brokerage Kotwal Securities raised its target price on the stock, saying margins had surprised.",
     "Kotwal Securities", "margins had surprised"),
    ("Insurer Aviva said claims rose sharply in the quarter.", "Aviva", "claims rose"),
    ("Lender Barclays Bank said it would cut 500 jobs.", "Barclays Bank", "cut 500 jobs"),
])
def test_a_firms_kind_opening_the_sentence_is_no_part_of_its_name(text: str, name: str, said: str) -> None:
    assert (name, "ORG") in found(text)
    assert not any(n.split()[0] in ("Brokerage", "Insurer", "Lender") for n, _ in found(text))
    assert speaker_of(text, said) == (name, "named")


@pytest.mark.parametrize(("text", "name"), [
    ("Diabetes UK said the figures were alarming.", "Diabetes UK"),
    ("Alzheimer’s Research UK said the study added to the evidence.", "Alzheimer’s Research UK"),
    ("Sales rose, Vodafone UK said on Monday.", "Vodafone UK"),
])
def test_a_name_before_uk_is_a_british_body(text: str, name: str) -> None:
    assert (name, "ORG") in found(text)
    assert ("UK", "PLACE") not in found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Transport Scotland said two new ferries were due next year.", "Transport Scotland"),
    ("Cricket Australia said the tour would go ahead.", "Cricket Australia"),
])
def test_a_name_before_a_nation_is_its_national_body(text: str, name: str) -> None:
    assert (name, "ORG") in found(text)


def test_a_longer_name_with_small_words_is_not_cut_before_the_nation() -> None:
    text = "Save the Children UK said the aid cuts would cost lives."
    assert ("Children UK", "ORG") not in found(text)


@pytest.mark.parametrize(("text", "place"), [
    ("Prices in the UK rose, the office said.", "UK"),
    ("Current UK Prime Minister Ada Moe said the talks would go on.", "UK"),
    ("In London UK prices rose again.", "UK"),
    ("In Northern Ireland, prices rose again.", "Northern Ireland"),
    ("Across Scotland, schools closed early.", "Scotland"),
    ("Since January UK exports to the EU have fallen, the chamber said.", "UK"),
    ("Why UK house prices keep rising, and what buyers can do about it.", "UK"),
    ("Labour's UK-wide energy company would cut bills, Ed Miliband said.", "UK"),
])
def test_a_nation_after_a_determiner_an_opener_or_a_place_stays_a_place(text: str, place: str) -> None:
    assert (place, "PLACE") in found(text)


def test_a_football_club_is_an_organisation() -> None:
    text = "Ashford Wanderers 2 Kingsbridge Town 1\n\nAshford Wanderers said the manager would stay."
    assert ("Ashford Wanderers", "ORG") in found(text)


def test_rovers_and_rangers_are_no_club_heads() -> None:
    text = "Thieves are targeting Range Rovers in Solihull, police said. The Power Rangers return next year."
    assert ("Range Rovers", "ORG") not in found(text)
    assert ("Power Rangers", "ORG") not in found(text)


def test_a_kind_word_that_opens_a_name_stays() -> None:
    text = "The Airline Pilots Association said the proposal would compromise safety."
    assert ("Airline Pilots Association", "ORG") in found(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tomas Varga scored twice. Varga was more modest. “The ball was perfect, I just had to make contact,” said "
     "the Hungarian.", "Tomas Varga"),
    ("Lena Holm won the final. “I have waited ten years for this day,” said the Swede.", "Lena Holm"),
])
def test_a_nationality_after_the_verb_is_the_person_named_last(text: str, speaker: str) -> None:
    assert speaker_of(text, "ust had to make" if "Varga" in text else "waited ten years") == (speaker, "named")


@pytest.mark.parametrize("text", [
    "Lena Holm beat Anna Berg in the final. “I have waited ten years for this day,” said the Swede.",
    "Jannik Sinner lost to Novak Djokovic in straight sets. “I have waited ten years for this day,” said the Italian.",
])
def test_a_nationality_needs_one_person_named_before(text: str) -> None:
    assert speaker_of(text, "waited ten years") not in (("Anna Berg", "named"), ("Novak Djokovic", "named"))


def test_a_newspaper_after_the_verb_is_no_nationality() -> None:
    text = "The minister, Michael Gove, declined to comment. “We stand by our reporting,” said the Guardian."
    assert speaker_of(text, "stand by our reporting") != ("Michael Gove", "named")


def test_a_role_after_a_possessive_then_the_name_in_apposition() -> None:
    text = ("Andre Mitchell is averaging 14 points a game. His agent, Dana Whitfield, posted a photo of a suitcase on "
            "Instagram with the caption “New chapter loading, see you all soon.”")
    assert speaker_of(text, "New chapter loading") == ("Dana Whitfield", "named")


def test_mr_justice_is_a_title_and_the_judge_is_that_person() -> None:
    text = ("In a written ruling, Mr Justice Cardew found that the article was true. “That is not in dispute,” the "
            "judge wrote. Sir Philip Cardew added that the claimant was an unsatisfactory witness.")
    assert ("Justice Cardew", "PERSON") not in found(text)
    assert speaker_of(text, "article was true") == ("Philip Cardew", "named")
    assert speaker_of(text, "not in dispute") == ("Philip Cardew", "named")


def test_justice_before_a_full_name_gives_the_justice_later() -> None:
    text = "Justice Sonia Sotomayor wrote that the ruling was wrong. The justice added that it was a mistake."
    assert speaker_of(text, "was a mistake") == ("Sonia Sotomayor", "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Residents of the estate have in recent months complained that kidnappings rose.", "residents of the estate"),
    ("Critics have for years warned that the dam would fail.", "critics"),
    ("The engineers have over the past few weeks argued that the dam would fail.", "the engineers"),
])
def test_a_time_between_the_auxiliary_and_the_verb_is_no_part_of_the_subject(text: str, speaker: str) -> None:
    assert speaker_of(text, "would fail" if "fail" in text else "kidnappings rose") == (speaker, "unnamed")


def test_she_after_a_clerk_who_spoke_is_the_clerk() -> None:
    text = ("Sgt. Andrea Mullins said detectives were still investigating. A clerk at one of the stations, who asked "
            "not to be named, told the Ledger she had been robbed twice. \"I'm looking for another job,\" she said.")
    assert speaker_of(text, "another job") == ("a clerk at one of the stations", "unnamed")


def test_a_body_named_by_its_head_before_of() -> None:
    text = ("Residents were told to prepare for floods, with the Bureau of Meteorology warning of heavy rain. The Bureau "
            "said rivers could reach major flood levels by Sunday.")
    assert speaker_of(text, "major flood levels") == ("Bureau of Meteorology", "named")


def test_a_person_called_by_the_first_two_of_three_names() -> None:
    text = ("Datuk Seri Kamal Arifin Yusof, 61, pleaded not guilty. Speaking to reporters outside the court, Kamal "
            "Arifin claimed the charges were politically motivated.")
    assert speaker_of(text, "politically motivated") == ("Kamal Arifin Yusof", "named")


@pytest.mark.parametrize(("text", "name"), [
    ("Evacuee Tom Blackwood, who left with his two dogs, said the smoke was thick.", "Tom Blackwood"),
    ("Fisherman Alasdair Sinclair says the ferry is late again.", "Alasdair Sinclair"),
])
def test_a_description_opening_the_sentence_is_no_part_of_the_name(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)
    assert speaker_of(text, "smoke" if "smoke" in text else "ferry") == (name, "named")


@pytest.mark.parametrize(("text", "name"), [
    ("Justice Ameyaw, a trader at Makola Market, said prices had doubled since January.", "Justice Ameyaw"),
    ("Justice Mensah, 34, told the Daily Graphic he had been robbed twice this month.", "Justice Mensah"),
])
def test_justice_as_a_given_name(text: str, name: str) -> None:
    assert speaker_of(text, "doubled" if "doubled" in text else "robbed twice") == (name, "named")


def test_a_time_after_a_participle_stays_in_the_unnamed_source() -> None:
    text = "Workers laid off in the last few months say they have not been paid for their final weeks."
    assert speaker_of(text, "not been paid") == ("workers laid off in the last few months", "unnamed")


def test_people_on_a_street_speak_not_the_street() -> None:
    text = "Traders on Moore Street have for years said the council ignores them."
    assert speaker_of(text, "council ignores") == ("traders on Moore Street", "unnamed")


@pytest.mark.parametrize("text", [
    "Katie Taylor retained her titles on Saturday. A reporter asked her about a third fight. “Never say never,” she said.",
    "Cllr Anne Feeney met traders on Monday. A vendor told her that footfall was down. “We will look at parking,” she "
    "said.",
])
def test_she_after_someone_who_addressed_her_is_who_answers(text: str) -> None:
    claim = next(c for c in claims(text) if "Never say" in c.exact or "look at parking" in c.exact)
    assert claim.speaker in ("Katie Taylor", "Anne Feeney")


@pytest.mark.parametrize(("text", "place"), [
    ("Historically Ireland has argued that its low corporate tax rate is legal under EU rules.", "Ireland"),
    ("Storm Babet Batters Scotland\n\nHomes were evacuated in Brechin on Friday, police said.", "Scotland"),
    ("Regional Australia is losing doctors faster than it can train them, the association said.", "Australia"),
])
def test_an_adverb_a_headline_or_an_adjective_before_a_nation_leaves_the_nation(text: str, place: str) -> None:
    assert (place, "PLACE") in found(text)


def test_a_nationality_after_the_verb_when_the_text_named_two_people() -> None:
    text = ("Mohamed Salah scored twice at Anfield. Manager Arne Slot praised his forward's hunger. \"I just want to win "
            "trophies,\" said the Egyptian.")
    assert speaker_of(text, "win trophies") != ("Arne Slot", "named")


@pytest.mark.parametrize(("text", "name"), [
    ("Political analyst Justice Malala said the ANC had lost its moral compass.", "Justice Malala"),
    ("Defender Justice Chabalala said the squad was united before the final.", "Justice Chabalala"),
])
def test_justice_after_a_role_is_a_given_name(text: str, name: str) -> None:
    assert speaker_of(text, "compass" if "compass" in text else "united") == (name, "named")


def test_justice_in_a_paragraph_about_a_court_is_a_title() -> None:
    text = "Justice Sonia Sotomayor wrote for the majority that the statute could not stand."
    assert speaker_of(text, "could not stand") == ("Sonia Sotomayor", "named")


def test_a_name_a_role_introduces_is_no_short_form_of_a_longer_one() -> None:
    text = ("Muhammad Ali Jinnah founded Pakistan. Boxer Muhammad Ali visited Karachi in 1988. \"I love this country,\" "
            "Muhammad Ali said.")
    assert speaker_of(text, "love this country") == ("Muhammad Ali", "named")


def test_a_firms_kind_after_a_wire_dateline() -> None:
    text = "LONDON (Reuters) - Insurer Aviva said claims rose sharply in the first quarter."
    assert speaker_of(text, "claims rose") == ("Aviva", "named")


def test_the_council_when_two_councils_were_named() -> None:
    text = ("Dublin City Council approved the plan. The Council of Europe criticised it. The Council said it would "
            "review the decision.")
    assert speaker_of(text, "review the decision") != ("Council of Europe", "named")


def test_she_after_a_customer_who_complained_to_the_manager() -> None:
    text = "A customer complained to the manager about the queue. \"We are short-staffed today,\" she said."
    assert speaker_of(text, "short-staffed") != ("a customer", "unnamed")


def test_justice_before_a_full_name_is_a_title_anywhere() -> None:
    text = "Justice Clarence Thomas said in a statement that he had been advised the trips were not reportable."
    assert speaker_of(text, "not reportable") == ("Clarence Thomas", "named")


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("Chris Eubank Jr beat Conor Benn on points. Chris Eubank, his father, watched from ringside. \"I am proud of him,\" "
     "Chris Eubank said.", "proud of him", "Chris Eubank"),
    ("The musical, by Andrew Lloyd Webber, opened in 1986. Andrew Lloyd, 62, who has seen the show 40 times, said it "
     "never gets old.", "never gets old", "Andrew Lloyd"),
])
def test_a_father_or_a_namesake_is_not_the_longer_name(text: str, said: str, speaker: str) -> None:
    assert speaker_of(text, said) == (speaker, "named")


def test_a_nationality_after_the_verb_is_not_a_victim_named_as_an_object() -> None:
    text = ("Doctors treated Sarah Jones for burns. A German tourist pulled her from the car. \"I just acted without "
            "thinking,\" said the German.")
    assert speaker_of(text, "just acted") != ("Sarah Jones", "named")


@pytest.mark.parametrize("text", ["She was crowned Miss England on Saturday night.",
                                  "Edwardian England was far more violent than we imagine, the author said."])
def test_a_title_or_an_era_before_a_nation_is_no_body(text: str) -> None:
    assert ("England", "PLACE") in found(text)


def test_she_after_a_vendor_in_a_politicians_walkabout() -> None:
    text = ("President William Ruto toured the market in Nakuru. A vendor said prices were too high. \"We are working "
            "on it,\" he said.")
    assert speaker_of(text, "working on it") == ("William Ruto", "named")
