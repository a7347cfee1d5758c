"""A library on a read-only medium (a CD, a mounted share, a snapshot): read commands work, write
commands say why they cannot. Tests run as root, which ignores permission bits, so the read-only mount is
simulated where the library asks for it (`os.statvfs`); SQLite then really opens the file read-only."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.cli import main
from tests.unwritable import read_only_mount as mount_read_only


def _run(library: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def library(tmp_path: Path, samples: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    lib = tmp_path / "lib"
    source = str(samples / "harbour_council.txt")
    assert _run(lib, "add", source)[0] == 0
    assert _run(lib, "annotate", source, "--quote", "Tomas Ek", "--kind", "entity", "--type", "PERSON")[0] == 0
    return lib


@pytest.fixture
def read_only_mount(library: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    mount_read_only(monkeypatch, library)
    return library


def test_read_commands_work_on_a_read_only_library(read_only_mount: Path) -> None:
    code, out, err = _run(read_only_mount, "list")
    assert code == 0 and "Harbour council" in out and "damaged" not in err
    code, out, err = _run(read_only_mount, "show", out.split()[0])
    assert code == 0 and "Tomas Ek" in out
    code, out, err = _run(read_only_mount, "search", "tomas")
    assert code == 0 and "[Tomas] Ek" in out


@pytest.mark.parametrize("args", [
    ("annotate", "{doc}", "--quote", "harbour", "--kind", "highlight"),
    ("add", "{doc}"), ("undo",), ("reindex",), ("remove", "{doc}"),
])
def test_write_commands_say_the_library_is_read_only(read_only_mount: Path, samples: Path,
                                                     args: tuple[str, ...]) -> None:
    before = (read_only_mount / "library.sqlite3").read_bytes()
    code, _, err = _run(read_only_mount, *(a.format(doc=samples / "harbour_council.txt") for a in args))
    assert code == 1 and "is read-only" in err and err.count("\n") == 1
    assert (read_only_mount / "library.sqlite3").read_bytes() == before


def test_the_store_itself_refuses_edits_when_read_only(read_only_mount: Path) -> None:
    from annotations.errors import StoreError
    from annotations.store import Store

    store = Store.open(read_only_mount / "library.sqlite3")
    try:
        assert store.read_only
        with pytest.raises(StoreError, match="read-only; nothing was changed"):
            store.set_codebook(store.codebook())
    finally:
        store.close()


def test_an_nfd_quote_finds_nfc_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    article = tmp_path / "cafe.txt"
    article.write_text("Le café du port\n\nLe café du port a fermé ses portes mardi, selon le maire.\n",
                       encoding="utf-8")
    lib = tmp_path / "lib"
    assert _run(lib, "add", str(article))[0] == 0
    code, out, err = _run(lib, "annotate", str(article), "--quote", "cafe\u0301 du port", "--occurrence", "2",
                          "--kind", "highlight")
    assert code == 0, err
