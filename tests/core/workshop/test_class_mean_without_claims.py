"""An exercise on entities only (the key marks no claim): every trainee's row says "0/0" claims found, and the class
mean said "1.00" beside them, as if the class had found every claim. With no key claim there is nothing to find: the
mean is n/a, in the window's table and both reports."""
from __future__ import annotations

from annotations.workshop.agreement import Item, score_claims, score_entities
from annotations.workshop.exercise import ExerciseReport, Participant, TraineeResult
from annotations.workshop.report import class_table

DOC = "d" * 64
KEY = [Item("k1", DOC, "entity", 0, 5, "Marta", "PERSON"), Item("k2", DOC, "entity", 10, 13, "Ekö", "PERSON")]


def test_no_key_claim_no_mean_of_claims_found() -> None:
    trainees = [TraineeResult(name, f"{name}.dossier", score_entities(KEY, KEY[:n]), score_claims([], []))
                for name, n in (("Ana", 1), ("Ben", 2))]
    report = ExerciseReport(key=Participant("Trainer", "key.dossier", KEY, answer_key=True), documents=[(DOC, "T")],
                            trainees=trainees, agreement=None)
    head, rows = class_table(report)
    found = head.index("Claims found")
    assert [r[found] for r in rows] == ["0/0", "0/0", "n/a"]
