"""How much of a file an import reads at most, and the checks made before reading it.

A hostile or broken file must cost a clear refusal, not the laptop's memory: a 2 MB
workbook can inflate to gigabytes, a CSV can be any size. The limits sit far above any
real competition (the benchmark's 200,000 marks make a scores.csv of about 4 MB) and are
checked before a byte is parsed; README names them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.errors import InputError
from app.files import os_words

MB = 1024 * 1024
# a CSV or TOML file: read whole, so refused by its size before it is read
TEXT_MAX_BYTES = 64 * MB
# a workbook (the organisers' project list): its file, what its parts inflate to, and
# what its first sheet may hold
XLSX_MAX_BYTES = 20 * MB
XLSX_MAX_INFLATED = 200 * MB
XLSX_MAX_ROWS = 10_000
XLSX_MAX_COLUMNS = 100


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read the file: {os_words(exc)}",
                         file=path.name) from None


def check_text_size(path: Path) -> None:
    """Refuse a CSV or TOML file larger than TEXT_MAX_BYTES without reading it."""
    size = _size(path)
    if size > TEXT_MAX_BYTES:
        raise InputError(f"the file is {size / MB:.0f} MB; a table of a competition is at "
                         f"most {TEXT_MAX_BYTES // MB} MB", file=path.name)


def check_workbook(path: Path) -> None:
    """Refuse a workbook that is too large, or whose parts would inflate beyond
    XLSX_MAX_INFLATED, before openpyxl opens it (the sizes come from the zip's
    directory; Python's zip reader never gives more than a part declares)."""
    size = _size(path)
    if size > XLSX_MAX_BYTES:
        raise InputError(f"the workbook is {size / MB:.0f} MB; at most "
                         f"{XLSX_MAX_BYTES // MB} MB is read", file=path.name)
    try:
        with zipfile.ZipFile(path) as zf:
            inflated = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(f"not a readable Excel workbook: the file is damaged or cut short "
                         f"({exc})", file=path.name) from None
    if inflated > XLSX_MAX_INFLATED:
        raise InputError(f"the workbook unpacks to {inflated / MB:,.0f} MB; at most "
                         f"{XLSX_MAX_INFLATED // MB} MB is read (is it really a project "
                         "list?)", file=path.name)


def check_row(name: str, line: int, values: list, filled: int) -> None:
    """Refuse a sheet beyond XLSX_MAX_ROWS rows (`filled`: the rows with a value so far,
    the header's included) or XLSX_MAX_COLUMNS columns."""
    if filled > XLSX_MAX_ROWS + 1:  # the header row and XLSX_MAX_ROWS rows of data
        raise InputError(f"the sheet has more than {XLSX_MAX_ROWS:,} rows, the most read",
                         file=name, line=line)
    if len(values) > XLSX_MAX_COLUMNS and any(
            v is not None and v != "" for v in values[XLSX_MAX_COLUMNS:]):
        raise InputError(f"the sheet has more than {XLSX_MAX_COLUMNS} columns, the most read",
                         file=name, line=line)
