"""The trainer's name is cleaned as the annotator's is (`reader.identity.clean_name`): `--trainer $'Ana\u202e evil'`
printed "Trainer: Analive" on the pack's cover — the right-to-left override turned the rest of the line round
(an outside tester, stop 56), while the same name given to --annotator was mended."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pymupdf

from reader.cli import main
from reader.services import ReaderService
from tests.conftest import SAMPLES

TURNED = "Ana\u202e evil\x07"


def _cover(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return doc[0].get_text()


def test_the_dialogs_service_prints_the_trainer_without_marks_that_turn_text(service: ReaderService) -> None:
    doc_id = service.add_file(SAMPLES / "harbour_council.txt").record.id  # type: ignore[union-attr]
    cover = _cover(service.briefing_pack([doc_id], trainer=TURNED, parts=("cover",)))
    assert "Trainer: Ana evil" in cover and "\u202e" not in cover and "\u2407" not in cover


def test_the_cli_prints_the_trainer_without_marks_that_turn_text(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    pack = tmp_path / "pack.pdf"
    for args in (["add", str(SAMPLES / "harbour_council.txt")],
                 ["export", "--all", "--format", "pack", "--trainer", TURNED, "-o", str(pack)]):
        assert main(["--library", str(tmp_path / "lib"), *args], out=out, err=err) == 0, err.getvalue()
    cover = _cover(pack.read_bytes())
    assert "Trainer: Ana evil" in cover and "\u202e" not in cover


def test_an_answer_key_credits_the_trainer_without_marks_that_turn_text(service: ReaderService) -> None:
    doc_id = service.add_file(SAMPLES / "harbour_council.txt").record.id  # type: ignore[union-attr]
    with zipfile.ZipFile(io.BytesIO(service.answer_key([doc_id], trainer=TURNED))) as bundle:
        assert json.loads(bundle.read("manifest.json"))["creator"] == "Ana evil"
