"""Constructions seen in judged real articles by others in stop 45 (our own sentences; the articles are not ours to
ship), and what the rules made for them must leave alone."""
from __future__ import annotations

from tests.core.suggest.suggesting import speaker_of


def test_a_document_cited_with_its_maker_speaks_for_that_maker() -> None:
    """Chicago Sun-Times: "…, according to a WBEZ tally based on court records." — the station, not no one."""
    tally = ("Since 2016, county judges have vacated at least 230 convictions, according to a KHBR tally "
             "based on court records.")
    assert speaker_of(tally, "have vacated") == ("KHBR", "named")
    by = "According to a 2021 analysis by the Pellworth Institute, the boom is concentrated in two cities."
    assert speaker_of(by, "the boom is")[0] == "Pellworth Institute"
    subject = "A Pellworth Institute 2021 analysis of city budgets found that most towns overspend."
    assert speaker_of(subject, "most towns")[0] == "Pellworth Institute"
    # the maker must be an organisation the text names, and the document the subject's head
    assert speaker_of("According to a 2021 analysis, the boom is concentrated in two cities.",
                      "the boom is")[0] != "2021"
    other = "A Pellworth Institute report on Ada Moe's company found that it overspent."
    assert speaker_of(other, "it overspent")[0] != "Ada Moe"


def test_the_outlet_refers_back_to_the_news_outlet_named_last() -> None:
    """Yahoo: "Bloomberg reported … The outlet said …"; "KTRK reported … The station said …"."""
    text = ("The Pellworth Herald reported on Monday that the mill would close. The outlet said 200 jobs would go.\n\n"
            "KHBR reported the fire first. The station said two people were hurt.\n")
    assert speaker_of(text, "200 jobs") == ("Pellworth Herald", "named")
    assert speaker_of(text, "two people") == ("KHBR", "named")
    # no news outlet named: no outlet guessed (the ministry is no outlet)
    plain = "The Harbour Ministry said the deal was signed. The outlet said the talks had failed."
    assert speaker_of(plain, "the talks")[0] != "Harbour Ministry"
