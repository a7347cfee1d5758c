"""Check JSON against the W3C Web Annotation test suite's MUST schemas (tests/data, W3C test-suite licence).

Adapted from shared/tools/w3c_validate.py so that tests need nothing outside the repository.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SUITE = Path(__file__).resolve().parent / "data" / "w3c-web-annotation-tests"
FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:\S+", value))


@lru_cache(maxsize=1)
def _registry() -> Registry:
    resources = []
    for path in SUITE.rglob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(schema, default_specification=DRAFT4)
        resources.append((path.name, resource))
        if "id" in schema:
            resources.append((schema["id"], resource))
    return Registry().with_resources(resources)


def _musts(test_file: str) -> list[dict[str, Any]]:
    test = json.loads((SUITE / test_file).read_text(encoding="utf-8"))
    return [json.loads((SUITE / a).read_text(encoding="utf-8")) for a in test["assertions"] if isinstance(a, str)]


def annotation_failures(annotation: dict[str, Any]) -> list[str]:
    """The MUST assertions `annotation` fails (empty when it conforms)."""
    out = []
    for schema in _musts("annotations/annotationMusts.test"):
        valid = jsonschema.Draft4Validator(schema, registry=_registry(), format_checker=FORMATS).is_valid(annotation)
        if valid != (schema.get("expectedResult", "valid") == "valid"):
            out.append(schema.get("errorMessage") or schema.get("title", schema.get("id")))
    return out
