"""The three ways to turn a project's juror totals into one score.

All sums go through `math.fsum`, which is exactly rounded: the result does not depend on
the order the totals come in, so listing the jurors differently never moves a score.
"""

from __future__ import annotations

import math
from typing import Iterable

from app.errors import InputError
from app.model import METHODS


def mean(values: Iterable[float]) -> float:
    """The arithmetic mean. `values` must not be empty."""
    vals = list(values)
    return math.fsum(vals) / len(vals)


def trimmed_mean(values: Iterable[float], trim: int) -> float:
    """The mean after dropping the `trim` highest and the `trim` lowest values.

    The contract says "only when at least 2×trim+1 totals remain, else the plain mean".
    The totals that *remain* are the ones left for the project once recused, absent and
    unfinished sheets are set aside, i.e. all the values handed in here: with n >= 2×trim+1
    values the trimmed mean is taken (at least one value survives the trimming), with
    fewer it falls back to the plain mean. `trim <= 0` is the plain mean.
    """
    vals = sorted(values)
    trim = max(int(trim), 0)
    if trim == 0 or len(vals) < 2 * trim + 1:
        return mean(vals)
    return mean(vals[trim:len(vals) - trim])


def median(values: Iterable[float]) -> float:
    """The middle value; for an even count the mean of the two middle ones."""
    vals = sorted(values)
    n = len(vals)
    mid = n // 2
    if n % 2:
        return float(vals[mid])
    return math.fsum((vals[mid - 1], vals[mid])) / 2


def aggregate(values: Iterable[float], method: str, trim: int = 1) -> float | None:
    """`method` ("mean", "trimmed_mean" or "median") over `values`; None when empty."""
    vals = list(values)
    if method not in METHODS:
        raise InputError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}",
                         field="method")
    if not vals:
        return None
    if method == "mean":
        return mean(vals)
    if method == "trimmed_mean":
        return trimmed_mean(vals, trim)
    return median(vals)
