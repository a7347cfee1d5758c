"""The library folder renamed or moved while the window has it open: an import or an added file went into a new,
empty library made at the old place ("Imported: 300 new annotations" — none of them in the library; an outside
tester, stop 52). A second opener of an open library (the worker, the job process, the add task) now refuses a
library that is not there, with a message, and makes nothing at the old place."""
from __future__ import annotations

import os
from pathlib import Path

from annotations.errors import StoreError
from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES
from tests.ui.test_ops import threaded  # noqa: F401  (the fixture: a window with the app's own runner)


def test_an_import_after_the_folder_was_renamed_makes_no_new_library(threaded: MainWindow, qtbot: object,  # noqa: F811
                                                                      tmp_path: Path) -> None:
    teammate = ReaderService.open(tmp_path / "teammate", annotator="Ines", isolated=False)
    try:
        assert teammate.add_file(SAMPLES / "harbour_council.txt").record is not None
        bundle = tmp_path / "ines.dossier"
        bundle.write_bytes(teammate.export("dossier", with_documents=True))
    finally:
        teammate.close()
    folder = Path(threaded.service.folder)
    os.rename(folder, folder.with_name(folder.name + "-moved"))
    threaded.library.import_file(str(bundle), confirm=False)
    qtbot.waitUntil(lambda: not threaded.runner.busy(), timeout=60_000)  # type: ignore[attr-defined]
    assert "no longer at" in threaded.last_error and "moved, renamed or deleted" in threaded.last_error
    assert not (folder / "library.sqlite3").exists()


def test_a_second_opener_refuses_a_library_that_is_not_there(tmp_path: Path) -> None:
    import pytest

    with pytest.raises(StoreError, match="no longer at"):
        ReaderService.open(tmp_path / "gone", isolated=False, must_exist=True)
    assert not (tmp_path / "gone").exists()
    ReaderService.open(tmp_path / "new", isolated=False).close()  # the first opener still makes a new library
    assert (tmp_path / "new" / "library.sqlite3").is_file()
