"""What every command needs: opening the database it names without creating one."""

from __future__ import annotations

import sys
from pathlib import Path

from app.store import Store


def open_existing(path: str, *, read_only: bool = False) -> Store:
    """Open a database that must already exist: a mistyped name never creates a file.
    A command that only reads opens it read-only, so it works while the window has it."""
    return Store.open(Path(path), create=False, read_only=read_only)


def warn(lines) -> None:
    for line in lines:
        print(f"warning: {line}", file=sys.stderr)
