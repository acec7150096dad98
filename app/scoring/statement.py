"""The numbers of the consolidated statement of marks, for every project at once: what
a reader needs to recompute each score by hand from the marks printed beside them.

The same functions as `evaluate` (app.scoring.arithmetic, app.scoring.exact), over one
`prepare` of the whole competition (`explain` redoes one project; a statement of 1,000
projects cannot prepare 1,000 times). Values are exact (Fractions). Which values the
method left out is shown too: the `trim` lowest and highest of a trimmed mean, all but
the middle one or two of a median; among equal values the first in the jury's listing
order counts as the lower, which changes nothing in the result. Under z-score
normalisation only the raw totals are given (the normalised values are floats that the
results carry: `ProjectResult.used_totals`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from .arithmetic import Way, adjustment_totals, panel_parts
from .compute import rounding_of
from .exact import aggregate_units, round_units, round_value
from .totals import prepare


@dataclass(frozen=True)
class Panel:
    """One criterion's panel score (aggregate = "criterion")."""

    criterion: str
    panel: Fraction             # the method over the counted jurors' marks on it
    rounded: Fraction           # after the `criterion` rounding
    weighted: Fraction          # weight × rounded, after the `weighted` rounding


@dataclass(frozen=True)
class Working:
    """One project's arithmetic, from the counted jurors' sheets to its score."""

    project: str
    totals: dict[str, Fraction]             # juror -> Σ weight × mark (counted jurors)
    used: dict[str, Fraction]               # juror -> total after the `weighted` rounding
    left_out: frozenset = frozenset()       # jurors (aggregate juror) or (juror, criterion)
    panels: tuple[Panel, ...] = ()          # aggregate = "criterion"
    panel: Fraction | None = None           # aggregate = "juror": the method over `used`
    unrounded: Fraction | None = None       # before the `score` rounding
    rounded: Fraction | None = None         # after it
    adjustment: Fraction = Fraction(0)
    score: Fraction | None = None
    notes: tuple[str, ...] = field(default=())


def workings(competition) -> dict[str, Working]:
    """project code -> its working, for every scored (non-withdrawn) project."""
    s = competition.settings
    prepared = prepare(competition)
    scale = prepared.scale
    if scale is None:
        return {}
    way = Way(s.method, s.trim, s.aggregate, rounding_of(s), scale)
    adjustments = adjustment_totals(competition)
    criteria = [(c.code, scale.weights[c.code]) for c in competition.criteria]
    return {ps.project.code: _working(ps, way, criteria, s.normalize,
                                      adjustments.get(ps.project.code, Fraction(0)))
            for ps in prepared.projects if ps.units}


def _working(ps, way: Way, criteria, normalize: str, adjustment: Fraction) -> Working:
    scale, rounding = way.scale, way.rounding
    code = ps.project.code
    totals = {j: Fraction(u, scale.total_unit) for j, u in ps.units.items()}
    used_units = {j: round_units(u, scale.k, rounding.weighted, rounding.mode)
                  for j, u in ps.units.items()}
    used = {j: Fraction(u, scale.total_unit) for j, u in used_units.items()}
    if normalize == "zscore":
        return Working(code, totals, used)
    if way.aggregate == "juror":
        part = _over_totals(used, used_units, way)
    else:
        part = _over_criteria(ps.counted_sheets(), criteria, way)
    rounded = round_value(part["unrounded"], rounding.score, rounding.mode)
    return Working(code, totals, used, rounded=rounded, adjustment=adjustment,
                   score=rounded + adjustment, **part)


def _over_totals(used: dict, used_units: dict, way: Way) -> dict:
    """aggregate = "juror": the method over the (rounded) totals."""
    panel = aggregate_units(list(used_units.values()), way.method, way.trim,
                            way.scale.total_unit)
    return {"left_out": left_out(used, way.method, way.trim), "panel": panel,
            "unrounded": panel}


def _over_criteria(sheets: dict, criteria, way: Way) -> dict:
    """aggregate = "criterion": each criterion's panel score, rounded and weighted."""
    panels = tuple(Panel(*p) for p in panel_parts(sheets.values(), criteria, way))
    dropped = {(j, c) for c, _w in criteria for j in left_out(
        {j: sheet[c] for j, sheet in sheets.items() if c in sheet}, way.method, way.trim)}
    return {"left_out": frozenset(dropped), "panels": panels,
            "unrounded": sum((p.weighted for p in panels), Fraction(0))}


def left_out(values: dict, method: str, trim: int) -> frozenset:
    """The keys of `values` whose value the method does not take (see the module's
    docstring for equal values), as `aggregate_units` takes them."""
    n = len(values)
    if method == "mean" or not n:
        return frozenset()
    ranked = sorted((v, i, key) for i, (key, v) in enumerate(values.items()))
    order = [key for _v, _i, key in ranked]
    if method == "trimmed_mean":
        t = max(int(trim), 0)
        if not t or n < 2 * t + 1:
            return frozenset()
        return frozenset(order[:t] + order[n - t:])
    mid = n // 2
    kept = order[mid:mid + 1] if n % 2 else order[mid - 1:mid + 1]
    return frozenset(order) - frozenset(kept)
