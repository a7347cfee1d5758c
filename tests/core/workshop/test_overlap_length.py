"""Entity overlap matching has the claims' length rule (break28w MEDIUM): one passage marked once per type
used to match every key mention inside it by overlap (F1~ 1.00 for six marks); the boundary errors the README
describes (too long, too short, shifted) still match (tests/core/workshop/test_boundaries.py)."""
from __future__ import annotations

from pathlib import Path

from tests.core.workshop.workflow import ARTICLE, compare_json, trainee, trainer_with_key

TEXT = ARTICLE.read_text(encoding="utf-8")


def test_one_passage_marked_once_per_mention_matches_none_of_them(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)  # Marta Lindqvist, Tomas Ek (PERSON), Northern Water Authority (ORG)
    lazy = trainee(tmp_path, "Lazy")
    start = min(TEXT.index(q) for q in ("Marta Lindqvist", "Tomas Ek", "Northern Water Authority"))
    end = max(TEXT.index(q) + len(q) for q in ("Marta Lindqvist", "Tomas Ek", "Northern Water Authority"))
    passage = TEXT[start:end]
    assert len(passage) > 200
    for label in ("PERSON", "PERSON", "ORG"):
        lazy.annotate(passage, "--kind", "entity", "--type", label, "--entity", f"thing {label}")
    got = compare_json(key, lazy.export("lazy.dossier"))["trainees"][0]
    assert (got["overlap"]["tp"], got["overlap"]["f1"], got["boundary_errors"]) == (0, 0.0, 0)
    assert [m["kind"] for m in got["misses"]].count("entity") == 3 and len(got["extras"]) == 3


def test_a_mention_with_its_title_still_matches_by_overlap(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    ana = trainee(tmp_path, "Ana")
    ana.annotate("Lindqvist", "--kind", "entity", "--type", "PERSON")  # too short
    ana.annotate("the Northern Water Authority", "--kind", "entity", "--type", "ORG")  # too long
    got = compare_json(key, ana.export("ana.dossier"))["trainees"][0]
    assert (got["overlap"]["tp"], got["exact"]["tp"], got["boundary_errors"]) == (2, 0, 2)
