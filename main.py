"""Dossier's entry point in a checkout: `python main.py COMMAND ...` runs the CLI; no command starts the desktop
app. Installed, the same is the `dossier` command (reader.launch)."""
from __future__ import annotations

import sys

from reader.launch import run

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
