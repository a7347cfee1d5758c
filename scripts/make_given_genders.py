"""Build resources/gazetteers/given_genders.txt: each given name of first_names.txt that names-dataset (Philippe Rémy,
Apache-2.0; 3.3.x) gives to one gender at least 97 times in 100 ("William" m, "Mary" f; not "Andrea", "Jordan",
"Taylor"), so that "he said" after "William Brooks" finds him even when the pronouns near his name are about a woman
he spoke of. Like the name lists, derived once and shipped (the package needs 3.2 GB of memory to load). Usage (dev
only): pip install --target /tmp/nd names-dataset && PYTHONPATH=/tmp/nd python scripts/make_given_genders.py"""
from __future__ import annotations

from pathlib import Path

from names_dataset import NameDataset

OUT = Path(__file__).resolve().parent.parent / "resources" / "gazetteers"
SHARE = 0.97


def main() -> None:
    nd = NameDataset()
    lines = (OUT / "first_names.txt").read_text(encoding="utf-8").splitlines()
    out = []
    for name in (line for line in lines if line and not line.startswith("#")):
        found = nd.search(name)["first_name"] or {}
        gender = found.get("gender") or {}
        male, female = gender.get("Male", 0.0), gender.get("Female", 0.0)
        if max(male, female) >= SHARE:
            out.append(f"{name}\t{'m' if male > female else 'f'}")
    header = (f"# Given names of first_names.txt that names-dataset 3.3 (Philippe Rémy, Apache-2.0) gives to one gender\n"
              f"# at least {round(SHARE * 100)} times in 100; made by scripts/make_given_genders.py; name, tab, m or f.\n")
    tmp = OUT / "given_genders.txt.tmp"
    tmp.write_text(header + "\n".join(out) + "\n", encoding="utf-8")
    tmp.replace(OUT / "given_genders.txt")


if __name__ == "__main__":
    main()
