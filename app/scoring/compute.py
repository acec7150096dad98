"""The main entry: `compute(competition) -> Results`, plus the checks `decide` needs."""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Mapping, NamedTuple

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
    way = _way(prepared, method, normalize, aggregate, rounding)
    used = _used_units(prepared, way)
    floats = _zscores(used, way) if normalize == "zscore" else None

    # the score, its ranking key, and a tie-break value where a score is shared
    adjusted = adjustment_totals(comp)
    scored = _scores(prepared, way, used, floats, adjusted)
    keys, eps = _ranking_keys(scored)
    by_code = {ps.project.code: ps for ps in prepared.projects}
    tie_codes = _tie_codes(comp)
    tie_values = _tie_values(keys, eps, by_code, tie_codes, way)

    # the ranking, then the winners
    classes = tie_classes(_entries(prepared, keys, tie_values, len(tie_codes), scored), eps)
    decisions = comp.decisions if use_decisions else {}
    if basis_tag is None:
        basis_tag = method_tag(method, normalize, way.trim, way.aggregate, way.rounding)
    below = _below_minimum(scored, settings.min_score)
    sel = select(classes, settings, comp.groups, decisions, basis_tag, below)

    seen = _Seen(used=_shown_totals(used, floats, way), tie_values=tie_values,
                 decisions=decisions, valid=sel.valid_decisions, adjusted=adjusted,
                 below=below, lacking=uncommented(comp, prepared),
                 needing=_awaiting_decision(sel.ties), winners=sel.winners)
    return Results(complete=_complete(prepared, seen.lacking),
                   projects=_rows(prepared, classes, by_code, scored, seen),
                   outliers=_outlier_flags(prepared, comp.max_total) if with_outliers else (),
                   ties_at_cut=tuple(sel.ties), method=method, normalize=normalize,
                   trim=way.trim, warnings=_warnings(prepared, sel.ties),
                   aggregate=way.aggregate, rounding=way.rounding, min_score=settings.min_score)


def _way(prepared: Prepared, method: str, normalize: str, aggregate: str | None,
         rounding: Rounding | None) -> Way:
    """How the score is made: the given arithmetic, the settings' where not given;
    refused (one clear line) when the contract does not define it."""
    settings = prepared.competition.settings
    aggregate = settings.aggregate if aggregate is None else aggregate
    rounding = rounding_of(settings) if rounding is None else rounding
    check_arithmetic(method, normalize, aggregate, rounding)
    if aggregate == "criterion" and prepared.summed:
        raise ValueError("per-criterion scores need every mark: prepare(), not "
                         "prepare_totals()")
    return Way(method, settings.trim, aggregate, rounding, prepared.scale)


def _zscores(used: dict, way: Way) -> dict:
    """project -> juror -> the z-score of the total the method uses."""
    return zscore({code: FloatView(u, way.scale.total_unit) for code, u in used.items()})


def _shown_totals(used: dict, floats: dict | None, way: Way) -> dict:
    """project -> juror -> the total the method used, as a float: the z-score when
    totals were normalised."""
    if floats is not None:
        return floats
    return {code: FloatView(u, way.scale.total_unit) for code, u in used.items()}


def _tie_codes(comp: Competition) -> list[str]:
    """The settings' tie-break criteria that exist, in order (see `_warnings`)."""
    codes = {c.code for c in comp.criteria}
    return [c for c in comp.settings.tie_break if c in codes]


def _awaiting_decision(ties) -> set[str]:
    """Every project of a tie at the cut not yet decided whole: they all await it."""
    return {code for t in ties if t.undecided for code in t.tied}


def _complete(prepared: Prepared, lacking: dict) -> bool:
    """Every sheet in, and every required comment written."""
    return all(ps.complete for ps in prepared.projects) and not lacking


def _rows(prepared: Prepared, classes, by_code: dict, scored: dict,
          seen: "_Seen") -> tuple[ProjectResult, ...]:
    """The results' rows: ranked projects in their places, then the unscored ones in
    running order, then the withdrawn ones."""
    rows = [_result(by_code[pl.entry.code], scored[pl.entry.code], pl.rank, pl.group_rank,
                    pl.tie, seen) for pl in place(classes)]
    rows += [_result(ps, None, None, None, False, seen) for ps in prepared.projects
             if ps.project.code not in scored]
    rows += [_withdrawn_result(p, seen.decisions) for p in prepared.withdrawn]
    return tuple(rows)


def _scores(prepared: Prepared, way: Way, used: dict, floats: dict | None,
            adjusted: dict[str, Fraction]) -> dict[str, Fraction | float]:
    """project -> its score, for every project some total counts for: exact (a
    Fraction), or a float under z-scores until a rounding makes it exact again; rounded
    as `[rounding] score` says, then its adjustments added (after the last rounding)."""
    r, scale = way.rounding, way.scale
    criteria = [(c.code, scale.weights[c.code]) for c in prepared.competition.criteria]
    scored: dict[str, Fraction | float] = {}
    for ps in prepared.projects:
        code = ps.project.code
        if floats is not None:
            value = aggregate_floats(floats[code].values(), way.method, way.trim)
        elif way.aggregate == "juror":
            value = aggregate_units(list(used[code].values()), way.method, way.trim,
                                    scale.total_unit)
        else:
            value = criterion_score(ps, criteria, way)
        if value is not None:
            scored[code] = _adjusted(round_value(value, r.score, r.mode), adjusted.get(code))
    return scored


def _adjusted(value: Fraction | float, extra: Fraction | None) -> Fraction | float:
    """A score with its adjustments' points added (a float score stays a float)."""
    if extra is None:
        return value
    return value + (float(extra) if isinstance(value, float) else extra)


def _ranking_keys(scored: dict[str, Fraction | float]) -> tuple[dict, float]:
    """The keys the ranking sorts on and how far apart two may be and still be equal:
    whole numbers over one denominator, equal only when equal; or, when a z-score left
    a float, the floats themselves, equal to 1e-9."""
    if any(isinstance(v, float) for v in scored.values()):
        return {code: float(v) for code, v in scored.items()}, EPS
    return common_keys(scored), 0


def _below_minimum(scored: dict, min_score: float | None) -> set[str]:
    """The projects scoring below `[winners] min_score` (none when it is not set)."""
    if min_score is None:
        return set()
    minimum = as_fraction(min_score)
    return {code for code, v in scored.items() if v < minimum}


def _tie_values(keys: dict, eps: float, by_code: dict, tie_codes: list[str],
                way: Way) -> dict[str, tuple[Fraction | None, ...]]:
    """project -> its tie-break values, made only for the projects whose score is
    shared with a neighbour in the sorted order (the ranking's own chaining): the
    others never read them, and a ranking after each keyed mark skips that work."""
    out: dict[str, tuple[Fraction | None, ...]] = {}
    if not tie_codes:
        return out
    weights = [way.scale.weights[c] for c in tie_codes]
    ordered = sorted((k, code) for code, k in keys.items())
    for (a, code_a), (b, code_b) in zip(ordered, ordered[1:]):
        if b - a > eps:
            continue
        for code in (code_a, code_b):
            if code not in out:
                out[code] = tuple(
                    tie_value(marked, w, way)
                    for marked, w in zip(by_code[code].scores_on(tie_codes), weights))
    return out


def _entries(prepared: Prepared, keys: dict, tie_values: dict, levels: int,
             scored: dict) -> list[Entry]:
    """The scored projects as the ranking takes them, in running order."""
    tie_keys = _tie_keys(tie_values, levels)
    return [Entry(code, ps.project.group, ps.project.order, keys[code],
                  tie_keys.get(code, ()), to_float(scored[code]))
            for ps in prepared.projects if (code := ps.project.code) in scored]


def _outlier_flags(prepared: Prepared, max_total: float) -> tuple:
    """Every project's outlying juror totals (a partial sheet is never one)."""
    flags = []
    for ps in prepared.projects:
        flags.extend(outliers(ps.project.code, ps.totals, max_total,
                              partial={j for j, _c in ps.missing}))
    return tuple(flags)


def _warnings(prepared: Prepared, ties) -> tuple[str, ...]:
    """What the results should be read with: unknown tie-break criteria, ignored marks,
    and ties at the cut whose decisions give more or fewer winners than places."""
    comp = prepared.competition
    codes = {c.code for c in comp.criteria}
    warnings = [f"tie_break names unknown criterion {c!r}; it is skipped"
                for c in comp.settings.tie_break if c not in codes]
    if prepared.ignored_marks:
        warnings.append(f"{prepared.ignored_marks} mark(s) name no scoring juror, project "
                        "or criterion and are ignored")
    for t in ties:
        if t.quota_problem:
            where = "overall" if t.scope is None else f"in group {t.scope}"
            warnings.append(f"tie at the cut {where} ({', '.join(t.tied)}): {t.quota_problem}")
    return tuple(warnings)


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


class _Seen(NamedTuple):
    """What a project's result row reads beside its own sheets and place."""

    used: Mapping                   # project -> juror -> the total the method used
    tie_values: dict
    decisions: Mapping
    valid: set                      # projects whose decision applies
    adjusted: dict
    below: set                      # projects under `[winners] min_score`
    lacking: dict                   # project -> jurors whose required comment is missing
    needing: set                    # projects awaiting the jury's decision
    winners: set


def _result(ps, score, rank, group_rank, tie, seen: _Seen) -> ProjectResult:
    p = ps.project
    code = p.code
    d = seen.decisions.get(code)
    lacking = seen.lacking.get(code, ())
    # made as ProjectResult(...) would make it, without its twenty frozen-field
    # assignments: a ranking of 1,000 projects makes 1,000 of them after every mark
    result = object.__new__(ProjectResult)
    result.__dict__.update(
        code=code, title=p.title, group=p.group, order=p.order,
        score=None if score is None else to_float(score), rank=rank,
        group_rank=group_rank, tie=tie, decision_needed=code in seen.needing,
        winner=code in seen.winners, complete=ps.complete and not lacking, withdrawn=False,
        juror_totals=ps.totals, used_totals=seen.used[code],
        tie_break_values=tuple(-math.inf if v is None else to_float(v)
                               for v in seen.tie_values.get(code, ())),
        exact_score=score, adjustment=seen.adjusted.get(code), below_min=code in seen.below,
        uncommented=lacking, recused=tuple(ps.recused), absent=tuple(ps.absent),
        missing=tuple(ps.missing), decision=d,
        decision_stale=d is not None and code not in seen.valid)
    return result


def _withdrawn_result(p, decisions: Mapping) -> ProjectResult:
    """A withdrawn project's row: never scored nor ranked; a decision on it is stale."""
    d = decisions.get(p.code)
    return ProjectResult(code=p.code, title=p.title, group=p.group, order=p.order,
                         score=None, rank=None, group_rank=None, tie=False,
                         decision_needed=False, winner=False, complete=True,
                         withdrawn=True, decision=d, decision_stale=d is not None)


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
