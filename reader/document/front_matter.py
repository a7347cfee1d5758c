"""A Markdown file's front matter -> its top-level fields: YAML between `---` lines (PyYAML's `safe_load`: plain
data only, no tag ever acted on), or TOML between `+++` lines (the standard library's `tomllib`). Lists give their
items (block or flow lists, Quarto's `- name: Jane Roe` entries by their `name`); front matter that does not parse
gives no fields. A block list of authors gave none and a flow list names with brackets and quotes (an outside
tester, stop 56)."""
from __future__ import annotations

import datetime
import re
import tomllib
from typing import Any

import yaml

Value = str | tuple[str, ...]
"""A field's text, or its items when it is a list."""

_YAML = re.compile(r"\A---[ \t]*\n(?P<body>|.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TOML = re.compile(r"\A\+\+\+[ \t]*\n(?P<body>|.*?\n)\+\+\+[ \t]*(?:\n|\Z)", re.S)
MAX_FRONT_MATTER = 64 * 1024
"""Characters of front matter read (a title, authors, a date): more is no front matter, and is not parsed."""


def front_matter(text: str) -> tuple[dict[str, Value], int]:
    """The front matter's fields (keys lower-cased) and where the body after it starts (0: there is none).
    Front matter that does not parse gives no fields but still ends where its closing line is."""
    for pattern, read in ((_YAML, _yaml), (_TOML, _toml)):
        match = pattern.match(text)
        if match:
            body = match.group("body")
            data = read(body) if len(body) <= MAX_FRONT_MATTER else None
            fields = {str(k).lower(): _value(v) for k, v in data.items()} if isinstance(data, dict) else {}
            return {k: v for k, v in fields.items() if v}, match.end()
    return {}, 0


def _yaml(body: str) -> Any:
    try:
        return yaml.safe_load(body)
    except (yaml.YAMLError, RecursionError, ValueError):  # (a date like 2025-02-30 raises ValueError)
        return None


def _toml(body: str) -> Any:
    try:
        return tomllib.loads(body)
    except (tomllib.TOMLDecodeError, RecursionError):
        return None


def _value(value: object) -> Value:
    """A field as text: strings, numbers and dates as text, a list as its items' text (a mapping by its `name`)."""
    if isinstance(value, list):
        return tuple(item for item in (_value(v) for v in value[:1000]) if isinstance(item, str) and item)
    if isinstance(value, dict):
        return _value(value.get("name", ""))
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return _one_line(str(value))


def _one_line(value: str) -> str:
    """A field's text on one line: white space (line breaks, tabs) as single spaces, control characters dropped; a
    surrogate pair one character (JSON writes characters past U+FFFF so, and Dossier's briefs write JSON strings)."""
    value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return " ".join("".join(c for c in value if c.isprintable() or c.isspace()).split())
