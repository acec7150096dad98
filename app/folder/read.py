"""Reading a competition folder (see the exchange-format contract) into model objects.

Each file is checked on its own here; what needs several files or the database (a mark's
juror, a mark against its criterion's max) is checked in `app.folder.merge`.
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from app import entry
from app.bulk import paused_gc
from app.errors import InputError, Problems
from app.folder import regulation
from app.folder.meeting import OPINION_FILE, read_opinions
from app.folder.tables import decode, read_bytes, read_columns, read_table
from app.meeting import parse_votes
from app.model import ATTENDANCE, ROLES, Criterion, Decision, Juror, Opinion, Project, Settings

PROJECT_COLUMNS = ["code", "title", "organization", "group", "category", "order"]
# `withdrawn` is ours (not in the contract): export writes it only when a project withdrew
PROJECT_OPTIONAL = ["withdrawn"]
JUROR_COLUMNS = ["code", "name", "position", "role"]
CRITERION_COLUMNS = ["code", "name", "max"]
SCORE_COLUMNS = ["juror", "project", "criterion", "score"]
# Two files of ours beside the contract's, so that export -> import loses nothing
ABSENCE_COLUMNS = ["juror", "project"]
DECISION_COLUMNS = ["project", "winner", "reason"]

# the letters of a recusal: the rule lives in app.entry, with a typed mark's
RECUSAL_LETTERS = entry.RECUSAL_LETTERS
_TOML_KEYS = {"title", "subtitle", "venue", "dates", "group_label", "method", "trim",
              "normalize", "score_step", "tie_break", "winners",
              "verification", "meeting"} | regulation.TOML_KEYS
# [meeting] key -> Settings field (app.meeting holds the rules)
MEETING_KEYS = {"number": "meeting_number", "place": "meeting_place", "timezone": "timezone",
                "quorum": "quorum", "start": "meeting_start", "end": "meeting_end",
                "chair": "chaired_by"}


@dataclass
class ScoreRow:
    line: int
    juror: str
    project: str
    criterion: str
    text: str          # the score as written; checked against the criterion in merge


@dataclass
class Scores:
    """scores.csv as one list per column (stripped text) and each row's line, so that
    200,000 marks are checked in a few passes over whole columns (see merge)."""

    jurors: list[str] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)
    criteria: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    lines: Sequence[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.lines)

    def __iter__(self):
        """Row by row, for reporting each problem with its line."""
        return map(ScoreRow, self.lines, self.jurors, self.projects, self.criteria, self.texts)


@dataclass
class FolderData:
    folder: Path
    settings: Settings | None = None
    projects: list[Project] | None = None
    jurors: list[Juror] | None = None
    criteria: list[Criterion] | None = None
    scores: Scores = field(default_factory=Scores)
    absences: list[tuple[int, str, str]] = field(default_factory=list)
    decisions: list[tuple[int, Decision]] = field(default_factory=list)
    # the regulation's files (app.folder.regulation)
    adjustments: list = field(default_factory=list)
    comments: list = field(default_factory=list)
    # the meeting's opinions.csv (app.folder.meeting)
    opinions: list[tuple[int, Opinion]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_folder(folder: str | Path, progress=None) -> FolderData:
    """Every file of a competition folder, each checked on its own. `progress(fraction)`
    hears how far the reading of a whole import has come (up to 0.35; see merge)."""
    with paused_gc():
        return _read_folder(Path(folder), progress or _quiet)


def _quiet(_fraction: float) -> None:
    pass


def _read_folder(folder: Path, progress) -> FolderData:
    if not folder.is_dir():
        raise InputError("no such competition folder", file=str(folder))
    data = FolderData(folder)
    # every file is read even when an earlier one is bad, so that all problems show at once
    problems = Problems()
    for names, field_name, read, done in _FILES:
        with problems.gather():
            path = _one_of(folder, *names)
            if path is not None:
                setattr(data, field_name, read(path, data.warnings))
        if done is not None:
            progress(done)
    problems.raise_any()
    progress(0.35)
    return data


def _read_absences(path: Path, warnings: list[str]) -> list[tuple[int, str, str]]:
    table = read_table(path, ABSENCE_COLUMNS)
    warnings += table.warnings
    return [(line, r["juror"], r["project"]) for line, r in table.rows]


def read_one_table(path: str | Path) -> FolderData:
    """A single table on its own, such as the organisers' project list (CSV or XLSX).

    The file name says which table it is (jurors, criteria or scores, any suffix); any
    other name is read as a project list, the file organisers usually send."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", file=str(path))
    data = FolderData(path.parent)
    kind = path.stem.lower()
    if kind == "jurors":
        data.jurors = read_jurors(path, data.warnings)
    elif kind == "criteria":
        data.criteria = read_criteria(path, data.warnings)
    elif kind == "scores":
        data.scores = read_scores(path, data.warnings)
    else:
        data.projects = read_projects(path, data.warnings)
    return data


def read_scores(path: Path, warnings: list[str]) -> Scores:
    columns = read_columns(path, SCORE_COLUMNS)
    if columns is not None:
        (jurors, projects, criteria, texts), lines, found = columns
        warnings += found
        return Scores(jurors, projects, criteria, texts, lines)
    table = read_table(path, SCORE_COLUMNS)
    warnings += table.warnings
    rows = table.rows
    return Scores([r["juror"] for _, r in rows], [r["project"] for _, r in rows],
                  [r["criterion"] for _, r in rows], [r["score"] for _, r in rows],
                  [line for line, _ in rows])


def _one_of(folder: Path, *names: str) -> Path | None:
    found = [folder / n for n in names if (folder / n).exists()]
    if len(found) > 1:
        raise InputError(f"both {' and '.join(p.name for p in found)} are in the folder: "
                         "keep only one of them", file=found[0].name)
    return found[0] if found else None


# ----- competition.toml --------------------------------------------------------------
# The file's shape is read here (TOML, its tables and keys, a date or a list where one
# may be written); every value is then held to the rules the window's are held to
# (`entry.check_settings`), so both refuse the same value with the same words.
def read_settings(path: Path, warnings: list[str]) -> Settings:
    name = path.name
    text = decode(read_bytes(path), name)
    raw = _toml(text, name)
    where = _Where(name, text)
    for key in raw:
        if key not in _TOML_KEYS:
            warnings.append(f"{name}: ignored the unknown setting '{key}'")
    values = {key: raw[key] for key in _PLAIN_KEYS if key in raw}
    values.update(dates=_dates(raw.get("dates", []), where),
                  tie_break=_tie_break(raw.get("tie_break", []), where),
                  **_winners(raw.get("winners"), where, warnings),
                  **regulation.read_rounding(raw.get("rounding", {}), where.fail),
                  **_meeting(raw.get("meeting"), where, warnings))
    try:
        return entry.check_settings(Settings(**values))
    except InputError as exc:
        key = _key_of(exc.field, raw)
        raise InputError(exc.message, file=name, line=where.line_of(key), field=key,
                         code=exc.code, params=exc.params) from None


def _key_of(field: str | None, raw: dict) -> str | None:
    """The key of competition.toml a refused setting is written as: the number of winners
    is `per_group` or `total` in [winners]."""
    if field == "winners" and isinstance(raw.get("winners"), dict):
        return "winners.per_group" if "per_group" in raw["winners"] else "winners.total"
    return field


# top-level keys whose value goes into Settings as written, to be checked there
_PLAIN_KEYS = ("title", "subtitle", "venue", "group_label", "method", "trim", "normalize",
               "score_step", "verification", "aggregate", "comments")


def _toml(text: str, name: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+)", str(exc))
        raise InputError(f"not valid TOML: {exc}", file=name,
                         line=int(m.group(1)) if m else None) from None
    except RecursionError:  # tomllib recurses into nested arrays and tables
        raise InputError("not valid TOML: nested too deeply", file=name) from None


class _Where:
    """Where a key of competition.toml is written, for a refusal that names its line."""

    def __init__(self, name: str, text: str):
        self.name, self.text = name, text

    def line_of(self, key: str | None) -> int | None:
        """The line `key = ...` (for "meeting.start", `start = ...`) or `[key]` is on."""
        key = re.escape((key or "").split(".")[-1])
        m = re.search(rf"(?m)^\s*(?:{key}\s*=|\[{key}\])", self.text)
        return self.text.count("\n", 0, m.start()) + 1 if m else None

    def fail(self, key: str, message: str):
        raise InputError(message, file=self.name, line=self.line_of(key), field=key)


def _dates(value, where: _Where) -> list:
    """One date or a list of them; a TOML date as YYYY-MM-DD (entry checks the rest)."""
    if isinstance(value, (str, _dt.date)):
        value = [value]
    if not isinstance(value, list):
        where.fail("dates", "must be a list of dates such as [\"2021-10-05\", \"2021-10-06\"]")
    return [d.isoformat() if isinstance(d, _dt.date) and not isinstance(d, _dt.datetime)
            else d for d in value]


def _tie_break(value, where: _Where) -> list:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        where.fail("tie_break", "must be a list of criterion codes such as [\"relevance\"]")
    return value


def _winners(winners, where: _Where, warnings: list[str]) -> dict:
    """The [winners] table: per_group = N or total = N, and min_score."""
    if winners is None:
        warnings.append(f"{where.name}: no [winners] table; taking the top 4 of each group")
        return {"winners_per_group": 4, "winners_total": None}
    if not isinstance(winners, dict):
        where.fail("winners", "must be a table: [winners] with per_group = N or total = N")
    for key in winners:
        if key not in ("per_group", "total", "min_score"):
            where.fail(f"winners.{key}", f"unknown key '{key}': use per_group, total or "
                                         "min_score")
    if ("per_group" in winners) == ("total" in winners):
        where.fail("winners", "set exactly one of per_group = N or total = N")
    return {"winners_per_group": winners.get("per_group"),
            "winners_total": winners.get("total"), "min_score": winners.get("min_score")}


def _meeting(raw, where: _Where, warnings: list[str]) -> dict:
    """The optional [meeting] table (see app.meeting for what each key means)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        where.fail("meeting", "must be a table: [meeting] with number, place, timezone, "
                              "quorum, start, end, chair")
    values = {}
    for key, value in raw.items():
        if key not in MEETING_KEYS:
            warnings.append(f"{where.name}: ignored the unknown setting 'meeting.{key}'")
            continue
        values[MEETING_KEYS[key]] = _meeting_text(key, value)
    return values


def _meeting_text(key: str, value):
    """A [meeting] value TOML may write unquoted (a number, a time) as the text it
    stands for; anything else as it is, for entry.check_settings to judge."""
    if isinstance(value, int) and not isinstance(value, bool) and key == "number":
        return str(value)
    if isinstance(value, _dt.datetime) and key in ("start", "end"):
        return value.isoformat(sep=" ")[:16]
    if isinstance(value, _dt.time) and key in ("start", "end"):
        return value.strftime("%H:%M")
    return value


# ----- the tables ----------------------------------------------------------------------
def _check_codes(file: str, rows, problems: Problems, what: str) -> None:
    seen: dict[str, int] = {}
    for line, r in rows:
        code = r["code"]
        with problems.gather():
            entry.check_code(code, what, file=file, line=line)
            if code in seen:
                raise InputError(f"duplicate code '{code}' (first on line {seen[code]})",
                                 file=file, line=line, field="code")
            seen[code] = line


def _coded_table(path: Path, what: str, required: list[str], optional: list[str],
                 warnings: list[str], **options):
    """A table whose records are named by a code (of a project, juror or criterion: `what`),
    read with its codes checked: (the table, the problems found so far, to gather more
    into)."""
    table = read_table(path, required, optional, **options)
    warnings += table.warnings
    problems = Problems()
    _check_codes(table.file, table.rows, problems, what)
    return table, problems


def _number(text: str, file: str, line: int, field_name: str) -> float:
    """A positive number no larger than LARGEST (max and weight)."""
    value = entry.number(text, file=file, line=line, field=field_name)
    problem = entry.scale_problem(value, field_name)
    if problem:
        raise InputError(problem, file=file, line=line, field=field_name)
    return float(value)


def _required(r: dict, key: str, file: str, line: int) -> str:
    if not r[key]:
        raise InputError(f"the {key} is empty", file=file, line=line, field=key)
    return _text(r, key, file, line)


def _text(r: dict, key: str, file: str, line: int, kind: str | None = None) -> str:
    """A text column as stored (NFC, within its length limit: app.entry)."""
    return entry.text(r.get(key, ""), key, file=file, line=line, kind=kind)


# `withdrawn` as other programs may write it; empty: not withdrawn
_WITHDRAWN = {**entry.YES_NO, "": False, "0": False, "false": False, "1": True, "true": True}


def read_projects(path: Path, warnings: list[str]) -> list[Project]:
    table, problems = _coded_table(path, "project", PROJECT_COLUMNS, PROJECT_OPTIONAL,
                                   warnings, keep_extra=True)
    name = table.file
    projects, orders = [], {}
    extra = [c for c in table.columns if c and c not in PROJECT_COLUMNS + PROJECT_OPTIONAL]
    for line, r in table.rows:
        with problems.gather():
            projects.append(_project_row(r, line, name, orders, extra))
    problems.raise_any()
    if orders and sorted(orders) != list(range(1, len(orders) + 1)):
        missing = sorted(set(range(1, len(orders) + 1)) - set(orders))
        raise InputError(f"the running order must be 1..{len(orders)} with no gaps; "
                         f"{', '.join(map(str, missing[:5]))} is missing",
                         file=name, field="order")
    return projects


def _project_row(r: dict, line: int, name: str, orders: dict, extra: list[str]) -> Project:
    title = _required(r, "title", name, line)
    order_text = r["order"]
    if not re.fullmatch(r"[0-9]{1,9}", order_text) or int(order_text) < 1:
        raise InputError(f"the running order must be a whole number 1 or more, not "
                         f"'{order_text}'", file=name, line=line, field="order")
    order = int(order_text)
    if order in orders:
        raise InputError(f"order {order} is also on line {orders[order]}", file=name,
                         line=line, field="order")
    orders[order] = line
    withdrawn = entry.yes_no(r.get("withdrawn", ""), "withdrawn", file=name, line=line,
                             words=_WITHDRAWN)
    notes = {c: _text(r, c, name, line, "note") for c in extra if r.get(c)}
    return Project(r["code"], title, _text(r, "organization", name, line),
                   _text(r, "group", name, line), _text(r, "category", name, line),
                   order, withdrawn, notes)


def read_jurors(path: Path, warnings: list[str]) -> list[Juror]:
    table, problems = _coded_table(path, "juror", JUROR_COLUMNS, ["attendance"], warnings)
    name = table.file
    jurors = []
    for i, (line, r) in enumerate(table.rows, start=1):
        with problems.gather():
            role = entry.choice(r["role"].lower() or "member", ROLES, "role", file=name,
                                line=line)
            attendance = entry.choice((r.get("attendance") or "present").strip().lower(),
                                      ATTENDANCE, "attendance", file=name, line=line)
            jurors.append(Juror(r["code"], _required(r, "name", name, line),
                                _text(r, "position", name, line), role, i, attendance))
    problems.raise_any()
    chairs = [j for j in jurors if j.role == "chair"]
    if len(chairs) != 1:
        warnings.append(f"{name}: {len(chairs)} jurors have the role chair; the protocol "
                        "expects exactly one")
    return jurors


def read_criteria(path: Path, warnings: list[str]) -> list[Criterion]:
    table, problems = _coded_table(path, "criterion", CRITERION_COLUMNS, ["weight"], warnings)
    name = table.file
    criteria = []
    for i, (line, r) in enumerate(table.rows, start=1):
        with problems.gather():
            criteria.append(_criterion_row(r, line, name, i))
    problems.raise_any()
    return criteria


def _criterion_row(r: dict, line: int, name: str, order: int) -> Criterion:
    top = _number(r["max"], name, line, "max")
    weight = _number(r.get("weight") or "1", name, line, "weight")
    return Criterion(r["code"], _required(r, "name", name, line), top, weight, order)


def read_decisions(path: Path, warnings: list[str]) -> list[tuple[int, Decision]]:
    table = read_table(path, DECISION_COLUMNS, ["decided_at", "basis", "votes", "casting"])
    warnings += table.warnings
    out = []
    problems = Problems()
    for line, r in table.rows:
        with problems.gather():
            where = {"file": table.file, "line": line}
            winner = entry.yes_no(r["winner"], "winner", **where)
            reason = entry.reason(r["reason"], "decision", **where)
            try:
                votes = parse_votes(r.get("votes", ""))  # the rule decide's --votes has too
            except ValueError as exc:
                raise InputError(str(exc), field="votes", **where) from None
            casting = entry.yes_no(r.get("casting") or "no", "casting", **where)
            out.append((line, Decision(r["project"], winner, reason, r.get("decided_at", ""),
                                       r.get("basis", ""), votes, casting)))
    problems.raise_any()
    return out


# the folder's files, each read on its own when it is there:
# (its names: one of them may be there, FolderData field, reader, how far a whole import
# has come once it is read), in the order they are read
_FILES = (
    (("competition.toml",), "settings", read_settings, None),
    (("projects.csv", "projects.xlsx"), "projects", read_projects, None),
    (("jurors.csv",), "jurors", read_jurors, None),
    (("criteria.csv",), "criteria", read_criteria, 0.05),
    (("scores.csv",), "scores", read_scores, 0.3),
    (("absences.csv",), "absences", _read_absences, None),
    (("decisions.csv",), "decisions", read_decisions, None),
    (("adjustments.csv",), "adjustments", regulation.read_adjustments, None),
    (("comments.csv",), "comments", regulation.read_comments, None),
    ((OPINION_FILE,), "opinions", read_opinions, None),
)
