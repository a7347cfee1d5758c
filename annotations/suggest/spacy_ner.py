"""Optional extra suggester: spaCy's named-entity recogniser, used only when spaCy and an English pipeline
are already installed (detected, never downloaded — Dossier stays offline) and only on English documents
(or documents of unknown language). Its labels map onto the codebook's and its spans are cut to the
codebook's conventions ("the World Bank" -> "World Bank"); its people and places join the rules' mentions as
`extra`, weighed below library, gazetteer and pattern names.

Which pipeline: DOSSIER_SPACY_MODEL (a package name or a pipeline directory) if set, else the largest
official English pipeline installed (en_core_web_trf/lg/md/sm), else any installed package that registers
an English pipeline with spaCy ("spacy_models" entry point named en_*, e.g. a re-upload under another name).
Only the recogniser runs (its own token-to-vector layer; tagger, parser and lemmatizer are not loaded)."""
from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import os
import re
from functools import lru_cache
from typing import Any

from annotations.language import base_language
from annotations.suggest import Suggestion

LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "DATE": "DATE",
          "TIME": "DATE", "MONEY": "QUANTITY", "QUANTITY": "QUANTITY", "PERCENT": "QUANTITY", "NORP": "MISC",
          "EVENT": "EVENT"}
MAX_CHARS = 1_000_000
CHUNK = 20_000
"""Characters per piece the recogniser reads at a time (see `chunks`)."""
"""A longer text gets the rules' suggestions only (the recogniser would take minutes)."""
OFFICIAL = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
ENV = "DOSSIER_SPACY_MODEL"
_DETERMINERS = frozenset({"the", "The", "THE", "a", "A", "an", "An"})
NAME_TYPES = ("PERSON", "ORG", "PLACE")
USED = ("PERSON", "PLACE")
"""What joins the rules: people and places. OntoNotes' organisations differ most from the codebook's (products,
awards, a party as a modifier, "news agency"; spaCy alone scores ORG F1 0.29-0.62 on real news) and with them
the combination lost 0.02-0.08 F1 on the articles the rules fit, for +0.01 on fresh ones (bench/eval_spacy.py)."""
_POSSESSIVE = ("'s", "’s", "'", "’")


def installed_model() -> str | None:
    """The English spaCy pipeline to use (see the module's doc), or None — without importing spaCy."""
    if importlib.util.find_spec("spacy") is None:
        return None
    chosen = os.environ.get(ENV, "").strip()
    if chosen:
        return chosen if os.path.isdir(chosen) or importlib.util.find_spec(chosen) is not None else None
    for name in OFFICIAL:
        if importlib.util.find_spec(name) is not None:
            return name
    return next((name for name in _registered() if importlib.util.find_spec(name) is not None), None)


@lru_cache(maxsize=1)
def _registered() -> tuple[str, ...]:
    """English pipelines registered with spaCy by installed packages (read once: ~10 ms per look)."""
    return tuple(sorted(e.name for e in importlib.metadata.entry_points(group="spacy_models")
                        if e.name.startswith("en_")))


@lru_cache(maxsize=2)
def _pipeline(name: str) -> Any:
    spacy = importlib.import_module("spacy")
    nlp = spacy.load(name, exclude=["tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "textcat"])
    if "tok2vec" in nlp.pipe_names and "ner" not in getattr(nlp.get_pipe("tok2vec"), "listening_components", ["ner"]):
        nlp.remove_pipe("tok2vec")  # the tagger's and parser's; the official recognisers embed their own (-30%)
    nlp.max_length = MAX_CHARS
    return nlp


@lru_cache(maxsize=4)
def _entities(name: str, text: str) -> tuple[tuple[int, int, str], ...]:
    """The pipeline's entities (start, end, OntoNotes label), kept for the last few texts: suggestions are
    recomputed after every accept or reject while the text stays the same, and the recogniser is ~50 times
    slower than the rules. Plain tuples: a kept span would keep its whole parsed document alive."""
    nlp = _pipeline(name)
    parts = chunks(text)
    docs = nlp.pipe((part for _, part in parts), batch_size=1)  # one piece at a time: memory stays flat
    return tuple((base + ent.start_char, base + ent.end_char, ent.label_)
                 for (base, _), doc in zip(parts, docs) for ent in doc.ents)


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, str]]:
    """(offset, piece) cuts of the text, each ending at a line break where one falls in the last half of
    `size` characters (else after a sentence's full stop, else at a space). Read one by one, a megabyte peaks
    at ~0.5 GB instead of ~3.8 GB as one document (en_core_web_md), and is ~20% faster; no name crosses a
    line break."""
    out = []
    start = 0
    while len(text) - start > size:
        end, half = start + size, start + size // 2
        line, sentence, space = text.rfind("\n", half, end), text.rfind(". ", half, end), text.rfind(" ", half, end)
        cut = line + 1 if line >= 0 else sentence + 2 if sentence >= 0 else space + 1 if space >= 0 else end
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def english(language: str) -> bool:
    """spaCy's pipelines here are English: a document declared or detected in another language gets none."""
    return base_language(language) in ("", "en")


def suggest_spacy(text: str, language: str = "", model: str | None = None,
                  types: tuple[str, ...] = USED) -> list[Suggestion]:
    """spaCy's entities of `types` as suggestions, in the codebook's types and span conventions (empty when
    no pipeline is installed, the document is not English, or the text is too long). By default people and
    places only (`USED`): dates and quantities are the patterns' (they follow the codebook's spans; spaCy's do
    not), organisations the rules'."""
    name = model or installed_model()
    if name is None or not english(language) or len(text) > MAX_CHARS:
        return []
    spans = []
    for ent_start, ent_end, ent_label in _entities(name, text):
        label = LABELS.get(ent_label)
        if label not in types:
            continue
        start, end = codebook_span(text, ent_start, ent_end, label)
        if end > start:
            spans.append((start, end, label))
    named = {w for a, b, label in spans if label == "PERSON" and " " in text[a:b] for w in text[a:b].split()}
    lower = {w for a, b, _ in spans if " " not in text[a:b] for w in [text[a:b].lower()] if w != text[a:b]}
    common = {w for w in lower if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)} if lower else set()
    return [Suggestion("entity", a, b, text[a:b], label, source="spacy") for a, b, label in spans
            if " " in text[a:b] or text[a:b].lower() not in common and
            (label != "PERSON" or one_name(text[a:b], named))]


def one_name(word: str, named: set[str]) -> bool:
    """A person named by one word is named by a given name ("Gloria") or by a word of a name the text gives
    in full ("Lukaku" after "Romelu Lukaku"): "Iodine", "Firefox" or "Tuscany" alone are no people."""
    from annotations.suggest.names import name_lists

    return word in named or word in name_lists()[0]


def codebook_span(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """The span cut to the codebook's conventions: no surrounding spaces or unclosed bracket ("World Health
    Organisation (WHO"), no leading determiner ("the World Bank" -> "World Bank", OntoNotes includes it),
    no lower-case words at either end ("state Democratic Party", "Associated Press news agency": lower-case
    descriptions are no part of a name), nothing after a possessive inside ("Walker’s Greensboro-area"), no
    title before a person's name ("Ms Bauchtman" -> "Bauchtman") and no possessive ending on a name."""
    bracket = text.find("(", start, end)
    if bracket >= 0 and text.find(")", bracket, end) < 0:
        end = bracket if bracket > start else end
        start = start + 1 if bracket == start else start
    while start < end and text[start].isspace() or label in NAME_TYPES and start < end and not text[start].isalnum():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if label in NAME_TYPES:
        start, end = _name_words(text, start, end)
    if label == "PERSON":
        from annotations.suggest.names import title_words

        titles = title_words()
        first = text.find(" ", start, end)
        while first > start and text[start:first].rstrip(".") in titles:
            start = first + 1
            first = text.find(" ", start, end)
    if label in NAME_TYPES:
        for ending in _POSSESSIVE:
            if text.endswith(ending, start, end) and end - start > len(ending) + 1:
                end -= len(ending)
                break
    return start, end


def _name_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without its leading determiner and lower-case words at either end, cut before a word that
    follows a possessive inside it; (start, start) when no word of it has a capital."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    while words and (text[words[0][0]:words[0][1]] in _DETERMINERS or not _capitalised(text, *words[0])):
        words.pop(0)
    for i, (a, b) in enumerate(words[:-1]):
        if text.endswith(_POSSESSIVE[:2], a, b):
            words = words[:i + 1]
            break
    while words and not _capitalised(text, *words[-1]):
        words.pop()
    return (words[0][0], words[-1][1]) if words else (start, start)


def _capitalised(text: str, start: int, end: int) -> bool:
    return any(c.isupper() or c.isdigit() for c in text[start:end])


_WORD = re.compile(r"\S+")
