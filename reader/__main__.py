"""`python -m reader`: the same as the `dossier` command (used by the desktop entry when no command is installed)."""
import sys

from reader.launch import main

if __name__ == "__main__":
    sys.exit(main())
