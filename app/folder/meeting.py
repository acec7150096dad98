"""The jury meeting's part of a competition folder, so that export -> import keeps it:
`opinions.csv` (a file of ours beside the contract's) and the votes of `decisions.csv`
checked against the meeting.

`opinions.csv`: `juror,opinion` and, as export writes it, `written_at` (when the opinion
was recorded, so that the protocol's fingerprint survives the round trip; empty: the
time of the import). One row per juror; a later row for the same juror replaces the
earlier one. The rules are those of the window and `jury-room opinion`
(`app.meeting.check_opinion`); an empty opinion is refused (to withdraw one, use the
window or `jury-room opinion DB JUROR --text ""`).

A decision's votes are checked with `app.meeting.check_votes` against the competition as
the import leaves it (its jurors' attendance), as `jury-room decide` checks them.
"""

from __future__ import annotations

from typing import Callable

from app import meeting
from app.errors import InputError, Problems
from app.folder.tables import read_table
from app.model import Competition, Opinion

OPINION_FILE = "opinions.csv"
OPINION_COLUMNS = ["juror", "opinion"]
OPINION_OPTIONAL = ["written_at"]


def read_opinions(path, warnings: list[str]) -> list[tuple[int, Opinion]]:
    """opinions.csv row by row: (line, Opinion), the text as written (checked against
    the jurors in `plan_meeting`)."""
    table = read_table(path, OPINION_COLUMNS, OPINION_OPTIONAL)
    warnings += table.warnings
    return [(line, Opinion(r["juror"], r["opinion"], (r.get("written_at") or "").strip()))
            for line, r in table.rows]


def plan_meeting(data, result: Competition, problems: Problems) -> dict[str, Opinion]:
    """The folder's opinions checked against `result` (the competition as the import
    leaves it), by juror; and each decision's votes checked against its meeting. Every
    problem goes into `problems`, naming its file, line and field."""
    opinions: dict[str, Opinion] = {}
    for line, o in data.opinions:
        with problems.gather():
            text = _where(OPINION_FILE, line, meeting.check_opinion, result, o.juror, o.text)
            if not text:
                raise InputError("the opinion is empty (an opinion is withdrawn in the "
                                 "window or with `jury-room opinion`, not by import)",
                                 file=OPINION_FILE, line=line, field="opinion")
            opinions[o.juror] = Opinion(o.juror, text, o.written_at)
    for line, d in data.decisions:
        with problems.gather():
            _where("decisions.csv", line, meeting.check_votes, result, d.votes, d.casting)
    return opinions


def _where(file: str, line: int, check: Callable, *args):
    """`check(*args)`, its refusal naming the file and line (the rule names the field)."""
    try:
        return check(*args)
    except InputError as exc:
        exc.file, exc.line = file, line
        raise


def meeting_files(comp: Competition, csv_text: Callable) -> dict[str, str]:
    """opinions.csv for export when a juror has written one, in the jury's order."""
    if not comp.opinions:
        return {}
    order = {j.code: i for i, j in enumerate(comp.jurors)}
    rows = sorted(comp.opinions.values(), key=lambda o: (order.get(o.juror, 1 << 30), o.juror))
    return {OPINION_FILE: csv_text(OPINION_COLUMNS + OPINION_OPTIONAL,
                                   ([o.juror, o.text, o.written_at] for o in rows))}
