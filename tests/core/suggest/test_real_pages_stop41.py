"""Constructions seen in real articles by others in stop 41 (spent gold and judged articles): a name given with
initials only, before a comma-fenced role joined by "and" ("K.C. Maurer, chief financial officer and treasurer at
the Andy Warhol Foundation, said": the person, not the foundation named in the apposition), and later mentions of
that surname alone filed under the initials' form. Every case failed before; the last ones guard what the new rules
must not take."""
from __future__ import annotations

from tests.core.suggest.suggesting import claims, found, speaker_of


def test_initials_and_a_role_joined_by_and_before_said() -> None:
    text = ("USI was not alone in receiving a donation.\n\nK.C. Maurer, chief financial officer and treasurer at the "
            "Andy Warhol Foundation, said 500 institutions received the initial invitation.\n\n"
            "Institutional recipients, said Maurer, are required to exhibit their photographs every ten years.")
    assert speaker_of(text, "500 institutions") == ("K.C. Maurer", "named")
    assert speaker_of(text, "every ten years") == ("K.C. Maurer", "named")


def test_an_abbreviation_before_a_surname_is_no_initials() -> None:
    text = ("Maria Lopez runs the office.\n\nThe company opened a plant in the U.S. Lopez said it cost too much.\n\n"
            '"We are pleased," Lopez said.')
    assert speaker_of(text, "We are pleased") == ("Maria Lopez", "named")


def test_a_named_owners_description_before_the_person_after_said() -> None:
    text = ("Job cuts will be announced later this week, said The We Company’s recently named executive chair Marcelo "
            "Claure in an email to staff.")
    assert speaker_of(text, "Job cuts") == ("Marcelo Claure", "named")


def test_data_from_a_named_maker_speaks_for_it() -> None:
    text = "WeWork’s bond has weakened sharply in the past week, according to data from MarketAxess."
    assert speaker_of(text, "weakened sharply") == ("MarketAxess", "named")


def test_data_from_a_place_stays_as_worded() -> None:
    text = "Exports fell by a fifth in the past year, according to data from Japan."
    assert speaker_of(text, "Exports fell") == ("data from Japan", "unnamed")


def test_a_quote_read_from_a_description_on_a_website() -> None:
    text = ("“An Indian start-up based out of Delhi-NCR, Oxy Pure was launched with an aim to improve the air,” the "
            "description on the website reads.")
    assert speaker_of(text, "Indian start-up") == ("the description on the website", "unnamed")


def test_an_attribution_closing_a_sentence_after_a_quote_reports_it() -> None:
    text = ("He was arrested in April for the call.\n\nDuring the call, he asked about the group, called her a "
            "“terrorist” and said, “somebody ought to hurt her,\" the prosecutor’s office said.")
    assert speaker_of(text, "During the call") == ("the prosecutor’s office", "unnamed")


def test_a_body_whose_name_ends_with_of_a_place() -> None:
    text = ("Patrick Carlineo, 55, pleaded guilty to threatening an official, the U.S. Attorney’s Office for the Western "
            "District of New York said in a statement.")
    assert speaker_of(text, "pleaded guilty") == ("U.S. Attorney’s Office for the Western District of New York", "named")


def test_a_description_then_the_name_no_list_knows_and_the_company_later() -> None:
    text = ("A row involving Taylor Swift looks like it is coming to an end.\n\n"
            "The group that owns most of her music, Big Machine, says she will be allowed to play her old tracks.\n\n"
            "But the company says she did not need their permission in the first place.\n\n"
            "Big Machine have twice denied doing anything wrong.")
    assert speaker_of(text, "old tracks") == ("Big Machine", "named")
    assert speaker_of(text, "their permission") == ("Big Machine", "named")
    assert speaker_of(text, "anything wrong") == ("Big Machine", "named")


def test_an_impersonal_passive_names_no_source() -> None:
    text = ("Indonesia Today suggested the figure was 100. The builders completed the bridge a decade ago, and it is "
            "now reported it was under repair at the time.")
    assert speaker_of(text, "under repair") == (None, None)


def test_a_description_then_a_place_is_no_name() -> None:
    text = "The country that hosts the summit, France, says the talks will go on."
    assert speaker_of(text, "talks will go on") == ("France", "named")


def test_a_place_after_a_university_is_where_it_is() -> None:
    text = ("A team of researchers from the University of Tennessee, Knoxville, has confirmed that the asteroid is held "
            "together by van der Waals forces.")
    assert speaker_of(text, "van der Waals") == ("a team of researchers from the University of Tennessee, Knoxville",
                                                 "unnamed")


def test_a_report_in_a_paper_no_list_knows_and_the_report_later() -> None:
    text = ("According to a report in the Argus Leader of Sioux Falls, Gov. Kristi Noem launched the campaign on Monday "
            "in an effort to address the meth crisis.\n\nThe campaign is rolling out with TV commercials.\n\n"
            "The report says the Minneapolis ad agency Broadhead Co. came up with the campaign.")
    assert speaker_of(text, "launched the campaign") == ("Argus Leader", "named")
    assert speaker_of(text, "came up with") == ("Argus Leader", "named")


def test_reports_from_two_outlets_and_an_outlets_report() -> None:
    text = ("Noah Hawley is in final talks to write and direct the film, according to reports from The Wrap and Deadline."
            "\n\nThe Wrap’s report today claims that Pine will be back on board the Enterprise.")
    assert speaker_of(text, "final talks") == ("Wrap and Deadline", "named")
    assert speaker_of(text, "back on board") == ("Wrap", "named")


def test_the_brokerage_after_a_brokerage_no_list_knows() -> None:
    text = ('"The market is factoring in a recovery," said Kotak Institutional Equities.\n\n'
            "An extended slowdown could result in the market losing hope, the brokerage said.")
    assert speaker_of(text, "extended slowdown") == ("Kotak Institutional Equities", "named")


def test_an_inverted_attribution_closing_a_sentence_after_a_participle() -> None:
    text = ('"The president wants the option of having a bigger deal. Bigger than just the little deal" announced in '
            "October, said Derek Scissors, a China scholar with the American Enterprise Institute in Washington.")
    assert speaker_of(text, "bigger deal") == ("Derek Scissors", "named")


def test_she_after_a_clause_naming_a_man_as_an_object() -> None:
    text = ("Patrick Carlineo Jr., 55, pleaded guilty to threatening Rep. Ilhan Omar.\n\nCarlineo was arrested in April for a phone call he made to Omar’s office, "
            "in which he said he would hurt her. When Carlineo was approached, he told police he supported Trump.\n\n"
            "Omar asked for compassion during Carlineo's sentencing in a letter posted on Twitter Tuesday, saying she did "
            'not think a severe sentence would be helpful. She added, "We must teach the defendant love."')
    assert speaker_of(text, "teach the defendant") == ("Ilhan Omar", "named")
    assert speaker_of(text, "supported Trump") == ("Patrick Carlineo Jr.", "named")


def test_two_reports_by_different_sources_in_one_sentence() -> None:
    text = ("NATO has insisted it will continue fighting against militants in Afghanistan, and the United Nations said "
            "the death of bin Laden marked a watershed moment.\n\nWhile demonstrators blame foreigners for the "
            "country's economic and social issues, others argue that foreigners are being wrongly blamed.")
    assert speaker_of(text, "continue fighting") == ("NATO", "named")
    assert speaker_of(text, "watershed moment") == ("United Nations", "named")
    assert speaker_of(text, "economic and social") == ("demonstrators", "unnamed")
    assert speaker_of(text, "wrongly blamed") == ("others", "unnamed")
    text = ("Volker said he first discussed the delay with the Ukrainians at the end of August, after Politico reported "
            "the aid had been paused.")
    assert speaker_of(text, "first discussed") == ("Volker", "named")
    assert speaker_of(text, "aid had been paused") == ("Politico", "named")


def test_no_cut_where_nothing_was_reported_before_or_inside_a_quote() -> None:
    text = ("Citing privacy rules, U.S. officials have not said why the troops left; Afghan Ambassador Hamdullah Mohib "
            'says there were concerns.\n\n"We will win the vote, and the people will see it," said Maria Lopez.')
    assert [c.exact[:8] for c in claims(text)] == ["Citing p", '"We will']


def test_a_second_report_by_someones_lawyer_and_no_cut_before_an_adverb() -> None:
    text = ("Republican counsel Steve Castor asked Morrison about the NSC. He asked Morrison about concerns his "
            "predecessor might have had, but Morrison's lawyer said the question was outside the scope of his testimony."
            "\n\nA similarly fresh Reuters poll has lower numbers for removal, but also shows that most Americans want "
            "Congress to investigate.")
    assert speaker_of(text, "outside the scope") == ("Morrison's lawyer", "unnamed")
    assert speaker_of(text, "want Congress") == ("Reuters", "named")


def test_a_time_then_a_body_and_its_apposition() -> None:
    text = ("On Monday, the People’s Daily, the mouthpiece of the Communist party, warned that there is “absolutely no "
            "room for compromise”.")
    assert speaker_of(text, "no room") == ("People’s Daily", "named")



def test_a_paper_its_towns_name_opens() -> None:
    text = "The campaign cost the state roughly $449,000, according to the Sioux Falls Argus Leader."
    assert speaker_of(text, "449,000") == ("Sioux Falls Argus Leader", "named")
    assert speaker_of("The campaign cost the state $449,000, according to Texas.", "449,000") == ("Texas", "named")


def test_an_as_clause_names_its_source_even_camel_cased() -> None:
    text = "As iFixit points out in its teardown, the 16-inch MacBook’s keyboard is virtually identical to the old one."
    assert speaker_of(text, "virtually identical") == ("iFixit", "named")


def test_a_position_or_an_officers_capitals_before_a_name() -> None:
    text = ("Browns DL Sheldon Richardson, however, decided to weigh in on the fight on Monday, saying that Rudolph "
            "should be disciplined.\n\nTesla CFO Zachary Kirkhorn said the quarter was strong.")
    assert ("Sheldon Richardson", "PERSON") in found(text)
    assert speaker_of(text, "Rudolph should") == ("Sheldon Richardson", "named")
    assert speaker_of(text, "quarter was strong") == ("Zachary Kirkhorn", "named")


def test_an_abbreviated_title_gives_the_role_a_later_subject_uses() -> None:
    text = ("Republican Gov. Eric Holcomb was in Florida.\n\nTeachers rallied at the Statehouse on Tuesday. Thousands "
            "marched.\n\nThe governor said he was waiting for a commission.")
    assert speaker_of(text, "waiting for a commission") == ("Eric Holcomb", "named")


def test_a_participle_after_a_semicolon_and_an_adjective_before_a_role() -> None:
    text = ("Retired police officer James Duffy, of Law Enforcement Against Prohibition, spoke of the failed alcohol "
            "prohibition policy; stressing such policies needlessly bring people into contact with criminal elements.")
    assert speaker_of(text, "needlessly bring") == ("James Duffy", "named")


def test_indefinite_pronouns_as_unnamed_sources() -> None:
    text = ("Another pointed out that the photos are just a reminder that a good marriage can go the distance.\n\n"
            "While someone else wrote that this tweet goes against everything he has said.\n\n"
            "Some people responded, pointing out that she looked lovely, and another just wrote that she looked great.")
    assert speaker_of(text, "go the distance") == ("another", "unnamed")
    assert speaker_of(text, "goes against") == ("someone else", "unnamed")
    assert speaker_of(text, "looked great") == ("another", "unnamed")


def test_a_person_of_a_body_in_a_place_an_officers_role_and_a_role_of_a_topic() -> None:
    text = ("Ira Katz of Little Five Points Pharmacy in Atlanta told WXIA-TV that pharmacies should be able to sell it."
            "\n\nMahlon Davidson, interim CEO of the Georgia Pharmacy Association, said he doubted pharmacists would "
            "risk it.\n\nPolice in Norwood shot a woman in a parking lot Friday after she pointed a gun at officers, "
            "according to police Chief William Brooks.")
    assert speaker_of(text, "should be able") == ("Ira Katz", "named")
    assert speaker_of(text, "risk it") == ("Mahlon Davidson", "named")
    assert speaker_of(text, "shot a woman") == ("William Brooks", "named")
    assert speaker_of("The man told police Ada Moe had left the house.", "left the house") == ("the man", "unnamed")



def test_a_quote_in_the_paragraph_after_said_and_a_colon() -> None:
    text = ("Taylor Swift stopped one of her shows last month to tell her fans not to throw things. She said:\n\n"
            '"It really freaks me out. I love that you brought presents."')
    assert speaker_of(text, "freaks me out") == ("Taylor Swift", "named")


def test_council_and_assembly_titles_before_a_name() -> None:
    text = "Councilmember Casey McKeon said the observances could take place. Assemblywoman Ana Ruiz said it was fine."
    assert ("Casey McKeon", "PERSON") in found(text)
    assert speaker_of(text, "observances") == ("Casey McKeon", "named")
    assert speaker_of(text, "was fine") == ("Ana Ruiz", "named")


def test_two_titled_people_then_a_bare_role_and_their_statement() -> None:
    text = ("ACC Commissioner Jim Phillips and Virginia President Jim Ryan, chairman of the conference’s board of "
            "directors, said Florida State’s actions are “in direct conflict with their longstanding obligations.”\n\n"
            "“All ACC members willingly re-signed the current Grant of Rights in 2016,” their statement said.")
    assert speaker_of(text, "direct conflict") == ("Jim Phillips and Jim Ryan", "named")
    assert speaker_of(text, "re-signed") == ("Jim Phillips and Jim Ryan", "named")
    text = "But Kathy Wylde, chief executive of the Partnership for New York City, said a ban would hurt the city."
    assert speaker_of(text, "hurt the city") == ("Kathy Wylde", "named")


def test_a_quoted_word_or_title_inside_the_subjects_apposition() -> None:
    text = ("Ryan Sloan, who drove five hours from New York through “intense” rain on Monday to go snowboarding, said "
            "the trails weren’t as washed out as he feared.\n\nUS historian Bruce Gilley lectured in Berlin. Gilley, "
            'author of the 2017 article "The Case for Colonialism," argued that the Reich was benevolent.')
    assert speaker_of(text, "washed out") == ("Ryan Sloan", "named")
    assert speaker_of(text, "Reich was") == ("Bruce Gilley", "named")


def test_initials_never_reach_across_a_paragraph() -> None:
    text = "The ban was proposed in the U.S.\n\nHochul said some firms had legitimate interests."
    assert speaker_of(text, "legitimate interests") == ("Hochul", "named")


def test_a_first_name_with_an_age_in_apposition_is_a_person() -> None:
    text = ("Pamela*, a 34-year-old mum from southwest London, has Botox in her forehead.\n\n"
            '"It was bad," she says.\n\nAt the other end of the spectrum, Anna, 40, is open about her Botox. '
            '"I try not to do the school run," she says.\n\nIn March, 2019, the bank said it would close.')
    assert {("Pamela", "PERSON"), ("Anna", "PERSON")} <= found(text)
    assert speaker_of(text, "It was bad") == ("Pamela", "named")
    assert speaker_of(text, "school run") == ("Anna", "named")
    assert not any(t == "PERSON" and w == "March" for w, t in found(text))


def test_an_inverted_said_before_a_papers_correspondent_and_data_from_a_long_name() -> None:
    text = ("That claim should always have been viewed with suspicion, said New York Times economic correspondent "
            "Peter Goodman.\n\nStudents paid an average of only 49% of the price, according to numbers from the "
            "National Association of College and University Business Officers.\n\n“Ryan lost his fight with cancer "
            "this afternoon,” his twin brother, Damon Minor, posted on X.")
    assert speaker_of(text, "viewed with suspicion") == ("Peter Goodman", "named")
    assert speaker_of(text, "49%") == ("National Association of College and University Business Officers", "named")
    assert speaker_of(text, "fight with cancer") == ("Damon Minor", "named")


def test_unlisted_bodies_a_station_a_hall_of_fame_and_a_nonprofit() -> None:
    text = ("Fox 6 reports that a judge set the bail at $750,000.\n\nThat’s because the nonprofit RIP Medical Debt says "
            "every dollar donated buys about $100 in debt.\n\nThe Oklahoma Sports Hall of Fame recently announced that "
            "Minor would be part of its 2024 class.\n\nChapter 11 says the firm can restructure.")
    assert speaker_of(text, "bail at") == ("Fox 6", "named")
    assert speaker_of(text, "every dollar") == ("RIP Medical Debt", "named")
    assert speaker_of(text, "2024 class") == ("Oklahoma Sports Hall of Fame", "named")
    assert speaker_of(text, "can restructure") == (None, None)


def test_a_quotation_alone_in_a_paragraph_about_someone() -> None:
    text = ("Paula, 43, started getting Botox after discovering some friends had been doing it for years. After her "
            'first treatment, she was nervous her husband would notice, but he did not. "I panic every time but he is '
            'not the most observant."\n\n"It is a disgrace," said the mayor, Ana Ruiz.')
    assert speaker_of(text, "I panic") == ("Paula", "named")


def test_said_a_schools_biologist_and_a_first_name_after_the_full_name() -> None:
    text = ("Gray wolves on the island were already dying out, said Michigan Tech biologist Rolf Peterson.\n\n"
            "Maria Lopez runs the clinic. Maria added that prices would rise.")
    assert speaker_of(text, "dying out") == ("Rolf Peterson", "named")
    assert speaker_of(text, "prices would rise") == ("Maria Lopez", "named")


def test_data_released_on_a_day_by_a_body_and_their_investigation() -> None:
    text = ("U.K. GDP fell by 0.1% between July and September, according to new data released Friday by the Office for "
            "National Statistics.\n\nThe Texas Department of Public Safety later confirmed her death to the outlet. "
            "Their preliminary investigation shows she was heading east.")
    assert speaker_of(text, "GDP fell") == ("Office for National Statistics", "named")
    assert speaker_of(text, "heading east") == ("Texas Department of Public Safety", "named")


def test_according_to_the_outlet_after_a_station_was_told() -> None:
    text = ('"TVs are now smart," she told WAFB.\n\nDoctors still cannot determine the exact cause, according to the '
            "outlet.\n\nAccording to the website, the bar is called Oxy Pure.")
    assert speaker_of(text, "exact cause") == ("WAFB", "named")
    assert speaker_of(text, "Oxy Pure") == ("the website", "unnamed")


def test_a_report_from_a_month_the_government_and_some_of_a_partys_members() -> None:
    text = ("Windows 10 has 400 million users, according to a report from October.\n\nThe NHS approved it. An estimated "
            "900,000 Botox injections are carried out in the UK each year, according to the government.\n\nRishi Sunak "
            'is under fire from his own MPs – with some Tories accusing him of "weakness".')
    assert speaker_of(text, "400 million") == ("a report from October", "unnamed")
    assert speaker_of(text, "900,000") == ("the government", "unnamed")
    assert speaker_of(text, "under fire") == ("some Tories", "unnamed")


def test_a_reviewers_cases_against_this_stops_rules() -> None:
    """Sentences a fresh-context reviewer wrote to break this stop's rules: each came out wrong before the mend."""
    text = "Police said the victim died at the scene, and the suspect fled on foot."
    assert [(c.speaker, c.exact[-13:]) for c in claims(text)] == [("police", "fled on foot.")]
    text = "The company said earnings beat forecasts, and the stock shows signs of recovery."
    assert len(claims(text)) == 1
    text = "The company said prices rose 3% in the quarter, as economists had predicted."
    assert len(claims(text)) == 1
    text = "While the mayor said the budget was balanced, the council said it had a deficit."
    assert speaker_of(text, "was balanced") == ("the mayor", "unnamed")
    assert speaker_of(text, "had a deficit") == ("the council", "unnamed")
    text = "Biden said the economy was strong, and Trump said it was weak; voters said they were unsure about both."
    assert speaker_of(text, "was weak") == ("Trump", "named")
    assert speaker_of(text, "unsure") == ("voters", "unnamed")
    text = "Republicans accuse Joe Biden of weakness, saying he has lost control of the border."
    assert speaker_of(text, "lost control")[0] != "Joe Biden"
    text = ("Acme Inc. reported earnings on Monday. Friday's jobs report showed strong hiring. The company said it "
            "would add 500 workers.")
    assert speaker_of(text, "500 workers") == ("Acme Inc.", "named")
    text = ('"We will hire more officers," Mayor Jane Doe said. The police union criticized the plan. Its statement '
            "said the plan was too small.")
    assert speaker_of(text, "too small")[0] != "Jane Doe"
    text = "Exports rose, according to statistics from China's customs agency, and prices rose, according to data from Texas and Florida."
    assert all(c.speaker not in ("China's", "Texas and Florida") for c in claims(text))
    text = "The FDA warned Acme Pharma on Monday. The label says the pills contain no melatonin."
    assert speaker_of(text, "no melatonin")[0] != "FDA"
    assert ("Insights", "PERSON") not in found("According to CB Insights, funding fell by a third.")
    text = "The storm hit Wilmington, N.C. Cooper said the damage was severe."
    assert speaker_of(text, "damage was severe")[0] != "N.C. Cooper"
    text = "Antony Blinken arrived in Kyiv. The Secretary of State said the aid would continue."
    assert speaker_of(text, "aid would continue")[0] != "Secretary of State"
    text = 'Johnson, a Republican, called the bill "a disaster," Smith said.'
    assert speaker_of(text, "disaster") == ("Smith", "named")


def test_the_prosecutors_office_after_a_us_attorneys_office_and_not_the_sheriffs() -> None:
    text = ("The man pleaded guilty, the U.S. Attorney’s Office for the Western District of New York said in a "
            "statement.\n\nDuring the call, he asked about the group and said, “somebody ought to hurt her,\" the "
            "prosecutor’s office said.\n\nThe sheriff's office said the road was closed.")
    office = "U.S. Attorney’s Office for the Western District of New York"
    assert speaker_of(text, "During the call") == (office, "named")
    assert speaker_of(text, "road was closed") == ("the sheriff's office", "unnamed")


def test_a_second_reviewers_cases() -> None:
    """A second fresh-context reviewer's sentences against the mended rules."""
    text = "Prosecutors said Smith planned the attack for months, but his lawyer contended that he was mentally ill."
    assert speaker_of(text, "mentally ill") == ("his lawyer", "unnamed")
    text = "Antony Blinken met his counterpart in Riyadh. The Secretary of State said the talks were productive."
    assert speaker_of(text, "productive") == ("the Secretary of State", "unnamed")
    text = ("The Ninth Circuit ruled against the administration on Tuesday. According to the court, the policy violated "
            "federal law.")
    assert speaker_of(text, "violated federal") == ("Ninth Circuit", "named")
    text = ("She told the Houston Chronicle that her son was missing, and the sheriff's office told ABC13 the boy was "
            "found. According to the station, he is in good condition.")
    assert speaker_of(text, "good condition") == ("ABC13", "named")
    text = "Prices rose, according to data released Tuesday by the U.S. Department of Labor."
    assert speaker_of(text, "Prices rose") == ("U.S. Department of Labor", "named")
    text = "Cases fell, according to figures released by Dr. Anthony Fauci."
    assert speaker_of(text, "Cases fell") == ("Anthony Fauci", "named")
    text = "Colleges charged $41,540, per the latest numbers from the College Board. Concern about prices grows."
    assert speaker_of(text, "41,540") == ("College Board", "named")


def test_a_rare_given_name_then_a_listed_surname() -> None:
    text = 'Jenelle Evans does not hold back.\n\nJenelle added, "I still stand by my advice."'
    assert ("Jenelle Evans", "PERSON") in found(text)
    assert speaker_of(text, "stand by my advice") == ("Jenelle Evans", "named")
    text = "They met at the Yerba Buena theater. Model Keely Shaye Smith arrived late."
    assert not any(t == "PERSON" and w in ("Yerba Buena", "Shaye Smith") for w, t in found(text))


def test_a_capitalised_role_opening_a_sentence_is_no_given_name() -> None:
    text = "The Pistons lost again on Thursday. Owner Tom Gores said the team would not give up."
    assert ("Tom Gores", "PERSON") in found(text)
    assert speaker_of(text, "not give up") == ("Tom Gores", "named")
