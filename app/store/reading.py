"""Reading the competition: a snapshot of it (`Store.load`), and the few questions the
window and the commands ask without one.
"""

from __future__ import annotations

import json

import sqlite3
from contextlib import contextmanager
from typing import Iterator, Sequence

from app.bulk import paused_gc
from app.model import (Adjustment, Competition, Criterion, Decision, Juror, MarkKey, Opinion,
                       PairKey)
from app.store import codec
from app.store.fast import sheet_totals as _fast_sheet_totals
from app.store.fast.lazy_marks import LazyMarks


class Reading:
    """A `Store`'s reads (mixed into it)."""

    def load(self, *, marks: bool | str = True) -> Competition:
        """A snapshot of the whole competition: with its marks, without them (False), or
        with marks read from the file when first used ("lazy", see LazyMarks)."""
        q = self.conn.execute
        settings = codec.settings_from(dict(q("SELECT key, value FROM settings").fetchall()))
        projects = tuple(codec.project_from(r) for r in q(
            "SELECT code, title, organization, grp, category, ord, withdrawn, notes "
            "FROM projects ORDER BY ord, code"))
        jurors = self._jurors()
        criteria = tuple(Criterion(*r) for r in q(
            "SELECT code, name, max, weight, ord FROM criteria ORDER BY ord, code"))
        if marks == "lazy":
            marks = self.lazy_marks(self.last_batch())
        else:
            marks = self._marks() if marks else {}
        recusals: set[PairKey] = set(q("SELECT juror, project FROM recusals").fetchall())
        absences: set[PairKey] = set(q("SELECT juror, project FROM absences").fetchall())
        decisions = self._decisions()
        adjustments, comments = self._regulation()
        return Competition(settings, projects, jurors, criteria, marks, frozenset(recusals),
                           frozenset(absences), decisions, self._is_finalized(),
                           adjustments, comments, self._opinions())

    def _jurors(self) -> tuple[Juror, ...]:
        """The jurors; in a file older than migration 0006 opened read-only, all present."""
        q = self.conn.execute
        try:
            return tuple(Juror(*r) for r in q(
                "SELECT code, name, position, role, ord, attendance FROM jurors "
                "ORDER BY ord, code"))
        except sqlite3.OperationalError:   # no such column: an older file, read-only
            return tuple(Juror(*r) for r in q(
                "SELECT code, name, position, role, ord FROM jurors ORDER BY ord, code"))

    def _decisions(self) -> dict[str, Decision]:
        """The decisions; in a file older than migration 0006 opened read-only, no votes."""
        q = self.conn.execute
        try:
            return {r[0]: codec.decision_from(r) for r in q(
                f"SELECT {codec.DECISION_COLUMNS} FROM decisions")}
        except sqlite3.OperationalError:   # no such column: an older file, read-only
            return {r[0]: Decision(r[0], bool(r[1]), r[2], r[3], r[4]) for r in q(
                "SELECT project, winner, reason, decided_at, basis FROM decisions")}

    def _opinions(self) -> dict:
        """Dissenting opinions; none in a file older than migration 0006 opened read-only."""
        try:
            return {r[0]: Opinion(*r) for r in self.conn.execute(
                "SELECT juror, text, written_at FROM opinions")}
        except sqlite3.OperationalError:   # no such table: an older file, read-only
            return {}

    def regulation(self) -> tuple[tuple[Adjustment, ...], dict]:
        """The adjustments and comments alone (a snapshot's, after one of them changed)."""
        return self._regulation()

    def _regulation(self) -> tuple[tuple[Adjustment, ...], dict]:
        """Adjustments (in running order, then by reason) and comments; none in a file
        older than migration 0005 opened read-only."""
        q = self.conn.execute
        try:
            adjustments = tuple(Adjustment(p, pts, why) for p, why, pts in q(
                "SELECT a.project, a.reason, a.points FROM adjustments a "
                "LEFT JOIN projects p ON p.code = a.project ORDER BY p.ord, a.project, "
                "a.reason"))
            comments = {(j, p, c): text for j, p, c, text in q(
                "SELECT juror, project, criterion, comment FROM comments")}
        except sqlite3.OperationalError:   # no such table: an older file, read-only
            return (), {}
        return adjustments, comments

    def lazy_marks(self, batch: int) -> LazyMarks:
        """The marks as they were when action `batch` was the newest, read from the file
        when first used (app.store.fast.lazy_marks)."""
        return LazyMarks(lambda: self.marks_as_of(batch))

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Several reads that see one state of the file, even while another Jury Room
        writes to it (a read transaction)."""
        conn = self._conn  # no wait for a pending check: nothing is read here
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")
        try:
            yield
        finally:
            conn.rollback()

    def setting(self, key: str, default=None):
        """One setting as stored (its JSON value read back), or `default`."""
        try:
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?",
                                     (key,)).fetchone()
        except sqlite3.DatabaseError:
            self._finish_check_if_pending()  # a damaged file is refused as such
            raise
        return default if row is None else json.loads(row[0])

    def sheet_totals(self) -> list[tuple] | None:
        """Each juror's sheet of each project summed in SQLite, without reading every
        mark into Python: rows (project, juror, marks, Σ weight × score as a whole
        number of the competition's unit (`app.scoring.exact.Scale`), then the score
        on each tie-break criterion that exists, in the settings' order, None where
        unmarked); or None when that sum might not be exact, or a mark names no
        criterion. Call it inside `reading()`.

        Exact means the whole number Python's integers give (see
        app/store/fast/sheet_totals.py): a score edited by hand off the step's decimal
        grid, or weights so large that a float sum could miss by half a unit, give
        None, and the caller sums every mark in Python instead. The check of every score runs on the second core (with
        a read-only open's integrity check), in a read of its own that must see the
        same state (the same newest audit row)."""
        try:
            return _fast_sheet_totals.sheet_totals(self)
        except sqlite3.DatabaseError:
            self._finish_check_if_pending()  # a damaged file is refused as such
            raise
    def marked_criteria(self, pairs: Sequence[tuple[str, str]]) -> dict[tuple, set[str]]:
        """(juror, project) -> the criteria marked on that sheet, for the given sheets."""
        out: dict[tuple, set[str]] = {}
        if len(pairs) > 2000:
            wanted = set(pairs)
            for j, p, c in self.conn.execute("SELECT juror, project, criterion FROM marks"):
                if (j, p) in wanted:
                    out.setdefault((j, p), set()).add(c)
            return out
        for pair in pairs:
            out[tuple(pair)] = {c for (c,) in self.conn.execute(
                "SELECT criterion FROM marks WHERE juror = ? AND project = ?", pair)}
        return out

    def _marks(self) -> dict[MarkKey, float]:
        with paused_gc():  # 200,000 keys and no cycle among them
            return {(j, p, c): s for j, p, c, s in self.conn.execute(
                "SELECT juror, project, criterion, score FROM marks")}

    def has_marks(self) -> bool:
        return self.conn.execute("SELECT 1 FROM marks LIMIT 1").fetchone() is not None

    def is_empty(self) -> bool:
        return self.conn.execute("SELECT COUNT(*) FROM projects").fetchone()[0] == 0 and \
            self.conn.execute("SELECT COUNT(*) FROM settings WHERE key = 'title'").fetchone()[0] == 0

