"""Scores that one cheap trick used to win (break28 HIGH): a claim spanning a whole stretch of the article,
and one speaker entity with every name as an alias."""
from __future__ import annotations

from pathlib import Path

from reader.services import ReaderService
from tests.core.workshop.workflow import ARTICLE, CLAIM_1, CLAIM_2, compare_json, trainee, trainer_with_key

PARAGRAPHS = ARTICLE.read_text(encoding="utf-8").split("\n")
BOTH_CLAIMS = "\n".join(PARAGRAPHS[3:6])  # three paragraphs holding both key claims


def test_a_claim_spanning_paragraphs_matches_none_of_the_key_s_claims(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    ben = trainee(tmp_path, "Ben")
    assert CLAIM_1 in BOTH_CLAIMS and CLAIM_2 in BOTH_CLAIMS
    for status in ("unverified", "disputed"):  # twice: one-to-one matching alone let each copy take a claim
        ben.annotate(BOTH_CLAIMS, "--kind", "claim", "--status", status)
    claims = compare_json(key, ben.export("ben.dossier"))["trainees"][0]["claims"]
    assert (claims["matched"], claims["recall"], claims["trainee"]) == (0, 0, 2)


def test_a_claim_marked_as_its_whole_sentence_still_matches(tmp_path: Path) -> None:
    """People choose claim boundaries differently: the key's quote marked with its "X said" and the rest of
    its sentence (the quote is about half of it) is the same claim."""
    _, key = trainer_with_key(tmp_path)
    ana = trainee(tmp_path, "Ana")
    sentence = next(s for p in PARAGRAPHS for s in p.split(". ") if CLAIM_1 in s)
    assert len(CLAIM_1) / len(sentence) < 0.5
    ana.annotate(sentence, "--kind", "claim", "--status", "unverified", "--speaker", "Marta Lindqvist")
    claims = compare_json(key, ana.export("ana.dossier"))["trainees"][0]["claims"]
    assert (claims["matched"], claims["speaker_agreement"]) == (1, 1.0)


def _speaker_aliases(person: object, name: str, aliases: list[str]) -> None:
    service = ReaderService.open(person.library, annotator=person.name)  # type: ignore[attr-defined]
    try:
        entity = next(e for e in service.library.store.entities() if e.name == name)
        service.set_aliases(entity.id, aliases)
    finally:
        service.close()


def test_a_speaker_with_every_name_as_an_alias_agrees_with_nobody(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)
    cleo = trainee(tmp_path, "Cleo")
    cleo.annotate(CLAIM_1, "--kind", "claim", "--speaker", "Somebody", "--status", "unverified")
    cleo.annotate(CLAIM_2, "--kind", "claim", "--speaker", "Somebody", "--status", "disputed")
    _speaker_aliases(cleo, "Somebody", ["Marta Lindqvist", "Tomas Ek", "Northern Water Authority"])
    got = compare_json(key, cleo.export("cleo.dossier"))["trainees"][0]
    assert (got["claims"]["matched"], got["claims"]["speaker_agreement"]) == (2, 0.0)
    assert any(r["detail"] and "trainee Somebody" in r["detail"] for r in got["rows"])


def test_a_speaker_known_by_another_spelling_still_agrees(tmp_path: Path) -> None:
    """A trainee who named the speaker "Lindqvist" and gave the entity her full name as an alias (one key
    entity) agrees with the key's "Marta Lindqvist"."""
    _, key = trainer_with_key(tmp_path)
    dan = trainee(tmp_path, "Dan")
    dan.annotate(CLAIM_1, "--kind", "claim", "--speaker", "Lindqvist", "--status", "unverified")
    _speaker_aliases(dan, "Lindqvist", ["Marta Lindqvist"])
    got = compare_json(key, dan.export("dan.dossier"))["trainees"][0]
    assert got["claims"]["speaker_agreement"] == 1.0
