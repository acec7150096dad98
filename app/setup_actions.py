"""The set-up as the window edits it: the competition's settings, projects, jurors and
criteria, each checked as a whole before it is written. Mixed into `JuryService`
(app.service), which the window calls.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Sequence

from app import entry
from app.errors import InputError
from app.model import ATTENDANCE, ROLES, Criterion, Juror, Project, Settings


class SetUpActions:
    """The set-up methods of `JuryService`."""

    def save_settings(self, settings: Settings) -> None:
        """The competition settings as edited in the window, checked as a whole."""
        comp = self.competition()
        settings = entry.check_settings(settings, [c.code for c in comp.criteria])
        from app.folder.merge import check_existing_marks  # the folder rules load on use

        check_existing_marks(comp, replace(comp, settings=settings), name_files=False)
        self.store.save_settings(settings)

    def add_project(self, code: str, title: str) -> Project:
        """A new project at the end of the running order."""
        comp = self.competition()
        code = self._new_code(code, [p.code for p in comp.projects], "project")
        project = Project(code, entry.text(title, "title") or code,
                          order=max((p.order for p in comp.projects), default=0) + 1)
        self.store.put_project(project)
        return project

    def save_project(self, project: Project) -> None:
        """Change a project's title, organisation, group or category (not its code,
        place in the running order or withdrawal, which have their own methods)."""
        old = entry.existing(self.competition().project(project.code), "project",
                             project.code)
        if not project.title.strip():
            raise InputError("the title is empty", field="title")
        self.store.put_project(replace(_stripped(project, "title", "organization", "group",
                                                 "category"),
                                       order=old.order, withdrawn=old.withdrawn))

    def delete_project(self, code: str) -> None:
        """Remove a project with its marks, recusals, absences and decision."""
        comp = self.competition()
        entry.existing(comp.project(code), "project", code)
        rest = [p.code for p in comp.running_order if p.code != code]
        with self.store.transaction("delete"):
            self.store.delete_project(code)
            self.store.reorder_projects(rest)   # keep the running order 1..n

    def reorder_projects(self, codes: Sequence[str]) -> None:
        """Set the running order: every project once, first to last."""
        have = [p.code for p in self.competition().projects]
        if sorted(codes) != sorted(have):
            raise InputError("the new running order must list every project exactly once",
                             field="order")
        self.store.reorder_projects(list(codes))

    def move_project(self, code: str, delta: int) -> None:
        """Move a project up (negative) or down the running order, stopping at the ends."""
        codes = [p.code for p in self.competition().running_order]
        if code not in codes:
            raise InputError(f"unknown project '{code}'", field="project")
        i = codes.index(code)
        j = min(max(i + delta, 0), len(codes) - 1)
        if i != j:
            codes.insert(j, codes.pop(i))
            self.store.reorder_projects(codes)

    def add_juror(self, code: str, name: str) -> Juror:
        comp = self.competition()
        code = self._new_code(code, [j.code for j in comp.jurors], "juror")
        juror = Juror(code, entry.text(name, "name") or code,
                      order=max((j.order for j in comp.jurors), default=0) + 1)
        self.store.put_juror(juror)
        return juror

    def save_juror(self, juror: Juror) -> None:
        comp = self.competition()
        old = entry.existing(comp.juror(juror.code), "juror", juror.code)
        juror = _stripped(juror, "name", "position")
        if not juror.name:
            raise InputError("the name is empty", field="name")
        entry.choice(juror.role, ROLES, "role")
        entry.choice(juror.attendance, ATTENDANCE, "attendance")
        if juror.role == "secretary" and old.role != "secretary" and any(
                k[0] == juror.code for k in comp.marks):
            raise InputError(f"{juror.name} has marks; the secretary does not score: "
                             "clear the marks first", field="role")
        self.store.put_juror(replace(juror, order=old.order))

    def delete_juror(self, code: str) -> None:
        """Remove a juror with all their marks, recusals and absences."""
        entry.existing(self.competition().juror(code), "juror", code)
        self.store.delete_juror(code)

    def add_criterion(self, code: str, name: str, maximum: float = 10,
                      weight: float = 1) -> Criterion:
        comp = self.competition()
        code = self._new_code(code, [c.code for c in comp.criteria], "criterion")
        criterion = Criterion(code, entry.text(name, "name") or code, float(maximum),
                              float(weight),
                              order=max((c.order for c in comp.criteria), default=0) + 1)
        _check_criterion(criterion)
        self.store.put_criterion(criterion)
        return criterion

    def save_criterion(self, criterion: Criterion) -> None:
        comp = self.competition()
        old = entry.existing(comp.criterion(criterion.code), "criterion", criterion.code)
        criterion = replace(_stripped(criterion, "name"), order=old.order)
        _check_criterion(criterion)
        criteria = tuple(criterion if c.code == criterion.code else c for c in comp.criteria)
        from app.folder.merge import check_existing_marks  # the folder rules load on use

        check_existing_marks(comp, replace(comp, criteria=criteria), name_files=False)
        self.store.put_criterion(criterion)

    def delete_criterion(self, code: str) -> None:
        """Remove a criterion with every mark given on it."""
        comp = self.competition()
        entry.existing(comp.criterion(code), "criterion", code)
        if code in comp.settings.tie_break:
            raise InputError(f"'{code}' is a tie-break criterion: take it out of the "
                             "tie-break first", field="tie_break")
        self.store.delete_criterion(code)

    @staticmethod
    def _new_code(code: str, taken: Sequence[str], what: str) -> str:
        code = entry.check_code(code.strip(), what)
        if code in taken:
            raise InputError(f"there is already a {what} with the code '{code}'", field="code")
        return code


def _stripped(obj, *names: str):
    """The text fields `names` as stored: stripped, NFC, within their limits (app.entry)."""
    return replace(obj, **{n: entry.text(getattr(obj, n), n) for n in names})


def _check_criterion(c: Criterion) -> None:
    if not c.name:
        raise InputError("the name is empty", field="name")
    for name, value in (("max", c.max), ("weight", c.weight)):
        problem = "must be a number" if not math.isfinite(value) else \
            entry.scale_problem(value, name)
        if problem:
            raise InputError(problem, field=name)
