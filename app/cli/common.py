"""What every command needs: opening the database it names without creating one."""

from __future__ import annotations

import sys
from pathlib import Path

from app.store import Store


def open_existing(path: str) -> Store:
    """Open a database that must already exist: a mistyped name never creates a file."""
    return Store.open(Path(path), create=False)


def warn(lines) -> None:
    for line in lines:
        print(f"warning: {line}", file=sys.stderr)
