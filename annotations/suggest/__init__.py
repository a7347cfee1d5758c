"""Offline suggestions: entity mentions and candidate claims, never stored until accepted. Qt-free."""
from __future__ import annotations

from annotations.suggest.compiled import use_compiled

COMPILED: bool = use_compiled(__path__)
"""True when the rules below run as mypyc-compiled modules (see compiled.py), False when as Python."""

from annotations.suggest.suggestion import Suggestion  # noqa: E402  (after the choice: compiled with the rules)

__all__ = ["COMPILED", "Suggestion"]
