"""An exercise on claims only (the key marks no entity): the class table gave a trainee who marked people anyway
entity P/R/F1 0.00 and one who marked nothing 1.00, and a class mean of them, as if entities had been part of the
task (a workshops tester, stop 62). With no key entity there is nothing to find: the entity scores are n/a, in the
window's table and both reports, as "Claims found" is on an entities exercise."""
from __future__ import annotations

from annotations.workshop.agreement import Item, score_claims, score_entities
from annotations.workshop.exercise import ExerciseReport, Participant, TraineeResult
from annotations.workshop.report import class_table

DOC = "d" * 64
CLAIM = Item("c1", DOC, "claim", 0, 40, "The barrier will cost 48 million euros.", "claim")
PERSON = Item("p1", DOC, "entity", 0, 5, "Marta", "PERSON")


def test_no_key_entity_no_entity_scores() -> None:
    trainees = [TraineeResult(name, f"{name}.dossier", score_entities([], marked), score_claims([CLAIM], [CLAIM]))
                for name, marked in (("Ana", [PERSON]), ("Ben", []))]
    report = ExerciseReport(key=Participant("Trainer", "key.dossier", [CLAIM], answer_key=True), documents=[(DOC, "T")],
                            trainees=trainees, agreement=None)
    head, rows = class_table(report)
    columns = [head.index(c) for c in ("P (exact)", "R (exact)", "F1 (exact)", "F1 (overlap)")]
    assert [[r[c] for c in columns] for r in rows] == [["n/a"] * 4] * 3
    assert [r[head.index("Claims found")] for r in rows] == ["1/1", "1/1", "1.00"]


def test_with_key_entities_the_scores_stay() -> None:
    trainees = [TraineeResult(name, f"{name}.dossier", score_entities([PERSON], marked), score_claims([], []))
                for name, marked in (("Ana", [PERSON]), ("Ben", []))]
    report = ExerciseReport(key=Participant("Trainer", "key.dossier", [PERSON], answer_key=True),
                            documents=[(DOC, "T")], trainees=trainees, agreement=None)
    head, rows = class_table(report)
    f1 = head.index("F1 (exact)")
    assert [r[f1] for r in rows] == ["1.00", "0.00", "0.50"]
