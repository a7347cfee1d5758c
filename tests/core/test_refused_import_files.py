"""A bundle refused during its merge (a rule checked only there, the person's Cancel) left the files it carried in the
library's files/ folder — up to 2 GB nothing refers to (an outside tester, stop 53). The database was untouched; now
the folder is too."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations import library_exchange
from annotations.bundle import read_bundle
from annotations.errors import BundleError
from annotations.library import Library
from reader.document import load_document
from tests.conftest import SAMPLES


def test_a_bundle_refused_in_its_merge_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ana, ben = Library.open(tmp_path / "ana"), Library.open(tmp_path / "ben")
    try:
        paths = [SAMPLES / "harbour_council.txt", SAMPLES / "grid_shortfall.html"]
        ids = [ana.add_document(load_document(p), p)[0].id for p in paths]
        ben.add_document(load_document(paths[0]), paths[0])  # Ben has the first, not the second
        bundle = read_bundle(ana.export_bundle(ids, "Ana", with_documents=True))
        parsed = {d.id: d for d in bundle.documents}
        before = sorted(p.name for p in (tmp_path / "ben" / "files").iterdir())

        def refused(*args: object, **kwargs: object) -> None:
            raise BundleError("annotations.jsonl line 3 does not say what its revision says; the bundle was refused.")

        monkeypatch.setattr(library_exchange, "apply_plan", refused)
        with pytest.raises(BundleError):
            ben.import_bundle(bundle, parsed=parsed)
        assert sorted(p.name for p in (tmp_path / "ben" / "files").iterdir()) == before
        monkeypatch.undo()
        ben.import_bundle(bundle, parsed=parsed)  # taken, the file is written and kept
        assert len(list((tmp_path / "ben" / "files").iterdir())) == 2
    finally:
        ana.close()
        ben.close()
