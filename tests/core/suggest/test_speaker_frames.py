"""How a sentence frames its source, beyond "X said": a verb of remembering after a quote, a comparison opening the
sentence before "He said", an adverb or a linking word before the verb, the author of words "according to" cites, the
kind of body named before it, a pronoun after the verb, a quantifier as the subject, a passive of quoting. Invented
sentences; each failed before the rule."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, found, speaker_of


@pytest.mark.parametrize("verb", ["recalls", "remembers", "recounts"])
def test_a_verb_of_remembering_after_a_quote_names_its_speaker(verb: str) -> None:
    text = ('Maria Olsen ran the first survey. "The goats were so smart," ' + verb +
            ' Tom Berg, coordinator of the programme, with a laugh.')
    assert speaker_of(text, "goats") == ("Tom Berg", "named")


@pytest.mark.parametrize("opening", ["Like", "Unlike", "Much like", "Alongside"])
def test_a_person_in_an_opening_comparison_is_not_whom_he_refers_to(opening: str) -> None:
    text = (f'{opening} Mayor Kari Holm, council leader Tom Berg kept his comments short.\n\n'
            '"We will see what the harbour needs," he said.')
    assert speaker_of(text, "harbour needs") == ("Tom Berg", "named")


def test_an_adverb_opening_a_sentence_is_no_organisation_and_no_speaker() -> None:
    text = ('The federation formed a panel to study the crash. Afterwards, the group revealed its findings: the '
            'driver braked late.')
    assert ("Afterwards", "ORG") not in found(text)
    assert speaker_of(text, "braked late")[0] != "Afterwards"


def test_a_lower_case_adverb_before_an_inverted_verb_is_not_the_subject() -> None:
    text = ('The charity won the prize in 1947 for its work helping refugees; principally, noted the newspaper '
            'Harbour Gazette, families of refugees.')
    assert speaker_of(text, "principally") == ("Harbour Gazette", "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("According to the private fears expressed by a senior parliamentary official, another flare-up could split "
     "the nation.", ("a senior parliamentary official", "unnamed")),
    ("According to a statement issued by the Harbour Authority, the port will close on Friday.",
     ("Harbour Authority", "named")),
    ("According to an official mailing list post from the organising committee, the city was chosen for its team.",
     ("the organising committee", "unnamed")),
])
def test_according_to_words_someone_said_names_who_said_them(text: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, "According") == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Three people were arrested on Friday, said rights group Amnesty International.", "Amnesty International"),
    ('"We are shocked by the footage," said state broadcaster NHK.', "NHK"),
    ("Families were turned away, noted Israeli newspaper Haaretz.", "Haaretz"),
])
def test_the_kind_of_body_before_its_name_is_no_part_of_the_source(text: str, speaker: str) -> None:
    assert speaker_of(text, "") == (speaker, "named")


def test_a_pronoun_after_the_verb_is_its_subject() -> None:
    text = ('Tom Berg, a witness of the blast, said guards tried to stop the truck. "Three guards shouted at the '
            'driver to stop," said he.')
    assert speaker_of(text, "Three guards") == ("Tom Berg", "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Residents claimed to have seen a jet. Some also noted the colours resembled an airliner.", "some"),
    ("Teachers met online. Many said students should not be graded this term.", "many"),
])
def test_a_quantifier_as_the_subject_is_an_unnamed_source(text: str, speaker: str) -> None:
    assert speaker_of(text, text.split(". ")[1][:12]) == (speaker, "unnamed")


@pytest.mark.parametrize(("text", "speaker"), [
    ('"I have never seen a jet fly so low over our island," one resident was quoted as saying.',
     ("one resident", "unnamed")),
    ("Tom Berg, manager of the yard, is quoted by the paper as saying he will not sell.", ("Tom Berg", "named")),
])
def test_the_subject_of_was_quoted_as_saying_speaks(text: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, text[:10]) == speaker


def test_a_royal_named_by_kinship_speaks_without_title_or_family_name() -> None:
    text = "Akishino's daughter Princess Mako announced last month her plans to leave the royal family."
    assert speaker_of(text, "announced") == ("Mako", "named")


@pytest.mark.parametrize("text", [
    "According to Iraqi political analyst Tom Berg, the cleric is a thorn in the side of other groups.",
    "According to British historian Tom Berg, the treaty was never signed.",
    '"We will win the vote," said Labour leader Tom Berg.',
])
def test_a_nationality_and_a_role_before_a_name_after_the_verb_name_the_speaker(text: str) -> None:
    assert speaker_of(text, text[:12]) == ("Tom Berg", "named")


def test_a_name_before_an_apposition_left_open_is_the_subject() -> None:
    text = ('Jarret Brachman, consultant to the government on terrorism said in an interview, "He is one of the '
            'most revered authors."')
    assert speaker_of(text, "revered") == ("Jarret Brachman", "named")


@pytest.mark.parametrize(("text", "person"), [
    ("Tom French said the vote was historic.", "Tom French"),
    ("Mary English, a nurse at the clinic, said the ward was full.", "Mary English"),
])
def test_a_given_name_before_a_nationality_surname_is_a_person_in_context(text: str, person: str) -> None:
    assert (person, "PERSON") in found(text)
    assert speaker_of(text, "said") == (person, "named")


def test_the_quote_after_a_sentence_putting_out_a_statement_is_its_subjects() -> None:
    text = ('Senator Kari Holm, Republican from Texas, issued a statement regarding the decision. "Like many '
            'Texans, I am disappointed with the decision."')
    assert speaker_of(text, "Like many Texans") == ("Kari Holm", "named")


def test_a_statement_put_out_before_a_colon_is_its_subjects() -> None:
    text = 'The council released a statement on Friday: "We regret the closure of the harbour."'
    assert speaker_of(text, "regret") == ("the council", "unnamed")


def test_an_acronym_made_of_word_beginnings_speaks_as_its_expansion() -> None:
    """'Tokyo Electric Power Company (TEPCO)': a word may give more than its initial (T-E-P-CO)."""
    text = ('On Monday, plant operator Harbour Electric Power Company (HEPCO) reported high radiation in the '
            'reactors. HEPCO later conceded that a partial meltdown had occurred.')
    assert speaker_of(text, "reported") == ("Harbour Electric Power Company", "named")
    assert speaker_of(text, "conceded") == ("Harbour Electric Power Company", "named")
    assert ("HEPCO", "ORG") in found(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ('The boycott has critics. Dodds of Time Magazine points out, "At first glance, the brand seems a target."',
     ("Dodds", "Time Magazine")),
    ('Tom French from the Equality Network said of the vote: "Tonight the parliament backed the bill."',
     ("Tom French", "Equality Network")),
])
def test_a_name_before_of_and_an_organisation_speaks_with_it_as_affiliation(text: str, speaker: tuple[str, str]) -> None:
    claim = next(c for c in claims(text) if "," in c.exact or ":" in c.exact)
    assert (claim.speaker, claim.affiliation) == speaker


@pytest.mark.parametrize("role", ["agent", "publicist", "spokeswoman", "attorney"])
def test_a_persons_agent_speaks_unnamed_not_the_person(role: str) -> None:
    text = f"Maria Olsen was found dead on Monday. Olsen's {role} said she was in London for a recording session."
    assert speaker_of(text, "recording") == (f"Olsen's {role}", "unnamed")


def test_a_statement_by_a_body_opening_a_paragraph_is_its_authors_it() -> None:
    """The document and its author open a paragraph, not the text: "It said" is the author's, not the platform's."""
    text = ('Her death was announced by the Harbour Foundation on Friday.\n\nA statement by the Harbour Foundation was '
            'posted on Facebook. It said "We are heartbroken over the loss of our dear friend."')
    assert speaker_of(text, "heartbroken") == ("Harbour Foundation", "named")


def test_a_hotel_or_resort_is_a_place() -> None:
    assert ("Rasa Sentosa Resort", "PLACE") in found("The diver was taken from the Rasa Sentosa Resort on Monday.")
    assert ("Al-Ghaza Hotel", "PLACE") in found("Pilgrims gathered near the Al-Ghaza Hotel on Monday.")


def test_a_person_named_in_a_relative_clause_before_the_verb_is_not_the_speaker() -> None:
    text = ('Phillip Chan died on Monday. While his colleagues declined to comment, a staff member at the resort, '
            'who witnessed Chan being taken away by ambulance, stated, "It all happened very quickly."')
    assert speaker_of(text, "quickly") == ("a staff member at the resort", "unnamed")


def test_a_relative_clause_left_open_before_the_verb_keeps_the_person_as_subject() -> None:
    text = 'Evan Kohlmann, who tracks jihadi Web sites for NBC News said, "He was an administrator on the forum."'
    assert speaker_of(text, "administrator") == ("Evan Kohlmann", "named")


def test_an_organisation_speaking_by_its_head_word_is_the_fuller_name_the_text_gave() -> None:
    text = ("The US Navy's 5th Fleet reported that four pirates came within 270 meters of the ship. The Navy said the "
            "crew undertook evasive maneuvers.")
    assert speaker_of(text, "evasive") == ("US Navy", "named")
