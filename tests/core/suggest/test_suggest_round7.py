"""Round 7 of the speaker rules (stop 29), from the errors on the spent real-fresh3 split: a verb that is not
its subject's first (a participle, a second verb after "and" or "by") is said by the sentence's subject; more
verbs of saying in -ing; a plural noun after a preposition or a gerund is no verb; "asked whether" reports a
question, not a claim; "he" after "challenged by X" is not X; a country's abbreviation speaks under its name.
The sentences are written for these tests."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, speaker_of

CASES = [
    ('Councillor Ada Moe opened the hearing by addressing the residents, stating that "the harbour wall will be '
     'rebuilt before the winter storms arrive".', "harbour wall", "Ada Moe"),
    ('The harbour board discussed the budget. Ada Moe did not answer the question directly - instead stating '
     '"we have enough money for the wall and for the ferry".', "enough money", "Ada Moe"),
    ('Mayor Ben Hart met the fishermen on Monday. In a reply to claims that the port was closing, Hart responded by '
     'claiming "the port will stay open for every boat that pays its fees".', "stay open", "Ben Hart"),
    ('In response to the complaints, the charity Harbour Relief issued a statement saying, "Our volunteers did '
     'nothing wrong during the evacuation of the island."', "volunteers did nothing", "Harbour Relief"),
    ('Ada Moe spoke to the council about the storm. Countering claims that the town ignored the warnings, she '
     'replied, "We evacuated every street within two hours of the alert."', "evacuated every street", "Ada Moe"),
    ('Ben Hart took questions from the floor. The last question asked whether the ferry would run in January, '
     'to which he replied that "the ferry will run every day of the year".', "ferry will run", "Ben Hart"),
    ('Ben Hart took questions from the floor. When challenged by Ada Moe over the delays he stated that the '
     'contractor had been paid in full last spring.', "contractor had been paid", "Ben Hart"),
    ("The US has said the missile was fired from a site inside the border region.", "missile was fired",
     "United States"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES, ids=[c[2] + ":" + c[1] for c in CASES])
def test_the_speaker_of_round_7_sentences(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == (speaker, "named")


def test_a_participle_opening_an_adverbial_is_not_the_reporting_verb() -> None:
    text = "Ben Hart took questions. In announcing his retirement, Hart said he never meant to stay in office long."
    assert speaker_of(text, "never meant to stay") == ("Ben Hart", "named")


def test_a_sentence_opening_with_a_description_of_no_name_keeps_its_object_out() -> None:
    """'Police arrested X, saying …': the participle's subject is the police, never the arrested man."""
    text = 'Police arrested Ben Hart on Friday, saying that he had stolen the harbour records from the office.'
    claim = next(c for c in claims(text) if "stolen the harbour records" in c.exact)
    assert claim.speaker != "Ben Hart"


def test_gaelic_surnames_keep_their_inner_capital() -> None:
    """'McLaughlin', 'MacDonald', 'O’Neill' could not be part of any run of capitalised words: 'Maura McLaughlin'
    was found as 'Maura', and the later 'says McLaughlin' gave no speaker."""
    from tests.core.suggest.suggesting import found
    text = ('"The dish will find hundreds of pulsars," says Maura McLaughlin, a radio astronomer. Paddy O’Neill '
            'and Angus MacDonald agreed. The survey will take five years, says McLaughlin.')
    assert {("Maura McLaughlin", "PERSON"), ("Paddy O’Neill", "PERSON"), ("Angus MacDonald", "PERSON"),
            ("McLaughlin", "PERSON")} <= found(text)
    assert speaker_of(text, "survey will take") == ("Maura McLaughlin", "named")


def test_names_in_central_european_and_turkish_letters_are_runs_of_capitalised_words() -> None:
    """'İlber Ortaylı', 'Neslişah', 'Wałęsa': letters outside a-z and Latin-1 ended a run (or began none), so these
    names were cut or missed."""
    from tests.core.suggest.suggesting import found
    text = ("The historian İlber Ortaylı said the princess Fatma Neslişah Osmanoğlu lived abroad. Lech Wałęsa, "
            "a former president, said so too.")
    assert {("İlber Ortaylı", "PERSON"), ("Fatma Neslişah Osmanoğlu", "PERSON"), ("Lech Wałęsa", "PERSON")} \
        <= found(text)


def test_a_place_named_with_its_owner_is_two_places() -> None:
    """'Singapore’s Changi International Airport' was one place: the owner belongs to neither name."""
    from tests.core.suggest.suggesting import found
    assert {("Singapore", "PLACE"), ("Changi International Airport", "PLACE")} <= found(
        "The plane left Singapore’s Changi International Airport on Sunday.")
    assert ("St Mary’s Square", "PLACE") in found("They met at St Mary’s Square on Sunday.")


def test_an_organisation_whose_name_joins_two_words_with_and() -> None:
    """'Food and Drug Administration' was found as 'Drug Administration'; two names joined by 'and' stay two."""
    from tests.core.suggest.suggesting import found
    text = ("The Food and Drug Administration approved it. The National Search and Rescue Agency said the boat "
            "sank. Researchers at Massachusetts Institute of Technology and Colorado State University agreed.")
    assert {("Food and Drug Administration", "ORG"), ("National Search and Rescue Agency", "ORG"),
            ("Massachusetts Institute of Technology", "ORG"), ("Colorado State University", "ORG")} <= found(text)


def test_a_person_referred_to_by_nationality_or_age_speaks_as_the_latest_person_named() -> None:
    text = ('Ada Moe, a widow and mother of three, fled the town last week. "We lost everything, they burnt our '
            'houses," the Norwegian told reporters. "We will go back in spring," the 45-year-old said.')
    assert speaker_of(text, "burnt our houses") == ("Ada Moe", "named")
    assert speaker_of(text, "go back in spring") == ("Ada Moe", "named")


def test_an_adverb_after_an_unnamed_source_is_not_part_of_it() -> None:
    text = "The plane crashed in May. The investigation further found that the crew had not been trained."
    assert speaker_of(text, "crew had not been trained") == ("the investigation", "unnamed")


def test_titles_and_roles_before_a_name_are_not_part_of_the_speaker() -> None:
    text = ("Assistant Chief Constable Steve Barry said eleven people had died. Detective Inspector Andy Logan, "
            "the senior investigator, said the crime had shocked the town. Motorist Dom Lawson said the jet "
            "came down very low over the road.")
    assert speaker_of(text, "eleven people had died") == ("Steve Barry", "named")
    assert speaker_of(text, "shocked the town") == ("Andy Logan", "named")
    assert speaker_of(text, "came down very low") == ("Dom Lawson", "named")



def test_football_clubs_days_after_places_and_god() -> None:
    """'Liverpool FC' and 'FC Porto' are clubs (were places or nothing); 'in Basra Saturday' ran on into the day;
    'Thanks be to God' made God a place."""
    from tests.core.suggest.suggesting import found
    got = found("Liverpool FC beat FC Porto. Fighting in Basra Saturday killed ten. Thanks be to God, he said.")
    assert {("Liverpool FC", "ORG"), ("FC Porto", "ORG"), ("Basra", "PLACE")} <= got
    assert not any(words in ("God", "Basra Saturday") for words, _ in got)


def test_a_negated_verb_reports_nothing_when_another_verb_does() -> None:
    text = ("The harbour board has not yet commented on the report, but Harbour Relief spokesman Ben Hart says "
            "the report is under investigation.")
    assert speaker_of(text, "under investigation") == ("Ben Hart", "named")


def test_he_later_in_the_sentence_is_its_subject_not_a_person_mentioned_in_between() -> None:
    text = ("Ada Moe leads the opposition. In a speech today, Harbour Master Ben Hart did not mention Moe's party, "
            "and he said the purpose of the closure was only to protect the divers.")
    assert speaker_of(text, "protect the divers") == ("Ben Hart", "named")


def test_a_speaker_named_by_kinship_takes_the_family_name() -> None:
    text = ("Liam Hartley was killed in 2011. Hartley's father Norrie said the verdict would finally allow the "
            "family some peace.")
    assert speaker_of(text, "finally allow the family") == ("Norrie Hartley", "named")


def test_a_nationality_is_no_title_so_its_organisation_stays_whole() -> None:
    """nameparser lists 'British' and 'English' as titles: 'British Airways' became MISC + PERSON 'Airways'."""
    from tests.core.suggest.suggesting import found
    got = found("A British Airways jet landed. English Heritage said the site would reopen.")
    assert ("British Airways", "ORG") in got
    assert not any(t == "PERSON" for _, t in got)


def test_a_role_in_apposition_at_the_sentence_end_names_the_person_later() -> None:
    text = ('"The operation is going to plan," said Ada Moe, a government spokeswoman. "We hope to finish by '
            'tonight," the government spokeswoman said.')
    assert speaker_of(text, "finish by tonight") == ("Ada Moe", "named")


def test_he_after_a_semicolon_is_the_person_of_the_sentence() -> None:
    text = ("The inspector Ben Hart spoke on Monday. The ferry company's chief, Ada Moe, speaking to reporters on "
            "Sunday, held the port responsible; she stated the quay in that area is run by the port.")
    assert speaker_of(text, "quay in that area") == ("Ada Moe", "named")


def test_a_country_s_body_speaks_named_and_the_article_is_no_given_name() -> None:
    """'The Kenya government says': 'The' is in the given-name list, so 'Kenya' became a person 'The Kenya'."""
    text = "The Kenya government says its troops have already captured most of the island."
    assert speaker_of(text, "captured most of the island") == ("Kenya government", "named")
    assert speaker_of("The U.S. military said the strike killed ten fighters near the border.",
                      "killed ten fighters") == ("U.S. military", "named")


def test_a_title_before_a_name_is_a_role_the_text_refers_back_with() -> None:
    text = ("Crown Prince Harald Berg met the energy minister in May. In a discussion on oil, the Prince asserted "
            "the fjord towns saw themselves as the heart of the coast.")
    assert speaker_of(text, "heart of the coast") == ("Harald Berg", "named")


def test_famous_names_common_in_news_titles_alone_and_name_suffixes() -> None:
    """'Obama' is as frequent as a common word, so 'Barack Obama tweeted' was no person; 'Chief Executive of X'
    gave a person 'Executive'; 'Martin Luther King Jr.' was cut at the title 'King' into 'Martin Luther' + 'Jr'."""
    from tests.core.suggest.suggesting import found
    got = found("Later Barack Obama tweeted that it was fine. Jean Yves Le Gall, the Chairman and Chief Executive "
                "of Arianespace, thanked the team. Her father met Martin Luther King Jr., with whom she toured. "
                "Her uncle met Harold Lee King Jr., who said nothing.")
    assert {("Barack Obama", "PERSON"), ("Martin Luther King Jr.", "PERSON")} <= got  # the suffix as printed
    assert any(words.startswith("Harold Lee King Jr") and label == "PERSON" for words, label in got)  # not listed
    assert not any(words in ("Executive", "Martin Luther", "Harold Lee", "Jr") for words, _ in got)


def test_a_participle_of_telling_after_a_finite_verb_takes_its_subject() -> None:
    """From a real page (CNN): '"…," she remembered telling Harry, after he suggested she stay home' was Harry's."""
    text = ('Ada Moe spoke about the storm with Ben Hart. "I cannot be left alone," she remembered telling Hart, '
            'after he suggested she stay home.')
    assert speaker_of(text, "left alone") == ("Ada Moe", "named")


def test_researchers_at_a_body_speak_as_worded_not_for_it() -> None:
    """Round 11 (real-fresh7): 'astronomers at the X University, Town, revealed' was the university's claim."""
    text = "On Monday, astronomers at the Tromsø Polar University, Tromsø, revealed the discovery of a cold planet."
    assert speaker_of(text, "discovery of a cold planet") == (
        "astronomers at the Tromsø Polar University, Tromsø", "unnamed")
    assert speaker_of("A spokesman for the Harbour Authority said the ferry would run.", "ferry would run") == \
        ("Harbour Authority", "named")


def test_according_to_a_described_person_is_that_person() -> None:
    text = ('The Tromsø Polar University announced a find. The planet is cold, according to the university\'s '
            'astronomy professor Ada Moe, who led the survey of the northern sky.')
    assert speaker_of(text, "planet is cold") == ("Ada Moe", "named")


def test_given_names_that_are_cities_and_the_planets() -> None:
    """'George Bush visited' gave a place 'George' (a South African city over 150,000); 'Earth' was nothing."""
    from tests.core.suggest.suggesting import found
    got = found("George Bush visited Israel on Wednesday. The asteroid passed between Earth and Jupiter last year.")
    assert {("George Bush", "PERSON"), ("Earth", "PLACE"), ("Jupiter", "PLACE")} <= got
    assert ("George", "PLACE") not in got


def test_a_countrys_body_is_one_organisation_and_no_sentence_word_opens_one() -> None:
    """Round 12 (real-fresh8): 'U.S. Senate' was a place and 'Senate'; 'After Britain's Home Office' one org."""
    from tests.core.suggest.suggesting import found
    got = found("The U.S. Senate passed the bill. After Britain's Home Office refused his claim, he appealed. "
                "The U.S. Navy said so.")
    assert {("U.S. Senate", "ORG"), ("Britain", "PLACE"), ("Home Office", "ORG"), ("U.S. Navy", "ORG")} <= got
    assert ("U.S.", "PLACE") not in got


def test_a_quotation_after_a_colon_is_the_subjects_and_a_time_is_no_source() -> None:
    text = ('British Home Secretary Ada Moe released a statement on the case: "I have decided that the case '
            'should be looked at again."')
    assert speaker_of(text, "looked at again") == ("Ada Moe", "named")
    text = ("The fallout has slipped from the news. Online magazine Fjord! last week said the local press had "
            "barely covered the contamination.")
    assert speaker_of(text, "barely covered")[0] != "last week"


def test_a_relative_speaks_unnamed_and_whom_one_speaks_with_is_no_speaker() -> None:
    """Round 12 (real-fresh8): 'His uncle spoke with CNN …, and said' was CNN's; 'Kazemi's uncle told CNN' Kazemi's."""
    text = ("Ben Hart came to Norway in 2005 to study. His uncle spoke with NRK on condition of anonymity, and said "
            "that his nephew was studying in Oslo when his partner was arrested. Hart's uncle told NRK that the "
            "partner had given his name under pressure.")
    assert speaker_of(text, "studying in Oslo") == ("his uncle", "unnamed")
    assert speaker_of(text, "given his name") == ("Hart's uncle", "unnamed")


def test_events_are_no_people_an_opening_adverb_no_organisation_and_a_first_name_speaks_in_full() -> None:
    """Round 13 (real-fresh9): 'San Marino Grand Prix' was a person; 'Afterwards,' an organisation and a speaker;
    'Yayi said', after 'Yayi Boni', named no one in full."""
    from tests.core.suggest.suggesting import found
    got = found("Bianchi crashed at the Japanese Grand Prix. He had won at the San Marino Grand Prix. Afterwards, "
                "the panel said he did not slow down.")
    assert ("San Marino", "PLACE") in got
    assert not any(t == "PERSON" and words != "Bianchi" for words, t in got)
    assert not any(words == "Afterwards" for words, _ in got)
    text = ("President Yayi Boni met the delegation in Cotonou on Monday. Yayi said the talks had covered cotton "
            "prices and the port.")
    assert speaker_of(text, "covered cotton") == ("Yayi Boni", "named")


def test_palaces_castles_and_prisons_are_places() -> None:
    from tests.core.suggest.suggesting import found
    got = found("She was received at the Élysée Palace by the president. They later visited Dublin Castle.")
    assert {("Élysée Palace", "PLACE"), ("Dublin Castle", "PLACE")} <= got


def test_a_title_right_after_a_possessive_does_not_crash_the_suggester() -> None:
    """Found scoring real-fresh10: "Jordan's King Abdullah II" cut the run twice at the same word and the
    suggester raised IndexError — no suggestion at all for the whole document (also with the stop-28 rules)."""
    from tests.core.suggest.suggesting import found
    got = found("Jordan's King Abdullah II met the president on Monday.")
    assert {("Jordan", "PLACE"), ("Abdullah II", "PERSON")} <= got


def test_former_states_prizes_and_an_owner_in_the_plural_possessive() -> None:
    """Round 14 (real-fresh10): 'Soviet Union' was an organisation (a 'Union'); 'Nobel Peace Prize' a person;
    'Vladimir' a city; "United States' Central Intelligence Agency" one organisation."""
    from tests.core.suggest.suggesting import found
    got = found("She left the Soviet Union in 1975 and won the Nobel Peace Prize. Vladimir Putin said so. He was "
                "interrogated by the United States' Central Intelligence Agency in Pakistan.")
    assert {("Soviet Union", "PLACE"), ("Vladimir Putin", "PERSON"), ("United States", "PLACE"),
            ("Central Intelligence Agency", "ORG")} <= got
    assert not any(t == "PERSON" and "Prize" in words for words, t in got)


def test_according_to_him_and_a_linking_adverb_before_the_subject() -> None:
    """Round 14 (real-fresh10): 'According to him, …' named no one; '…; however figures issued … showed' gave the
    source 'however figures'."""
    text = ('Ben Hart, the harbour master, spoke on Monday. According to him, one of the ferries had struck the '
            'quay at night. The number of crossings has fallen; however figures issued on Thursday showed that '
            'last month 3,000 cars crossed.')
    assert speaker_of(text, "struck the quay") == ("Ben Hart", "named")
    assert speaker_of(text, "3,000 cars") == ("figures", "unnamed")
