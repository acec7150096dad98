"""When the store makes its backups, and restoring one (the copies themselves are made in
app.store.backup): on opening, every `BACKUP_INTERVAL` seconds while marks change, and
before every import, finalize, reopen, restore and schema upgrade.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from app.errors import FinalizedError, InputError, StoreError
from app.store import schema
from app.store.backup import (BackupInfo, check_backup, copy_into, file_fingerprint,
                              fingerprint, list_backups, make_backup, write_copy)
from app.store.failures import store_failure
from app.store.identity import check_same_competition
from app.store.opening import _migrate
from app.store.tables import KEYS

# while marks change, a backup at most this often (seconds); see Store.maybe_backup
BACKUP_INTERVAL = 300.0


class BackupJobs:
    """A `Store`'s backups (mixed into it)."""

    def finish_open_backup(self) -> None:
        """Wait for the backup begun by `open` (on another thread, from a read begun at
        opening, so that it holds the file as opened) and take in what it did. The
        first change does it; a window may do it as soon as it is shown."""
        self._finish_open_backup()

    def _finish_open_backup(self) -> None:
        job, self._opening_backup = self._opening_backup, None
        if job is None:
            return
        try:
            fingerprint_, error = job.result()
        except Exception as exc:  # an unexpected failure is reported, never raised later
            fingerprint_, error = None, f"{self.path}: the backup on opening failed: {exc}"
        if error:
            self.backup_error = error
        elif fingerprint_ is not None:  # `_last_backup` stays the moment of opening
            self._backed_up, self.backup_error = fingerprint_, None

    def backups(self) -> list[BackupInfo]:
        """This database's backups, newest first (empty for an in-memory store)."""
        self._finish_open_backup()
        return [] if self.path is None else list_backups(self.path)

    def backup(self, reason: str = "manual", *, force: bool = True) -> BackupInfo | None:
        """Make a backup now; StoreError if it cannot be written. Without `force`, none is
        made (None) when the newest backup already holds the same data, or there is no
        data yet."""
        if self.path is None:
            return None
        self._refuse_if_read_only()
        self._finish_open_backup()
        current = fingerprint(self.conn)
        if not force:
            if self._backed_up is None:
                newest = self.backups()
                self._backed_up = file_fingerprint(newest[0].path) if newest else None
            has_data = self.conn.execute("SELECT 1 FROM audit LIMIT 1").fetchone()
            if current == self._backed_up or not has_data:
                return None
        info = make_backup(self.conn, self.path, reason)
        self._backed_up, self._last_backup, self.backup_error = current, time.monotonic(), None
        return info

    def maybe_backup(self, now: float | None = None) -> BackupInfo | None:
        """The periodic backup: once `backup_interval` seconds have passed since the last
        one, make one if the data changed. Cheap when not due; every commit calls it, and
        the GUI may call it on a timer. Never raises: a failure sets `backup_error`."""
        now = time.monotonic() if now is None else now
        # compared as a sum, not a difference: (t + interval) - t may round below interval
        if self.path is None or self.read_only or \
                now < self._last_backup + self.backup_interval:
            return None
        self._finish_open_backup()
        self._last_backup = now
        return self._backup_quietly("periodic")

    def _backup_quietly(self, reason: str) -> BackupInfo | None:
        try:
            return self.backup(reason, force=False)
        except StoreError as exc:
            self.backup_error = str(exc)
            return None

    def restore(self, backup: str | os.PathLike, *, force: bool = False) -> BackupInfo:
        """Put the content of `backup` in place of this database's, keeping what it
        replaces as a backup first (returned). Recorded in the audit history; the
        subscribers hear one Change touching every table. A backup of another
        competition is refused (ForeignBackupError, naming it) unless `force`."""
        backup = Path(backup)
        if self.path is None:
            raise StoreError("an in-memory database has no backups")
        self._refuse_if_read_only()
        self._finish_open_backup()
        problem = check_backup(backup)
        if problem:
            raise StoreError(f"{backup}: cannot restore it: {problem}")
        if self._is_finalized():
            raise FinalizedError("the competition is finalized: reopen it with a reason "
                                 "before restoring a backup")
        if not force:
            check_same_competition(self.conn, backup)
        kept = make_backup(self.conn, self.path, "before-restore", spare=backup)
        try:
            copy_into(backup, self.conn)
            self._head = self._batch = self._final = None
            if schema.pending(self.conn):
                _migrate(self.conn, None)  # an older backup is brought up to this version
        except sqlite3.Error as exc:
            raise store_failure(self.path, exc, "the restore failed") from exc
        self._backed_up = None
        self._record_restore(backup, kept)
        return kept

    def _record_restore(self, backup: Path, kept: BackupInfo | None) -> None:
        with self.transaction("restore", f"restored {backup.name}") as tx:
            tx._audit_rows("restore", [((backup.name,), None, {
                "backup": backup.name, "kept": kept.path.name if kept else None})])
            tx.tables.clear()
            tx.tables.update(KEYS)  # everything may have changed

    def save_copy(self, target: str | os.PathLike) -> Path:
        """Write a consistent copy of the open database to `target` (File > Save a copy).

        Written under a temporary name, checked, then renamed: a failure leaves no half file."""
        target = Path(target)
        if self.path is not None and target.resolve() == self.path.resolve():
            raise InputError("that is the open file itself: choose another name", field="file")
        write_copy(self.conn, target)  # the same whole, checked copy as a backup
        return target
