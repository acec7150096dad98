"""The one place that reads and writes a competition database.

Every write happens inside `Store.transaction()`: one SQLite transaction, one audit row per
changed record (old value, new value, when, and its link in the hash chain) or, when an
action changes several records of one table, one packed row listing them all (see
`unpack`), and after the commit one `Change` sent to the subscribers, which is how the
GUI learns that it has to refresh. Nothing else in the program writes to the file.

Opening takes the file's writer lock (one Jury Room per file), checks the file
(`PRAGMA quick_check`) and begins a backup on another thread, which the first change
waits for; see app.store.backup and app.store.lock.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from app.bulk import paused_gc
from app.errors import FinalizedError, InputError, StoreError
from app.model import (Competition, Criterion, Decision, Juror, LazyMarks, MarkKey, PairKey,
                       Project, Settings)
from app.store import audit_chain, codec, schema
from app.store.backup import (BackupInfo, check_backup, copy_into, damaged, file_fingerprint,
                              fingerprint, keep_raw_copy, list_backups, make_backup,
                              write_copy)
from app.store.failures import (DAMAGE_CODES, os_failure, sqlite_code, sqlite_failure,
                                store_failure)
from app.store.inspect import Damage, check_ours, integrity_problem

if TYPE_CHECKING:  # the lock is imported when a file is opened for writing
    from app.store.lock import WriterLock

# the primary key columns of every table the store writes
KEYS: dict[str, tuple[str, ...]] = {
    "settings": ("key",),
    "projects": ("code",),
    "jurors": ("code",),
    "criteria": ("code",),
    "marks": ("juror", "project", "criterion"),
    "recusals": ("juror", "project"),
    "absences": ("juror", "project"),
    "decisions": ("project",),
}
# the `key` of an audit row that lists several changed records of one table (see unpack)
PACKED = "*"
ZLIB = "zlib:"  # how a packed row's compressed JSON begins
# an action changing at most this many records tells its subscribers what it changed
SMALL = 64
# user actions that Ctrl+Z can take back, newest first
UNDOABLE = ("mark", "recusal", "absence", "withdraw")
# while marks change, a backup at most this often (seconds); see Store.maybe_backup
BACKUP_INTERVAL = 300.0


@dataclass(frozen=True)
class Change:
    """Sent to subscribers after a commit: what kind of action touched which tables."""

    action: str
    tables: frozenset[str]
    batch: int
    records: int = 0      # how many records changed (0: not counted, e.g. a restore)
    # what changed, as `Store.batch_changes(batch)` gives it, for a small action (None:
    # ask batch_changes), so that a subscriber need not read it back
    changes: tuple | None = None


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


class Transaction:
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
        cols = list(row)
        values = [c for c in cols if c not in keys]
        if old is not None and all(old.get(c) == row[c] for c in values):
            return False
        if old is None:
            self._conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) "
                               f"VALUES ({', '.join('?' * len(cols))})",
                               tuple(row.values()))
        else:
            self._conn.execute(
                f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in values)} "
                f"WHERE {' AND '.join(f'{k} = ?' for k in keys)}",
                tuple(row[c] for c in values) + key)
        self._audit_rows(table, [(key, old, {**(old or {}), **row})])
        return True

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
        existing = self._existing_values(table, cols, rows)
        if existing:
            inserts, updates, pairs = [], [], []
            for row in rows:
                old = existing.get(row[:n])
                if old is None:
                    inserts.append(row)
                elif old != row[n:]:
                    updates.append(row[n:] + row[:n])
                    pairs.append((row[:n] + old, row))
        else:  # a new table: every row is new (the import of a new competition)
            inserts, updates, pairs = rows, [], []
        changed = len(inserts) + len(updates)
        if changed == 1:  # one record: audited the usual way, with whole rows
            row = inserts[0] if inserts else pairs[0][1]
            old = None if inserts else self._select(table, row[:n])
            self._write(table, cols, n, inserts, updates)
            self._audit_rows(table, [(row[:n], old, {**(old or {}), **dict(zip(cols, row))})])
            return 1
        self._write(table, cols, n, inserts, updates)
        if changed:
            self._audit_packed(table, {"columns": list(cols), "keys": n,
                                       "added": [list(c) for c in zip(*inserts)],
                                       "changed": pairs}, changed)
        return changed

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
        keys = [names.index(k) for k in KEYS[table]]
        if len(olds) == 1:
            old = dict(zip(names, olds[0]))
            self._audit_rows(table, [(tuple(olds[0][i] for i in keys), old, None)])
        else:
            # key columns first, as in every packed row
            order = keys + [i for i in range(len(names)) if i not in keys]
            self._audit_packed(table, {
                "columns": [names[i] for i in order], "keys": len(keys),
                "removed": [[r[i] for r in olds] for i in order]}, len(olds))
        return len(olds)

    def set_setting(self, key: str, value: Any) -> bool:
        return self.put("settings", {"key": key, "value": json.dumps(value, ensure_ascii=False)})


def pack(doc: dict) -> str:
    """A packed row's `new`: its JSON, zlib-compressed, in base64 after "zlib:" (an import
    of 200,000 marks takes 0.4 MB instead of 5: a smaller file to write, check and back
    up)."""
    import base64
    import zlib

    text = json.dumps(doc, ensure_ascii=False, check_circular=False)
    return ZLIB + base64.b64encode(zlib.compress(text.encode("utf-8"), 1)).decode("ascii")


def unpack_doc(new: str) -> dict:
    if new.startswith(ZLIB):
        import base64
        import zlib

        new = zlib.decompress(base64.b64decode(new[len(ZLIB):])).decode("utf-8")
    return json.loads(new)


def unpack(entity: str, key: str, old: str | None, new: str | None, only: tuple | None = None
           ) -> list[tuple[tuple, dict | None, dict | None]]:
    """The changed records of one audit row: (key, old row, new row) for each, in order.

    A row of one record holds its key and its old and new rows as JSON. A packed row
    (key PACKED) holds in `new` (see `pack`) {"columns", "keys": how many leading
    columns are the key, "added": the records that did not exist, "removed": the records
    deleted, both as one list of values per column, in the order of "columns", and
    "changed": [old row, new row] pairs, each row a list of values in that order}; a
    packed row's old and new rows name the columns the action wrote. With `only`, just
    the records with that key (a whole import is not made into rows for one)."""
    if key != PACKED:
        return [(tuple(json.loads(key)), json.loads(old) if old else None,
                 json.loads(new) if new else None)]
    doc = unpack_doc(new)
    cols, n = doc["columns"], doc["keys"]
    out: list[tuple[tuple, dict | None, dict | None]] = []
    if only is not None:
        def rows(columns):  # the records of `columns` whose key is `only`
            at = [i for i, k in enumerate(zip(*columns[:n])) if k == only] if columns else []
            return [[c[i] for c in columns] for i in at]
        added, removed = rows(doc.get("added", ())), rows(doc.get("removed", ()))
        changed = [(a, b) for a, b in doc.get("changed", ()) if tuple(b[:n]) == only]
        return ([(only, None, dict(zip(cols, r))) for r in added] +
                [(only, dict(zip(cols, a)), dict(zip(cols, b))) for a, b in changed] +
                [(only, dict(zip(cols, r)), None) for r in removed])
    out += [(tuple(r[:n]), None, dict(zip(cols, r))) for r in zip(*doc.get("added", ()))]
    out += [(tuple(b[:n]), dict(zip(cols, a)), dict(zip(cols, b)))
            for a, b in doc.get("changed", ())]
    out += [(tuple(r[:n]), dict(zip(cols, r)), None) for r in zip(*doc.get("removed", ()))]
    return out


class Store:
    """An open competition database. Use `Store.open()`; close it when done."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None,
                 clock: Callable[[], str] = _now, lock: WriterLock | None = None,
                 read_only: bool = False, check: "_Background | None" = None):
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
        self._opening_backup: _Background | None = None

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
            self._check = _Failed(problem)  # every later use refuses again at once
            raise damaged(self.path, problem)

    @property
    def db(self):
        """The connection as a sqlite-utils Database, for tools and tests. The store itself
        uses the plain connection: importing sqlite-utils costs a command a tenth of a
        second, so it is imported only here and when the schema needs migrating."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    # ----- opening ---------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = True, read_only: bool = False,
             clock: Callable[[], str] = _now) -> "Store":
        """Open (or create) a database file for writing.

        Refused with a StoreError, and never written to, when the file is not ours, is
        newer than this program, is read-only, or is open in another Jury Room
        (LockedError). A file that fails its integrity check is refused with a
        DamagedError naming the newest good backup. Opening makes a backup when the
        data differ from the newest one (failures only set `backup_error`).

        `read_only` opens an existing file only to read it: no lock (it works while
        another Jury Room writes), no backup, no upgrade; every write is refused.
        """
        path = Path(path)
        if path.is_dir():
            raise StoreError(f"{path}: is a folder, not a Jury Room database")
        exists = path.exists() and path.stat().st_size > 0
        if not exists and (read_only or not create):
            raise StoreError(f"{path}: no such database")
        if read_only:
            return cls._open_read_only(path, clock)
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
                conn = sqlite3.connect(str(path), timeout=5)
            except sqlite3.Error as exc:
                raise store_failure(path, exc, "cannot open") from exc
            store = cls._prepare(conn, path, clock, lock, check=exists)
        except BaseException:
            lock.release()
            raise
        # the open backup is written on the second core while the caller goes on (the
        # window appears at once), from a read begun here: it holds the file as opened
        # even if a change is saved meanwhile
        try:
            source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5,
                                     check_same_thread=False)
            source.execute("BEGIN")
            source.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            store.backup_error = f"{path}: the backup on opening failed: {exc}"
        else:
            store._opening_backup = _Background(_open_backup, source, path)
        return store

    @classmethod
    def _open_read_only(cls, path: Path, clock) -> "Store":
        _check_ours(path)
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
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
        # reads are prepared; `conn` waits for it before anything read is handed out
        return cls(conn, path, clock, read_only=True,
                   check=_Background(_integrity_problem_of, path))

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
        except sqlite3.Error as exc:
            conn.close()
            raise store_failure(path, exc, "cannot open the database") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, clock, lock)

    def close(self) -> None:
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

    # ----- backups ---------------------------------------------------------------------
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
        if self.path is None or self.read_only or \
                now - self._last_backup < self.backup_interval:
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

    def restore(self, backup: str | os.PathLike) -> BackupInfo:
        """Put the content of `backup` in place of this database's, keeping what it
        replaces as a backup first (returned). Recorded in the audit history; the
        subscribers hear one Change touching every table."""
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

    # ----- writing ---------------------------------------------------------------------
    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        """Call `callback(change)` after every commit. Returns a function that unsubscribes."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

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
            for callback in list(self._subscribers):
                callback(change)
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

    def set_mark(self, juror: str, project: str, criterion: str, score: float | None) -> None:
        """Store one mark (None clears it). Validation is the caller's (see app.service)."""
        with self.transaction("mark") as tx:
            if score is None:
                tx.delete("marks", (juror, project, criterion))
            else:
                tx.put("marks", {"juror": juror, "project": project, "criterion": criterion,
                                 "score": float(score)})

    def set_recused(self, juror: str, project: str, on: bool) -> None:
        self._set_pair("recusals", "recusal", juror, project, on)

    def set_absent(self, juror: str, project: str, on: bool) -> None:
        self._set_pair("absences", "absence", juror, project, on)

    def _set_pair(self, table: str, action: str, juror: str, project: str, on: bool) -> None:
        with self.transaction(action) as tx:
            if on:
                tx.put(table, {"juror": juror, "project": project})
            else:
                tx.delete(table, (juror, project))

    def set_withdrawn(self, project: str, on: bool) -> None:
        with self.transaction("withdraw") as tx:
            tx.put("projects", {"code": project, "withdrawn": int(on)})

    def record_decision(self, decision: Decision) -> None:
        with self.transaction("decision", decision.reason) as tx:
            tx.put("decisions", codec.decision_row(decision, tx.at))

    def clear_decision(self, project: str) -> None:
        with self.transaction("decision") as tx:
            tx.delete("decisions", (project,))

    def save_settings(self, settings: Settings) -> None:
        with self.transaction("settings") as tx:
            for key, value in codec.settings_items(settings):
                tx.set_setting(key, value)

    def put_project(self, project: Project) -> None:
        with self.transaction("project") as tx:
            tx.put("projects", codec.project_row(project))

    def put_juror(self, juror: Juror) -> None:
        with self.transaction("juror") as tx:
            tx.put("jurors", codec.juror_row(juror))

    def put_criterion(self, criterion: Criterion) -> None:
        with self.transaction("criterion") as tx:
            tx.put("criteria", codec.criterion_row(criterion))

    def reorder_projects(self, codes: Sequence[str]) -> None:
        """Set the running order to `codes` (every project, first to last)."""
        with self.transaction("reorder") as tx:
            tx.put_many("projects", [{"code": c, "ord": i + 1} for i, c in enumerate(codes)])

    def delete_project(self, code: str) -> None:
        with self.transaction("delete") as tx:
            for table in ("marks", "recusals", "absences"):
                tx.delete_where(table, "project", code)
            tx.delete("decisions", (code,))
            tx.delete("projects", (code,))

    def delete_juror(self, code: str) -> None:
        with self.transaction("delete") as tx:
            for table in ("marks", "recusals", "absences"):
                tx.delete_where(table, "juror", code)
            tx.delete("jurors", (code,))

    def delete_criterion(self, code: str) -> None:
        with self.transaction("delete") as tx:
            tx.delete_where("marks", "criterion", code)
            tx.delete("criteria", (code,))

    def save_copy(self, target: str | os.PathLike) -> Path:
        """Write a consistent copy of the open database to `target` (File > Save a copy).

        Written under a temporary name, checked, then renamed: a failure leaves no half file."""
        target = Path(target)
        if self.path is not None and target.resolve() == self.path.resolve():
            raise InputError("that is the open file itself: choose another name", field="file")
        write_copy(self.conn, target)  # the same whole, checked copy as a backup
        return target

    def finalize(self, on: bool, reason: str = "") -> None:
        """Lock everything (on) or, with a reason, unlock it again (reopen). A backup of
        the data as it stood is made first; StoreError if it cannot be."""
        if not on and not reason.strip():
            raise InputError("reopening a finalized competition needs a reason")
        if self._is_finalized() == bool(on):
            raise InputError("the competition is already finalized" if on else
                             "the competition is not finalized, so there is nothing to reopen")
        self.backup("finalize" if on else "reopen", force=False)
        with self.transaction("finalize" if on else "reopen", reason.strip()) as tx:
            tx.set_setting("finalized", bool(on))

    def _is_finalized(self) -> bool:
        if self._final is None or self.read_only:  # a reader may see another's change
            row = self.conn.execute(
                "SELECT value FROM settings WHERE key = 'finalized'").fetchone()
            self._final = bool(row and json.loads(row[0]))
        return self._final

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

    # ----- reading ---------------------------------------------------------------------
    def load(self, *, marks: bool | str = True) -> Competition:
        """A snapshot of the whole competition: with its marks, without them (False), or
        with marks read from the file when first used ("lazy", see LazyMarks)."""
        q = self.conn.execute
        settings = codec.settings_from(dict(q("SELECT key, value FROM settings").fetchall()))
        projects = tuple(codec.project_from(r) for r in q(
            "SELECT code, title, organization, grp, category, ord, withdrawn, notes "
            "FROM projects ORDER BY ord, code"))
        jurors = tuple(Juror(*r) for r in q(
            "SELECT code, name, position, role, ord FROM jurors ORDER BY ord, code"))
        criteria = tuple(Criterion(*r) for r in q(
            "SELECT code, name, max, weight, ord FROM criteria ORDER BY ord, code"))
        if marks == "lazy":
            as_of = self.last_batch()
            marks = LazyMarks(lambda: self.marks_as_of(as_of))
        else:
            marks = self._marks() if marks else {}
        recusals: set[PairKey] = set(q("SELECT juror, project FROM recusals").fetchall())
        absences: set[PairKey] = set(q("SELECT juror, project FROM absences").fetchall())
        decisions = {r[0]: Decision(r[0], bool(r[1]), r[2], r[3], r[4]) for r in q(
            "SELECT project, winner, reason, decided_at, basis FROM decisions")}
        return Competition(settings, projects, jurors, criteria, marks, frozenset(recusals),
                           frozenset(absences), decisions, self._is_finalized())

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

    def sheet_totals(self) -> list[tuple] | None:
        """Each juror's sheet of each project summed in SQLite, without reading every
        mark into Python: rows (project, juror, marks, Σ weight × score, then the score
        on each tie-break criterion that exists, in the settings' order, None where
        unmarked); or None when that sum might not be exact, or a mark names no
        criterion. Call it inside `reading()`.

        Exact means the same number as `math.fsum` of the products: every weight and
        every score is a whole number of 1/1024ths and every total stays below 2**32,
        so each product is a whole number of 2**-20ths and so is every partial sum, all
        of them representable: a float sum in any order is then exact. Weights like 0.1
        (or a score edited by hand off such a grid) give None, and the caller sums every
        mark in Python instead. The check of every score runs on the second core (with
        a read-only open's integrity check), in a read of its own that must see the
        same state (the same newest audit row)."""
        try:
            return self._sheet_totals()
        except sqlite3.DatabaseError:
            self._finish_check_if_pending()  # a damaged file is refused as such
            raise

    def _sheet_totals(self) -> list[tuple] | None:
        conn = self._conn  # the integrity check is awaited below, before anything returns
        criteria = conn.execute("SELECT code, weight FROM criteria").fetchall()
        row = conn.execute("SELECT value FROM settings WHERE key = 'tie_break'").fetchone()
        codes = {c for c, _w in criteria}
        ties = [c for c in (json.loads(row[0]) if row else ()) if c in codes]
        if not all(math.isfinite(w) and (w * 1024).is_integer() for _c, w in criteria):
            self._finish_check_if_pending()
            return None
        bound = 2.0 ** 32 / max(sum(abs(w) for _c, w in criteria), 1.0)
        if self.path is None:
            side = _sheet_check(conn, bound, own_read=False)
        else:  # after the open's integrity check: one helper thread beside this one
            side = _Background(_after, self._check, _sheet_check, self.path, bound)
        head = conn.execute("SELECT MAX(id) FROM audit").fetchone()[0]
        # the weights inline (faster than a join); a mark naming no criterion would count
        # but add nothing, which is why the check above refuses such a file
        weight = "CASE criterion " + " ".join("WHEN ? THEN ?" for _ in criteria) + " END" \
            if criteria else "NULL"
        extra = "".join(", MAX(score) FILTER (WHERE criterion = ?)" for _ in ties)
        rows = conn.execute(
            f"SELECT project, juror, COUNT(*), TOTAL(score * {weight}){extra} FROM marks "
            "GROUP BY juror, project", [*(x for cw in criteria for x in cw), *ties]).fetchall()
        side_head, exact = side if self.path is None else side.result()
        self._finish_check_if_pending()
        return rows if exact and side_head == head else None

    def _finish_check_if_pending(self) -> None:
        if self._check is not None:
            self._finish_check()

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

    def has_marks(self) -> bool:
        return self.conn.execute("SELECT 1 FROM marks LIMIT 1").fetchone() is not None

    def is_empty(self) -> bool:
        return self.conn.execute("SELECT COUNT(*) FROM projects").fetchone()[0] == 0 and \
            self.conn.execute("SELECT COUNT(*) FROM settings WHERE key = 'title'").fetchone()[0] == 0

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

    def verify_audit(self) -> audit_chain.ChainReport:
        """Recompute the audit hash chain: is the history as the program wrote it?"""
        return audit_chain.verify(self.conn)

    def audit_rows(self) -> list[dict]:
        cur = self.conn.execute("SELECT * FROM audit ORDER BY id")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur]


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
    except Damage as exc:
        raise damaged(path, str(exc)) from None


class _Failed:
    """A finished integrity check that found the file damaged."""

    def __init__(self, problem: str):
        self.problem = problem

    def wait(self) -> None:
        pass

    def result(self) -> str:
        return self.problem


def _integrity_problem_of(path: Path) -> str | None:
    """`quick_check` on a connection of its own (for a check on another thread)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return integrity_problem(conn)
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


class _Background:
    """`fn(*args)` on another thread (SQLite lets go of Python's lock while it reads, so
    the two really run at once); `result()` waits for it and returns what it returned."""

    def __init__(self, fn, *args):
        self._out: list = []
        self._thread = threading.Thread(target=self._run, args=(fn, args), daemon=True)
        self._thread.start()

    def _run(self, fn, args) -> None:
        try:
            self._out.append((fn(*args), None))
        except BaseException as exc:  # handed to the waiting thread
            self._out.append((None, exc))

    def wait(self) -> None:
        self._thread.join()

    def result(self):
        self._thread.join()
        value, exc = self._out[0]
        if exc is not None:
            raise exc
        return value


def _open_backup(conn: sqlite3.Connection, path: Path) -> tuple[str | None, str | None]:
    """The backup made on opening, read through `conn`, a connection of its own in a read
    begun at opening: (what it holds, None) when one was made or the newest backup
    already holds the same data, (None, None) when there is no data yet, (None, why)
    when it failed."""
    try:
        current = fingerprint(conn)
        if conn.execute("SELECT 1 FROM audit LIMIT 1").fetchone() is None:
            return None, None
        newest = list_backups(path)
        if newest and file_fingerprint(newest[0].path) == current:
            return current, None
        make_backup(conn, path, "open")
        return current, None
    except StoreError as exc:
        return None, str(exc)
    except sqlite3.Error as exc:
        return None, f"{path}: the backup on opening failed: {exc}"
    finally:
        conn.close()


def _after(job: "_Background | None", fn, *args):
    """`fn(*args)` once `job` (a check still running, or None) has finished."""
    if job is not None:
        job.wait()
    return fn(*args)


def _sheet_check(source, bound: float, own_read: bool = True) -> tuple[int | None, bool]:
    """For `Store.sheet_totals`: the newest audit id, and whether every mark is on a
    1/1024 grid below `bound` and names a criterion, read in one read transaction."""
    conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=5) if own_read \
        else source
    try:
        if own_read:
            conn.execute("BEGIN")
        head = conn.execute("SELECT MAX(id) FROM audit").fetchone()[0]
        top, on_grid, known = conn.execute(
            "SELECT MAX(ABS(score)), MIN(score * 1024.0 = CAST(score * 1024.0 AS INTEGER)), "
            "MIN(criterion IN (SELECT code FROM criteria)) FROM marks").fetchone()
        return head, top is None or (bool(on_grid) and bool(known) and top < bound)
    finally:
        if own_read:
            conn.close()


def _check_whole(conn: sqlite3.Connection, path: Path) -> None:
    """PRAGMA quick_check on every open; a damaged file is refused naming a backup."""
    problem = integrity_problem(conn)
    if problem:
        raise damaged(path, problem)


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
