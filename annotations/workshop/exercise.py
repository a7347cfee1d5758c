"""An exercise: an answer key and trainees' bundles for the same article -> an `ExerciseReport`.

Documents are matched by id (the SHA-256 of the file), so a trainee who annotated the same article
on another machine is compared position by position; a copy of the file with the same canonical text (other line
ends) counts as the key's document, any other text does not (`documents`). Only live entity mentions and claims count;
highlights, notes and deleted annotations (tombstones travel in bundles) are left out.
With two or more trainees the class's agreement is Krippendorff's alpha (the `krippendorff` package):
- entities: units are the stretches of text between any two annotation boundaries that someone (key or
  trainee) marked; each trainee's value is the entity type they gave it, or "none";
- claim status: units are the key's claims; a trainee's value is the status of their matching claim
  (missing when they did not mark it, which alpha allows).
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from annotations.bundle import Bundle
from annotations.errors import BundleError
from annotations.workshop.documents import align, elsewhere
from annotations.workshop.alpha import alpha as _alpha, labels_at as _labels_at, segments as _segments
from annotations.workshop.participants import (
    Participant as Participant, authored, count as _count, key_records, marked_once, participant as participant,
)
from annotations.workshop.roster import Dropped, one_per_trainee, trainee_name
from annotations.workshop.speakers import KeySpeakers
from annotations.workshop.agreement import (
    ClaimScores, EntityScores, Item, boundary, claim_match, match, overlap_match, same_speaker, score_claims,
    score_entities, spans_match,
)


@dataclass(frozen=True)
class DiffItem:
    """One row of the diff: "both", "key-only" (a miss) or "trainee-only" (an extra).

    `item` is the key's item ("both", "key-only") or the trainee's ("trainee-only"); `other` is the
    trainee's item a key item was matched with ("both") or that covers it with another type ("key-only":
    a wrong type). `boundary` names how the trainee's span differs from the key's (see
    `agreement.boundary`)."""

    status: str
    item: Item
    other: Item | None = None
    detail: str = ""
    boundary: str = ""

    @property
    def disagreement(self) -> str:
        """What the trainee got wrong, in a trainer's words: "" (nothing), "boundary: too long" /
        "boundary: too short" / "boundary: shifted", "wrong type" (with its boundary, if any), "missed",
        "extra"; a matched claim's speaker or status disagreement is in `detail`."""
        if self.status == "trainee-only":
            return "extra"
        if self.status == "key-only":
            if self.other is None:
                return "missed"
            return "wrong type" + (f"; boundary: {self.boundary}" if self.boundary else "")
        return f"boundary: {self.boundary}" if self.boundary else ""

    @property
    def trainee_note(self) -> str:
        """The note the trainee wrote on their annotation (their reason for a mark or a status), "" if none."""
        t = self.trainee_item
        return t.note.strip() if t is not None else ""

    @property
    def shown(self) -> bool:
        """Whether the row is one a trainer goes through: a disagreement, a detail, or the trainee's note."""
        return bool(self.disagreement or self.detail or self.trainee_note)

    @property
    def key_item(self) -> Item | None:
        return None if self.status == "trainee-only" else self.item

    @property
    def trainee_item(self) -> Item | None:
        return self.item if self.status == "trainee-only" else self.other

    def as_json(self) -> dict[str, Any]:
        """The row with both spans: `key` and `trainee` are each {start, end, exact, type} or null."""
        k, t = self.key_item, self.trainee_item
        return {"status": self.status, "kind": self.item.kind, "document_id": self.item.document_id,
                "disagreement": self.disagreement or None, "boundary": self.boundary or None,
                "detail": self.detail or None, "trainee_note": self.trainee_note or None,
                "key": _span_json(k) if k else None, "trainee": _span_json(t) if t else None}


@dataclass(frozen=True)
class TraineeResult:
    name: str
    source: str
    entities: EntityScores
    claims: ClaimScores
    warnings: tuple[str, ...] = ()
    copied: int = 0
    """Entity mentions and claims that were the answer key's own records, unchanged: not credited."""
    copied_edited: int = 0
    """... and the key's records the trainee changed: not credited either (the span is the trainer's)."""
    in_class: bool = True
    """False for a bundle with nothing of the trainee's on the key's documents (made on another version of
    the article, or only the key's own records): its zeros stay out of the class mean and alpha."""

    def diff(self) -> list[DiffItem]:
        """Every key item once and every trainee item at most once, in reading order. A key mention the
        trainee marked with another type is one "key-only" row naming the trainee's mention (which is not
        listed again as an extra, although it is scored as one); boundary errors are named on matched rows;
        disagreements on a matched claim (speaker, status) are spelled out in `detail`."""
        rows: list[DiffItem] = []
        for k, t in self.entities.pairs:
            rows.append(DiffItem("both", k, t, boundary=boundary(k, t)))
        extras = list(self.entities.extras)
        for k in self.entities.misses:
            near = next((t for t in extras if t.document_id == k.document_id and spans_match(k, t)), None)
            if near is not None:
                extras.remove(near)
                rows.append(DiffItem("key-only", k, near, f"trainee marked it as {near.label}", boundary(k, near)))
            else:
                rows.append(DiffItem("key-only", k))
        for t in extras:
            rows.append(DiffItem("trainee-only", t))
        for k, t in self.claims.pairs:
            notes = []
            if k.speaker and not same_speaker(k, t):
                notes.append(f"speaker: key {k.speaker[0]}, trainee {t.speaker[0] if t.speaker else 'none'}")
            if k.status != t.status:
                notes.append(f"status: key {k.status}, trainee {t.status}")
            rows.append(DiffItem("both", k, t, "; ".join(notes), boundary(k, t, trim=True)))
        rows += [DiffItem("key-only", k) for k in self.claims.misses]
        rows += [DiffItem("trainee-only", t) for t in self.claims.extras]
        return sorted(rows, key=lambda r: (r.item.document_id, r.item.start, r.item.end, r.status))

    def as_json(self) -> dict[str, Any]:
        e, c = self.entities, self.claims
        rows = self.diff()
        return {
            "name": self.name, "source": self.source,
            **{k: v for k, v in e.exact.as_json().items()},
            "exact": e.exact.as_json(), "overlap": e.overlap.as_json(),
            "by_type": {label: {**exact.as_json(), "overlap": over.as_json()}
                        for label, (exact, over) in e.by_type.items()},
            "claims": {**c.score.as_json(), "key": c.score.tp + c.score.fn, "trainee": c.score.tp + c.score.fp,
                       "matched": c.score.tp, "speaker_agreement": _round(c.speaker_agreement),
                       "status_agreement": _round(c.status_agreement), "status_kappa": _round(c.status_kappa)},
            "boundary_errors": e.boundary_errors, "in_class": self.in_class,
            "copied_from_key": {"unchanged": self.copied, "edited": self.copied_edited},
            "misses": [_item_json(d.item) | ({"detail": d.detail} if d.detail else {})
                       | ({"trainee": _span_json(d.other)} if d.other else {})
                       for d in rows if d.status == "key-only"],
            "extras": [_item_json(t) for t in sorted([*e.extras, *c.extras],
                                                     key=lambda i: (i.document_id, i.start, i.end, i.kind))],
            "rows": [d.as_json() for d in rows if d.shown],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class ClassAgreement:
    entity_alpha: float | None
    entity_units: int
    status_alpha: float | None
    status_units: int
    found_by: list[tuple[Item, int]] = field(default_factory=list)
    """Each key item with how many trainees marked it (overlap for entities, claim match for claims)."""

    def as_json(self) -> dict[str, Any]:
        return {"entity_alpha": _round(self.entity_alpha), "entity_units": self.entity_units,
                "status_alpha": _round(self.status_alpha), "status_units": self.status_units,
                "found_by": [_item_json(i) | {"trainees": n} for i, n in self.found_by]}


@dataclass(frozen=True)
class ExerciseReport:
    key: Participant
    documents: list[tuple[str, str]]
    """(id, title) of the compared documents."""
    trainees: list[TraineeResult]
    agreement: ClassAgreement | None
    texts: dict[str, str] = field(default_factory=dict)
    """Document texts the key carried (for the diff view when the library does not have them)."""
    dropped: list[Dropped] = field(default_factory=list)
    """Trainee bundles not scored: files that could not be read or were refused (`refused`), a trainee's
    earlier bundles, and files given twice (`roster`)."""

    @property
    def refused(self) -> list[Dropped]:
        """The trainee files that could not be read or were refused as bundles (each with its reason)."""
        return [d for d in self.dropped if d.refused]

    @property
    def in_class(self) -> list[TraineeResult]:
        """The trainees the class figures (mean, alpha, most often missed) are over."""
        return [t for t in self.trainees if t.in_class]

    def as_json(self) -> dict[str, Any]:
        return {"key": {"name": self.key.name, "source": self.key.source, "answer_key": self.key.answer_key,
                        "entities": len(self.key.of_kind("entity")), "claims": len(self.key.of_kind("claim")),
                        "marked_twice": self.key.repeated, "marked_twice_otherwise": self.key.repeated_otherwise},
                "documents": [{"id": i, "title": t} for i, t in self.documents],
                "trainees": [t.as_json() for t in self.trainees],
                "dropped": [d.as_json() for d in self.dropped],
                "class": self.agreement.as_json() if self.agreement else None}


def compare(key_bundle: Bundle, key_source: str, trainees: Sequence[tuple[str, Bundle]],
            refused: Sequence[Dropped] = ()) -> ExerciseReport:
    """Score each trainee's latest bundle against the key, over the key's documents; the class figures
    leave out bundles with nothing of the trainee's on those documents. `refused`: trainee files that could
    not be read (listed first among the bundles not scored, with their reasons; the others are still scored)."""
    doc_ids = {d.id for d in key_bundle.documents} | {a.document_id for a in key_bundle.annotations}
    key = marked_once(participant(key_bundle, key_source, doc_ids))
    if not key.items:  # nothing to score against: a trainee who marked nothing scored 1.00, one who did the work 0
        raise BundleError(f"{PurePath(key_source).name}: the answer key marks no entity mention or claim on its "
                          "article (exported before the trainer marked it?), so there is nothing to score the "
                          "trainees against. Export the key again once it is marked.")
    records = key_records(key_bundle)
    speakers = KeySpeakers.of(key_bundle, doc_ids)
    texts = {d.id: d.text for d in key_bundle.documents if d.text}
    aligned = [(src, align(b, key_bundle, doc_ids)) for src, b in trainees]
    same_text = {id(a.bundle): a.notes for _, a in aligned}
    trainees, dropped, doubts = one_per_trainee([(src, a.bundle) for src, a in aligned], records)
    made = authored(trainees)
    people = [participant(b, src, doc_ids, records, speakers,
                          {i: names[0] for i, names in made.items() if trainee_name(b, src) not in names})
              for src, b in trainees]
    seen: dict[str, int] = {}
    for p in people:
        seen[p.name] = seen.get(p.name, 0) + 1
    results = []
    for p, (_, bundle), doubt in zip(people, trainees, doubts):
        name = p.name if seen[p.name] == 1 else f"{p.name} ({PurePath(p.source).name})"
        if " ".join(name.split()).casefold().startswith("class mean"):  # never mistaken for the mean row
            name = f"{name} (trainee)"
        warnings = [*doubt, *same_text.get(id(bundle), ())]
        misquoted = _misquoted(p.items, texts)
        if misquoted:
            warnings.append(f"{_count(misquoted, 'mark')} whose quoted words are not the article's at that place (the "
                            "bundle edited by hand, or the article read by another version of Dossier): scored by "
                            "place all the same")
        if bundle.answer_key:
            warnings.append("this bundle is flagged as an answer key, not as a trainee's work")
        if p.copied or p.copied_edited:
            warnings.append(_copied_warning(p.copied, p.copied_edited, only_copies=not p.items))
        if p.copied_from:
            whose = ", ".join(f"{n} of {author}'s" for author, n in sorted(p.copied_from.items()))
            warnings.append(f"holds annotations made by classmates, copied from their bundles ({whose}): not "
                            "credited")
        others = {a.document_id for a in bundle.annotations if not a.deleted} - doc_ids
        in_class = bool(p.items) or not (others or p.copied or p.copied_edited or p.copied_from)
        if not p.items and not (p.copied or p.copied_edited or p.copied_from):
            warnings.append("no entity or claim on the key's document" + (
                f": {elsewhere(bundle, key_bundle, doc_ids)}" if others else
                ": an empty answer, scored 0 and counted in the class figures"))
        if not in_class:
            warnings.append("left out of the class figures (mean, agreement)")
        results.append(TraineeResult(name, p.source, score_entities(key.of_kind("entity"), p.of_kind("entity")),
                                     score_claims(key.of_kind("claim"), p.of_kind("claim")), tuple(warnings),
                                     copied=p.copied, copied_edited=p.copied_edited, in_class=in_class))
    titles = {d.id: d.title for d in key_bundle.documents}
    documents = [(i, titles.get(i, i[:12])) for i in sorted(doc_ids, key=lambda i: titles.get(i, i))]
    scored = [p for p, r in zip(people, results) if r.in_class]
    agreement = class_agreement(key, scored) if len(scored) >= 2 else None
    return ExerciseReport(key=key, documents=documents, trainees=results, agreement=agreement, texts=texts,
                          dropped=[*refused, *dropped])


def _copied_warning(copied: int, edited: int, only_copies: bool) -> str:
    total = copied + edited
    what = f"{_count(total, 'annotation')} {'is' if total == 1 else 'are'} the answer key's own " + (
        "record" if total == 1 else "records") + (f" ({edited} changed by the trainee)" if edited else "")
    where = ("this bundle holds nothing but the key's records" if only_copies and not edited
             else "this bundle was made in a library that holds the answer key")
    return f"{what}, copied from the key: not credited ({where})"


def _misquoted(items: Sequence[Item], texts: dict[str, str]) -> int:
    """How many of `items` quote words the key's copy of their document does not hold at their offsets (a quote
    rewritten under valid checksums put "Brad Pitt" on Joe Pesci's place: a tester, stop 56)."""
    return sum(1 for i in items if i.document_id in texts and texts[i.document_id][i.start:i.end] != i.exact)


def class_agreement(key: Participant, trainees: Sequence[Participant]) -> ClassAgreement:
    key_entities, key_claims = key.of_kind("entity"), key.of_kind("claim")
    units = _segments([key_entities] + [t.of_kind("entity") for t in trainees])
    labels = sorted({i.label for i in key.items if i.kind == "entity"}
                    | {i.label for t in trainees for i in t.of_kind("entity")})
    codes = {label: n for n, label in enumerate(labels, start=1)}
    entity_rows = [[float(codes[lab]) if lab else 0.0 for lab in _labels_at(t.of_kind("entity"), units)]
                   for t in trainees]
    status_rows: list[list[float]] = []
    statuses: dict[str, int] = {}
    found = {id(i): 0 for i in key.items}
    for t in trainees:
        for k, _ in match(key_entities, t.of_kind("entity"), overlap_match):
            found[id(k)] += 1
        pairs = {id(k): tr for k, tr in match(key_claims, t.of_kind("claim"), claim_match, trim=True)}
        for k in key_claims:
            if id(k) in pairs:
                found[id(k)] += 1
        status_rows.append([float(statuses.setdefault(pairs[id(k)].status, len(statuses)))
                            if id(k) in pairs else float("nan") for k in key_claims])
    return ClassAgreement(entity_alpha=_alpha(entity_rows), entity_units=len(units),
                          status_alpha=_alpha(status_rows), status_units=len(key_claims),
                          found_by=sorted(((i, found[id(i)]) for i in key.items),
                                          key=lambda p: (p[1], p[0].document_id, p[0].start)))


def _round(value: float | None) -> float | None:
    """For JSON: rounded, and None (null) for an undefined figure — never NaN, which is not JSON."""
    return None if value is None or not math.isfinite(value) else round(value, 4)


def _item_json(i: Item) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": i.kind, "document_id": i.document_id, "start": i.start, "end": i.end,
                           "exact": i.exact, "type": i.label}
    if i.kind == "claim":
        out |= {"speaker": i.speaker[0] if i.speaker else None, "status": i.status}
    return out


def _span_json(i: Item) -> dict[str, Any]:
    return {"start": i.start, "end": i.end, "exact": i.exact, "type": i.label}
