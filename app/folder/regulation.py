"""The regulation's arithmetic in `competition.toml`: `aggregate`, `comments`,
`[rounding]` and `[winners] min_score`, read and written back.

Read into the Settings fields `aggregate`, `comments`, `rounding_criterion`,
`rounding_weighted`, `rounding_score`, `rounding_mode` and `min_score`. Export writes
only what differs from the defaults, so a folder without these keys exports unchanged.
"""

from __future__ import annotations

import json
from typing import Callable

from app.model import Settings

TOML_KEYS = {"aggregate", "comments", "rounding"}
ROUNDING_KEYS = ("criterion", "weighted", "score", "mode")


def read_rounding(rounding, fail: Callable[[str, str], None]) -> dict:
    """The [rounding] table as Settings fields, its values as written (app.entry checks
    them); `fail(key, message)` raises."""
    if not isinstance(rounding, dict):
        fail("rounding", "must be a table: [rounding] with criterion, weighted, score "
                         "and mode")
    for key in rounding:
        if key not in ROUNDING_KEYS:
            fail(f"rounding.{key}", f"unknown key '{key}': use criterion, weighted, score "
                                    "or mode")
    return {f"rounding_{key}": rounding[key] for key in ROUNDING_KEYS if key in rounding}


def regulation_toml(s: Settings, fmt_number: Callable[[float], str]) -> tuple[list, list]:
    """(lines after the top-level keys, lines inside [winners]) for export: only the
    keys that differ from the defaults."""
    top: list[str] = []
    if s.aggregate != "juror":
        top.append(f"aggregate = {json.dumps(s.aggregate)}")
    if s.comments != "none":
        top.append(f"comments = {json.dumps(s.comments)}")
    steps = [(k, getattr(s, f"rounding_{k}")) for k in ROUNDING_KEYS[:3]]
    if any(v is not None for _k, v in steps) or s.rounding_mode != "half_up":
        top += ["", "[rounding]"] + [f"{k} = {v}" for k, v in steps if v is not None]
        top.append(f"mode = {json.dumps(s.rounding_mode)}")
    winners = [] if s.min_score is None else [f"min_score = {fmt_number(s.min_score)}"]
    return top, winners


# ----- adjustments.csv and comments.csv --------------------------------------------------
ADJUSTMENT_COLUMNS = ["project", "points", "reason"]
COMMENT_COLUMNS = ["juror", "project", "criterion", "comment"]


def read_adjustments(path, warnings: list[str]) -> list[tuple[int, "Adjustment"]]:
    """adjustments.csv: project, points (a number, negative takes away), reason."""
    from app import entry
    from app.errors import InputError, Problems
    from app.folder.tables import read_table
    from app.model import Adjustment

    table = read_table(path, ADJUSTMENT_COLUMNS)
    warnings += table.warnings
    out, seen = [], {}
    problems = Problems()
    for line, r in table.rows:
        with problems.gather():
            where = {"file": table.file, "line": line}
            points = entry.points(r["points"], **where)
            reason = entry.reason(r["reason"], "adjustment", **where)
            key = (r["project"], reason)
            if key in seen:
                raise InputError(f"the same adjustment twice (first on line {seen[key]})",
                                 field="reason", **where)
            seen[key] = line
            out.append((line, Adjustment(r["project"], float(points), reason)))
    problems.raise_any()
    return out


def read_comments(path, warnings: list[str]) -> list[tuple[int, tuple, str]]:
    """comments.csv: juror, project, criterion (empty: the whole project), comment.
    A later row for the same juror, project and criterion replaces the earlier one."""
    from app import entry
    from app.errors import Problems
    from app.folder.tables import read_table

    table = read_table(path, COMMENT_COLUMNS)
    warnings += table.warnings
    out = []
    problems = Problems()
    for line, r in table.rows:
        with problems.gather():
            text = entry.text(r["comment"], "comment", kind="reason", file=table.file,
                              line=line)
            out.append((line, (r["juror"], r["project"], r["criterion"]), text))
    problems.raise_any()
    return out


def plan_regulation(data, jurors: dict, projects: set, criteria: dict, problems) -> tuple:
    """The adjustments and comments of the folder checked against the competition:
    ({(project, reason): Adjustment}, {(juror, project, criterion): text})."""
    from app.errors import InputError

    adjustments, comments = {}, {}
    for line, a in data.adjustments:
        with problems.gather():
            if a.project not in projects:
                raise InputError(f"unknown project '{a.project}'", file="adjustments.csv",
                                 line=line, field="project")
            adjustments[(a.project, a.reason)] = a
    for line, (j, p, c), text in data.comments:
        where = {"file": "comments.csv", "line": line}
        with problems.gather():
            if j not in jurors:
                raise InputError(f"unknown juror '{j}'", field="juror", **where)
            if p not in projects:
                raise InputError(f"unknown project '{p}'", field="project", **where)
            if c and c not in criteria:
                raise InputError(f"unknown criterion '{c}'", field="criterion", **where)
            if text:
                comments[(j, p, c)] = text
    return adjustments, comments


def regulation_files(comp, csv_text: Callable, fmt_number: Callable) -> dict[str, str]:
    """adjustments.csv and comments.csv for export, when there is something to write:
    adjustments in running order then by reason, comments sheet by sheet (running order,
    jurors' order, the whole project before its criteria in their order)."""
    files = {}
    if comp.adjustments:
        files["adjustments.csv"] = csv_text(ADJUSTMENT_COLUMNS, (
            [a.project, fmt_number(a.points), a.reason] for a in comp.adjustments))
    if comp.comments:
        projects = {p.code: i for i, p in enumerate(comp.running_order)}
        jurors = {j.code: i for i, j in enumerate(comp.jurors)}
        criteria = {c.code: i for i, c in enumerate(comp.criteria)}
        rows = sorted(comp.comments.items(), key=lambda kv: (
            projects.get(kv[0][1], 1 << 30), jurors.get(kv[0][0], 1 << 30),
            -1 if not kv[0][2] else criteria.get(kv[0][2], 1 << 30), kv[0]))
        files["comments.csv"] = csv_text(COMMENT_COLUMNS, (
            [j, p, c, text] for (j, p, c), text in rows))
    return files
