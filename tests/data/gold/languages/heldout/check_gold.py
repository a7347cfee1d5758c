"""Sanity check of the held-out language articles' gold (<lang>_<story>.json beside <lang>_<story>.txt): every
surface occurs as a whole word in its text, every claim `contains` occurs exactly once, types are PERSON/ORG/PLACE,
speaker_kind is named/unnamed. Prints mention and claim counts per article (mentions as the suggestion scorer marks
them: whole words, longest surface first). `-v` also lists capitalised words no surface covers (a review aid; Arabic
has no capitals). Usage: python tests/data/gold/languages/heldout/check_gold.py [-v]"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
problems: list[str] = []
total: Counter[str] = Counter()
for jf in sorted(HERE.glob("*_*.json")):
    g = json.loads(jf.read_text(encoding="utf-8"))
    text = (ROOT / g["document"]).read_text(encoding="utf-8")
    assert g["split"] == "heldout-articles", jf
    surfaces = [e[0] for e in g["entities"]]
    assert len(surfaces) == len(set(surfaces)), [s for s in surfaces if surfaces.count(s) > 1]
    taken = bytearray(len(text))
    n: Counter[str] = Counter()
    for surface, label in sorted(g["entities"], key=lambda e: -len(e[0])):
        assert label in ("PERSON", "ORG", "PLACE"), (jf, surface, label)
        hits = 0
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if 1 not in taken[m.start():m.end()]:
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                hits += 1
                n[label] += 1
        if hits == 0:
            problems.append(f"no hit: {jf.name} {surface}")
    for claim in g["claims"]:
        assert set(claim) == {"contains", "speaker", "speaker_kind"}, claim
        k = text.count(claim["contains"])
        if k != 1:
            problems.append(f"contains x{k}: {jf.name} {claim['contains']}")
        assert claim["speaker_kind"] in ("named", "unnamed"), claim
        n["claims_" + claim["speaker_kind"]] += 1
    print(jf.stem, g["language"], dict(n))
    if "-v" in sys.argv:
        uncovered = {m.group() for m in re.finditer(r"\b[^\W\d_a-zа-яёіїєґ][\w'’-]*", text)
                     if m.group()[0].isupper() and 1 not in taken[m.start():m.end()]}
        print("   uncovered:", " ".join(sorted(uncovered)))
    total.update(n)
print("== all", dict(total))
for p in problems:
    print("PROBLEM", p)
sys.exit(1 if problems else 0)
