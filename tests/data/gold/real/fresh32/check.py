"""Sanity check of fresh32's gold (adapted from ../check_gold.py): every surface occurs in its .txt as a whole word
(case-sensitive, as the scorer marks it, longest surface first), every claim 'contains' occurs exactly once, types only
PERSON/ORG/PLACE, speaker_kind named/unnamed, split 'real-fresh32'. Prints mention and claim counts per article;
-v also lists the capitalised words not covered by any surface (a review aid for missed mentions) and every claim.
Usage (from /work/main): python tests/data/gold/real/fresh32/check.py [-v]"""
import json, re, sys, glob
from collections import Counter
from pathlib import Path
here = Path(__file__).resolve().parent
root = here.parents[4]
problems = []
total = Counter()
for jf in sorted(glob.glob(str(here / '*.json'))):
    g = json.load(open(jf, encoding='utf-8'))
    assert list(g) == ['document', 'split', '_source', '_note', 'entities', 'claims'], (jf, list(g))
    assert g['split'] == 'real-fresh32', jf
    text = open(root / g['document'], encoding='utf-8', newline='').read()
    taken = bytearray(len(text)); n = Counter()
    surfaces = [e[0] for e in g['entities']]
    assert len(surfaces) == len(set(surfaces)), [s for s in surfaces if surfaces.count(s) > 1]
    for s, l in sorted(g['entities'], key=lambda e: -len(e[0])):
        assert l in ('PERSON', 'ORG', 'PLACE'), (jf, s, l)
        hits = 0
        for m in re.finditer(rf"(?<!\w){re.escape(s)}(?!\w)", text):
            if 1 not in taken[m.start():m.end()]:
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start()); hits += 1; n[l] += 1
        if hits == 0: problems.append(f'no hit: {jf} {s}')
    for cl in g['claims']:
        assert set(cl) == {'contains', 'speaker', 'speaker_kind'}, cl
        k = text.count(cl['contains'])
        if k != 1: problems.append(f'contains x{k}: {jf} {cl["contains"]}')
        assert cl['speaker_kind'] in ('named', 'unnamed'), cl
        n['claims_' + cl['speaker_kind']] += 1
    unc = Counter()
    for m in re.finditer(r"\b[A-Z][\w'’.-]*", text):
        if 1 not in taken[m.start():m.end()]:
            unc[m.group()] += 1
    print(Path(jf).name, len(text.rstrip('\n')), 'chars', dict(n))
    if '-v' in sys.argv:
        print('   uncovered:', ' '.join(sorted(unc)))
        for cl in g['claims']:
            i = text.find(cl['contains'])
            print(f"   [{cl['speaker']} / {cl['speaker_kind']}] ...{text[max(0,i-60):i]}<<{cl['contains']}>>{text[i+len(cl['contains']):i+len(cl['contains'])+40]}...".replace('\n', ' '))
    total.update(n)
print('== real-fresh32', dict(total))
for p in problems: print('PROBLEM', p)
sys.exit(1 if problems else 0)
