"""Ways a database file gets hurt in real life, done on purpose in tests."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest


def smash_table(path: Path, table: str = "marks") -> None:
    """Overwrite the root page of `table` with garbage, as a failing disk or a stray
    write would: SQLite can no longer read that table."""
    conn = sqlite3.connect(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
    finally:
        conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xab" * page_size)


@contextmanager
def read_only(path: Path):
    """Make a file or folder truly read-only for this process, then writable again.

    An ordinary user gets chmod; root ignores permissions, so root gets the immutable
    attribute (chattr +i), which binds root too. Skips where neither is possible."""
    if sys.platform == "win32" or os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    done = shutil.which("chattr") and subprocess.run(["chattr", "+i", str(path)],
                                                     capture_output=True)
    if not done or done.returncode != 0:
        pytest.skip("running as root without chattr: cannot make a file read-only")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
