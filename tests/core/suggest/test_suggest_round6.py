"""Issue 20, round 6 (generalisation): rules of English naming and reporting motivated by error patterns seen in
two or more real articles (the spent real splits and real-fresh), written as grammar rather than names. Every
sentence here is written for these tests; the people, places, bodies and things are invented."""
from __future__ import annotations

from annotations.suggest.entities import suggest_entities
from tests.core.suggest.suggesting import claims as _claims, found as _found, speaker_of as _speaker_of


def test_a_word_after_the_is_a_thing_even_with_an_apposition() -> None:
    # "the Hajj, the annual pilgrimage", "the Frühburgunder, an early-ripening mutation": a person's name takes no
    # article, so the apposition after it describes a thing (a feast, a grape), not a person
    text = "Pilgrims travel far for the Hajja, the annual feast of the valley. Many stay a week."
    assert not any(t == "PERSON" for _, t in _found(text))
    text = "No wine is as prized as the Kellerbrand, an early-ripening mutation of the red grape."
    assert not any(t == "PERSON" for _, t in _found(text))
    # an apposition after a name without "the" still shows a person
    assert ("Hajja", "PERSON") in _found("The fee was paid by Hajja, a lawyer from the coast.")


def test_a_country_whose_name_begins_with_the_is_named_without_the_article() -> None:
    # "the Netherlands", "The Netherlands" (mid-sentence): the article is no part of the country's name
    assert ("Netherlands", "PLACE") in _found("Trade with Spain and the Netherlands grew last year.")
    assert ("Netherlands", "PLACE") in _found("A team based in The Netherlands has found a tool.")


def test_an_acronym_in_brackets_may_skip_words_of_its_name_and_be_an_english_word() -> None:
    # "Five-hundred-meter Aperture Spherical Radio Telescope (FAST)": its letters are some of the initials, in
    # order, first and last kept; then every later "FAST" names it, though "fast" is an English word
    text = ("The Grand Lunar Optical Radio Watch (GLOW) opened last year. Astronomers say GLOW will find faint stars, "
            "and GLOW staff agree.")
    found = [s for s in suggest_entities(text) if s.exact in ("GLOW", "Grand Lunar Optical Radio Watch")]
    assert len(found) == 4 and all(s.type == "ORG" for s in found)
    # a gloss in brackets between a name and its acronym ("Initiative Schwarze Menschen in Deutschland
    # (Initiative of Black People in Germany) (ISD)"): the name before the gloss is spelled by the letters
    text = "One of them is the Verein Freie Bauern in Oberland (Union of Free Farmers in Oberland) (VFO), a group."
    assert {("Verein Freie Bauern in Oberland", "ORG"), ("Union of Free Farmers in Oberland", "ORG")} <= _found(text)
    # a word in brackets that is no acronym of the words before stays unsuggested as their acronym
    assert ("Quiet Harbour Walk", "ORG") not in _found("We took the Quiet Harbour Walk (WALK) at dawn.")


def test_a_journal_named_after_published_in_is_an_organisation() -> None:
    # "published in Proceedings of the National Academy of Sciences", "published in journal Nature Climate
    # Change", "published in Frontiers in Ecology and the Environment journal", "journals including Social
    # Science & Medicine": the publication is an organisation (the real gold's rule), whole
    for text, name in (("The study was published in Annals of Coastal Botany on Monday.", "Annals of Coastal Botany"),
                       ("Their paper, published in journal Marine Letters Today, says so.", "Marine Letters Today"),
                       ("A paper published in Frontiers in Soil and the Sea journal suggests it.",
                        "Frontiers in Soil and the Sea"),
                       ("Articles in journals including Fish & Society have said so.", "Fish & Society")):
        assert (name, "ORG") in _found(text), text
    # a place or a time after "published in" is none
    assert not any(t == "ORG" for _, t in _found("The book was published in London in March."))


def test_verbs_of_saying_in_the_plural_present_report() -> None:
    # "the researchers note", "They note that …", "others argue that …", "posit scientists": the plural present of
    # a verb of saying reports as its -s form does ("notes", "argues")
    text = ("The surveyors believe that the wall is old. They note that building such a wall, which took years, "
            "suggests that the town was rich.")
    assert _speaker_of(text, "building such a wall") == ("the surveyors", "unnamed")
    text = "While farmers blame the drought for the losses, others argue that the river was mismanaged."
    assert _speaker_of(text, "river was mismanaged") == ("others", "unnamed")
    text = "Digging the canal, the engineers note, required great skill."
    assert _speaker_of(text, "great skill") == ("the engineers", "unnamed")
    # a note is no verb
    assert not _claims("She left a note on the kitchen door before the long trip.")


def test_a_participle_phrase_after_the_subject_names_no_speaker() -> None:
    # "A team of researchers affiliated with several institutions in The Netherlands has found …", "The research,
    # supported by X and Y …, reveals …": the place or body inside the participle phrase does not speak
    text = "A team of biologists affiliated with two institutes in Norway has found evidence of the disease."
    assert _speaker_of(text, "evidence of the disease") == ("a team of biologists", "unnamed")
    text = ("The survey, supported by the Halvard Trust and the Coastal Science Fund as part of the Reef Watch "
            "Initiative, reveals that 30 percent of reefs are gone.")
    assert _speaker_of(text, "reefs are gone") == ("the survey", "unnamed")


def test_a_known_acronym_is_known_with_dots_too() -> None:
    # "the U.N. headquarters", "the 2015 U.N. Paris Agreement", "The U.N.-backed principle": "U.N." is the UN
    assert ("U.N.", "ORG") in _found("Delegates met at the U.N. headquarters on Monday.")
    assert ("U.N.", "ORG") in _found("The U.N.-backed plan was signed.")
