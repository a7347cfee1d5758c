"""bench/eval_suggestions.py runs on a tiny gold set and reports what it promises: entity P/R/F1 per type,
claim recall, speaker accuracy for named and unnamed sources, per split. Not a quality threshold."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_suggestions", ROOT / "bench" / "eval_suggestions.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_suggestions"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    text = ("Officials said the Skarv ferry would stop in March. \"We have no money,\" said Ines Balder of the "
            "Skarv Ferry Company.\n")
    (tmp_path / "ferry.txt").write_text(text, encoding="utf-8")
    (tmp_path / "ferry.json").write_text(json.dumps({
        "document": "does/not/exist.txt", "types": ["PERSON", "ORG", "PLACE"],
        "entities": [["Ines Balder", "PERSON"], ["Skarv Ferry Company", "ORG"], ["Skarv", "PLACE"]],
        "claims": [{"contains": "ferry would stop", "speaker": "officials", "speaker_kind": "unnamed"},
                   {"contains": "We have no money", "speaker": "Ines Balder", "speaker_kind": "named"},
                   {"contains": "no such sentence", "speaker": "nobody", "speaker_kind": "named"}]}),
        encoding="utf-8")
    return tmp_path / "ferry.json"


def test_the_evaluation_reports_types_claims_and_both_kinds_of_speaker(gold: Path) -> None:
    result, errors = _bench().evaluate([gold])
    assert result["files"] == ["ferry"]
    assert set(result["entities"]) <= {"PERSON", "ORG", "PLACE"}  # other types are not scored here
    assert result["entities"]["PERSON"]["gold"] == 1
    assert result["claims"] == 3 and result["claim_recall"] == pytest.approx(2 / 3)
    assert set(result["speakers"]) == {"named", "unnamed"}
    assert result["speakers"]["unnamed"]["claims"] == 1 and result["speakers"]["named"]["claims"] == 1
    assert any("missed claim 'no such sentence'" in e for e in errors)


def test_speakers_compare_without_case_determiner_or_possessive() -> None:
    same = _bench().same_speaker
    assert same("The officials", "officials") and same("Amnesty International’s", "Amnesty International")
    assert same(None, None) and not same("officials", None) and not same("analysts", "officials")


def test_the_command_line_takes_a_split(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _bench()
    bench.main(["--split", "tuned", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["tuned"] and out["tuned"]["claims"] > 0
    with pytest.raises(SystemExit):
        bench.main(["--split", "nonsense"])
