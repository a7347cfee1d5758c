"""Sanity check of the real-article gold: every surface occurs (whole word) in its .txt, every claim `contains` occurs
exactly once, only PERSON/ORG/PLACE, speaker_kind named/unnamed. Prints mention and claim counts per article and split;
`-v` also lists capitalised words not covered by any surface (a review aid for missed mentions).
Usage: python tests/data/gold/real/check_gold.py [-v]"""
import json, re, sys, glob
from collections import Counter

from pathlib import Path
root = str(Path(__file__).resolve().parents[4]) + '/'
problems = []
for split in ['tuned','heldout','heldout2','wikinews','wikinews2','wikinews3','fresh','fresh2','fresh3','fresh4','fresh5','fresh6','fresh7','fresh8','fresh9','fresh10','fresh11','fresh12','fresh13','fresh14','fresh15','fresh16','fresh17','fresh18','fresh19','fresh20','fresh21','fresh22','fresh23','fresh24','fresh25','fresh26','fresh27','fresh28','fresh29','fresh30','fresh31','fresh32']:
    c = Counter()
    for jf in sorted(glob.glob(root+f'tests/data/gold/real/{split}/*.json')):
        g = json.load(open(jf, encoding='utf-8'))
        text = open(root+g['document'], encoding='utf-8', newline='').read()
        assert g['split']==({'wikinews': 'real-wikinews', 'wikinews2': 'real-wikinews2', 'wikinews3': 'real-wikinews3', 'fresh': 'real-fresh', 'fresh2': 'real-fresh2', 'fresh3': 'real-fresh3', 'fresh4': 'real-fresh4', 'fresh5': 'real-fresh5', 'fresh6': 'real-fresh6', 'fresh7': 'real-fresh7', 'fresh8': 'real-fresh8', 'fresh9': 'real-fresh9', 'fresh10': 'real-fresh10', 'fresh11': 'real-fresh11', 'fresh12': 'real-fresh12', 'fresh13': 'real-fresh13', 'fresh14': 'real-fresh14', 'fresh15': 'real-fresh15', 'fresh16': 'real-fresh16', 'fresh17': 'real-fresh17', 'fresh18': 'real-fresh18', 'fresh19': 'real-fresh19', 'fresh20': 'real-fresh20', 'fresh21': 'real-fresh21', 'fresh22': 'real-fresh22', 'fresh23': 'real-fresh23', 'fresh24': 'real-fresh24', 'fresh25': 'real-fresh25', 'fresh26': 'real-fresh26', 'fresh27': 'real-fresh27', 'fresh28': 'real-fresh28', 'fresh29': 'real-fresh29', 'fresh30': 'real-fresh30', 'fresh31': 'real-fresh31', 'fresh32': 'real-fresh32'}.get(split, split)), jf
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
