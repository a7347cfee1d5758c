"""Repairs of known faults in MuPDF's text layer, applied by the loader to every line it reads (the same on
line strings and on the per-character boxes, so offsets and quads stay aligned).

Arabic lam: MuPDF extracts some lam glyphs of Noto Naskh Arabic (the font its own HTML layout and many
generated PDFs use) as Latin letters — initial lam as "Ǆ" (U+01C4), medial lam as "ǁ" (U+01C1) and the
lam-alef ligature as "ƾ" (U+01BE) — so "الدوحة" reads "اǄدوحة" and every word with ل or لا is unsearchable.
They are put back only where a neighbour is an Arabic letter and neither neighbour is a letter of another
script: the same characters in Latin text (Croatian "ǄEP", Khoisan clicks) stay as they are.
"""
from __future__ import annotations

import re

LAM_FAULTS = {"\u01c4": "\u0644", "\u01c1": "\u0644", "\u01be": "\u0644\u0627"}
_FAULT = re.compile("[\u01c4\u01c1\u01be]")
_ARABIC = re.compile("[\u0610-\u061a\u0620-\u065f\u0670-\u06d3\u06d5-\u06ed\u06fa-\u06ff\u0750-\u077f"
                     "\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")


def _arabic_context(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    arabic = [bool(_ARABIC.match(c)) for c in (before, after)]
    foreign = [c.isalpha() and not a and c not in LAM_FAULTS for c, a in zip((before, after), arabic)]
    return any(arabic) and not any(foreign)


def lam_fixes(text: str) -> dict[int, str]:
    """Index -> replacement for each faulty lam in `text` (one line); empty for nearly every line."""
    if not _FAULT.search(text):
        return {}
    return {m.start(): LAM_FAULTS[m.group()] for m in _FAULT.finditer(text) if _arabic_context(text, m.start())}


def repair_line(text: str) -> str:
    """`text` with its faulty lams put back (see the module's doc)."""
    fixes = lam_fixes(text)
    if not fixes:
        return text
    return "".join(fixes.get(i, c) for i, c in enumerate(text))
