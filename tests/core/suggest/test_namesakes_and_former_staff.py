"""People a report tells apart that the suggester ran together (an outside helper's invented Pakistani and Indian
court and crime reports, stop 37): a wife and husband of one family name ("Ms Abbasi said" went to the husband,
who then became a woman for every "she"); a three-word name no list knows, called later by its surname ("Vasant
Gopinath Kulkarni … Kulkarni told TOI": no entity, and the speaker lost the first name); and a former employee,
who speaks for no one ("a former DPWH district engineer said" went to the department). The cases failed before;
the last are guards."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of

COURT = """ISLAMABAD: The court directed the interior ministry to report on journalist Tariq Mehmood Abbasi, who has \
been missing since March 12. The petition was filed by the journalist’s wife, Rukhsana Abbasi.

Counsel told the court that Abbasi had been picked up from outside his residence by men in plain clothes.

Talking to reporters outside the court, Ms Abbasi said her husband had been receiving threats over his reporting.

“My children ask me every night when their father is coming home,” she said.

Mr Abbasi's editor said the newspaper would keep publishing his work.
"""


@pytest.mark.parametrize(("fragment", "speaker"), [
    ("receiving threats over his reporting", "Rukhsana Abbasi"),
    ("My children ask me every night", "Rukhsana Abbasi"),
])
def test_a_titled_surname_is_the_namesake_of_that_gender(fragment: str, speaker: str) -> None:
    assert speaker_of(COURT, fragment) == (speaker, "named")


def test_a_name_of_three_words_no_list_knows() -> None:
    text = ("According to the FIR, the complainant, Vasant Gopinath Kulkarni, received a call on December 2.\n\n"
            "\"They kept me on a video call from morning till night,\" Kulkarni told TOI.")
    assert ("Vasant Gopinath Kulkarni", "PERSON") in found(text)
    assert speaker_of(text, "video call") == ("Vasant Gopinath Kulkarni", "named")


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The Department of Public Works and Highways (DPWH) denied wrongdoing.\n\nBut a former DPWH district engineer, "
     "testifying under oath, said kickbacks were standard practice.", "kickbacks were",
     ("a former DPWH district engineer", "unnamed")),
    ("The Department of Public Works and Highways (DPWH) denied wrongdoing.\n\nA DPWH spokesman said the claims "
     "were false.", "claims were false", ("Department of Public Works and Highways", "named")),  # a guard
])
def test_a_former_employee_speaks_for_no_one(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker
