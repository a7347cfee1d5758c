"""Dossier's core: annotation model, store (SQLite, the truth), anchoring, undo and the search index.

Qt-free by contract (see `[tool.importlinter]` in pyproject.toml).
"""
import logging

# The core logs for whoever looks into a problem (`--verbose`, or a handler an embedding program adds). With no
# handler of its own, Python printed its warnings on stderr ("index open failed: FileFormatError(…)") before the
# plain note a person reads.
logging.getLogger(__name__).addHandler(logging.NullHandler())
