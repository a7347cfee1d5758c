"""This folder's copy of the checks of /work/main/tests/data/gold/real/check_gold.py: every surface occurs as a whole
word (case-sensitive, marked longest first), every claim 'contains' occurs exactly once, types only PERSON/ORG/PLACE,
speaker_kind named/unnamed; plus keys, split and document path. -v lists capitalised words not covered by a surface and
prints every claim in context. Usage: python3 check.py [-v]"""
import json, re, sys, glob, os
from collections import Counter
here = os.path.dirname(os.path.abspath(__file__))
problems = []; total = Counter()
for jf in sorted(glob.glob(os.path.join(here, '*.json'))):
    g = json.load(open(jf, encoding='utf-8'))
    name = os.path.basename(jf)[:-5]
    assert set(g) == {'document', 'split', '_source', '_note', 'entities', 'claims'}, set(g)
    assert g['split'] == 'real-fresh36', jf
    assert g['document'] == f'tests/data/gold/real/fresh36/{name}.txt', g['document']
    text = open(os.path.join(here, name + '.txt'), encoding='utf-8', newline='').read()
    taken = bytearray(len(text)); n = Counter()
    surfaces = [e[0] for e in g['entities']]
    assert len(surfaces) == len(set(surfaces)), [s for s in surfaces if surfaces.count(s) > 1]
    for s, l in sorted(g['entities'], key=lambda e: -len(e[0])):
        assert l in ('PERSON', 'ORG', 'PLACE'), (jf, s, l)
        hits = 0
        for m in re.finditer(rf"(?<!\w){re.escape(s)}(?!\w)", text):
            if 1 not in taken[m.start():m.end()]:
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start()); hits += 1; n[l] += 1
        if hits == 0: problems.append(f'no hit: {name} {s}')
        if '-v' in sys.argv: print(f'   {l:6} {hits:2}  {s}')
    for cl in g['claims']:
        assert set(cl) == {'contains', 'speaker', 'speaker_kind'}, cl
        k = text.count(cl['contains'])
        if k != 1: problems.append(f'contains x{k}: {name} {cl["contains"]}')
        assert cl['speaker_kind'] in ('named', 'unnamed')
        n['claims_' + cl['speaker_kind']] += 1
        if '-v' in sys.argv and k == 1:
            i = text.index(cl['contains'])
            print(f"   CLAIM [{cl['speaker']} / {cl['speaker_kind']}] ...{text[max(0,i-120):i]}[[{cl['contains']}]]{text[i+len(cl['contains']):i+len(cl['contains'])+80]}...")
    unc = Counter()
    for m in re.finditer(r"\b[A-Z][\w'’.-]*", text):
        if 1 not in taken[m.start():m.end()]:
            unc[m.group()] += 1
    print(name, len(text.rstrip('\n')), dict(n))
    if '-v' in sys.argv: print('   uncovered:', ' '.join(sorted(unc)))
    total.update(n)
print('== real-fresh36', dict(total))
for p in problems: print('PROBLEM', p)
sys.exit(1 if problems else 0)
