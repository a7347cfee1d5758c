"""Repairs of known faults in MuPDF's text layer, applied by the loader to every line it reads (the same on
line strings and on the per-character boxes, so offsets and quads stay aligned).

Arabic lam: MuPDF extracts some lam glyphs of Noto Naskh Arabic (the font its own HTML layout and many
generated PDFs use) as Latin letters — initial lam as "Ǆ" (U+01C4), medial lam as "ǁ" (U+01C1) and the
lam-alef ligature as "ƾ" (U+01BE) — so "الدوحة" reads "اǄدوحة" and every word with ل or لا is unsearchable.
They are put back only where a neighbour is an Arabic letter and neither neighbour is a letter of another
script: the same characters in Latin text (Croatian "ǄEP", Khoisan clicks) stay as they are. A neighbour that is
itself a faulty lam is looked past (للطاقة, الله read "Ǆǁطاقة", "اǄǁه"), and so, for "ƾ", is what parts words: the
word "لا" ("no") stands between spaces. The lam-alef joined to the letter before it (ﻼ: سلام, الثلاثاء, البلاد) is
extracted as two characters, "ǂ" (U+01C2) and "ب", and comes back as the two letters ل and ا.
"""
from __future__ import annotations

import re

LAM_FAULTS = {"\u01c4": "\u0644", "\u01c1": "\u0644", "\u01be": "\u0644\u0627"}
_FAULT = re.compile("[\u01c4\u01c1\u01be]")
_ARABIC = re.compile("[\u0610-\u061a\u0620-\u065f\u0670-\u06d3\u06d5-\u06ed\u06fa-\u06ff\u0750-\u077f"
                     "\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")


_JOINED_LAM_ALEF = "\u01c2\u0628"
"""How MuPDF extracts the lam-alef joined to the letter before it (ﻼ): a Latin click letter and beh."""
_LAMS = frozenset(LAM_FAULTS) | {_JOINED_LAM_ALEF[0]}


def _neighbour(text: str, i: int, step: int, past_spaces: bool) -> str:
    """The character next to `i` in direction `step`, faulty lams looked past (and, with `past_spaces`, anything
    that is no letter); " " at the line's end."""
    j = i + step
    while 0 <= j < len(text) and (text[j] in _LAMS or (past_spaces and not text[j].isalpha())):
        j += step
    return text[j] if 0 <= j < len(text) else " "


def _arabic_context(text: str, i: int) -> bool:
    alone = text[i] == "\u01be"  # lam-alef is also a word of its own, "لا"
    before, after = _neighbour(text, i, -1, alone), _neighbour(text, i, 1, alone)
    arabic = [bool(_ARABIC.match(c)) for c in (before, after)]
    foreign = [c.isalpha() and not a for c, a in zip((before, after), arabic)]
    return any(arabic) and not any(foreign)


def lam_fixes(text: str) -> dict[int, str]:
    """Index -> replacement for each faulty lam in `text` (one line); empty for nearly every line."""
    fixes = {m.start(): LAM_FAULTS[m.group()] for m in _FAULT.finditer(text) if _arabic_context(text, m.start())}
    at = text.find(_JOINED_LAM_ALEF)
    while at >= 0:
        if _ARABIC.match(_neighbour(text, at, -1, False)):  # joined to an Arabic letter before it (or a lam)
            fixes[at], fixes[at + 1] = "\u0644", "\u0627"
        at = text.find(_JOINED_LAM_ALEF, at + 2)
    return fixes


def repair_line(text: str) -> str:
    """`text` with its faulty lams put back (see the module's doc)."""
    fixes = lam_fixes(text)
    if not fixes:
        return text
    return "".join(fixes.get(i, c) for i, c in enumerate(text))
