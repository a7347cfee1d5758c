"""The `dossier` command (and `python main.py`, `python -m reader`): a command word runs the CLI, no command
starts the desktop app, `--install-desktop-entry` / `--remove-desktop-entry` add it to or take it off the desktop
menu. Qt is imported only when the app starts, never for the CLI or the desktop entry."""
from __future__ import annotations

import sys

from reader.cli import command_word, unknown_command

DESKTOP_FLAGS = ("--install-desktop-entry", "--remove-desktop-entry")


def run(argv: list[str]) -> int:
    words = [a for a in argv if not a.startswith("-")]
    flags = [a for a in argv if a in DESKTOP_FLAGS]
    if flags:
        from reader.desktop import main as desktop_main

        return desktop_main(flags[0], [a for a in argv if a not in flags])
    if {"-h", "--help"} & set(argv) and not words:
        from reader.cli import main as cli_main

        return cli_main(argv)
    if command_word(argv) is not None:
        from reader.cli import main as cli_main

        return cli_main(argv)
    if refused := unknown_command(argv):
        print(refused, file=sys.stderr)
        return 2
    from reader.ui.app import start_app

    return start_app(argv)


def main() -> int:
    """Entry point of the installed `dossier` command."""
    return run(sys.argv[1:])
