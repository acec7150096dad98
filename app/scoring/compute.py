"""The main entry: `compute(competition) -> Results`, plus the checks `decide` needs."""

from __future__ import annotations

import math

from app.errors import InputError
from app.model import METHODS, NORMALIZATIONS, Competition

from .aggregate import aggregate
from .normalize import zscore
from .outliers import outliers
from .ranking import EPS, Entry, place, tie_classes
from .results import ProjectResult, Results
from .totals import Prepared, prepare
from .winners import method_tag, select


def compute(competition: Competition) -> Results:
    """Score, rank and pick the winners of `competition` as its settings say."""
    s = competition.settings
    return evaluate(prepare(competition), s.method, s.normalize)


def evaluate(prepared: Prepared, method: str, normalize: str,
             use_decisions: bool = True, basis_tag: str | None = None, *,
             with_outliers: bool = True) -> Results:
    """Score already prepared marks with a given method and normalisation.

    `with_outliers=False` leaves `Results.outliers` empty, for a caller that does not
    show them (`results --json`).

    `compare` calls this six times on one `prepare`. A decision applies to a tie at the
    cut when its basis matches the tie's; the basis names the method and normalisation
    (`basis_tag` overrides that part, so that `compare` can carry the configured
    decisions over to a variant in which exactly the same tie arises).
    """
    comp = prepared.competition
    settings = comp.settings
    trim = settings.trim
    if method not in METHODS:
        raise InputError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}",
                         field="method")
    if normalize not in NORMALIZATIONS:
        raise InputError(f"unknown normalize {normalize!r}; expected one of "
                         f"{', '.join(NORMALIZATIONS)}", field="normalize")
    warnings: list[str] = []
    weights = {c.code: c.weight for c in comp.criteria}
    tie_codes = [c for c in settings.tie_break if c in weights]
    for c in settings.tie_break:
        if c not in weights:
            warnings.append(f"tie_break names unknown criterion {c!r}; it is skipped")
    if prepared.ignored_marks:
        warnings.append(f"{prepared.ignored_marks} mark(s) name no scoring juror, project "
                        "or criterion and are ignored")

    raw = {ps.project.code: ps.totals for ps in prepared.projects}
    used = zscore(raw) if normalize == "zscore" else raw

    scores: dict[str, float | None] = {}
    for ps in prepared.projects:
        score = aggregate(used[ps.project.code].values(), method, trim)
        scores[ps.project.code] = None if score is None else float(score)

    # tie-break values only where a score is shared (the same chaining as the ranking)
    by_code = {ps.project.code: ps for ps in prepared.projects}
    tie_values: dict[str, tuple[float, ...]] = {}
    if tie_codes:
        ordered = sorted((sc, code) for code, sc in scores.items() if sc is not None)
        for (a, code_a), (b, code_b) in zip(ordered, ordered[1:]):
            if b - a <= EPS:
                for code in (code_a, code_b):
                    if code not in tie_values:
                        tie_values[code] = tuple(
                            _tie_value([weights[c] * v for v in marked], method, trim)
                            for c, marked in zip(tie_codes,
                                                 by_code[code].scores_on(tie_codes)))
    entries = [Entry(ps.project.code, ps.project.group, ps.project.order,
                     scores[ps.project.code], tie_values.get(ps.project.code, ()))
               for ps in prepared.projects if scores[ps.project.code] is not None]

    classes = tie_classes(entries)
    placed = place(classes)
    decisions = comp.decisions if use_decisions else {}
    tag = basis_tag if basis_tag is not None else method_tag(method, normalize, trim)
    sel = select(classes, settings, comp.groups, decisions, tag)
    needing = {code for t in sel.ties for code in t.undecided}

    results: list[ProjectResult] = []
    flags = []
    for pl in placed:
        ps = by_code[pl.entry.code]
        results.append(_result(ps, pl.entry.score, pl.rank, pl.group_rank, pl.tie,
                               pl.entry.code in needing, pl.entry.code in sel.winners,
                               used, tie_values, decisions, sel.valid_decisions))
    for ps in prepared.projects:
        if scores[ps.project.code] is None:
            results.append(_result(ps, None, None, None, False, False, False,
                                   used, tie_values, decisions, sel.valid_decisions))
    max_total = comp.max_total
    for ps in prepared.projects if with_outliers else ():
        flags.extend(outliers(ps.project.code, ps.totals, max_total))
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
    complete = all(ps.complete for ps in prepared.projects)
    return Results(complete=complete, projects=tuple(results), outliers=tuple(flags),
                   ties_at_cut=tuple(sel.ties), method=method, normalize=normalize,
                   trim=trim, warnings=tuple(warnings))


def _result(ps, score, rank, group_rank, tie, needed, winner, used, tie_values,
            decisions, valid) -> ProjectResult:
    p = ps.project
    d = decisions.get(p.code)
    totals = dict(ps.totals)
    # made as ProjectResult(...) would make it, without its twenty frozen-field
    # assignments: a ranking of 1,000 projects makes 1,000 of them after every mark
    result = object.__new__(ProjectResult)
    result.__dict__.update(
        code=p.code, title=p.title, group=p.group, order=p.order, score=score, rank=rank,
        group_rank=group_rank, tie=tie, decision_needed=needed, winner=winner,
        complete=ps.complete, withdrawn=False, juror_totals=totals,
        used_totals=totals if used[p.code] is ps.totals else dict(used[p.code]),
        tie_break_values=tie_values.get(p.code, ()), recused=tuple(ps.recused),
        absent=tuple(ps.absent), missing=tuple(ps.missing), decision=d,
        decision_stale=d is not None and p.code not in valid)
    return result


def check_decision(competition: Competition, project_code: str) -> str:
    """Refuse a decision on a project that is not in a tie at the winners' cut.

    Returns the tie's basis (what `Decision.basis` must hold for the decision to apply).
    Raises `InputError` for an unknown or withdrawn project, or one not in such a tie.
    """
    project = competition.project(project_code)
    if project is None:
        raise InputError(f"no project with code {project_code!r}", field="CODE")
    if project.withdrawn:
        raise InputError(f"project {project_code} is withdrawn; there is nothing to decide",
                         field="CODE")
    tie = compute(competition).tie_at_cut(project_code)
    if tie is None:
        raise InputError(f"project {project_code} is not in a tie at the winners' cut; "
                         "a jury decision is recorded only for such a tie", field="CODE")
    return tie.basis


def decision_basis(competition: Competition, project_code: str) -> str:
    """The basis to store with a decision on `project_code` (see `check_decision`)."""
    return check_decision(competition, project_code)


def _tie_value(values: list[float], method: str, trim: int) -> float:
    """A criterion nobody has marked yet on a project ranks it below any marked value."""
    value = aggregate(values, method, trim)
    return -math.inf if value is None else value
