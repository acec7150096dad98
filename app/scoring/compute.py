"""The main entry: `compute(competition) -> Results`, plus the checks `decide` needs."""

from __future__ import annotations

import math

from fractions import Fraction

from app.errors import InputError
from app.model import (AGGREGATES, METHODS, NORMALIZATIONS, ROUNDING_MODES, Competition,
                       Settings)

from .aggregate import aggregate as aggregate_floats
from .arithmetic import Way, adjustment_totals, criterion_score, tie_value, uncommented
from .exact import (FloatView, Rounding, aggregate_units, as_fraction, common_keys,
                    round_units, round_value, to_float)
from .normalize import zscore
from .outliers import outliers
from .ranking import EPS, Entry, place, tie_classes
from .results import ProjectResult, Results, TieAtCut
from .totals import Prepared, prepare
from .winners import method_tag, select


def compute(competition: Competition) -> Results:
    """Score, rank and pick the winners of `competition` as its settings say."""
    s = competition.settings
    return evaluate(prepare(competition), s.method, s.normalize)


def rounding_of(settings: Settings) -> Rounding:
    """The `[rounding]` of the settings (decimals per step, None: not rounded)."""
    return Rounding(settings.rounding_criterion, settings.rounding_weighted,
                    settings.rounding_score, settings.rounding_mode)


def check_arithmetic(method: str, normalize: str, aggregate: str, rounding: Rounding) -> None:
    """Refuse a combination the contract does not define, with one clear line."""
    if method not in METHODS:
        raise InputError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}",
                         field="method")
    if normalize not in NORMALIZATIONS:
        raise InputError(f"unknown normalize {normalize!r}; expected one of "
                         f"{', '.join(NORMALIZATIONS)}", field="normalize")
    if aggregate not in AGGREGATES:
        raise InputError(f"unknown aggregate {aggregate!r}; expected one of "
                         f"{', '.join(AGGREGATES)}", field="aggregate")
    if normalize == "zscore" and aggregate != "juror":
        raise InputError('normalize = "zscore" needs aggregate = "juror": z-scores even out '
                         "jurors' totals, which a per-criterion score never forms",
                         field="normalize")
    if rounding.mode not in ROUNDING_MODES:
        raise InputError(f"unknown rounding mode {rounding.mode!r}; expected one of "
                         f"{', '.join(ROUNDING_MODES)}", field="rounding.mode")


def evaluate(prepared: Prepared, method: str, normalize: str,
             use_decisions: bool = True, basis_tag: str | None = None, *,
             with_outliers: bool = True, aggregate: str | None = None,
             rounding: Rounding | None = None) -> Results:
    """Score already prepared marks with a given method and normalisation (and
    aggregation and rounding: the settings' unless given).

    `with_outliers=False` leaves `Results.outliers` empty, for a caller that does not
    show them (`results --json`).

    `compare` calls this for each variant on one `prepare`. A decision applies to a tie
    at the cut when its basis matches the tie's; the basis names the method and
    normalisation (`basis_tag` overrides that part, so that `compare` can carry the
    configured decisions over to a variant in which exactly the same tie arises).
    """
    comp = prepared.competition
    settings = comp.settings
    trim = settings.trim
    aggregate = settings.aggregate if aggregate is None else aggregate
    rounding = rounding_of(settings) if rounding is None else rounding
    check_arithmetic(method, normalize, aggregate, rounding)
    scale = prepared.scale
    warnings: list[str] = []
    weights = {c.code: c.weight for c in comp.criteria}
    tie_codes = [c for c in settings.tie_break if c in weights]
    for c in settings.tie_break:
        if c not in weights:
            warnings.append(f"tie_break names unknown criterion {c!r}; it is skipped")
    if prepared.ignored_marks:
        warnings.append(f"{prepared.ignored_marks} mark(s) name no scoring juror, project "
                        "or criterion and are ignored")

    if aggregate == "criterion" and prepared.summed:
        raise ValueError("per-criterion scores need every mark: prepare(), not "
                         "prepare_totals()")
    way = Way(method, trim, aggregate, rounding, scale)
    criteria = [(c.code, scale.weights[c.code]) for c in comp.criteria]
    used = _used_units(prepared, way)
    floats: dict | None = None
    if normalize == "zscore":
        floats = zscore({code: FloatView(u, scale.total_unit) for code, u in used.items()})

    # the exact score (a Fraction), or a float under z-scores until a rounding makes it
    # exact again; then the adjustments
    values: dict[str, Fraction | float | None] = {}
    by_code = {ps.project.code: ps for ps in prepared.projects}
    for ps in prepared.projects:
        code = ps.project.code
        if floats is not None:
            value = aggregate_floats(floats[code].values(), method, trim)
        elif aggregate == "juror":
            value = aggregate_units(list(used[code].values()), method, trim, scale.total_unit)
        else:
            value = criterion_score(ps, criteria, way)
        if value is not None:
            value = round_value(value, rounding.score, rounding.mode)
        values[code] = value
    adjusted = adjustment_totals(comp)
    for code, extra in adjusted.items():
        value = values.get(code)
        if value is not None:
            values[code] = value + (float(extra) if isinstance(value, float) else extra)
    inexact = any(isinstance(v, float) for v in values.values())
    scored = {code: v for code, v in values.items() if v is not None}
    if inexact:       # z-scores: equal to 1e-9
        keys: dict = {code: float(v) for code, v in scored.items()}
        eps = EPS
    else:
        keys, eps = common_keys(scored), 0
    minimum = None if settings.min_score is None else as_fraction(settings.min_score)
    below = {code for code, v in scored.items()
             if minimum is not None and v < minimum} if minimum is not None else set()

    # tie-break values only where a score is shared (the same chaining as the ranking)
    tie_values: dict[str, tuple[Fraction | None, ...]] = {}
    if tie_codes:
        ordered = sorted((k, code) for code, k in keys.items())
        for (a, code_a), (b, code_b) in zip(ordered, ordered[1:]):
            if b - a <= eps:
                for code in (code_a, code_b):
                    if code not in tie_values:
                        tie_values[code] = tuple(
                            tie_value(marked, weights_units, way)
                            for marked, weights_units in zip(
                                by_code[code].scores_on(tie_codes),
                                (scale.weights[c] for c in tie_codes)))
    tie_keys = _tie_keys(tie_values, len(tie_codes))
    entries = [Entry(code, by_code[code].project.group, by_code[code].project.order,
                     keys[code], tie_keys.get(code, ()), to_float(scored[code]))
               for code in (ps.project.code for ps in prepared.projects) if code in scored]

    classes = tie_classes(entries, eps)
    placed = place(classes)
    decisions = comp.decisions if use_decisions else {}
    tag = basis_tag if basis_tag is not None else \
        method_tag(method, normalize, trim, aggregate, rounding)
    sel = select(classes, settings, comp.groups, decisions, tag, below)
    # every project of a tie not yet decided whole awaits the decision
    needing = {code for t in sel.ties if t.undecided for code in t.tied}
    lacking = uncommented(comp, prepared)

    shown_used = {code: FloatView(u, scale.total_unit) for code, u in used.items()} \
        if floats is None else floats
    results: list[ProjectResult] = []
    flags = []
    for pl in placed:
        code = pl.entry.code
        ps = by_code[code]
        results.append(_result(ps, scored[code], pl.rank, pl.group_rank, pl.tie,
                               code in needing, code in sel.winners,
                               shown_used[code], tie_values, decisions, sel.valid_decisions,
                               adjusted.get(code), code in below, lacking.get(code, ())))
    for ps in prepared.projects:
        if values[ps.project.code] is None:
            results.append(_result(ps, None, None, None, False, False, False,
                                   shown_used[ps.project.code], tie_values, decisions,
                                   sel.valid_decisions, adjusted.get(ps.project.code), False,
                                   lacking.get(ps.project.code, ())))
    max_total = comp.max_total
    for ps in prepared.projects if with_outliers else ():
        flags.extend(outliers(ps.project.code, ps.totals, max_total,
                              partial={j for j, _c in ps.missing}))
    for p in prepared.withdrawn:
        d = decisions.get(p.code)
        results.append(ProjectResult(code=p.code, title=p.title, group=p.group, order=p.order,
                                     score=None, rank=None, group_rank=None, tie=False,
                                     decision_needed=False, winner=False, complete=True,
                                     withdrawn=True, decision=d, decision_stale=d is not None))
    for t in sel.ties:
        if t.quota_problem:
            where = "overall" if t.scope is None else f"in group {t.scope}"
            warnings.append(f"tie at the cut {where} ({', '.join(t.tied)}): {t.quota_problem}")
    complete = all(ps.complete for ps in prepared.projects) and not lacking
    return Results(complete=complete, projects=tuple(results), outliers=tuple(flags),
                   ties_at_cut=tuple(sel.ties), method=method, normalize=normalize,
                   trim=trim, warnings=tuple(warnings), aggregate=aggregate,
                   rounding=rounding, min_score=settings.min_score)


def _used_units(prepared: Prepared, way: "Way") -> dict[str, dict[str, int]]:
    """project -> juror -> the total the method uses, in units: each juror's total,
    rounded when `[rounding] weighted` says so (juror aggregation only)."""
    r = way.rounding
    if way.aggregate != "juror" or r.weighted is None or r.weighted >= way.scale.k:
        return {ps.project.code: ps.units for ps in prepared.projects}
    k = way.scale.k
    return {ps.project.code: {j: round_units(t, k, r.weighted, r.mode)
                              for j, t in ps.units.items()}
            for ps in prepared.projects}


def _tie_keys(values: dict[str, tuple], levels: int) -> dict[str, tuple]:
    """Tie-break values as comparable keys, level by level over a common denominator;
    a criterion nobody has marked yet on a project ranks it below any marked value."""
    out: dict[str, list] = {code: [] for code in values}
    for i in range(levels):
        known = {code: v[i] for code, v in values.items() if v[i] is not None}
        keys = common_keys(known)
        for code in values:
            out[code].append(keys.get(code, -math.inf))
    return {code: tuple(k) for code, k in out.items()}


def _result(ps, score, rank, group_rank, tie, needed, winner, used, tie_values,
            decisions, valid, adjustment, below_min, lacking) -> ProjectResult:
    p = ps.project
    d = decisions.get(p.code)
    totals = ps.totals
    # made as ProjectResult(...) would make it, without its twenty frozen-field
    # assignments: a ranking of 1,000 projects makes 1,000 of them after every mark
    result = object.__new__(ProjectResult)
    result.__dict__.update(
        code=p.code, title=p.title, group=p.group, order=p.order,
        score=None if score is None else to_float(score), rank=rank,
        group_rank=group_rank, tie=tie, decision_needed=needed, winner=winner,
        complete=ps.complete and not lacking, withdrawn=False, juror_totals=totals, used_totals=used,
        tie_break_values=tuple(-math.inf if v is None else to_float(v)
                               for v in tie_values.get(p.code, ())),
        exact_score=score, adjustment=adjustment, below_min=below_min, uncommented=lacking,
        recused=tuple(ps.recused),
        absent=tuple(ps.absent), missing=tuple(ps.missing), decision=d,
        decision_stale=d is not None and p.code not in valid)
    return result


def tie_for_decision(competition: Competition, project_code: str,
                     results: Results | None = None) -> TieAtCut:
    """The tie at the winners' cut that `project_code` is in (from `results` when the
    caller has them). Raises `InputError` for an unknown or withdrawn project, or one
    not in such a tie."""
    project = competition.project(project_code)
    if project is None:
        raise InputError(f"no project with code {project_code!r}", field="CODE")
    if project.withdrawn:
        raise InputError(f"project {project_code} is withdrawn; there is nothing to decide",
                         field="CODE")
    tie = (results if results is not None else compute(competition)).tie_at_cut(project_code)
    if tie is None:
        raise InputError(f"project {project_code} is not in a tie at the winners' cut; "
                         "a jury decision is recorded only for such a tie", field="CODE")
    return tie


def check_decision(competition: Competition, project_code: str, winner: bool = False,
                   results: Results | None = None) -> str:
    """Refuse a decision on a project that is not in a tie at the winners' cut, and a
    winner beyond the places the tie has left (the jury must first make one of those
    already chosen not a winner).

    Returns the tie's basis (what `Decision.basis` must hold for the decision to apply).
    """
    tie = tie_for_decision(competition, project_code, results)
    taken = [code for code in tie.chosen if code != project_code]
    if winner and len(taken) >= tie.places:
        raise InputError(f"the tie has {tie.places} winner place(s) left and "
                         f"{', '.join(taken)} already take(s) them: record one of them as "
                         "not a winner first", field="--winner")
    return tie.basis


def check_tie_choice(tie: TieAtCut, winners) -> None:
    """Refuse a choice for a whole tie that names a project outside it, or takes more or
    fewer projects than the places left."""
    outside = [code for code in winners if code not in tie.tied]
    if outside:
        raise InputError(f"{', '.join(outside)} not in the tie ({', '.join(tie.tied)})",
                         field="winners")
    n = len(set(winners))
    if n != tie.places:
        raise InputError(f"the tie ({', '.join(tie.tied)}) has {tie.places} winner place(s) "
                         f"left: choose exactly {tie.places}, not {n}", field="winners",
                         code="tie_places", params={"places": tie.places, "chosen": n})


def decision_basis(competition: Competition, project_code: str) -> str:
    """The basis to store with a decision on `project_code` (see `check_decision`)."""
    return check_decision(competition, project_code)
