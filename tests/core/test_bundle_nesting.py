"""A bundle's JSON lines are checked for nesting on their bytes first (`_brackets_deep`), and walked in Python only
where the bytes may be too deep: the bytes' count must never let a line past that the walk refuses, whatever
brackets, quotes and backslashes its strings hold."""
from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.bundle_members import MAX_DEPTH, _brackets_deep, _nesting, json_lines

_TEXT = st.text(alphabet='ab"\\{}[]\n\u00e9\u20ac', max_size=6)
_JSON = st.recursive(st.none() | st.booleans() | st.integers() | _TEXT,
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
                     max_leaves=80)


def _nested(levels: int, leaf: Any) -> Any:
    value = leaf
    for i in range(levels):
        value = [value] if i % 2 else {'k"{[': value}
    return value


@settings(max_examples=400, deadline=None)
@given(_JSON, st.booleans())
def test_the_bytes_never_pass_a_line_the_walk_refuses(value: Any, ascii_only: bool) -> None:
    data = json.dumps(value, ensure_ascii=ascii_only).encode()
    assert _brackets_deep(data) or _nesting(value) <= MAX_DEPTH


def test_at_the_limit_and_past_it() -> None:
    for levels in range(MAX_DEPTH - 3, MAX_DEPTH + 3):
        for leaf in (1, {}, [], "]]}}"):
            value = _nested(levels, leaf)
            data = json.dumps(value).encode()
            assert _nesting(value) <= MAX_DEPTH or _brackets_deep(data), (levels, leaf)
    assert not _brackets_deep(json.dumps(_nested(5, "[" * 100)).encode())  # brackets inside strings do not count


def test_lines_are_read_one_at_a_time_as_splitlines_cuts_them() -> None:
    data = b'{"a": 1}\r\n\n{"b": "x\\\\"}\r{"c": [3]}'
    lines = json_lines(data, "annotations.jsonl")
    assert next(lines) == {"a": 1}  # a generator: the next line is not parsed yet
    assert list(lines) == [{"b": "x\\"}, {"c": [3]}]
    assert len(data.splitlines()) == 4


def test_a_long_string_is_counted_in_little_memory() -> None:
    """The first byte count kept a backtracking point per character of a string: a bundle holding a 15.7 MB document
    text took 2 GB to read, a 60 MB line 7.6 GB before its refusal (an outside tester on the fixes, stop 54)."""
    import tracemalloc

    data = json.dumps({"text": "word \\" + "x" * 5_000_000, "areas": [[1, 2], {"q": "]"}]}).encode()
    tracemalloc.start()
    try:
        assert not _brackets_deep(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * len(data)
