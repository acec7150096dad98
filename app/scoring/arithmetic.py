"""The regulation's arithmetic, step by step: per-criterion panel scores, each rounding
step of `[rounding]`, tie-break values made the same way, adjustments and comments.

The contract's order, for `aggregate = "criterion"`: each criterion's panel score is
the method over the marks the counted jurors gave on it, rounded to `criterion`
decimals; weight × panel score is rounded to `weighted` decimals; the project's score
is their sum, rounded to `score` decimals. For `aggregate = "juror"`: each juror's
total is rounded to `weighted` decimals (`criterion` has no step to round there), the
method is taken over those totals, and the result rounded to `score` decimals.

A tie-break value on criterion c is made the same way as a score would be if c were
the only criterion (its own weight, the same method, the same rounding steps).
Adjustments are added after the last rounding.
"""

from __future__ import annotations

from fractions import Fraction
from typing import NamedTuple

from app.model import Competition

from .exact import Rounding, Scale, aggregate_units, as_fraction, round_units, round_value


class Way(NamedTuple):
    """How a score is made: the method, its trim, the aggregation, the rounding, and the
    units the marks and totals are counted in."""

    method: str
    trim: int
    aggregate: str
    rounding: Rounding
    scale: Scale


def panel_parts(sheets, criteria, way: Way) -> list[tuple[str, Fraction, Fraction, Fraction]]:
    """Per criterion with at least one mark: (code, panel score as the method gives it,
    panel score after the `criterion` rounding, weight × that after the `weighted`
    rounding). `sheets`: juror -> {criterion: score} of the jurors whose total counts;
    `criteria`: (code, weight in units) in order."""
    scale, r = way.scale, way.rounding
    units = scale.units
    out = []
    for code, w in criteria:
        marks = [units[sheet[code]] for sheet in sheets if code in sheet]
        panel = aggregate_units(marks, way.method, way.trim, scale.mark_unit)
        if panel is None:
            continue
        rounded = round_value(panel, r.criterion, r.mode)
        part = round_value(rounded * Fraction(w, scale.weight_unit), r.weighted, r.mode)
        out.append((code, panel, rounded, part))
    return out


def criterion_score(ps, criteria, way: Way) -> Fraction | None:
    """`aggregate = "criterion"`: Σ over criteria of the rounded weight × panel score
    (before the `score` rounding); None when no juror's total counts. `criteria`:
    (code, weight in units) in order."""
    if not ps.units:
        return None
    parts = panel_parts(ps.counted_sheets().values(), criteria, way)
    return sum((part for *_x, part in parts), Fraction(0))


def tie_value(marked: list[float], weight_units: int, way: Way) -> Fraction | None:
    """The tie-break value on one criterion from the counted jurors' `marked` scores
    on it, made as the score is made; None when nobody has marked it yet."""
    if not marked:
        return None
    scale, r = way.scale, way.rounding
    units = scale.units
    if way.aggregate == "juror":
        if r.weighted is None or r.weighted >= scale.k:
            value = aggregate_units([units[s] for s in marked], way.method, way.trim,
                                    scale.total_unit, weight_units)
        else:
            k = scale.k
            vals = [round_units(weight_units * units[s], k, r.weighted, r.mode)
                    for s in marked]
            value = aggregate_units(vals, way.method, way.trim, scale.total_unit)
    else:
        panel = aggregate_units([units[s] for s in marked], way.method, way.trim,
                                scale.mark_unit)
        panel = round_value(panel, r.criterion, r.mode)
        value = round_value(panel * Fraction(weight_units, scale.weight_unit),
                            r.weighted, r.mode)
    return round_value(value, r.score, r.mode)


def adjustment_totals(competition: Competition) -> dict[str, Fraction]:
    """project -> the sum of its adjustments' points, exactly (decimal points as typed)."""
    out: dict[str, Fraction] = {}
    for a in competition.adjustments:
        out[a.project] = out.get(a.project, Fraction(0)) + as_fraction(a.points)
    return out


def uncommented(competition: Competition, prepared) -> dict[str, tuple[str, ...]]:
    """With `comments = "required"`: project -> the jurors whose sheet counts for it but
    who have written no comment on it (on the project or on any criterion)."""
    if competition.settings.comments != "required":
        return {}
    written = {(j, p) for (j, p, _c), text in competition.comments.items() if text.strip()}
    out: dict[str, tuple[str, ...]] = {}
    jurors = [j.code for j in competition.scoring_jurors]
    for ps in prepared.projects:
        code = ps.project.code
        away = set(ps.recused) | set(ps.absent)
        lacking = tuple(j for j in jurors if j not in away and (j, code) not in written)
        if lacking:
            out[code] = lacking
    return out
