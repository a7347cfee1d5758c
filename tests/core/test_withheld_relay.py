"""A forged withheld version relayed to a trainee, who then works on it, before the trainer's full bundle
arrives (session 27). Three parties: Ana (trainer) hands out a --hide-notes bundle; Mal (a teammate who
relays it) rewrites the withheld record — a status, a tag, the author, the quote — under its genuine
revision id and recomputed checksums; Tom (trainee) takes it on trust (nothing he holds can check a
version whose note he never saw) and edits it. When Ana's full bundle arrives, her version's content
replaces what the forgery introduced; a field Tom changed himself is kept, and where Ana's version says
otherwise the conflict is filed showing both. Replays of any of these bundles change nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Annotation, ClaimStatus, Kind
from reader.document import load_document
from tests.conftest import SAMPLES
from tests.helpers import rewrite_bundle

TXT = SAMPLES / "harbour_council.txt"
QUOTE = "Nobody has shown us a single study of what happens to the fish"
OTHER = "Tomas Ek"
ANA_NOTE = "KEY: the study exists (annex 4)"


@dataclass
class Parties:
    ana: Library
    mal: Library
    tom: Library
    doc_id: str
    claim_id: str
    hidden: bytes
    """Ana's --hide-notes handout."""

    def full(self) -> bytes:
        return self.ana.export_bundle([self.doc_id], "Ana")

    def relay(self, change: Callable[[dict[str, Any]], None]) -> bytes:
        """Mal imports Ana's handout and relays it to Tom, rewriting Ana's claim on the way."""
        self.mal.import_bundle(read_bundle(self.hidden))
        data = self.mal.export_bundle([self.doc_id], "Mal", with_documents=True)

        def edit(name: str, lines: list[dict[str, Any]]) -> None:
            for line in lines:
                if line["dossier:record"]["id"] == self.claim_id:
                    change(line["dossier:record"])

        return rewrite_bundle(data, edit, ("annotations.jsonl",))

    def take(self, lib: Library, data: bytes) -> dict[str, int]:
        counts, _ = lib.import_bundle(read_bundle(data))
        return counts

    def claim(self, lib: Library) -> Annotation:
        got = lib.annotation(self.claim_id)
        assert got is not None and got.claim is not None
        return got


@pytest.fixture
def parties(tmp_path: Path) -> Iterator[Parties]:
    ana = Library.open(tmp_path / "ana")
    doc_id = ana.add_document(load_document(TXT), TXT)[0].id
    s, e = find_quote(ana.document(doc_id).text, QUOTE)
    claim, _ = ana.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e, status=ClaimStatus.UNVERIFIED, note=ANA_NOTE),
                            creator="Ana")
    hidden = ana.export_bundle([doc_id], "Ana", with_documents=True, hide_notes=True)
    mal, tom = Library.open(tmp_path / "mal"), Library.open(tmp_path / "tom")
    yield Parties(ana, mal, tom, doc_id, claim.id, hidden)
    for lib in (ana, mal, tom):
        lib.close()


def _status_false(record: dict[str, Any]) -> None:
    assert record["note_withheld"] == record["rev"] and record["note"] == ""  # a genuine withheld record ...
    record["claim"]["status"] = "false"  # ... made to say what Ana never said
    record["tags"] = ["mal-forged"]
    record["creator"] = "Mal"
    record.pop("note_seal", None)  # the seal of Ana's note would give the forgery away (test_withheld_as_taken)


def _states(p: Parties) -> tuple[tuple[str, str, tuple[str, ...], str, str], ...]:
    out = []
    for lib in (p.ana, p.tom):
        a = p.claim(lib)
        assert a.claim is not None
        out.append((a.note, a.claim.status.value, a.tags, a.creator, a.target.exact))
    return tuple(out)


def test_the_genuine_version_replaces_what_the_forgery_introduced_and_keeps_the_trainees_tag(
        parties: Parties) -> None:
    p = parties
    forged = p.relay(_status_false)
    assert p.take(p.tom, forged)["new"] == 1  # taken on trust: Tom holds nothing to check it with
    assert p.claim(p.tom).claim.status is ClaimStatus.FALSE  # type: ignore[union-attr]
    p.tom.edit_annotation(p.claim_id, tags=("mal-forged", "tom-checked"))
    counts = p.take(p.tom, p.full())
    tom = p.claim(p.tom)
    assert tom.claim is not None and tom.claim.status is ClaimStatus.UNVERIFIED  # Ana's, not the forgery's
    assert (tom.note, tom.tags, tom.creator) == (ANA_NOTE, ("tom-checked",), "Ana")  # Tom's tag kept
    assert counts["updated"] == 1 and counts["conflicts"] == 0 and counts["stale"] == 0
    assert not p.tom.store.conflicts() and not p.tom.store.withheld([p.claim_id])
    for replay in (forged, p.hidden, p.full()):  # stale and replayed bundles change nothing
        counts = p.take(p.tom, replay)
        assert counts["updated"] == counts["new"] == counts["conflicts"] == 0
        assert p.claim(p.tom) == tom
    counts = p.take(p.ana, p.tom.export_bundle([p.doc_id], "Tom"))  # Tom's work reaches Ana as his edit
    assert counts["updated"] == 1 and not p.ana.store.conflicts()
    assert _states(p)[0] == _states(p)[1] == (ANA_NOTE, "unverified", ("tom-checked",), "Ana", QUOTE)


def test_a_field_both_changed_is_a_conflict_showing_both(parties: Parties) -> None:
    """Tom disputed the claim the forgery called false: Ana's version says unverified. His status is kept
    and Ana's is filed beside it; the forged tag and author go, Ana's note is filled in."""
    p = parties
    p.take(p.tom, p.relay(_status_false))
    p.tom.set_claim(p.claim_id, status=ClaimStatus.DISPUTED)
    counts = p.take(p.tom, p.full())
    tom = p.claim(p.tom)
    assert tom.claim is not None and tom.claim.status is ClaimStatus.DISPUTED
    assert (tom.note, tom.tags, tom.creator) == (ANA_NOTE, (), "Ana")
    assert counts["conflicts"] == 1
    (conflict,) = p.tom.conflicts()
    assert conflict.ours.claim is not None and conflict.theirs.claim is not None
    assert (conflict.ours.claim.status, conflict.theirs.claim.status) == (ClaimStatus.DISPUTED, ClaimStatus.UNVERIFIED)
    assert (conflict.theirs.note, conflict.theirs.tags, conflict.theirs.creator) == (ANA_NOTE, (), "Ana")
    assert p.take(p.tom, p.full())["conflicts"] == 0 and len(p.tom.conflicts()) == 1  # a replay files no second
    p.tom.resolve_conflict(conflict.id, take_theirs=True)
    assert p.claim(p.tom).claim.status is ClaimStatus.UNVERIFIED  # type: ignore[union-attr]
    counts = p.take(p.ana, p.tom.export_bundle([p.doc_id], "Tom"))
    assert not p.ana.store.conflicts()
    assert _states(p)[0] == _states(p)[1] == (ANA_NOTE, "unverified", (), "Ana", QUOTE)


def test_a_note_the_trainee_wrote_meets_the_trainers_and_nothing_he_typed_is_lost(parties: Parties) -> None:
    """Tom wrote his own note on the forged version (he never saw Ana's): the forged status goes, his note
    stays, and Ana's note is filed beside it at his end; his next bundle still meets hers as a conflict."""
    p = parties
    p.take(p.tom, p.relay(_status_false))
    p.tom.edit_annotation(p.claim_id, note="Tom: I found no study")
    counts = p.take(p.tom, p.full())
    tom = p.claim(p.tom)
    assert tom.claim is not None and tom.claim.status is ClaimStatus.UNVERIFIED
    assert (tom.note, tom.tags, tom.creator) == ("Tom: I found no study", (), "Ana")
    assert counts["conflicts"] == 1
    (conflict,) = p.tom.conflicts()
    assert (conflict.ours.note, conflict.theirs.note) == ("Tom: I found no study", ANA_NOTE)
    counts = p.take(p.ana, p.tom.export_bundle([p.doc_id], "Tom"))
    mine = p.claim(p.ana)
    assert counts["conflicts"] == 1 and mine.note == ANA_NOTE  # Ana's note is not overwritten by his
    assert mine.claim is not None and mine.claim.status is ClaimStatus.UNVERIFIED


def test_a_forged_quote_gives_way_to_the_genuine_one(parties: Parties) -> None:
    """The forgery moved the claim onto other words of the document (a valid position, so it is stored):
    the genuine version puts it back, Tom's tag stays."""
    p = parties
    text = p.ana.document(p.doc_id).text
    s = text.index(OTHER)

    def move(record: dict[str, Any]) -> None:
        record["target"].update(start=s, end=s + len(OTHER), exact=OTHER, prefix=text[max(0, s - 32):s],
                                suffix=text[s + len(OTHER):s + len(OTHER) + 32])
        record.pop("note_seal", None)

    p.take(p.tom, p.relay(move))
    assert p.claim(p.tom).target.exact == OTHER
    p.tom.edit_annotation(p.claim_id, tags=("tom",))
    counts = p.take(p.tom, p.full())
    tom = p.claim(p.tom)
    assert (tom.target.exact, tom.note, tom.tags) == (QUOTE, ANA_NOTE, ("tom",))
    assert tom.target == p.claim(p.ana).target
    assert counts["updated"] == 1 and counts["conflicts"] == 0


def test_a_genuine_handout_the_trainee_worked_on_stays_as_it_was(parties: Parties) -> None:
    """The same path without a forgery: Mal relays honestly; Tom disputes the claim and tags it; the full
    bundle fills Ana's note in and changes nothing else of his."""
    p = parties
    p.take(p.tom, p.relay(lambda record: None))
    p.tom.set_claim(p.claim_id, status=ClaimStatus.DISPUTED)
    p.tom.edit_annotation(p.claim_id, tags=("tom",))
    counts = p.take(p.tom, p.full())
    tom = p.claim(p.tom)
    assert tom.claim is not None and tom.claim.status is ClaimStatus.DISPUTED
    assert (tom.note, tom.tags, tom.creator) == (ANA_NOTE, ("tom",), "Ana")
    assert counts["updated"] == 1 and counts["conflicts"] == 0 and not p.tom.store.conflicts()


def test_a_later_genuine_version_also_replaces_what_the_forgery_introduced(parties: Parties) -> None:
    """Ana went on after her handout (a new note, a tag) and her full bundle brings that later version: at
    Tom's it is weighed against the forged copy as the version itself would be — no conflict with the
    forgery's status, his tag kept — and the result is a merge of both, which Ana takes as it is."""
    p = parties
    p.take(p.tom, p.relay(_status_false))
    p.tom.edit_annotation(p.claim_id, tags=("mal-forged", "tom"))
    p.ana.edit_annotation(p.claim_id, note=ANA_NOTE + " Asked the ministry.", tags=("ana",))
    counts = p.take(p.tom, p.full())
    tom = p.claim(p.tom)
    assert tom.claim is not None and tom.claim.status is ClaimStatus.UNVERIFIED
    assert (tom.note, tom.tags, tom.creator) == (ANA_NOTE + " Asked the ministry.", ("ana", "tom"), "Ana")
    assert counts["updated"] == 1 and counts["conflicts"] == 0 and not p.tom.store.conflicts()
    counts = p.take(p.ana, p.tom.export_bundle([p.doc_id], "Tom"))
    assert counts["updated"] == 1 and not p.ana.store.conflicts()
    assert _states(p)[0] == _states(p)[1]
