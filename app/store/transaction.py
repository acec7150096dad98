"""The write primitives of one user action: `Transaction`, handed out only by
`Store.transaction()` (see app.store.write_gate).

Each primitive writes the record and its audit row together; `put_many` is where several
records at once take the bulk way (app.store.fast.bulk_write).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from app.errors import FinalizedError
from app.store import audit_chain
from app.store.audit_rows import PACKED, pack
from app.store.fast.bulk_write import BulkWrites
from app.store.tables import KEYS

if TYPE_CHECKING:
    from app.store.store import Store

# an action changing at most this many records tells its subscribers what it changed
SMALL = 64


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


class Transaction(BulkWrites):
    """The write primitives, usable only inside `Store.transaction()`."""

    def __init__(self, store: "Store", action: str, note: str, batch: int, at: str):
        self._store = store
        self._conn = store.conn
        self.action = action
        self.note = note
        self.batch = batch
        self.at = at
        self.tables: set[str] = set()
        self.records = 0  # how many records this action changed (packed rows count each)
        self.changes: list | None = []  # (table, key, old, new) while there are few
        self._final = store._is_finalized()

    def _guard(self, table: str) -> None:
        if table not in KEYS:
            raise ValueError(f"unknown table {table}")
        # every table feeds the ranking or the printed protocol: all of it is locked
        if self._final and self.action != "reopen":
            raise FinalizedError(
                "the competition is finalized: nothing can change until it is reopened "
                "with a reason")

    def _audit_rows(self, table: str, changes: Iterable[tuple[Sequence, Any, Any]]) -> None:
        """One audit row per changed record: its key, its old and its new row."""
        changes = list(changes)
        texts = [(json.dumps(list(key), ensure_ascii=False), _dump(old), _dump(new))
                 for key, old, new in changes]
        self._append(table, texts)
        self.records += len(texts)
        if self.changes is not None and table != "undo":
            self.changes += [(table, tuple(key), old, new) for key, old, new in changes]
            if len(self.changes) > SMALL:
                self.changes = None

    def _audit_packed(self, table: str, doc: dict, count: int) -> None:
        """One audit row for `count` changed records of one table (see PACKED)."""
        self._append(table, [(PACKED, None, pack(doc))])
        self.records += count
        self.changes = None

    def _append(self, table: str, texts: list[tuple[str, str | None, str | None]]) -> None:
        # ids are given here, not by SQLite, because each row's hash covers its id; the
        # writer lock makes this connection the only writer, so the head cannot move
        last_id, prev = self._store._audit_head()
        shared = (self.batch, self.at, self.action, table)
        hashes = audit_chain.link_batch(prev, last_id + 1, shared, self.note, texts)
        self._conn.executemany(
            "INSERT INTO audit (id, batch, at, action, entity, key, old, new, note, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(last_id + i, *shared, *text, self.note, h)
             for i, (text, h) in enumerate(zip(texts, hashes), start=1)])
        if hashes:
            self._store._head = (last_id + len(hashes), hashes[-1])
        self.tables.add(table)

    def _select(self, table: str, key: Sequence) -> dict | None:
        cols = KEYS[table]
        where = " AND ".join(f"{c} = ?" for c in cols)
        cur = self._conn.execute(f"SELECT * FROM {table} WHERE {where}", tuple(key))
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row))

    def put(self, table: str, row: dict) -> bool:
        """Insert or replace one record by its key. Returns whether anything changed."""
        self._guard(table)
        keys = KEYS[table]
        key = tuple(row[k] for k in keys)
        old = self._select(table, key)
        values = [c for c in row if c not in keys]
        if old is not None and all(old.get(c) == row[c] for c in values):
            return False
        if old is None:
            self._insert(table, row)
        else:
            self._update(table, keys, key, {c: row[c] for c in values})
        self._audit_rows(table, [(key, old, {**(old or {}), **row})])
        return True

    def _insert(self, table: str, row: dict) -> None:
        self._conn.execute(f"INSERT INTO {table} ({', '.join(row)}) "
                           f"VALUES ({', '.join('?' * len(row))})", tuple(row.values()))

    def _update(self, table: str, keys: Sequence[str], key: tuple, values: dict) -> None:
        """The record of `key` given the `values` (its columns other than the key)."""
        self._conn.execute(
            f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in values)} "
            f"WHERE {' AND '.join(f'{k} = ?' for k in keys)}",
            tuple(values.values()) + key)

    def put_many(self, table: str, rows: Sequence[dict]) -> int:
        """Insert or replace records by key, auditing only those that change. Every row must
        have the same columns, key columns first (one statement serves them all)."""
        if not rows:
            self._guard(table)
            return 0
        if len(rows) == 1:
            return int(self.put(table, rows[0]))
        cols = tuple(rows[0])
        for row in rows:
            if tuple(row) != cols:
                raise ValueError("put_many needs rows with the same columns")
        return self.put_rows(table, cols, [tuple(r.values()) for r in rows])

    def delete(self, table: str, key: Sequence) -> bool:
        self._guard(table)
        old = self._select(table, key)
        if old is None:
            return False
        where = " AND ".join(f"{c} = ?" for c in KEYS[table])
        self._conn.execute(f"DELETE FROM {table} WHERE {where}", tuple(key))
        self._audit_rows(table, [(key, old, None)])
        return True

    def delete_where(self, table: str, column: str, value: Any) -> int:
        """Delete every record whose `column` equals `value` (e.g. a project's marks)."""
        self._guard(table)
        cur = self._conn.execute(f"SELECT * FROM {table} WHERE {column} = ?", (value,))
        names = [d[0] for d in cur.description]
        olds = cur.fetchall()
        if not olds:
            return 0
        self._conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (value,))
        self._audit_removed(table, names, olds)
        return len(olds)

    def _audit_removed(self, table: str, names: list[str], olds: list[tuple]) -> None:
        """The records deleted, in one audit row: a row of its own for one record, a
        packed row for several."""
        keys = [names.index(k) for k in KEYS[table]]
        if len(olds) == 1:
            old = dict(zip(names, olds[0]))
            self._audit_rows(table, [(tuple(olds[0][i] for i in keys), old, None)])
            return
        # key columns first, as in every packed row
        order = keys + [i for i in range(len(names)) if i not in keys]
        self._audit_packed(table, {
            "columns": [names[i] for i in order], "keys": len(keys),
            "removed": [[r[i] for r in olds] for i in order]}, len(olds))

    def set_setting(self, key: str, value: Any) -> bool:
        return self.put("settings", {"key": key, "value": json.dumps(value, ensure_ascii=False)})
