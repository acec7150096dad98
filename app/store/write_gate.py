"""The write gate: every change to the file goes through `Store.transaction()`, one SQLite
transaction per user action, audited, refused while the competition is finalized, and
announced to the subscribers after its commit (app.store.changes).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from typing import Iterator

from app.errors import StoreError
from app.store import audit_chain
from app.store.changes import Change
from app.store.failures import sqlite_failure
from app.store.transaction import Transaction


class WriteGate:
    """A `Store`'s transactions (mixed into it)."""

    @contextmanager
    def transaction(self, action: str, note: str = "", *,
                    bulk: bool = False) -> Iterator[Transaction]:
        """One user action: all its writes commit together or not at all. A full disk, a
        read-only or busy file ends it with a StoreError saying so (nothing of it saved).

        `bulk` (an import): the foreign keys of every row written are checked once, all
        together, just before the commit, instead of row by row (a third of the time of
        writing 200,000 marks); a row naming no juror, project or criterion still
        refuses the whole action, with the same IntegrityError."""
        if self._tx is not None:
            # an action inside an action belongs to the outer one
            yield self._tx
            return
        self._refuse_if_read_only()
        # the backup of the file as opened is made before its first change (the window
        # finishes it as soon as it is shown; a command waits a moment once)
        self._finish_open_backup()
        try:
            with self._atomic(bulk):
                batch = self.last_batch() + 1
                tx = Transaction(self, action, note, batch, self._clock())
                self._tx = tx
                try:
                    yield tx
                finally:
                    self._tx = None
        except BaseException as exc:
            # rolled back: the next row links to the last committed one
            self._head = self._batch = self._final = None
            failure = sqlite_failure(self.path, exc) if isinstance(exc, sqlite3.Error) else None
            if failure is None:
                raise
            raise failure from exc
        if tx.tables:
            self._batch = batch
            if "settings" in tx.tables:
                self._final = None
            change = Change(action, frozenset(tx.tables), batch, tx.records,
                            None if tx.changes is None else tuple(tx.changes))
            self._notify(change)
            self.maybe_backup()

    @contextmanager
    def _atomic(self, bulk: bool = False) -> Iterator[None]:
        """BEGIN ... COMMIT, or a savepoint inside a transaction already open (as
        sqlite-utils' `atomic`, without importing it)."""
        conn = self.conn
        if bulk and not conn.in_transaction:
            # the pragma cannot change inside a transaction: set it before, restore after
            conn.execute("PRAGMA foreign_keys = OFF")
            try:
                with self._atomic():
                    yield
                    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                        raise sqlite3.IntegrityError("FOREIGN KEY constraint failed")
            finally:
                conn.execute("PRAGMA foreign_keys = ON")
            return
        if conn.in_transaction:
            conn.execute("SAVEPOINT store_tx")
            try:
                yield
            except BaseException:
                if conn.in_transaction:  # a failed statement may have ended it already
                    conn.execute("ROLLBACK TO SAVEPOINT store_tx")
                    conn.execute("RELEASE SAVEPOINT store_tx")
                raise
            conn.execute("RELEASE SAVEPOINT store_tx")
            return
        conn.execute("BEGIN")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            conn.rollback()
            raise

    def _audit_head(self) -> tuple[int, str]:
        if self._head is None:
            self._head = audit_chain.head(self.conn)
        return self._head

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only, so nothing can be saved")

    def _is_finalized(self) -> bool:
        if self._final is None or self.read_only:  # a reader may see another's change
            row = self.conn.execute(
                "SELECT value FROM settings WHERE key = 'finalized'").fetchone()
            self._final = bool(row and json.loads(row[0]))
        return self._final

