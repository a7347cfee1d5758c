"""The 30 invented articles (`articles.py`: 6-12 paragraphs each, in the styles of English-language papers in
India, Nigeria, Kenya, Ireland, Singapore…, business wires, court and sports reports; 292 attributed claims and
457 expected entities, written in stop 37 by a second helper that saw neither our rules nor any gold) against the
suggester: per article, entity misses and spurious entities, claim misses, speaker errors, non-claims suggested;
totals last. Usage (from anywhere): python bench/attribution/articles/run.py [A01 A02 …]"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from annotations.suggest.entities import suggest_entities  # noqa: E402
from annotations.suggest.claims import suggest_claims  # noqa: E402

TYPES = ("PERSON", "ORG", "PLACE")


def norm(s):
    s = (s or "").replace("’", "'").strip().lower()
    return re.sub(r"^(the|a|an)\s+", "", s)


def alt_kind(alt):
    return "unnamed" if alt[:1].islower() or re.match(r"(the|a|an) ", alt) else "named"


def check(art):
    text = art["text"]
    problems = []
    paras = [p for p in text.split("\n\n") if p.strip()]
    if not 6 <= len(paras) <= 14:
        problems.append(f"paragraphs: {len(paras)}")
    for frag, *_ in art["claims"]:
        if text.count(frag) != 1:
            problems.append(f"fragment occurs {text.count(frag)}x: {frag!r}")
    for surface, _ in art["entities"]:
        if surface not in text:
            problems.append(f"entity surface not in text: {surface!r}")
    for frag in art["non_claims"]:
        if text.count(frag) != 1:
            problems.append(f"non-claim occurs {text.count(frag)}x: {frag!r}")
    return problems


def run(art):
    text = art["text"]
    ents = suggest_entities(text)
    claims = suggest_claims(text, ents)
    got = {(e.exact, e.type) for e in ents if e.type in TYPES}
    expected = set()
    for surface, typ in art["entities"]:
        for t in typ.split("|"):
            expected.add((surface, t))
    misses = []
    for surface, typ in art["entities"]:
        if not any((surface, t) in got for t in typ.split("|")):
            other = sorted(t for (s, t) in got if s == surface)
            misses.append((surface, typ, other))
    spurious = sorted(g for g in got if g not in expected)
    res = {"id": art["id"], "style": art["style"], "entity_misses": misses, "spurious": spurious,
           "claims": [], "non_claim_hits": []}
    for item in art["claims"]:
        frag, speaker, kind = item[:3]
        note = item[3] if len(item) > 3 else ""
        alts = speaker if isinstance(speaker, tuple) else (speaker,)
        pos = text.find(frag)
        containing = [c for c in claims if c.start <= pos and pos + len(frag) <= c.end]
        row = {"fragment": frag, "expected": alts[0], "alts": list(alts), "kind": kind, "note": note,
               "debatable": note.startswith("DEBATABLE")}
        if not containing:
            overlap = [c for c in claims if c.start < pos + len(frag) and pos < c.end]
            row.update(status="miss", overlap=[(c.exact, c.speaker, c.speaker_kind) for c in overlap])
        else:
            c = min(containing, key=lambda c: c.end - c.start)
            row.update(exact=c.exact, got=c.speaker, got_kind=c.speaker_kind, ctype=c.type, n_containing=len(containing))
            matched = [i for i, a in enumerate(alts) if norm(a) == norm(c.speaker)]
            if not matched:
                row["status"] = "speaker"
                other_ok = [o.speaker for o in containing if any(norm(a) == norm(o.speaker) for a in alts)]
                if other_ok:
                    row["other_containing_ok"] = other_ok
            else:
                want_kind = kind if matched[0] == 0 else alt_kind(alts[matched[0]])
                row["status"] = "ok" if (c.speaker_kind or "") == want_kind or (
                    matched[0] > 0 and not isinstance(speaker, str)) else "kind"
                row["matched_alt"] = alts[matched[0]]
        res["claims"].append(row)
    for frag in art["non_claims"]:
        pos = text.find(frag)
        for c in claims:
            if c.start <= pos and pos + len(frag) <= c.end:
                res["non_claim_hits"].append((frag, c.exact, c.speaker))
    res["all_claims"] = [(c.start, c.exact, c.speaker, c.speaker_kind, c.type) for c in claims]
    res["all_entities"] = [(e.start, e.exact, e.type, e.name) for e in ents if e.type in TYPES]
    return res


def main(articles, out_name="attribution_articles.json"):
    """Runs `articles` (a battery's ARTICLES, or those named on the command line) and writes bench/out/`out_name`."""
    only = set(sys.argv[1:])
    results = []
    tot = dict(claims=0, found=0, right=0, speaker=0, kind=0, miss=0, ent_exp=0, ent_miss=0, spurious=0,
               non_claim=0, deb=0, deb_right=0)
    for art in articles:
        if only and art["id"] not in only:
            continue
        probs = check(art)
        if probs:
            print(f"!! {art['id']} data problems: {probs}")
        r = run(art)
        results.append(r)
        print(f"\n=== {r['id']}  {r['style']}")
        for s, t, other in r["entity_misses"]:
            print(f"  ENTITY MISS  {s!r} {t}" + (f"  (suggested as {other})" if other else ""))
        if r["spurious"]:
            print("  spurious:    " + "; ".join(f"{s!r} {t}" for s, t in r["spurious"]))
        for row in r["claims"]:
            d = " [debatable]" if row["debatable"] else ""
            if row["status"] == "miss":
                print(f"  CLAIM MISS{d}   {row['fragment']!r} (exp {row['expected']})")
                for ex, sp, k in row["overlap"]:
                    print(f"      overlapping: {ex!r} -> {sp} ({k})")
            elif row["status"] in ("speaker", "kind"):
                print(f"  SPEAKER{d}  {row['fragment']!r}: got {row['got']!r} ({row['got_kind']}) "
                      f"expected {row['alts']} ({row['kind']})" + (
                          f"  [another containing claim had {row['other_containing_ok']}]"
                          if row.get("other_containing_ok") else ""))
                print(f"      in: {row['exact']!r}")
        for frag, ex, sp in r["non_claim_hits"]:
            print(f"  NON-CLAIM SUGGESTED {frag!r} in {ex!r} -> {sp}")
        n = len(r["claims"])
        found = sum(row["status"] != "miss" for row in r["claims"])
        right = sum(row["status"] == "ok" for row in r["claims"])
        print(f"  -> claims {found}/{n} found, {right}/{n} speaker right; entity misses {len(r['entity_misses'])}"
              f"/{len(set(s for s, _ in ART_ENTS(art)))}; spurious {len(r['spurious'])}")
        tot["claims"] += n
        tot["found"] += found
        tot["right"] += right
        tot["speaker"] += sum(row["status"] == "speaker" for row in r["claims"])
        tot["kind"] += sum(row["status"] == "kind" for row in r["claims"])
        tot["miss"] += n - found
        tot["ent_exp"] += len(art["entities"])
        tot["ent_miss"] += len(r["entity_misses"])
        tot["spurious"] += len(r["spurious"])
        tot["non_claim"] += len(r["non_claim_hits"])
        tot["deb"] += sum(row["debatable"] for row in r["claims"])
        tot["deb_right"] += sum(row["debatable"] and row["status"] == "ok" for row in r["claims"])
    print("\n=== TOTALS")
    print(f"claims expected {tot['claims']}; found {tot['found']}; speaker right {tot['right']}; "
          f"speaker wrong {tot['speaker']}; kind wrong {tot['kind']}; missed {tot['miss']}")
    print(f"  of which debatable: {tot['deb']} (right {tot['deb_right']})")
    print(f"entities expected {tot['ent_exp']}; misses {tot['ent_miss']}; spurious {tot['spurious']}; "
          f"non-claims suggested {tot['non_claim']}")
    out = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "out")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, out_name), "w") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)


def ART_ENTS(art):
    return art["entities"]


if __name__ == "__main__":
    from articles import ARTICLES  # noqa: E402 (this folder's battery B)

    main(ARTICLES)
