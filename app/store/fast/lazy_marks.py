"""Fast: a snapshot whose marks are read from the file when first used, so a window showing the set-up of a 200,000-mark competition does not wait for them; plain twin: `Store.load()` reading every mark at once; agreement: tests/test_fast_lazy_marks.py::test_marks_of_a_snapshot_read_later_are_the_marks_as_they_were.

`Store.load(marks="lazy")` and `Store.lazy_marks(batch)` (app.store.reading) make them.
Before such a snapshot crosses to another thread it is read whole
(`Competition.materialized`), since what it reads through belongs to this thread.
"""

from __future__ import annotations

from typing import Callable, Iterator

from app.model import FrozenMarks, ReadOnlyMarks


class LazyMarks(ReadOnlyMarks):
    """Marks read from the file when first used: a window showing the set-up of a
    competition of 200,000 marks does not wait for them. Read-only, like the frozen
    copy a snapshot otherwise holds; what it reads is the file as it is at that moment."""

    __slots__ = ("_load", "_data")

    def __init__(self, load: Callable[[], dict]):
        self._load = load
        self._data: dict | None = None

    @property
    def loaded(self) -> bool:
        return self._data is not None

    def _marks(self) -> dict:
        if self._data is None:
            self._data = self._load()
            self._load = None
        return self._data

    def as_dict(self) -> dict:
        """The marks as a dict, to copy (not to change: it is this snapshot's)."""
        return self._marks()

    def __getitem__(self, key):
        return self._marks()[key]

    def __iter__(self) -> Iterator:
        return iter(self._marks())

    def __len__(self) -> int:
        return len(self._marks())

    def __contains__(self, key) -> bool:
        return key in self._marks()

    def get(self, key, default=None):
        return self._marks().get(key, default)

    def keys(self):
        return self._marks().keys()

    def items(self):
        return self._marks().items()

    def values(self):
        return self._marks().values()

    def read(self) -> FrozenMarks:
        return FrozenMarks(self._marks())

    def __repr__(self) -> str:
        return f"LazyMarks({self._data!r})" if self.loaded else "LazyMarks(not read yet)"
