"""Who is annotating: the name the person gave (asked on the app's first run, changed in Settings), kept in
one small file beside the settings so that the app and the command line credit the same person. Qt-free.

Order: `$DOSSIER_ANNOTATOR` (scripts, CI, a shared machine), else the saved name, else the computer's
login name — which is only a fallback: it is never printed as a trainer on a briefing pack.
"""
from __future__ import annotations

import getpass
import json
import os
import unicodedata
from pathlib import Path

import platformdirs

from annotations.atomic import write_bytes_atomic

MAX_NAME = 120
FILE_NAME = "identity.json"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir("Dossier", appauthor=False))


def identity_path(folder: Path | None = None) -> Path:
    return (folder or config_dir()) / FILE_NAME


def saved_name(folder: Path | None = None) -> str:
    """The name the person gave, or "" (never asked, or the file is unreadable)."""
    try:
        data = json.loads(identity_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    name = data.get("annotator", "") if isinstance(data, dict) else ""
    return clean_name(name) if isinstance(name, str) else ""


def clean_name(name: str) -> str:
    """A name as it is credited: one line of at most `MAX_NAME` characters, without control characters or the
    marks that turn text around (`\x01` and a right-to-left override were kept; an outside tester, stop 54)."""
    return one_line(name)[:MAX_NAME]


def one_line(text: str) -> str:
    """`text` as one line without control characters or the marks that turn text around (a PDF's /Title, a
    name): white space runs become one space."""
    kept = "".join(ch for ch in text if ch.isspace() or (unicodedata.category(ch) != "Cc" and ch not in _TURNING))
    return " ".join(kept.split())


_TURNING = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def save_name(name: str, folder: Path | None = None) -> None:
    """Remember the annotator's name (atomically; "" forgets it)."""
    path = identity_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, json.dumps({"annotator": clean_name(name)}, ensure_ascii=False).encode("utf-8"))


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return "annotator"


def real_name_guess() -> str:
    """The account's full name (GECOS) when it has one that is not just the login: a suggestion, never
    used without the person confirming it."""
    try:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, AttributeError, OSError):
        return ""
    return gecos if gecos and gecos.lower() != login_name().lower() else ""


def annotator(folder: Path | None = None) -> tuple[str, bool]:
    """(name, is_only_the_login_name)."""
    name = clean_name(os.environ.get("DOSSIER_ANNOTATOR", "")) or saved_name(folder)
    return (name, False) if name else (login_name(), True)
