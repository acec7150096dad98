"""Fast: work on the second core while the first goes on (SQLite lets go of Python's lock while it reads); plain twin: the same function called in line; agreement: tests/test_fast_open_backup.py::test_the_open_backup_holds_the_file_as_opened_even_if_a_mark_comes_first and tests/test_fast_read_check.py::test_results_read_a_damaged_file_no_further_than_the_refusal.

`Background(fn, *args)` starts `fn(*args)` on a thread; `result()` waits for it and returns
what it returned, or raises what it raised.
"""

from __future__ import annotations

import threading


class Background:
    """`fn(*args)` on another thread (SQLite lets go of Python's lock while it reads, so
    the two really run at once); `result()` waits for it and returns what it returned."""

    def __init__(self, fn, *args):
        self._out: list = []
        self._thread = threading.Thread(target=self._run, args=(fn, args), daemon=True)
        self._thread.start()

    def _run(self, fn, args) -> None:
        try:
            self._out.append((fn(*args), None))
        except BaseException as exc:  # handed to the waiting thread
            self._out.append((None, exc))

    def wait(self) -> None:
        self._thread.join()

    def result(self):
        self._thread.join()
        value, exc = self._out[0]
        if exc is not None:
            raise exc
        return value


def after(job: "Background | None", fn, *args):
    """`fn(*args)` once `job` (a check still running, or None) has finished."""
    if job is not None:
        job.wait()
    return fn(*args)
