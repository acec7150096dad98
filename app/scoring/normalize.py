"""Z-score normalisation of juror totals, exactly as the contract states it.

Each counted total t of juror j becomes (t - m_j) / s_j * s + m, where m_j, s_j are the
mean and population SD of juror j's counted totals over the projects they scored, and
m, s the mean and population SD of all counted totals (withdrawn projects are not part
of either). A juror whose counted totals are all equal (s_j = 0) gets m for each.
Only the totals are normalised; tie-break values and outlier checks use the raw marks.
"""

from __future__ import annotations

import math
from typing import Mapping


def _mean_sd(values: list[float]) -> tuple[float, float]:
    m = math.fsum(values) / len(values)
    if max(values) == min(values):
        return m, 0.0
    return m, math.sqrt(math.fsum((v - m) ** 2 for v in values) / len(values))


def zscore(totals: Mapping[str, Mapping[str, float]]) -> dict[str, dict[str, float]]:
    """`totals`: project -> {juror: raw total}. Returns the same shape, normalised."""
    per_juror: dict[str, list[float]] = {}
    everything: list[float] = []
    for by_juror in totals.values():
        for juror, t in by_juror.items():
            per_juror.setdefault(juror, []).append(t)
            everything.append(t)
    if not everything:
        return {p: {} for p in totals}
    m, s = _mean_sd(everything)
    stats = {j: _mean_sd(vals) for j, vals in per_juror.items()}
    out: dict[str, dict[str, float]] = {}
    for project, by_juror in totals.items():
        row: dict[str, float] = {}
        for juror, t in by_juror.items():
            m_j, s_j = stats[juror]
            row[juror] = m if s_j == 0 else (t - m_j) / s_j * s + m
        out[project] = row
    return out
