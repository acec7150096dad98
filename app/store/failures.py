"""What the disk or SQLite can refuse, said the way a secretary can act on it.

A full disk, a read-only folder or a busy file are not bugs: they become a StoreError
whose message says what happened, that nothing saved before was lost, and what to do.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from app.errors import StoreError

# SQLite's primary result codes (the low byte of an extended code)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _PERM, _NOTADB = \
    5, 6, 8, 10, 11, 13, 14, 3, 26
DAMAGE_CODES = frozenset({_CORRUPT, _NOTADB})
BUSY_CODES = frozenset({_BUSY, _LOCKED})  # another connection holds the file

_NOT_SAVED = "the last change was not saved; everything saved before it is safe"


def os_failure(path: Path, exc: OSError, doing: str = "write to") -> StoreError:
    """An OSError while touching the database's folder, as one clear line."""
    folder = path.parent
    code = None
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        code = "read_only"
        why = (f"the folder {folder} is read-only or you may not write there; copy the "
               "file to a folder you can write to (such as Documents) and open it there")
    elif exc.errno == errno.ENOSPC:
        code = "disk_full"
        why = "the disk is full; free some space and try again"
    elif exc.errno == errno.ENOENT:
        why = f"the folder {folder} does not exist"
    else:
        why = exc.strerror or str(exc)
    return StoreError(f"{path}: cannot {doing} it: {why}", code=code)


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
                          "then try again", code="disk_full")
    if code in (_READONLY, _PERM, _CANTOPEN):
        return StoreError(f"{where}: the file or its folder is read-only: {_NOT_SAVED}. "
                          "Copy the file to a folder you can write to and open it there",
                          code="read_only")
    if code in (_BUSY, _LOCKED):
        return StoreError(f"{where}: another program is writing to the file: {_NOT_SAVED}. "
                          "Close that program and try again", code="busy")
    if code == _IOERR:
        return StoreError(f"{where}: the disk could not be written ({exc}): {_NOT_SAVED}. "
                          "Check the disk or memory stick, then try again",
                          code="disk_error")
    if code in DAMAGE_CODES:
        return StoreError(f"{where}: the file is damaged ({exc}): {_NOT_SAVED}. Close Jury "
                          "Room and open the file again to be offered a backup",
                          code="damaged")
    return None


def folder_writable(folder: Path) -> bool:
    """Whether a file can be made in `folder`: the permission bits and a medium mounted
    read-only say so at once; root, whom permissions do not stop, makes a file to see."""
    if not os.access(folder, os.W_OK):
        return False
    statvfs = getattr(os, "statvfs", None)
    try:
        if statvfs is not None and statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1):
            return False
    except OSError:
        return False
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return True
    probe = folder / f".jury-room-probe-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return True
    except OSError:
        return False
    os.close(fd)
    try:
        probe.unlink()
    except OSError:
        pass
    return True


def medium_failure(path: Path, exc: sqlite3.Error) -> StoreError | None:
    """What SQLite reports as a disk I/O error or a file it cannot open, said as what it
    usually is: a read-only medium or folder, or a full disk (None: neither)."""
    if sqlite_code(exc) not in (_IOERR, _CANTOPEN, _READONLY, _FULL, _PERM):
        return None
    folder = Path(path).parent
    if not folder_writable(folder):
        return StoreError(f"{path}: the folder {folder} is read-only (a write-protected "
                          "medium, or a folder you may not write to): Jury Room cannot "
                          "open the file there. Copy it to a folder you can write to")
    import shutil  # here only: it brings in bz2 and lzma

    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    if free < 1024 * 1024 or sqlite_code(exc) == _FULL:
        return StoreError(f"{path}: the disk is full; everything saved before is safe. "
                          "Free some space, then try again")
    return None


def store_failure(path: Path | None, exc: sqlite3.Error, doing: str) -> StoreError:
    """`sqlite_failure`, or else a StoreError saying what could not be done and why."""
    if path is not None and sqlite_code(exc) in (_IOERR, _CANTOPEN):
        found = medium_failure(path, exc)
        if found is not None:
            return found
    return sqlite_failure(path, exc) or StoreError(f"{path}: {doing}: {exc}")
