"""A second laptop: a keying copy handed over, and its marks merged back.

`handover` writes a new competition file holding the set-up only (settings, projects,
jurors, criteria: no marks, recusals, absences or decisions), marked in `paper_meta` as
a copy of this competition and set-up (app.paper.codes) with an id of its own. Another
secretary keys paper sheets into it in the window: other jurors' (in parallel) or the
same ones (blind, a second keying).

`merge` reads a file of the same competition and set-up (a keying copy, or the main file
itself, so a copy can take in the main file's marks too) and brings it in, sheet by
sheet (a sheet: one juror, one project):

- a sheet this file has nothing of: the copy's marks, recusal or absence are added;
- a sheet keyed here too: each mark the copy has is a second keying. Equal marks verify
  it; a mark this file lacks is added; a different mark is recorded as the second
  keying and listed, and the mark here is left as it is until the secretary settles it.
  A recusal or absence against marks (or the other way round) is listed the same way;
- a sheet already merged from the same copy with the same content is skipped, and so
  is a sheet the copy took in from this very file (merged both ways), so one keying
  never counts as two.

Who keyed what: a mark taken from the copy keeps, in this file's history, the note
"merged from keying copy … keyed by NAME" (NAME from the copy's own history), and
each second keying records NAME in its row. Everything is one audited action.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import InputError
from app.model import Competition
from app.paper import codes, records, state
from app.store import Store
from app.store import codec


@dataclass
class MergePlan:
    """What a merge would do, worked out without writing (the window's preview)."""

    source: Path
    copy: str                                   # the source file's id
    keyers: list[str] = field(default_factory=list)
    marks: list[dict] = field(default_factory=list)          # rows for `marks`
    pairs: list[tuple[str, str, str]] = field(default_factory=list)  # (table, juror, project)
    second_marks: list[dict] = field(default_factory=list)
    second_sheets: list[dict] = field(default_factory=list)
    merged: list[dict] = field(default_factory=list)
    conflicts: list[state.Difference] = field(default_factory=list)
    verified: int = 0                           # sheets this merge makes verified
    skipped: int = 0                            # sheets already merged from this copy

    @property
    def added(self) -> int:
        return len(self.marks) + len(self.pairs)

    def lines(self) -> list[str]:
        """One line per difference, for stdout and the preview."""
        from app.cli.paper import conflict_line

        return [conflict_line(d, here="here", there="in the copy") for d in self.conflicts]

    def summary(self) -> str:
        return (f"{self.added} mark(s), recusal(s) or absence(s) added, {self.verified} "
                f"sheet(s) verified, {len(self.conflicts)} difference(s) to settle"
                + (f", {self.skipped} sheet(s) already merged" if self.skipped else ""))


def handover(comp: Competition, store: Store, target: str | os.PathLike) -> dict:
    """Write the keying copy to `target` (a new file); record it here. Returns what the
    copy is a copy of."""
    target = Path(target)
    _check_target(store, target)
    meta = {"competition": codes.competition_id(comp), "setup": codes.setup_fingerprint(comp),
            "copy": uuid.uuid4().hex,
            "made_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "from": Path(store.path).name if store.path else ""}
    text = json.dumps(meta, ensure_ascii=False, sort_keys=True)
    if not target.parent.is_dir():  # named as asked for, not as the temporary file below
        raise InputError(f"{target}: there is no folder {target.parent}", field="FILE.jury")
    tmp = target.with_name(f".{target.name}.writing")
    tmp.unlink(missing_ok=True)
    try:
        _write_copy(comp, tmp, meta["from"], text)
        for suffix in ("-wal", "-shm"):
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, target)
    finally:
        _clear_temporary(tmp)
    with store.transaction("handover", f"keying copy handed over: {target.name}") as tx:
        tx.put("paper_meta", {"key": f"handed_over:{meta['copy']}", "value": text})
    return meta


def _check_target(store: Store, target: Path) -> None:
    """A keying copy goes into a new file, never over one, nor the open file."""
    if target.exists():
        raise InputError(f"{target}: already exists: a keying copy needs a new file name",
                         field="FILE.jury")
    if store.path is not None and target.resolve() == Path(store.path).resolve():
        raise InputError(f"{target}: that is the open file itself", field="FILE.jury")


def _write_copy(comp: Competition, tmp: Path, source_name: str, text: str) -> None:
    """The set-up (settings, projects, jurors, criteria) into a new file, marked as a
    copy (`text`: what it is a copy of)."""
    with Store.open(tmp) as copy:
        with copy.transaction("handover", f"keying copy of {comp.settings.title} made "
                                          f"from {source_name}") as tx:
            for key, value in codec.settings_items(comp.settings):
                tx.set_setting(key, value)
            tx.put_many("projects", [codec.project_row(p) for p in comp.projects])
            tx.put_many("jurors", [codec.juror_row(j) for j in comp.jurors])
            tx.put_many("criteria", [codec.criterion_row(c) for c in comp.criteria])
            tx.put("paper_meta", {"key": "copy_of", "value": text})


def _clear_temporary(tmp: Path) -> None:
    """Remove what writing the copy under its temporary name left beside it."""
    for name in (tmp.name, tmp.name + "-lock", tmp.name + "-wal", tmp.name + "-shm"):
        tmp.with_name(name).unlink(missing_ok=True)
    backups = tmp.parent / "backups"
    if backups.is_dir():  # a new file's own backups would name the temporary file
        for b in backups.glob(f"{tmp.name}.*"):
            b.unlink(missing_ok=True)


def _keyers(conn) -> dict[tuple, str]:
    """(juror, project[, criterion]) -> who keyed it last, from a file's history."""
    from app.store.audit_rows import unpack

    out: dict[tuple, str] = {}
    for entity, key, old, new, note in conn.execute(
            "SELECT entity, key, old, new, note FROM audit WHERE entity IN "
            "('marks', 'recusals', 'absences') ORDER BY id"):
        who = note[len("keyed by "):] if note.startswith("keyed by ") else \
            note.split(" keyed by ", 1)[1] if " keyed by " in note else ""
        for k, _before, _after in unpack(entity, key, old, new):
            out[tuple(k)] = who
    return out


def _sheet(comp: Competition, juror: str, project: str) -> tuple[str, dict[str, float]]:
    status = state.first_status(comp, juror, project)
    marks = {c.code: comp.marks[(juror, project, c.code)] for c in comp.criteria
             if (juror, project, c.code) in comp.marks}
    return status, marks


def _value(status: str, marks: dict) -> str:
    return status if status != state.MARKS else json.dumps(marks, sort_keys=True)


def plan_merge(comp: Competition, paper: records.Paper, conn, path: str | os.PathLike,
               own_path=None) -> MergePlan:
    """Read `path` and work out the merge (InputError when it cannot be merged)."""
    path = Path(path)
    if own_path is not None and path.exists() and path.resolve() == Path(own_path).resolve():
        raise InputError(f"{path}: that is the open file itself", field="FILE.jury")
    source = _read_source(path)
    _check_same_set_up(path, source.comp, comp)
    meta = source.paper.copy_of
    copy = meta["copy"] if meta else "file:" + source.first
    plan = MergePlan(path, copy)
    done = records.merged_of(conn, copy)
    mine = _own_ids(conn, paper)
    names: set[str] = set()
    for j in comp.scoring_jurors:
        for p in comp.running_order:
            if not p.withdrawn:
                names.add(_plan_one(plan, comp, paper, source, done, mine, j.code, p.code))
    names.discard("")
    plan.keyers = sorted(names)
    return plan


@dataclass
class _Source:
    """What a merge reads of the file it merges from."""

    comp: Competition
    paper: records.Paper
    first: str                          # its first audit row's hash: its id if no copy
    keyers: dict[tuple, str]            # see `_keyers`
    came_from: dict[tuple, str]         # (copy, juror, project) -> what it took in


def _read_source(path: Path) -> _Source:
    with Store.open(path, create=False, read_only=True) as source:
        other = source.load()
        other_paper = records.load(source.conn)
        first = source.conn.execute("SELECT hash FROM audit ORDER BY id LIMIT 1").fetchone()
        return _Source(other, other_paper, first[0] if first else "", _keyers(source.conn),
                       _came_from(source.conn))


def _came_from(conn) -> dict[tuple, str]:
    """What the source took in from other files: a sheet it got from this very file is
    this file's own keying coming back, never a second one."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "second_marks" not in tables:
        return {}
    return {(c, j, p): v for c, j, p, v in conn.execute(
        "SELECT copy, juror, project, value FROM merged")}


def _check_same_set_up(path: Path, other: Competition, comp: Competition) -> None:
    """Refuse a file of another competition, or of another set-up of this one."""
    if codes.competition_id(other) != codes.competition_id(comp):
        raise InputError(f"{path}: a copy of another competition "
                         f"({other.settings.title!r}), not of {comp.settings.title!r}",
                         field="FILE.jury", code="copy_other_competition")
    if codes.setup_fingerprint(other) != codes.setup_fingerprint(comp):
        raise InputError(f"{path}: made for another set-up of this competition (the jurors, "
                         "criteria, score step or running order changed since it was "
                         "handed over): hand over a new copy", field="FILE.jury",
                         code="copy_other_setup")


def _own_ids(conn, paper: records.Paper) -> set[str]:
    """The ids this file goes by: its own, and the copy's id if it is a keying copy."""
    mine = conn.execute("SELECT hash FROM audit ORDER BY id LIMIT 1").fetchone()
    return {"file:" + (mine[0] if mine else "")} | (
        {paper.copy_of["copy"]} if paper.copy_of else set())


def _plan_one(plan: MergePlan, comp: Competition, paper, source: _Source, done: dict,
              mine: set[str], juror: str, project: str) -> str:
    """One sheet of the source into the plan; who keyed it ("" when it is skipped or
    nobody is named)."""
    b_status, b_marks = _sheet(source.comp, juror, project)
    if b_status == state.MARKS and not b_marks:
        return ""
    value = _value(b_status, b_marks)
    if done.get((juror, project)) == value or any(
            source.came_from.get((i, juror, project)) == value for i in mine):
        plan.skipped += 1
        return ""
    who = _keyed_by(source.keyers, juror, project, b_marks)
    plan.merged.append({"copy": plan.copy, "juror": juror, "project": project,
                        "value": value})
    _plan_sheet(plan, comp, paper, juror, project, b_status, b_marks, who, source.keyers)
    return who


def _keyed_by(keyers: dict, juror: str, project: str, marks: dict) -> str:
    """Who keyed a sheet: its recusal's or absence's keyer, else its first mark's."""
    return keyers.get((juror, project)) or next(
        (keyers[(juror, project, c)] for c in marks if (juror, project, c) in keyers), "")


def _plan_sheet(plan: MergePlan, comp, paper, juror, project, b_status, b_marks, who,
                keyers) -> None:
    a_status, a_marks = _sheet(comp, juror, project)
    seconds = _seconds(paper, juror, project)
    if a_status == state.MARKS and not a_marks and not seconds:
        _take_over(plan, juror, project, b_status, b_marks)
        return
    plan.second_sheets.append({"juror": juror, "project": project, "status": b_status,
                               "keyed_by": who})
    if a_status != b_status:
        plan.conflicts.append(state.Difference(juror, project, "", a_status, b_status, who))
        plan.second_marks += [{"juror": juror, "project": project, "criterion": c,
                               "score": v, "keyed_by": who} for c, v in b_marks.items()]
    elif a_status == state.MARKS:   # (recused or absent in both: agreed)
        differ = _second_keying(plan, comp, juror, project, a_marks, b_marks, who, keyers)
        if not differ and _keyed_twice(comp, a_marks, b_marks, seconds):
            plan.verified += 1


def _seconds(paper, juror: str, project: str) -> set[str]:
    """The criteria of a sheet an earlier merge already keyed a second time."""
    return {k[2] for k in paper.second_marks if k[:2] == (juror, project)}


def _keyed_twice(comp, a_marks: dict, b_marks: dict, seconds: set[str]) -> bool:
    """A complete sheet every mark of which has now been keyed twice (by this copy or
    an earlier one): verified, when no mark differed."""
    complete = len(a_marks) == len(comp.criteria)
    twice = {c for c in a_marks if c in b_marks} | seconds
    return complete and twice >= set(a_marks)


def _take_over(plan: MergePlan, juror: str, project: str, b_status: str,
               b_marks: dict) -> None:
    """Nothing here yet: the copy's keying becomes this file's."""
    if b_status == state.MARKS:
        plan.marks += [{"juror": juror, "project": project, "criterion": c,
                        "score": v} for c, v in b_marks.items()]
    else:
        plan.pairs.append(("recusals" if b_status == state.RECUSED else "absences",
                           juror, project))


def _second_keying(plan: MergePlan, comp, juror, project, a_marks: dict, b_marks: dict,
                   who: str, keyers: dict) -> bool:
    """The copy's marks on a sheet marked here too: a mark this file lacks is added,
    every other is a second keying, listed when it differs. Whether any differed."""
    differ = False
    for c in comp.criteria:
        if c.code not in b_marks:
            continue
        v = b_marks[c.code]
        by = keyers.get((juror, project, c.code), who)
        if c.code not in a_marks:
            plan.marks.append({"juror": juror, "project": project, "criterion": c.code,
                               "score": v})
            continue
        plan.second_marks.append({"juror": juror, "project": project, "criterion": c.code,
                                  "score": v, "keyed_by": by})
        if a_marks[c.code] != v:
            differ = True
            plan.conflicts.append(state.Difference(juror, project, c.code, a_marks[c.code],
                                                   v, by))
    return differ


def apply_merge(store: Store, plan: MergePlan) -> None:
    """Write a plan from `plan_merge`, all of it in one audited action."""
    by = f" keyed by {', '.join(plan.keyers)}" if plan.keyers else ""
    with store.transaction("merge", f"merged from keying copy {plan.source.name} "
                                    f"({plan.copy[:12]}){by}") as tx:
        for row in plan.marks:
            tx.put("marks", row)
        for table, juror, project in plan.pairs:
            tx.put(table, {"juror": juror, "project": project})
        for row in plan.second_sheets:
            tx.put("second_sheets", row)
        for row in plan.second_marks:
            tx.put("second_marks", row)
        for row in plan.merged:
            tx.put("merged", row)
