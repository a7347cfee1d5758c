"""A run of capitalised words is judged once per text and the decision replayed wherever the run comes
back (`names.find`); what the context says must still count at every occurrence: the same words are a
person beside a reporting verb and nothing without one, an organisation before "party", no organisation in
quotation marks (a title)."""
from __future__ import annotations

from annotations.suggest import names
from annotations.suggest.gazetteer import gazetteer

CONTEXTS = [
    "Kowalczyk said the plan would fail.",
    "The Kowalczyk plan was dropped.",
    "Members of the Karvona party met.",
    "Karvona won.",
    "She sang “Harbour Light Party” twice.",
    "The Harbour Light Party met.",
    "Leila Azzouz, a lawyer, spoke.",
    "Leila Azzouz spoke.",
]


def _alone(sentence: str) -> list[tuple[str, str]]:
    return [(f.label, sentence[f.start:f.end]) for f in names.find(sentence, gazetteer())]


def test_each_occurrence_of_a_run_is_judged_by_its_own_context_in_any_order() -> None:
    expected = {s: _alone(s) for s in CONTEXTS}
    assert expected["Kowalczyk said the plan would fail."] == [("PERSON", "Kowalczyk")]
    assert expected["The Kowalczyk plan was dropped."] == []
    assert ("ORG", "Karvona") in expected["Members of the Karvona party met."]
    assert expected["She sang “Harbour Light Party” twice."] == []
    for order in (CONTEXTS, CONTEXTS[::-1], CONTEXTS[1::2] + CONTEXTS[::2]):
        text = " ".join(order * 3)
        found = [(f.start, f.label, text[f.start:f.end]) for f in names.find(text, gazetteer())]
        at = 0
        for sentence in order * 3:
            here = [(label, exact) for start, label, exact in found if at <= start < at + len(sentence)]
            assert here == expected[sentence], sentence
            at += len(sentence) + 1
