"""Outlier flags: a juror total further than a quarter of the largest possible total
(`Competition.max_total`) from the project's median total. Raw totals are used, also
under z-score normalisation, because the threshold is on the raw scale. Only complete
sheets are judged, and the median is theirs: a sheet being keyed is low because it is
not finished, not because the juror judged differently."""

from __future__ import annotations

from typing import Collection, Mapping

from .aggregate import median
from .results import Outlier


def outliers(project: str, totals: Mapping[str, float], max_total: float,
             partial: Collection[str] = ()) -> list[Outlier]:
    """The flagged totals of one project, in the order of `totals`; the jurors in
    `partial` (sheets still missing a mark) are neither flagged nor counted."""
    if partial:
        totals = {j: t for j, t in totals.items() if j not in partial}
    if not totals or max_total <= 0:
        return []
    mid = median(totals.values())
    threshold = max_total / 4
    return [Outlier(project=project, juror=j, total=t, median=mid,
                    distance=abs(t - mid), threshold=threshold)
            for j, t in totals.items() if abs(t - mid) > threshold]
