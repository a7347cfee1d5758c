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


def _teammates_bundle(tmp_path: Path) -> Path:
    """A teammate's bundle of the harbour article, with the file."""
    teammate = ReaderService.open(tmp_path / "teammate", annotator="Ines", isolated=False)
    try:
        assert teammate.add_file(SAMPLES / "harbour_council.txt").record is not None
        bundle = tmp_path / "ines.dossier"
        bundle.write_bytes(teammate.export("dossier", with_documents=True))
    finally:
        teammate.close()
    return bundle


def _renamed(window: MainWindow) -> Path:
    """The window's library folder renamed under it; the path it had."""
    folder = Path(window.service.folder)
    os.rename(folder, folder.with_name(folder.name + "-moved"))
    return folder


def test_an_import_after_the_folder_was_renamed_makes_no_new_library(threaded: MainWindow, qtbot: object,  # noqa: F811
                                                                      tmp_path: Path) -> None:
    bundle, folder = _teammates_bundle(tmp_path), _renamed(threaded)
    threaded.library.import_file(str(bundle), confirm=False)
    qtbot.waitUntil(lambda: not threaded.runner.busy(), timeout=60_000)  # type: ignore[attr-defined]
    assert "no longer at" in threaded.last_error and "moved, renamed or deleted" in threaded.last_error
    assert not (folder / "library.sqlite3").exists()


def test_an_import_into_another_library_put_at_the_old_place_is_refused(threaded: MainWindow,  # noqa: F811
                                                                        qtbot: object, tmp_path: Path) -> None:
    """The folder renamed and another library put at its old place (a backup restored, folders swapped): the
    import went into that other library (an outside tester, stop 52)."""
    bundle, folder = _teammates_bundle(tmp_path), _renamed(threaded)
    ReaderService.open(folder, isolated=False).close()  # another library where it was
    threaded.library.import_file(str(bundle), confirm=False)
    qtbot.waitUntil(lambda: not threaded.runner.busy(), timeout=60_000)  # type: ignore[attr-defined]
    assert "no longer at" in threaded.last_error
    other = ReaderService.open(folder, isolated=False)
    try:
        assert other.documents() == []  # nothing went into it
    finally:
        other.close()


def test_a_second_opener_refuses_a_library_that_is_not_there(tmp_path: Path) -> None:
    import pytest

    with pytest.raises(StoreError, match="no longer at"):
        ReaderService.open(tmp_path / "gone", isolated=False, same_as="any-id")
    assert not (tmp_path / "gone").exists()
    first = ReaderService.open(tmp_path / "new", isolated=False)  # the first opener still makes a new library
    first.close()
    assert (tmp_path / "new" / "library.sqlite3").is_file()
    other = ReaderService.open(tmp_path / "other", isolated=False)
    other.close()
    with pytest.raises(StoreError, match="no longer at"):  # another library where it was: not the one open
        ReaderService.open(tmp_path / "other", isolated=False, same_as=first.library_id)
