"""Names and references battery C (stop 38) showed wrong, each common in news: where a body is based is no part
of its name ("Vienna-based Centre for Media Freedom and Human Rights" was the whole organisation; now Vienna is a
place and the centre the body), "Command" heads a military body ("NATO's Allied Air Command … confirmed": NATO), a
nickname in quotes inside a name ("Delroy 'Skippy' Graham, said …" found no person, and the object after "said"
became the speaker; 'Marvin "The Hammer" Jenkins said' cut the name at the quote), a hyphenated role taken up
later ("singer-songwriter Mariela Cruz … The singer-songwriter announced": no speaker), and a participle in an
opening phrase ("In an Instagram post announcing the dates, she wrote": Instagram). The cases failed before."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


@pytest.mark.parametrize(("text", "names"), [
    ("The Vienna-based Centre for Media Freedom and Human Rights said it had documented 19 cases.",
     {("Vienna", "PLACE"), ("Centre for Media Freedom and Human Rights", "ORG")}),
    ("NATO's Allied Air Command in Ramstein, Germany, confirmed that two F-35s had been scrambled.",
     {("NATO", "ORG"), ("Allied Air Command", "ORG")}),
    ("Councillor for the Waterford Division, Delroy 'Skippy' Graham, said the Portmore Municipal Corporation had "
     "dispatched two water trucks.", {("Delroy 'Skippy' Graham", "PERSON"), ("Portmore Municipal Corporation", "ORG")}),
])
def test_the_names(text: str, names: set[tuple[str, str]]) -> None:
    assert names <= found(text)


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The Vienna-based Centre for Media Freedom and Human Rights said it had documented 19 cases.", "documented 19",
     "Centre for Media Freedom and Human Rights"),
    ("NATO's Allied Air Command in Ramstein, Germany, confirmed that two F-35s had been scrambled.", "two F-35s",
     "Allied Air Command"),
    ("The Vienna-based Centre for Media Freedom and Human Rights (CMFHR) called for their release.\n\nThe CMFHR said "
     "it had documented 19 cases.", "documented 19", "Centre for Media Freedom and Human Rights"),  # (the acronym)
    ("Councillor for the Waterford Division, Delroy 'Skippy' Graham, said the Portmore Municipal Corporation had "
     "dispatched two water trucks.", "two water trucks", "Delroy 'Skippy' Graham"),
    ("Former boxer Marvin \"The Hammer\" Jenkins said he would fight again.", "fight again",
     "Marvin \"The Hammer\" Jenkins"),
    ("Grammy-nominated singer-songwriter Mariela Cruz is going on tour.\n\nThe singer-songwriter announced on Tuesday "
     "that she will launch her world tour next spring.", "launch her world tour", "Mariela Cruz"),
    ("Mariela Cruz said she is going on tour.\n\nIn an Instagram post announcing the dates, she wrote: \"Ya casi. "
     "Almost there.\"", "Almost there", "Mariela Cruz"),
])
def test_the_speaker(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == (speaker, "named")


def test_an_unnamed_source_with_two_prepositional_phrases_is_no_place() -> None:
    text = ("A trader at a foreign-owned export firm in Ho Chi Minh City, who declined to be named, said some buyers "
            "had agreed to delay shipments.")  # (Ho Chi Minh City spoke before)
    assert speaker_of(text, "delay shipments") == ("a trader at a foreign-owned export firm in Ho Chi Minh City",
                                                  "unnamed")


def test_a_quoted_title_before_a_name_is_no_nickname() -> None:
    assert not any(kind == "PERSON" and "'" in words for words, kind in
                   found("The song 'Hey Jude' Paul wrote is famous. She said 'Hello' Monday."))
