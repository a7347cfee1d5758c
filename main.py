"""Dossier's entry point: `python main.py COMMAND ...` runs the CLI; no command starts the desktop app."""
from __future__ import annotations

import sys

from reader.cli import COMMANDS


def run(argv: list[str]) -> int:
    words = [a for a in argv if not a.startswith("-")]
    if {"-h", "--help"} & set(argv) and not words:
        from reader.cli import main as cli_main

        return cli_main(argv)
    if any(w in COMMANDS for w in words[:2]):
        from reader.cli import main as cli_main

        return cli_main(argv)
    from reader.ui.app import start_app  # Qt is imported only when the app starts, never for the CLI

    return start_app(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
