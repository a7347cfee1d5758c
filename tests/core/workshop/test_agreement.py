"""Scores worked out by hand (see exercise_data.py for the exercise)."""
from __future__ import annotations

import pytest

from annotations.workshop.agreement import Item, Score, cohen_kappa, score_claims, score_entities
from annotations.workshop.exercise import _alpha, compare, participant
from tests.core.workshop.exercise_data import C1, C2, key, trainee_a, trainee_b


def test_score_conventions() -> None:
    assert (Score(3, 2, 2).precision, Score(3, 2, 2).recall, Score(3, 2, 2).f1) == (0.6, 0.6, 0.6)
    assert Score(0, 0, 4).precision == 0.0 and Score(0, 0, 4).recall == 0.0 and Score(0, 0, 4).f1 == 0.0
    assert Score(0, 0, 0).precision == 1.0 and Score(0, 0, 0).recall == 1.0


def test_trainee_a_entities_exact_and_overlap() -> None:
    k = participant(key().bundle(answer_key=True), "key.dossier")
    a = participant(trainee_a().bundle(), "ana.dossier")
    scores = score_entities(k.of_kind("entity"), a.of_kind("entity"))
    # exact: Monday, EU, Paris agree; Zakharova (span) and Russia/ORG (type) do not -> 3 tp, 2 fp, 2 fn
    assert (scores.exact.tp, scores.exact.fp, scores.exact.fn) == (3, 2, 2)
    assert scores.exact.precision == pytest.approx(0.6) and scores.exact.f1 == pytest.approx(0.6)
    # overlap: Zakharova now counts for Maria Zakharova -> 4 tp, 1 fp, 1 fn
    assert (scores.overlap.tp, scores.overlap.fp, scores.overlap.fn) == (4, 1, 1)
    assert scores.overlap.f1 == pytest.approx(0.8)
    person_exact, person_overlap = scores.by_type["PERSON"]
    assert (person_exact.f1, person_overlap.f1) == (0.0, 1.0)
    place_exact, _ = scores.by_type["PLACE"]  # key Russia + Paris, trainee Paris only
    assert (place_exact.precision, place_exact.recall) == (1.0, 0.5)
    assert place_exact.f1 == pytest.approx(2 / 3)
    org_exact, _ = scores.by_type["ORG"]  # key EU, trainee Russia + EU
    assert (org_exact.precision, org_exact.recall) == (0.5, 1.0)
    assert [i.exact for i in scores.misses] == ["Russia"]
    assert [(i.exact, i.label) for i in scores.extras] == [("Russia", "ORG")]


def test_trainee_a_claims() -> None:
    k = participant(key().bundle(answer_key=True), "key.dossier")
    a = participant(trainee_a().bundle(), "ana.dossier")
    claims = score_claims(k.of_kind("claim"), a.of_kind("claim"))
    # C1 matches although the trainee left out the full stop; C2 is missed; "Paris was calm." is extra
    assert (claims.score.tp, claims.score.fp, claims.score.fn) == (1, 1, 1)
    assert [i.exact for i in claims.misses] == [C2]
    assert claims.speaker_agreement == 1.0 and claims.status_agreement == 1.0
    assert claims.status_kappa is None  # one pair, same status: kappa is undefined (p_e = 1)


def test_trainee_b_speaker_and_status_kappa() -> None:
    k = participant(key().bundle(answer_key=True), "key.dossier")
    b = participant(trainee_b().bundle(), "ben.dossier")
    claims = score_claims(k.of_kind("claim"), b.of_kind("claim"))
    assert claims.score.recall == 1.0
    assert (claims.speaker_agreed, claims.speaker_compared) == (1, 2)  # Russia is not Maria Zakharova
    # statuses (disputed, supported), (unverified, unverified): p_o = 1/2, p_e = (1*1)/4 -> (1/2-1/4)/(3/4)
    assert claims.status_agreement == 0.5
    assert claims.status_kappa == pytest.approx(1 / 3)
    assert claims.confusion == {("disputed", "supported"): 1, ("unverified", "unverified"): 1}
    assert score_entities(k.of_kind("entity"), b.of_kind("entity")).exact.f1 == 1.0


def test_cohen_kappa_textbook_example() -> None:
    # 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15 -> p_o 0.7, p_e 0.5, kappa 0.4
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    assert cohen_kappa([]) is None


def test_krippendorff_alpha_reference_data() -> None:
    nan = float("nan")
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal example: alpha = 0.743
    data = [[1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
            [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan]]
    assert _alpha(data) == pytest.approx(0.743, abs=5e-4)
    assert _alpha([[1.0, 1.0], [1.0, 1.0]]) is None  # one value only: undefined


def test_class_agreement_by_hand() -> None:
    report = compare(key().bundle(answer_key=True), "key.dossier",
                     [("ana.dossier", trainee_a().bundle()), ("ben.dossier", trainee_b().bundle())])
    agreement = report.agreement
    assert agreement is not None
    # units: "Maria " | "Zakharova" | Monday | Russia | EU | Paris -> Ana: none, PERSON, DATE, ORG, ORG, PLACE;
    # Ben: PERSON, PERSON, DATE, PLACE, ORG, PLACE. n=12, n_c = 1,3,2,3,3: D_o = 4/12, D_e = (144-32)/132
    assert agreement.entity_units == 6
    assert agreement.entity_alpha == pytest.approx(1 - (4 / 12) / (112 / 132))
    # claim status: only C1 is pairable (disputed vs supported): D_o = D_e = 1 -> alpha 0
    assert agreement.status_alpha == pytest.approx(0.0)
    found = {(i.exact, i.label): n for i, n in agreement.found_by}
    assert found[("Russia", "PLACE")] == 1 and found[("Maria Zakharova", "PERSON")] == 2
    assert found[(C2, "denial")] == 1 and found[(C1, "quote")] == 2
    assert agreement.found_by[0][1] == 1  # the most missed first


def test_diff_rows_explain_disagreements() -> None:
    report = compare(key().bundle(answer_key=True), "key.dossier", [("ana.dossier", trainee_a().bundle())])
    rows = report.trainees[0].diff()
    assert report.agreement is None  # one trainee: no class agreement
    russia = [r for r in rows if r.item.exact == "Russia"]
    # a wrong type is one row naming both sides; the trainee's ORG is not listed again as an extra
    assert [(r.status, r.item.label, r.other and r.other.label, r.detail, r.disagreement) for r in russia] == [
        ("key-only", "PLACE", "ORG", "trainee marked it as ORG", "wrong type")]
    statuses = [r.status for r in rows]
    assert statuses.count("both") == 5 and statuses.count("key-only") == 2 and statuses.count("trainee-only") == 1
    zakharova = next(r for r in rows if r.item.exact == "Maria Zakharova")
    assert (zakharova.disagreement, zakharova.trainee_item and zakharova.trainee_item.exact) == (
        "boundary: too short", "Zakharova")
    c1 = next(r for r in rows if r.item.exact == C1)
    assert c1.disagreement == ""  # the same sentence without its full stop: not a boundary error
    assert report.trainees[0].entities.boundary_errors == 1


def test_only_live_entities_and_claims_of_the_keys_documents_count() -> None:
    from dataclasses import replace

    k = key()
    a = trainee_b()
    a.annotations[0] = replace(a.annotations[0], deleted=True)  # a tombstone: no longer marked
    a.annotations.append(replace(a.annotations[1], id="0000000-other", document_id="f" * 64))
    report = compare(k.bundle(answer_key=True), "key.dossier", [("ben.dossier", a.bundle())])
    assert report.trainees[0].entities.exact.fn == 1 and report.trainees[0].entities.exact.fp == 0


def test_a_trainee_on_another_document_gets_a_warning() -> None:
    from dataclasses import replace

    b = trainee_b()
    b.annotations = [replace(x, document_id="e" * 64) for x in b.annotations]
    report = compare(key().bundle(answer_key=True), "key.dossier", [("ben.dossier", b.bundle())])
    result = report.trainees[0]
    assert result.entities.exact.recall == 0.0
    assert "another document" in result.warnings[0]


def test_items_are_compared_within_one_document_only() -> None:
    one = Item("1", "d1", "entity", 0, 5, "Paris", "PLACE")
    other = Item("2", "d2", "entity", 0, 5, "Paris", "PLACE")
    assert score_entities([one], [other]).exact.tp == 0
