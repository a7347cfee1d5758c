"""Constructions seen in judged real articles by others in stop 42 (each test names one), and a reviewer's sentences
against the rules first made for them: what the rules must not take."""
from __future__ import annotations

from annotations.suggest.entities import suggest_entities
from tests.core.suggest.suggesting import claims, found, speaker_of


def test_a_role_after_a_leading_clause_or_with_a_name_in_it_is_not_the_previous_subject() -> None:
    """A reviewer's sentences: the role fits the previous sentence's object as often as its subject, so it stays
    as worded (a rule that took the subject was taken back)."""
    cases = [("Antony Blinken met Sergei Lavrov in Geneva on Friday. Afterwards, the Russian minister said the talks "
              "were frank.", "talks were frank", "Antony Blinken"),
             ("Novak Djokovic beat Carlos Alcaraz in the final. Speaking afterwards, the Spanish player said he had "
              "learned a lot.", "learned a lot", "Novak Djokovic"),
             ("Kim Kardashian posted a photo with Pete Davidson. In an interview, the comedian said he was happy.",
              "was happy", "Kim Kardashian"),
             ("Ada Moe praised her teammate Sam Kerr. Later, the Chelsea striker said the team was united.",
              "team was united", "Ada Moe")]
    for text, claim, wrong in cases:
        assert speaker_of(text, claim)[0] != wrong


def test_a_role_the_text_gave_is_matched_only_as_the_role_alone() -> None:
    text = ("Judge Amy Berman ruled for the company in March. The appeals court reversed her in May.\n\n"
            "“The law is clear,” said the other judge.\n\n“We will appeal,” wrote the appeals judge.")
    assert speaker_of(text, "law is clear")[0] != "Amy Berman"
    assert speaker_of(text, "We will appeal")[0] != "Amy Berman"


def test_a_time_between_an_unlisted_subject_and_its_verb() -> None:
    text = "Veltrix at the time said it disagreed strongly with the court's decision."
    assert speaker_of(text, "disagreed strongly") == ("Veltrix", "named")


def test_a_role_after_a_leading_clause_with_nobody_named_before_stays_as_worded() -> None:
    text = "In the end, the actor said he would return next year."
    assert speaker_of(text, "would return") == ("the actor", "unnamed")



def test_a_zoo_is_an_organisation_and_the_zoo_later_is_it() -> None:
    text = ("A baby orangutan born at the Kestrel Valley Zoo puzzled its keepers, so they called the talk show host Morris "
            "Pell.\n\nPell, a father of three, is known for paternity tests on television.\n\n"
            "It was unclear whether her father was Berani or Jaya, the zoo said on Monday.\n\n"
            "Days before he lent his help to the zoo, Pell spoke about his career.")
    assert ("Kestrel Valley Zoo", "ORG") in found(text)
    assert speaker_of(text, "her father was Berani") == ("Kestrel Valley Zoo", "named")


def test_a_clause_ending_in_a_noun_before_a_subject_gives_no_role() -> None:
    text = ("Anna Berg filed the papers in May.\n\nIn the criminal complaint, Ruiz says the car was stolen.\n\n"
            "The criminal complaint stated that the car had been found.")
    assert speaker_of(text, "had been found") == ("the criminal complaint", "unnamed")


def test_a_role_set_in_apposition_before_a_name_and_a_question_mark() -> None:
    text = ("Four people were hurt in the crash. And the alleged drunk driver, Dale Farmer?\n\n"
            "The driver then allegedly told the deputies he only spun out.")
    assert speaker_of(text, "only spun out") == ("Dale Farmer", "named")


def test_a_conference_or_an_assembly_takes_its_complement() -> None:
    text = ("Nationwide, 24 states have legalised it, according to the National Conference of State Legislatures.\n\n"
            "The Assembly of First Nations said it would study the bill.")
    assert {("National Conference of State Legislatures", "ORG"), ("Assembly of First Nations", "ORG")} <= found(text)
    assert speaker_of(text, "24 states") == ("National Conference of State Legislatures", "named")


def test_people_close_to_a_body_are_no_voice_of_it() -> None:
    text = ("No platform answered the Commission’s request, according to three people close to the EU’s process.\n\n"
            "People familiar with Google’s plans said the launch was delayed.")
    assert speaker_of(text, "No platform answered") == ("three people close to the EU’s process", "unnamed")
    assert speaker_of(text, "launch was delayed") == ("people familiar with Google’s plans", "unnamed")


def test_a_spokesman_for_a_body_still_speaks_for_it() -> None:
    text = "The plan was dropped, said a spokesman for the Harbour Authority."
    assert speaker_of(text, "plan was dropped")[0] == "Harbour Authority"


def test_a_name_no_list_knows_after_a_leading_clause() -> None:
    text = ("The Delmarva Shorebirds retired his number in the summer.\n\n"
            "In a statement, the Shorebirds said the team was saddened by his death.\n\n"
            "Earlier this year, MotorTrend reported that eleven carmakers entered the market.")
    assert speaker_of(text, "saddened by his death") == ("Delmarva Shorebirds", "named")
    assert speaker_of(text, "eleven carmakers") == ("MotorTrend", "named")


def test_it_opening_a_sentence_is_the_subject_of_its_second_verb() -> None:
    text = ("Two soldiers were killed in a crash, the US military said on Wednesday.\n\n"
            "It did not reveal the crash site and said it was withholding the names of those killed.")
    assert speaker_of(text, "withholding the names") == ("US military", "named")


def test_a_cleft_it_stands_for_nobody() -> None:
    text = ("The FBI searched for the girl for a week.\n\n"
            "It was a family friend who spotted the car and said the girl was inside.")
    assert speaker_of(text, "family friend")[0] != "FBI"


def test_data_released_on_a_day_showed() -> None:
    text = "Better-than-expected data released Wednesday showed that inflation fell to 3.9% in November."
    assert speaker_of(text, "inflation fell") == ("better-than-expected data", "unnamed")  # (lowered, stop 49)


def test_a_rare_unlisted_given_name_alone_is_the_person_named_in_full() -> None:
    text = ("Jenelle Evans doesn’t hold back when it comes to her former castmates.\n\n"
            "Jenelle followed her post with a laughing emoji and then told followers that the show was over.")
    assert ("Jenelle", "PERSON") in found(text)
    assert speaker_of(text, "the show was over") == ("Jenelle Evans", "named")


def test_a_family_name_opening_an_east_asian_name_is_no_given_name() -> None:
    text = "Wang Yi met the envoy on Monday. Wang said the talks were useful."
    assert speaker_of(text, "talks were useful") == ("Wang Yi", "named")


def test_teased_and_indicating_are_no_verbs_of_saying() -> None:
    """A reviewer's sentences: "teased" and "indicating" (tried as verbs of saying) make claims of mockery, hair and
    thermometers, so they are not."""
    text = ("Classmates teased Ada Moe for years before she left the school. She teased her hair and went out.\n\n"
            "The lights were flashing, indicating that the train was approaching.")
    assert not claims(text)


def test_those_who_keep_their_clause() -> None:
    text = ("Those who oppose rapid legalisation said the ruling will protect consumers.\n\n"
            "Fishermen who spoke on Tuesday said the catch was poor.")
    assert speaker_of(text, "protect consumers") == ("those who oppose rapid legalisation", "unnamed")
    assert speaker_of(text, "catch was poor") == ("fishermen", "unnamed")


def test_a_band_named_after_what_it_is_or_a_members_role() -> None:
    text = ("Dolores Ryan, lead singer of Irish rock band The Cranberries, toured in May.\n\n"
            "Laura Lynch, a founding member of The Chicks, has died.\n\n"
            "The Chicks said they were shocked and saddened.\n\nHe wore a wedding band Friday.")
    assert {("Cranberries", "ORG"), ("Chicks", "ORG")} <= found(text)
    assert speaker_of(text, "shocked and saddened") == ("Chicks", "named")
    assert not any(t == "ORG" and w.startswith("Friday") for w, t in found(text))


def test_degrees_after_a_name_are_no_part_of_it_and_no_organisation() -> None:
    text = ("“The analysis looked at blood work,” Kelly Jones MS, RD, CSSD, LDN, sports and fitness dietitian told "
            "Health.\n\n“Try eating well,” Logan DuBose, MD, a geriatrics specialist and co-founder of Olera, a group "
            "for dementia care, told Health.\n\n“It helps,” he said.\n\n"
            "Rachel DeLuca, PhD, a psychologist, told Health the habit helps.")
    assert {("Kelly Jones", "PERSON"), ("Logan DuBose", "PERSON"), ("Rachel DeLuca", "PERSON")} <= found(text)
    assert not {w for w, t in found(text) if t == "ORG"} & {"CSSD", "LDN", "RD", "MD"}
    assert speaker_of(text, "blood work") == ("Kelly Jones", "named")
    assert speaker_of(text, "Try eating well") == ("Logan DuBose", "named")
    assert speaker_of(text, "It helps") == ("Logan DuBose", "named")
    assert speaker_of(text, "habit helps") == ("Rachel DeLuca", "named")


def test_a_date_then_a_name_opened_by_the() -> None:
    text = "Then in June The New York Times wrote about the sudden rise of the brand."
    assert ("New York Times", "ORG") in found(text)
    assert speaker_of(text, "sudden rise") == ("New York Times", "named")


def test_said_a_bodys_role_then_the_person() -> None:
    text = "“This is a huge deal,” said HGSU-UAW steward Rachel E. Petherbridge."
    assert speaker_of(text, "huge deal") == ("Rachel E. Petherbridge", "named")


def test_a_role_the_text_gave_after_the_verb() -> None:
    text = ("Cardinal Jean-Paul Hollerbach has been guiding the synod gently.\n\n"
            "“Our reflection should not take the form of a treatise,” explained the cardinal.")
    assert speaker_of(text, "form of a treatise") == ("Jean-Paul Hollerbach", "named")


def test_a_bodys_letters_and_an_office_before_a_name() -> None:
    text = "Students will be paid at least $50,000, GSAS Dean Emma Dench announced in an email Monday."
    assert ("Emma Dench", "PERSON") in found(text)
    assert speaker_of(text, "paid at least") == ("Emma Dench", "named")
    assert ("Dean Martin", "PERSON") in found("Dean Martin said he would sing.")


def test_an_unnamed_body_is_the_service_and_it_later() -> None:
    text = ("KYIV, Dec 24 (Reuters) - Farmers have ended their blockade of a border crossing, the Ukrainian border "
            "service said on Sunday.\n\n“Truck traffic has been restored,” the service said on the Telegram app.\n\n"
            "“Registration of trucks is carried out as usual,” it added.")
    assert speaker_of(text, "Truck traffic") == ("the Ukrainian border service", "unnamed")
    assert speaker_of(text, "Registration of trucks") == ("the Ukrainian border service", "unnamed")


def test_a_titled_person_after_by_gives_the_next_he_no_gender() -> None:
    text = ("Observers see the gentle way in which Cardinal Jean-Paul Hollerbach has been guiding the synod.\n\n"
            "Hollerbach is the archbishop of Luxembourg. Before being appointed archbishop by Pope Benedict XVI in "
            "2011, he was a missionary in Japan. He raises questions but never imposes answers.\n\n"
            "In welcoming the members, he noted, “We are not sitting in hierarchical order.”")
    assert speaker_of(text, "hierarchical order") == ("Jean-Paul Hollerbach", "named")


def test_a_second_verb_after_but_has_the_sentences_subject() -> None:
    text = ("Les Hardy, a truck driver at a hatchery, braved the cold to attend the town hall. He arrived undecided "
            "about which candidate to back, but said he was considering the governor.")
    assert speaker_of(text, "considering the governor") == ("Les Hardy", "named")


def test_whose_hope_or_view_it_is_speaks() -> None:
    text = ("Cardinal Jean-Paul Hollerbach led the meeting.\n\n"
            "Hollerbach’s hope is that the synod “can develop a road map for the following year”.\n\n"
            "Smith's view is that prices will rise. My hope is that it works.")
    assert speaker_of(text, "road map") == ("Jean-Paul Hollerbach", "named")
    assert speaker_of(text, "prices will rise") == ("Smith", "named")


def test_a_camel_cased_body_after_its_kind_in_an_apposition() -> None:
    text = ("A woman died after she was hit by a falling tree, her employer, the healthcare organisation ZoZijn, said.\n\n"
            "The healthcare group ZoZijn said the woman had worked there for years.")
    assert speaker_of(text, "falling tree") == ("ZoZijn", "named")
    assert speaker_of(text, "worked there") == ("ZoZijn", "named")


def test_a_place_ending_a_long_subject_is_its_setting() -> None:
    text = ("Interviews with 20 voters at town halls in northwestern Iowa showed support was growing.\n\n"
            "The U.S. military's intelligence chief in Afghanistan has criticised the effort.\n\n"
            "Officials in Iowa said turnout fell.")
    assert speaker_of(text, "support was growing") == (
        "interviews with 20 voters at town halls in northwestern Iowa", "unnamed")
    assert speaker_of(text, "criticised the effort")[0] != "Afghanistan"
    assert speaker_of(text, "turnout fell") == ("officials in Iowa", "unnamed")


def test_a_legal_form_after_a_comma_is_part_of_the_name() -> None:
    text = ("Traffic rebounded in 2022, according to Downtown Madison, Inc.’s recently released report.\n\n"
            "Acme Widgets, LLC said sales rose.")
    assert {("Downtown Madison, Inc.", "ORG"), ("Acme Widgets, LLC", "ORG")} <= found(text)
    assert speaker_of(text, "Traffic rebounded") == ("Downtown Madison, Inc.", "named")
    assert speaker_of(text, "sales rose") == ("Acme Widgets, LLC", "named")


def test_a_bodys_name_before_its_report_is_what_the_report_later_is() -> None:
    text = ("The decision followed the Harbour Pay Commission final report released in September.\n\n"
            "The report found that wages were “no longer sufficient” to keep up with costs.")
    assert speaker_of(text, "no longer sufficient") == ("Harbour Pay Commission", "named")


def test_another_opens_an_apposition() -> None:
    text = ("Eva Toorenent hopes the tool will change the status quo.\n\n"
            "Autumn Beverly, another artist, says tools like Glaze have given her the confidence to post again.\n\n"
            "“I’m just really grateful that we have a tool,” she says.")
    assert speaker_of(text, "confidence to post") == ("Autumn Beverly", "named")
    assert speaker_of(text, "really grateful") == ("Autumn Beverly", "named")


def test_a_partner_named_first_shares_the_surname() -> None:
    text = ("As their kids watch TV, Melody and Nariman Tashakor agree that they never celebrated.\n\n"
            "“It is a strong force at this time of year,” Melody says.")
    assert speaker_of(text, "strong force") == ("Melody Tashakor", "named")


def test_no_partner_after_a_surname_a_title_or_a_known_short_name() -> None:
    text = ("Former hosts Megyn Kelly and Bill O’Reilly have gone out on their own. The Queen and King Charles "
            "attended. Andrew Tate spoke first; critics named men like Tate and Russell Brand.")
    names = {s.name for s in suggest_entities(text) if s.type == "PERSON" and s.name}
    assert not names & {"Kelly O’Reilly", "Queen Charles", "Tate Brand"}


def test_an_unnamed_subject_with_an_including_apposition_then_a_second_verb() -> None:
    text = ("Democrats, including the Biden campaign and Vice President Harris, have compared Trump’s rhetoric to "
            "Hitler and argued it is the latest example of how he admires authoritarians.")
    assert speaker_of(text, "latest example") == ("Democrats", "unnamed")


def test_a_participle_after_a_plural_source_is_no_part_of_it() -> None:
    text = ("The ship was disabled after its power system was hit, Indian officials monitoring the situation said.\n\n"
            "Officials handling the case said it was closed.")
    assert speaker_of(text, "ship was disabled") == ("Indian officials", "unnamed")
    assert speaker_of(text, "it was closed") == ("officials", "unnamed")


def test_a_lawmakers_party_and_state_in_brackets_after_the_name() -> None:
    text = ("Sen. Joe Manchin (D-W.Va.), a frequent critic of the administration’s climate policies, said the proposal "
            "“makes absolutely no sense.”\n\nRep. Jane Doe (R-Texas) said the bill would pass.")
    assert speaker_of(text, "makes absolutely no sense") == ("Joe Manchin", "named")
    assert speaker_of(text, "bill would pass") == ("Jane Doe", "named")


def test_a_body_is_remembered_by_its_head_noun_not_its_last_word() -> None:
    text = ("A spokesman for the agency said the probe was continuing. It added that no arrests had been made.\n\n"
            "The mother of a student at the university said her son was missing. The university said it was "
            "helping police.")
    assert speaker_of(text, "no arrests")[0] != "a spokesman for the agency"
    assert speaker_of(text, "helping police") == ("the university", "unnamed")


def test_a_view_with_no_owner_is_no_claim() -> None:
    text = ("The general view is that prices will fall. One view is that the bank will wait.\n\n"
            "Investors' main fear is that rates will rise. Moe's biggest fear is that the plant will close.")
    spoken = {c.exact: c.speaker for c in claims(text)}
    assert not any("prices will fall" in e or "bank will wait" in e for e in spoken)
    assert speaker_of(text, "rates will rise") == ("investors", "unnamed")
    assert speaker_of(text, "plant will close")[0] == "Moe"


def test_reviewer_sentences_against_names_and_documents() -> None:
    """A reviewer's sentences against the stop's rules for legal forms, bands, offices, given names and documents."""
    places = found("Based in Boston, Inc. magazine named the firm. The firm moved to Austin, Texas, Inc. reported.")
    assert ("Boston", "PLACE") in places and not any(t == "ORG" for _, t in places)
    bands = found("The comedy duo Key and Peele won. The trio Peter, Paul and Mary sang. The school's band Director "
                  "Mark Jones spoke. He wore a wedding band Diamonds. He sang in The Queen's Own Rifles band.")
    assert not {w for w, t in bands if t == "ORG"} & {"Key", "Peter", "Director Mark Jones", "Diamonds", "Queen"}
    assert ("UNC Dean Smith Center", "ORG") in found("The game is at the UNC Dean Smith Center on Saturday.")
    people = {s.name for s in suggest_entities("Taoiseach Leo Varadkar met the president. Former Taoiseach Bertie "
                                               "Ahern said he was pleased.") if s.type == "PERSON"}
    assert "Bertie Ahern" not in people
    text = ("The company rejected the Harbour Pay Commission report. An independent report by auditors was released "
            "on Friday. The report found fraud.")
    assert speaker_of(text, "found fraud")[0] != "Harbour Pay Commission"


def test_reviewer_sentences_the_rules_should_take() -> None:
    text = ("A person familiar with Microsoft's thinking said the deal was off.\n\n"
            "“Protein matters,” Kelly Jones MS, RD, CSSD, LDN, sports dietitian told Health.")
    assert speaker_of(text, "deal was off") == ("a person familiar with Microsoft's thinking", "unnamed")
    assert speaker_of(text, "Protein matters") == ("Kelly Jones", "named")


def test_sources_close_to_a_body_named_last_are_unnamed() -> None:
    text = ("People familiar with Google said the launch was delayed.\n\n"
            "On Monday, sources close to the Kremlin said the talks had failed.\n\n"
            "A person familiar with Microsoft said the deal was off. Google said the launch was on time.")
    assert speaker_of(text, "launch was delayed") == ("people familiar with Google", "unnamed")
    assert speaker_of(text, "talks had failed") == ("sources close to the Kremlin", "unnamed")
    assert speaker_of(text, "deal was off") == ("a person familiar with Microsoft", "unnamed")
    assert speaker_of(text, "launch was on time") == ("Google", "named")


def test_people_described_only_by_a_relative_clause_speak_not_who_it_names() -> None:
    text = ("Some who spoke to the BBC said the plan was flawed.\n\nThose who know Ada Moe said she was kind.\n\n"
            "Ada Moe said she would stay.")
    assert speaker_of(text, "plan was flawed") == ("some who spoke to the BBC", "unnamed")
    assert speaker_of(text, "she was kind") == ("those who know Ada Moe", "unnamed")
    assert speaker_of(text, "would stay") == ("Ada Moe", "named")
