"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11.

Every call of a Qt method that returns nothing (setText, setBold, setValue, ...) takes one
reference to None that it never gave; when None's count reaches zero Python aborts with
"none_dealloc: deallocating None". A window that repaints a thousand rows gets there in
minutes. Python 3.12 made None immortal, so there the guard does nothing.

The guard holds spare references to None and tops them up from a timer.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer

_SPARE: list[None] = []
MINIMUM = 2_000_000             # about 16 MB of list slots; far more than a second's use
_timer: QTimer | None = None


def top_up() -> None:
    if sys.version_info >= (3, 12):
        return
    short = MINIMUM - sys.getrefcount(None)
    if short > 0:
        _SPARE.extend([None] * short)


def install(parent: QObject) -> None:
    """Top up now and every half second while `parent` (the application) lives."""
    global _timer
    top_up()
    if _timer is None and sys.version_info < (3, 12):
        _timer = QTimer(parent)
        _timer.timeout.connect(top_up)
        _timer.start(500)
