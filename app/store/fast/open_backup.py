"""Fast: opening returns at once while the backup on opening is written on the second core, from a read begun at opening; plain twin: `Store.backup("open", force=False)` before `Store.open` returns; agreement: tests/test_fast_open_backup.py::test_the_open_backup_holds_the_file_as_opened_even_if_a_mark_comes_first.

The first change waits for it (`Store.finish_open_backup`); the window finishes it as soon
as it is shown.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.errors import StoreError
from app.store.backup import file_fingerprint, fingerprint, list_backups, make_backup
from app.store.fast.threads import Background


def begin_open_backup(path: Path, conn: sqlite3.Connection
                      ) -> tuple[Background | None, str | None]:
    """The backup of `path` as it is now, begun on the second core through the store's
    own connection `conn` (no other connection can open a file a Jury Room holds:
    app.store.file_lock): (the job, None). The first change waits for it, so it holds the
    file as opened."""
    return Background(_open_backup, conn, path), None


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
