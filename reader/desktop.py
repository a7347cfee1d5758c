"""Dossier in the desktop menu of a freedesktop desktop (GNOME, KDE, Xfce, ...), per user, without root:
`dossier --install-desktop-entry` writes the `.desktop` entry, the SVG icon and the `application/x-dossier`
MIME type (`*.dossier` note bundles open with Dossier, which previews the import) under $XDG_DATA_HOME
(default ~/.local/share); `dossier --remove-desktop-entry` takes them away again.

The bundled entry (resources/desktop/dossier.desktop) runs `dossier` from the PATH, which suits a distribution
package; the installed copy runs the very command that installed it, by absolute path, because pipx's
~/.local/bin is often not on the PATH a desktop session starts programs with. Qt-free.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from annotations.atomic import write_bytes_atomic
from annotations.resources import resource

APP_ID = "dossier"
MIME_TYPE = "application/x-dossier"
_RESERVED = frozenset(' \t"\'\\><~|&;$*?#()`')
"""Characters that make a desktop-entry Exec argument need quoting (Desktop Entry Specification, 'Exec key')."""


class DesktopEntryError(Exception):
    """The entry cannot be written as asked (an unsupported platform, a command with a line break)."""


@dataclass(frozen=True)
class Placed:
    """What install/remove did: the files written or removed, and the cache tools that ran (or why not)."""

    files: list[Path]
    notes: list[str] = field(default_factory=list)


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME if it is set to an absolute path (the spec says to ignore anything else), else ~/.local/share."""
    value = (os.environ if environ is None else environ).get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launch_command(argv0: str | None = None, executable: str | None = None) -> list[str]:
    """The command the menu entry runs: the installed `dossier` script that is running now (a pipx or venv
    bin/dossier, by absolute path, symlinks kept so a pipx upgrade still finds it), else this Python with
    `-m reader` (e.g. when run as `python main.py` in a checkout)."""
    script = Path(sys.argv[0] if argv0 is None else argv0)
    if script.stem == APP_ID and script.is_file():
        return [str(script.absolute())]
    return [sys.executable if executable is None else executable, "-m", "reader"]


def exec_argument(arg: str) -> str:
    """One argument as the Exec key wants it: `%` doubled, quoted when it holds a reserved character (with `"`,
    `` ` ``, `$` and `\\` backslashed inside the quotes), then every backslash doubled again because Exec is
    itself a desktop-entry string value."""
    if "\n" in arg or "\r" in arg:
        raise DesktopEntryError(f"a desktop entry cannot run a command with a line break in it: {arg!r}")
    arg = arg.replace("%", "%%")
    if any(c in _RESERVED for c in arg):
        arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return arg.replace("\\", "\\\\")


def desktop_entry(command: list[str]) -> str:
    """The bundled entry with its Exec line running `command` on the file it is given (%f)."""
    lines = resource("desktop", "dossier.desktop").read_text(encoding="utf-8").splitlines()
    exec_line = "Exec=" + " ".join(exec_argument(a) for a in command) + " %f"
    return "\n".join(exec_line if line.startswith("Exec=") else line for line in lines) + "\n"


def _targets(home: Path) -> dict[Path, Path]:
    """Installed file -> the bundled file it is made from."""
    icon = resource("desktop", "dossier.svg")
    return {
        home / "applications" / f"{APP_ID}.desktop": resource("desktop", "dossier.desktop"),
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": icon,
        home / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{MIME_TYPE.replace('/', '-')}.svg": icon,
        home / "mime" / "packages" / f"{APP_ID}.xml": resource("desktop", "dossier-mime.xml"),
    }


def _refresh_caches(home: Path) -> list[str]:
    """Rebuild the per-user MIME and desktop-entry caches when their tools are installed (shared-mime-info,
    desktop-file-utils); without them the desktop picks the files up at its next scan."""
    notes = []
    for tool, folder in (("update-mime-database", home / "mime"), ("update-desktop-database", home / "applications")):
        found = shutil.which(tool)
        if found is None:
            notes.append(f"{tool} not installed; the desktop will notice the change at its next scan")
            continue
        done = subprocess.run([found, str(folder)], capture_output=True, text=True, check=False)
        notes.append(f"ran {tool} {folder}" if done.returncode == 0
                     else f"{tool} failed ({done.returncode}): {done.stderr.strip()[:200]}")
    return notes


def _check_platform(platform: str) -> None:
    if platform in ("darwin", "win32", "cygwin"):
        raise DesktopEntryError("desktop entries are for Linux and BSD desktops (freedesktop.org); on this system "
                                "start Dossier with the `dossier` command")


def install(home: Path | None = None, command: list[str] | None = None, platform: str = sys.platform,
            refresh: bool = True) -> Placed:
    """Write the entry, icons and MIME type under `home` (default: data_home()); replaces an earlier install."""
    _check_platform(platform)
    home = data_home() if home is None else home
    entry = desktop_entry(launch_command() if command is None else command)
    written = []
    for target, source in _targets(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        data = entry.encode("utf-8") if target.suffix == ".desktop" else source.read_bytes()
        write_bytes_atomic(target, data, durable=False)
        written.append(target)
    return Placed(written, _refresh_caches(home) if refresh else [])


def remove(home: Path | None = None, platform: str = sys.platform, refresh: bool = True) -> Placed:
    """Delete what install() wrote (whatever of it is there)."""
    _check_platform(platform)
    home = data_home() if home is None else home
    removed = []
    for target in _targets(home):
        if target.exists():
            target.unlink()
            removed.append(target)
    return Placed(removed, _refresh_caches(home) if refresh and removed else [])


def main(flag: str, rest: list[str]) -> int:
    """`dossier --install-desktop-entry` / `--remove-desktop-entry`: one line per file, then the cache notes."""
    if rest:
        print(f"Dossier: {flag} takes no other arguments (got {' '.join(rest)})", file=sys.stderr)
        return 2
    try:
        placed = install() if flag == "--install-desktop-entry" else remove()
    except (DesktopEntryError, OSError) as exc:
        print(f"Dossier: {exc}", file=sys.stderr)
        return 1
    verb = "wrote" if flag == "--install-desktop-entry" else "removed"
    for path in placed.files:
        print(f"{verb} {path}")
    if not placed.files:
        print("nothing to remove: no Dossier desktop entry is installed")
    for note in placed.notes:
        print(note)
    return 0
