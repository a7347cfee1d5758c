"""An answer key exported before the trainer marked anything (or with only highlights and notes) is no key: compared
with it, a trainee who marked nothing scored P, R and F1 1.00 under the warning "an empty answer, scored 0", and
every trainee who did the work scored 0.00. The comparison is refused with the reason, in the CLI and the app."""
from __future__ import annotations

from pathlib import Path

from tests.core.workshop.workflow import run, trainee


def test_a_key_without_entity_or_claim_is_refused_with_the_reason(tmp_path: Path) -> None:
    ines = trainee(tmp_path, "Ines")
    ines.annotate("Marta Lindqvist", "--kind", "highlight")
    key = ines.export("key.dossier", "--answer-key")
    ana, cem = trainee(tmp_path, "Ana"), trainee(tmp_path, "Cem")
    ana.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    out, err = run("compare", str(key), str(ana.export("ana.dossier")), str(cem.export("cem.dossier")), code=1)
    assert "1.00" not in out and "scored 0" not in out
    assert "key.dossier" in err and "no entity mention or claim" in err
