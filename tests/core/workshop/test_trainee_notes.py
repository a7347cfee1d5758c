"""A trainee's notes reach the trainer (audit40 T3 finding 8): the reason written on a mark or a status is in the
report's Detail (Markdown, HTML) and in `--json` rows as `trainee_note`, also on a row that agrees with the key."""
from __future__ import annotations

import json
from pathlib import Path

from tests.core.workshop.workflow import CLAIM_1, rendered, run, trainee, trainer_with_key

REASON = "disputed: the AP number contradicts this"


def test_the_trainee_s_notes_are_in_the_json_rows_and_the_reports(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)  # the key: CLAIM_1 by Marta Lindqvist, unverified
    nia = trainee(tmp_path, "Nia")
    nia.annotate(CLAIM_1, "--kind", "claim", "--speaker", "Marta Lindqvist", "--status", "disputed", "--note", REASON)
    nia.annotate("Tomas Ek", "--kind", "entity", "--type", "PERSON", "--note", "chairman of the cooperative")
    bundle = nia.export("nia.dossier")
    out, _ = run("compare", str(key), str(bundle), "--json", "--report", str(tmp_path / "r.md"),
                 "--report", str(tmp_path / "r.html"))
    rows = json.loads(out)["trainees"][0]["rows"]
    claim = next(r for r in rows if r["kind"] == "claim")
    assert claim["detail"] == "status: key unverified, trainee disputed" and claim["trainee_note"] == REASON
    ek = next(r for r in rows if r["key"] and r["key"]["exact"] == "Tomas Ek")  # agrees with the key: listed for
    assert ek["disagreement"] is None and ek["trainee_note"] == "chairman of the cooperative"  # its note
    assert all(r["trainee_note"] is None for r in rows if r not in (claim, ek))
    md = rendered(tmp_path / "r.md")
    assert f"status: key unverified, trainee disputed; trainee's note: {REASON}" in md
    assert "trainee's note: chairman of the cooperative" in md
    html = (tmp_path / "r.html").read_text()
    assert f"trainee&#x27;s note: {REASON}" in html
