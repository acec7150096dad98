"""Fast: writing many records of one table (an import, a running order) in a few statements, audited as one packed row; plain twin: `Transaction.put` once per record; agreement: tests/test_fast_bulk_write.py::test_a_reimport_records_the_old_and_new_value_of_each_changed_mark.

`Transaction.put_many` switches here for more than one row. Into an empty table an import's
columns are written as they were read, without making a row of each; the packed audit row
(app.store.audit_rows) lists every record with its old and new values, so that the history
of one record and undo read it as they read one row per record.
"""

from __future__ import annotations

from typing import Sequence

from app.store.tables import KEYS


class BulkWrites:
    """The bulk primitives of a `Transaction` (mixed into it)."""

    def put_rows(self, table: str, cols: Sequence[str], rows: Sequence[tuple]) -> int:
        """`put_many` for rows given as tuples in the order of `cols`, which starts with the
        table's key columns. Returns how many records changed; several changed records
        are audited as one packed row (see PACKED)."""
        self._guard(table)
        keys = KEYS[table]
        n = len(keys)
        cols = tuple(cols)
        if cols[:n] != keys:
            raise ValueError(f"the columns of {table} must start with its key {keys}")
        if not rows:
            return 0
        if len(rows) == 1:
            return int(self.put(table, dict(zip(cols, rows[0]))))
        inserts, updates, pairs = _sorted_out(self._existing_values(table, cols, rows), rows, n)
        changed = len(inserts) + len(updates)
        if changed == 1:  # one record: audited the usual way, with whole rows
            self._put_one(table, cols, n, inserts, updates, pairs)
            return 1
        self._write(table, cols, n, inserts, updates)
        if changed:
            self._audit_packed(table, {"columns": list(cols), "keys": n,
                                       "added": [list(c) for c in zip(*inserts)],
                                       "changed": pairs}, changed)
        return changed

    def _put_one(self, table: str, cols: tuple, n: int, inserts: list, updates: list,
                 pairs: list) -> None:
        """The one changed record of a bulk write, audited with whole rows as `put`
        audits it (its old row read before the write)."""
        row = inserts[0] if inserts else pairs[0][1]
        old = None if inserts else self._select(table, row[:n])
        self._write(table, cols, n, inserts, updates)
        self._audit_rows(table, [(row[:n], old, {**(old or {}), **dict(zip(cols, row))})])

    def put_columns(self, table: str, cols: Sequence[str], columns: Sequence[list]) -> int:
        """`put_rows` for rows given as one list per column (`cols`, key columns first),
        as an import reads them: into an empty table they are written and audited as
        they are, without making a row of each."""
        self._guard(table)
        n = len(KEYS[table])
        count = len(columns[0]) if columns else 0
        if count <= 1 or self._conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            return self.put_rows(table, cols, list(zip(*columns)))
        if tuple(cols[:n]) != KEYS[table]:
            raise ValueError(f"the columns of {table} must start with its key {KEYS[table]}")
        self._write(table, tuple(cols), n, zip(*columns), ())
        self._audit_packed(table, {"columns": list(cols), "keys": n, "added": columns,
                                   "changed": []}, count)
        return count

    def _write(self, table: str, cols: tuple, n: int, inserts, updates) -> None:
        if inserts:
            self._conn.executemany(
                f"INSERT INTO {table} ({', '.join(cols)}) "
                f"VALUES ({', '.join('?' * len(cols))})", inserts)
        if updates:
            self._conn.executemany(
                f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols[n:])} "
                f"WHERE {' AND '.join(f'{k} = ?' for k in cols[:n])}", updates)

    def _existing_values(self, table: str, cols: tuple, rows: Sequence[tuple]) -> dict:
        """key -> the stored values of the non-key `cols`, for the keys of `rows`."""
        n = len(KEYS[table])
        select = f"SELECT {', '.join(cols)} FROM {table}"
        if len(rows) <= 64:  # a few records: look each one up
            where = " WHERE " + " AND ".join(f"{k} = ?" for k in cols[:n])
            found = (self._conn.execute(select + where, row[:n]).fetchone() for row in rows)
            return {r[:n]: r[n:] for r in found if r is not None}
        return {r[:n]: r[n:] for r in self._conn.execute(select)}


def _sorted_out(existing: dict, rows: Sequence[tuple], n: int) -> tuple[list, list, list]:
    """(rows to insert, updates as (values..., key...), (old row, new row) of each
    update) from the rows to write and the `existing` key -> values of the table; into
    a new table (nothing existing: the import of a new competition) every row is new."""
    if not existing:
        return rows, [], []
    inserts, updates, pairs = [], [], []
    for row in rows:
        old = existing.get(row[:n])
        if old is None:
            inserts.append(row)
        elif old != row[n:]:
            updates.append(row[n:] + row[:n])
            pairs.append((row[:n] + old, row))
    return inserts, updates, pairs
