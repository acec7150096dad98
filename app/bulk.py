"""Pausing Python's cycle collector while a large table is read or written.

Reading 200,000 marks makes about a million small lists, tuples and strings, none of them
in a reference cycle; the collector would walk all of them several times over (a tenth of
an import's time) and free nothing. Nesting is fine: only the outermost pause resumes it.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused_gc() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
