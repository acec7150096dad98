"""One writer per database, as a property of the database file itself.

The lock file beside a database (app.store.lock) only guards one name of the file: a
second Jury Room reaching the same file through a symlink or a hard link in another
folder, or after the lock file was deleted, got past it (and a reported import vanished
with its audit rows). So the writing connection also takes SQLite's own lock on the
database file: `PRAGMA locking_mode = EXCLUSIVE` set before the first access in WAL mode
(the WAL index then lives in this process's memory: there is no -shm file for another
connection to share) and a write transaction at once, which takes the file's exclusive
lock and keeps it until the connection closes. The operating system drops it when the
process dies, so a crash leaves nothing locked.

While a Jury Room has a file open, no other connection can read or write it: a second
window or command is refused, naming the holder from the lock file when there is one
(the lock file only names; the database file's lock guards). The open store's own
threads use its one connection (app.store.fast.open_backup).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.errors import LockedError


def take(conn: sqlite3.Connection) -> None:
    """Make `conn` (a new connection, before it has read anything) the file's only user
    until it closes. Raises sqlite3.OperationalError ("database is locked") when another
    connection has the file."""
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")


def hold(conn: sqlite3.Connection) -> None:
    """Take the file's exclusive lock now (a write transaction), after the pragmas."""
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("COMMIT")


def refusal(db: Path) -> LockedError:
    """The refusal of a file another Jury Room holds, naming the holder when its lock
    file says who (looked for beside the name given and beside the file it leads to)."""
    from app.store.lock import lock_path

    holder = ""
    for name in dict.fromkeys((Path(db), Path(os.path.realpath(db)))):
        try:
            holder = lock_path(name).read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            continue
        if holder:
            break
    who = f"in another Jury Room ({holder})" if holder else \
        "in another Jury Room (reached under another name, or its lock file was removed)"
    return LockedError(f"{db}: is already open {who}; close it there first", holder)
