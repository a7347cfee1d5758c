"""Codebook colours are told apart (issue 15): every two of them, and each with the text selection,
differ by CIE ΔE76 >= 20 — opaque (chips, legend, PDF annotations) and as the reading view paints a
mark over the page, in the light and the dark theme (the page and selection colours of reader/ui/theme.py;
tests/ui/test_panels.py checks them against the palette the app applies)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from annotations.codebook import default_codebook
from annotations.colour_check import MIN_DELTA_E, pairs, too_close

THEMES = {"light": ("#ffffff", "#308cc6"), "dark": ("#1f1f1f", "#3d6fb4")}


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_default_codebook_colours_differ_from_each_other_and_from_the_selection(theme: str) -> None:
    page, selection = THEMES[theme]
    codebook = default_codebook()
    found = pairs(codebook, page, selection)
    names = len(codebook.entity_types) + 3 + 1  # types, claim/highlight/note, the selection
    marks = len(codebook.entity_types) + 1 + 1  # claims and notes are underlined, not filled
    assert len([p for p in found if p.seen == "opaque"]) == names * (names - 1) // 2
    assert len([p for p in found if p.seen == "mark"]) == marks * (marks - 1) // 2
    assert too_close(codebook, page, selection) == []
    assert min(p.cie76 for p in found) >= MIN_DELTA_E
    assert min(p.ciede2000 for p in found if p.seen == "opaque") >= 20  # opaque, CIEDE2000 holds too


def test_the_check_finds_what_was_wrong_with_the_old_palette() -> None:
    old = {"PERSON": "#E69F00", "ORG": "#56B4E9", "PLACE": "#009E73", "DATE": "#F0E442", "QUANTITY": "#0072B2",
           "EVENT": "#D55E00", "MISC": "#CC79A7"}
    codebook = default_codebook()
    codebook = replace(codebook, entity_types=tuple(replace(t, color=old[t.label]) for t in codebook.entity_types),
                       claim_color="#D55E00", highlight_color="#F0E442", note_color="#999999")
    close = {(p.a, p.b, p.seen) for p in too_close(codebook, *THEMES["light"])}
    assert ("DATE", "highlight", "opaque") in close and ("EVENT", "claim", "opaque") in close
    assert ("ORG", "QUANTITY", "mark") in close and ("QUANTITY", "selection", "opaque") in close
