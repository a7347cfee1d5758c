""""The company said" went to a firm with "Company" in its name named paragraphs before ("… Dana F. Besecker
Company"), not to the firm the text had just been about (a real Seattle Times page, stop 39): for "the company",
"the firm" … a body's name holding the noun loses to a body the text has named twice since. The first case failed
before; the others guard the noun's own body nearby (also with banks and a regulator named once each since, a
reviewer's case) and a ministry named far back."""
from __future__ import annotations

from tests.core.suggest.suggesting import speaker_of

FILLER = "Halibut prices have risen along the coast this spring, and boats have stayed in port for days. " * 3


def test_the_firm_just_named_not_an_old_company() -> None:
    text = (f'"I was shocked to see that level," said Tyler Besecker, president of Dana F. Besecker Company, the '
            f"largest buyer of Pacific halibut.\n{FILLER}\nWhole Foods cut the price to $16.99. Kroger and Safeway cut "
            "prices too, and QFC matched the price last week. A Whole Foods "
            "spokeswoman declined to comment on pricing. The company also said it was lowering prices across the "
            "store.")
    assert speaker_of(text, "lowering prices") == ("Whole Foods", "named")


def test_the_company_just_named_with_the_noun() -> None:
    text = ("Whole Foods cut prices. Dana F. Besecker Company, a halibut buyer, held its own. The company said it "
            "would not lower its prices this year.")
    assert speaker_of(text, "not lower its prices") == ("Dana F. Besecker Company", "named")


def test_the_company_before_banks_named_once() -> None:
    text = ("Shares of Acme Widget Company rose on Monday. Analysts at Goldman Sachs and Morgan Stanley raised their "
            "targets, and the Securities and Exchange Commission approved the filing. The company said it would pay "
            "a dividend.")
    assert speaker_of(text, "pay a dividend") == ("Acme Widget Company", "named")


def test_the_ministry_named_far_back() -> None:
    text = (f"The Ministry of Health warned of dengue in Colombo.\n{FILLER}\nColombo North Teaching Hospital "
            "admitted 40 patients. A ministry spokesperson said additional supplies had been dispatched to hospitals.")
    assert speaker_of(text, "additional supplies") == ("Ministry of Health", "named")
