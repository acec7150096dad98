"""Ranking: order by score, break equal scores by the tie-break criteria, share places.

Scores and tie-break values come as exact keys (whole numbers over a common
denominator, `app.scoring.exact`) and are equal only when equal. Scores normalised by
z-scores (and not rounded after) are floats, equal when they differ by at most 1e-9;
that equality is chained along the sorted order (a ~ b and b ~ c put a, b, c in one
tie), which keeps the classes well defined and the whole thing O(n log n). A class that survives every
tie-break is a tie: its projects share the rank (1, 2, 2, 4) and are listed in running
order for display only, never ranked by name or code.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

EPS = 1e-9


# NamedTuples, not frozen dataclasses: as immutable, and made several times faster (a
# ranking of 1,000 projects makes 2,000 of them)
class Entry(NamedTuple):
    code: str
    group: str
    order: int
    score: int | float               # the key the ranking sorts on
    tie_break: tuple[int | float, ...]
    value: float | None = None       # the score as a number (for a decision's basis)


def _chain(entries: list[Entry], key, eps: float = 0) -> list[list[Entry]]:
    """Sort best first by `key` and cut into runs of values equal to `eps`."""
    entries = sorted(entries, key=lambda e: (-key(e), e.order, e.code))
    runs: list[list[Entry]] = []
    for e in entries:
        last = key(runs[-1][-1]) if runs else None
        # `==` first: two "not marked yet" tie-break values are -inf, and -inf - -inf is nan
        if runs and (last == key(e) or last - key(e) <= eps):
            runs[-1].append(e)
        else:
            runs.append([e])
    return runs


def _split(entries: list[Entry], level: int, depth: int) -> list[list[Entry]]:
    if len(entries) == 1 or level == depth:
        return [sorted(entries, key=lambda e: (e.order, e.code))]
    out: list[list[Entry]] = []
    for run in _chain(entries, lambda e: e.tie_break[level]):
        out.extend(_split(run, level + 1, depth))
    return out


def tie_classes(entries: Sequence[Entry], eps: float = EPS) -> list[list[Entry]]:
    """Scored projects as classes, best first; a class of more than one is a tie.
    `eps`: how far apart two scores may be and still be equal (0 for exact keys)."""
    out: list[list[Entry]] = []
    for run in _chain(list(entries), lambda e: e.score, eps):
        # tie-break values are worked out only for projects whose score is shared
        out.extend(_split(run, 0, len(run[0].tie_break)))
    return out


class Placed(NamedTuple):
    entry: Entry
    rank: int
    group_rank: int
    tie: bool


def place(classes: list[list[Entry]]) -> list[Placed]:
    """Competition ranks (1, 2, 2, 4) overall and inside each group."""
    out: list[Placed] = []
    position = 0
    group_seen: dict[str, int] = {}
    for cls in classes:
        rank = position + 1
        position += len(cls)
        in_group: dict[str, int] = {}
        for e in cls:
            in_group[e.group] = in_group.get(e.group, 0) + 1
        for e in cls:
            out.append(Placed(e, rank, group_seen.get(e.group, 0) + 1, len(cls) > 1))
        for g, n in in_group.items():
            group_seen[g] = group_seen.get(g, 0) + n
    return out
