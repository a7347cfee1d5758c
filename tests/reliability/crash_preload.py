"""Imported by the crash test's forkserver before it forks the sessions it kills: py3langid's model (~0.9 s to
load, on a session's first add or import) is loaded there once and inherited by every session."""
from __future__ import annotations

from annotations.language import detect_language

detect_language("The harbour council voted on Thursday to build the barrier across the estuary.")
