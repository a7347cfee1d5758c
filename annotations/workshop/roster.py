"""Who is in the class: one bundle per trainee.

A trainee is known by the name their bundle was exported under (case and spaces aside; a bundle without a
name by its file). The same file given twice, or two bundles by one trainee (an early one and a corrected
one), would count that trainee twice in the class figures: only the latest bundle (its manifest's date,
then the later on the command line) is scored, and the others are named as dropped with the reason.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from annotations.bundle import Bundle


@dataclass(frozen=True)
class Dropped:
    """A trainee bundle that was not scored, and why."""

    source: str
    name: str
    reason: str

    def as_json(self) -> dict[str, str]:
        return {"source": self.source, "name": self.name, "reason": self.reason}


def trainee_name(bundle: Bundle, source: str) -> str:
    return bundle.creator.strip() or PurePath(source).name


def one_per_trainee(trainees: Sequence[tuple[str, Bundle]]
                    ) -> tuple[list[tuple[str, Bundle]], list[Dropped]]:
    """The bundles to score (each trainee's latest, in the order given) and the ones dropped."""
    latest: dict[str, int] = {}
    for n, (source, bundle) in enumerate(trainees):
        who = " ".join(trainee_name(bundle, source).split()).casefold()
        best = latest.get(who)
        if best is None or bundle.created >= trainees[best][1].created:
            latest[who] = n
    kept_at = set(latest.values())
    kept = [t for n, t in enumerate(trainees) if n in kept_at]
    dropped = []
    for n, (source, bundle) in enumerate(trainees):
        if n in kept_at:
            continue
        who = " ".join(trainee_name(bundle, source).split()).casefold()
        winner_source, winner = trainees[latest[who]]
        name = trainee_name(bundle, source)
        if PurePath(winner_source) == PurePath(source):
            why = "the same file was given twice"
        elif winner.created == bundle.created and winner.annotations == bundle.annotations:
            why = f"the same bundle as {PurePath(winner_source).name}"
        else:
            why = f"an earlier bundle by {name} than {PurePath(winner_source).name}, of {winner.created[:16]}"
        dropped.append(Dropped(source, name, why))
    return kept, dropped
