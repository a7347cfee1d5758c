"""Where the speaker frames of test_speaker_frames.py must not fire: sentences an outside tester wrote against them
(stop 32), each wrong after the frame landed and right now."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, found, speaker_of


@pytest.mark.parametrize("text", [
    "Toyota recalls 1.8 million vehicles over faulty airbags.",
    "Smith still remembers the smell of smoke.",
    "The memorial recalls the 1,500 miners who died in the pit.",
])
def test_recalls_and_remembers_outside_a_quote_make_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Police arrested John Smith, who neighbours said was a quiet man.", ("neighbours", "unnamed")),
    ("The victim was named as Sarah Jones, who police said was 34.", ("police", "unnamed")),
    ("The gunman was identified as Omar Ali, who the Pentagon said had served in Iraq.", ("Pentagon", "named")),
])
def test_a_source_inside_the_relative_clause_speaks_not_the_person_before_it(text: str,
                                                                             speaker: tuple[str, str]) -> None:
    assert speaker_of(text, "") == speaker


@pytest.mark.parametrize(("text", "body"), [
    ("Analysts at Goldman Sachs said the deal was poor.", "Goldman Sachs"),
    ("Shareholders of Tesla said the deal was poor.", "Tesla"),
    ("Bondholders of Evergrande said the deal was poor.", "Evergrande"),
])
def test_a_plural_group_before_of_an_organisation_is_no_person(text: str, body: str) -> None:
    assert speaker_of(text, "") == (body, "named")


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ('Police released a statement from the victim\'s family on Saturday. "She was the light of our lives."',
     "light", ("the victim's family", "unnamed")),
    ('Mourners read out a letter from the boy\'s mother. "I will miss you every day."', "miss you",
     ("the boy's mother", "unnamed")),
])
def test_words_put_out_from_someone_are_theirs_not_the_publishers(text: str, fragment: str,
                                                                  speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_an_organisations_spokesman_speaks_for_it() -> None:
    assert speaker_of("Apple's spokesman said the phone was safe.", "safe") == ("Apple", "named")


@pytest.mark.parametrize(("text", "person", "body"), [
    ('"Demand has recovered," said oil company Rosneft chief executive Igor Sechin.', "Igor Sechin", "Rosneft"),
    ('"The camps are full," said rights group Human Rights Watch researcher Belkis Wille.', "Belkis Wille",
     "Human Rights Watch"),
])
def test_a_person_named_after_the_kind_of_body_and_a_role_speaks(text: str, person: str, body: str) -> None:
    claim = claims(text)[0]
    assert (claim.speaker, claim.affiliation) == (person, body)


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The Pakistani Taliban claimed the attack in Peshawar. In Kabul, the Taliban said they had no role in it.",
     "no role", "Taliban"),
    ("Fighters of the Free Syrian Army retreated from the town. The Army said it had retaken the area.",
     "retaken", "Army"),
])
def test_a_head_word_is_no_other_bodys_short_name(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == (speaker, "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("The patient died on Monday, according to a statement posted by the hospital on Facebook.",
     ("the hospital", "unnamed")),
    ("The deal was illegal, according to a letter sent by lawyers for the victims to the attorney general.",
     ("lawyers for the victims", "unnamed")),
    ("The crowd was peaceful, according to remarks by the police chief, John Ross, at a news conference.",
     ("John Ross", "named")),
])
def test_the_author_of_words_according_to_cites_ends_where_they_spoke(text: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, "according") == speaker


def test_a_quantifier_before_a_verb_of_evidence_is_no_unnamed_person() -> None:
    text = "Thousands of documents were released on Friday. Some showed that the agency had known."
    assert speaker_of(text, "agency had known")[1] != "unnamed"


def test_a_mixed_case_nickname_in_brackets_is_no_acronym() -> None:
    assert ("Kim Kardashian", "PERSON") in found("Kim Kardashian (KimK) said the show would end.")


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The family of John Smith, who died in the crash, said they were devastated.", "devastated",
     ("the family of John Smith", "unnamed")),
    ("Lawyers for Maria Ruiz said she would appeal.", "appeal", ("lawyers for Maria Ruiz", "unnamed")),
    ("John Smith died on Monday. Smith's family said he was a gentle man.", "gentle", ("Smith's family", "unnamed")),
    ("The assembly said the vote was void.", "void", ("the assembly", "unnamed")),
])
def test_who_speaks_for_a_person_or_of_their_family_is_not_the_person(text: str, fragment: str,
                                                                      speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_role_then_a_name_after_the_verb_is_the_named_person() -> None:
    assert speaker_of('"We started in a garage," wrote its founder, Ada Moe.', "garage") == ("Ada Moe", "named")


def test_a_person_named_after_a_role_for_a_known_organisation_is_a_person() -> None:
    text = "Spokeswoman for the Pentagon Sabrina Singh said the strikes were precise."
    assert {("Pentagon", "ORG"), ("Sabrina Singh", "PERSON")} <= found(text)
    assert speaker_of(text, "precise") == ("Sabrina Singh", "named")
