"""Fast: `results` sums each juror's sheet in SQLite instead of reading 200,000 marks into Python; plain twin: app.scoring summing every mark of `Store.load()` in whole units (app.scoring.exact); agreement: tests/test_fast_sheet_totals.py::test_results_from_sheet_totals_equal_results_from_every_mark.

`Store.sheet_totals` switches here. Each sheet's total comes as a whole number of the
competition's unit (`app.scoring.exact.Scale`: 10^-(d+e), d the step's decimals, e the
weights'): SQLite sums score × (weight in units × 10^d) in floats and rounds the sum.
That is exact while every score lies on the 10^-d grid and the largest possible sheet
stays below 2**50 / (criteria + 2) units (the float error then stays under an eighth of
a unit); otherwise None, and the caller takes the plain way.
"""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from app.store.fast.threads import Background, after
from app.store.inspect import read_uri

if TYPE_CHECKING:
    from app.store.store import Store


def sheet_totals(store: "Store") -> list[tuple] | None:
    """See `Store.sheet_totals`."""
    conn = store._conn  # the integrity check is awaited below, before anything returns
    criteria = conn.execute("SELECT code, weight FROM criteria").fetchall()
    ties = _tie_break_criteria(conn, {c for c, _w in criteria})
    if not _usable_weights(criteria):
        store._finish_check_if_pending()
        return None
    weighted, bound, unit = _units(conn, criteria)
    side = _begin_check(store, bound, unit)
    head = conn.execute("SELECT MAX(id) FROM audit").fetchone()[0]
    rows = _summed(conn, weighted, ties)
    side_head, exact = side.result()
    store._finish_check_if_pending()
    return rows if exact and side_head == head else None


def _usable_weights(criteria: list[tuple]) -> bool:
    """Every weight a positive finite number (a weight edited by hand into NaN, 0 or
    below leaves the sums to the plain way, which says what is wrong)."""
    return all(math.isfinite(w) and w > 0 for _c, w in criteria)


def _units(conn: sqlite3.Connection, criteria: list[tuple]
           ) -> tuple[list[tuple[str, float]], float, int]:
    """Each criterion's weight in units × 10^d (a score on the 10^-d grid times it is
    its whole units), the bound every score must stay below for float sums to stay
    exact, and 10^d."""
    from app.scoring.exact import Scale

    row = conn.execute("SELECT value FROM settings WHERE key = 'score_step'").fetchone()
    scale = Scale(json.loads(row[0]) if row else 1.0, dict(criteria))
    weighted = [(c, float(scale.weights[c] * scale.mark_unit)) for c, _w in criteria]
    bound = 2.0 ** 50 / (max(sum(w for _c, w in weighted), 1.0) * (len(criteria) + 2))
    return weighted, bound, scale.mark_unit


class _Done:
    """A check already made, handed over as `Background` hands one over."""

    def __init__(self, value):
        self._value = value

    def result(self):
        return self._value


def _begin_check(store: "Store", bound: float, unit: int) -> "Background | _Done":
    """The check of every score (`_sheet_check`): on the second core, in a read of its
    own, once the open's integrity check is done; in line for a store in memory (which
    no other connection can read)."""
    if store.path is None:
        return _Done(_sheet_check(store._conn, bound, unit, own_read=False))
    return Background(after, store._check, _sheet_check, store.path, bound, unit)


def _tie_break_criteria(conn: sqlite3.Connection, codes: set[str]) -> list[str]:
    """The settings' tie-break criteria that exist, in order."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'tie_break'").fetchone()
    return [c for c in (json.loads(row[0]) if row else ()) if c in codes]


def _summed(conn: sqlite3.Connection, criteria: list[tuple], ties: list[str]) -> list[tuple]:
    """(project, juror, marks, Σ weight × score in whole units, the score on each
    tie-break criterion); `criteria`: (code, weight in units × 10^d)."""
    # the weights inline (faster than a join); a mark naming no criterion would count
    # but add nothing, which is why the check refuses such a file
    weight = "CASE criterion " + " ".join("WHEN ? THEN ?" for _ in criteria) + " END" \
        if criteria else "NULL"
    extra = "".join(", MAX(score) FILTER (WHERE criterion = ?)" for _ in ties)
    return conn.execute(
        f"SELECT project, juror, COUNT(*), CAST(ROUND(TOTAL(score * {weight})) AS INTEGER)"
        f"{extra} FROM marks "
        "GROUP BY juror, project", [*(x for cw in criteria for x in cw), *ties]).fetchall()


def _sheet_check(source, bound: float, unit: int, own_read: bool = True
                 ) -> tuple[int | None, bool]:
    """For `Store.sheet_totals`: the newest audit id, and whether every mark is on the
    grid of 1/`unit` below `bound` and names a criterion, read in one read transaction."""
    conn = sqlite3.connect(read_uri(Path(source)), uri=True, timeout=5) if own_read \
        else source
    try:
        if own_read:
            conn.execute("BEGIN")
        head = conn.execute("SELECT MAX(id) FROM audit").fetchone()[0]
        # each test reads only a mark's score and criterion, so it is made once per
        # distinct pair (a few hundred) instead of once per mark: the same verdict, and
        # a third less work than testing 200,000 marks
        top, on_grid, known = conn.execute(
            "SELECT MAX(ABS(score)), MIN(ABS(score * ? - ROUND(score * ?)) < 1e-6), "
            "MIN(criterion IN (SELECT code FROM criteria)) "
            "FROM (SELECT DISTINCT score, criterion FROM marks)",
            (float(unit), float(unit))).fetchone()
        return head, top is None or (bool(on_grid) and bool(known) and top < bound)
    finally:
        if own_read:
            conn.close()
