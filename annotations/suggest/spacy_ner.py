"""Optional extra suggester: spaCy's named-entity recogniser, used only when spaCy and an English model
are already installed (detected, never downloaded — Dossier stays offline). Its labels map onto the
codebook's; its mentions join the others with the lowest priority (library and gazetteer names win)."""
from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from typing import Any

from annotations.suggest import Suggestion

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "DATE": "DATE",
          "TIME": "DATE", "MONEY": "QUANTITY", "QUANTITY": "QUANTITY", "PERCENT": "QUANTITY", "NORP": "MISC",
          "EVENT": "EVENT"}
MAX_CHARS = 2_000_000
"""spaCy's own default limit is 1,000,000 characters; we raise it, but not without bound (memory)."""


def installed_model() -> str | None:
    """The name of an installed English spaCy pipeline (largest first), or None — no import of spaCy itself."""
    if importlib.util.find_spec("spacy") is None:
        return None
    for name in ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm"):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@lru_cache(maxsize=1)
def _pipeline(name: str) -> Any:
    spacy = importlib.import_module("spacy")
    nlp = spacy.load(name, exclude=["lemmatizer", "textcat"])
    nlp.max_length = MAX_CHARS
    return nlp


def suggest_spacy(text: str) -> list[Suggestion]:
    """spaCy's entities as suggestions (empty when no model is installed or the text is too long)."""
    name = installed_model()
    if name is None or len(text) > MAX_CHARS:
        return []
    doc = _pipeline(name)(text)
    out = []
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        exact = text[ent.start_char:ent.end_char]
        if label and exact.strip():
            out.append(Suggestion("entity", ent.start_char, ent.end_char, exact, label, source="spacy"))
    return out
