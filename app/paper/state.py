"""The state of a sheet (one juror's marks for one project): the one rule, used by the
Progress board, `jury-room progress`, the protocol and finalize.

A pure function of the competition (the first keying: marks, recusals, absences) and the
paper records (the second keying). The states are the contract's:

- `missing`: nothing keyed; `partial`: some criteria keyed (or all of them, but a
  required comment is missing); `keyed`: every criterion keyed once;
- `verified`: every criterion keyed twice with the same marks;
- `conflict`: keyed twice and the two differ somewhere (a mark, a mark keyed only the
  second time, or recused / absent / marks), not yet settled. The second keying is
  compared with the marks as they are now, so a mark changed after its sheet was
  verified makes a conflict again;
- `recused`, `absent`: as recorded (a second keying that agrees leaves them so);
- `withdrawn` (the board only): the project was withdrawn; the contract's list leaves
  such sheets out.
"""

from __future__ import annotations

from typing import NamedTuple

from app.model import Competition, Project
from app.paper.records import Paper

MISSING, PARTIAL, KEYED, VERIFIED, CONFLICT, RECUSED, ABSENT, WITHDRAWN = (
    "missing", "partial", "keyed", "verified", "conflict", "recused", "absent", "withdrawn")
# the contract's states, in the order the board's legend lists them
STATES = (MISSING, PARTIAL, KEYED, VERIFIED, CONFLICT, RECUSED, ABSENT)
MARKS = "marks"  # a sheet read as carrying marks (not recused, not absent)


class Difference(NamedTuple):
    """One place where the two keyings of a sheet differ. `criterion` is '' when they
    differ on what the sheet is (`first` / `second` then say marks, recused or absent);
    else the marks (None: not keyed that time)."""

    juror: str
    project: str
    criterion: str
    first: float | str | None
    second: float | str | None
    second_by: str


def first_status(comp: Competition, juror: str, project: str) -> str:
    pair = (juror, project)
    return RECUSED if pair in comp.recusals else ABSENT if pair in comp.absences else MARKS


def differences(comp: Competition, paper: Paper, juror: str, project: str
                ) -> list[Difference]:
    """Where this sheet's second keying disagrees with its first; [] when it agrees or
    was not keyed a second time."""
    second = paper.second_sheets.get((juror, project))
    seconds = {c.code: paper.second_marks[(juror, project, c.code)]
               for c in comp.criteria if (juror, project, c.code) in paper.second_marks}
    if second is None and not seconds:
        return []
    status = first_status(comp, juror, project)
    second_status = second.status if second is not None else MARKS
    if status != second_status:
        by = second.keyed_by if second is not None else ""
        return [Difference(juror, project, "", status, second_status, by)]
    if status != MARKS:
        return []
    return _mark_differences(comp, juror, project, seconds)


def _mark_differences(comp: Competition, juror: str, project: str,
                      seconds: dict[str, tuple]) -> list[Difference]:
    """The criteria whose second keying (`seconds`: criterion -> (value, keyed by))
    differs from the mark held, in the criteria's order."""
    out = []
    for c in comp.criteria:
        if c.code not in seconds:
            continue
        value, keyed_by = seconds[c.code]
        first = comp.marks.get((juror, project, c.code))
        if first != value:
            out.append(Difference(juror, project, c.code, first, value, keyed_by))
    return out


def sheet_state(comp: Competition, paper: Paper, juror: str, project: Project) -> str:
    """The state of `juror`'s sheet for `project` (see the module's description)."""
    if project.withdrawn:
        return WITHDRAWN
    code = project.code
    if differences(comp, paper, juror, code):
        return CONFLICT
    status = first_status(comp, juror, code)
    if status != MARKS:
        return status
    marks, seconds = comp.marks, paper.second_marks
    keyed = twice = 0
    for c in comp.criteria:
        key = (juror, code, c.code)
        if key in marks:
            keyed += 1
            twice += key in seconds  # equal, or differences() would have said so
    if not keyed:
        return MISSING
    if keyed < len(comp.criteria) or _comment_missing(comp, juror, code):
        return PARTIAL
    return VERIFIED if twice == keyed else KEYED


def _comment_missing(comp: Competition, juror: str, project: str) -> bool:
    """With `comments = "required"` a sheet without the juror's comment (on the project
    or on one of its criteria) is not complete: it stays partial."""
    if comp.settings.comments != "required":
        return False
    written = comp.comments
    return not ((juror, project, "") in written or
                any((juror, project, c.code) in written for c in comp.criteria))


def sheet_states(comp: Competition, paper: Paper, *, withdrawn: bool = False
                 ) -> list[tuple[str, str, str]]:
    """(juror, project, state) of every sheet: scoring jurors in their order, projects
    in the running order; withdrawn projects only when asked for (the board)."""
    out = []
    projects = [p for p in comp.running_order if withdrawn or not p.withdrawn]
    for j in comp.scoring_jurors:
        for p in projects:
            out.append((j.code, p.code, sheet_state(comp, paper, j.code, p)))
    return out


def counts(states) -> dict[str, int]:
    """How many sheets are in each state (every state named, zero or not)."""
    out = {s: 0 for s in (*STATES, WITHDRAWN)}
    for *_pair, state in states:
        out[state] += 1
    return out


def all_conflicts(comp: Competition, paper: Paper) -> list[Difference]:
    """Every difference of every sheet, in board order."""
    out = []
    pairs = {(k[0], k[1]) for k in paper.second_marks} | set(paper.second_sheets)
    for j in comp.scoring_jurors:
        for p in comp.running_order:
            if (j.code, p.code) in pairs and not p.withdrawn:
                out += differences(comp, paper, j.code, p.code)
    return out


# one symbol per state, so the board and `jury-room progress` read without colour
SYMBOLS = {MISSING: "○", PARTIAL: "◐", KEYED: "●", VERIFIED: "✔", CONFLICT: "≠",
           RECUSED: "R", ABSENT: "A", WITHDRAWN: "—"}


class Verification(NamedTuple):
    """What the protocol and finalize need of the second keying."""

    required: bool          # verification = "required"
    verified: int           # sheets verified
    to_verify: int          # sheets that carry marks (recused and absent carry none)
    conflicts: int          # sheets whose two keyings differ

    @property
    def unverified(self) -> int:
        return self.to_verify - self.verified

    def problems(self) -> list[str]:
        """Why the protocol cannot be final yet, in words: [] when nothing stops it."""
        out = []
        if self.conflicts:
            out.append(f"{self.conflicts} sheet(s) keyed twice with different marks: "
                       "settle them first")
        if self.required and self.unverified:
            out.append(f"verification is required and {self.unverified} sheet(s) are "
                       "not verified yet")
        return out


def verification(comp: Competition, paper: Paper) -> Verification:
    required = comp.settings.verification == "required"
    if not paper.second_marks and not paper.second_sheets:
        # nothing keyed a second time: no sheet is verified or in conflict, and every
        # sheet that carries marks is still to verify, so the counts need no look-up
        # of each sheet's marks (200,000 of them before every protocol)
        to_verify = sum(first_status(comp, j.code, p.code) == MARKS
                        for j in comp.scoring_jurors for p in comp.running_order
                        if not p.withdrawn)
        return Verification(required, 0, to_verify, 0)
    c = counts(sheet_states(comp, paper))
    return Verification(required, c[VERIFIED],
                        sum(c[s] for s in (MISSING, PARTIAL, KEYED, VERIFIED, CONFLICT)),
                        c[CONFLICT])
