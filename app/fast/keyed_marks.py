"""Fast: a keyed mark's snapshot shares the 200,000 marks that did not change instead of copying them; plain twin: a new dict of every mark (`Store.load()`); agreement: tests/test_fast_keyed_marks.py::test_snapshots_of_keyed_marks_share_what_did_not_change.

The service's snapshot (app.service_snapshot.Snapshot) keeps its live marks here while marks are keyed.
"""

from __future__ import annotations

from typing import Iterator

from app.model import ReadOnlyMarks


_MISSING = object()
GONE = object()  # in LayeredMarks' changes: the mark was cleared


class LayeredMarks(ReadOnlyMarks):
    """Marks as a dict of them (`base`) with some changed or cleared since (`top`, GONE
    for a cleared one); neither dict changes afterwards. A keyed mark's snapshot copies
    the few changes instead of 200,000 marks."""

    __slots__ = ("_base", "_top", "_len")

    def __init__(self, base: dict, top: dict):
        self._base, self._top = base, top
        n = len(base)
        for key, value in top.items():
            if value is GONE:
                n -= key in base
            elif key not in base:
                n += 1
        self._len = n

    def __getitem__(self, key):
        value = self._top.get(key, _MISSING)
        if value is _MISSING:
            return self._base[key]
        if value is GONE:
            raise KeyError(key)
        return value

    def get(self, key, default=None):
        value = self._top.get(key, _MISSING)
        if value is _MISSING:
            return self._base.get(key, default)
        return default if value is GONE else value

    def __contains__(self, key) -> bool:
        value = self._top.get(key, _MISSING)
        return key in self._base if value is _MISSING else value is not GONE

    def __iter__(self) -> Iterator:
        top = self._top
        if not top:
            return iter(self._base)
        return iter([k for k in self._base if k not in top] +
                    [k for k, v in top.items() if v is not GONE])

    def __len__(self) -> int:
        return self._len

    def items(self):
        top = self._top
        if not top:
            return self._base.items()
        return [(k, v) for k, v in self._base.items() if k not in top] + \
            [(k, v) for k, v in top.items() if v is not GONE]

    def as_dict(self) -> dict:
        """The marks as one dict (a new one, unless nothing changed since `base`)."""
        if not self._top:
            return self._base
        out = dict(self._base)
        for key, value in self._top.items():
            if value is GONE:
                out.pop(key, None)
            else:
                out[key] = value
        return out

    def __repr__(self) -> str:
        return f"LayeredMarks({len(self)} marks, {len(self._top)} changed)"


class LiveMarks:
    """The marks as keyed marks change them: a dict as read, never changed, and the
    changes since, merged into a new dict once there are many."""

    MERGE = 4096

    def __init__(self, base: dict):
        self.base, self.top = base, {}

    def set(self, key, score: float) -> None:
        self.top[key] = score

    def clear(self, key) -> None:
        self.top[key] = GONE

    def snapshot(self) -> LayeredMarks:
        if len(self.top) > self.MERGE:
            self.base, self.top = LayeredMarks(self.base, self.top).as_dict(), {}
        return LayeredMarks(self.base, dict(self.top))
