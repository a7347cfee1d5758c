"""A selection of white space is no annotation, and the spaces at a selection's ends are no part of it: an outside
tester's `annotate --quote " " --kind entity` stored an entity named "" — the trainee's export then wrote a bundle
that neither import nor the workshop comparison would read, so all of that trainee's work was lost for scoring;
`--quote " Bill de Blasio "` kept the spaces, and the comparison called the mark "too long" (stop 40)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from annotations.bundle import read_bundle
from annotations.errors import ValidationError
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.cli import main
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _run(library: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(["--library", str(library), *args], out=out, err=err), out.getvalue(), err.getvalue()


def test_a_quote_of_white_space_is_refused_and_nothing_is_stored(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    lib = tmp_path / "lib"
    assert _run(lib, "add", str(TXT))[0] == 0
    code, out, err = _run(lib, "annotate", str(TXT), "--quote", " ", "--kind", "entity", "--type", "PERSON")
    assert code != 0 and "white space" in err
    code, out, err = _run(lib, "annotate", str(TXT), "--quote", " Tomas Ek ", "--kind", "entity", "--type", "PERSON")
    assert code == 0, err
    code, out, err = _run(lib, "export", str(TXT), "--format", "dossier", "-o", str(tmp_path / "b.dossier"))
    assert code == 0, err
    bundle = read_bundle((tmp_path / "b.dossier").read_bytes())  # the bundle reads: nothing refused
    [mention] = bundle.annotations
    assert mention.target.exact == "Tomas Ek"
    assert [e.name for e in bundle.entities] == ["Tomas Ek"]


def test_the_core_trims_a_selection_and_refuses_empty_names(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib")
    try:
        doc_id = lib.add_document(load_document(TXT), TXT)[0].id
        text = lib.document(doc_id).text
        at = text.index("Tomas Ek")
        assert text[at - 1] == " "
        mark, _ = lib.annotate(doc_id, AnnotationInput(Kind.ENTITY, at - 1, at + len("Tomas Ek"), label="PERSON"))
        assert (mark.target.start, mark.target.exact) == (at, "Tomas Ek")
        space = text.index(" ")
        with pytest.raises(ValidationError):
            lib.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, space, space + 1))
        with pytest.raises(ValidationError):
            lib.annotate(doc_id, AnnotationInput(Kind.ENTITY, at, at + 8, label="PERSON", entity_name="   "))
        claim, _ = lib.annotate(doc_id, AnnotationInput(Kind.CLAIM, at, at + 8, speaker_name="  "))
        assert claim.claim is not None and claim.claim.speaker_id is None  # white space names no speaker
        assert len(lib.store.annotations(doc_id)) == 2
    finally:
        lib.close()
