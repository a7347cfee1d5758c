"""Score the offline suggesters against the hand-made gold set in tests/data/gold/ (our own sample
articles): entity mention precision/recall/F1 per type (exact span and type), claim recall and speaker
accuracy. Usage: python bench/eval_suggestions.py [--json]"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.suggest.claims import suggest_claims  # noqa: E402
from annotations.suggest.entities import suggest_entities  # noqa: E402
from reader.document import load_document  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"


def gold_mentions(text: str, entities: list[list[str]]) -> set[tuple[int, int, str]]:
    taken = bytearray(len(text))
    out = set()
    for surface, label in sorted(entities, key=lambda e: -len(e[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if 1 not in taken[m.start():m.end()]:
                out.add((m.start(), m.end(), label))
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return out


def evaluate(paths: list[Path] | None = None) -> dict[str, object]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    claims_total = claims_found = speakers_total = speakers_right = 0
    for path in sorted(GOLD.glob("*.json")) if paths is None else paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = load_document(ROOT / gold["document"]).text
        expected = gold_mentions(text, gold["entities"])
        entities = suggest_entities(text)
        got = {(s.start, s.end, s.type) for s in entities}
        for label in {m[2] for m in expected | got}:
            e = {m for m in expected if m[2] == label}
            g = {m for m in got if m[2] == label}
            tp[label] += len(e & g)
            fp[label] += len(g - e)
            fn[label] += len(e - g)
        claims = suggest_claims(text, entities)
        for claim in gold["claims"]:
            claims_total += 1
            match = next((c for c in claims if claim["contains"] in c.exact), None)
            if match is None:
                continue
            claims_found += 1
            speakers_total += 1
            speakers_right += int(match.speaker == claim["speaker"])
    rows = {}
    for label in sorted(tp | fp | fn):
        p = tp[label] / max(1, tp[label] + fp[label])
        r = tp[label] / max(1, tp[label] + fn[label])
        rows[label] = {"precision": p, "recall": r, "f1": 2 * p * r / max(1e-9, p + r), "gold": tp[label] + fn[label]}
    all_tp, all_fp, all_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p, r = all_tp / max(1, all_tp + all_fp), all_tp / max(1, all_tp + all_fn)
    return {"entities": rows, "overall": {"precision": p, "recall": r, "f1": 2 * p * r / max(1e-9, p + r)},
            "claim_recall": claims_found / max(1, claims_total), "speaker_accuracy": speakers_right / max(1, speakers_total),
            "claims": claims_total}


SETS = {"tuned": sorted(GOLD.glob("*.json")), "held-out": sorted((GOLD / "heldout").glob("*.json"))}
"""`tuned`: the articles the rules were developed on; `held-out`: written and annotated afterwards, never
used to change the rules — its figures are the honest ones."""


def main() -> None:
    results = {name: evaluate(paths) for name, paths in SETS.items()}
    if "--json" in sys.argv:
        print(json.dumps(results, indent=1))
        return
    for name, result in results.items():
        print(f"== {name}: {', '.join(p.stem for p in SETS[name])}")
        _table(result)


def _table(result: dict[str, object]) -> None:
    print(f"{'type':<10}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for label, row in result["entities"].items():  # type: ignore[union-attr]
        print(f"{label:<10}{row['gold']:>6}{row['precision']:>8.2f}{row['recall']:>8.2f}{row['f1']:>8.2f}")
    o = result["overall"]
    print(f"{'all':<10}{'':>6}{o['precision']:>8.2f}{o['recall']:>8.2f}{o['f1']:>8.2f}")  # type: ignore[index]
    print(f"claims: recall {result['claim_recall']:.2f} of {result['claims']}, speaker accuracy {result['speaker_accuracy']:.2f}")


if __name__ == "__main__":
    main()
