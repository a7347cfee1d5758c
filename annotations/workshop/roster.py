"""Who is in the class: one bundle per trainee.

A trainee is known by the name their bundle was exported under (case and spaces aside; a bundle without a
name by its file). The same file given twice, or two bundles by one trainee (an early one and a corrected
one), would count that trainee twice in the class figures: only the latest bundle (its manifest's date,
then the later on the command line) is scored, and the others are named as dropped with the reason.
Two bundles under one name that share no annotation id come from two libraries: two people with one name
(the login name of every lab machine, two Anas), each scored, and said (`_people`).

A bundle's manifest is whatever its sender wrote (checksums can be recomputed), so it is checked before it
is believed:
- a date that is not an ISO date, or more than a day after this computer's clock, is not believed: such a
  bundle never counts as later than one with a believable date;
- a bundle whose annotations are all by another person than the name it was exported under says so;
- two bundles under different names holding the same annotations (ids and revisions) are copies of each
  other, and say so.
A bundle that is doubtful in one of the last two ways never displaces another bundle by the same name that
is not: one trainee cannot knock out another's real bundle by exporting a copy under her name.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import PurePath

from annotations.bundle import Bundle
from annotations.model import Kind

CLOCK_SLACK = timedelta(days=1)
"""A bundle dated more than this after this computer's clock is not believed (time zones and a slightly
wrong clock stay well inside it)."""


@dataclass(frozen=True)
class Dropped:
    """A trainee bundle that was not scored, and why."""

    source: str
    name: str
    reason: str
    refused: bool = False
    """The file could not be read or is no valid bundle (the reason says why): nobody's work was scored from
    it, unlike a trainee's earlier bundle, which is dropped for a later one."""

    def as_json(self) -> dict[str, str | bool]:
        return {"source": self.source, "name": self.name, "reason": self.reason, "refused": self.refused}


def trainee_name(bundle: Bundle, source: str) -> str:
    return bundle.creator.strip() or PurePath(source).name


@dataclass
class _Entry:
    n: int
    source: str
    bundle: Bundle
    name: str
    who: str
    date: datetime | None
    date_note: str
    own: frozenset[tuple[str, str]]
    other_author: str
    ids: frozenset[str] = frozenset()
    """The ids of the bundle's own annotations (the key's aside), deleted ones included."""
    lineage: dict[str, frozenset[str]] = field(default_factory=dict)
    """Annotation id -> the revision the bundle sent and every one it descends from."""
    copies: list[int] = field(default_factory=list)
    others: str = ""
    """Whose annotations some (not all) of the bundle's own are, in words ("7 of 8 by Olga Petrova")."""

    @property
    def doubtful(self) -> bool:
        return bool(self.other_author or self.copies)

    def rank(self) -> tuple[bool, bool, bool, datetime, int]:
        """Which of one person's bundles is scored: one not doubtful, then one with work of its own (a copy of the
        answer key handed in under a trainee's name — the trainer's — displaced her real bundle by its later date,
        and she scored 0; an outside tester, stop 53), then the latest believable date, then the later given."""
        return (not self.doubtful, bool(self.ids), self.date is not None,
                self.date or datetime.min.replace(tzinfo=timezone.utc), self.n)


def one_per_trainee(trainees: Sequence[tuple[str, Bundle]], key_ids: Collection[str] = (),
                    now: datetime | None = None
                    ) -> tuple[list[tuple[str, Bundle]], list[Dropped], list[tuple[str, ...]]]:
    """The bundles to score (each trainee's latest, in the order given), the ones dropped, and for each
    bundle scored what in its manifest is not believed (see the module). `key_ids`: the answer key's
    annotation ids (its records are nobody's own work, so they say nothing about who made a bundle)."""
    now = now or datetime.now(timezone.utc)
    entries = [_entry(n, source, bundle, set(key_ids), now) for n, (source, bundle) in enumerate(trainees)]
    for a in entries:
        for b in entries:
            if a.n < b.n and a.who != b.who and _copied(a.own, b.own):
                a.copies.append(b.n)
                b.copies.append(a.n)
    person = _people(entries)
    groups: dict[int, list[_Entry]] = {}
    for e in entries:
        groups.setdefault(person[e.n], []).append(e)
    latest = {p: _scored(group) for p, group in groups.items()}
    kept_at = {e.n for e in latest.values()}
    namesakes: dict[str, list[_Entry]] = {}
    for e in entries:
        if e.n in kept_at:
            namesakes.setdefault(e.who, []).append(e)
    kept = [(e.source, e.bundle) for e in entries if e.n in kept_at]
    notes = [_notes(e, entries) + _namesakes(e, namesakes[e.who]) for e in entries if e.n in kept_at]
    dropped = [Dropped(e.source, e.name, _why(e, latest[person[e.n]], entries)) for e in entries
               if e.n not in kept_at]
    return kept, dropped, notes


def _people(entries: Sequence[_Entry]) -> dict[int, int]:
    """Which bundles are one person's (entry number -> a person number). Bundles exported under one name are
    one trainee's unless what they hold proves otherwise: two that share no annotation id (deleted ones
    included: tombstones travel) come from two libraries, so two people ("student" on every lab machine, two
    Anas). A trainee's corrected bundle keeps the ids of the first. Only bundles that are not doubtful (see
    the module) and hold annotations of their own tell people apart; the others (an empty bundle, a copy)
    prove nothing and go with the name's most believable person, as before."""
    person: dict[int, int] = {}
    by_name: dict[str, list[_Entry]] = {}
    for e in entries:
        by_name.setdefault(e.who, []).append(e)
    for group in by_name.values():
        telling = [e for e in group if e.ids and not e.doubtful]
        parent = {e.n: e.n for e in telling}

        def root(n: int) -> int:
            while parent[n] != n:
                parent[n] = parent[parent[n]]
                n = parent[n]
            return n

        owner: dict[str, int] = {}
        for e in telling:
            for i in e.ids:
                if i in owner:
                    parent[root(e.n)] = root(owner[i])
                else:
                    owner[i] = e.n
        for e in telling:
            person[e.n] = root(e.n)
        rest = [e for e in group if e.n not in person]
        if rest:
            best = max(telling or rest, key=_Entry.rank)
            for e in rest:
                person[e.n] = person.get(best.n, best.n)
    return person


def _descends(later: _Entry, earlier: _Entry) -> bool:
    """Whether `later` was exported from a library that had `earlier`'s work: it holds every annotation `earlier`
    does, each in the same version or one made on top of it, and something more or newer."""
    if not earlier.ids or not earlier.ids <= later.ids:
        return False
    if any(rev not in later.lineage[i] for i, rev in earlier.own):
        return False
    return later.own != earlier.own


def _scored(group: Sequence[_Entry]) -> _Entry:
    """Which of one trainee's bundles is scored: of the most believable ones (see `_Entry.rank`), those no other
    was made on top of — whatever the dates say (a replayed old bundle dated an hour later displaced the corrected
    one; so did a trainee's clock running fast: an outside tester, stop 56) — and of those the latest by date, then
    the later given. The same whatever order the files are given in."""
    top = max(e.rank()[:2] for e in group)
    believable = [e for e in group if e.rank()[:2] == top]
    current = [e for e in believable if not any(_descends(o, e) for o in believable if o is not e)]
    return max(current or believable, key=_Entry.rank)


def _namesakes(e: _Entry, kept: Sequence[_Entry]) -> tuple[str, ...]:
    others = [PurePath(o.source).name for o in kept if o.n != e.n]
    if not others:
        return ()
    which = (f"another bundle exported as {e.name}, {others[0]}, shares" if len(others) == 1 else
             f"other bundles exported as {e.name} ({', '.join(others)}) share")
    return (f"{which} no annotation with this one: made in different libraries, so scored as different people",)


def _entry(n: int, source: str, bundle: Bundle, key_ids: set[str], now: datetime) -> _Entry:
    name = trainee_name(bundle, source)
    own = [a for a in bundle.annotations if a.id not in key_ids]
    authors = {" ".join(a.creator.split()) for a in own if a.creator.strip()}
    other = ""
    if authors and bundle.creator.strip() and not any(same_person(bundle.creator, a) for a in authors):
        other = ", ".join(sorted(authors)[:3]) + (" and others" if len(authors) > 3 else "")
    others = ""
    if not other and bundle.creator.strip():
        by: dict[str, int] = {}
        live = [a for a in own if not a.deleted and a.kind in (Kind.ENTITY, Kind.CLAIM)]  # what is scored (a
        for a in live:  # classmate's marks she deleted are not her work, nor an accusation: stop 56)
            author = " ".join(a.creator.split())
            if author and not same_person(bundle.creator, author):
                by[author] = by.get(author, 0) + 1
        if by:
            top = sorted(by, key=lambda x: (-by[x], x))
            n = sum(by.values())
            others = f"{n} of its {len(live)} entity mentions and claims {'is' if n == 1 else 'are'} by " + \
                ", ".join(top[:3]) + (" and others" if len(top) > 3 else "")
    date, note = _date(bundle, now)
    lineage = {a.id: frozenset({a.rev, *bundle.graphs.get(a.id, {}),
                                *(p for ps in bundle.graphs.get(a.id, {}).values() for p in ps)}) for a in own}
    return _Entry(n, source, bundle, name, " ".join(name.split()).casefold(), date, note,
                  frozenset((a.id, a.rev) for a in own), other, ids=frozenset(a.id for a in own), lineage=lineage,
                  others=others)


def _date(bundle: Bundle, now: datetime) -> tuple[datetime | None, str]:
    created = bundle.created.strip()
    shown = created[:32]
    if not created:
        return None, ("it has no date: not believed" if bundle.annotations else "")
    try:
        when = datetime.fromisoformat(created)
    except ValueError:
        return None, f"its date {shown!r} is not a date: not believed"
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    if when > now + CLOCK_SLACK:
        return None, (f"its date {shown} is after this computer's clock ({now:%Y-%m-%d}): not believed")
    return when, ""


def _copied(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Whether two bundles hold the same annotations: at least half of the smaller one's, same ids and
    revisions (one was copied from the other, or both from a third)."""
    shared = len(a & b)
    return shared > 0 and 2 * shared >= min(len(a), len(b))


def _label(e: _Entry) -> str:
    exported = f" (exported as {e.name})" if e.bundle.creator.strip() else ""
    return f"{PurePath(e.source).name}{exported}"


def _notes(e: _Entry, entries: Sequence[_Entry]) -> tuple[str, ...]:
    out = []
    if e.other_author:
        out.append(f"exported as {e.name} but every annotation is by {e.other_author}")
    if e.others:
        out.append(f"exported as {e.name} but {e.others}")
    for n in e.copies:
        other = entries[n]
        author = _author_of_shared(e, other)
        if author is e:  # a classmate's copy of this one's work: no fault of this one's
            out.append(f"its annotations were copied into {_label(other)}")
        elif author is other:
            out.append(f"holds annotations made by {other.name}, the same (ids and revisions) as in {_label(other)}: "
                       "copied from that bundle")
        elif same_person(e.name, other.name):  # "Ana Lopez", then "Ana María López": maybe one trainee renamed
            out.append(f"holds the same annotations (ids and revisions) as {_label(other)}: one bundle is a copy of "
                       "the other, or both are one trainee's under two names (then give only the later one)")
        else:
            out.append(f"holds the same annotations (ids and revisions) as {_label(other)}: "
                       f"one bundle is a copy of the other")
    if e.date_note:
        out.append(e.date_note)
    return tuple(out)


def _author_of_shared(a: _Entry, b: _Entry) -> _Entry | None:
    """Which of two bundles holding the same annotations made them: the one whose exporter's name is on every shared
    annotation, when the other's is on none (None when that cannot be told)."""
    shared = [x for x in a.bundle.annotations if x.id in a.ids & b.ids]
    creators = {" ".join(x.creator.split()) for x in shared}
    if not shared or "" in creators:
        return None
    by_a = all(same_person(a.bundle.creator, c) for c in creators) and a.bundle.creator.strip()
    by_b = all(same_person(b.bundle.creator, c) for c in creators) and b.bundle.creator.strip()
    return a if by_a and not by_b else b if by_b and not by_a else None


def _why(e: _Entry, winner: _Entry, entries: Sequence[_Entry]) -> str:
    if PurePath(winner.source) == PurePath(e.source):
        return "the same file was given twice"
    if winner.bundle.created == e.bundle.created and winner.bundle.annotations == e.bundle.annotations:
        return f"the same bundle as {PurePath(winner.source).name}"
    scored = f"{PurePath(winner.source).name} by {winner.name} is scored"
    if e.doubtful and not winner.doubtful:
        return f"{'; '.join(_notes(e, entries))}; {scored}"
    if not e.ids and winner.ids:
        held = ("it holds only the answer key's own records (the key handed in?)" if e.bundle.annotations
                else "it holds no annotation")
        return f"{held}; {scored}"
    if e.date is None and winner.date is not None:
        return f"{e.date_note or 'it has no date'}; {scored}"
    if _descends(winner, e) and winner.rank()[2:] < e.rank()[2:]:  # made on top, dated earlier
        renamed = f" (exported as {winner.name})" if winner.name != e.name else ""
        return (f"an earlier bundle by {e.name}: {PurePath(winner.source).name}{renamed} holds its annotations in "
                f"later versions, whatever the dates say")
    return f"an earlier bundle by {e.name} than {PurePath(winner.source).name}, of {winner.bundle.created[:16]}"


def _tokens(name: str) -> list[str]:
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
    return [t for t in re.split(r"[\W_]+", folded) if t]


def same_person(a: str, b: str) -> bool:
    """Whether two names may be one person spelled two ways ("Ana López", "ana", "A. Lopez", "alopez",
    "ana.lopez@uni.example"): a shared word, an initial, or one's word inside the other run together.
    Generous on purpose: a false "another person" would accuse an honest trainee."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb or set(ta) & set(tb):
        return True
    for x, y in ((ta, tb), (tb, ta)):
        compact = "".join(y)
        if any(len(t) >= 3 and t in compact for t in x):
            return True
        if any(len(t) == 1 and any(u.startswith(t) for u in y) for t in x):
            return True
    return False
