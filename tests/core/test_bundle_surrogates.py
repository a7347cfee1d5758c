"""A bundle or Web Annotations whose JSON escapes half a surrogate pair ("\\ud800") alone — text no UTF-8 can hold
— is refused with a message; it had reached the revision hashing, or the import's transaction, as a
UnicodeEncodeError traceback (found by an outside tester, stop 39). Emoji, escaped as whole pairs, come through."""
from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest

from annotations import w3c_import
from annotations.bundle import read_bundle
from annotations.errors import BundleError
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.unicode_text import lone_surrogate
from tests.core.test_withheld_forgery import _rewrite, ana  # noqa: F401 (ana: the fixture)


def test_a_lone_surrogate_is_refused_and_the_library_untouched(ana: tuple[Library, str, str]) -> None:
    lib, doc_id, _ = ana

    def lie(record: dict[str, Any]) -> None:
        record["note"] = "bad \ud800 surrogate"

    data = _rewrite(lib.export_bundle([doc_id], "Ana"), lie)
    with pytest.raises(BundleError, match="not valid Unicode"):
        read_bundle(data)


def test_emoji_escaped_as_pairs_come_through(ana: tuple[Library, str, str]) -> None:
    lib, doc_id, _ = ana
    mark, _ = lib.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, 0, 7, note="crew 👩🏽‍🚀 🇺🇦"), creator="Ana")
    data = _rewrite(lib.export_bundle([doc_id], "Ana"), lambda record: None)  # rewritten by a tool that escapes
    with zipfile.ZipFile(io.BytesIO(data)) as zf:  # them as pairs (\ud83d\udc69 …), as json.dumps does
        assert b"\\ud83d\\udc69" in zf.read("annotations.jsonl")
    bundle = read_bundle(data)
    assert next(a for a in bundle.annotations if a.id == mark.id).note == "crew 👩🏽‍🚀 🇺🇦"


def test_a_lone_surrogate_in_web_annotations_is_refused() -> None:
    data = (b'{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "body": {"type": "TextualBody",'
            b' "value": "bad \\ud800 note"}, "target": {"source": "urn:x", "selector": {"type": "TextQuoteSelector",'
            b' "exact": "Tomas Ek"}}}')
    with pytest.raises(BundleError, match="not valid Unicode"):
        w3c_import.parse(data, "notes.jsonld")


def test_the_check_walks_only_where_an_escape_could_hide_one() -> None:
    assert lone_surrogate(["ok", {"k": "bad \ud800"}])
    assert not lone_surrogate({"k": "crew 👩🏽‍🚀"}, b'{"k": "crew \\ud83d\\udc69\\ud83c\\udffd\\u200d\\ud83d\\ude80"}')
    assert not lone_surrogate({"k": "bad \ud800"}, b'{"k": "no escape here"}')  # (a str no parse could make)
