"""Quotations in claims (stranger20 bugs 2 and 4): a quoted title is no quotation, and a quotation continued over
paragraphs in the news convention (each paragraph opens with a mark, only the last closes) is one claim. Every
rule is proved on sentences written for these tests, never copied from an article."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations import assist
from annotations.library import Library
from annotations.suggest import Suggestion
from annotations.suggest.claims import sentences, suggest_claims
from annotations.suggest.entities import suggest_entities
from reader.document import load_document


def _claims(text: str) -> list[Suggestion]:
    return suggest_claims(text, suggest_entities(text))


def _curly(text: str) -> str:
    """The same text with typographic marks: “…” for every straight pair of a line."""
    out = []
    for line in text.split("\n"):
        parts = line.split('"')
        out.append("".join(p + ("“" if i % 2 == 0 else "”") for i, p in enumerate(parts[:-1])) + parts[-1])
    return "\n".join(out)


TITLES = ('"We sold every ticket this year," festival director Elin Sandvik said on Sunday.\n'
          "Omar Haddad's $40 million Netflix heist movie \"The Silent Harbour\" had another quiet night, despite "
          "a cast that includes two stars.\n"
          'It lost to documentary "A River Runs Backwards" and the drama "The Glass Orchard" on Sunday.\n'
          'Haddad, whose lead role in "The Silent Harbour" has been ignored by the juries, was given a medal.\n'
          'The festival also screened "Harbour Lights," "The Long Winter of Salt" and "Northern Crossing" this week.\n'
          'Forty years ago the economist Ruth Amsel changed the field with a seminal paper, "Tides and Trade '
          'in Northern Ports".\n')


@pytest.mark.parametrize("text", [TITLES, _curly(TITLES)], ids=["straight", "curly"])
def test_a_quoted_title_in_narration_is_no_quotation_of_the_last_speaker(text: str) -> None:
    claims = _claims(text)
    assert (claims[0].exact[1:8], claims[0].speaker, claims[0].type) == ("We sold", "Elin Sandvik", "quote")
    for claim in claims[1:]:
        assert claim.speaker is None, claim.exact  # no title turns narration into Sandvik's words
        assert claim.type != "quote", claim.exact


@pytest.mark.parametrize("curly", [False, True])
def test_quoted_speech_in_title_case_or_after_a_title_is_still_a_quotation(curly: bool) -> None:
    text = ('Festival director Elin Sandvik spoke after the screening of "The Silent Harbour" on Sunday.\n'
            '"Every Seat Was Taken Tonight," Sandvik said.\n'
            '"Nobody left before the end, and the queue ran round the block."\n')
    text = _curly(text) if curly else text
    claims = _claims(text)
    assert [(c.exact[1:15], c.speaker, c.type) for c in claims] == [
        ("Every Seat Was", "Elin Sandvik", "quote"), ("Nobody left be", "Elin Sandvik", "quote")]


CONTINUED = ('Judge Mara Lindqvist said: "There was no intent to harm anyone in this case.\n'
             '"You knew the risks of leaving the valve open.\n'
             '"You knew, of course, that the gas is invisible and can overwhelm people before they notice it.\n'
             '"The work fell below your usual standards. The family has suffered greatly.\n'
             '"Your remorse is plain to see."\n'
             "The court heard that the fitter had worked alone on the house for twelve days.\n")


@pytest.mark.parametrize("text", [CONTINUED, CONTINUED.replace('"', "“").replace('see.“', "see.”")],
                         ids=["straight", "curly"])
def test_a_quotation_continued_over_paragraphs_is_one_claim(text: str) -> None:
    claims = _claims(text)
    judge = [c for c in claims if c.speaker == "Mara Lindqvist"]
    assert len(judge) == 1, [c.exact[:30] for c in judge]
    assert judge[0].exact.startswith("Judge Mara Lindqvist said:")
    assert judge[0].exact.endswith("plain to see.\u201d" if "“" in text else 'plain to see."')
    assert all(not c.exact.startswith("You") for c in claims)  # no claim starts after an opening mark


def test_a_paragraph_closing_its_quote_does_not_run_into_the_next_quotation() -> None:
    text = ("The engineer Ola Berg inspected the bridge.\n"
            '"The bridge is safe and will reopen in May," said Ola Berg.\n'
            '"The ferry is not safe at all this winter," said Siri Dahl, the captain.\n'
            'Ola Berg said: "The bridge will carry buses again.\n'
            "The council has cut 40 jobs from the roads budget.\n")
    claims = _claims(text)
    assert [c.speaker for c in claims] == ["Ola Berg", "Siri Dahl", "Ola Berg", None]
    assert claims[2].exact.endswith("buses again.")


def test_an_opening_mark_at_a_sentence_end_starts_the_next_sentence() -> None:
    text = ('She hinted at a change. "We tried to warn them," she said. "Then we left. Nobody asked why.\n'
            '"It was too late."\n')
    got = [text[s:e] for s, e in sentences(text)]
    assert got == ["She hinted at a change.", '"We tried to warn them," she said.', '"Then we left.',
                   "Nobody asked why.", '"It was too late."']


def test_a_quotation_over_paragraphs_is_accepted_as_one_claim_of_its_speaker(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "ruling.txt"
    path.write_text(CONTINUED, encoding="utf-8")
    record, _ = library.add_document(load_document(path), path)
    [claim] = [s for s in assist.suggest(library, record.id, "claim") if s.speaker == "Mara Lindqvist"]
    [annotation], _ = assist.accept(library, record.id, [claim])
    assert annotation.claim is not None and annotation.target.exact == claim.exact and "\n" in claim.exact
    speaker = library.store.entity(annotation.claim.speaker_id)  # type: ignore[arg-type]
    assert speaker is not None and speaker.name == "Mara Lindqvist"
    assert not [s for s in assist.suggest(library, record.id, "claim") if "valve" in s.exact]  # taken, all of it
