"""Speaker agreement without the key's exact name (audit40 T3 finding 4): a trainee who names the speaker with a
title, by the surname alone, or under a name of their own for the person they marked in the text, named the
key's speaker. The rules are the app's name rules (`annotations/workshop/speakers.py`)."""
from __future__ import annotations

from pathlib import Path

from annotations.workshop.speakers import KeySpeakers, names_agree
from tests.core.workshop.workflow import CLAIM_1, CLAIM_2, compare_json, trainee, trainer_with_key


def test_a_title_or_the_surname_alone_names_the_key_s_speaker(tmp_path: Path) -> None:
    _, key = trainer_with_key(tmp_path)  # speakers: Marta Lindqvist, Tomas Ek
    ana = trainee(tmp_path, "Ana")
    ana.annotate(CLAIM_1, "--kind", "claim", "--speaker", "Dr. Marta Lindqvist", "--status", "unverified")
    ana.annotate(CLAIM_2, "--kind", "claim", "--speaker", "Ek", "--status", "disputed")
    got = compare_json(key, ana.export("ana.dossier"))["trainees"][0]
    assert (got["claims"]["matched"], got["claims"]["speaker_agreement"]) == (2, 1.0)
    assert not any(r["detail"] and "speaker" in r["detail"] for r in got["rows"])


def test_the_person_marked_in_the_text_is_the_speaker_whatever_the_trainee_called_them(tmp_path: Path) -> None:
    """Cara marked "Marta Lindqvist" in the article as an entity she called "the council leader", and chose that
    entity as the claim's speaker: her mention is the key speaker's, so she named the right person."""
    _, key = trainer_with_key(tmp_path)
    cara = trainee(tmp_path, "Cara")
    cara.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON", "--entity", "the council leader")
    cara.annotate(CLAIM_1, "--kind", "claim", "--speaker", "the council leader", "--status", "unverified")
    cara.annotate(CLAIM_2, "--kind", "claim", "--speaker", "Marta", "--status", "disputed")  # wrong: Ek said it
    got = compare_json(key, cara.export("cara.dossier"))["trainees"][0]
    assert (got["claims"]["matched"], got["claims"]["speaker_agreement"]) == (2, 0.5)
    details = [r["detail"] for r in got["rows"] if r["detail"]]
    assert details == ["speaker: key Tomas Ek, trainee Marta"]


def test_a_surname_two_key_people_share_names_neither() -> None:
    key = KeySpeakers({"a": ("Andrew Cuomo",), "c": ("Chris Cuomo",), "f": ("Anthony Fauci", "Tony Fauci")})
    assert key.resolve(["Cuomo"]) == ""
    assert key.resolve(["Gov. Andrew Cuomo"]) == "a" and key.resolve(["Mayor Chris Cuomo"]) == "c"
    assert key.resolve(["Fauci"]) == "f" and key.resolve(["Dr Anthony Fauci"]) == "f"
    assert key.resolve(["Anthony"]) == "" and key.resolve(["Dr"]) == ""
    assert names_agree("Bill de Blasio", "de Blasio") and names_agree("Mayor Bill de Blasio", "bill de blasio")
    assert names_agree("Volodymyr Zelenskyy", "Зеленський") and not names_agree("Andrew Cuomo", "Chris Cuomo")
    mention = ("doc", 10, 20)
    overlapping = KeySpeakers({"a": ("Andrew Cuomo",), "c": ("Chris Cuomo",)}, {"a": [mention]})
    assert overlapping.resolve(["the governor"], [("doc", 15, 25)]) == "a"
    assert overlapping.resolve(["the governor"], [("other", 15, 25)]) == ""
