"""Rotating online backups in a `backups/` folder beside the database.

A backup is SQLite's own copy of a live database (the backup API), written to a hidden
temporary name, checked with the full `PRAGMA integrity_check`, made a single
self-contained file (journal mode DELETE), flushed to the disk and only then renamed to
`<name>.<UTC time>.<reason><suffix>`, so a backup on disk is always whole. The newest
`KEEP` backups of each database are kept. A backup whose data equals the newest one is
not made again (the audit history's newest row tells them apart), so opening a file many
times never pushes the useful backups out.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import DamagedError, StoreError
from app.store.failures import os_failure, store_failure
from app.store.inspect import Damage, check_ours, integrity_problem, read_only
from app.store.schema import MIGRATION_SET

KEEP = 20
FOLDER = "backups"
_STAMP = "%Y-%m-%dT%H-%M-%S.%fZ"   # sorts as text in time order, and is a valid file name


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    time: _dt.datetime      # when it was made, UTC
    reason: str             # open, periodic, import, finalize, reopen, before-restore, ...
    size: int               # bytes


def backups_dir(db: Path) -> Path:
    return Path(db).parent / FOLDER


def _pattern(db: Path) -> re.Pattern:
    return re.compile(re.escape(db.stem) + r"\.(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{6}Z)"
                      r"\.([a-z-]+)" + re.escape(db.suffix) + "$")


def _info(path: Path, m: re.Match) -> BackupInfo:
    when = _dt.datetime.strptime(m.group(1), _STAMP).replace(tzinfo=_dt.timezone.utc)
    return BackupInfo(path, when, m.group(2), path.stat().st_size)


def list_backups(db: str | os.PathLike) -> list[BackupInfo]:
    """The backups of one database, newest first."""
    db = Path(db)
    folder = backups_dir(db)
    if not folder.is_dir():
        return []
    pattern = _pattern(db)
    found = [_info(path, m) for path in folder.iterdir()
             if (m := pattern.match(path.name)) and path.is_file()]
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def check_backup(path: str | os.PathLike) -> str | None:
    """None if `path` is a whole Jury Room database this version can open, else why not."""
    path = Path(path)
    try:
        check_ours(path)
        conn = read_only(path)
        try:
            return integrity_problem(conn, full=True)
        finally:
            conn.close()
    except (StoreError, Damage, OSError, sqlite3.Error) as exc:
        return str(exc)


def newest_good_backup(db: Path) -> BackupInfo | None:
    return next((b for b in list_backups(db) if check_backup(b.path) is None), None)


def damaged(db: Path, detail: str) -> DamagedError:
    """The refusal of a damaged file, naming the newest backup that is whole."""
    good = newest_good_backup(db)
    offer = (f"the newest good backup is {good.path} ({good.time:%Y-%m-%d %H:%M:%S} UTC); "
             f"restore it with: jury-room restore \"{db}\" \"{good.path}\"" if good else
             "there is no backup to restore")
    return DamagedError(f"{db}: the file is damaged ({detail}): {offer}",
                        good.path if good else None)


def fingerprint(conn: sqlite3.Connection) -> str:
    """What tells two copies of a database apart: the schema version and the newest
    audit row (every change adds one; its hash covers all before it, so its id and hash
    name the whole history without reading a row that may list a whole import)."""
    version = conn.execute("SELECT COUNT(*) FROM _sqlite_migrations WHERE migration_set = ?",
                           (MIGRATION_SET,)).fetchone()[0]
    newest = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return f"{version}|{newest!r}"


def file_fingerprint(path: Path) -> str | None:
    try:
        conn = read_only(path)
        try:
            return fingerprint(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _fsync(path: Path, directory: bool = False) -> None:
    if directory and os.name == "nt":
        return  # Windows cannot open a folder to flush it; its renames are journaled
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _target(db: Path, reason: str) -> Path:
    folder = backups_dir(db)
    now = _dt.datetime.now(_dt.timezone.utc)
    newest = list_backups(db)
    if newest and newest[0].time >= now:  # a clock set back, or two in one microsecond
        now = newest[0].time + _dt.timedelta(microseconds=1)
    return folder / f"{db.stem}.{now.strftime(_STAMP)}.{reason}{db.suffix}"


def write_copy(conn: sqlite3.Connection, target: Path) -> None:
    """A whole copy of the database open on `conn`, as one file at `target`: written under
    a hidden temporary name, checked, flushed, then renamed, so `target` is never half a
    file. StoreError when it cannot be written or comes out damaged."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        try:
            dest = sqlite3.connect(tmp)
            try:
                conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
                problem = integrity_problem(dest, full=True)
            finally:
                dest.close()
            if problem:
                raise StoreError(f"{target}: the copy came out damaged ({problem}); the "
                                 "database itself may be damaged: close and reopen it")
            _fsync(tmp)
            os.replace(tmp, target)
            _fsync(target.parent, directory=True)
        finally:
            tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise os_failure(target, exc, "write") from None
    except sqlite3.Error as exc:
        raise store_failure(target, exc, "cannot write the copy") from None


def make_backup(conn: sqlite3.Connection, db: Path, reason: str, *,
                spare: Path | None = None) -> BackupInfo:
    """Copy the database open on `conn` into its backups folder; StoreError if it fails.
    `spare` is a backup that pruning must not remove yet (the one being restored)."""
    db = Path(db)
    folder = backups_dir(db)
    try:
        folder.mkdir(exist_ok=True)
        for stale in folder.glob(f".{db.stem}.*.tmp"):  # left by a process killed mid-copy
            stale.unlink(missing_ok=True)
    except OSError as exc:
        raise os_failure(folder, exc, "write a backup into") from None
    final = _target(db, reason)
    write_copy(conn, final)
    prune(db, spare=spare)
    return _info(final, _pattern(db).match(final.name))


def keep_raw_copy(db: Path, reason: str) -> BackupInfo:
    """A byte copy of a file SQLite cannot read whole (with its WAL, which holds the
    newest commits), kept in the backups folder before the file is replaced."""
    final = _target(db, reason)
    try:
        final.parent.mkdir(exist_ok=True)
        for suffix in ("-wal", ""):  # the main file last: it is what makes the copy listed
            source = db.with_name(db.name + suffix)
            if source.exists():
                import shutil  # here only: it brings in bz2 and lzma

                shutil.copyfile(source, final.with_name(final.name + suffix))
    except OSError as exc:
        raise os_failure(final.parent, exc, "write a backup into") from None
    prune(db)
    return _info(final, _pattern(db).match(final.name))


def prune(db: Path, *, spare: Path | None = None) -> None:
    """Keep the newest KEEP backups of `db` (and `spare`), remove the older ones."""
    for old in list_backups(db)[KEEP:]:
        if spare is not None and old.path == Path(spare):
            continue
        for suffix in ("", "-wal"):
            old.path.with_name(old.path.name + suffix).unlink(missing_ok=True)


def copy_into(source: Path, conn: sqlite3.Connection) -> None:
    """Replace everything in the database open on `conn` with the content of the file
    `source`, as one write transaction: a crash half-way leaves the old content."""
    src = read_only(source)
    try:
        src.backup(conn)
    finally:
        src.close()
