"""Does the data follow from its history? The check that finds a file edited by hand.

The audit chain (app.store.audit_chain) proves that nobody rewrote the history without
recomputing every later hash. It says nothing about the tables beside it: a mark changed,
deleted or inserted directly with sqlite3 leaves the history intact. So the history is
replayed here, table by table (each record's newest value, as every audit row, packed
or not, lists it), and the result compared with what the tables hold. The first record
that differs is named: "marks J1 P1 a: the table holds 9, the history says 7".

The append-only guards (the triggers that refuse to change or remove an audit row) are
checked too: someone who dropped them could rewrite the history at will.

It is fast enough to run on every open: the replay of a 200,000-mark import is one
packed row, made into a dict of tuples by zips (no Python loop per record), and the
comparison with the table is one dict comparison; README gives the time measured.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from app.bulk import paused_gc
from app.store.audit_rows import PACKED, unpack_doc
from app.store.tables import KEYS

# the tables whose every change goes through the audited write gate, and which decide
# the result or the printed protocol (the set-up, the marks, the jury's acts, the
# regulation's adjustments, the jurors' comments and their dissenting opinions)
CHECKED: dict[str, tuple[str, ...]] = {
    table: KEYS[table] for table in ("settings", "projects", "jurors", "criteria", "marks",
                                     "recusals", "absences", "decisions", "opinions",
                                     "adjustments", "comments")}
# the triggers that keep the history append-only (migration 0002)
GUARDS = ("audit_no_update", "audit_no_delete")


class _Unknown:
    """A column the history never wrote for a record (added by a later version):
    anything the table holds there is accepted."""

    def __eq__(self, other) -> bool:
        return True

    def __ne__(self, other) -> bool:
        return False

    __hash__ = None

    def __repr__(self) -> str:
        return "?"


UNKNOWN = _Unknown()


@dataclass(frozen=True)
class Consistency:
    ok: bool
    problem: str = ""
    table: str | None = None
    key: tuple | None = None


class _Table:
    """One table's records as the history leaves them: key -> its other columns' values
    in the table's column order (UNKNOWN where the history never wrote one)."""

    def __init__(self, columns: list[str], keys: tuple[str, ...]):
        self.keys = keys
        self.others = [c for c in columns if c not in keys]
        self.rows: dict[tuple, tuple] = {}

    def _order(self, cols: list[str]) -> list[int | None]:
        """For each of the table's other columns, its place in `cols` (None: absent)."""
        at = {c: i for i, c in enumerate(cols)}
        return [at.get(c) for c in self.others]

    def put(self, key: tuple, row: dict) -> None:
        old = self.rows.get(key)
        self.rows[key] = tuple(
            row[c] if c in row else (old[i] if old is not None else UNKNOWN)
            for i, c in enumerate(self.others))

    def packed(self, doc: dict) -> None:
        cols, n = doc["columns"], doc["keys"]
        added = doc.get("added")
        if added and added[0]:
            self._added(cols, n, added)
        for _old, new in doc.get("changed", ()):
            self.put(tuple(new[:n]), dict(zip(cols, new)))
        removed = doc.get("removed")
        if removed and removed[0]:
            for key in zip(*removed[:n]):
                self.rows.pop(tuple(key), None)

    def _added(self, cols: list[str], n: int, added: list[list]) -> None:
        """The records a packed row added, given as one list per column."""
        order = self._order(cols)
        keys = zip(*added[:n]) if n > 1 else ((k,) for k in added[0])
        if any(i is None for i in order):  # not every column written: merged one by one
            for key, row in zip(keys, zip(*added)):
                self.put(tuple(key), dict(zip(cols, row)))
        elif order == list(range(n, len(cols))):
            # the usual import: every column written in order, made into tuples by zips
            values = zip(*added[n:]) if len(cols) > n else (() for _ in added[0])
            self.rows.update(zip(keys, values))
        else:
            self.rows.update(zip(keys, zip(*(added[i] for i in order))))


def replay(conn: sqlite3.Connection) -> dict[str, _Table]:
    """Every checked table as its history leaves it."""
    tables = {name: _Table(_columns(conn, name), keys) for name, keys in CHECKED.items()}
    for entity, key, new in conn.execute(
            "SELECT entity, key, new FROM audit ORDER BY id"):
        table = tables.get(entity)
        if table is None:  # an undo marker, a restore, a table not checked
            continue
        if key == PACKED:
            table.packed(unpack_doc(new))
        elif new is None:
            table.rows.pop(tuple(json.loads(key)), None)
        else:
            table.put(tuple(json.loads(key)), json.loads(new))
    return tables


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _stored(conn: sqlite3.Connection, name: str, table: _Table) -> dict[tuple, tuple]:
    keys, others = table.keys, table.others
    n = len(keys)
    rows = conn.execute(f"SELECT {', '.join(keys + tuple(others))} FROM {name}").fetchall()
    return {r[:n]: r[n:] for r in rows}


def guards_problem(conn: sqlite3.Connection) -> str | None:
    """Why the history is no longer append-only (a guard trigger removed), or None."""
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    missing = [g for g in GUARDS if g not in have]
    if missing:
        return (f"the guard that keeps the history append-only ({', '.join(missing)}) was "
                "removed: the history could have been rewritten by hand")
    return None


def check(conn: sqlite3.Connection) -> Consistency:
    """Whether every checked table holds exactly what its history says; the first record
    that does not follow from it otherwise."""
    with paused_gc():  # 200,000 records in tuples: no collector pass over them
        return _check(conn)


def _check(conn: sqlite3.Connection) -> Consistency:
    problem = guards_problem(conn)
    if problem:
        return Consistency(False, problem)
    for name, table in replay(conn).items():
        stored = _stored(conn, name, table)
        if stored == table.rows:
            continue
        found = _first_difference(name, table, stored)
        if found is not None:
            return found
    return Consistency(True)


def _first_difference(name: str, table: _Table, stored: dict) -> Consistency | None:
    expected = table.rows
    for key in sorted(expected.keys() | stored.keys(), key=_sortable):
        want, have = expected.get(key), stored.get(key)
        if want is not None and have is not None and all(
                w == h for w, h in zip(want, have)):
            continue  # equal but for columns the history never wrote
        what = f"{name} {' '.join(map(str, key))}"
        if want is None:
            why = f"the table holds {_show(table, have)}, which the history never recorded"
        elif have is None:
            why = f"the history says {_show(table, want)}, but the table has no such record"
        else:
            why = f"the table holds {_show(table, have)}, the history says {_show(table, want)}"
        return Consistency(False, f"{what}: {why}", name, key)
    return None


def _show(table: _Table, values: tuple) -> str:
    parts = [f"{c} {v!r}" for c, v in zip(table.others, values) if v is not UNKNOWN]
    if len(parts) == 1:
        return parts[0].split(" ", 1)[1]
    return ", ".join(parts) or "a record"


def _sortable(key: tuple) -> tuple:
    return tuple(str(k) for k in key)
