"""The one place the window calls the protocol builder (app.protocol).

It runs on a worker thread, so it gets everything it needs handed in (an immutable
competition snapshot and the print date read from the store on the GUI thread) and
touches neither the store nor any widget.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from app.model import Competition


def languages() -> tuple[str, ...]:
    from app.protocol import LANGUAGES

    return LANGUAGES


def build_protocol(competition: Competition, path: str | Path, *, lang: str = "en",
                   printed_at: str | None = None,
                   progress: Callable[[float], None] | None = None, verification=None,
                   public: bool = False):
    """Write the protocol PDF; returns app.protocol.Printed (pages, number, provisional)."""
    from app.protocol import write_protocol  # reportlab is loaded only when printing

    return write_protocol(competition, Path(path), lang=lang, progress=progress,
                          printed_at=printed_at, verification=verification, public=public)
