"""`Qt`, with its members looked up once.

PySide6 resolves a member of the `Qt` namespace (`Qt.DisplayRole`, `Qt.AlignRight`…)
anew on every access, which takes a few microseconds; a view asks its model for
thousands of cells, each compared against several roles, so a progress board of 25 × 1,000
sheets spent most of its repaint there. This stands in for `Qt` in the models.
"""

from __future__ import annotations

from PySide6.QtCore import Qt as _Qt


class _Members:
    def __getattr__(self, name: str):
        value = getattr(_Qt, name)
        setattr(self, name, value)  # found as a plain attribute from now on
        return value


Qt = _Members()
