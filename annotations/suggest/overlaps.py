"""Which of the candidate mentions stay when they overlap: the longest, then library > gazetteer > acronym > pattern,
then PERSON > ORG > PLACE; none overlaps a span the caller skips (an existing annotation). Split out of `entities.py`,
which gathers the candidates."""
from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import Final

from annotations.suggest.automata import Candidate

_TYPE_RANK: Final = {"PERSON": 0, "ORG": 1, "PLACE": 2}
"""Ties between patterns: "from Ocean Watch" is an organisation rather than a place."""
_PRIORITY: Final = {"library": 6, "gazetteer": 4, "acronym": 3, "pattern": 2}


def resolve(found: list[Candidate], skip: Iterable[tuple[int, int]]) -> list[Candidate]:
    """Longest first, then library > gazetteer > pattern; no two suggestions overlap, none overlaps a
    skipped span. Most candidates overlap nothing: the text is cut into clusters of overlapping candidates
    (one pass in start order) and only clusters of two or more are ranked."""
    items = sorted(dict.fromkeys([*found, *((a, b, "", "skip", None) for a, b in skip if b > a)]),
                   key=itemgetter(0, 1))
    chosen: list[Candidate] = []
    cluster: list[Candidate] = []
    cluster_end = -1
    for item in items:
        if item[0] >= cluster_end and cluster:
            if len(cluster) == 1:
                if cluster[0][3] != "skip" and cluster_end > cluster[0][0]:
                    chosen.append(cluster[0])
            else:
                _choose(cluster, chosen)
            cluster = [item]
            cluster_end = item[1]
            continue
        cluster.append(item)
        if item[1] > cluster_end or len(cluster) == 1:
            cluster_end = item[1]
    if cluster:
        _choose(cluster, chosen)
    return chosen


def _choose(cluster: list[Candidate], chosen: list[Candidate]) -> None:
    best = min(cluster, key=_rank)
    a, b = best[0], best[1]
    if b > a and all(c[0] < b and a < c[1] for c in cluster):
        # the best ranked overlaps all the others, so it alone stays (what the loop below would find): two that
        # overlap, one span found by several passes, a full name with its given name and surname found inside it
        # (half the clusters of three or more)
        if best[3] != "skip":
            chosen.append(best)
        return
    taken: list[tuple[int, int]] = []  # kept and skipped spans, compared one by one (a cluster holds a few: this
    # list beat marking their positions in a bytearray by a fifth of `resolve`)
    picked = []
    for c in sorted(cluster, key=_rank):
        a, b = c[0], c[1]
        if b <= a:  # an empty span takes no place and is never suggested
            continue
        for x, y in taken:
            if a < y and x < b:
                break
        else:
            taken.append((a, b))
            if c[3] != "skip":
                picked.append(c)
    chosen += sorted(picked, key=itemgetter(0))


def _rank(c: Candidate) -> tuple[int, int, int, int]:
    if c[3] == "skip":  # skipped spans are taken before anything else
        return (-1 << 40, 0, 0, c[0])
    return (c[0] - c[1], -_PRIORITY.get(c[3], 0), _TYPE_RANK.get(c[2], 9), c[0])
