"""What the disk or SQLite can refuse, said the way a secretary can act on it.

A full disk, a read-only folder or a busy file are not bugs: they become a StoreError
whose message says what happened, that nothing saved before was lost, and what to do.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from app.errors import StoreError

# SQLite's primary result codes (the low byte of an extended code)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _PERM, _NOTADB = \
    5, 6, 8, 10, 11, 13, 14, 3, 26
DAMAGE_CODES = frozenset({_CORRUPT, _NOTADB})

_NOT_SAVED = "the last change was not saved; everything saved before it is safe"


def os_failure(path: Path, exc: OSError, doing: str = "write to") -> StoreError:
    """An OSError while touching the database's folder, as one clear line."""
    folder = path.parent
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = (f"the folder {folder} is read-only or you may not write there; copy the "
               "file to a folder you can write to (such as Documents) and open it there")
    elif exc.errno == errno.ENOSPC:
        why = "the disk is full; free some space and try again"
    elif exc.errno == errno.ENOENT:
        why = f"the folder {folder} does not exist"
    else:
        why = exc.strerror or str(exc)
    return StoreError(f"{path}: cannot {doing} it: {why}")


def sqlite_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def sqlite_failure(path: Path | None, exc: sqlite3.Error) -> StoreError | None:
    """The StoreError for a refusal of the disk or the file, or None for anything else
    (a constraint or a programming error stays what it is)."""
    code = sqlite_code(exc)
    where = path or "the database"
    if code == _FULL:
        return StoreError(f"{where}: the disk is full: {_NOT_SAVED}. Free some space, "
                          "then try again")
    if code in (_READONLY, _PERM, _CANTOPEN):
        return StoreError(f"{where}: the file or its folder is read-only: {_NOT_SAVED}. "
                          "Copy the file to a folder you can write to and open it there")
    if code in (_BUSY, _LOCKED):
        return StoreError(f"{where}: another program is writing to the file: {_NOT_SAVED}. "
                          "Close that program and try again")
    if code == _IOERR:
        return StoreError(f"{where}: the disk could not be written ({exc}): {_NOT_SAVED}. "
                          "Check the disk or memory stick, then try again")
    if code in DAMAGE_CODES:
        return StoreError(f"{where}: the file is damaged ({exc}): {_NOT_SAVED}. Close Jury "
                          "Room and open the file again to be offered a backup")
    return None


def store_failure(path: Path | None, exc: sqlite3.Error, doing: str) -> StoreError:
    """`sqlite_failure`, or else a StoreError saying what could not be done and why."""
    return sqlite_failure(path, exc) or StoreError(f"{path}: {doing}: {exc}")
