"""Reading a bundle validates every record against the bundle schema quickly, and explains the one that
fails as clearly as ever: jsonschema's best match (which names the field and the rule) is computed only for
a record that does not match — computing it for each of 10,000 good records was half of reading a bundle."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.errors import BundleError
from annotations.library import AnnotationInput, Library
from annotations.model import ClaimStatus, Kind
from reader.document import load_document
from tests.conftest import SAMPLES
from tests.core.test_bundle import _edit_json, _members, _record

TXT = SAMPLES / "harbour_council.txt"
WORDS = ("Tomas Ek", "Oslo", "Nobody has shown us a single study", "harbour", "council")


@pytest.fixture
def bundle(tmp_path: Path) -> Iterator[bytes]:
    lib = Library.open(tmp_path / "lib")
    record, _ = lib.add_document(load_document(TXT), TXT)
    text = lib.document(record.id).text
    for quote in WORDS:
        start, end = find_quote(text, quote)
        if len(quote) > 20:
            spec = AnnotationInput(Kind.CLAIM, start, end, speaker_name="Tomas Ek", status=ClaimStatus.DISPUTED)
        elif quote[0].isupper():
            spec = AnnotationInput(Kind.ENTITY, start, end, label="PERSON" if quote == "Tomas Ek" else "PLACE")
        else:
            spec = AnnotationInput(Kind.HIGHLIGHT, start, end, note=f"about the {quote}")
        lib.annotate(record.id, spec, creator="ines")
    yield lib.export_bundle([record.id], "ines", with_documents=True)
    lib.close()


@pytest.fixture
def best_matches(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every record jsonschema's best match was computed for."""
    seen: list[object] = []
    original = jsonschema.exceptions.best_match

    def counting(errors: Any, *args: Any, **kwargs: Any) -> Any:
        found = original(errors, *args, **kwargs)
        seen.append(found.instance if found is not None else None)
        return found

    monkeypatch.setattr(jsonschema.exceptions, "best_match", counting)
    return seen


def test_a_good_bundle_is_read_without_computing_a_single_explanation(bundle: bytes, best_matches: list[object]) -> None:
    read = read_bundle(bundle)
    assert len(read.annotations) == len(WORDS) and read.entities and read.documents
    assert best_matches == []


def test_a_bad_record_is_explained_as_before(bundle: bytes, best_matches: list[object]) -> None:
    broken = _edit_json("annotations.jsonl", lambda o: _record(o)["target"].update(start=-5))(_members(bundle))
    with pytest.raises(BundleError) as caught:
        read_bundle(broken)
    assert caught.value.message == ("annotations.jsonl line 1 does not match the bundle format at target/start: "
                                    "-5 is less than the minimum of 0; the bundle was refused.")
    assert best_matches == [-5]  # computed once, for the record that failed


@pytest.mark.parametrize("areas", [[{"page": 0, "quads": [["a", "b", "c", "d", "e", "f", "g", "h"]]}],
                                   [{"page": "1", "quads": []}], [{"page": 0, "quads": [[1, 2, 3]]}], [{"quads": []}]])
def test_page_areas_that_are_not_numbers_are_refused_with_a_message(bundle: bytes, areas: list[object]) -> None:
    """A hand-edited bundle whose quads were strings passed the schema and stopped the import with "TypeError: must
    be real number, not str" (an outside tester, stop 53): page areas are a page number and quads of 8 numbers."""
    broken = _edit_json("annotations.jsonl", lambda o: _record(o)["target"].update(areas=areas))(_members(bundle))
    with pytest.raises(BundleError) as caught:
        read_bundle(broken)
    assert caught.value.message.startswith("annotations.jsonl line 1 does not match the bundle format at target/areas")


def test_every_kind_of_record_is_still_checked(bundle: bytes) -> None:
    cases = {
        "entities.jsonl": (lambda o: o.update(type=["PERSON"]), "entities.jsonl line 1 does not match the bundle "
                           "format at type: ['PERSON'] is not of type 'string'; the bundle was refused."),
        "documents.jsonl": (lambda o: o.update(language="en_GB!"), "documents.jsonl line 1 does not match the "
                            "bundle format at language: 'en_GB!' does not match '^[A-Za-z]{0,8}(-[A-Za-z0-9]{1,8})*$'"
                            "; the bundle was refused."),
        "manifest.json": (lambda o: o.update(creator=7), "manifest.json does not match the bundle format at "
                          "creator: 7 is not of type 'string'; the bundle was refused."),
    }
    for member, (change, message) in cases.items():
        with pytest.raises(BundleError) as caught:
            read_bundle(_edit_json(member, change)(_members(bundle)))
        assert caught.value.message == message, json.dumps(member)


def test_a_refusal_says_the_rule_broken_not_the_whole_value(bundle: bytes) -> None:
    """A note of 200,001 characters: the message shows its start and its size, then the rule and its limit (the
    message was cut at 200 characters, nearly all of them the note's)."""
    long_note = _edit_json("annotations.jsonl", lambda o: _record(o).update(note="A" * 200_001))(_members(bundle))
    with pytest.raises(BundleError) as caught:
        read_bundle(long_note)
    assert caught.value.message == ('annotations.jsonl line 1 does not match the bundle format at note: "' + "A" * 56
                                    + '… (200,001 characters) is too long (at most 200,000 characters); the bundle '
                                    "was refused.")
    null_start = _edit_json("annotations.jsonl", lambda o: _record(o)["target"].update(start=None))(_members(bundle))
    with pytest.raises(BundleError) as caught:
        read_bundle(null_start)
    assert "target/start: null is not of type 'integer'" in caught.value.message  # as JSON says it, not "None"


def test_a_creator_with_line_breaks_is_read_as_one_line(bundle: bytes) -> None:
    """The name is shown in the undo history and printed by the command line: a line break in it would fake a line."""
    forged = _edit_json("manifest.json", lambda o: o.update(creator="ana\nerror: your library is corrupted\r\n"))(
        _members(bundle))
    assert read_bundle(forged).creator == "ana error: your library is corrupted"
