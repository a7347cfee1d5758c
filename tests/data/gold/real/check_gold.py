"""Sanity check of the real-article gold: every surface occurs (whole word) in its .txt, every claim `contains` occurs
exactly once, only PERSON/ORG/PLACE, speaker_kind named/unnamed. Prints mention and claim counts per article and split;
`-v` also lists capitalised words not covered by any surface (a review aid for missed mentions).
Usage: python tests/data/gold/real/check_gold.py [-v]"""
import json, re, sys, glob
from collections import Counter

from pathlib import Path
root = str(Path(__file__).resolve().parents[4]) + '/'
problems = []
FRESH = sorted((p.name for p in Path(root, 'tests/data/gold/real').glob('fresh[0-9]*') if p.is_dir()),
               key=lambda name: int(name[len('fresh'):]))  # every numbered set there is
SPLITS = ['tuned', 'heldout', 'heldout2', 'wikinews', 'wikinews2', 'wikinews3', 'fresh'] + FRESH
for split in SPLITS:
    c = Counter()
    for jf in sorted(glob.glob(root+f'tests/data/gold/real/{split}/*.json')):
        g = json.load(open(jf, encoding='utf-8'))
        text = open(root+g['document'], encoding='utf-8', newline='').read()
        assert g['split'] == (split if split in ('tuned', 'heldout', 'heldout2') else 'real-' + split), jf
        taken = bytearray(len(text)); n=Counter()
        surfaces=[e[0] for e in g['entities']]
        assert len(surfaces)==len(set(surfaces)), [s for s in surfaces if surfaces.count(s)>1]
        for s,l in sorted(g['entities'], key=lambda e:-len(e[0])):
            assert l in ('PERSON','ORG','PLACE'), (jf,s,l)
            hits=0
            for m in re.finditer(rf"(?<!\w){re.escape(s)}(?!\w)", text):
                if 1 not in taken[m.start():m.end()]:
                    taken[m.start():m.end()]=b"\x01"*(m.end()-m.start()); hits+=1; n[l]+=1
            if hits==0: problems.append(f'no hit: {jf} {s}')
        for cl in g['claims']:
            assert set(cl)=={'contains','speaker','speaker_kind'}, cl
            k=text.count(cl['contains'])
            if k!=1: problems.append(f'contains x{k}: {jf} {cl["contains"]}')
            assert cl['speaker_kind'] in ('named','unnamed')
            n['claims_'+cl['speaker_kind']]+=1
        # uncovered capitalised words (review list)
        unc=Counter()
        for m in re.finditer(r"\b[A-Z][\w'’.-]*", text):
            if 1 not in taken[m.start():m.end()]:
                unc[m.group()]+=1
        print(jf.split('/')[-1], dict(n))
        if '-v' in sys.argv: print('   uncovered:', ' '.join(sorted(unc)))
        c.update(n)
    print('==', split, dict(c))
for p in problems: print('PROBLEM', p)
sys.exit(1 if problems else 0)
