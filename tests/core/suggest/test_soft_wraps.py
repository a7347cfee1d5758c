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


def test_the_reviewers_texts_keep_their_structure() -> None:
    """A fresh-context reviewer's texts: one paragraph per line with subheads, Markdown headings over wrapped
    paragraphs, transcript labels of every shape, lists, chat logs, CRLF blank lines."""
    per_line = ("Drought pushes reservoir levels to their lowest point in a decade\n"
                "Water companies across the south have warned customers that hosepipe bans are likely this summer "
                "after the driest spring since records began.\n"
                "Ada Moe, chief executive of Southern Water, said the company had no choice but to act.\n"
                "What the hosepipe ban means for households in the affected areas\n"
                "The ban covers watering gardens with a hose and filling paddling pools, the company said.\n")
    assert soft_wraps_as_spaces(per_line) is per_line
    markdown = ("## Background to the dispute between the two water companies\n"
                "Ada Moe, the regulator's chair, said in March that the merger would be\n"
                "reviewed by the competition authority before any decision was taken on\n"
                "the future of the two companies and their combined network of pipes\n"
                "### What the shareholders have said about the merger so far\n"
                "The largest shareholder said it would vote against the deal.\n")
    out = soft_wraps_as_spaces(markdown)
    assert out.count("\n") == markdown.count("\n") - 2  # only the paragraph's two inner breaks
    assert "\n### What" in out and "so far\nThe largest" in out and "companies\nAda Moe" in out
    hearing = ("Chairman Reyes: The committee will come to order. We are here to examine\n"
               "the collapse of the northern pipeline project, which has cost taxpayers\n"
               "more than two hundred million dollars, and I want answers today about who\n"
               "knew what and when, because the public deserves to know the truth about\n"
               "Ms. Moe: Thank you, Mr. Chairman. I said in my written statement that the\n"
               "company warned the ministry in 2019, and I stand by that today.\n"
               "SPEAKER 1: We went to the ministry in March and they told us the money was\n"
               "[00:04:12] ADA MOE: We will publish the full accounts in April, I promise\n"
               "carla: i heard the ministry denied the whole thing, and so did the others\n")
    out = soft_wraps_as_spaces(hearing)
    for label in ("Ms. Moe:", "SPEAKER 1:", "[00:04:12] ADA MOE:", "carla:"):
        assert "\n" + label in out  # every turn still opens a line
    assert "examine the collapse" in out  # and a turn's own wrapped lines are one
    crlf = ("The ministry said on Tuesday that the programme would be extended, and\r\n"
            "officials at the treasury said the cost would be met from reserves. The\r\n"
            "plan was welcomed by the opposition, according to its finance spokesman\r\n"
            "Ben Ito, who called it overdue.\r\n\r\nThe auditors said the figures were sound.\r\n")
    out = soft_wraps_as_spaces(crlf)
    assert "overdue.\r\n\r\nThe auditors" in out and out.count("\n") == crlf.count("\n") - 3


def test_a_name_broken_across_lines_is_one_mention_as_printed() -> None:
    from annotations.suggest.entities import suggest_entities
    text = ("The company reported a loss for the third quarter in a row on Tuesday, and\n"
            "its shares fell sharply in early trading. The losses were expected, said Ada\n"
            "Moe, the chief executive, who added that the turnaround plan was on track\n"
            "and that the company would return to profit by the end of next year.\n")
    person = next(s for s in suggest_entities(text) if s.type == "PERSON")
    assert (person.exact, person.name) == ("Ada\nMoe", "Ada Moe")  # printed as it is, named as one
    assert speaker_of(text, "The losses were expected") == ("Ada Moe", "named")
