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
from functools import lru_cache
from typing import Any

from annotations.errors import ValidationError

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


@lru_cache(maxsize=512)
def _primary(code: str) -> str:
    """A primary language subtag as BCP-47 writes it, by langcodes' copy of the IANA registry: an ISO 639-2/3
    code with a two-letter form becomes it ("ukr", "ara", "deu", "ger" -> "uk", "ar", "de"), a deprecated one
    its replacement ("iw" -> "he"); "" when it is no language ("ua" is a country, "xx" nothing)."""
    import langcodes

    code = code.lower()
    if code == "und" or not langcodes.tag_is_valid(code):
        return ""
    mapped = langcodes.Language.get(code).language or ""
    return mapped if mapped and len(mapped) <= len(code) else code


def normalise_tag(tag: str) -> str:
    """A declared language (`<html lang="EN-us">`, "en_GB", "ukr-UA") as a BCP-47 tag ("en-US", "en-GB",
    "uk-UA"); "" when it is not one (`lang="ua"`, a country code)."""
    tag = (tag or "").strip().replace("_", "-")
    if not _TAG.match(tag):
        return ""
    primary, *rest = tag.split("-")
    primary = _primary(primary)
    if not primary:
        return ""
    subtags = [s.upper() if len(s) == 2 else (s.title() if len(s) == 4 else s.lower()) for s in rest]
    return "-".join([primary, *subtags])


def known_language(tag: str) -> str:
    """An analyst's language code with its primary subtag checked and written the BCP-47 way ("ukr-UA" ->
    "uk-UA", "deu" -> "de"; "" stays ""). Raises ValidationError naming the problem for a code that is no
    language: "ua" (a country code: the message proposes the country's language, "uk"), "xx"."""
    if not tag:
        return ""
    primary, _, rest = tag.partition("-")
    code = _primary(primary)
    if code:
        return code + (("-" + rest) if rest else "")
    raise ValidationError(_unknown_message(primary))


def _unknown_message(code: str) -> str:
    import langcodes
    from babel import Locale

    english = Locale("en")
    country = english.territories.get(code.upper()) if len(code) == 2 else None
    if country:
        spoken = langcodes.Language.get("und-" + code.upper()).maximize().language or ""
        name = english.languages.get(spoken, "")
        hint = f"; the language code for {name} is {spoken}" if spoken and name else ""
        return f"“{code}” is the country code of {country}, not a language code{hint}."
    return f"“{code}” is not a known language code: use a code such as en, fr, uk, ar or pt-BR."


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
