"""Opening a database: the one place that connects to the file, sets every pragma,
checks it and brings its schema up to date.

Opening for writing takes the lock file that names the holder (app.store.lock) and the
database file's own exclusive lock (one Jury Room per file, whatever its name:
app.store.file_lock), checks the file (`PRAGMA quick_check`) and begins the backup on
opening on the same connection (app.store.fast.open_backup). A read-only open takes no
lock (a file another Jury Room holds is refused, naming it) and checks the file while it
reads (app.store.fast.read_check).
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from app.errors import StoreError
from app.store import file_lock, schema
from app.store.backup import damaged, make_backup, newest_good_backup
from app.store.failures import BUSY_CODES, DAMAGE_CODES, sqlite_code, store_failure
from app.store.fast import open_backup, read_check
from app.store.inspect import Damage, FileBusy, NotSQLite, check_ours, integrity_problem, read_uri

if TYPE_CHECKING:  # the lock is imported when a file is opened for writing
    from app.store.lock import WriterLock
    from app.store.store import Store


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


class Opening:
    """How a `Store` is opened and its connection handed out (mixed into it)."""

    _conn: sqlite3.Connection
    _check: "read_check.Background | read_check.Failed | None"
    path: Path | None

    @property
    def conn(self) -> sqlite3.Connection:
        """The connection; a read-only store hands it out only once its integrity check
        has passed (DamagedError otherwise), so nothing is read from a damaged file."""
        if self._check is not None:
            self._finish_check()
        return self._conn

    def _finish_check(self) -> None:
        check, self._check = self._check, None
        problem = check.result()
        if problem:
            self._check = read_check.Failed(problem)  # every later use refuses again at once
            raise damaged(self.path, problem)

    def _finish_check_if_pending(self) -> None:
        if self._check is not None:
            self._finish_check()

    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = True, read_only: bool = False,
             clock: Callable[[], str] = _now) -> "Store":
        """Open (or create) a database file for writing.

        Refused with a StoreError, and never written to, when the file is not ours, is
        newer than this program, is read-only, or is open in another Jury Room
        (LockedError). A file that fails its integrity check is refused with a
        DamagedError naming the newest good backup. Opening makes a backup when the
        data differ from the newest one (failures only set `backup_error`).

        `read_only` opens an existing file only to read it: no lock, no backup, no
        upgrade; every write is refused; a file another Jury Room holds is refused
        (LockedError naming it).
        """
        path = Path(path)
        if path.is_dir():
            raise StoreError(f"{path}: is a folder, not a Jury Room database")
        exists = path.exists() and path.stat().st_size > 0
        if not exists and (read_only or not create):
            raise StoreError(f"{path}: no such database")
        if read_only:
            return cls._open_read_only(path, clock)
        store = cls._open_for_writing(path, exists, clock)
        store._opening_backup, error = open_backup.begin_open_backup(path, store._conn)
        if error:
            store.backup_error = error
        return store

    @classmethod
    def _open_for_writing(cls, path: Path, exists: bool, clock) -> "Store":
        from app.store.lock import WriterLock

        lock = WriterLock.acquire(path)
        try:
            if exists:
                if not os.access(path, os.W_OK):
                    raise StoreError(f"{path}: the file is read-only, so nothing could be "
                                     "saved: clear its read-only mark or copy it to a "
                                     "folder you can write to")
                _check_ours(path)
            try:
                # shared with the store's own threads (the open backup); SQLite
                # serialises them, and no other connection can open the file
                conn = sqlite3.connect(str(path), timeout=5, check_same_thread=False)
                file_lock.take(conn)
            except sqlite3.Error as exc:
                raise store_failure(path, exc, "cannot open") from exc
            return cls._prepare(conn, path, clock, lock, check=exists)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_read_only(cls, path: Path, clock) -> "Store":
        _check_ours(path)
        try:
            conn = sqlite3.connect(read_uri(path), uri=True, timeout=5)
            try:
                conn.execute("PRAGMA busy_timeout = 5000")
                if schema.pending(conn):
                    raise StoreError(f"{path}: made by an older version of Jury Room: open it "
                                     "once for writing (in the window, or with `jury-room "
                                     "backup`) to bring it up to date")
            except BaseException:
                conn.close()
                raise
        except sqlite3.Error as exc:
            if sqlite_code(exc) in DAMAGE_CODES:
                raise damaged(path, str(exc)) from None
            raise store_failure(path, exc, "cannot open the database") from exc
        # the check (quick_check, as for writing) runs on the second core while the first
        return cls(conn, path, clock, read_only=True, check=read_check.begin_check(path))

    @classmethod
    def memory(cls, clock: Callable[[], str] = _now) -> "Store":
        return cls._prepare(sqlite3.connect(":memory:"), None, clock)

    @classmethod
    def _prepare(cls, conn: sqlite3.Connection, path: Path | None, clock,
                 lock: WriterLock | None = None, check: bool = False) -> "Store":
        try:
            if check:
                _check_whole(conn, path)
            # pragmas are per connection: every open sets them again
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            if schema.pending(conn):
                _migrate(conn, path if check else None)
            if lock is not None:
                file_lock.hold(conn)  # the file's own lock, kept until closed
        except sqlite3.Error as exc:
            conn.close()
            if lock is not None and sqlite_code(exc) in BUSY_CODES:
                raise file_lock.refusal(path) from None
            raise store_failure(path, exc, "cannot open the database") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, clock, lock)


def _migrate(conn: sqlite3.Connection, path: Path | None) -> None:
    """Bring the file up to this version's schema, backing up an older file with data
    first (`path` None: a new file, nothing to keep)."""
    if schema.is_new(conn):
        schema.create(conn)
        return
    from sqlite_utils import Database

    db = Database(conn)
    if path is not None and db["audit"].exists() and db["audit"].count:
        make_backup(conn, path, "upgrade")  # the file as the older version left it
    schema.migrations.apply(db)


def _check_ours(path: Path) -> None:
    """Refuse a file that is not ours or too new; one too broken to tell is damaged."""
    try:
        check_ours(path)
    except FileBusy:
        raise file_lock.refusal(path) from None
    except Damage as exc:
        raise damaged(path, str(exc)) from None
    except NotSQLite:
        # a database whose header was overwritten looks like any other file; when it
        # has a good backup beside it, it was ours: offer the backup
        if newest_good_backup(path) is None:
            raise
        raise damaged(path, "its first page is not an SQLite header: it was overwritten") \
            from None

def _check_whole(conn: sqlite3.Connection, path: Path) -> None:
    """PRAGMA quick_check on every open; a damaged file is refused naming a backup."""
    problem = integrity_problem(conn)
    if problem:
        raise damaged(path, problem)
