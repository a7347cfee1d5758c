"""A claim marked with or without the quotation marks around it is the same claim in every language: German
„…“, French « … » (set with narrow no-break spaces), Japanese 「…」, Spanish ¿…?, an ellipsis at the end. A trainee
who left out the German quotes was told "boundary: too short" though the README says punctuation at the ends is
ignored."""
from __future__ import annotations

import pytest

from annotations.workshop.agreement import Item, boundary, score_claims

DOC = "d" * 64


def claim(text: str, quote: str, who: str) -> Item:
    start = text.index(quote)
    return Item(f"{who}-{start}", DOC, "claim", start, start + len(quote), quote)


@pytest.mark.parametrize("quoted, bare", [
    ("„Wir bauen die sicherste Radstadt Deutschlands“", "Wir bauen die sicherste Radstadt Deutschlands"),
    ("‚Das geht nicht‘", "Das geht nicht"),
    ("«\u202fNous ne céderons pas\u202f»", "Nous ne céderons pas"),
    ("‹Nein›", "Nein"),
    ("「絶対に撤退しない」", "絶対に撤退しない"),
    ("『撤退しない』", "撤退しない"),
    ("¿Quién pagará esto?", "Quién pagará esto"),
    ("¡No pasarán!", "No pasarán"),
    ("We will not retreat…", "We will not retreat"),
])
def test_quotation_marks_at_the_ends_are_no_boundary_error(quoted: str, bare: str) -> None:
    text = f"Er sagte: {quoted} Danach ging er."
    key, trainee = claim(text, quoted, "k"), claim(text, bare, "t")
    assert boundary(key, trainee, trim=True) == ""
    scores = score_claims([key], [trainee])
    assert len(scores.pairs) == 1


def test_letters_and_digits_at_the_ends_still_count() -> None:
    text = "He said 12 ships sailed."
    key, trainee = claim(text, "12 ships sailed", "k"), claim(text, "ships sailed", "t")
    assert boundary(key, trainee, trim=True) == "too short"
