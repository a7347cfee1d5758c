"""Inter-annotator agreement between the first annotation A (tests/data/gold/real/fresh/<name>.json) and the blind
second annotation B (tests/data/gold/real/agreement/<name>.json), counted the way bench/eval_suggestions.py scores a
suggester against gold.

- Entities: `gold_mentions` (copied verbatim below) turns each annotation's surface list into (start, end, type)
  mentions; A is gold and B the prediction; P/R/F1 per type and overall (F1 is symmetric: swapping A and B swaps P
  and R).
- Claims: the scorer counts a gold claim as found when its `contains` is a substring of a suggested claim's `exact`
  text. An annotation has no `exact`, only a `contains`, so the predicting annotator's claim is given the span of its
  statement unit: the quotation around its `contains` if it lies inside “…” / "…" in one paragraph, otherwise the
  sentence(s) it lies in (sentence ends: . ! ? followed by a space, paragraph breaks). Recall of A's claims by B
  (A gold) and of B's claims by A (B gold). As in the scorer, several gold claims may match one predicted claim.
- Speakers: on the matched claims, `same_speaker` (copied verbatim) of the predicted claim's speaker against the
  gold claim's, split by the gold claim's speaker_kind as the scorer does; where several predicted claims contain the
  gold `contains`, the one whose own `contains` overlaps it is taken (else the first, as the scorer's `next`).
  Also reported: whether the speaker_kind agrees, and a stricter count where only overlapping `contains` match.
Usage: .venv/bin/python tests/data/gold/real/agreement/agree.py [-v]   (-v lists every disagreement)"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[5]
A_DIR = ROOT / "tests/data/gold/real/fresh"
B_DIR = Path(__file__).resolve().parent
NAMES = ["aljazeera.com.malawians", "dw.com.colonial", "nature.com.telescope", "phys.org.tool"]
TYPES = ("PERSON", "ORG", "PLACE")


# --- copied from bench/eval_suggestions.py (not imported: that module loads the suggesters) ---
def gold_mentions(text, entities):
    """Every whole-word occurrence of each gold surface, longest surface first."""
    taken = bytearray(len(text))
    out = set()
    for surface, label in sorted(entities, key=lambda e: -len(e[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if 1 not in taken[m.start():m.end()]:
                out.add((m.start(), m.end(), label))
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return out


def same_speaker(got, expected):
    if not expected or not got:
        return not expected and not got
    return _norm(got) == _norm(expected)


def _norm(name):
    name = re.sub(r"[’']s\b", "", " ".join(name.split())).casefold()
    return re.sub(r"^(?:the|a|an)\s+", "", name)
# --- end of copy ---


def quote_spans(text):
    """(start, end) of each quotation, curly or straight, within one paragraph."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        p, off = para.group(), para.start()
        spans += [(off + m.start(), off + m.end()) for m in re.finditer(r"“[^”]*”", p)]
        spans += [(off + m.start(), off + m.end()) for m in re.finditer(r'"[^"]*"', p)]
    return spans


def sentence_spans(text):
    spans, start = [], 0
    for m in re.finditer(r"[.!?][”\"’)]*(?=\s)|\n+", text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def statement_span(text, contains):
    """The span a predicted claim is given: its quotation, else its sentence(s)."""
    a = text.index(contains)
    b = a + len(contains)
    for qa, qb in quote_spans(text):
        if qa <= a and b <= qb and (qb - qa) > 2:
            return qa, qb
    covering = [(sa, sb) for sa, sb in sentence_spans(text) if sa < b and a < sb]
    return covering[0][0], covering[-1][1]


def match_claims(text, gold, pred):
    """For each gold claim: (gold claim, matched predicted claim or None), scorer-style."""
    units = [(statement_span(text, c["contains"]), c) for c in pred]
    out = []
    for g in gold:
        ga = text.index(g["contains"])
        gb = ga + len(g["contains"])
        hits = [c for (sa, sb), c in units if sa <= ga and gb <= sb]
        def overlaps(c):
            pa = text.index(c["contains"])
            return pa < gb and ga < pa + len(c["contains"])
        best = next((c for c in hits if overlaps(c)), hits[0] if hits else None)
        out.append((g, best))
    return out


def prf(tp, fp, fn):
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return p, r, 2 * p * r / max(1e-9, p + r)


def main(verbose=False):
    ent = {n: Counter() for n in NAMES + ["total"]}
    cl = {n: Counter() for n in NAMES + ["total"]}
    notes = []
    for name in NAMES:
        A = json.loads((A_DIR / f"{name}.json").read_text(encoding="utf-8"))
        B = json.loads((B_DIR / f"{name}.json").read_text(encoding="utf-8"))
        text = (ROOT / A["document"]).read_text(encoding="utf-8")
        ma, mb = gold_mentions(text, A["entities"]), gold_mentions(text, B["entities"])
        for t in TYPES:
            e = {m for m in ma if m[2] == t}
            g = {m for m in mb if m[2] == t}
            for key in (name, "total"):
                ent[key][t, "tp"] += len(e & g)
                ent[key][t, "fp"] += len(g - e)
                ent[key][t, "fn"] += len(e - g)
            notes += [f"{name}: only A {t} {text[a:b]!r} @{a}" for a, b, _ in sorted(e - g)]
            notes += [f"{name}: only B {t} {text[a:b]!r} @{a}" for a, b, _ in sorted(g - e)]
        for direction, gold, pred in (("B finds A", A, B), ("A finds B", B, A)):
            for g, m in match_claims(text, gold["claims"], pred["claims"]):
                kind = g["speaker_kind"]
                c = Counter({"total": 1})
                if m is None:
                    notes.append(f"{name}: [{direction}] unmatched claim {g['contains'][:60]!r} ({g['speaker']})")
                else:
                    right = same_speaker(m["speaker"], g["speaker"])
                    c.update({"found": 1, f"{kind}_found": 1, f"{kind}_right": int(right),
                              f"{kind}_kind": int(m["speaker_kind"] == kind)})
                    if not right and direction == "B finds A":
                        notes.append(f"{name}: speaker A {g['speaker']!r} ({kind}) vs B {m['speaker']!r} "
                                     f"({m['speaker_kind']}): {g['contains'][:50]!r}")
                ga = text.index(g["contains"])
                gb = ga + len(g["contains"])
                c["overlap"] = int(any(text.index(p["contains"]) < gb and ga < text.index(p["contains"]) + len(p["contains"])
                                       for p in pred["claims"]))
                for key in (name, "total"):
                    cl[key].update({f"{direction}:{k}": v for k, v in c.items()})

    print("## Entities (A = gold, B = prediction; mentions as the scorer marks them)\n")
    print("| article | " + " | ".join(f"{t} F1 (A/B/both)" for t in TYPES) + " | overall P | overall R | overall F1 |")
    print("|---|" + "---|" * (len(TYPES) + 3))
    for key in NAMES + ["total"]:
        c, cells, T = ent[key], [], Counter()
        for t in TYPES:
            tp, fp, fn = c[t, "tp"], c[t, "fp"], c[t, "fn"]
            T.update(tp=tp, fp=fp, fn=fn)
            cells.append(f"{prf(tp, fp, fn)[2]:.3f} ({tp + fn}/{tp + fp}/{tp})" if tp + fp + fn else "- (0/0/0)")
        p, r, f = prf(T["tp"], T["fp"], T["fn"])
        print(f"| {key} | " + " | ".join(cells) + f" | {p:.3f} | {r:.3f} | {f:.3f} |")

    print("\n## Claims and speakers (scorer-style matching, see docstring)\n")
    print("| article | B's recall of A's claims | A's recall of B's claims | named speaker agreement (A gold) "
          "| unnamed speaker agreement (A gold) | speaker_kind agreement |")
    print("|---|---|---|---|---|---|")
    for key in NAMES + ["total"]:
        c = cl[key]
        d = "B finds A"
        r1 = f"{c[d + ':found']}/{c[d + ':total']} = {c[d + ':found'] / max(1, c[d + ':total']):.3f}"
        e = "A finds B"
        r2 = f"{c[e + ':found']}/{c[e + ':total']} = {c[e + ':found'] / max(1, c[e + ':total']):.3f}"
        sp = [f"{c[f'{d}:{k}_right']}/{c[f'{d}:{k}_found']}" for k in ("named", "unnamed")]
        kk = c[f"{d}:named_kind"] + c[f"{d}:unnamed_kind"]
        print(f"| {key} | {r1} | {r2} | {sp[0]} | {sp[1]} | {kk}/{c[d + ':found']} |")
    t = cl["total"]
    for d in ("B finds A", "A finds B"):
        right = t[f"{d}:named_right"] + t[f"{d}:unnamed_right"]
        print(f"\n{d}: speaker agreement on matched claims {right}/{t[d + ':found']} = "
              f"{right / max(1, t[d + ':found']):.3f} (named {t[f'{d}:named_right']}/{t[f'{d}:named_found']}, "
              f"unnamed {t[f'{d}:unnamed_right']}/{t[f'{d}:unnamed_found']}, by the gold side's speaker_kind)")
    print("\nStricter check (no statement span, only the two `contains` strings overlapping in the text): "
          + "; ".join(f"{d}: {t[d + ':overlap']}/{t[d + ':total']}" for d in ("B finds A", "A finds B"))
          + " (the difference is the same quotation marked with different substrings).")
    if verbose:
        print("\n## Disagreements\n")
        for n in notes:
            print("-", n)


if __name__ == "__main__":
    main("-v" in sys.argv)
