"""Prose wrapped at a fixed width: a sentence broken across lines is one sentence for the claim rules (its speaker
after the break), while headlines, list items, transcript labels and one-paragraph-per-line texts keep their
breaks. Offsets and the printed words never change."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotations.suggest.soft_wraps import soft_wraps_as_spaces
from tests.core.suggest.suggesting import claims, speaker_of

WRAPPED = ("Sales rose in the spring, the company said in its report to investors on\n"
           "Tuesday. The plan began a year ago, according to the firm's president and\n"
           "CEO Ada Moe, who took over in 2021. More than half of the staff said\n"
           "they backed the plan, while 32 percent said they were not sure about it\n"
           "at all.\n")


def test_a_sentence_wrapped_across_lines_keeps_its_speaker() -> None:
    assert speaker_of(WRAPPED, "The plan began")[0] == "Ada Moe"
    found = claims(WRAPPED)
    plan = next(c for c in found if "The plan began" in c.exact)
    assert plan.exact == WRAPPED[plan.start:plan.end] and "\n" in plan.exact  # the words as printed
    assert plan.exact.endswith("took over in 2021.")
    assert any(c.exact == "More than half of the staff said\nthey backed the plan" for c in found)
    assert speaker_of(WRAPPED, "not sure about it") == ("32 percent", "unnamed")


def test_lines_of_their_own_keep_their_breaks() -> None:
    headline = "Tutoring programmes fall short across the country this winter\nThe report said pupils lag behind.\n"
    assert soft_wraps_as_spaces(headline) == headline  # a lone long headline: no wrapping throughout
    transcript = ("He is planning to teach soon and wants to help the teachers in the district\n"
                  "TRAVIS CANTWELL: Teachers don't get the respect they deserve.\n")
    assert soft_wraps_as_spaces(transcript) == transcript
    items = "The council listed what it wants from the new budget for the coming year\n- more buses\n- fewer cuts\n"
    assert soft_wraps_as_spaces(items) == items
    per_line = ("French President Ada Moe announced on Thursday that 26 countries have pledged to take part.\n"
                "The force would not fight on the front lines but serve as a deterrent, she said.\n")
    assert soft_wraps_as_spaces(per_line) is per_line
    assert soft_wraps_as_spaces("Ada Moe said the plan works.\n\nthe next paragraph.") == \
        "Ada Moe said the plan works.\n\nthe next paragraph."  # a blank line is a paragraph's end


@given(st.text(alphabet="ab .\nC,", max_size=200))
def test_only_single_line_breaks_become_spaces(text: str) -> None:
    out = soft_wraps_as_spaces(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out))
    assert "\n\n" not in text or all(out[i] == "\n" for i in range(len(text)) if text[i:i + 2] == "\n\n")
