"""A lock file beside a database, held with an OS lock while it is open: it names the
holder in a refusal and refuses a second Jury Room on the same name at once. The guard
that holds whatever name the file is reached by is the database file's own lock
(app.store.file_lock).

The operating system drops the lock when the process ends, however it ends, so a crash
never leaves a file locked; the text inside only names the holder in the message.
Taking the lock never waits: a second Jury Room is refused at once, never hangs.
"""

from __future__ import annotations

import datetime as _dt
import os
import socket
import sys
from pathlib import Path

from app.errors import LockedError
from app.store.failures import os_failure

if sys.platform == "win32":
    import msvcrt

    _AT = 1 << 20  # lock a byte far past the text, so others can still read who holds it

    def _try_lock(fd: int) -> None:
        os.lseek(fd, _AT, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _AT, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + "-lock")


def _holder(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip() or "unknown process"
    except OSError:
        return "unknown process"


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except FileNotFoundError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


class WriterLock:
    """Held from `acquire` to `release`; one per open store."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, db: Path) -> "WriterLock":
        path = lock_path(db)
        for _ in range(5):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise os_failure(db, exc, "open") from None
            try:
                _try_lock(fd)
            except OSError:
                os.close(fd)
                holder = _holder(path)
                where = ("in this Jury Room" if holder.startswith(f"process {os.getpid()} ")
                         else f"in another Jury Room ({holder})")
                raise LockedError(f"{db}: is already open {where}; close it there first",
                                  holder) from None
            # the holder before us removes the file as it lets go: if it did so between our
            # open and our lock, we hold a lock on a file nobody else will see; start again
            if _same_file(fd, path):
                break
            _unlock(fd)
            os.close(fd)
        else:
            raise LockedError(f"{db}: is being opened and closed by another Jury Room; "
                              "try again")
        since = _dt.datetime.now().astimezone().isoformat(timespec="seconds")
        text = f"process {os.getpid()} on {socket.gethostname()}, since {since}"
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text.encode("utf-8"))
        return cls(path, fd)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            # removed while still held, so that nobody can lock the old file after us
            self.path.unlink(missing_ok=True)
        _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":
            try:
                self.path.unlink(missing_ok=True)
            except OSError:  # another Jury Room has it open to read the holder: it stays
                pass
