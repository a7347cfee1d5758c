"""`python main.py [--library DIR] [FILE]` without a command. Until the desktop app lands, this adds
FILE (default: the bundled sample) and prints it with its annotations, as `add` + `show` would."""
from __future__ import annotations

import argparse
from pathlib import Path

from reader.cli import main as cli_main

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "grid_shortfall.html"


def start_app(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python main.py")
    parser.add_argument("--library", metavar="DIR")
    parser.add_argument("file", nargs="?", default=str(SAMPLE))
    args = parser.parse_args(argv)
    lib = ["--library", args.library] if args.library else []
    code = cli_main([*lib, "add", args.file])
    return code or cli_main([*lib, "show", args.file])
