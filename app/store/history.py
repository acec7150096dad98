"""The audit history read back: one record's history, what one action changed, the marks
as they were, undo, and the hash chain's check.
"""

from __future__ import annotations

import json
from typing import Sequence

from app.errors import FinalizedError, InputError
from app.model import MarkKey
from app.store import audit_chain
from app.store.audit_rows import PACKED, unpack
from app.store.changes import Change

# user actions that Ctrl+Z can take back, newest first
UNDOABLE = ("mark", "recusal", "absence", "withdraw")


class History:
    """A `Store`'s audit history (mixed into it)."""

    # ----- undo ------------------------------------------------------------------------
    def undo(self) -> Change | None:
        """Take back the newest undoable action not yet undone. Returns None if there is
        none. Refuses (InputError) when a record was changed since by something else, and
        (FinalizedError) while the competition is finalized."""
        if self._is_finalized():
            raise FinalizedError("the competition is finalized: nothing can be undone until "
                                 "it is reopened with a reason")
        undone = {int(json.loads(n)["batch"]) for (n,) in self.conn.execute(
            "SELECT new FROM audit WHERE action = 'undo' AND entity = 'undo'")}
        marks = ",".join("?" * len(UNDOABLE))
        for (batch,) in self.conn.execute(
                f"SELECT DISTINCT batch FROM audit WHERE action IN ({marks}) "
                "ORDER BY batch DESC", UNDOABLE).fetchall():
            if batch not in undone:
                return self._undo_batch(batch)
        return None

    def _undo_batch(self, batch: int) -> Change:
        rows = self.conn.execute(
            "SELECT entity, key, old, new FROM audit WHERE id >= ? AND id < ? AND batch = ? "
            "ORDER BY id DESC", (*self._batch_ids(batch), batch)).fetchall()
        with self.transaction("undo", f"undo of action {batch}") as tx:
            for entity, key, old, new in rows:
                for key, before, after in reversed(unpack(entity, key, old, new)):
                    current = tx._select(entity, key)
                    if after is None:
                        unchanged = current is None
                    else:  # the columns the action wrote still hold what it wrote
                        unchanged = current is not None and all(
                            current.get(c) == v for c, v in after.items())
                    if not unchanged:
                        raise InputError(
                            "cannot undo: that entry has been changed since by another action")
                    if before is None:
                        tx.delete(entity, key)
                    else:
                        tx.put(entity, before)
            tx._audit_rows("undo", [((batch,), None, {"batch": batch})])
            tx.tables.discard("undo")
        return Change("undo", frozenset(tx.tables), tx.batch, tx.records - 1)

    def last_batch(self) -> int:
        """The number of the newest committed action (0 for a new file)."""
        if self._batch is None or self.read_only:
            row = self.conn.execute("SELECT batch FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            self._batch = row[0] if row else 0  # batches grow with ids
        return self._batch

    def _first_id(self, batch: int) -> int:
        """The id of the first audit row of action `batch` or a later one (one past the
        newest row when there is none). Ids and action numbers grow together, so halving
        the ids finds it without an index on the actions."""
        conn = self.conn
        newest = conn.execute("SELECT id, batch FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        if newest is None or newest[1] < batch:
            return (newest[0] if newest else 0) + 1
        lo, hi = 0, newest[0]  # the row at or after lo is of an earlier action; hi's is not
        while hi - lo > 1:
            mid = (lo + hi) // 2
            row = conn.execute("SELECT batch FROM audit WHERE id >= ? ORDER BY id LIMIT 1",
                               (mid,)).fetchone()
            if row[0] >= batch:
                hi = mid
            else:
                lo = mid
        return hi

    def _batch_ids(self, batch: int) -> tuple[int, int]:
        """The ids of action `batch`'s audit rows: from the first, up to the one before
        the next action's first."""
        return self._first_id(batch), self._first_id(batch + 1)

    def marks_as_of(self, batch: int) -> dict[MarkKey, float]:
        """The marks as they were when action `batch` was the newest: the marks now, with
        every later change of a mark taken back from the audit history. (A restored
        backup replaced everything at once, with no record per mark: from before a
        restore, the marks now are given.)"""
        marks = self._marks()
        later = self.conn.execute(
            "SELECT entity, key, old, new, action FROM audit WHERE id >= ? AND batch > ? "
            "AND entity IN ('marks', 'restore') ORDER BY id DESC",
            (self._first_id(batch + 1), batch)).fetchall()
        if any(action == "restore" for *_row, action in later):
            return marks
        for entity, key, old, new, _action in later:
            for mark, before, _after in reversed(unpack(entity, key, old, new)):
                if before is None:
                    marks.pop(mark, None)
                else:
                    marks[mark] = before["score"]
        return marks

    def history(self, entity: str, key: Sequence) -> list[dict]:
        """Every audited change of one record, oldest first (e.g. one mark's history)."""
        key = tuple(key)
        cur = self.conn.execute(
            "SELECT id, batch, at, action, key, old, new, note FROM audit "
            "WHERE entity = ? AND key IN (?, ?) ORDER BY id",
            (entity, json.dumps(list(key), ensure_ascii=False), PACKED))
        out = []
        for row_id, batch, at, action, k, old, new, note in cur:
            for changed, before, after in unpack(entity, k, old, new, only=key):
                if changed == key:
                    out.append({"id": row_id, "batch": batch, "at": at, "action": action,
                                "old": before, "new": after, "note": note})
        return out

    def batch_changes(self, batch: int) -> list[tuple[str, tuple, dict | None, dict | None]]:
        """What one committed action changed: (table, key, old row, new row), in order.
        Lets a subscriber update what it holds instead of reloading everything."""
        return [(entity, *change) for entity, key, old, new in self.conn.execute(
            "SELECT entity, key, old, new FROM audit WHERE id >= ? AND id < ? AND batch = ? "
            "AND entity <> 'undo' ORDER BY id", (*self._batch_ids(batch), batch))
            for change in unpack(entity, key, old, new)]

    def last_changed_at(self) -> str | None:
        """When the data last changed: the newest audit timestamp (None for a new file).

        The protocol prints this as its date and time, so that printing the same data
        twice gives the same document."""
        return self.conn.execute("SELECT MAX(at) FROM audit").fetchone()[0]

    def changed_at(self, at: str) -> bool | None:
        """Is `at` the moment of a recorded change? `verify` asks it of the date and
        time a protocol says it prints, which is always one (`last_changed_at`).
        None when `at` comes before this file's history begins: a copy of the data made
        later (an import of an exported folder, on the organisers' laptop) cannot say."""
        if self.conn.execute("SELECT 1 FROM audit WHERE at = ? LIMIT 1",
                             (at,)).fetchone() is not None:
            return True
        first = self.conn.execute("SELECT MIN(at) FROM audit").fetchone()[0]
        return None if first is not None and at < first else False

    def verify_audit(self) -> audit_chain.ChainReport:
        """Recompute the audit hash chain: is the history as the program wrote it?"""
        return audit_chain.verify(self.conn)

    def check_history(self):
        """Does every table hold what its history says (app.store.tamper.Consistency)?
        Finds a record changed, deleted or inserted by hand, and a removed guard."""
        from app.store import tamper

        return tamper.check(self.conn)

    def audit_rows(self) -> list[dict]:
        cur = self.conn.execute("SELECT * FROM audit ORDER BY id")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur]

