"""The invented attribution sentences (`cases.py`: 282 cases in 1-4 short paragraphs, written in stop 37 by a helper
that saw neither our rules nor any gold) against the suggester: failures grouped by construction, and a summary.
Usage (from anywhere): python bench/attribution/sentences/run.py [-v]"""
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from annotations.suggest.entities import suggest_entities  # noqa: E402
from annotations.suggest.claims import suggest_claims  # noqa: E402
from cases import SECTIONS, DEBATABLE  # noqa: E402

_ART = re.compile(r"^(?:the|a|an)\s+", re.I)


def norm(s):
    if s is None:
        return None
    s = s.replace("’", "'").strip()
    return re.sub(r"\s+", " ", _ART.sub("", s)).casefold()


def check(text, fragment, speaker, kind):
    """(status, got) — status 'pass', 'missing', 'speaker', 'kind', 'spurious'."""
    claims = suggest_claims(text, suggest_entities(text))
    hits = [c for c in claims if fragment in c.exact]
    if not hits:
        # expected no speaker: no claim at all is fine
        return ("pass" if kind is None else "missing"), None
    c = min(hits, key=lambda c: len(c.exact))
    got = (c.speaker, c.speaker_kind, c.exact)
    if kind is None:
        return ("pass" if c.speaker is None else "spurious"), got
    if norm(c.speaker) != norm(speaker):
        return "speaker", got
    if c.speaker_kind != kind:
        return "kind", got
    return "pass", got


def main():
    verbose = "-v" in sys.argv
    total = passed = 0
    kinds = Counter()
    by_section = defaultdict(list)
    deb_fail = []
    for name, cases in SECTIONS:
        for text, fragment, speaker, kind in cases:
            total += 1
            status, got = check(text, fragment, speaker, kind)
            if status == "pass":
                passed += 1
                if verbose:
                    print(f"ok   [{name}] {fragment!r} -> {got[0] if got else None!r}")
                continue
            kinds[status] += 1
            by_section[name].append((status, text, fragment, speaker, kind, got))
            if fragment in DEBATABLE:
                deb_fail.append(fragment)
    for name, fails in by_section.items():
        print(f"\n=== {name}: {len(fails)} failure(s)")
        for status, text, fragment, speaker, kind, got in fails:
            mark = "  [debatable]" if fragment in DEBATABLE else ""
            print(f"--- {status}{mark}: fragment {fragment!r}")
            print("    text: " + text.replace("\n", "\n          "))
            print(f"    expected: {speaker!r} ({kind})")
            if got:
                print(f"    got:      {got[0]!r} ({got[1]})  claim: {got[2]!r}")
            else:
                print("    got:      no claim containing the fragment")
    print(f"\nTOTAL {total}  PASS {passed}  FAIL {total - passed}  " +
          " ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print(f"of the failures, {len(deb_fail)} are marked debatable")


if __name__ == "__main__":
    main()
