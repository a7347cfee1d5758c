"""Krippendorff's alpha over entities is computed by one sweep over the sorted boundaries (break28w MEDIUM: a
bundle of 20,000 one-character mentions took minutes). The sweep must give the same units and values as the
definition: every stretch between two boundaries that some mention covers and that holds a letter or digit;
each coder's value the type of its shortest mention covering the stretch."""
from __future__ import annotations

import random

from annotations.workshop.agreement import Item
from annotations.workshop.exercise import Participant, class_agreement

TEXT = "".join(random.Random(1).choice("ab c,.") for _ in range(400))


def _by_definition(key: Participant, trainees: list[Participant]) -> list[list[str]]:
    items = [i for p in (key, *trainees) for i in p.of_kind("entity")]
    rows: list[list[str]] = [[] for _ in trainees]
    for doc in sorted({i.document_id for i in items}):
        mine = [i for i in items if i.document_id == doc]
        cuts = sorted({p for i in mine for p in (i.start, i.end)})
        for a, b in zip(cuts, cuts[1:]):
            cover = next((i for i in mine if i.start <= a and b <= i.end), None)
            if cover is None or not any(c.isalnum() for c in cover.exact[a - cover.start:b - cover.start]):
                continue
            for row, t in zip(rows, trainees):
                over = [i for i in t.of_kind("entity") if i.document_id == doc and i.start <= a and b <= i.end]
                row.append(min(over, key=lambda i: i.end - i.start).label if over else "")
    return rows


def _people(seed: int) -> list[Participant]:
    r = random.Random(seed)
    people = []
    for g in range(r.randint(3, 6)):
        items = []
        for n in range(r.randint(1, 40)):
            doc, start = r.choice("xy"), r.randint(0, 380)
            end = start + r.randint(1, 20)
            items.append(Item(f"{g}-{n}", doc, "entity", start, end, TEXT[start:end], r.choice("POL")))
        items.sort(key=lambda i: (i.document_id, i.start, i.end, i.kind, i.label))
        people.append(Participant(f"p{g}", f"p{g}.dossier", items))
    return people


def test_entity_alpha_units_and_values_are_the_definition_s() -> None:
    import krippendorff
    import numpy as np

    for seed in range(40):
        key, *trainees = _people(seed)
        rows = _by_definition(key, trainees)
        got = class_agreement(key, trainees)
        assert got.entity_units == len(rows[0]), seed
        codes = {lab: n for n, lab in enumerate(sorted({*(i.label for p in (key, *trainees) for i in p.items)}), 1)}
        data = np.array([[codes[v] if v else 0 for v in row] for row in rows], dtype=float)
        want = float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
        assert got.entity_alpha is not None and abs(got.entity_alpha - want) < 1e-12, seed
