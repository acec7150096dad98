"""Looking at a database file without writing to it: is it ours, which version, is it whole.

Used before a file is opened for writing (a refused file is never touched) and on every
backup before it is trusted.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NoReturn

from app.errors import StoreError
from app.store.failures import BUSY_CODES, DAMAGE_CODES, folder_writable, medium_failure, sqlite_code
from app.store.schema import APPLICATION_ID, MIGRATION_SET, known_migrations

_SQLITE_MAGIC = b"SQLite format 3\x00"


class Damage(Exception):
    """The file is an SQLite file but fails to read or to pass its integrity check."""


class FileBusy(StoreError):
    """Another connection holds the file (a Jury Room has it open): it cannot be read."""


class NotSQLite(StoreError):
    """The file does not begin as an SQLite file: another kind of file, or a database
    whose first bytes were overwritten (opening offers a backup when it has one)."""


def read_uri(path: Path) -> str:
    """The URI that opens `path` only to read it. On a read-only medium (a write-protected
    stick, a CD, a folder nobody may write to) SQLite cannot make the files a WAL
    database's readers share, so a file with no unsaved WAL beside it is opened as
    immutable: nothing can change it while it is read."""
    from urllib.parse import quote

    uri = f"file:{quote(str(path))}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not folder_writable(path.parent) and not (wal.exists() and wal.stat().st_size):
        uri += "&immutable=1"
    return uri


def read_only(path: Path, timeout: float = 0.5) -> sqlite3.Connection:
    """A connection that only reads `path`; it waits at most `timeout` seconds for a file
    another connection holds (a Jury Room that has it open holds it until it closes)."""
    return sqlite3.connect(read_uri(path), uri=True, timeout=timeout)


def check_ours(path: Path) -> None:
    """Refuse (StoreError) a file that is not a Jury Room database of a version this
    program knows; raise Damage for one that is too broken to tell."""
    with open(path, "rb") as fh:
        header = fh.read(100)
    if not header.startswith(_SQLITE_MAGIC):
        raise NotSQLite(f"{path}: not a Jury Room database (not an SQLite file at all)")
    try:
        app_id, tables, applied = _identity(path)
    except sqlite3.Error as exc:
        _refuse_unreadable(path, exc)
    if app_id != APPLICATION_ID:
        if not tables:
            return  # an empty SQLite file: ours to set up
        raise StoreError(f"{path}: not a Jury Room database (it is another program's SQLite file)")
    unknown = [name for name in applied if name not in known_migrations()]
    if unknown:
        raise StoreError(
            f"{path}: made by a newer version of Jury Room (schema {unknown[-1]}); "
            "update Jury Room to open it")


def _refuse_unreadable(path: Path, exc: sqlite3.Error) -> NoReturn:
    """Why a file could not be read, as the error to raise: damaged, busy, the medium, or
    not a usable database."""
    if sqlite_code(exc) in DAMAGE_CODES:
        raise Damage(str(exc)) from None
    if sqlite_code(exc) in BUSY_CODES:
        raise FileBusy(f"{path}: the file is open in another Jury Room") from None
    raise medium_failure(path, exc) or \
        StoreError(f"{path}: not a usable database: {exc}") from exc


def _identity(path: Path) -> tuple[int, set[str], list[str]]:
    """The file's application id, its tables and the migrations applied to it, read
    without writing; sqlite3.Error when it cannot be read."""
    conn = read_only(path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        applied = []
        if "_sqlite_migrations" in tables:
            applied = [r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                (MIGRATION_SET,))]
    finally:
        conn.close()
    return app_id, tables, applied


def integrity_problem(conn: sqlite3.Connection, *, full: bool = False) -> str | None:
    """None when SQLite finds the file whole, else its first complaint.

    `quick_check` (on every open) reads every page but skips matching indexes against
    their tables: it is several times faster and still finds torn or overwritten pages.
    The full `integrity_check` runs on every backup, where nobody waits for it."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        if sqlite_code(exc) in DAMAGE_CODES:
            return str(exc)
        raise
    if rows == [("ok",)]:
        return None
    text = "; ".join(line.strip() for r in rows for line in str(r[0]).splitlines())
    return text if len(text) <= 160 else text[:157] + "..."  # a message stays one line
