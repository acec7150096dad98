"""Importing a competition folder into a store: check everything, then write it all at once.

`plan_import` merges what the folder brings with what the database holds (create or update
by code) and checks the result as a whole, raising InputError (InputProblems when there
are several, so that a preview can list every one).
`import_folder` then applies the plan in one transaction, so a bad folder changes nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.bulk import paused_gc
from app.errors import FinalizedError, InputError, Problems
from app import entry
from app.folder.read import RECUSAL_LETTERS, FolderData, read_folder
from app.model import Competition, Decision, MarkKey, PairKey
from app.folder.meeting import plan_meeting
from app.folder.regulation import plan_regulation
from app.store import Store, codec


@dataclass
class ImportPlan:
    result: Competition                  # the competition as it will be after the import
    data: FolderData
    recusals: set[PairKey] = field(default_factory=set)
    absences: set[PairKey] = field(default_factory=set)
    decisions: dict[str, Decision] = field(default_factory=dict)
    # adjustments.csv and comments.csv, checked (app.folder.regulation)
    adjustments: dict = field(default_factory=dict)
    comments: dict = field(default_factory=dict)
    # opinions.csv, checked (app.folder.meeting): juror -> Opinion
    opinions: dict = field(default_factory=dict)
    # the checked marks as columns (jurors, projects, criteria, scores) in file order,
    # which may name a mark twice (the later row wins); `marks` is made from them when
    # asked
    mark_columns: tuple[list, list, list, list] | None = None
    _marks: dict[MarkKey, float] = field(default_factory=dict, repr=False)

    @property
    def marks(self) -> dict[MarkKey, float]:
        """(juror, project, criterion) -> score, each mark once."""
        if self.mark_columns is not None:
            j, p, c, s = self.mark_columns
            self._marks = dict(zip(zip(j, p, c), s))
            self.mark_columns = None
        return self._marks

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


# the rules of a typed mark live in app.entry; these names stay for the folder's callers
check_score = entry.check_score
mark_problem = entry.mark_problem
fmt_number = entry.fmt_number


def plan_import(data: FolderData, base: Competition, progress=None) -> ImportPlan:
    """The folder merged into the database's competition and checked as a whole;
    `progress(0.5)` when done (the middle of a whole import)."""
    with paused_gc():
        plan = _plan_import(data, base)
    if progress is not None:
        progress(0.5)
    return plan


def _plan_import(data: FolderData, base: Competition) -> ImportPlan:
    _refuse_unfit(data, base)
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
    problems.found += [InputError(entry.not_a_criterion(code, crit), file="competition.toml",
                                  field="tie_break")
                       for code in settings.tie_break if code not in crit]
    plan = ImportPlan(result, data)
    with problems.gather():
        check_existing_marks(base, result)
    jur = {j.code: j for j in jurors}
    proj = {p.code for p in projects}
    if not _plan_scores_fast(plan, jur, proj, crit, settings.score_step):
        for row in data.scores:
            with problems.gather():
                _plan_score(plan, row, jur, proj, crit, settings.score_step)
    _plan_absences(plan, jur, proj, problems)
    _plan_decisions(plan, proj, problems)
    _plan_regulation(plan, base, (jur, proj, crit), problems)
    _plan_opinions(plan, base, problems)
    problems.raise_any()
    return plan


def _refuse_unfit(data: FolderData, base: Competition) -> None:
    """No import into a finalized competition; a new one needs its four files."""
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


def _plan_absences(plan: ImportPlan, jur: dict, proj: set, problems: Problems) -> None:
    for line, j, p in plan.data.absences:
        where = {"file": "absences.csv", "line": line}
        with problems.gather():
            if j not in jur:
                raise InputError(entry.unknown("juror", j), field="juror", **where)
            if p not in proj:
                raise InputError(entry.unknown("project", p), field="project", **where)
            plan.absences.add((j, p))


def _plan_decisions(plan: ImportPlan, proj: set, problems: Problems) -> None:
    for line, d in plan.data.decisions:
        with problems.gather():
            if d.project not in proj:
                raise InputError(entry.unknown("project", d.project), file="decisions.csv",
                                 line=line, field="project")
            plan.decisions[d.project] = d


def _plan_regulation(plan: ImportPlan, base: Competition, codes: tuple,
                     problems: Problems) -> None:
    """adjustments.csv and comments.csv checked against the competition's `codes`
    (jurors, projects, criteria), and merged into what it holds."""
    plan.adjustments, plan.comments = plan_regulation(plan.data, *codes, problems)
    if plan.adjustments or plan.comments:
        merged = {(x.project, x.reason): x for x in base.adjustments}
        merged.update(plan.adjustments)
        plan.result = replace(plan.result, adjustments=tuple(merged.values()),
                              comments={**base.comments, **plan.comments})


def _plan_opinions(plan: ImportPlan, base: Competition, problems: Problems) -> None:
    """opinions.csv checked against the competition (app.folder.meeting) and merged into
    what it holds."""
    plan.opinions = plan_meeting(plan.data, plan.result, problems)
    if plan.opinions:
        plan.result = replace(plan.result, opinions={**base.opinions, **plan.opinions})


def _plan_scores_fast(plan: ImportPlan, jur: dict, proj: set, crit: dict, step: float) -> bool:
    """Check every mark of scores.csv in a few passes over whole columns and put them
    into the plan; False (the plan untouched) when some row needs a closer look (an
    unknown code, a recusal, an empty or refused score), which the row-by-row check then
    reports with its line.

    Each distinct (criterion, score text) is checked once with `check_score`, the same
    check as row by row; a file of 200,000 marks has a few hundred of them."""
    s = plan.data.scores
    if not s.lines:
        return True
    scoring = {code for code, j in jur.items() if j.scores}
    if not (set(s.jurors) <= scoring and set(s.projects) <= proj and set(s.criteria) <= crit.keys()):
        return False
    value_of: dict[str, float] = {}
    for criterion, text in set(zip(s.criteria, s.texts)):
        if text in RECUSAL_LETTERS:
            return False
        c = crit[criterion]
        try:
            value = check_score(text, c.max, step)
        except InputError:
            return False
        value_of[text] = value  # the same text is the same number whatever the criterion
    plan.mark_columns = (s.jurors, s.projects, s.criteria,
                         list(map(value_of.__getitem__, s.texts)))
    return True


def _plan_score(plan: ImportPlan, row, jur: dict, proj: set, crit: dict, step: float) -> None:
    """Check one row of scores.csv and put it into the plan."""
    where = {"file": "scores.csv", "line": row.line}
    juror = jur.get(row.juror)
    if juror is None:
        raise InputError(entry.unknown("juror", row.juror), field="juror", **where)
    if not juror.scores:
        raise InputError(f"'{row.juror}' is the secretary, who does not score",
                         field="juror", **where)
    if row.project not in proj:
        raise InputError(entry.unknown("project", row.project), field="project", **where)
    if row.criterion and row.criterion not in crit:
        raise InputError(entry.unknown("criterion", row.criterion), field="criterion", **where)
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
        if c in crit:
            _check_stored_mark((j, p, c), score, crit[c], step, name_files)


def _check_stored_mark(key: MarkKey, score: float, criterion, step: float,
                       name_files: bool) -> None:
    """A stored mark still within its criterion's max and on the score step's grid."""
    problem = mark_problem(score, criterion.max, step)
    if problem:
        j, p, c = key
        too_big = criterion.max < score
        file = ("criteria.csv" if too_big else "competition.toml") if name_files else None
        raise InputError(f"the stored mark {fmt_number(score)} of juror '{j}' for project "
                         f"'{p}' on '{c}' would become invalid: it {problem[1]}", file=file,
                         field="max" if too_big else "score_step")


def apply_plan(store: Store, plan: ImportPlan, progress=None) -> ImportSummary:
    """Write the plan in one transaction; `progress(fraction)` hears it go from 0.55 to
    1.0 (the second half of a whole import)."""
    progress = progress or _quiet
    with paused_gc():
        if plan.mark_columns is not None and not store.has_marks():
            # written as read: the key of the marks table refuses a mark named twice,
            # and then the import is written again with each mark once
            try:
                return _apply_plan(store, plan, plan.mark_columns, progress)
            except sqlite3.IntegrityError:
                pass
        keys, scores = list(plan.marks), list(plan.marks.values())
        return _apply_plan(store, plan, (*map(list, zip(*keys)), scores) if keys else (),
                           progress)


def _quiet(_fraction: float) -> None:
    pass


def _apply_plan(store: Store, plan: ImportPlan, marks: tuple[list, ...],
                progress) -> ImportSummary:
    data = plan.data
    store.backup("import", force=False)  # what the import is about to change; or StoreError
    progress(0.55)
    with store.transaction("import", str(data.folder.name), bulk=True) as tx:
        changed = _write_set_up(tx, data)
        if marks and marks[0]:
            changed += tx.put_columns("marks", ("juror", "project", "criterion", "score"),
                                      marks)
        progress(0.9)
        changed += _write_the_rest(tx, plan)
    progress(1.0)
    return ImportSummary(len(data.projects or ()), len(data.jurors or ()),
                         len(data.criteria or ()), len(marks[0]) if marks else 0,
                         len(plan.recusals), changed,
                         tuple(plan.warnings))


def _write_set_up(tx, data: FolderData) -> int:
    """The settings, projects, jurors and criteria the folder brings: how many changed."""
    changed = 0
    if data.settings is not None:
        for key, value in codec.settings_items(data.settings):
            changed += tx.set_setting(key, value)
    for table, items, to_row in (("projects", data.projects, codec.project_row),
                                 ("jurors", data.jurors, codec.juror_row),
                                 ("criteria", data.criteria, codec.criterion_row)):
        if items:
            changed += tx.put_many(table, [to_row(x) for x in items])
    return changed


def _write_the_rest(tx, plan: ImportPlan) -> int:
    """Recusals, absences, decisions, adjustments, opinions and comments: how many
    changed."""
    tables = (
        ("recusals", [{"juror": j, "project": p} for j, p in sorted(plan.recusals)]),
        ("absences", [{"juror": j, "project": p} for j, p in sorted(plan.absences)]),
        ("decisions", [codec.decision_row(d, tx.at) for d in plan.decisions.values()]),
        ("adjustments", [codec.adjustment_row(a) for a in plan.adjustments.values()]),
        ("opinions", [codec.opinion_row(o, tx.at) for o in plan.opinions.values()]),
        ("comments", [{"juror": j, "project": p, "criterion": c, "comment": text}
                      for (j, p, c), text in plan.comments.items()]))
    return sum(tx.put_many(table, rows) for table, rows in tables if rows)


def import_folder(store: Store, folder: str | Path) -> ImportSummary:
    """Read, check and apply a competition folder: all of it, or nothing at all."""
    plan = plan_import(read_folder(folder), store.load())
    return apply_plan(store, plan)
