"""Reading a hostile zip's members in memory: names checked (no `..`, absolute, drive, backslash, NUL,
symlink, duplicate or unexpected names), each member inflated in chunks under its declared size, a ratio
cap and a total budget, JSON parsed with a nesting cap, and records validated against a JSON schema. Any
failure is a `BundleError` naming what is wrong; nothing is written anywhere."""
from __future__ import annotations

import json
import re
import stat
import zipfile
from collections.abc import Iterator
from typing import Any

from annotations.errors import BundleError
from annotations.unicode_text import lone_surrogate

MAX_MEMBERS = 20_000
MAX_RATIO = 200
RATIO_CHECK_ABOVE = 64 << 20
"""Below this a member's ratio is not suspicious: a note of repeated text compresses 1,000:1 and must
still import. Bombs are stopped by the declared-size and total budgets either way."""
MAX_DEPTH = 32
_FIXED = ("manifest.json", "annotations.jsonl", "entities.jsonl", "documents.jsonl", "codebook.json")
_FILE_NAME = re.compile(r"^files/[0-9a-f]{64}\.[a-z0-9]{1,8}$")


def check_name(info: zipfile.ZipInfo, seen: set[str]) -> None:
    name = info.filename
    if "\x00" in name or "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name) \
            or ".." in name.split("/"):
        raise BundleError(f"The bundle has an unsafe member name ({name!r}); it was refused.")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise BundleError(f"The bundle contains a symbolic link ({name!r}); it was refused.")
    if name in seen:
        raise BundleError(f"The bundle contains {name!r} twice; it was refused.")
    if name not in _FIXED and not _FILE_NAME.match(name):
        raise BundleError(f"The bundle contains an unexpected member {name!r}; it was refused.")
    seen.add(name)


def inflate(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int]) -> bytes:
    """Read one member in chunks, trusting no header: stop at its declared size, the ratio cap or the
    total budget (an overlapping-entry bomb declares little and inflates a lot)."""
    if info.compress_size and info.file_size > RATIO_CHECK_ABOVE and info.file_size / info.compress_size > MAX_RATIO:
        raise BundleError(f"{info.filename!r} is compressed {info.file_size // info.compress_size}:1 — "
                          "a zip bomb; the bundle was refused.")
    chunks, size = [], 0
    with zf.open(info) as member:
        while True:
            chunk = member.read(1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > info.file_size or size > budget[0]:
                raise BundleError(f"{info.filename!r} inflates past its declared or allowed size; "
                                  "the bundle was refused.")
            chunks.append(chunk)
    budget[0] -= size
    return b"".join(chunks)


def read_json(data: bytes, name: str) -> Any:
    try:
        value = json.loads(data.decode("utf-8"))
    except RecursionError:
        raise BundleError(f"{name} is nested too deeply; the bundle was refused.") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError(f"{name} is not valid JSON ({exc}); the bundle was refused.") from None
    if _brackets_deep(data) and _nesting(value) > MAX_DEPTH:
        raise BundleError(f"{name} is nested too deeply; the bundle was refused.")
    if lone_surrogate(value, data):
        raise BundleError(f"{name} holds text that is not valid Unicode (a lone surrogate escape); "
                          "the bundle was refused.")
    return value


_JSON_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"')
"""Possessive: with a backtracking point per character, a 15.7 MB document text in a bundle took 2 GB to read (an
outside tester on the fixes, stop 54)."""
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_INNERMOST = re.compile(rb"\{\}|\[\]")


def _brackets_deep(data: bytes) -> bool:
    """Whether valid JSON `data` may be nested past `MAX_DEPTH` (`_nesting` is its containers' depth or one more):
    counted on the bytes, its strings out, one level of empty brackets taken away per pass. Walking the parsed
    value in Python for every record was a sixth of the time of reading a large bundle."""
    brackets = _JSON_STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    for _ in range(MAX_DEPTH - 1):
        if not brackets:
            return False
        brackets = _INNERMOST.sub(b"", brackets)
    return bool(brackets)


def _nesting(value: Any) -> int:
    best, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        best = max(best, depth)
        if depth > MAX_DEPTH:
            return depth
        if isinstance(item, dict):
            stack += [(v, depth + 1) for v in item.values()]
        elif isinstance(item, list):
            stack += [(v, depth + 1) for v in item]
    return best


def json_lines(data: bytes, name: str) -> Iterator[Any]:
    """Each line's JSON, parsed as it is reached: a list of all of them held every record of a 100,000-annotation
    bundle as parsed JSON-LD at once (1.6 GB at the peak of reading a 19 MB bundle)."""
    for i, match in enumerate(_LINE.finditer(data), start=1):
        line = match.group()
        if line.strip():
            yield read_json(line, f"{name} line {i}")


_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
"""One line as `bytes.splitlines` cuts them (its end included: `read_json` takes JSON's white space)."""


_FAST: dict[int, Any] = {}
_READABLE: dict[int, Any] = {}


def validate(item: Any, schema: dict[str, Any], what: str) -> None:
    """Check `item` against one of the schemas above. A compiled validator (jsonschema-rs) says whether it
    matches — jsonschema took 0.1 ms of CPU a record, about half of reading a large bundle; only an item
    it refuses goes through jsonschema, whose best match names what is wrong and where (and has the last
    word: what jsonschema accepts is accepted, as before). Validators are built once per schema."""
    import jsonschema_rs

    fast = _FAST.get(id(schema))
    if fast is None:
        fast = _FAST[id(schema)] = jsonschema_rs.validator_for(schema)
    try:
        if fast.is_valid(item):
            return
    except (ValueError, TypeError, OverflowError):  # a value it cannot take in: jsonschema decides
        pass
    error = _readable_error(item, schema)
    if error is not None:
        raise BundleError(f"{what} does not match the bundle format at {error}; the bundle was refused.") from None


def _readable_error(item: Any, schema: dict[str, Any]) -> str | None:
    """Where `item` fails `schema` and why, in jsonschema's words ("target/start: -5 is less than the
    minimum of 0"), or None if it matches."""
    import jsonschema  # on first use: with rfc3987-syntax installed (stix2-validator brings it), importing
    # jsonschema builds an IRI grammar (~1 s) that the app's start-up need not wait for (issue 17)

    validator = _READABLE.get(id(schema))
    if validator is None:
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        validator = _READABLE[id(schema)] = cls(schema)
    error = jsonschema.exceptions.best_match(validator.iter_errors(item))
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path) or "top level"
    return f"{where}: {_rule_broken(error.instance, error.validator, error.validator_value, error.message)}"


def _rule_broken(instance: Any, rule: str, limit: Any, message: str) -> str:
    """jsonschema's message with a long value cut short and the limit said: the message repeats the value whole
    ("'AAAA…' is too long" for a note of 200,001 characters), so cutting the message kept the value and lost the
    rule. A JSON null, true or false is written as JSON writes it, not as Python does."""
    said = repr(instance)
    if message.startswith(said) and (len(said) > 60 or instance is None or isinstance(instance, bool)):
        message = _shown(instance) + message[len(said):]
    if rule in ("maxLength", "maxItems") and isinstance(limit, int):
        message += f" (at most {limit:,} {'characters' if rule == 'maxLength' else 'items'})"
    return message if len(message) <= 300 else message[:299] + "…"


def _shown(value: Any) -> str:
    """A value as JSON writes it ("null", not "None"), cut to 60 characters, with its size when cut."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    if len(text) <= 60:
        return text
    size = f"{len(value):,} characters" if isinstance(value, str) else \
        f"{len(value):,} items" if isinstance(value, (list, dict)) else f"{len(text):,} characters"
    return f"{text[:57]}… ({size})"
