"""Fast: a read-only open (`results`, `verify`) begins reading at once while `PRAGMA quick_check` runs on the second core; plain twin: the same check before anything is read, as every open for writing does (app.store.opening._check_whole); agreement: tests/test_fast_read_check.py::test_results_read_a_damaged_file_no_further_than_the_refusal.

`Store.conn` waits for the check before it hands out the connection, so nothing read from
a damaged file is ever used.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store.fast.threads import Background
from app.store.inspect import integrity_problem, read_uri


class Failed:
    """A finished integrity check that found the file damaged."""

    def __init__(self, problem: str):
        self.problem = problem

    def wait(self) -> None:
        pass

    def result(self) -> str:
        return self.problem


def _integrity_problem_of(path: Path) -> str | None:
    """`quick_check` on a connection of its own (for a check on another thread)."""
    try:
        conn = sqlite3.connect(read_uri(path), uri=True, timeout=5)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return integrity_problem(conn)
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()



def begin_check(path: Path) -> Background:
    """The integrity check of `path`, begun on the second core."""
    return Background(_integrity_problem_of, path)
