"""Control characters in exported text. A note, tag or name can hold them (typed, pasted or imported: NUL, ESC,
BEL…): written as they are, an ESC sequence recolours or clears the terminal that shows a CSV or a brief, a NUL
cuts the cell or line in many readers, and none of them is visible where it stands. The formats people read
(CSV, Markdown, HTML) show each one as a visible sign instead; the library keeps the text as it was."""
from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e]")
"""C0 controls but tab, line feed and carriage return (line breaks and tabs are text), DEL, the C1 controls, and the
bidi embeddings and overrides (U+202A–U+202E: a teammate's note holding one reversed the words after it in a CSV or
a brief, unseen; an outside tester, stop 58 — isolates, which end where they stand, are kept)."""


def _sign(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # its Unicode control picture: ␀ for NUL, ␛ for ESC
    return "\u2421" if code == 0x7F else f"\u27e8U+{code:04X}\u27e9"  # ␡; the others have no picture: ⟨U+0085⟩


def visible_controls(text: str) -> str:
    """`text` with each control character but tab and line breaks as a visible sign (see the module)."""
    return _CONTROL.sub(_sign, text) if not text.isprintable() else text
