"""Superscript numbers as the page shows them: a power ("10⁸", "km²") or a note reference ("figures¹"), not run into
the number or word before it ("108", "figures1"). One rule for every format that marks them: a web page's `<sup>`
(`html_clean`), a book's (`epub_superscripts`), a PDF's raised small type (`pagetext`, `mupdf`)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_SUPERSCRIPT = str.maketrans("0123456789+-\u2212=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾")
SUPERSCRIPTABLE = re.compile("[0-9+\\-\u2212=()]+")
"""What superscript text may hold to be written in superscript characters (digits, signs, brackets)."""


def as_superscript(text: str) -> str:
    """`text` in superscript characters when it is only digits and signs (spaces around kept), else as it is."""
    return text.translate(_SUPERSCRIPT) if SUPERSCRIPTABLE.fullmatch(text.strip()) else text


def superscript_elements(elements: Iterable[Any]) -> bool:
    """Each `<sup>` element (lxml) whose text is only digits and signs written in superscript characters, its children
    (a note reference's link) folded into that text; True when one changed. Shared by web pages and books."""
    changed = False
    for element in elements:
        text = "".join(element.itertext())
        if as_superscript(text) == text:
            continue
        for child in list(element):
            element.remove(child)
        element.text, changed = as_superscript(text), True
    return changed
