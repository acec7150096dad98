"""The paper loop's tables (migration 0007) and a snapshot of them.

They live beside the competition's own tables and are written only inside
`Store.transaction()`, so every change is audited and locked by finalize like the rest.

- `second_marks`: the second keying of a mark, with who keyed it. Compared with the mark
  in `marks` (the first keying) whenever a sheet's state is worked out, so a mark edited
  after it was verified shows as a conflict again.
- `second_sheets`: the second keying of a whole sheet: what the second reading said the
  sheet was (`marks`, `recused` or `absent`), who keyed it, and the juror's own written
  total when it was typed.
- `paper_sheets`: each juror's printed sheet: its issue number (a reissued sheet gets the
  next one, and a sheet of an older issue is refused when keyed) and whether it is out,
  back (received) or voided.
- `paper_meta`: key/value facts about this file: in a keying copy, what it is a copy of.
- `merged`: what each merged keying copy brought in, so that merging the same copy again
  does not count one keying twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from app.model import MarkKey, PairKey

TABLES_SQL = (
    """CREATE TABLE second_marks (
           juror TEXT NOT NULL, project TEXT NOT NULL, criterion TEXT NOT NULL,
           score REAL NOT NULL CHECK (score >= 0),
           keyed_by TEXT NOT NULL DEFAULT '',
           PRIMARY KEY (juror, project, criterion)
       ) STRICT, WITHOUT ROWID""",
    """CREATE TABLE second_sheets (
           juror TEXT NOT NULL, project TEXT NOT NULL,
           status TEXT NOT NULL CHECK (status IN ('marks', 'recused', 'absent')),
           keyed_by TEXT NOT NULL DEFAULT '',
           total REAL,
           PRIMARY KEY (juror, project)
       ) STRICT, WITHOUT ROWID""",
    """CREATE TABLE paper_sheets (
           juror TEXT PRIMARY KEY,
           issue INTEGER NOT NULL DEFAULT 1 CHECK (issue >= 1),
           status TEXT NOT NULL CHECK (status IN ('out', 'received', 'void'))
       ) STRICT""",
    """CREATE TABLE paper_meta (
           key TEXT PRIMARY KEY,
           value TEXT NOT NULL
       ) STRICT""",
    """CREATE TABLE merged (
           copy TEXT NOT NULL, juror TEXT NOT NULL, project TEXT NOT NULL,
           value TEXT NOT NULL,
           PRIMARY KEY (copy, juror, project)
       ) STRICT, WITHOUT ROWID""",
)

# their primary keys are in app.store.tables, with every other table's
PAPER_TABLES = frozenset({"second_marks", "second_sheets", "paper_sheets", "paper_meta",
                          "merged"})


@dataclass(frozen=True)
class Second:
    """The second keying of one sheet."""

    status: str                         # marks | recused | absent
    keyed_by: str = ""
    total: float | None = None          # the juror's written total, when typed


@dataclass(frozen=True)
class PaperSheet:
    issue: int = 1
    status: str = "out"                 # out | received | void


@dataclass(frozen=True)
class Paper:
    """The paper loop's records as one read (immutable, like a Competition)."""

    second_marks: Mapping[MarkKey, tuple[float, str]] = field(default_factory=dict)
    second_sheets: Mapping[PairKey, Second] = field(default_factory=dict)
    sheets: Mapping[str, PaperSheet] = field(default_factory=dict)
    meta: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("second_marks", "second_sheets", "sheets", "meta"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    def sheet(self, juror: str) -> PaperSheet:
        return self.sheets.get(juror, PaperSheet())

    def second_of(self, juror: str, project: str) -> dict[str, float]:
        """criterion -> score of this sheet's second keying."""
        return {k[2]: v[0] for k, v in self.second_marks.items()
                if k[0] == juror and k[1] == project}

    @property
    def copy_of(self) -> dict | None:
        """In a keying copy: {competition, setup, copy, made_at, keyed_by}; else None."""
        text = self.meta.get("copy_of")
        return json.loads(text) if text else None


def load(conn) -> Paper:
    """Read the paper tables (a file without them reads as empty)."""
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "second_marks" not in have:
        return Paper()
    return Paper(
        {(j, p, c): (s, by) for j, p, c, s, by in conn.execute(
            "SELECT juror, project, criterion, score, keyed_by FROM second_marks")},
        {(j, p): Second(st, by, t) for j, p, st, by, t in conn.execute(
            "SELECT juror, project, status, keyed_by, total FROM second_sheets")},
        {j: PaperSheet(i, st) for j, i, st in conn.execute(
            "SELECT juror, issue, status FROM paper_sheets")},
        dict(conn.execute("SELECT key, value FROM paper_meta").fetchall()))


def merged_of(conn, copy: str) -> dict[PairKey, str]:
    """(juror, project) -> what copy `copy` brought in for that sheet, when merged."""
    return {(j, p): v for j, p, v in conn.execute(
        "SELECT juror, project, value FROM merged WHERE copy = ?", (copy,))}
