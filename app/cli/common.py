"""What every command needs: opening the database it names without creating one."""

from __future__ import annotations

import sys
from pathlib import Path

from app.entry import for_terminal
from app.store import Store


# the stores a command opened, so that a failed automatic backup is reported when it ends
OPENED: list[Store] = []


def open_existing(path: str, *, read_only: bool = False) -> Store:
    """Open a database that must already exist: a mistyped name never creates a file.
    A command that only reads opens it read-only (no backup, no upgrade); while another
    Jury Room holds the file it is refused, naming the holder (app.store.file_lock)."""
    return opened(Store.open(Path(path), create=False, read_only=read_only))


def opened(store: Store) -> Store:
    """`store`, noted so that `report_backups` hears of its automatic backups."""
    OPENED.append(store)
    return store


def report_backups() -> None:
    """A warning on stderr for each automatic backup (on opening, periodic) that failed
    during the command: the command itself succeeded, but the secretary should know."""
    while OPENED:
        store = OPENED.pop(0)
        if store.backup_error:
            warn([f"the automatic backup failed: {store.backup_error}"])


def warn(lines) -> None:
    for line in lines:
        print(f"warning: {for_terminal(line)}", file=sys.stderr)


class ProgressLine:
    """How far long work has come, as one line on stderr rewritten in place (`import:
    42%`), and wiped when done; only when stderr is a terminal, so that logs and pipes
    get nothing but the result."""

    def __init__(self, what: str, stream=None):
        self.stream = stream or sys.stderr
        self.what = what
        self.on = self.stream.isatty()
        self._shown = -1

    def __call__(self, fraction: float) -> None:
        percent = max(0, min(100, int(fraction * 100)))
        if self.on and percent != self._shown:
            self._shown = percent
            self.stream.write(f"\r{self.what}: {percent:3d}%")
            self.stream.flush()

    def __enter__(self) -> "ProgressLine":
        return self

    def __exit__(self, *exc) -> None:
        if self.on and self._shown >= 0:
            self.stream.write("\r" + " " * (len(self.what) + 6) + "\r")
            self.stream.flush()
