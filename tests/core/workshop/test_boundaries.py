"""Boundary errors, worked out by hand: the trainee's span against the key's, named as a trainer would.

    text   "President Emmanuel Macron met Volodymyr Zelenskyy at the Elysee Palace on Monday, The New York
            Times reported."
    key      Emmanuel Macron PERSON, Volodymyr Zelenskyy PERSON, Elysee Palace PLACE, Monday DATE,
             The New York Times ORG
    trainee  President Emmanuel Macron PERSON   -> too long (holds the key's span and more)
             Zelenskyy PERSON                   -> too short (inside the key's span)
             the Elysee PLACE                   -> shifted (starts before the key's span, ends inside it)
             The New York Times PLACE           -> wrong type (same span)
             (nothing on Monday)                -> missed
             reported EVENT                     -> extra
"""
from __future__ import annotations

import json

import pytest

from annotations.workshop.agreement import Item, boundary, score_claims, score_entities
from annotations.workshop.exercise import ExerciseReport, Participant, TraineeResult
from annotations.workshop.report import class_table, diff_table, to_html, to_markdown

TEXT = ("President Emmanuel Macron met Volodymyr Zelenskyy at the Elysee Palace on Monday, The New York Times "
        "reported.")
DOC = "d" * 64


def item(quote: str, label: str, who: str, kind: str = "entity") -> Item:
    start = TEXT.index(quote)
    return Item(f"{who}-{quote}", DOC, kind, start, start + len(quote), quote, label)


KEY = [item("Emmanuel Macron", "PERSON", "k"), item("Volodymyr Zelenskyy", "PERSON", "k"),
       item("Elysee Palace", "PLACE", "k"), item("Monday", "DATE", "k"), item("The New York Times", "ORG", "k")]
TRAINEE = [item("President Emmanuel Macron", "PERSON", "t"), item("Zelenskyy", "PERSON", "t"),
           item("the Elysee", "PLACE", "t"), item("The New York Times", "PLACE", "t"), item("reported", "EVENT", "t")]


def result() -> TraineeResult:
    return TraineeResult("Tess", "tess.dossier", score_entities(KEY, TRAINEE), score_claims([], []))


def report() -> ExerciseReport:
    key = Participant("Trainer", "key.dossier", KEY, answer_key=True)
    return ExerciseReport(key=key, documents=[(DOC, "Paris talks")], trainees=[result()], agreement=None)


def test_boundary_names_each_way_a_span_can_differ() -> None:
    macron, zelenskyy, elysee, _, times = KEY
    assert boundary(macron, TRAINEE[0]) == "too long"
    assert boundary(zelenskyy, TRAINEE[1]) == "too short"
    assert boundary(elysee, TRAINEE[2]) == "shifted"
    assert boundary(times, TRAINEE[3]) == ""
    # shifted the other way: starts inside the key's span and runs past its end
    assert boundary(item("Elysee Palace", "PLACE", "k"), item("Palace on", "PLACE", "t")) == "shifted"


def test_claim_boundaries_ignore_spaces_and_punctuation_at_the_ends() -> None:
    sentence = item("President Emmanuel Macron met Volodymyr Zelenskyy at the Elysee Palace on Monday,", "", "k",
                    "claim")
    without_comma = item("President Emmanuel Macron met Volodymyr Zelenskyy at the Elysee Palace on Monday", "", "t",
                         "claim")
    shorter = item("Emmanuel Macron met Volodymyr Zelenskyy", "", "t", "claim")
    assert boundary(sentence, without_comma) == "too short"  # entities (and claims untrimmed) count every character
    assert boundary(sentence, without_comma, trim=True) == ""
    assert boundary(sentence, shorter, trim=True) == "too short"


def test_scores_and_rows_of_the_worked_example() -> None:
    r = result()
    # exact: nothing agrees (5 fp, 5 fn); overlap: Macron, Zelenskyy, Elysee (3 tp, 2 fp, 2 fn)
    assert (r.entities.exact.tp, r.entities.exact.fp, r.entities.exact.fn) == (0, 5, 5)
    assert (r.entities.overlap.tp, r.entities.overlap.fp, r.entities.overlap.fn) == (3, 2, 2)
    assert r.entities.overlap.f1 == pytest.approx(0.6)
    assert r.entities.boundary_errors == 3
    rows = [(d.disagreement, d.key_item and d.key_item.exact, d.trainee_item and d.trainee_item.exact)
            for d in r.diff()]
    assert rows == [
        ("boundary: too long", "Emmanuel Macron", "President Emmanuel Macron"),
        ("boundary: too short", "Volodymyr Zelenskyy", "Zelenskyy"),
        ("boundary: shifted", "Elysee Palace", "the Elysee"),
        ("missed", "Monday", None),
        ("wrong type", "The New York Times", "The New York Times"),
        ("extra", None, "reported"),
    ]


def test_a_wrong_type_with_another_span_names_both() -> None:
    key = [item("Elysee Palace", "PLACE", "k")]
    trainee = [item("the Elysee Palace", "ORG", "t")]
    (row,) = TraineeResult("T", "t", score_entities(key, trainee), score_claims([], [])).diff()
    assert (row.status, row.disagreement, row.detail) == ("key-only", "wrong type; boundary: too long",
                                                          "trainee marked it as ORG")


def test_reports_show_both_spans_and_the_boundary_errors_column() -> None:
    head, rows = class_table(report())
    assert rows[0][head.index("Boundary errors")] == "3"
    head, rows = diff_table(result())
    assert head == ["Disagreement", "Kind", "Type", "Key text", "Trainee text", "Detail"]
    assert rows[0][:5] == ["boundary: too long", "entity", "PERSON", "Emmanuel Macron", "President Emmanuel Macron"]
    assert rows[4][2:5] == ["ORG → PLACE", "The New York Times", "The New York Times"]
    assert rows[5][3:5] == ["—", "reported"]
    md = to_markdown(report()).decode()
    assert "| boundary: too short | entity | PERSON | Volodymyr Zelenskyy | Zelenskyy |" in md
    page = to_html(report()).decode()
    assert "<td class='boundary'>boundary: shifted</td>" in page and "<td>the Elysee</td>" in page


def test_json_rows_carry_the_trainees_span() -> None:
    data = json.loads(json.dumps(report().as_json()))
    tess = data["trainees"][0]
    assert tess["boundary_errors"] == 3
    first = tess["rows"][0]
    start = TEXT.index("President Emmanuel Macron")
    assert first["disagreement"] == "boundary: too long" and first["boundary"] == "too long"
    assert first["trainee"] == {"start": start, "end": start + 25, "exact": "President Emmanuel Macron",
                                "type": "PERSON"}
    assert first["key"]["exact"] == "Emmanuel Macron"
    assert [r["disagreement"] for r in tess["rows"]] == ["boundary: too long", "boundary: too short",
                                                         "boundary: shifted", "missed", "wrong type", "extra"]
    times = next(m for m in tess["misses"] if m["exact"] == "The New York Times")
    assert times["trainee"]["type"] == "PLACE"
    assert [e["exact"] for e in tess["extras"]] == ["The New York Times", "reported"]  # scored: both are extras
