"""Quotations set as paragraphs of their own and posts quoted with their handle, as blogs, reports and citizen-media
round-ups quote (seen on Global Voices posts, judged in stop 46; our own sentences here)."""
from __future__ import annotations

from tests.core.suggest.suggesting import claims, speaker_of

ROUND_UP = ("Netizens Reject a Code of Conduct\n\n"
            "Ada Moe writes that bloggers should be ready to stand up for their views:\n\n"
            "Yes, I fundamentally believe that more voices are better than fewer. People have to be willing to stand "
            "up for what they write.\n\n"
            "Those of us who have spoken up bear our own risks in doing so.\n\n"
            "The ministry has not said whether the code will go ahead next year.\n")


def test_a_paragraph_after_an_introduction_is_the_introduced_speakers_quotation() -> None:
    assert speaker_of(ROUND_UP, "more voices are better") == ("Ada Moe", "named")
    assert speaker_of(ROUND_UP, "People have to be willing") == ("Ada Moe", "named")
    # the next paragraph goes on quoting only while it speaks in the first person
    assert speaker_of(ROUND_UP, "bear our own risks") == ("Ada Moe", "named")
    assert not any("whether the code" in c.exact and c.speaker == "Ada Moe" for c in claims(ROUND_UP))


def test_an_introduction_by_its_subject_alone_and_a_paragraph_opening_with_an_ellipsis() -> None:
    text = ("Piet Vos is unconvinced of the logic of a code of conduct:\n\n"
            "The internet knows no borders, and no code will change that for anyone.\n\n"
            "... Ministers have tried this twice before and failed both times.\n")
    assert speaker_of(text, "knows no borders") == ("Piet Vos", "named")
    assert speaker_of(text, "tried this twice") == ("Piet Vos", "named")


def test_what_is_not_a_block_quotation() -> None:
    # a question is no claim; a quotation in marks keeps its own attribution; a paragraph naming its own speaker
    # is the author's again; a colon with nobody named before it introduces nobody
    question = ("Ada Moe asks the obvious question:\n\n"
                "How is anyone going to enforce such a code across borders and languages?\n")
    assert not any("enforce such a code" in c.exact for c in claims(question))
    marked = ('At the debate, the chairman Piet Vos said:\n\n'
              '"Why do you support these groups in the region at all?" He went on for an hour.\n\n'
              'After a pause, Ada Moe said she would answer every question in turn, and she did.\n')
    assert speaker_of(marked, "she would answer") == ("Ada Moe", "named")
    own = ("Ada Moe described the crash in her complaint:\n\n"
           "Their older brother was taken to hospital after the accident on the main road. Their family told "
           "reporters that we should all drive more slowly on that road.\n")
    assert speaker_of(own, "drive more slowly")[1] == "unnamed"
    nobody = ("The results were as follows:\n\n"
              "Two of the five tested wells were dry, and we found the other three polluted.\n")
    assert not any("tested wells" in c.exact and c.speaker for c in claims(nobody))


def test_a_post_labelled_with_its_handle_is_a_claim_by_that_handle() -> None:
    text = ("On Twitter, the hashtag drew very different people together:\n\n"
            "@ferran_campos: History helps us understand the present. We should never forget. #25abril\n\n"
            "@Liu Yadong [zh]: Whatever your opinion, it must be based on an understanding of the other side.\n\n"
            "@luchi7: 50 plus 1 included in the draft constitution #Zambia\n\n"
            "@MadridistaLombe: So finally Zambia will allow dual citizenship if the draft is approved.\n")
    assert speaker_of(text, "History helps us") == ("@ferran_campos", "named")
    assert speaker_of(text, "must be based on") == ("@Liu Yadong", "named")
    assert speaker_of(text, "dual citizenship") == ("@MadridistaLombe", "named")  # (not "Zambia\n\n@…")


def test_a_post_right_after_its_author_is_introduced_is_the_authors() -> None:
    text = ("Blogger Imad Bazzi tweeted about the hacking of the ministry's website:\n\n"
            "@TrellaLB: special delivery for the Ministry of Labor on Labor day, a total makeover\n\n"
            "Others were less amused by the stunt.\n\n"
            "@kb_01: this hack will only make the ministry more careful about its website\n")
    assert speaker_of(text, "a total makeover") == ("Imad Bazzi", "named")
    assert speaker_of(text, "more careful") == ("@kb_01", "named")


def test_a_quotation_given_in_its_language_and_then_translated_is_one_speakers() -> None:
    text = ("Shuchuan, an environmental reporter, explains why Taiwan should give up nuclear power:\n\n"
            "台灣目前核電佔總發電量不到兩成，但備載容量卻超過兩成五。\n\n"
            "Nuclear power supplies less than a fifth of Taiwan's electricity, while the spare capacity is more than "
            "a quarter.\n\n"
            "Pere Vidal wrote in Catalan:\n\n"
            "La història ens fa entendre el present i per això cal rememorar-la sempre.\n\n"
            "History helps the people of the region understand the present, so it must be remembered.\n\n"
            "The government has not answered either of them so far this year.\n")
    assert speaker_of(text, "less than a fifth") == ("Shuchuan", "named")
    assert speaker_of(text, "History helps the people") == ("Pere Vidal", "named")
    assert not any("has not answered" in c.exact and c.speaker == "Pere Vidal" for c in claims(text))


def test_a_relative_clause_between_dashes_is_not_the_main_clause() -> None:
    """Global Voices: "In response to comments made by … X – who said that … – Jackson Tan points out that …"."""
    text = ("In response to comments made by Deputy Prime Minister Ada Moe – who said that the vote would be local – "
            "Piet Vos points out that the country is too small for that.")
    assert speaker_of(text, "too small") == ("Piet Vos", "named")
    alone = "Ada Moe – who said that the vote would be local – was not available on Monday for comment."
    assert speaker_of(alone, "the vote would be local") == ("Ada Moe", "named")


def test_a_quotation_goes_on_after_a_paragraph_that_is_only_an_ellipsis() -> None:
    text = ("Andrew Loh asks the government to leave the online community alone:\n\n"
            "It is woeful that the mainstream media lacks the kind of journalism a country needs.\n\n"
            "...\n\n"
            "Yet, Ada Moe, like ministers before her, continues to praise the mainstream media to the skies.\n\n"
            "The ministry did not respond to questions about the code on Monday.\n")
    assert speaker_of(text, "continues to praise") == ("Andrew Loh", "named")
    assert not any("did not respond" in c.exact and c.speaker == "Andrew Loh" for c in claims(text))
