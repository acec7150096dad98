"""One kind of error for everything a user can get wrong.

The message always names where the problem is (file, line, field) so that a secretary
can find it; the CLI prints it as one line and exits 2, the GUI shows it in a dialog.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


class InputError(Exception):
    """Bad input: a file, a command-line argument or a typed cell. Nothing was changed."""

    # `code` and `params` name the kind of problem for the window, which words it in the
    # secretary's language; `message` is the English wording for the command line
    code: str | None = None

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None, code: str | None = None,
                 params: dict | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        if code is not None:
            self.code = code
        self.params = dict(params or {})

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file if self.line is None else f"{self.file}, line {self.line}")
        elif self.line is not None:
            where.append(f"line {self.line}")
        if self.field:
            where.append(f"field '{self.field}'")
        text = f"{': '.join(where)}: {self.message}" if where else self.message
        # a message quotes what the user wrote, which may hold line breaks: keep one line
        return " ".join(text.splitlines())


class StoreError(Exception):
    """The database file cannot be used or written: not ours, too new, damaged, locked,
    read-only or on a full disk. The message says which and what to do.

    `code` names the common refusals of a write ("disk_full", "read_only", "busy",
    "disk_error", "damaged"; see app.store.failures) so that the window can say them in
    the secretary's language; None for the others."""

    code: str | None = None

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        if code is not None:
            self.code = code


class DamagedError(StoreError):
    """The file fails SQLite's integrity check. `backup` is the newest backup that passes
    it (a Path), or None when there is none; the message names it."""

    def __init__(self, message: str, backup=None):
        super().__init__(message)
        self.backup = backup


class LockedError(StoreError):
    """Another running Jury Room has the file open; `holder` describes it (process id and
    computer name as that program wrote them)."""

    def __init__(self, message: str, holder: str = ""):
        super().__init__(message)
        self.holder = holder


class ForeignBackupError(StoreError):
    """The backup holds another competition (`title`, begun `begun`); restoring it needs
    the user's word (the window asks, the command line needs --force)."""

    def __init__(self, message: str, title: str, begun: str):
        super().__init__(message)
        self.title = title
        self.begun = begun


class FinalizedError(InputError):
    """The competition is finalized: nothing changes until it is reopened with a reason."""

    code = "finalized"


class InputProblems(InputError):
    """Several problems found in one pass, so that a preview can list them all.

    It reads as its first problem (file, line, field) plus how many more there are, so the
    command line still prints one line."""

    def __init__(self, problems: list[InputError]):
        first = problems[0]
        super().__init__(first.message, file=first.file, line=first.line, field=first.field)
        self.problems = list(problems)

    def __str__(self) -> str:
        more = len(self.problems) - 1
        return f"{super().__str__()} (and {more} more problem{'s' if more > 1 else ''})"


class Problems:
    """Collects the InputErrors of independent checks (files, rows) instead of stopping at
    the first: `with problems.gather(): check(row)` for each, then `raise_any()`."""

    def __init__(self) -> None:
        self.found: list[InputError] = []

    @contextmanager
    def gather(self) -> Iterator[None]:
        try:
            yield
        except InputProblems as exc:
            self.found.extend(exc.problems)
        except InputError as exc:
            self.found.append(exc)

    def raise_any(self) -> None:
        if len(self.found) == 1:
            raise self.found[0]
        if self.found:
            raise InputProblems(self.found)
