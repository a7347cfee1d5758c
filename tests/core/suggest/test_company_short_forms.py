"""Companies as business news names them: "Warner Bros" is a company, and a company named by two words no name list
knows speaks by the first of them ("Pernod said", after "Pernod Ricard"). Seen on BBC business reports (stop 47); our
own sentences here."""
from __future__ import annotations

from tests.core.suggest.suggesting import found, speaker_of


def test_bros_ends_a_companys_name() -> None:
    text = "Profits were buoyed by gains which offset a profit dip at Warner Bros, the film studio."
    assert ("Warner Bros", "ORG") in found(text)
    assert ("Warner Bros", "PERSON") not in found(text)


def test_the_first_of_two_unlisted_words_stands_for_the_company() -> None:
    text = ("Shares in Allied Domecq rose on talk of a takeover by France's Pernod Ricard.\n\n"
            "Pernod said it was seeking acquisitions but refused to comment on specifics.\n")
    assert speaker_of(text, "seeking acquisitions") == ("Pernod Ricard", "named")


def test_a_firms_person_after_the_verb_and_the_company_is_not_what_it_speaks_of() -> None:
    text = ('"It is a positive development," said Gartner\'s principal analyst Kobita Desai.\n\n'
            '"It could ignite interest," added Ernst and Young\'s Sanjay Mehta.\n')
    assert speaker_of(text, "positive development") == ("Kobita Desai", "named")
    assert speaker_of(text, "ignite interest") == ("Sanjay Mehta", "named")
    assert speaker_of('"He is innocent," said Mr Smith\'s lawyer John Doe.', "innocent") == ("John Doe", "named")
    text = ("Time Warner said on Friday that it now owns 8% of Google. But its own internet business, AOL, had mixed "
            "fortunes. It lost 464,000 subscribers. However, the company said AOL's underlying profit rose 8%.")
    assert speaker_of(text, "underlying profit") == ("Time Warner", "named")
