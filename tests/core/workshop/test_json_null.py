"""`compare --json` is JSON: an undefined figure is null, never NaN (break28 MEDIUM)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.workshop.workflow import CLAIM_1, CLAIM_2, run, trainee, trainer_with_key


def _strict(text: str) -> object:
    def refuse(constant: str) -> object:
        raise ValueError(f"{constant} is not JSON")
    return json.loads(text, parse_constant=refuse)


def test_an_undefined_status_alpha_is_null(tmp_path: Path) -> None:
    """Fay marks both key claims (two statuses), Gus only the first, with Fay's status: the one claim both
    valued shows no disagreement to expect, so alpha is 0/0 — krippendorff gives NaN."""
    _, key = trainer_with_key(tmp_path)
    fay, gus = trainee(tmp_path, "Fay"), trainee(tmp_path, "Gus")
    fay.annotate(CLAIM_1, "--kind", "claim", "--status", "unverified")
    fay.annotate(CLAIM_2, "--kind", "claim", "--status", "disputed")
    gus.annotate(CLAIM_1, "--kind", "claim", "--status", "unverified")
    bundles = [str(fay.export("fay.dossier")), str(gus.export("gus.dossier"))]
    out, _ = run("compare", str(key), *bundles, "--json")
    try:
        got = _strict(out)
    except ValueError as exc:
        pytest.fail(f"compare --json wrote invalid JSON: {exc}")
    assert got["class"]["status_alpha"] is None  # type: ignore[index]
    run("compare", str(key), *bundles, "--report", str(tmp_path / "r.json"))
    assert _strict((tmp_path / "r.json").read_text())["class"]["status_alpha"] is None  # type: ignore[index]
    text, _ = run("compare", str(key), *bundles)
    assert "n/a for claim status" in text and "nan" not in text
