"""Are a codebook's colours told apart? Every pair of colours an annotator must distinguish — entity types,
claims, highlights, notes, and the text selection — is compared as it is seen: opaque (type chips, the
legend, PDF annotations) and as the reading view paints a mark (`MARK_ALPHA` over the theme's page
colour), in the light and the dark theme. Colour differences are CIE ΔE (ColorAide): CIE76 must reach
`MIN_DELTA_E`; CIEDE2000 is reported alongside (it compresses differences between pale colours, which a
translucent mark always is, so 20 is out of reach there for eight marks — see README).
"""
from __future__ import annotations

from dataclasses import dataclass

from coloraide import Color

from annotations.codebook import Codebook

MIN_DELTA_E = 20.0
MARK_ALPHA = 110 / 255
"""How opaque the reading view paints an entity or highlight mark (reader/ui/text_view.py)."""


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    seen: str
    """"opaque" or "mark" (blended over the page)."""
    cie76: float
    ciede2000: float


def named_colours(codebook: Codebook) -> dict[str, str]:
    """Every colour the codebook gives a meaning, by what it marks."""
    out = {et.label: et.color for et in codebook.entity_types}
    out |= {"claim": codebook.claim_color, "highlight": codebook.highlight_color, "note": codebook.note_color}
    return out


def blend(colour: str, page: str, alpha: float = MARK_ALPHA) -> Color:
    """`colour` painted with `alpha` over `page`, in sRGB (what a translucent mark looks like)."""
    top, under = Color(colour).convert("srgb"), Color(page).convert("srgb")
    return Color("srgb", [top[i] * alpha + under[i] * (1 - alpha) for i in range(3)])


def pairs(codebook: Codebook, page: str, selection: str) -> list[Pair]:
    """Every pair, opaque and as marks on `page`, with the selection colour (drawn opaque) among them;
    claims and notes are underlined in the reading view, so as marks only entity types and highlights
    are compared."""
    colours = named_colours(codebook)
    opaque = {name: Color(value) for name, value in colours.items()} | {"selection": Color(selection)}
    marked = {name: blend(value, page) for name, value in colours.items() if name not in ("claim", "note")}
    marked["selection"] = Color(selection)
    out: list[Pair] = []
    for seen, group in (("opaque", opaque), ("mark", marked)):
        names = list(group)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                out.append(Pair(a, b, seen, group[a].delta_e(group[b], method="76"),
                                group[a].delta_e(group[b], method="2000")))
    return out


def too_close(codebook: Codebook, page: str, selection: str, minimum: float = MIN_DELTA_E) -> list[Pair]:
    """The pairs whose CIE76 difference is under `minimum`, closest first."""
    return sorted((p for p in pairs(codebook, page, selection) if p.cie76 < minimum), key=lambda p: p.cie76)


def closeness_warning(codebook: Codebook, themes: dict[str, tuple[str, str]]) -> str:
    """What to tell the person editing `codebook` about colours too close to tell apart, in any of `themes`
    (name -> (page colour, selection colour)); "" when every pair is far enough apart. Why: two entity
    types an annotator cannot tell apart on the page get marked one for the other."""
    names = {et.label: et.name for et in codebook.entity_types} | {"claim": "Claim", "highlight": "Highlight",
                                                                   "note": "Note", "selection": "the selection"}
    found: dict[tuple[str, str], tuple[float, str, str]] = {}
    for theme, (page, selection) in themes.items():
        for pair in too_close(codebook, page, selection):
            key = (pair.a, pair.b)
            if key not in found or pair.cie76 < found[key][0]:
                found[key] = (pair.cie76, pair.seen, theme)
    if not found:
        return ""
    closest = sorted(found.items(), key=lambda item: item[1][0])
    parts = [f"{names.get(a, a)} and {names.get(b, b)} ({'as marks' if seen == 'mark' else 'solid'}, "
             f"{theme} theme: ΔE {delta:.0f})" for (a, b), (delta, seen, theme) in closest[:3]]
    more = f" and {len(closest) - 3} more" if len(closest) > 3 else ""
    return (f"Hard to tell apart: {'; '.join(parts)}{more}. "
            f"Colours at least ΔE {MIN_DELTA_E:.0f} apart are told apart at a glance.")
