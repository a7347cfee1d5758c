"""Build resources/gazetteers/first_names.txt and last_names.txt: the most common given names and surnames
of every country in `names-dataset` (Philippe Rémy, Apache-2.0; 3.3.x), so that people named without a title
("Lotfi Azzouz", "Eric Reeves") can be suggested offline. The package itself is not a runtime dependency —
it needs 3.2 GB of memory to load — so the lists are derived once with this script and shipped (a few
hundred kB). Usage (dev only): pip install --target /tmp/nd names-dataset && \
PYTHONPATH=/tmp/nd python scripts/make_name_lists.py"""
from __future__ import annotations

import re
from pathlib import Path

from names_dataset import NameDataset

OUT = Path(__file__).resolve().parent.parent / "resources" / "gazetteers"
FIRST_PER_COUNTRY = 400  # per gender
LAST_PER_COUNTRY = 500
_WORD = re.compile(r"[A-Z][a-z'’-]*[a-z]\Z")
"""A plain romanised name: capital then lower case (no initials, no all-caps junk, no digits, no scripts
the suggesters do not read yet)."""


def _names(table: dict[str, object]) -> set[str]:
    out: set[str] = set()
    for value in table.values():
        groups = value.values() if isinstance(value, dict) else [value]
        for names in groups:
            out.update(n for n in names if _WORD.match(n) and len(n) >= 3)  # type: ignore[union-attr]
    return out


def main() -> None:
    nd = NameDataset()
    first = _names(nd.get_top_names(n=FIRST_PER_COUNTRY, use_first_names=True))
    last = _names(nd.get_top_names(n=LAST_PER_COUNTRY, use_first_names=False))
    header = ("# {what}: the {n} most common per country in names-dataset 3.3 (Philippe Rémy, Apache-2.0),\n"
              "# made by scripts/make_name_lists.py; one a line.\n")
    (OUT / "first_names.txt").write_text(header.format(what="Given names", n=f"{FIRST_PER_COUNTRY} per gender")
                                         + "\n".join(sorted(first)) + "\n", encoding="utf-8")
    (OUT / "last_names.txt").write_text(header.format(what="Surnames", n=LAST_PER_COUNTRY)
                                        + "\n".join(sorted(last)) + "\n", encoding="utf-8")
    print(len(first), "given names,", len(last), "surnames")


if __name__ == "__main__":
    main()
