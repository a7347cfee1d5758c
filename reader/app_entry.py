"""`python main.py [FILE]` without a CLI command starts the desktop app (imported lazily: the CLI never loads Qt)."""
from __future__ import annotations


def start_app(argv: list[str]) -> int:
    from reader.ui.app import start_app as start

    return start(argv)
