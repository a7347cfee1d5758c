"""Is a statistical model the way forward? Scores, per split, the rule-based entity suggester alone, spaCy's
recogniser alone and their combinations, with the scoring of bench/eval_suggestions.py (imported, not copied),
and measures each one's throughput.

Needs spaCy and an English pipeline, which the project's own environment does not have (they are optional):
run it with an interpreter that has them and can import the project, e.g. the separate venv described in the
README ("Suggestions (offline)" -> spaCy):

    /work/spacy-venv/bin/python bench/eval_spacy.py [--split A,B] [--model NAME|DIR] [--modes ...] [--speed N]
                                                    [--check-assist] [--json] [--save]

Modes:
- `rules`       annotations.suggest.entities.suggest_entities(text) — what Dossier suggests without spaCy;
- `spacy-raw`   spaCy's entities with the labels mapped only (spacy_ner before stop 26: "the World Bank");
- `spacy`       spaCy's entities as Dossier takes them (spacy_ner.suggest_spacy: codebook spans), every type
                (with the rules, only its PERSON/ORG/PLACE are used);
- `assist`      the combination exactly as annotations/assist.py makes it for an English document: spaCy's
                mentions passed to suggest_entities as `extra` (--check-assist verifies that on a real library);
- `assist-raw`  the same with the raw spans (what assist.py did before stop 26);
- `assist-org`  `assist` with spaCy's organisations too (the policy tried before people-and-places-only).
Other modes try other merge policies (rules first: `gaps`, `gaps-extra`, `gaps-org-place`; `org-only`).

The real splits score PERSON/ORG/PLACE only (the gold annotates those); own fiction (tuned, heldout) scores
every type. real-wikinews3 is held out: figures only (this script never lists errors)."""
from __future__ import annotations

import argparse
import bisect
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_suggestions import _table, evaluate, split_files  # noqa: E402

from annotations.suggest import Suggestion  # noqa: E402
from annotations.suggest import spacy_ner  # noqa: E402
from annotations.suggest.entities import suggest_entities  # noqa: E402
from reader.document import load_document  # noqa: E402

DEFAULT_SPLITS = ("real-tuned", "real-heldout", "real-heldout2", "real-wikinews", "real-wikinews2", "tuned",
                  "heldout")
Suggester = Callable[[str], list[Suggestion]]


def suggesters(model: str) -> dict[str, Suggester]:
    def spacy_raw(text: str) -> list[Suggestion]:
        doc = spacy_ner._pipeline(model)(text)
        return [Suggestion("entity", e.start_char, e.end_char, e.text, spacy_ner.LABELS[e.label_], source="spacy")
                for e in doc.ents if e.label_ in spacy_ner.LABELS]

    def spacy(text: str) -> list[Suggestion]:  # people and places: what joins the rules
        return spacy_ner.suggest_spacy(text, "en", model=model)

    def spacy_alone(text: str) -> list[Suggestion]:  # every type spaCy has a codebook label for
        return spacy_ner.suggest_spacy(text, "en", model=model, types=tuple(set(spacy_ner.LABELS.values())))

    def gaps(text: str, types: tuple[str, ...] = ()) -> list[Suggestion]:
        """Rules first; spaCy's mentions only where no rule suggestion overlaps (no second rules pass)."""
        first = suggest_entities(text)
        return sorted([*first, *_in_gaps(spacy(text), first, types)], key=lambda s: s.start)

    def gaps_extra(text: str, types: tuple[str, ...] = ()) -> list[Suggestion]:
        """Rules first; spaCy's mentions in the gaps join a second rules pass as `extra` (their surnames and
        short names propagate like the rules' own)."""
        first = suggest_entities(text)
        extra = _in_gaps(spacy(text), first, types)
        return suggest_entities(text, extra=extra) if extra else first

    return {"rules": suggest_entities, "spacy-raw": spacy_raw, "spacy": spacy_alone,
            "assist": lambda text: suggest_entities(text, extra=spacy(text)),
            "assist-raw": lambda text: suggest_entities(text, extra=spacy_raw(text)),
            "org-only": lambda text: suggest_entities(text, extra=[s for s in spacy(text) if s.type == "ORG"]),
            "assist-org": lambda text: suggest_entities(text, extra=spacy_ner.suggest_spacy(
                text, "en", model=model, types=spacy_ner.NAME_TYPES)),
            "gaps": gaps, "gaps-extra": gaps_extra,
            "gaps-org-place": lambda text: gaps_extra(text, ("ORG", "PLACE")),
            "gaps-org": lambda text: gaps_extra(text, ("ORG",))}


def _in_gaps(model: list[Suggestion], rules: list[Suggestion], types: tuple[str, ...]) -> list[Suggestion]:
    taken = sorted((s.start, s.end) for s in rules)
    out = []
    for s in model:
        if types and s.type not in types:
            continue
        i = bisect.bisect_left(taken, (s.end, s.end))
        if not any(a < s.end and s.start < b for a, b in taken[max(0, i - 8):i]) and \
                not any(a < s.end and s.start < b for a, b in taken if a < s.end and b > s.start):
            out.append(s)
    return out


def texts(splits: list[str]) -> list[str]:
    out = []
    for name in splits:
        for path in split_files(name):
            gold = json.loads(path.read_text(encoding="utf-8"))
            document = ROOT / gold["document"]
            out.append(load_document(document if document.exists() else path.with_suffix(".txt")).text)
    return out


def speed(suggester: Suggester, corpus: list[str], runs: int) -> list[tuple[float, float]]:
    """(wall, CPU) MB/s (UTF-8 bytes of the texts / seconds) of `runs` passes over every text, one call per
    document. CPU time is less skewed by other processes on a shared machine than wall time."""
    size = sum(len(t.encode("utf-8")) for t in corpus) / 1e6
    out = []
    for _ in range(runs):
        began, cpu = time.perf_counter(), time.process_time()
        for text in corpus:
            spacy_ner._entities.cache_clear()  # the app keeps the last texts' entities: measure a first run
            suggester(text)
        out.append((size / (time.perf_counter() - began), size / (time.process_time() - cpu)))
    return out


def check_assist(model: str, splits: list[str]) -> int:
    """Runs annotations.assist.suggest on a real library holding each document and compares its entity
    suggestions with the `assist` mode: returns the number of documents that differ."""
    from annotations import assist
    from annotations.library import Library

    os.environ[spacy_ner.ENV] = model
    mode = suggesters(model)["assist"]
    differ = 0
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder))
        try:
            for name in splits:
                for path in split_files(name):
                    gold = json.loads(path.read_text(encoding="utf-8"))
                    document = ROOT / gold["document"]
                    source = document if document.exists() else path.with_suffix(".txt")
                    record, _ = library.add_document(load_document(source), source)
                    text = library.document(record.id).text
                    got = {(s.start, s.end, s.type) for s in assist.suggest(library, record.id, "entity")}
                    expected = {(s.start, s.end, s.type) for s in mode(text)}
                    if got != expected:
                        differ += 1
                        print(f"assist differs on {path.stem} ({record.language}): "
                              f"{len(got - expected)} more, {len(expected - got)} fewer")
        finally:
            library.close()
    return differ


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default=",".join(DEFAULT_SPLITS))
    parser.add_argument("--model", default=None, help="pipeline package or directory (default: as Dossier picks)")
    parser.add_argument("--modes", default="rules,spacy-raw,spacy,assist-raw,assist")
    parser.add_argument("--speed", type=int, default=0, help="throughput runs per mode (0: none)")
    parser.add_argument("--check-assist", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--save", action="store_true", help="also write bench/out/spacy.json (bench/report.py)")
    args = parser.parse_args(argv)
    model = args.model or spacy_ner.installed_model()
    if model is None:
        parser.error("no spaCy English pipeline is installed for this interpreter (see the module's doc)")
    splits = [s.strip() for s in args.split.split(",") if s.strip()]
    modes = suggesters(model)
    chosen = [m.strip() for m in args.modes.split(",") if m.strip()]
    began = time.perf_counter()
    spacy_ner._pipeline(model)
    loaded = time.perf_counter() - began
    meta = spacy_ner._pipeline(model).meta
    results: dict[str, Any] = {"model": model, "pipeline": f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}",
                               "load_seconds": loaded, "splits": {}, "speed": {}}
    if not args.json:
        print(f"model {model}: loaded in {loaded:.2f} s")
    for split in splits:
        results["splits"][split] = {}
        for mode in chosen:
            result, _ = evaluate(split_files(split), modes[mode])
            results["splits"][split][mode] = result
            if not args.json:
                print(f"== {split} / {mode}")
                _table(result)
    if args.speed:
        corpus = texts(splits)
        for mode in chosen:
            results["speed"][mode] = speed(modes[mode], corpus, args.speed)
            if not args.json:
                print(f"speed {mode}: " + ", ".join(f"{w:.3f} (CPU {c:.3f})" for w, c in results["speed"][mode])
                      + " MB/s")
        results["load_average"] = os.getloadavg()
    if args.check_assist:
        results["assist_differs"] = check_assist(model, splits)
    if args.save:
        out = ROOT / "bench" / "out"
        out.mkdir(exist_ok=True)
        (out / "spacy.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        print(summary(results))


def summary(results: dict[str, Any]) -> str:
    """One line per split and mode: overall and per-type F1."""
    lines = [f"{'split':<16}{'mode':<12}{'P':>6}{'R':>6}{'F1':>6}  per type F1"]
    for split, modes in results["splits"].items():
        for mode, r in modes.items():
            o = r["overall"]
            types = " ".join(f"{k} {v['f1']:.2f}" for k, v in r["entities"].items())
            lines.append(f"{split:<16}{mode:<12}{o['precision']:>6.2f}{o['recall']:>6.2f}{o['f1']:>6.2f}  {types}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
