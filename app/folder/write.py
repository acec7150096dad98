"""Writing a competition back out as a folder that `import` reads again unchanged."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from app.errors import InputError
from app.files import os_words, write_atomic
from app.folder.formulas import TRIGGERS, neutralise
from app.folder.meeting import OPINION_FILE, meeting_files
from app.folder.merge import fmt_number
from app.folder.read import MEETING_KEYS, PROJECT_COLUMNS
from app.folder.regulation import regulation_files, regulation_toml
from app.model import Competition, Settings


def _toml_str(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes
    return json.dumps(value, ensure_ascii=False)


def settings_toml(s: Settings) -> str:
    extra, winners = regulation_toml(s, fmt_number)
    lines = [
        f"title = {_toml_str(s.title)}",
        f"subtitle = {_toml_str(s.subtitle)}",
        f"venue = {_toml_str(s.venue)}",
        f"dates = [{', '.join(_toml_str(d) for d in s.dates)}]",
        f"group_label = {_toml_str(s.group_label)}",
        f"method = {_toml_str(s.method)}",
        f"trim = {s.trim}",
        f"normalize = {_toml_str(s.normalize)}",
        f"score_step = {fmt_number(s.score_step)}",
        f"tie_break = [{', '.join(_toml_str(t) for t in s.tie_break)}]",
        *extra,
        *([f"verification = {_toml_str(s.verification)}"] if s.verification != "none" else []),
        "",
        "[winners]",
        f"per_group = {s.winners_per_group}" if s.winners_per_group is not None
        else f"total = {s.winners_total}",
        *winners,
    ]
    meeting = [(key, getattr(s, name)) for key, name in MEETING_KEYS.items()
               if getattr(s, name) != getattr(Settings, name)]
    if meeting:
        lines += ["", "[meeting]"] + [f"{key} = {_toml_str(value.replace('T', ' '))}"
                                      if key in ("start", "end") else
                                      f"{key} = {_toml_str(value)}" for key, value in meeting]
    return "\n".join(lines) + "\n"


def _csv(header: list[str], rows) -> str:
    """A CSV table; a text cell a spreadsheet would run as a formula is neutralised
    (app.folder.formulas), which import undoes."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([neutralise(c) if isinstance(c, str) and c[:1] in _FIRST else c
                      for c in row] for row in rows)  # one row at a time
    return out.getvalue()


_FIRST = set(TRIGGERS) | {"'"}


def folder_files(comp: Competition) -> dict[str, str]:
    """Every file of the folder as text, by name."""
    files = {"competition.toml": settings_toml(comp.settings),
             "projects.csv": _projects_csv(comp), "jurors.csv": _jurors_csv(comp),
             "criteria.csv": _csv(["code", "name", "max", "weight"],
                                  ([c.code, c.name, fmt_number(c.max), fmt_number(c.weight)]
                                   for c in comp.criteria))}
    jurors = {j.code: i for i, j in enumerate(comp.jurors)}
    projects = {p.code: i for i, p in enumerate(comp.running_order)}
    files["scores.csv"] = _scores_csv(comp, jurors, projects)
    if comp.absences:
        files["absences.csv"] = _csv(["juror", "project"], sorted(
            comp.absences, key=lambda a: (jurors[a[0]], projects[a[1]])))
    if comp.decisions:
        files["decisions.csv"] = _decisions_csv(comp, projects)
    files.update(regulation_files(comp, _csv, fmt_number))
    files.update(meeting_files(comp, _csv))
    return files


def _projects_csv(comp: Competition) -> str:
    """In running order; `withdrawn` only when a project withdrew, then the extra
    columns the organisers' list brought."""
    note_cols = sorted({k for p in comp.projects for k in p.notes})
    withdrawn = any(p.withdrawn for p in comp.projects)
    return _csv(
        PROJECT_COLUMNS + (["withdrawn"] if withdrawn else []) + note_cols,
        ([p.code, p.title, p.organization, p.group, p.category, p.order]
         + (["yes" if p.withdrawn else "no"] if withdrawn else [])
         + [p.notes.get(k, "") for k in note_cols] for p in comp.running_order))


def _jurors_csv(comp: Competition) -> str:
    # attendance only when the meeting's record has one: other programs read the four
    attendance = any(j.attendance != "present" for j in comp.jurors)
    return _csv(["code", "name", "position", "role"] + (["attendance"] if attendance else []),
                ([j.code, j.name, j.position, j.role] + ([j.attendance] if attendance else [])
                 for j in comp.jurors))


def _scores_csv(comp: Competition, jurors: dict, projects: dict) -> str:
    """Sheet by sheet, in running order: the way the marks came in; a recusal as R."""
    criteria = {c.code: i for i, c in enumerate(comp.criteria)}
    rows = [(projects[p], jurors[j], criteria[c], [j, p, c, fmt_number(s)])
            for (j, p, c), s in comp.marks.items()]
    rows += [(projects[p], jurors[j], -1, [j, p, "", "R"]) for j, p in comp.recusals]
    rows.sort(key=lambda r: r[:3])
    return _csv(["juror", "project", "criterion", "score"], (r[3] for r in rows))


def _decisions_csv(comp: Competition, projects: dict) -> str:
    return _csv(
        ["project", "winner", "reason", "decided_at", "basis", "votes", "casting"],
        ([d.project, "yes" if d.winner else "no", d.reason, d.decided_at, d.basis,
          ":".join(map(str, d.votes)) if d.votes else "", "yes" if d.casting else "no"]
         for d in sorted(comp.decisions.values(), key=lambda d: projects[d.project])))


def export_folder(comp: Competition, folder: str | Path) -> list[Path]:
    """Write the folder; each file is written whole to a temporary name, then renamed.
    A folder that cannot be written is refused (InputError) naming it."""
    folder = Path(folder)
    try:
        return _write(folder, folder_files(comp))
    except OSError as exc:
        raise InputError(f"cannot write the folder: {os_words(exc)}",
                         file=str(folder)) from None


def _write(folder: Path, files: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in files.items():
        written.append(write_atomic(folder / name, text.encode("utf-8")))
    # a stale file of ours from an earlier export would be read back in: remove it
    for name in ("absences.csv", "decisions.csv", "adjustments.csv", "comments.csv",
                 OPINION_FILE):
        if folder / name not in written:
            (folder / name).unlink(missing_ok=True)
    return written
