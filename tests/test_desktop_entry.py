"""`dossier --install-desktop-entry` (reader.desktop): the per-user menu entry, icon and MIME type, the Exec
line's quoting, and the app importing a `.dossier` bundle it is opened with (what the MIME type makes it do)."""
from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotations.resources import resource
from reader import desktop
from reader.launch import run


def test_exec_arguments_are_quoted_and_escaped_as_the_desktop_entry_spec_says() -> None:
    assert desktop.exec_argument("/home/ann/.local/bin/dossier") == "/home/ann/.local/bin/dossier"
    assert desktop.exec_argument("/opt/my apps/dossier") == '"/opt/my apps/dossier"'
    assert desktop.exec_argument("/opt/100%/dossier") == "/opt/100%%/dossier"
    # inside quotes " ` $ \ get a backslash; then every backslash is doubled (Exec is an escaped string value)
    assert desktop.exec_argument('/a "b"/$x\\y') == '"/a \\\\"b\\\\"/\\\\$x\\\\\\\\y"'
    with pytest.raises(desktop.DesktopEntryError):
        desktop.exec_argument("/tmp/evil\nExec=rm")


def test_the_entry_runs_the_given_command_and_keeps_the_rest_of_the_bundled_entry() -> None:
    entry = desktop.desktop_entry(["/opt/my apps/bin/python", "-m", "reader"]).splitlines()
    bundled = resource("desktop", "dossier.desktop").read_text(encoding="utf-8").splitlines()
    assert [line for line in entry if line.startswith("Exec=")] == ['Exec="/opt/my apps/bin/python" -m reader %f']
    assert [line for line in entry if not line.startswith("Exec=")] == [
        line for line in bundled if not line.startswith("Exec=")]
    (mime_types,) = [line for line in entry if line.startswith("MimeType=")]
    assert desktop.MIME_TYPE in mime_types.removeprefix("MimeType=").split(";")
    assert "Icon=dossier" in entry


def test_install_writes_entry_icons_and_mime_type_and_remove_takes_them_away(tmp_path: Path) -> None:
    placed = desktop.install(tmp_path, command=["/usr/bin/dossier"], platform="linux", refresh=False)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in placed.files) == [
        "applications/dossier.desktop", "icons/hicolor/scalable/apps/dossier.svg",
        "icons/hicolor/scalable/mimetypes/application-x-dossier.svg", "mime/packages/dossier.xml"]
    assert "Exec=/usr/bin/dossier %f" in (tmp_path / "applications/dossier.desktop").read_text().splitlines()
    icon = resource("desktop", "dossier.svg").read_bytes()
    assert (tmp_path / "icons/hicolor/scalable/apps/dossier.svg").read_bytes() == icon
    mime = ET.parse(tmp_path / "mime/packages/dossier.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    (kind,) = mime.findall(f"{ns}mime-type")
    assert kind.get("type") == desktop.MIME_TYPE
    assert [g.get("pattern") for g in kind.findall(f"{ns}glob")] == ["*.dossier"]

    again = desktop.install(tmp_path, command=["/opt/dossier"], platform="linux", refresh=False)
    assert again.files == placed.files
    assert "Exec=/opt/dossier %f" in (tmp_path / "applications/dossier.desktop").read_text().splitlines()

    assert desktop.remove(tmp_path, platform="linux", refresh=False).files == placed.files
    assert not any(p.exists() for p in placed.files)
    assert desktop.remove(tmp_path, platform="linux", refresh=False).files == []


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_are_told_there_is_no_desktop_entry_to_install(tmp_path: Path, platform: str) -> None:
    with pytest.raises(desktop.DesktopEntryError, match="freedesktop"):
        desktop.install(tmp_path, command=["dossier"], platform=platform)
    assert not any(tmp_path.iterdir())


def test_the_data_folder_follows_xdg_and_ignores_a_relative_setting(tmp_path: Path) -> None:
    assert desktop.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    assert desktop.data_home({"XDG_DATA_HOME": "relative/data"}) == Path.home() / ".local" / "share"
    assert desktop.data_home({}) == Path.home() / ".local" / "share"


def test_the_menu_runs_the_installed_command_or_else_this_python(tmp_path: Path) -> None:
    script = tmp_path / "bin" / "dossier"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    assert desktop.launch_command(str(script), "/venv/bin/python") == [str(script)]
    assert desktop.launch_command("main.py", "/venv/bin/python") == ["/venv/bin/python", "-m", "reader"]
    assert desktop.launch_command(str(tmp_path / "missing" / "dossier"), "/py") == ["/py", "-m", "reader"]


def test_the_command_line_flags_install_and_remove_for_this_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(desktop, "_refresh_caches", lambda home: [])
    assert run(["--install-desktop-entry"]) == 0
    assert f"wrote {tmp_path / 'applications' / 'dossier.desktop'}" in capsys.readouterr().out
    assert run(["--install-desktop-entry", "extra"]) == 2
    assert "takes no other arguments" in capsys.readouterr().err
    assert run(["--remove-desktop-entry"]) == 0
    assert not (tmp_path / "applications" / "dossier.desktop").exists()
    assert run(["--remove-desktop-entry"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_installed_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    desktop.install(tmp_path, command=["/opt/my apps/dossier"], platform="linux", refresh=False)
    done = subprocess.run(["desktop-file-validate", str(tmp_path / "applications/dossier.desktop")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
def test_the_mime_database_learns_that_dossier_files_are_bundles(tmp_path: Path) -> None:
    placed = desktop.install(tmp_path, command=["/usr/bin/dossier"], platform="linux")
    assert any(note.startswith("ran update-mime-database") for note in placed.notes), placed.notes
    assert f"{desktop.MIME_TYPE}:*.dossier" in (tmp_path / "mime" / "globs2").read_text()


@pytest.mark.gui
def test_the_app_opened_with_a_bundle_previews_importing_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           qapp: object) -> None:
    from reader.ui import app
    from reader.ui.library_control import LibraryController

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    asked: list[tuple[str | None, bool]] = []
    monkeypatch.setattr(LibraryController, "import_file", lambda self, path=None, confirm=True: asked.append((path, confirm)))
    bundle = tmp_path / "from a colleague.dossier"
    bundle.write_bytes(b"PK")
    assert app.start_app(["--library", str(tmp_path / "lib"), "--screenshot", str(tmp_path / "s.png"),
                          str(bundle)]) == 0
    assert asked == [(str(bundle), False)]  # --screenshot: nobody is there to confirm, so no dialog


def test_usage_lines_name_the_command_the_way_it_was_started() -> None:
    from reader.cli import _prog

    assert _prog(Path("/home/ann/.local/bin/dossier")) == "dossier"
    assert _prog(Path("C:/Users/ann/venv/Scripts/dossier.exe")) == "dossier"
    assert _prog(Path("/venv/lib/python3.11/site-packages/reader/__main__.py")) == "python -m reader"
    assert _prog(Path("/venv/lib/python3.11/site-packages/pytest/__main__.py")) == "python main.py"
    assert _prog(Path("main.py")) == "python main.py"
