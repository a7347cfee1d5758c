"""Dossier's core: annotation model, store (SQLite, the truth), anchoring, undo and the search index.

Qt-free by contract (see `[tool.importlinter]` in pyproject.toml).
"""
