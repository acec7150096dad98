"""One project's score worked out step by step, for the protocol's worked example.

`explain(competition, code)` redoes, for one project, exactly what `evaluate` does (the
same functions of `app.scoring.arithmetic` and `app.scoring.exact`), keeping each
intermediate value, so that a reader can check the printed score with a pencil. Values
are exact (Fractions); the protocol prints them. Z-score normalisation is not spelt
out (a worked example says the totals were normalised and gives the result).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction

from .arithmetic import Way, adjustment_totals, panel_parts
from .compute import rounding_of
from .exact import aggregate_units, as_fraction, round_units, round_value
from .totals import prepare


@dataclass(frozen=True)
class JurorLine:
    juror: str
    terms: tuple[tuple[Fraction, Fraction], ...]   # (weight, mark) per marked criterion
    total: Fraction
    rounded: Fraction                              # after `weighted` (= total if none)


@dataclass(frozen=True)
class CriterionLine:
    criterion: str
    weight: Fraction
    marks: tuple[Fraction, ...]                    # the counted jurors' marks on it
    panel: Fraction                                # the method over them
    rounded: Fraction                              # after `criterion`
    weighted: Fraction                             # weight × rounded, after `weighted`


@dataclass(frozen=True)
class Explanation:
    project: str
    aggregate: str
    method: str
    trim: int
    values: tuple[Fraction, ...]            # what the method was taken over
    kept: tuple[Fraction, ...]              # what it kept (trimmed mean; median's middle)
    jurors: tuple[JurorLine, ...] = ()
    criteria: tuple[CriterionLine, ...] = ()
    unrounded: Fraction = Fraction(0)       # before the `score` rounding
    rounded: Fraction = Fraction(0)         # after it
    adjustments: tuple[tuple[Fraction, str], ...] = ()
    score: Fraction = Fraction(0)           # the final score
    notes: tuple[str, ...] = field(default=())


def pick(competition, results) -> str | None:
    """The project to explain: the first winner, else the best scored project; only
    complete projects with two or more counted jurors are picked when there is one."""
    scored = [p for p in results.projects if p.score is not None]
    good = [p for p in scored if p.complete and len(p.juror_totals) >= 2] or scored
    winners = [p for p in good if p.winner]
    chosen = (winners or good or [None])[0]
    return None if chosen is None else chosen.code


def explain(competition, code: str) -> Explanation | None:
    """The steps of `code`'s score, or None when it has none (unscored, withdrawn) or is
    normalised by z-scores."""
    s = competition.settings
    if s.normalize == "zscore":
        return None
    # that project's marks alone: a worked example of a 200,000-mark competition does
    # not group every mark again (the scale is the whole competition's)
    marks = {k: v for k, v in competition.marks.items() if k[1] == code}
    prepared = prepare(replace(competition, marks=marks))
    ps = next((x for x in prepared.projects if x.project.code == code), None)
    if ps is None or not ps.units:
        return None
    scale = prepared.scale
    rounding = rounding_of(s)
    way = Way(s.method, s.trim, s.aggregate, rounding, scale)
    sheets = ps.counted_sheets()
    weights = {c.code: as_fraction(c.weight) for c in competition.criteria}
    jurors: list[JurorLine] = []
    criteria: list[CriterionLine] = []
    if s.aggregate == "juror":
        for j, units in ps.units.items():
            sheet = sheets[j]
            terms = tuple((weights[c.code], as_fraction(sheet[c.code]))
                          for c in competition.criteria if c.code in sheet)
            rounded = round_units(units, scale.k, rounding.weighted, rounding.mode)
            jurors.append(JurorLine(j, terms, Fraction(units, scale.total_unit),
                                    Fraction(rounded, scale.total_unit)))
        values = [line.rounded for line in jurors]
        unrounded = aggregate_units([round_units(u, scale.k, rounding.weighted, rounding.mode)
                                     for u in ps.units.values()], s.method, s.trim,
                                    scale.total_unit)
    else:
        codes = [(c.code, scale.weights[c.code]) for c in competition.criteria]
        for code_c, panel, rounded, part in panel_parts(sheets.values(), codes, way):
            marks = tuple(as_fraction(sheet[code_c]) for sheet in sheets.values()
                          if code_c in sheet)
            criteria.append(CriterionLine(code_c, weights[code_c], marks, panel, rounded, part))
        values = [line.weighted for line in criteria]
        unrounded = sum(values, Fraction(0))
    kept = _kept(values, s.method, s.trim) if s.aggregate == "juror" else tuple(values)
    rounded_score = round_value(unrounded, rounding.score, rounding.mode)
    adjustments = tuple((as_fraction(a.points), a.reason) for a in competition.adjustments
                        if a.project == code)
    score = rounded_score + adjustment_totals(competition).get(code, Fraction(0))
    return Explanation(project=code, aggregate=s.aggregate, method=s.method, trim=s.trim,
                       values=tuple(values), kept=kept, jurors=tuple(jurors),
                       criteria=tuple(criteria), unrounded=unrounded, rounded=rounded_score,
                       adjustments=adjustments, score=score)


def _kept(values: list[Fraction], method: str, trim: int) -> tuple[Fraction, ...]:
    """The values the method averages: all (mean), the middle ones (trimmed mean), the
    one or two in the middle (median)."""
    vals = sorted(values)
    n = len(vals)
    if method == "mean":
        return tuple(values)
    if method == "trimmed_mean":
        t = max(int(trim), 0)
        return tuple(vals[t:n - t]) if t and n >= 2 * t + 1 else tuple(values)
    mid = n // 2
    return (vals[mid],) if n % 2 else (vals[mid - 1], vals[mid])
