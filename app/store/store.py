"""The one place that reads and writes a competition database.

Every write happens inside `Store.transaction()`: one SQLite transaction, one audit row per
changed record (old value, new value, when, and its link in the hash chain), and after
the commit one `Change` sent to the subscribers, which is how the GUI learns that it has
to refresh. Nothing else in the program writes to the file.

Opening takes the file's writer lock (one Jury Room per file), checks the file
(`PRAGMA quick_check`) and makes a backup; see app.store.backup and app.store.lock.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from sqlite_utils import Database

from app.errors import FinalizedError, InputError, StoreError
from app.model import (Competition, Criterion, Decision, Juror, MarkKey, PairKey, Project,
                       Settings)
from app.store import audit_chain, codec
from app.store.backup import (BackupInfo, check_backup, copy_into, damaged, file_fingerprint,
                              fingerprint, keep_raw_copy, list_backups, make_backup,
                              write_copy)
from app.store.failures import os_failure, sqlite_failure, store_failure
from app.store.inspect import Damage, check_ours, integrity_problem
from app.store.lock import WriterLock
from app.store.schema import migrations

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


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


class Transaction:
    """The write primitives, usable only inside `Store.transaction()`."""

    def __init__(self, store: "Store", action: str, note: str, batch: int, at: str):
        self._store = store
        self._db = store.db
        self.action = action
        self.note = note
        self.batch = batch
        self.at = at
        self.tables: set[str] = set()
        self._final = store._is_finalized()
        self._head: tuple[int, str] | None = None  # the newest audit row's id and hash

    def _guard(self, table: str) -> None:
        if table not in KEYS:
            raise ValueError(f"unknown table {table}")
        # every table feeds the ranking or the printed protocol: all of it is locked
        if self._final and self.action != "reopen":
            raise FinalizedError(
                "the competition is finalized: nothing can change until it is reopened "
                "with a reason")

    def _audit_rows(self, table: str, changes: Iterable[tuple[Sequence, Any, Any]]) -> None:
        # ids are given here, not by SQLite, because each row's hash covers its id; the
        # writer lock makes this connection the only writer, so the head cannot move
        last_id, prev = self._head or audit_chain.head(self._db.conn)
        texts = [(json.dumps(list(key), ensure_ascii=False), _dump(old), _dump(new))
                 for key, old, new in changes]
        shared = (self.batch, self.at, self.action, table)
        hashes = audit_chain.link_batch(prev, last_id + 1, shared, self.note, texts)
        self._db.conn.executemany(
            "INSERT INTO audit (id, batch, at, action, entity, key, old, new, note, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(last_id + i, *shared, *text, self.note, h)
             for i, (text, h) in enumerate(zip(texts, hashes), start=1)])
        if hashes:
            self._head = (last_id + len(hashes), hashes[-1])
        self.tables.add(table)

    def _select(self, table: str, key: Sequence) -> dict | None:
        cols = KEYS[table]
        where = " AND ".join(f"{c} = ?" for c in cols)
        cur = self._db.conn.execute(f"SELECT * FROM {table} WHERE {where}", tuple(key))
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row))

    def put(self, table: str, row: dict) -> bool:
        """Insert or replace one record by its key. Returns whether anything changed."""
        return self.put_many(table, [row]) > 0

    def put_many(self, table: str, rows: Sequence[dict]) -> int:
        """Insert or replace records by key, auditing only those that change. Every row must
        have the same columns (one statement serves them all)."""
        self._guard(table)
        if not rows:
            return 0
        cols = list(rows[0])
        keys = KEYS[table]
        key_of = lambda r: tuple(r[k] for k in keys)  # noqa: E731
        existing = self._existing(table, [key_of(r) for r in rows])
        changed: list[tuple[Sequence, Any, Any]] = []
        inserts, updates = [], []
        values = [c for c in cols if c not in keys]
        for row in rows:
            if list(row) != cols:
                raise ValueError("put_many needs rows with the same columns")
            key = key_of(row)
            old = existing.get(key)
            if old is not None and all(old.get(c) == row[c] for c in values):
                continue
            changed.append((key, old, {**(old or {}), **row}))
            if old is None:
                inserts.append(tuple(row[c] for c in cols))
            else:
                updates.append(tuple(row[c] for c in values) + key)
        if inserts:
            self._db.conn.executemany(
                f"INSERT INTO {table} ({', '.join(cols)}) "
                f"VALUES ({', '.join('?' * len(cols))})", inserts)
        if updates:
            self._db.conn.executemany(
                f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in values)} "
                f"WHERE {' AND '.join(f'{k} = ?' for k in keys)}", updates)
        if changed:
            self._audit_rows(table, changed)
        return len(changed)

    def _existing(self, table: str, keys: list[tuple]) -> dict[tuple, dict]:
        if len(keys) == 1:
            row = self._select(table, keys[0])
            return {} if row is None else {keys[0]: row}
        cur = self._db.conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cur.description]
        idx = [names.index(k) for k in KEYS[table]]
        return {tuple(r[i] for i in idx): dict(zip(names, r)) for r in cur}

    def delete(self, table: str, key: Sequence) -> bool:
        self._guard(table)
        old = self._select(table, key)
        if old is None:
            return False
        where = " AND ".join(f"{c} = ?" for c in KEYS[table])
        self._db.conn.execute(f"DELETE FROM {table} WHERE {where}", tuple(key))
        self._audit_rows(table, [(key, old, None)])
        return True

    def delete_where(self, table: str, column: str, value: Any) -> int:
        """Delete every record whose `column` equals `value` (e.g. a project's marks)."""
        self._guard(table)
        cur = self._db.conn.execute(f"SELECT * FROM {table} WHERE {column} = ?", (value,))
        names = [d[0] for d in cur.description]
        olds = [dict(zip(names, r)) for r in cur]
        if not olds:
            return 0
        self._db.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (value,))
        self._audit_rows(table, [(tuple(o[k] for k in KEYS[table]), o, None) for o in olds])
        return len(olds)

    def set_setting(self, key: str, value: Any) -> bool:
        return self.put("settings", {"key": key, "value": json.dumps(value, ensure_ascii=False)})


class Store:
    """An open competition database. Use `Store.open()`; close it when done."""

    def __init__(self, db: Database, path: Path | None, clock: Callable[[], str] = _now,
                 lock: WriterLock | None = None, read_only: bool = False):
        self.db = db
        self.path = path
        self.read_only = read_only
        self._clock = clock
        self._lock = lock
        self._subscribers: list[Callable[[Change], None]] = []
        self._tx: Transaction | None = None
        # backups: how often while marks change, when the last one was made, what it held
        self.backup_interval = BACKUP_INTERVAL
        self.backup_error: str | None = None  # why the last automatic backup failed
        self._last_backup = time.monotonic()
        self._backed_up: str | None = None

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
        store._backup_quietly("open")
        return store

    @classmethod
    def _open_read_only(cls, path: Path, clock) -> "Store":
        _check_ours(path)
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
            try:
                _check_whole(conn, path)
                conn.execute("PRAGMA busy_timeout = 5000")
                db = Database(conn)
                if migrations.pending(db):
                    raise StoreError(f"{path}: made by an older version of Jury Room: open it "
                                     "once for writing (in the window, or with `jury-room "
                                     "backup`) to bring it up to date")
            except BaseException:
                conn.close()
                raise
        except sqlite3.Error as exc:
            raise store_failure(path, exc, "cannot open the database") from exc
        return cls(db, path, clock, read_only=True)

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
            db = Database(conn)
            if path is not None and check and migrations.pending(db) and \
                    db["audit"].exists() and db["audit"].count:
                make_backup(conn, path, "upgrade")  # the file as the older version left it
            migrations.apply(db)
        except sqlite3.Error as exc:
            conn.close()
            raise store_failure(path, exc, "cannot open the database") from exc
        except BaseException:
            conn.close()
            raise
        return cls(db, path, clock, lock)

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----- backups ---------------------------------------------------------------------
    def backups(self) -> list[BackupInfo]:
        """This database's backups, newest first (empty for an in-memory store)."""
        return [] if self.path is None else list_backups(self.path)

    def backup(self, reason: str = "manual", *, force: bool = True) -> BackupInfo | None:
        """Make a backup now; StoreError if it cannot be written. Without `force`, none is
        made (None) when the newest backup already holds the same data, or there is no
        data yet."""
        if self.path is None:
            return None
        self._refuse_if_read_only()
        current = fingerprint(self.db.conn)
        if not force:
            if self._backed_up is None:
                newest = self.backups()
                self._backed_up = file_fingerprint(newest[0].path) if newest else None
            has_data = self.db.execute("SELECT 1 FROM audit LIMIT 1").fetchone()
            if current == self._backed_up or not has_data:
                return None
        info = make_backup(self.db.conn, self.path, reason)
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
        problem = check_backup(backup)
        if problem:
            raise StoreError(f"{backup}: cannot restore it: {problem}")
        if self._is_finalized():
            raise FinalizedError("the competition is finalized: reopen it with a reason "
                                 "before restoring a backup")
        kept = make_backup(self.db.conn, self.path, "before-restore", spare=backup)
        try:
            copy_into(backup, self.db.conn)
            migrations.apply(self.db)  # an older backup is brought up to this version
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
    def transaction(self, action: str, note: str = "") -> Iterator[Transaction]:
        """One user action: all its writes commit together or not at all. A full disk, a
        read-only or busy file ends it with a StoreError saying so (nothing of it saved)."""
        if self._tx is not None:
            # an action inside an action belongs to the outer one
            yield self._tx
            return
        self._refuse_if_read_only()
        try:
            with self.db.atomic():
                batch = self.db.execute(
                    "SELECT COALESCE(MAX(batch), 0) + 1 FROM audit").fetchone()[0]
                tx = Transaction(self, action, note, batch, self._clock())
                self._tx = tx
                try:
                    yield tx
                finally:
                    self._tx = None
        except sqlite3.Error as exc:
            failure = sqlite_failure(self.path, exc)
            if failure is None:
                raise
            raise failure from exc
        if tx.tables:
            change = Change(action, frozenset(tx.tables), batch)
            for callback in list(self._subscribers):
                callback(change)
            self.maybe_backup()

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
        write_copy(self.db.conn, target)  # the same whole, checked copy as a backup
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
        row = self.db.execute("SELECT value FROM settings WHERE key = 'finalized'").fetchone()
        return bool(row and json.loads(row[0]))

    # ----- undo ------------------------------------------------------------------------
    def undo(self) -> Change | None:
        """Take back the newest undoable action not yet undone. Returns None if there is
        none. Refuses (InputError) when a record was changed since by something else, and
        (FinalizedError) while the competition is finalized."""
        if self._is_finalized():
            raise FinalizedError("the competition is finalized: nothing can be undone until "
                                 "it is reopened with a reason")
        undone = {int(json.loads(n)["batch"]) for (n,) in self.db.execute(
            "SELECT new FROM audit WHERE action = 'undo' AND entity = 'undo'")}
        marks = ",".join("?" * len(UNDOABLE))
        for (batch,) in self.db.execute(
                f"SELECT DISTINCT batch FROM audit WHERE action IN ({marks}) "
                "ORDER BY batch DESC", UNDOABLE).fetchall():
            if batch not in undone:
                return self._undo_batch(batch)
        return None

    def _undo_batch(self, batch: int) -> Change:
        rows = self.db.execute(
            "SELECT entity, key, old, new, action FROM audit WHERE batch = ? ORDER BY id DESC",
            (batch,)).fetchall()
        with self.transaction("undo", f"undo of action {batch}") as tx:
            for entity, key, old, new, _action in rows:
                key = tuple(json.loads(key))
                current = tx._select(entity, key)
                expected = json.loads(new) if new else None
                if current != expected:
                    raise InputError(
                        "cannot undo: that entry has been changed since by another action")
                if old is None:
                    tx.delete(entity, key)
                else:
                    tx.put(entity, json.loads(old))
            tx._audit_rows("undo", [((batch,), None, {"batch": batch})])
            tx.tables.discard("undo")
        return Change("undo", frozenset(tx.tables), tx.batch)

    # ----- reading ---------------------------------------------------------------------
    def load(self) -> Competition:
        """A snapshot of the whole competition."""
        q = self.db.execute
        settings = codec.settings_from(dict(q("SELECT key, value FROM settings").fetchall()))
        projects = tuple(codec.project_from(r) for r in q(
            "SELECT code, title, organization, grp, category, ord, withdrawn, notes "
            "FROM projects ORDER BY ord, code"))
        jurors = tuple(Juror(*r) for r in q(
            "SELECT code, name, position, role, ord FROM jurors ORDER BY ord, code"))
        criteria = tuple(Criterion(*r) for r in q(
            "SELECT code, name, max, weight, ord FROM criteria ORDER BY ord, code"))
        marks: dict[MarkKey, float] = {
            (j, p, c): s for j, p, c, s in q("SELECT juror, project, criterion, score FROM marks")}
        recusals: set[PairKey] = set(q("SELECT juror, project FROM recusals").fetchall())
        absences: set[PairKey] = set(q("SELECT juror, project FROM absences").fetchall())
        decisions = {r[0]: Decision(r[0], bool(r[1]), r[2], r[3], r[4]) for r in q(
            "SELECT project, winner, reason, decided_at, basis FROM decisions")}
        return Competition(settings, projects, jurors, criteria, marks, frozenset(recusals),
                           frozenset(absences), decisions, self._is_finalized())

    def is_empty(self) -> bool:
        return self.db.execute("SELECT COUNT(*) FROM projects").fetchone()[0] == 0 and \
            self.db.execute("SELECT COUNT(*) FROM settings WHERE key = 'title'").fetchone()[0] == 0

    def history(self, entity: str, key: Sequence) -> list[dict]:
        """Every audited change of one record, oldest first (e.g. one mark's history)."""
        cur = self.db.execute(
            "SELECT id, batch, at, action, old, new, note FROM audit "
            "WHERE entity = ? AND key = ? ORDER BY id",
            (entity, json.dumps(list(key), ensure_ascii=False)))
        names = [d[0] for d in cur.description]
        out = []
        for r in cur:
            row = dict(zip(names, r))
            row["old"] = json.loads(row["old"]) if row["old"] else None
            row["new"] = json.loads(row["new"]) if row["new"] else None
            out.append(row)
        return out

    def batch_changes(self, batch: int) -> list[tuple[str, tuple, dict | None, dict | None]]:
        """What one committed action changed: (table, key, old row, new row), in order.
        Lets a subscriber update what it holds instead of reloading everything."""
        return [(entity, tuple(json.loads(key)), json.loads(old) if old else None,
                 json.loads(new) if new else None) for entity, key, old, new in self.db.execute(
            "SELECT entity, key, old, new FROM audit WHERE batch = ? AND entity <> 'undo' "
            "ORDER BY id", (batch,))]

    def last_changed_at(self) -> str | None:
        """When the data last changed: the newest audit timestamp (None for a new file).

        The protocol prints this as its date and time, so that printing the same data
        twice gives the same document."""
        return self.db.execute("SELECT MAX(at) FROM audit").fetchone()[0]

    def verify_audit(self) -> audit_chain.ChainReport:
        """Recompute the audit hash chain: is the history as the program wrote it?"""
        return audit_chain.verify(self.db.conn)

    def audit_rows(self) -> list[dict]:
        cur = self.db.execute("SELECT * FROM audit ORDER BY id")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur]


def _check_ours(path: Path) -> None:
    """Refuse a file that is not ours or too new; one too broken to tell is damaged."""
    try:
        check_ours(path)
    except Damage as exc:
        raise damaged(path, str(exc)) from None


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
