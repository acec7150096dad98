"""The one place that reads and writes a competition database: `Store`, a small front
over the modules that do each job.

- app.store.opening: opening the file (the writer lock, checks, pragmas, migrations)
- app.store.write_gate and app.store.transaction: every write happens inside
  `Store.transaction()`: one SQLite transaction, one audit row per changed record (old
  value, new value, when, and its link in the hash chain) or, when an action changes
  several records of one table, one packed row listing them all (app.store.audit_rows)
- app.store.changes: after the commit one `Change` sent to the subscribers, which is how
  the GUI learns that it has to refresh. Nothing else in the program writes to the file.
- app.store.writes: the user actions (a mark, a recusal, the settings, finalize)
- app.store.history: one record's history, what an action changed, undo
- app.store.reading: the snapshot of the competition and the smaller reads
- app.store.backup_jobs: when backups are made, and restoring one
- app.store.fast: the ways that exist only for speed, each beside its plain twin

Opening takes the file's writer lock (one Jury Room per file), checks the file
(`PRAGMA quick_check`) and begins a backup on another thread, which the first change
waits for; see app.store.backup and app.store.lock.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from app.errors import StoreError
from app.store.audit_rows import PACKED, ZLIB, pack, unpack, unpack_doc
from app.store.backup import BackupInfo, check_backup, copy_into, keep_raw_copy
from app.store.backup_jobs import BACKUP_INTERVAL, BackupJobs
from app.store.changes import Change, ChangeNotices
from app.store.failures import os_failure, store_failure
from app.store.history import UNDOABLE, History
from app.store.opening import Opening, _now
from app.store.reading import Reading
from app.store.tables import KEYS
from app.store.transaction import SMALL, Transaction
from app.store.write_gate import WriteGate
from app.store.writes import Writes

if TYPE_CHECKING:  # the lock is imported when a file is opened for writing
    from app.store.lock import WriterLock

__all__ = ["BACKUP_INTERVAL", "KEYS", "PACKED", "SMALL", "UNDOABLE", "ZLIB", "Change",
           "Store", "Transaction", "pack", "restore_file", "unpack", "unpack_doc"]


class Store(Opening, WriteGate, ChangeNotices, Writes, History, Reading, BackupJobs):
    """An open competition database. Use `Store.open()`; close it when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None,
                 clock: Callable[[], str] = _now, lock: WriterLock | None = None,
                 read_only: bool = False, check=None):
        self._conn = conn
        self._check = check  # a read-only open's integrity check, still running
        self._db = None
        self.path = path
        self.read_only = read_only
        self._clock = clock
        self._lock = lock
        self._subscribers: list[Callable[[Change], None]] = []
        self._tx: Transaction | None = None
        self._head: tuple[int, str] | None = None  # the newest audit row's id and hash
        # the newest action's number and whether the competition is finalized, known
        # since the last commit (the writer lock makes this connection the only writer)
        self._batch: int | None = None
        self._final: bool | None = None
        # backups: how often while marks change, when the last one was made, what it held
        self.backup_interval = BACKUP_INTERVAL
        self.backup_error: str | None = None  # why the last automatic backup failed
        self._last_backup = time.monotonic()
        self._backed_up: str | None = None
        self._opening_backup = None  # the backup on opening, still being written

    @property
    def db(self):
        """The connection as a sqlite-utils Database, for tools and tests. The store itself
        uses the plain connection: importing sqlite-utils costs a command a tenth of a
        second, so it is imported only here and when the schema needs migrating."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    @property
    def closed(self) -> bool:
        """Whether `close` was called (a timer set while the file was open may fire after)."""
        return getattr(self, "_closed", False)

    def close(self) -> None:
        self._closed = True
        self._finish_open_backup()
        if self._check is not None:
            self._check.result()
        self._conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def restore_file(path: str | os.PathLike, backup: str | os.PathLike, *,
                 clock: Callable[[], str] = _now) -> BackupInfo | None:
    """Restore a database that cannot be opened (damaged) or no longer exists.

    The file is replaced whole under its writer lock; a byte copy of what it replaces is
    kept in the backups folder first (returned; None when there was no file)."""
    path, backup = Path(path), Path(backup)
    problem = check_backup(backup)
    if problem:
        raise StoreError(f"{backup}: cannot restore it: {problem}")
    from app.store.lock import WriterLock

    lock = WriterLock.acquire(path)
    try:
        kept = keep_raw_copy(path, "damaged") if path.exists() else None
        tmp = path.with_name(f".{path.name}.restoring")
        try:
            tmp.unlink(missing_ok=True)
            dest = sqlite3.connect(tmp)
            try:
                copy_into(backup, dest)
            finally:
                dest.close()
            for suffix in ("-wal", "-shm"):  # they belong to the file being replaced
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            os.replace(tmp, path)
        except OSError as exc:
            raise os_failure(path, exc, "restore") from None
        except sqlite3.Error as exc:
            raise store_failure(path, exc, "the restore failed") from exc
        finally:
            tmp.unlink(missing_ok=True)
    finally:
        lock.release()
    with Store.open(path, clock=clock) as store:
        store._record_restore(backup, kept)
    return kept
