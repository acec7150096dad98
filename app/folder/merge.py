"""Importing a competition folder into a store: check everything, then write it all at once.

`plan_import` merges what the folder brings with what the database holds (create or update
by code) and checks the result as a whole, raising InputError (InputProblems when there
are several, so that a preview can list every one).
`import_folder` then applies the plan in one transaction, so a bad folder changes nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.errors import FinalizedError, InputError, Problems
from app.folder.read import RECUSAL_LETTERS, FolderData, parse_number, read_folder
from app.model import Competition, Decision, MarkKey, PairKey
from app.store import Store, codec


@dataclass
class ImportPlan:
    result: Competition                  # the competition as it will be after the import
    data: FolderData
    marks: dict[MarkKey, float] = field(default_factory=dict)
    recusals: set[PairKey] = field(default_factory=set)
    absences: set[PairKey] = field(default_factory=set)
    decisions: dict[str, Decision] = field(default_factory=dict)

    @property
    def warnings(self) -> list[str]:
        return self.data.warnings


@dataclass(frozen=True)
class ImportSummary:
    projects: int
    jurors: int
    criteria: int
    marks: int
    recusals: int
    changed: int
    warnings: tuple[str, ...]


def check_score(text: str, maximum: float, step: float, *, file: str | None = None,
                line: int | None = None, field_name: str = "score") -> float:
    """A mark as typed: a number (decimal comma allowed) in 0..max on the step grid."""
    value = parse_number(text)
    if value is None:
        raise InputError(f"'{text}' is not a number (or R for a recusal)", file=file,
                         line=line, field=field_name, code="not_a_number",
                         params={"text": text.strip()})
    problem = mark_problem(value, maximum, step)
    if problem:
        code, words = problem
        raise InputError(f"{text.strip()} {words}", file=file, line=line, field=field_name,
                         code=code, params={"text": text.strip(), "max": fmt_number(maximum),
                                            "step": fmt_number(step)})
    return value


def mark_problem(value: float, maximum: float, step: float) -> tuple[str, str] | None:
    """Why a mark's value is not allowed on this criterion: (code, words), or None."""
    if not (math.isfinite(value) and 0 <= value <= maximum + 1e-9):
        return "out_of_range", f"is out of range: marks go from 0 to {fmt_number(maximum)}"
    if abs(value / step - round(value / step)) > 1e-9:
        grid = {1.0: "whole points", 0.5: "whole and half points"}.get(
            float(step), f"steps of {fmt_number(step)}")
        return "off_grid", f"is off the grid: marks go in {grid}"
    return None


def fmt_number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def plan_import(data: FolderData, base: Competition) -> ImportPlan:
    if base.finalized:
        # any of it (a setting, a max, a withdrawal) could change the signed result
        raise FinalizedError("the competition is finalized: reopen it with a reason before "
                             "importing", file=str(data.folder))
    if base.settings.title == "" and not base.projects:
        missing = [n for n, v in (("competition.toml", data.settings),
                                  ("projects.csv", data.projects), ("jurors.csv", data.jurors),
                                  ("criteria.csv", data.criteria)) if v is None]
        if missing:
            raise InputError(f"a new competition needs {', '.join(missing)} in the folder",
                             file=str(data.folder))
    settings = data.settings or base.settings
    projects = _merged(base.projects, data.projects)
    jurors = _merged(base.jurors, data.jurors)
    criteria = _merged(base.criteria, data.criteria)
    # each check below is independent: all their problems are reported together
    problems = Problems()
    if data.projects is not None:
        with problems.gather():
            _check_orders(projects, data)
    result = replace(base, settings=settings, projects=tuple(projects), jurors=tuple(jurors),
                     criteria=tuple(criteria))

    crit = {c.code: c for c in criteria}
    for code in settings.tie_break:
        if code not in crit:
            problems.found.append(InputError(
                f"tie_break names '{code}', which is not a criterion code "
                f"({', '.join(crit)})", file="competition.toml", field="tie_break"))
    plan = ImportPlan(result, data)
    with problems.gather():
        check_existing_marks(base, result)
    jur = {j.code: j for j in jurors}
    proj = {p.code for p in projects}
    for row in data.scores:
        with problems.gather():
            _plan_score(plan, row, jur, proj, crit, settings.score_step)
    for line, j, p in data.absences:
        where = {"file": "absences.csv", "line": line}
        with problems.gather():
            if j not in jur:
                raise InputError(f"unknown juror '{j}'", field="juror", **where)
            if p not in proj:
                raise InputError(f"unknown project '{p}'", field="project", **where)
            plan.absences.add((j, p))
    for line, d in data.decisions:
        with problems.gather():
            if d.project not in proj:
                raise InputError(f"unknown project '{d.project}'", file="decisions.csv",
                                 line=line, field="project")
            plan.decisions[d.project] = d
    problems.raise_any()
    return plan


def _plan_score(plan: ImportPlan, row, jur: dict, proj: set, crit: dict, step: float) -> None:
    """Check one row of scores.csv and put it into the plan."""
    where = {"file": "scores.csv", "line": row.line}
    juror = jur.get(row.juror)
    if juror is None:
        raise InputError(f"unknown juror '{row.juror}'", field="juror", **where)
    if not juror.scores:
        raise InputError(f"'{row.juror}' is the secretary, who does not score",
                         field="juror", **where)
    if row.project not in proj:
        raise InputError(f"unknown project '{row.project}'", field="project", **where)
    if row.criterion and row.criterion not in crit:
        raise InputError(f"unknown criterion '{row.criterion}'", field="criterion", **where)
    if row.text in RECUSAL_LETTERS:
        plan.recusals.add((row.juror, row.project))
        return
    if not row.criterion:
        raise InputError("the criterion is empty (only an R row may leave it empty)",
                         field="criterion", **where)
    if not row.text:
        plan.data.warnings.append(f"scores.csv, line {row.line}: empty score skipped")
        return
    c = crit[row.criterion]
    score = check_score(row.text, c.max, step, **where)
    plan.marks[(row.juror, row.project, row.criterion)] = score  # a later row wins


def _merged(existing, incoming):
    if incoming is None:
        return list(existing)
    by_code = {x.code: x for x in existing}
    by_code.update({x.code: x for x in incoming})
    return list(by_code.values())


def _check_orders(projects, data: FolderData) -> None:
    incoming = {p.code for p in data.projects}
    taken = {p.order: p.code for p in projects if p.code in incoming}
    for p in projects:
        if p.code not in incoming and p.order in taken:
            raise InputError(f"order {p.order} is given to '{taken[p.order]}' but the database "
                             f"already has project '{p.code}' there; list it in the file too",
                             file="projects.csv", field="order")


def check_existing_marks(base: Competition, result: Competition, *,
                         name_files: bool = True) -> None:
    """New criteria limits, a coarser grid or a juror made secretary must not make a
    stored mark invalid.

    `name_files` says where the fix belongs: a file of the folder (import) or, from the
    window, just the field (`max`, `score_step` or `role`)."""
    crit = {c.code: c for c in result.criteria}
    jurors = {j.code: j for j in result.jurors}
    step = result.settings.score_step
    for (j, p, c), score in base.marks.items():
        if j in jurors and not jurors[j].scores:
            raise InputError(f"'{j}' has stored marks, so cannot become the secretary (who "
                             "does not score)", file="jurors.csv" if name_files else None,
                             field="role")
        criterion = crit.get(c)
        if criterion is None:
            continue
        problem = mark_problem(score, criterion.max, step)
        if problem:
            too_big = criterion.max < score
            file = ("criteria.csv" if too_big else "competition.toml") if name_files else None
            raise InputError(f"the stored mark {fmt_number(score)} of juror '{j}' for project "
                             f"'{p}' on '{c}' would become invalid: it {problem[1]}", file=file,
                             field="max" if too_big else "score_step")


def apply_plan(store: Store, plan: ImportPlan) -> ImportSummary:
    data = plan.data
    changed = 0
    store.backup("import", force=False)  # what the import is about to change; or StoreError
    with store.transaction("import", str(data.folder.name)) as tx:
        if data.settings is not None:
            for key, value in codec.settings_items(data.settings):
                changed += tx.set_setting(key, value)
        for table, items, to_row in (("projects", data.projects, codec.project_row),
                                     ("jurors", data.jurors, codec.juror_row),
                                     ("criteria", data.criteria, codec.criterion_row)):
            if items:
                changed += tx.put_many(table, [to_row(x) for x in items])
        if plan.marks:
            changed += tx.put_many("marks", [
                {"juror": j, "project": p, "criterion": c, "score": s}
                for (j, p, c), s in plan.marks.items()])
        for table, pairs in (("recusals", plan.recusals), ("absences", plan.absences)):
            if pairs:
                changed += tx.put_many(table, [{"juror": j, "project": p}
                                               for j, p in sorted(pairs)])
        if plan.decisions:
            changed += tx.put_many("decisions", [codec.decision_row(d, tx.at)
                                                 for d in plan.decisions.values()])
    return ImportSummary(len(data.projects or ()), len(data.jurors or ()),
                         len(data.criteria or ()), len(plan.marks), len(plan.recusals), changed,
                         tuple(plan.warnings))


def import_folder(store: Store, folder: str | Path) -> ImportSummary:
    """Read, check and apply a competition folder: all of it, or nothing at all."""
    plan = plan_import(read_folder(folder), store.load())
    return apply_plan(store, plan)
