"""English stemming: Whoosh's Porter stemmer with step 1b as Porter wrote it.

Whoosh's port tests the step's two endings with `re.match`, which anchors at the word's start, where Porter's
reference code searches the end: a doubled consonant left by -ed/-ing was never undoubled (running -> "runn",
stopped -> "stopp", so `run` missed "running", `plan` "planned") and -at/-bl/-iz never got their "e" back. Whoosh's
own function runs here with those two patterns searched at the end; the rest is Whoosh's, so every other word stems
as before.
"""
from __future__ import annotations

import re
import types

from whoosh.lang import porter

_STEP = types.FunctionType(porter.stem.__code__, {
    **vars(porter),
    "_at_bl_iz": re.compile(r"^.*(at|bl|iz)$"),  # Porter: the stem ends in at, bl or iz
    "_step1b": re.compile(r"^.*([^aeiouylsz])\1$"),  # Porter: the stem ends in a doubled consonant (not l, s, z)
}, "stem")


def english_stem(word: str) -> str:
    """The Porter stem of a lower-case English word: running, runs, run -> "run"; planned, plans -> "plan"."""
    return str(_STEP(word))
