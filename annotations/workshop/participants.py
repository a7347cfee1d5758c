"""Who takes part in an exercise and what each holds: the answer key or a trainee, their entity mentions and claims
reduced to what is compared (`agreement.Item`), the key's own records and lineage (what a trainee copied from it),
what classmates made, and a key's marks said twice counted once. Pure functions over bundles."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from annotations.bundle import Bundle
from annotations.model import Annotation, Kind
from annotations.workshop.agreement import Item
from annotations.workshop.roster import same_person, trainee_name
from annotations.workshop.speakers import KeySpeakers, mentions


def count(n: int, noun: str) -> str:
    """"1 mark", "2 marks"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


@dataclass(frozen=True)
class Participant:
    """The key or one trainee: a display name, where it came from, and its items."""

    name: str
    source: str
    items: list[Item]
    answer_key: bool = False
    copied: int = 0
    """Annotations that are the answer key's own records, unchanged (not scored as the participant's)."""
    copied_edited: int = 0
    """Annotations that are the answer key's records, changed since (not scored either)."""
    copied_from: dict[str, int] = field(default_factory=dict)
    """Annotations another trainee of the comparison made (their own bundle holds them as theirs), by that trainee's
    name: copied, not scored as this one's."""
    repeated: int = 0
    """The key's marks that say again what another of its marks says (`marked_once`): counted once."""
    repeated_otherwise: int = 0
    """Of those, the ones whose claim status differs from the first's (two trainers' keys that disagree)."""

    def of_kind(self, kind: str) -> list[Item]:
        return [i for i in self.items if i.kind == kind]

    def summary(self) -> str:
        """What the key holds, in words ("5 entity mentions, 2 claims (7 more marked twice: each counted once)")."""
        said = f"{count(len(self.of_kind('entity')), 'entity mention')}, {count(len(self.of_kind('claim')), 'claim')}"
        if not self.repeated:
            return said
        otherwise = (f"; {self.repeated_otherwise} of them with another status: the first kept"
                     if self.repeated_otherwise else "")
        return f"{said} ({self.repeated} more marked twice: each counted once{otherwise})"


def marked_once(key: Participant) -> Participant:
    """The key with each span marked once: two of its marks on the same words saying the same (type; a claim's
    label and speaker) are one answer. A trainer who imported a fellow trainer's key had every mark twice, and each
    trainee's recall halved with no word said (an outside tester, stop 56)."""
    first: dict[tuple[object, ...], Item] = {}
    otherwise = 0
    for i in key.items:
        said = (i.document_id, i.kind, i.start, i.end, i.label, i.speaker[:1] if i.kind == "claim" else ())
        if said not in first:
            first[said] = i
        elif i.status != first[said].status:  # two trainers disagree: said, never silently settled
            otherwise += 1
    items = list(first.values())
    return replace(key, items=items, repeated=len(key.items) - len(items), repeated_otherwise=otherwise)


KeyRecords = dict[str, frozenset[str]]
"""Annotation id of the answer key -> every revision of it the key knows (the version it sent and its
ancestors)."""


def key_records(key: Bundle) -> KeyRecords:
    """The answer key's annotations with their lineage. A trainee's annotation under one of these ids is the
    trainer's record (the trainee's library imported the key, or the key itself was handed in): unchanged
    when its revision is one of the key's, edited when the trainee changed it since."""
    return {a.id: frozenset({a.rev, *key.graphs.get(a.id, {})}) for a in key.annotations}


def participant(bundle: Bundle, source: str, document_ids: set[str] | None = None,
                key: KeyRecords | None = None, speakers: KeySpeakers | None = None,
                peers: dict[str, str] | None = None) -> Participant:
    """The entity mentions and claims of a bundle (restricted to `document_ids` when given). With
    `key` (the answer key's records, see `key_records`), the annotations that are the key's own records are not
    the participant's items: they are counted in `copied` / `copied_edited` instead. With `speakers` (the
    key's entities), a claim's speaker keeps its aliases only when they name one key entity: an
    entity whose aliases name several is its own name alone (else one entity with every name as an alias
    would agree with any speaker); and the key entity it is found to be (`speakers.KeySpeakers.resolve`: its
    mentions overlap that entity's, or its name is a variant of that entity's name) is the item's
    `speaker_key`. With `peers` (annotation id -> the other trainee who made it, see `authored`), an annotation
    of another trainee's that this bundle holds, not made by this one, is counted in `copied_from` instead."""
    names = {e.id: e.names() for e in bundle.entities}
    resolved: dict[str, str] = {}
    if speakers is not None:
        key_names = list(speakers.names.values())
        names = {i: _speaker_names(n, key_names) for i, n in names.items()}
        spans = mentions(bundle, document_ids)
        for a in bundle.annotations:
            sid = a.claim.speaker_id if a.claim else None
            if sid and sid not in resolved:
                resolved[sid] = speakers.resolve(names.get(sid, ()), spans.get(sid, ()))
    scored = [a for a in bundle.annotations if not a.deleted and a.kind in (Kind.ENTITY, Kind.CLAIM)
              and (document_ids is None or a.document_id in document_ids)]
    copied = edited = 0
    if key is not None:
        own = []
        for a in scored:
            lineage = key.get(a.id)
            if lineage is None:
                own.append(a)
            elif a.rev in lineage:
                copied += 1
            else:
                edited += 1
        scored = own
    copied_from: dict[str, int] = {}
    if peers:
        mine = []
        for a in scored:
            author = peers.get(a.id)
            if author is not None and not (a.creator.strip() and same_person(bundle.creator, a.creator)):
                copied_from[author] = copied_from.get(author, 0) + 1
            else:
                mine.append(a)
        scored = mine
    items = [_item(a, names, resolved) for a in scored]
    items.sort(key=lambda i: (i.document_id, i.start, i.end, i.kind, i.label))
    return Participant(name=_BIDI.sub("", bundle.creator) or PurePath(source).name, source=source, items=items,
                       answer_key=bundle.answer_key, copied=copied, copied_edited=edited, copied_from=copied_from)


def authored(trainees: Sequence[tuple[str, Bundle]]) -> dict[str, list[str]]:
    """Annotation id -> the trainees (by name) whose bundle holds it as their own work: made by the one who
    exported the bundle (`roster.same_person`). A trainee who imported a classmate's bundle and exported it holds
    the classmate's annotations under the classmate's name: copies, not scored as theirs (they counted in the class
    mean and made α 1.00; an outside tester, stop 52)."""
    out: dict[str, list[str]] = {}
    for source, bundle in trainees:
        name = trainee_name(bundle, source)
        for a in bundle.annotations:
            if a.creator.strip() and bundle.creator.strip() and same_person(bundle.creator, a.creator):
                out.setdefault(a.id, []).append(name)
    return out


_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Bidirectional controls: a name with U+202E shown as typed would read backwards in reports and terminals."""


def _speaker_names(names: tuple[str, ...], key: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    mine = {n.casefold() for n in names}
    named = sum(1 for entity in key if mine & {n.casefold() for n in entity})
    return names if named <= 1 else names[:1]


def _item(a: Annotation, names: dict[str, tuple[str, ...]], resolved: dict[str, str]) -> Item:
    claim = a.claim
    speaker_id = (claim.speaker_id or "") if claim else ""
    return Item(id=a.id, document_id=a.document_id, kind=a.kind.value, start=a.target.start, end=a.target.end,
                exact=a.target.exact,
                label=(a.label or "") if claim is None else (claim.claim_type or ""),
                speaker=names.get(speaker_id, ()) if claim else (),
                status=claim.status.value if claim else "", note=a.note,
                speaker_id=speaker_id, speaker_key=resolved.get(speaker_id, ""))
