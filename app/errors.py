"""One kind of error for everything a user can get wrong.

The message always names where the problem is (file, line, field) so that a secretary
can find it; the CLI prints it as one line and exits 2, the GUI shows it in a dialog.
"""

from __future__ import annotations


class InputError(Exception):
    """Bad input: a file, a command-line argument or a typed cell. Nothing was changed."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.field = field

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file if self.line is None else f"{self.file}, line {self.line}")
        elif self.line is not None:
            where.append(f"line {self.line}")
        if self.field:
            where.append(f"field '{self.field}'")
        return f"{': '.join(where)}: {self.message}" if where else self.message


class StoreError(Exception):
    """The database file cannot be used: not ours, too new, damaged or locked."""


class FinalizedError(InputError):
    """The competition is finalized: marks, recusals and decisions are locked."""
