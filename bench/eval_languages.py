"""Claim suggestions in Ukrainian, Russian, French, German and Arabic against a small gold per language:
the language samples (tuned on: optimistic) and held-out texts written after tuning
(tests/data/gold/languages/). Prints claims found / gold, precision, recall and speakers right per language.
Usage: python bench/eval_languages.py [--json] [--split tuned|heldout|heldout-articles] [--entities] | --speed
(--entities: entity suggestions — PERSON, ORG, PLACE from the text alone — instead of claims;
--speed: seconds per MB of the language rules, written to bench/out/languages.json for bench/report.py)
(heldout-articles: tests/data/gold/languages/heldout/<lang>_<story>.*, held out: figures only)"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotations.name_keys import same_name  # noqa: E402
from annotations.suggest.entities import suggest_entities  # noqa: E402
from annotations.suggest.entities_languages import suggest_entities_in_language, veto_for_language  # noqa: E402
from annotations.suggest.languages import suggest_claims_in_language  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_suggestions import gold_mentions  # noqa: E402  (one rule for whole-word gold surfaces)

GOLD = ROOT / "tests" / "data" / "gold" / "languages"


def _speaker_right(gold: str | None, found: str | None) -> bool:
    if gold is None or found is None:
        return gold is None and found is None
    return gold in found or found in gold or same_name(gold, found)


def score(lang: str, text: str, gold: list[dict[str, str | None]]) -> dict[str, int]:
    found = suggest_claims_in_language(lang, text)  # speakers from the text alone (no entity suggester)
    matched_gold = 0
    speakers = 0
    used: set[int] = set()
    for item in gold:
        hit = next((i for i, s in enumerate(found) if str(item["contains"]) in s.exact and i not in used), None)
        if hit is None:
            continue
        used.add(hit)
        matched_gold += 1
        speakers += _speaker_right(item["speaker"], found[hit].speaker)
    return {"gold": len(gold), "suggested": len(found), "matched": matched_gold, "speakers": speakers}


ENTITY_TYPES = ("PERSON", "ORG", "PLACE")
"""The entity gold annotates these types (as the real-article gold): others are not scored."""


def score_entities(lang: str, text: str, entities: list[list[str]]) -> dict[str, int]:
    """Entity suggestions from the text alone (no library): exact span and type against the gold mentions."""
    found = suggest_entities(text, extra=suggest_entities_in_language(lang, text), veto=veto_for_language(lang))
    got = {(s.start, s.end, s.type) for s in found if s.type in ENTITY_TYPES}
    gold = gold_mentions(text, entities)
    return {"gold": len(gold), "suggested": len(got), "matched": len(gold & got)}


def evaluate_entities(split: str = "tuned") -> dict[str, dict[str, dict[str, int]]]:
    """Entities per language: `tuned` (tuned_entities.json on the samples) or `heldout-articles` (the held-out
    articles' `entities`, where they have them)."""
    out: dict[str, dict[str, int]] = {}
    if split == "tuned":
        tuned = json.loads((GOLD / "tuned_entities.json").read_text(encoding="utf-8"))
        for name, entities in tuned.items():
            if not name.startswith("_"):
                text = (ROOT / "resources" / "samples" / name).read_text(encoding="utf-8")
                out[name[:2]] = score_entities(name[:2], text, entities)
    else:
        for path in sorted((GOLD / "heldout").glob("*_*.json")):
            g = json.loads(path.read_text(encoding="utf-8"))
            if g.get("entities"):
                text = (ROOT / g["document"]).read_text(encoding="utf-8")
                r = score_entities(g["language"], text, g["entities"])
                total = out.setdefault(g["language"], {"gold": 0, "suggested": 0, "matched": 0})
                for key in total:
                    total[key] += r[key]
    return {f"{split} entities": out}


def evaluate() -> dict[str, dict[str, dict[str, int]]]:
    out: dict[str, dict[str, dict[str, int]]] = {"tuned": {}, "heldout": {}}
    tuned = json.loads((GOLD / "tuned.json").read_text(encoding="utf-8"))
    for name, gold in tuned.items():
        if name.startswith("_"):
            continue
        lang = name[:2]
        out["tuned"][lang] = score(lang, (ROOT / "resources" / "samples" / name).read_text(encoding="utf-8"), gold)
    held = json.loads((GOLD / "heldout" / "gold.json").read_text(encoding="utf-8"))
    for lang, gold in held.items():
        if lang.startswith("_"):
            continue
        out["heldout"][lang] = score(lang, (GOLD / "heldout" / f"{lang}.txt").read_text(encoding="utf-8"), gold)
    return out


def evaluate_articles() -> dict[str, dict[str, dict[str, int]]]:
    """The held-out articles (heldout/<lang>_<story>.txt + .json, real-gold format): an unnamed source's claim is
    scored as null speaker, as in gold.json ("null: unnamed or none")."""
    out: dict[str, dict[str, int]] = {}
    for path in sorted((GOLD / "heldout").glob("*_*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        gold = [{"contains": c["contains"], "speaker": c["speaker"] if c["speaker_kind"] == "named" else None}
                for c in g["claims"]]
        out[g["language"]] = score(g["language"], (ROOT / g["document"]).read_text(encoding="utf-8"), gold)
    return {"heldout-articles": out}


SAMPLES = {"uk": "uk_energy_agreement.txt", "ru": "ru_baltic_reserve.txt", "fr": "fr_energy_ministers.txt",
           "de": "de_plant_repair.txt", "ar": "ar_gas_contract.txt"}
OUT = ROOT / "bench" / "out"


def speed(megabytes: float = 1.0, runs: int = 3) -> dict[str, object]:
    """Seconds per MB of text for the language rules (entities, then claims with them), per language: the
    sample repeated to `megabytes`, `runs` runs each (min, median, max), with the load average; the
    gazetteers' one-off build is timed apart. Written to bench/out/languages.json for bench/report.py."""
    import os
    import time
    from statistics import median

    from annotations.suggest.gazetteer_languages import _index

    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    started = time.perf_counter()
    for lang in SAMPLES:
        _index(lang)
    out: dict[str, object] = {"date": time.strftime("%Y-%m-%d"), "load_before": load,
                              "gazetteers_build_s": round(time.perf_counter() - started, 2), "per_mb": {}}
    for lang, name in SAMPLES.items():
        text = (ROOT / "resources" / "samples" / name).read_text(encoding="utf-8")
        big = (text + "\n") * max(1, int(megabytes * 1_000_000 / len(text.encode("utf-8"))))
        size = len(big.encode("utf-8")) / 1_000_000
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            found = suggest_entities(big, extra=suggest_entities_in_language(lang, big), veto=veto_for_language(lang))
            suggest_claims_in_language(lang, big, found)
            times.append((time.perf_counter() - t0) / size)
        out["per_mb"][lang] = {"min": min(times), "median": median(times), "max": max(times)}  # type: ignore[index]
    out["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    OUT.mkdir(exist_ok=True)
    (OUT / "languages.json").write_text(json.dumps(out, indent=1), encoding="utf-8")
    return out


def main() -> None:
    if "--speed" in sys.argv:
        print(json.dumps(speed(), indent=1))
        return
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else None  # tuned|heldout|heldout-articles
    results = evaluate_articles() if split == "heldout-articles" else evaluate()
    results = {split: results[split]} if split else results
    if "--entities" in sys.argv:
        entities = evaluate_entities(split or "tuned")
        if "--json" in sys.argv:
            print(json.dumps(entities, indent=1))
            return
        print("set                     lang  gold  suggested  precision  recall")
        for which, per in entities.items():
            for lang, r in per.items():
                p = r["matched"] / r["suggested"] if r["suggested"] else 0.0
                rec = r["matched"] / r["gold"] if r["gold"] else 0.0
                print(f"{which:23s} {lang:4s} {r['gold']:5d} {r['suggested']:10d} {p:10.2f} {rec:7.2f}")
        return
    if "--json" in sys.argv:
        print(json.dumps(results, indent=1))
        return
    print("set      lang  gold  suggested  precision  recall  speakers right")
    for which, per in results.items():
        for lang, r in per.items():
            p = r["matched"] / r["suggested"] if r["suggested"] else 0.0
            rec = r["matched"] / r["gold"] if r["gold"] else 0.0
            print(f"{which:8s} {lang:4s} {r['gold']:5d} {r['suggested']:10d} {p:10.2f} {rec:7.2f}  "
                  f"{r['speakers']}/{r['matched']}")


if __name__ == "__main__":
    main()
