"""Hidden notes cannot be read back from a --hide-notes bundle (critical finding C2).

A trainer's --hide-notes bundle carried, for every version of a record, its revision id and a short hash
of what it said, both computed over the note it withheld: a trainee recovered a short note ("true",
"misleading", a few words from a known list) by hashing guesses until one gave a rev or hash the bundle
holds. Now a rev covers a note through a seal keyed by a secret salt that travels only with the note.
The attacker here has the bundle's bytes and Dossier's own hashing code, and guesses from the vocabulary
the notes were written from; everything the exchange relies on is checked too: the genuine version still
arrives whole (directly and relayed by a third teammate), a note or salt altered under valid checksums is
refused, undo goes back to what a version said, and bundles without salts (format 2) are still read.
"""
from __future__ import annotations

import io
import itertools
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from annotations import codec
from annotations.anchoring import find_quote
from annotations.bundle import read_bundle, write_bundle
from annotations.errors import BundleError
from annotations.library import AnnotationInput, Library
from annotations.model import Annotation, ClaimStatus, Kind
from annotations.revisions import content_hash, make_rev
from reader.document import load_document
from tests.conftest import SAMPLES
from tests.helpers import rewrite_bundle

TXT = SAMPLES / "harbour_council.txt"
QUOTES = ("Nobody has shown us a single study of what happens to the fish", "Tomas Ek")
VOCABULARY = ("true", "false", "misleading", "supported", "disputed", "study", "exists", "annex", "4",
              "no", "yes", "ministry")
FIRST_NOTE, NOTE, OTHER_NOTE = "true", "misleading", "study exists annex"
"""What the trainer wrote (the first note later changed): one and three words of `VOCABULARY`."""
_NOT_CONTENT = ("revs", "rev_hashes", "rev_contents", "note_withheld", "note_blind", "note_covered", "withheld_as_taken",
                "note_seal")


@dataclass
class Class:
    ana: Library
    tom: Library
    mal: Library
    doc_id: str
    ids: tuple[str, str]

    def hidden(self) -> bytes:
        return self.ana.export_bundle([self.doc_id], "Ana", with_documents=True, hide_notes=True)

    def full(self) -> bytes:
        return self.ana.export_bundle([self.doc_id], "Ana")


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Class]:
    ana = Library.open(tmp_path / "ana")
    doc_id = ana.add_document(load_document(TXT), TXT)[0].id
    ids = []
    for quote, note in zip(QUOTES, (FIRST_NOTE, OTHER_NOTE)):
        s, e = find_quote(ana.document(doc_id).text, quote)
        a, _ = ana.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e, status=ClaimStatus.UNVERIFIED, note=note),
                            creator="Ana")
        ids.append(a.id)
    ana.edit_annotation(ids[0], note=NOTE)  # the first version's note is an older one: "true"
    tom, mal = Library.open(tmp_path / "tom"), Library.open(tmp_path / "mal")
    yield Class(ana, tom, mal, doc_id, (ids[0], ids[1]))
    for lib in (ana, tom, mal):
        lib.close()


def inflated(data: bytes) -> bytes:
    """Every member of a bundle, inflated (what anyone can read in it)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return b"".join(zf.read(n) for n in zf.namelist())


def recover(data: bytes, max_words: int = 3) -> dict[str, set[str]]:
    """A trainee's brute force, from the bundle's bytes alone: every phrase of up to `max_words` words of
    the vocabulary, put in place of each withheld note, hashed as Dossier hashes a version (content hash,
    its 16-digit short form, the rev over each parent list the bundle shows); a phrase whose hash is any
    hex string the bundle holds is the hidden note (or an older one). Returns annotation id -> notes found."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        lines = zf.read("annotations.jsonl").splitlines()
    tokens = set(re.findall(rb"[0-9a-f]{16,64}", inflated(data)))
    found: dict[str, set[str]] = {}
    for line in lines:
        record = json.loads(line)["dossier:record"]
        if "note_withheld" not in record:
            continue
        content = {k: v for k, v in record.items() if k not in _NOT_CONTENT}
        parent_lists = {tuple(p) for p in (record.get("revs") or {}).values()} | {()}
        for n in range(1, max_words + 1):
            for words in itertools.product(VOCABULARY, repeat=n):
                guess = " ".join(words)
                said = content_hash({**content, "note": guess})
                revs = {make_rev(parents, {}, content=said).split("-", 1)[1] for parents in parent_lists}
                if {said.encode(), said[:16].encode(), *(r.encode() for r in revs)} & tokens:
                    found.setdefault(record["id"], set()).add(guess)
    return found


def test_hidden_notes_cannot_be_recovered_by_hashing_guesses(workshop: Class) -> None:
    w = workshop
    data = w.hidden()
    assert json.loads(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json"))["hidden_notes"]
    assert not any(json.dumps(note).encode() in inflated(data) for note in (FIRST_NOTE, NOTE, OTHER_NOTE))
    assert recover(data) == {}  # before the fix: {ids[0]: {"true", "misleading"}, ids[1]: {"study exists annex"}}
    w.tom.import_bundle(read_bundle(data))  # relayed by a trainee (the copy he holds), still nothing to find
    assert recover(w.tom.export_bundle([w.doc_id], "Tom", hide_notes=True)) == {}
    assert recover(w.tom.export_bundle([w.doc_id], "Tom")) == {}


def test_the_attack_finds_notes_in_a_bundle_of_notes_hashed_as_written(workshop: Class) -> None:
    """The guard of the test above: the same brute force against a bundle whose revs cover the notes as
    written (tools and versions from before salts) names them, so its silence above is no blind spot."""
    w = workshop
    data = write_bundle(_unsealed(w), [], [w.ana.document(w.doc_id)], w.ana.store.codebook(), "Ana", hide_notes=True)
    assert recover(data) == {w.ids[0]: {NOTE}, w.ids[1]: {OTHER_NOTE}}


def test_the_salt_travels_with_the_note_only(workshop: Class) -> None:
    w = workshop
    salts = [w.ana.annotation(i).note_salt for i in w.ids]  # type: ignore[union-attr]
    assert all(re.fullmatch(r"[0-9a-f]{32}", s) for s in salts) and len(set(salts)) == 2
    assert not any(s.encode() in inflated(w.hidden()) for s in salts)
    assert all(s.encode() in inflated(w.full()) for s in salts)


def test_the_genuine_version_arrives_whole_directly_and_relayed(workshop: Class) -> None:
    """Tom and Mal take the handout; Tom disputes a claim. Ana's full bundle reaches Mal, who relays it
    to Tom: the notes are filled in (checked with the salt that came along), Tom's status stays, no
    conflict; replays change nothing, and Tom's work goes back to Ana as his edit."""
    w = workshop
    hidden = w.hidden()
    for lib in (w.tom, w.mal):
        assert lib.import_bundle(read_bundle(hidden))[0]["new"] == 2
        assert [lib.annotation(i).note for i in w.ids] == ["", ""]  # type: ignore[union-attr]
    w.tom.set_claim(w.ids[0], status=ClaimStatus.DISPUTED)
    assert w.mal.import_bundle(read_bundle(w.full()))[0]["updated"] == 2
    assert w.mal.annotation(w.ids[0]).note_salt == w.ana.annotation(w.ids[0]).note_salt  # type: ignore[union-attr]
    relayed = w.mal.export_bundle([w.doc_id], "Mal")
    counts, _ = w.tom.import_bundle(read_bundle(relayed))
    assert counts["updated"] == 2 and counts["conflicts"] == 0
    tom = [w.tom.annotation(i) for i in w.ids]
    assert [a.note for a in tom] == [NOTE, OTHER_NOTE]  # type: ignore[union-attr]
    assert tom[0].claim.status is ClaimStatus.DISPUTED  # type: ignore[union-attr]
    for replay in (hidden, relayed, w.full()):
        counts, _ = w.tom.import_bundle(read_bundle(replay))
        assert counts["updated"] == counts["new"] == counts["conflicts"] == 0
    counts, _ = w.ana.import_bundle(read_bundle(w.tom.export_bundle([w.doc_id], "Tom")))
    assert counts["updated"] == 1 and counts["conflicts"] == 0
    assert w.ana.annotation(w.ids[0]).claim.status is ClaimStatus.DISPUTED  # type: ignore[union-attr]
    assert w.ana.annotation(w.ids[0]).note == NOTE  # type: ignore[union-attr]


def _unsealed(w: Class) -> list[Annotation]:
    """Ana's annotations as a library from before seals held them: first versions covering the note as written."""
    plain = [replace(a, note_salt="", rev="") for a in w.ana.store.annotations(w.doc_id, include_deleted=True)]
    return [replace(a, rev=make_rev([], codec.annotation_to_dict(a))) for a in plain]


def _edit_claim(claim_id: str, change: Any) -> Any:
    def edit(name: str, lines: list[dict[str, Any]]) -> None:
        for line in lines:
            if line["dossier:record"]["id"] == claim_id:
                change(line["dossier:record"])
    return edit


@pytest.mark.parametrize("change", [
    lambda r: r.update(note="false"),  # another note under the genuine rev
    lambda r: r.update(note_salt="0" * 32),  # another salt: the seal is not the rev's
    lambda r: r.pop("note_salt"),  # no salt: the note as written is not what the rev covers
], ids=["note", "salt", "no salt"])
def test_a_note_that_lies_under_valid_checksums_is_refused(workshop: Class, change: Any) -> None:
    w = workshop
    w.tom.import_bundle(read_bundle(w.hidden()))
    forged = rewrite_bundle(w.full(), _edit_claim(w.ids[0], change), ("annotations.jsonl",))
    with pytest.raises(BundleError, match="altered"):
        w.tom.import_bundle(read_bundle(forged))
    assert w.tom.annotation(w.ids[0]).note == ""  # type: ignore[union-attr]


def test_undo_goes_back_to_what_a_version_said(workshop: Class) -> None:
    """Undoing a note edit says what the version before said, seal and all (the same short hash), so a
    teammate who holds that version sees no new content; undoing Tom's import of the full bundle withholds
    the note again and importing it again fills it in."""
    w = workshop
    a = w.ana.annotation(w.ids[1])
    w.ana.edit_annotation(w.ids[1], note="yes")
    w.ana.undo()
    back = w.ana.annotation(w.ids[1])
    assert back is not None and a is not None and (back.note, back.note_salt) == (a.note, a.note_salt)
    said = w.ana.store.revision_hashes([w.ids[1]])[w.ids[1]]
    assert said[back.rev] == said[a.rev]
    w.tom.import_bundle(read_bundle(w.hidden()))
    w.tom.import_bundle(read_bundle(w.full()))
    assert w.tom.annotation(w.ids[1]).note == OTHER_NOTE  # type: ignore[union-attr]
    w.tom.undo()
    assert w.tom.annotation(w.ids[1]).note == ""  # type: ignore[union-attr]
    w.tom.import_bundle(read_bundle(w.full()))
    assert w.tom.annotation(w.ids[1]).note == OTHER_NOTE  # type: ignore[union-attr]


def test_a_format_2_bundle_without_salts_is_still_read_and_checked(workshop: Class) -> None:
    """A bundle from before seals: notes covered as written, format 2. It is read, its revs checked (a
    note altered under valid checksums is refused), and it merges."""
    w = workshop
    data = write_bundle(_unsealed(w), [], [w.ana.document(w.doc_id)], w.ana.store.codebook(), "Ana", with_text=True)

    def old(name: str, lines: list[dict[str, Any]]) -> None:
        pass

    def as_format_2(blob: bytes, edit: Any = old) -> bytes:
        out = rewrite_bundle(blob, edit, ("annotations.jsonl",))
        with zipfile.ZipFile(io.BytesIO(out)) as zf:
            members = {n: zf.read(n) for n in zf.namelist()}
        manifest = json.loads(members["manifest.json"])
        manifest["format_version"] = 2
        members["manifest.json"] = json.dumps(manifest).encode()
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            for n, d in members.items():
                zf.writestr(n, d)
        return buf.getvalue()

    bundle = read_bundle(as_format_2(data))
    assert bundle.format_version == 2
    counts, _ = w.tom.import_bundle(bundle)
    assert counts["new"] == 2 and w.tom.annotation(w.ids[0]).note == NOTE  # type: ignore[union-attr]
    with pytest.raises(BundleError, match="altered"):
        read_bundle(as_format_2(data, _edit_claim(w.ids[0], lambda r: r.update(note="false"))))
