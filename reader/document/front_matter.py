"""A Markdown file's front matter -> its top-level fields: YAML between `---` lines, or TOML between `+++` lines.

No YAML library is installed, so the YAML that front matter uses is read here: `key: value` with plain, 'single'
or "double-quoted" scalars (YAML/JSON escapes), block lists (`- Jane Roe` lines), flow lists (`[Jane Roe,
"O'Neil, Jr."]`, as Dossier's own brief writes them), `|`/`>` block scalars, lists of mappings whose `name` is
taken (Quarto's `- name: Jane Roe`), comments. Anything else (anchors, nested mappings) gives no value; tags are
dropped, never acted on. TOML is read with the standard library's `tomllib`.
"""
from __future__ import annotations

import datetime
import re
import tomllib

Value = str | tuple[str, ...]
"""A field's text, or its items when it is a list."""

_YAML = re.compile(r"\A---[ \t]*\n(?P<body>|.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TOML = re.compile(r"\A\+\+\+[ \t]*\n(?P<body>|.*?\n)\+\+\+[ \t]*(?:\n|\Z)", re.S)
_KEY = re.compile(r"^(?P<key>[^\s#'\"\-\[\]{}!&*|>%@`][^:#]*):(?:[ \t]+(?P<value>.*))?$")
_ITEM = re.compile(r"^(?P<indent>[ \t]*)-(?:[ \t]+(?P<text>.*))?$")
_DOUBLE = re.compile(r'^"(?P<body>(?:[^"\\]|\\.)*)"[ \t]*(?:#.*)?$', re.S)
_SINGLE = re.compile(r"^'(?P<body>(?:[^']|'')*)'[ \t]*(?:#.*)?$", re.S)
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.S)
_ESCAPED = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
            "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028",
            "P": "\u2029"}


def front_matter(text: str) -> tuple[dict[str, Value], int]:
    """The front matter's fields (keys lower-cased) and where the body after it starts (0: there is none).
    Front matter that does not parse gives no fields but still ends where its closing line is."""
    match = _YAML.match(text)
    if match:
        return _yaml_fields(match.group("body")), match.end()
    match = _TOML.match(text)
    if match:
        return _toml_fields(match.group("body")), match.end()
    return {}, 0


def _one_line(value: str) -> str:
    """A field's text on one line: white space (line breaks, tabs) as single spaces, control characters dropped."""
    return " ".join("".join(c for c in value if c.isprintable() or c.isspace()).split())


def _unescape(body: str) -> str:
    """A double-quoted YAML (or JSON) string's body with its escapes read; an escaped surrogate pair is one
    character, as JSON writes characters past U+FFFF."""
    text = _ESCAPE.sub(lambda m: chr(int(m[1][1:], 16)) if len(m[1]) > 1 else _ESCAPED.get(m[1], m[0]), body)
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _scalar(raw: str) -> str:
    """One YAML scalar as text: quotes and escapes read, a trailing ` # comment` and a leading tag dropped,
    `~`/`null` empty."""
    raw = raw.strip()
    if raw.startswith("!"):  # a tag ("!!str 2025"): the value is what follows it
        raw = raw.partition(" ")[2].strip()
    if match := _DOUBLE.match(raw):
        return _one_line(_unescape(match.group("body")))
    if match := _SINGLE.match(raw):
        return _one_line(match.group("body").replace("''", "'"))
    value = re.split(r"[ \t]#", raw, maxsplit=1)[0]
    return "" if value in ("~", "null", "Null", "NULL") else _one_line(value)


def _flow_items(body: str) -> tuple[str, ...]:
    """The items of a flow list's inside, split at commas outside quotes; a nested list or mapping gives none.
    One pass over the text (front matter is the file's, however long)."""
    items: list[str] = []
    start, quote, blank, i = 0, "", True, 0
    while i < len(body):
        char = body[i]
        if (quote == '"' and char == "\\") or (quote == "'" and body.startswith("''", i)):
            i += 2
            continue
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'" and blank:
            quote = char
        elif char in "[]{}":
            return ()
        elif char == ",":
            items.append(body[start:i])
            start, blank = i + 1, True
        else:
            blank = blank and char.isspace()
        i += 1
    return tuple(value for value in map(_scalar, [*items, body[start:]]) if value)


def _flow_or_scalar(value: str) -> Value:
    """A value written on the key's line (continuation lines joined to it): a flow list's items, or one scalar;
    a flow mapping gives nothing."""
    if value.startswith("["):
        end = value.rfind("]")
        after = value[end + 1:].strip()
        return _flow_items(value[1:end]) if end > 0 and not after[:1].strip("#") else ""
    return "" if value.startswith("{") else _scalar(value)


def _mapping_name(lines: list[str]) -> str:
    """The `name` of a mapping written as `key: value` lines (Quarto's author entries), or ""."""
    for line in lines:
        match = _KEY.match(line.strip())
        if match and match.group("key").strip().lower() == "name":
            return _scalar(match.group("value") or "")
    return ""


def _block_items(lines: list[str]) -> tuple[str, ...]:
    """The items of a block list (`- item` lines, each with the more indented lines under it); an item that
    is a mapping gives its `name`."""
    groups: list[list[str]] = []
    indent = min((len(m.group("indent")) for m in map(_ITEM.match, lines) if m), default=0)
    for line in lines:
        match = _ITEM.match(line)
        if match and len(match.group("indent")) == indent:
            groups.append([match.group("text") or ""])
        elif groups:
            groups[-1].append(line.strip())
    items = []
    for first, *rest in groups:
        if _KEY.match(first):
            items.append(_mapping_name([first, *rest]))
        elif not first.startswith(("[", "{", "-")):
            items.append(_scalar(" ".join([first, *rest])))
    return tuple(item for item in items if item)


def _nested_value(value: str, lines: list[str]) -> Value:
    """The value of a key from what is on its line and the lines under it (comments and blank lines left out)."""
    lines = [line for line in lines if line.strip() and not line.strip().startswith("#")]
    if value[:1] in ("|", ">"):
        return _one_line(" ".join(line.strip() for line in lines))
    if value:
        return _flow_or_scalar(" ".join([value, *(line.strip() for line in lines)]))
    if any(_ITEM.match(line) for line in lines):
        return _block_items(lines)
    return _mapping_name(lines)


def _yaml_fields(body: str) -> dict[str, Value]:
    """The top-level `key: value` fields of YAML front matter; lines it cannot read are skipped. A key's value
    goes on over the lines under it: indented ones, `- item` ones, and a flow list's closing `]`."""
    fields: dict[str, Value] = {}
    lines = body.split("\n")
    i = 0
    while i < len(lines):
        match = _KEY.match(lines[i])
        i += 1
        if not match:
            continue
        under = []
        while i < len(lines) and (not lines[i].strip() or lines[i][0] in " \t]}" or _ITEM.match(lines[i])):
            under.append(lines[i])
            i += 1
        fields[match.group("key").strip().lower()] = _nested_value((match.group("value") or "").strip(), under)
    return fields


def _toml_value(value: object) -> Value:
    """A TOML value as a field: strings, numbers and dates as text, a list as its items (a table by its name)."""
    if isinstance(value, list):
        return tuple(item for item in (_toml_value(v) for v in value) if isinstance(item, str) and item)
    if isinstance(value, dict):
        return _toml_value(value.get("name", ""))
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return _one_line(str(value))


def _toml_fields(body: str) -> dict[str, Value]:
    """The top-level fields of TOML front matter (none when it is not valid TOML)."""
    try:
        data = tomllib.loads(body)
    except tomllib.TOMLDecodeError:
        return {}
    return {key.lower(): _toml_value(value) for key, value in data.items()}
