"""Suggestions for one document, and turning them into annotations (accept) or into remembered
refusals (reject). Suggestions are computed on demand and never stored; only an accepted one becomes an
annotation, only a rejected one leaves a trace (so it does not come back for that document). Both are
one undoable step however many suggestions they cover."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace

from annotations.changes import Changes
from annotations.errors import ValidationError
from annotations.ids import now_iso
from annotations.library import AnnotationInput, Library
from annotations.model import Annotation, Kind, PageArea, Rejection, rejection_id
from annotations.suggest import Suggestion
from annotations.unnamed_sources import NOTE_PREFIX, UNNAMED_SOURCE_TAG


def suggest(library: Library, document_id: str, kind: str | None = None) -> list[Suggestion]:
    """Entity and/or claim suggestions for a document. Names the library knows (entities and their
    aliases) are suggested everywhere; annotated spans and rejected suggestions are skipped."""
    from annotations.suggest.claims import suggest_claims
    from annotations.suggest.entities import suggest_entities
    from annotations.suggest.spacy_ner import suggest_spacy
    from annotations.suggest.across_scripts import suggest_known_across_scripts
    from annotations.suggest.languages import suggest_claims_in_language
    from annotations.suggest.entities_languages import suggest_entities_in_language, veto_for_language

    store = library.store
    record = library.document(document_id)
    text = record.text.translate(_HYPHENS)  # the suggesters' view: same offsets, one hyphen
    annotations = [a for a in store.annotations(record.id) if not a.deleted]
    rejected = store.rejections(record.id)
    entities = {e.id: e for e in store.entities()}
    known = [(name, e.type, e.name) for e in entities.values() for name in e.names()]
    taken = [(a.target.start, a.target.end) for a in annotations if a.kind is Kind.ENTITY]
    refused = [(r.start, r.end) for r in rejected if r.kind == "entity"]
    across = suggest_known_across_scripts(text, known)  # other spellings of known names
    extra = [*suggest_spacy(text, record.language), *across,
             *suggest_entities_in_language(record.language, text, defer_to=across)]  # uk, ru, fr, de, ar
    found = suggest_entities(text, known, skip=taken + refused, extra=extra,
                             veto=veto_for_language(record.language))
    out: list[Suggestion] = []
    if kind in (None, "entity"):
        out += found
    if kind in (None, "claim"):
        existing = [Suggestion("entity", a.target.start, a.target.end, a.target.exact, a.label or "",
                               name=entities[a.entity_id].name, source="annotation")
                    for a in annotations if a.entity_id and a.entity_id in entities]
        skip = {(r.start, r.end) for r in rejected if r.kind == "claim"}
        claimed = _union(sorted((a.target.start, a.target.end) for a in annotations if a.kind is Kind.CLAIM))
        english = [c for c in suggest_claims(text, found + existing)
                   if (c.start, c.end) not in skip and not _overlaps(c, claimed)]
        out += english + [c for c in suggest_claims_in_language(record.language, text, found + existing)
                          if (c.start, c.end) not in skip and not _overlaps(c, claimed)
                          and not any(c.start < e.end and e.start < c.end for e in english)]  # uk, ru, fr, de, ar
    if text != record.text:  # what the analyst sees and accepts are the document's own characters
        def own(name: str | None) -> str | None:  # a name as the document writes it, where it does
            at = text.find(name) if name else -1
            return record.text[at:at + len(name)] if name and at >= 0 else name
        out = [replace(s, exact=record.text[s.start:s.end], name=own(s.name), speaker=own(s.speaker)) for s in out]
    return [_without_marks(s, record.text) for s in out]


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
"""The hyphen and the non-breaking hyphen, read as "-" by the suggesters, whose name patterns join words with it
("Müller‑Lüdenscheidt" with U+2011 was cut to "Müller")."""


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans merged where they overlap: disjoint, in order."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _overlaps(claim: Suggestion, claimed: list[tuple[int, int]]) -> bool:
    """Whether a claim suggestion overlaps a claim the analyst has (`claimed`: disjoint sorted spans): a sentence
    part of which is already a claim is not suggested again whole (accepting it stacked a second claim there)."""
    at = bisect_left(claimed, (claim.end, claim.end))  # the spans starting before the suggestion ends
    return at > 0 and claimed[at - 1][1] > claim.start


def _without_marks(s: Suggestion, text: str) -> Suggestion:
    """A suggestion without invisible direction/zero-width marks at its ends, nor in the entity or speaker
    name it proposes (a U+200F typed after an Arabic word is no part of the name)."""
    from annotations.name_variants import clean_name, trim_span

    start, end = trim_span(text, s.start, s.end)
    if start == end:
        start, end = s.start, s.end
    exact = text[start:end]
    name = clean_name(s.name) if s.name else (clean_name(exact) if s.kind == "entity" and clean_name(exact) != exact
                                              else s.name)
    speaker = clean_name(s.speaker) if s.speaker else s.speaker
    if (start, end, name, speaker) == (s.start, s.end, s.name, s.speaker):
        return s
    return replace(s, start=start, end=end, exact=exact, name=name, speaker=speaker)


def accept(library: Library, document_id: str, suggestions: Sequence[Suggestion], creator: str = "",
           areas: Callable[[int, int], tuple[PageArea, ...]] | None = None,
           speaker_type_chosen: bool = False) -> tuple[list[Annotation], Changes]:
    """Create the annotations the suggestions describe, as one step: an entity mention linked to the
    (possibly new) entity it names; a claim with its type and its speaker linked to an entity. `areas`
    gives on-page quads for paged documents. A suggestion whose span already holds an annotation of its kind
    was accepted already and is skipped, so accepting twice never doubles an annotation.
    `speaker_type_chosen`: the claims' speaker types are the analyst's ("Accept with speaker…"), kept even
    where an entity of that name has another type."""
    taken = {(a.kind.value, a.target.start, a.target.end) for a in library.store.annotations(document_id)
             if not a.deleted}
    suggestions = [s for s in suggestions if (s.kind, s.start, s.end) not in taken]
    if not suggestions:  # (all accepted already: Enter twice before the dock caught up, or another window)
        return [], Changes(generation=library.store.generation)
    specs = [_spec(s, speaker_type_chosen) for s in suggestions]
    if areas is not None:
        specs = [replace(spec, areas=areas(spec.start, spec.end)) for spec in specs]
    label = "Accept suggestion" if len(specs) == 1 else f"Accept {len(specs)} suggestions"
    return library.annotate_many(document_id, specs, creator, label=label)


def _spec(s: Suggestion, speaker_type_chosen: bool = False) -> AnnotationInput:
    if s.kind == "entity":
        return AnnotationInput(kind=Kind.ENTITY, start=s.start, end=s.end, label=s.type,
                               entity_name=s.name or s.exact)
    if s.kind == "claim":
        if s.speaker and s.speaker_kind == "unnamed":  # "officials": no entity; a tag to filter by, the words kept
            return AnnotationInput(kind=Kind.CLAIM, start=s.start, end=s.end, claim_type=s.type,
                                   tags=(UNNAMED_SOURCE_TAG,), note=f"{NOTE_PREFIX}{s.speaker}")
        return AnnotationInput(kind=Kind.CLAIM, start=s.start, end=s.end, claim_type=s.type,
                               speaker_name=s.speaker or None, speaker_type=s.speaker_type,
                               speaker_type_chosen=speaker_type_chosen,
                               note=f"Speaker's affiliation: {s.affiliation}" if s.affiliation else "")
    raise ValidationError(f"Unknown suggestion kind “{s.kind}”.")


def reject(library: Library, document_id: str, suggestions: Sequence[Suggestion]) -> Changes:
    """Remember these suggestions as refused for this document (one undoable step)."""
    store = library.store
    record = library.document(document_id, with_text=False)
    if not suggestions:
        return Changes(generation=store.generation)
    now = now_iso()
    label = "Reject suggestion" if len(suggestions) == 1 else f"Reject {len(suggestions)} suggestions"
    with store.transaction(label) as tx:
        for s in suggestions:
            rid = rejection_id(record.id, s.kind, s.start, s.end)
            current = tx.get("rejections", rid)
            if isinstance(current, Rejection):
                if not current.deleted:
                    continue
                tx.put(current.edited(now, deleted=False))
            else:
                tx.put(Rejection(id=rid, document_id=record.id, kind=s.kind, start=s.start, end=s.end,
                                 exact=s.exact, type=s.type, created=now, modified=now))
    return tx.changes(label)


def rejected(library: Library, document_id: str) -> list[Rejection]:
    return library.store.rejections(document_id)
