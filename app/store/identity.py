"""Which competition a database file holds, to tell a backup of this competition from a
backup of another one before it is restored over this one.

Every competition's history begins with its first audit row, whose hash covers the moment
and the content of the first change: a backup of this file carries the same first row,
a file made on its own (another competition, or the same one imported again from scratch)
does not. A file with no history yet is nobody's in particular.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from app.errors import ForeignBackupError
from app.store.inspect import read_only


def origin(conn: sqlite3.Connection) -> tuple[str | None, str, str]:
    """(the hash of the first audit row or None, the competition's title, when its
    history began)."""
    first = conn.execute("SELECT hash, at FROM audit ORDER BY id LIMIT 1").fetchone()
    row = conn.execute("SELECT value FROM settings WHERE key = 'title'").fetchone()
    try:
        title = json.loads(row[0]) if row else ""
    except (TypeError, ValueError):
        title = ""
    return (first[0], title, first[1]) if first else (None, title, "")


def check_same_competition(conn: sqlite3.Connection, backup: Path) -> None:
    """Refuse (ForeignBackupError) a backup whose history did not begin as this one's."""
    mine = origin(conn)[0]
    source = read_only(backup)
    try:
        theirs, title, begun = origin(source)
    finally:
        source.close()
    if mine is None or theirs is None or mine == theirs:
        return
    raise ForeignBackupError(
        f"{backup}: this is a backup of another competition, “{title}” (begun "
        f"{begun[:10]}), not of this one: restoring it would replace this competition "
        "with that one. To do it anyway, use --force", title, begun)
