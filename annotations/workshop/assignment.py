"""The best one-to-one pairing of two sides over a few allowed edges: as many pairs as can be made, and among those
the greatest total weight. Greedy by weight is not that (it paired a trainee's whole sentence with the key's claim
and left the exact mark over, and can leave a pair unmade that another order makes); a sparse min-cost flow is.
Pure Python: the candidate edges of an exercise are few, and fall apart into small clusters of marks that compete."""
from __future__ import annotations

import heapq
from collections.abc import Mapping


def best_pairing(edges: Mapping[tuple[int, int], int]) -> list[tuple[int, int]]:
    """The pairs (left, right) of a maximum matching over `edges` ((left, right) -> weight, weights >= 0) whose
    total weight is the greatest of all maximum matchings. Each connected cluster of edges is solved on its own."""
    out: list[tuple[int, int]] = []
    for cluster in _clusters(edges):
        if len(cluster) == 1:
            out.append(next(iter(cluster)))
        else:
            out += _solve(cluster)
    return sorted(out)


def _clusters(edges: Mapping[tuple[int, int], int]) -> list[dict[tuple[int, int], int]]:
    """The edges grouped by connected component (union-find over left and right nodes)."""
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def root(node: tuple[int, int]) -> tuple[int, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j in edges:
        a, b = root((0, i)), root((1, j))
        if a != b:
            parent[a] = b
    groups: dict[tuple[int, int], dict[tuple[int, int], int]] = {}
    for (i, j), w in edges.items():
        groups.setdefault(root((0, i)), {})[(i, j)] = w
    return [groups[r] for r in sorted(groups, key=lambda r: min(groups[r]))]


def _solve(edges: dict[tuple[int, int], int]) -> list[tuple[int, int]]:
    """Successive shortest augmenting paths (Dijkstra with potentials) on source -> left -> right -> sink, cost of
    an edge = top - weight >= 0. Each augmentation adds one pair at the least cost, so the matching ends maximum,
    and of the maximum ones the cheapest: the heaviest (every pair pays `top` once, whichever pairs they are)."""
    left = sorted({i for i, _ in edges})
    right = sorted({j for _, j in edges})
    top = max(edges.values())
    cost = {e: top - w for e, w in edges.items()}
    out_of: dict[int, list[int]] = {}
    for i, j in sorted(edges):
        out_of.setdefault(i, []).append(j)
    mate_l: dict[int, int] = {}
    mate_r: dict[int, int] = {}
    pot: dict[tuple[int, int], int] = {}
    """(0, left), (1, right), the sink -> potential (Johnson's): every reduced cost stays >= 0; the source's is 0."""
    sink = (2, 0)
    while True:
        dist: dict[tuple[int, int], int] = {}
        prev: dict[tuple[int, int], tuple[int, int] | None] = {}
        heap: list[tuple[int, int, tuple[int, int]]] = []
        for i in left:
            if i not in mate_l:
                node = (0, i)
                dist[node], prev[node] = -pot.get(node, 0), None
                heap.append((dist[node], 0, node))
        heapq.heapify(heap)
        done: set[tuple[int, int]] = set()
        reached: int | None = None
        while heap:
            d, _, node = heapq.heappop(heap)
            if node in done or d != dist[node]:
                continue
            done.add(node)
            if node == sink:
                reached = d
                break
            steps: list[tuple[tuple[int, int], int]]
            if node[0] == 0:
                i = node[1]
                steps = [((1, j), cost[(i, j)]) for j in out_of[i] if mate_l.get(i) != j]
            elif node[1] in mate_r:
                steps = [((0, mate_r[node[1]]), -cost[(mate_r[node[1]], node[1])])]
            else:
                steps = [(sink, 0)]
            for nxt, c in steps:
                nd = d + c + pot.get(node, 0) - pot.get(nxt, 0)
                if nxt not in done and nd < dist.get(nxt, nd + 1):
                    dist[nxt], prev[nxt] = nd, node
                    heapq.heappush(heap, (nd, -nxt[0], nxt))  # ties: the sink, then the farthest along
        if reached is None:
            return sorted(mate_l.items())
        for node in [*((0, i) for i in left), *((1, j) for j in right), sink]:  # reduced costs stay >= 0
            pot[node] = pot.get(node, 0) + (dist[node] if node in done else reached)
        step: tuple[int, int] | None = prev[sink]
        while step is not None:  # the path alternates right <- left (new pair) and left <- right (old pair)
            j = step[1]
            before = prev[step]
            assert before is not None and before[0] == 0
            i = before[1]
            mate_l[i], mate_r[j] = j, i
            step = prev[before]
