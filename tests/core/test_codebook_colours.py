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


def test_a_library_with_the_first_default_colours_gets_the_new_ones_a_chosen_colour_stays(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    import sqlite3

    from annotations.schema import MIGRATIONS
    from annotations.store import Store

    path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for version in range(1, 6):  # a library as Dossier left it before schema 6
        for statement in MIGRATIONS[version].split(";"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 5")
    old = json.loads(default_codebook().to_json())
    first = {"PERSON": "#E69F00", "ORG": "#56B4E9", "PLACE": "#009E73", "DATE": "#F0E442", "QUANTITY": "#0072B2",
             "EVENT": "#D55E00", "MISC": "#CC79A7"}
    for t in old["entity_types"]:
        t["color"] = first[t["label"]]
    old["entity_types"][2]["color"] = "#123456"  # the team chose PLACE's colour
    old |= {"claim_color": "#D55E00", "highlight_color": "#F0E442", "note_color": "#999999"}
    conn.execute("INSERT INTO meta(key, value) VALUES ('codebook', ?), ('generation', '0')",
                 (json.dumps(old, ensure_ascii=False, indent=1),))
    conn.close()
    store = Store.open(path)
    try:
        codebook = store.codebook()
    finally:
        store.close()
    default = default_codebook()
    assert codebook.entity_type("PERSON").color == default.entity_type("PERSON").color
    assert codebook.entity_type("PLACE").color == "#123456"
    assert (codebook.claim_color, codebook.highlight_color, codebook.note_color) == (
        default.claim_color, default.highlight_color, default.note_color)
