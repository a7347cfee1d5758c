"""Issue 20, rules of English news reporting that find a claim's speaker (round 3, tuned on real news by
others): each rule proved on sentences written for these tests, never copied from an article."""
from __future__ import annotations

from collections.abc import Iterator

from pytest import MonkeyPatch

from annotations.suggest import Suggestion
from annotations.suggest.claims import sentences, suggest_claims
from annotations.suggest.entities import suggest_entities


def _claims(text: str) -> list[Suggestion]:
    return suggest_claims(text, suggest_entities(text))


def _speaker_of(text: str, fragment: str) -> tuple[str | None, str | None, str | None]:
    claim = next(c for c in _claims(text) if fragment in c.exact)
    return claim.speaker, claim.speaker_kind, claim.affiliation


def test_a_leading_participle_clause_does_not_hold_the_reporting_verb() -> None:
    text = ("Ingrid Solheim runs the ferry. Asked why officials called the meeting, Solheim said the fares were too high. "
            "As the chart below shows, the new figures suggest that fares doubled.")
    assert _speaker_of(text, "fares were too high")[:2] == ("Ingrid Solheim", "named")
    assert _speaker_of(text, "fares doubled")[:2] == ("the new figures", "unnamed")


def test_she_goes_to_the_last_woman_named_not_to_the_last_person() -> None:
    text = ("Marta Kowalczyk chairs the harbour board. She opened the meeting at noon. Tomas Berg presented his "
            "accounts. \"The harbour fees will double,\" she said.")
    assert _speaker_of(text, "fees will double")[:2] == ("Marta Kowalczyk", "named")


def test_he_goes_to_the_latest_person_whose_gender_the_text_does_not_rule_out() -> None:
    text = ("Jonas Haugen founded the mill in 1990. Ms Anna Lindqvist runs it now. He said the mill "
            "would hire twenty people.")
    assert _speaker_of(text, "hire twenty")[:2] == ("Jonas Haugen", "named")


def test_a_surname_tagged_as_a_place_is_the_person_the_text_named_with_it() -> None:
    text = ("The conductor Rosa Phoenix opened the season in Oslo. \"We will tour again next spring,\" Phoenix "
            "said on Sunday.")
    assert _speaker_of(text, "tour again")[:2] == ("Rosa Phoenix", "named")


def test_interview_answers_are_claims_by_the_labelled_person() -> None:
    text = ("Lena Moe founded the harbour school in 2004 and still teaches there.\n"
            "Harbour Weekly: You say that small schools teach better. Why?\n"
            "Lena Moe: Small classes let teachers know every child.\n"
            "Parents notice the difference within a term.\n"
            "Harbour Weekly: What comes next?\n"
            "Ms Moe: We will open a second school in the autumn.\n")
    claims = _claims(text)
    speakers = {c.exact: c.speaker for c in claims}
    assert speakers["Small classes let teachers know every child."] == "Lena Moe"
    assert speakers["Parents notice the difference within a term."] == "Lena Moe"
    assert speakers["We will open a second school in the autumn."] == "Lena Moe"
    assert speakers["Harbour Weekly: You say that small schools teach better."] == "Lena Moe"
    assert not any("What comes next" in c.exact or c.exact == "Why?" for c in claims)


def test_an_embedded_post_belongs_to_the_name_signed_under_it() -> None:
    text = ("The ferry company raised its fares on Monday for the second time this year, and islanders who "
            "commute to the mainland every day were quick to say what they thought of it on social media, "
            "where the company's own account stayed silent for most of the afternoon.\n"
            "The new fares are a scandal for island families.\n"
            "— Ola Nordmann (@olanordmann) May 3, 2021\n")
    assert _speaker_of(text, "scandal for island families")[:2] == ("Ola Nordmann", "named")


def test_a_middle_initial_gives_the_fullest_name() -> None:
    text = ("Harald Berg opened the plant. \"We hired forty people,\" Harald Berg said. "
            "The report was written by Harald T. Berg.")
    assert _speaker_of(text, "hired forty")[0] == "Harald T. Berg"


def test_a_name_no_entity_suggestion_caught_is_still_the_speaker_in_its_fullest_form() -> None:
    text = ("The choir was led by co-founder Gayle Brisk for a decade. \"We sang in every church on the coast,\" "
            "Brisk said. Vo Tranh, the choir's treasurer, said the accounts were sound.")
    assert _speaker_of(text, "every church")[:2] == ("Gayle Brisk", "named")
    assert _speaker_of(text, "accounts were sound")[:2] == ("Vo Tranh", "named")


def test_according_to_a_titled_person_and_said_an_organisation_role_person() -> None:
    text = ("Tor Rask heads the grid office. Demand peaked at noon, according to Mr. Rask. "
            "Repairs will take a week, said Harbour Authority spokesman Ole Brandt.")
    assert _speaker_of(text, "peaked at noon")[:2] == ("Tor Rask", "named")
    assert _speaker_of(text, "Repairs will take")[:3] == ("Ole Brandt", "named", "Harbour Authority")


def test_he_after_a_spokesperson_for_an_organisation_is_that_organisation() -> None:
    text = ("Jonas Lie chairs the council. A spokesman for the Northern Water Agency said the dam was safe. "
            "\"The inspection found no cracks,\" he said.")
    assert _speaker_of(text, "no cracks")[:2] == ("Northern Water Agency", "named")


def test_they_goes_back_to_a_plural_source_named_in_passing() -> None:
    text = ("The closure of the ferry left some of the island's fish traders angry. They said the mainland "
            "market was now out of reach.")
    assert _speaker_of(text, "out of reach")[:2] == ("some of the island's fish traders", "unnamed")


def test_sources_listed_together_are_one_unnamed_speaker() -> None:
    text = ("Dock workers, crane operators and harbour volunteers said the night shift was unsafe. The dock "
            "closed at noon. Chinese investors said the port would grow.")
    assert _speaker_of(text, "night shift")[:2] == ("dock workers, crane operators and harbour volunteers",
                                                    "unnamed")
    assert _speaker_of(text, "port would grow")[:2] == ("Chinese investors", "unnamed")  # a proper adjective


def test_more_unnamed_sources_others_an_academic_staff_on_contracts() -> None:
    text = ("Others reported that the library had closed early. One academic told the panel how the course "
            "was cut. Staff on fixed-term contracts said they could not plan ahead.")
    assert _speaker_of(text, "library had closed")[:2] == ("others", "unnamed")
    assert _speaker_of(text, "course was cut")[:2] == ("one academic", "unnamed")
    assert _speaker_of(text, "could not plan")[:2] == ("staff on fixed-term contracts", "unnamed")


def test_claims_without_quotes_by_more_reporting_verbs() -> None:
    text = ("The Nordic Weather Office forecasts snow over the weekend. Inspectors discovered a crack in the "
            "pipe. Halvor Moen theorized that the dam would fail. The union cited a shortage of drivers. "
            "As the table shows, the new survey suggests that rents doubled.")
    claims = _claims(text)
    for fragment in ("snow over the weekend", "a crack in the pipe", "dam would fail", "shortage of drivers",
                     "rents doubled"):
        assert any(fragment in c.exact for c in claims), fragment
    assert _speaker_of(text, "dam would fail")[:2] == ("Halvor Moen", "named")
    assert _speaker_of(text, "rents doubled")[:2] == ("the new survey", "unnamed")


def test_a_campaign_or_office_of_a_named_speaker_is_named_as_worded() -> None:
    text = "Ingrid Solheim runs for mayor. Solheim's campaign countered that she had cut the deficit."
    assert _speaker_of(text, "cut the deficit")[:2] == ("Solheim's campaign", "named")


def test_he_and_his_colleagues_is_the_person() -> None:
    text = ("Arne Dahl studied the fjord for years. In 2001 he and his colleagues predicted that the ice "
            "would retreat.")
    assert _speaker_of(text, "ice would retreat")[:2] == ("Arne Dahl", "named")


def test_a_line_break_ends_a_sentence_whatever_the_segmenter_returns(monkeypatch: MonkeyPatch) -> None:
    """sentencex sometimes returned several paragraphs as one piece (seen after a quoted book title in a Q&A); the
    segmenter is now asked one line at a time, so even a segmenter that never cuts leaves a headline its own
    sentence. (A reviewer found the older test's failing case could no longer happen.)"""
    import sentencex  # type: ignore[import-untyped]

    text = ("Harbour rents\n" + "The first test went well for the crews. " * 4
            + "But the new survey suggests that rents doubled.\n")
    asked: list[str] = []

    def never_cuts(language: str, piece: str) -> Iterator[dict[str, object]]:
        asked.append(piece)
        yield {"start_index": 0, "end_index": len(piece), "text": piece}

    monkeypatch.setattr(sentencex, "get_sentence_boundaries", never_cuts)
    spans = [text[a:b] for a, b in sentences(text)]
    assert asked == [line for line in text.split("\n") if line]
    assert spans == ["Harbour rents", text.split("\n")[1].rstrip()]


def test_the_court_heard_a_witness_say_is_the_witness() -> None:
    text = "Lars Eide and Per Holm were charged. The court heard Eide admit that the valve was never checked."
    assert _speaker_of(text, "valve was never checked")[:2] == ("Lars Eide", "named")


def test_a_definite_description_goes_to_the_person_the_text_gave_that_role() -> None:
    text = ("The debate was opened by billionaire Harald Sunde on Monday. Later in the day, at a dinner in "
            "Bergen, the billionaire suggested that taxes were too high.")
    assert _speaker_of(text, "taxes were too high")[:2] == ("Harald Sunde", "named")


def test_a_role_before_a_title_is_no_role_of_the_person() -> None:
    text = ("Fishing quotas were cut by state Sen. Tove Rask last year. Angry fishermen in the state said the "
            "cut was unfair.")
    assert _speaker_of(text, "cut was unfair")[:2] == ("angry fishermen in the state", "unnamed")


def test_a_lone_name_label_is_a_quoted_heading_not_an_interview() -> None:
    text = ("Lena Moe: The harbour is dying\n"
            "I grew up by the harbour and watched the boats leave one by one.\n"
            "Now the quay is empty most days.\n")
    claims = _claims(text)
    assert [c.speaker for c in claims if "The harbour is dying" in c.exact] == ["Lena Moe"]
    assert not any(c.speaker == "Lena Moe" for c in claims if "boats leave" in c.exact or "quay" in c.exact)


def test_called_before_a_name_is_naming_not_reporting() -> None:
    text = ("Asked why she joined a choir called the Harbour Voices, Ingrid Solheim said the singing kept her "
            "going. We measured this with a test called \"Reading Faces\", which took an hour.")
    assert _speaker_of(text, "kept her going")[:2] == ("Ingrid Solheim", "named")
    assert not any("Reading Faces" in c.exact and c.source == "reporting-verb" for c in _claims(text))


def test_put_it_introduces_a_statement_and_a_source_keeps_a_longer_modifier() -> None:
    text = "The executive of the island's ferry operator put it simply: fares \"will not rise this year\"."
    assert _speaker_of(text, "will not rise")[:2] == ("the executive of the island's ferry operator", "unnamed")


def test_an_unnamed_role_in_apposition_is_the_named_person_before_it() -> None:
    text = ("Ada Lindholm, CEO of Harbour Freight Ltd \u2014 which runs the night ferries \u2014 said the "
            "timetable would change.")
    assert _speaker_of(text, "timetable would change") == ("Ada Lindholm", "named", "Harbour Freight Ltd")


def test_she_skips_a_man_the_entity_suggester_missed() -> None:
    text = ("Meghan met the board on Monday. \"We will not wait,\" Meghan said. Harry, who chairs the board, said "
            "he disagreed. \"The plan is sound,\" she said.")
    assert _speaker_of(text, "plan is sound")[0] == "Meghan"


def test_a_speaker_of_its_own_keeps_a_claim_that_according_to_reports() -> None:
    text = ("Privately, some harbour workers are grumbling that the new tugs are too slow, according to people "
            "who have spoken with them.")
    assert _speaker_of(text, "tugs are too slow")[:2] == ("some harbour workers", "unnamed")
    text = "Privately, the tug crews are grumbling that pay is late, according to harbour officials."
    assert _speaker_of(text, "pay is late")[:2] == ("the tug crews", "unnamed")  # any source noun phrase (round 26)
    text = "Privately, there is grumbling that pay is late, according to harbour officials."
    assert _speaker_of(text, "pay is late")[:2] == ("harbour officials", "unnamed")  # no subject found: "according to"


def test_a_participle_after_a_dash_or_with_an_agent_is_no_reporting_verb() -> None:
    text = ("Ola Brekke's resignation \u2014 revealed only a day before the vote \u2014 has angered some "
            "officials in the town who suspect he planned it for months.")
    speaker = _speaker_of(text, "planned it for months")
    assert speaker[1] == "unnamed" and speaker[0] is not None and speaker[0].startswith("some officials")
    text = ("Ola Brekke spoke in Bergen. In the speech, first reported by the Harbour Gazette, the former "
            "mayor argued that fares were too high.")
    assert _speaker_of(text, "fares were too high")[0] != "Harbour Gazette"


def test_a_reporting_word_after_a_determiner_or_before_an_auxiliary_is_no_verb() -> None:
    # round 26: "an estimated cost", "recent reports have revealed": the noun or adjective, not the verb
    text = ("The council will rebuild the quay at an estimated cost of two million kroner, although a recent "
            "survey found that most skippers want a new one.\n"
            "Recent claims have suggested that the old quay of the harbour built by the Hansa merchants in "
            "Bergen is sinking.")
    assert _speaker_of(text, "most skippers want")[:2] == ("a recent survey", "unnamed")
    assert _speaker_of(text, "old quay")[:2] == ("recent claims", "unnamed")


def test_in_a_statement_opening_a_sentence_leaves_the_main_verb_and_the_head_noun_names_the_organisation() -> None:
    # round 26: "In a statement to X, the Museum denied …": the Museum (its head noun), not X
    text = ("The Museum of Coastal Life in Narvik lent the old pilot boats to the festival.\n"
            "In a statement to the Nordland Broadcasting Corporation, the Museum denied that any boat was damaged.\n"
            "In a statement, harbour master Ola Brekke said the boats would sail again on Monday.\n"
            "The Museum also says the boats were insured.")
    assert _speaker_of(text, "any boat was damaged")[:2] == ("Museum of Coastal Life", "named")
    assert _speaker_of(text, "sail again")[:2] == ("Ola Brekke", "named")
    assert _speaker_of(text, "boats were insured")[:2] == ("Museum of Coastal Life", "named")


def test_a_lone_quote_belongs_to_the_speaker_of_the_sentence_right_before_it_in_its_paragraph() -> None:
    # round 26: "X noted that … . "Quote."" — X's, not the last quoted speaker paragraphs earlier
    text = ("\"The quay is safe,\" the Port Authority said on Monday.\n"
            "Engineer Sigrid Holm noted that the piles are rotting. \"Nobody has measured them since 1990.\"\n"
            "As Holm told the Harbour Weekly, the repairs will take a year. \"We need divers first.\"")
    assert _speaker_of(text, "Nobody has measured")[:2] == ("Sigrid Holm", "named")
    assert _speaker_of(text, "We need divers")[:2] == ("Sigrid Holm", "named")


def test_verbs_that_open_a_quote_describe_something_as_or_agree_with_a_plural_source_report_a_claim() -> None:
    # round 26: 'X commented, "…"'; "describe/characterize X as Y"; plural "show"/"suggest"
    text = ("Harbour master Ola Brekke commented, \"The new quay will outlast all of us.\"\n"
            "The Tromsø Anglers Club describe the new fishing rules as a disaster for small boats.\n"
            "Estimates suggest nine hundred boats may leave the fleet.\n"
            "Logbooks of the Tromsø Anglers Club, kept since 1950, show catches of cod fell by half.")
    assert _speaker_of(text, "outlast all of us")[:2] == ("Ola Brekke", "named")
    assert _speaker_of(text, "a disaster for small boats")[:2] == ("Tromsø Anglers Club", "named")
    assert _speaker_of(text, "nine hundred boats")[:2] == ("estimates", "unnamed")
    assert _speaker_of(text, "catches of cod fell")[:2] == ("Tromsø Anglers Club", "named")


def test_only_a_past_tense_with_a_comma_or_colon_opens_a_quote_as_a_verb_of_speech() -> None:
    from annotations.suggest.reporting_verbs import _QUOTE_FRAME

    assert _QUOTE_FRAME.search('Ola Brekke commented, "The quay will last."').group(1) == "commented"
    assert _QUOTE_FRAME.search('The mayor reasoned: "Fees pay for the quay."').group(1) == "reasoned"
    assert _QUOTE_FRAME.search('a booklet titled "Cod and Weather in the North"') is None


def test_he_opening_a_sentence_prefers_the_subject_of_the_sentence_before_to_the_last_man_named() -> None:
    # round 26: "X asked for help to defend Y. He described Y as …": X, the subject, not Y, named last
    text = ("Jonas Vik and Petter Lund sail the same route.\n"
            "Jonas Vik raised money on his blog in order to help Petter Lund with his repairs. He described "
            "Lund as the best skipper in the north.\n"
            "Petter Lund's boat was towed to Bodø. He said the engine had failed twice.")
    assert _speaker_of(text, "best skipper")[:2] == ("Jonas Vik", "named")
    assert _speaker_of(text, "engine had failed")[:2] == ("Petter Lund", "named")


def test_it_after_an_acronym_speaks_with_the_organisations_full_name() -> None:
    # round 26: organisations speak by their full name, also when "it" refers back to their acronym
    text = ("The Arctic Pilotage Service (APS) runs the pilot boats out of Hammerfest.\n"
            "\"Two boats are out of service,\" said APS. \"The winter schedule will be cut by a third,\" it added.")
    assert _speaker_of(text, "winter schedule")[:2] == ("Arctic Pilotage Service", "named")


def test_possessives_and_examples_inside_a_source_give_its_owner_and_its_head() -> None:
    # round 26: "according to Norway's X" -> X; "The BBC's analysis of its own figures concluded" -> the BBC,
    # not the object of "of"; "other papers such as the Y have said" -> the papers, Y is an example
    text = ("Two ferries collided off Bodø on Sunday, according to Norway's Coastal Administration.\n"
            "The BBC's recent analysis of its own audience figures concluded that most viewers want shorter news.\n"
            "Other papers such as the Lofoten Post have said that the ferries were overloaded.\n"
            "The mayor was questioned by a group of angry fishermen who said the harbour lights were broken.")
    assert _speaker_of(text, "Two ferries collided")[:2] == ("Coastal Administration", "named")
    assert _speaker_of(text, "shorter news")[:2] == ("BBC", "named")
    assert _speaker_of(text, "ferries were overloaded")[:2] == ("other papers such as the Lofoten Post", "unnamed")
    assert _speaker_of(text, "lights were broken")[:2] == ("angry fishermen", "unnamed")


def test_a_plural_present_after_a_determiner_is_a_noun_and_no_claim() -> None:
    # round 26: "show" reports for a plural source ("Tests show …"), but "The show runs …" is no claim
    text = "The show runs until May at the harbour museum.\nTests show the water in the harbour is clean."
    assert [c.exact for c in _claims(text)] == ["Tests show the water in the harbour is clean."]
    assert _speaker_of(text, "water in the harbour")[:2] == ("tests", "unnamed")


def test_no_source_phrase_from_a_passive_subject_an_object_or_an_adverbial() -> None:
    # round 26: the source-phrase rule stays out of passives ("The logbook was found …"), of the object after
    # a verb that does not invert ("announces new ferries"), and of adverbials ("Despite her ratings, …")
    text = ("The logbook of the ferry was found on a quay in Bodø and shown to reporters.\n"
            "Harbour board announces new ferries for the northern route\n"
            "Despite the storms this winter, the crossings remained on time, the harbour master said.")
    speakers = {c.exact: (c.speaker, c.speaker_kind) for c in _claims(text)}
    assert speakers.get("The logbook of the ferry was found on a quay in Bodø and shown to reporters.",
                        (None, None)) == (None, None)
    assert speakers.get("Harbour board announces new ferries for the northern route", (None, None))[0] != \
        "new ferries for the northern route"
    assert _speaker_of(text, "remained on time")[:2] == ("the harbour master", "unnamed")
