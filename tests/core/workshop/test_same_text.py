"""A trainee whose copy of the article is another file with the same text (an outside tester, stop 59): saved with
Windows line ends, it has another SHA-256, so another document id, and the trainee's perfect work scored 0.00, was
left out of the class figures and was told it was on "another document or another version of it". Dossier stores
the same canonical text for both files: the work is scored on the key's document. A copy whose text really differs
is not, and the warning says so plainly (with the words that differ when both bundles carry the text)."""
from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from annotations.bundle import read_bundle
from tests.core.workshop.workflow import ARTICLE, Person, compare_json, trainer_with_key

MARKS = (("Marta Lindqvist", "PERSON"), ("Tomas Ek", "PERSON"), ("Northern Water Authority", "ORG"))


def _trainee_on(root: Path, name: str, text: bytes) -> Person:
    """A trainee whose article file holds `text` (the harbour council article as they saved it)."""
    copy = root / f"{name.lower()}-copy" / ARTICLE.name
    copy.parent.mkdir()
    copy.write_bytes(text)
    person = Person(root, name)
    person.doc = person.json("add", str(copy))[0]["id"][:12]
    for quote, label in MARKS:
        person.annotate(quote, "--kind", "entity", "--type", label)
    return person


def _crlf() -> bytes:
    return ARTICLE.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


@pytest.mark.parametrize("texts", ["--with-documents", "--without-documents"])
def test_a_copy_with_windows_line_ends_is_scored_as_the_key_s_article(tmp_path: Path, texts: str) -> None:
    """With the article's text in both bundles (a few documents exported) or only its hash (`--all`)."""
    ines, _ = trainer_with_key(tmp_path)
    key = ines.export("key-texts.dossier", "--answer-key", texts)
    eve = _trainee_on(tmp_path, "Eve", _crlf())
    assert eve.doc != ines.doc  # another file, so another document id
    got = compare_json(key, eve.export("eve.dossier", texts))["trainees"][0]
    assert (got["exact"]["tp"], got["exact"]["fp"], got["f1"]) == (3, 0, 1.0)
    assert got["in_class"] is True
    assert not [w for w in got["warnings"] if "another" in w and "version" in w]
    (note,) = got["warnings"]
    assert note.startswith("same text, different file:") and "Harbour council" in note


def test_a_copy_whose_text_differs_is_not_scored_and_the_warning_names_the_words(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    edited = ARTICLE.read_bytes().replace(b"two-year", b"three-year", 1)
    assert edited != ARTICLE.read_bytes()
    fay = _trainee_on(tmp_path, "Fay", edited)
    got = compare_json(key, fay.export("fay.dossier"))["trainees"][0]
    assert got["in_class"] is False and got["exact"]["tp"] == 0
    said = " ".join(got["warnings"])
    assert "the trainee's copy of “Harbour council" in said and "has other words" in said
    assert "“three-year”" in said and "“two-year”" in said
    assert "same text" not in said


def test_without_the_texts_a_differing_copy_is_said_to_differ(tmp_path: Path) -> None:
    ines, _ = trainer_with_key(tmp_path)
    key = ines.export("key-hash.dossier", "--answer-key", "--without-documents")
    fay = _trainee_on(tmp_path, "Fay", ARTICLE.read_bytes().replace(b"two-year", b"three-year", 1))
    got = compare_json(key, fay.export("fay.dossier", "--without-documents"))["trainees"][0]
    assert got["in_class"] is False
    assert any("the trainee's copy of “Harbour council" in w and "other text than the key's" in w
               for w in got["warnings"])


def test_a_bundle_says_the_hash_of_each_document_s_text(tmp_path: Path) -> None:
    from annotations.bundle import text_hash

    ines, _ = trainer_with_key(tmp_path)
    (doc,) = read_bundle(ines.export("with-text.dossier", "--with-documents").read_bytes()).documents
    assert doc.text and "\r" not in doc.text
    hashes = read_bundle(ines.export("plain.dossier", "--without-documents").read_bytes()).text_hashes
    assert hashes == {doc.id: text_hash(doc.text)}


def test_a_line_whose_text_is_not_its_hash_s_has_no_text_hash(tmp_path: Path) -> None:
    """A hostile bundle cannot carry one text and claim another's hash (to be scored against the key's text): the
    line was altered, so its document has no known text and is never taken for the key's. (The bundle is not refused
    for it: a planted text is kept as provisional on import, `tests/core/test_bundle_lies.py`.)"""
    from annotations.bundle import text_hash

    ines, _ = trainer_with_key(tmp_path)
    path = ines.export("tampered.dossier", "--with-documents")
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    line = json.loads(members["documents.jsonl"])
    assert line["text_sha256"] == text_hash(line["text"])
    assert read_bundle(path.read_bytes()).text_hashes == {line["id"]: line["text_sha256"]}
    line["text_sha256"] = text_hash(line["text"] + "!")
    members["documents.jsonl"] = (json.dumps(line, sort_keys=True, ensure_ascii=False) + "\n").encode()
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["documents.jsonl"] = hashlib.sha256(members["documents.jsonl"]).hexdigest()
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    assert read_bundle(path.read_bytes()).text_hashes == {}


def test_only_a_copy_with_the_key_s_text_hash_is_moved_and_never_beside_work_on_the_key_s_own_id() -> None:
    """In memory (tests/core/workshop/exercise_data.py): the key's document, a trainee's copy under another id."""
    from dataclasses import replace

    from annotations.bundle import text_hash
    from annotations.workshop.documents import align
    from tests.core.workshop.exercise_data import DOC_ID, TEXT, key, trainee_b

    copy_id = "c" * 64
    key_bundle = replace(key().bundle(answer_key=True), text_hashes={DOC_ID: text_hash(TEXT)})
    ben = trainee_b().bundle()
    on_copy = replace(ben, annotations=[replace(a, document_id=copy_id) for a in ben.annotations],
                      documents=[replace(d, id=copy_id) for d in ben.documents])
    moved = align(replace(on_copy, text_hashes={copy_id: text_hash(TEXT)}), key_bundle, {DOC_ID})
    assert {a.document_id for a in moved.bundle.annotations} == {DOC_ID} and len(moved.notes) == 1
    stale = align(replace(on_copy, text_hashes={copy_id: text_hash(TEXT + " Later news.")}), key_bundle, {DOC_ID})
    assert {a.document_id for a in stale.bundle.annotations} == {copy_id} and not stale.notes
    unsaid = align(on_copy, key_bundle, {DOC_ID})  # a bundle from before text hashes: another document, as before
    assert {a.document_id for a in unsaid.bundle.annotations} == {copy_id}
    two = [replace(a, id=f"0000000-copy-{n}") for n, a in enumerate(on_copy.annotations[:2])]
    both = replace(ben, annotations=[*ben.annotations, *two],
                   documents=[*ben.documents, *on_copy.documents], text_hashes={copy_id: text_hash(TEXT)})
    kept = align(both, key_bundle, {DOC_ID})
    assert sum(a.document_id == copy_id for a in kept.bundle.annotations) == 2 and not kept.notes
