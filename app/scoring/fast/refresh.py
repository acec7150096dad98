"""Fast: the window ranks again after a keyed mark by regrouping only the projects it touched; plain twin: app.scoring.totals.prepare of the whole competition; agreement: tests/test_fast_refresh.py::test_refresh_after_changes_equals_a_full_computation.

The service chooses it (app.service_snapshot.Snapshot._prepare) while it knows which projects
changed since the last ranking.
"""

from __future__ import annotations

from app.model import Competition
from app.scoring.exact import OffGrid, Scale
from app.scoring.totals import Prepared, ProjectSheets, _Frame, prepare


def refresh(prepared: Prepared, competition: Competition, changed) -> Prepared:
    """`prepare(competition)` again, reusing `prepared` for every project not in `changed`.

    For a window that rescores after each keyed mark: only the changed projects' sheets
    are looked up again (jurors × criteria look-ups each), so a refresh costs little more
    than `evaluate`. `competition` must differ from `prepared.competition` only in the
    marks, recusals and absences of the `changed` projects, and in settings or decisions;
    when its projects, jurors or criteria differ, this falls back to a full `prepare`.
    The count of ignored marks (a warning) is carried over from `prepared`.
    """
    if not _same_set_up(prepared.competition, competition):
        return prepare(competition)
    scale = prepared.scale
    if scale is None or Scale.of(competition).d > scale.d:   # a finer score step
        return prepare(competition)
    changed = set(changed)
    frame = _Frame(competition, scale)
    out: list[ProjectSheets] = []
    for ps in prepared.projects:
        p = ps.project
        if p.code not in changed:
            out.append(ps)
            continue
        try:
            out.append(frame.sheets(p, _rows(frame, competition.marks, p.code))[0])
        except OffGrid:  # a changed mark is off the grid: a unit as fine as it needs
            return prepare(competition)
    return Prepared(competition=competition, projects=out, withdrawn=prepared.withdrawn,
                    ignored_marks=prepared.ignored_marks, scale=scale)


def _same_set_up(old: Competition, new: Competition) -> bool:
    """The same projects, jurors and criteria: what the kept sheets were made against."""
    return (new.projects == old.projects and new.jurors == old.jurors
            and new.criteria == old.criteria)


def _rows(frame: _Frame, marks, project: str) -> dict[str, dict[str, float]]:
    """One project's marks as juror -> criterion -> score, looked up sheet by sheet
    (jurors × criteria look-ups, not a pass over every mark)."""
    rows: dict[str, dict[str, float]] = {}
    for j in frame.jurors:
        sheet = {}
        for c, _ in frame.criteria:
            v = marks.get((j, project, c))
            if v is not None:
                sheet[c] = v
        if sheet:
            rows[j] = sheet
    return rows
