"""A document's language: detected offline from its text, or taken from what the file declares.

Detection is py3langid's (a maintained fork of langid.py: a naive Bayes model over byte n-grams for 97
languages, shipped inside the package, 4.5 MB installed, BSD). It was chosen over lingua (more accurate
on a few words, but a model of >100 MB), langdetect (unmaintained since 2021, random unless seeded) and
fastText (its model is not in a package, so it would have to be downloaded or shipped here). Articles are
long enough for an n-gram model; a text too short or too mixed to call gets "" (unknown), never a guess.

Codes are BCP-47 language tags ("uk", "pt-BR"); "" means not known.
"""
from __future__ import annotations

import re
import threading
from typing import Any

SAMPLE_CHARS = 4_000
"""Detection reads the text's first characters (a long document's start says its language)."""
MIN_LETTERS = 20
"""Fewer letters than this (a title, a table of numbers) is too little to call."""
MIN_CONFIDENCE = 0.80
"""py3langid's normalised probability below which the answer is "" (unknown)."""

_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_URL = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+")
_lock = threading.Lock()
_identifier: Any = None


def _model() -> Any:
    """py3langid's identifier with normalised probabilities, loaded once (0.6 s) on first use."""
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _identifier


def detect_language(text: str) -> str:
    """The language of `text` as a BCP-47 code, or "" when there is too little text or no clear answer."""
    sample = _URL.sub(" ", text[:SAMPLE_CHARS])
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return ""
    code, confidence = _model().classify(sample)
    return str(code) if confidence >= MIN_CONFIDENCE and code != "und" else ""


def normalise_tag(tag: str) -> str:
    """A declared language (`<html lang="EN-us">`, "en_GB") as a BCP-47 tag ("en-US", "en-GB"); "" when it is
    not one."""
    tag = (tag or "").strip().replace("_", "-")
    if not _TAG.match(tag):
        return ""
    primary, *rest = tag.split("-")
    subtags = [s.upper() if len(s) == 2 else (s.title() if len(s) == 4 else s.lower()) for s in rest]
    return "-".join([primary.lower(), *subtags])


def base_language(tag: str) -> str:
    """The primary language subtag: "pt-BR" -> "pt", "" -> ""."""
    return normalise_tag(tag).split("-")[0]


def document_language(declared: str, text: str) -> str:
    """The language a document is stored with: what the file declares ("en-GB" keeps its region) unless
    the text clearly says otherwise (a site template's `lang="en"` on a Russian article), else detected."""
    declared = normalise_tag(declared)
    detected = detect_language(text)
    if declared and (not detected or base_language(declared) == detected):
        return declared
    return detected
