"""Reading a CSV or XLSX table into rows of strings, each with the line it came from.

Everything a spreadsheet can get wrong is refused here with the file and line named:
a wrong encoding, a broken quote, a missing or duplicated column.
"""

from __future__ import annotations

import csv
import difflib
import io
from operator import itemgetter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from app.errors import InputError
from app.files import os_words
from app.folder.formulas import restore
from app.folder.limits import TEXT_MAX_BYTES, check_row, check_text_size, check_workbook


@dataclass
class Table:
    file: str                      # the name shown in messages, e.g. "projects.csv"
    columns: list[str]             # normalised header names, in file order
    rows: list[tuple[int, dict[str, str]]]  # (line number, column -> stripped text)
    warnings: list[str]


def _normal(name: str) -> str:
    return name.strip().lstrip("\ufeff").strip().lower()


def read_bytes(path: Path) -> bytes:
    """A file's bytes, or a refusal naming it (a folder by that name, no permission, larger
    than a competition's table can be: refused before it is read)."""
    check_text_size(path)
    try:
        with path.open("rb") as f:
            data = f.read(TEXT_MAX_BYTES + 1)  # a file still growing is cut off here
        if len(data) > TEXT_MAX_BYTES:
            check_text_size(path)
        return data
    except OSError as exc:
        raise InputError(f"cannot read the file: {os_words(exc)}", file=path.name) from None


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or a clear refusal naming the line."""
    utf16 = _utf16(data)
    if utf16:
        raise InputError(f"the file is {utf16} (what Excel's 'Unicode Text' saves): save it "
                         "as 'CSV UTF-8'", file=name, line=1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        hint = ""
        try:
            data.decode("cp1251")
            hint = " It looks like a Windows Cyrillic (cp1251) file: save it as 'CSV UTF-8'."
        except UnicodeDecodeError:
            pass
        raise InputError(f"the file is not UTF-8 (byte 0x{data[exc.start]:02X}).{hint}",
                         file=name, line=line) from None


def _utf16(data: bytes) -> str | None:
    """"UTF-16" (with its byte order) when `data` is UTF-16 text, by its byte-order mark
    or, without one, by a NUL in every other byte of its start; else None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16" + (" (little-endian)" if data[0] == 0xFF else " (big-endian)")
    head = data[:200]
    if len(head) >= 8:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
            return "UTF-16 (little-endian)"
        if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
            return "UTF-16 (big-endian)"
    return None


def _delimiter(first_line: str) -> str:
    # Excel in a Russian or Kazakh locale saves "CSV" with semicolons
    if ";" in first_line and "," not in first_line:
        return ";"
    return ","


def read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    header, rows, lines = read_csv_rows(path)
    return header, list(zip(lines, rows)) if lines is not None else \
        [(i, row) for i, row in enumerate(rows, start=2)]


def read_csv_rows(path: Path) -> tuple[list[str], list[list[str]], list[int] | None]:
    """The header, the records, and each record's line number, or None when every record
    is one line (no quotes in the file), so the number is its index + 2: 200,000 marks are
    read without noting a line each."""
    name = path.name
    text = decode(read_bytes(path), name)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError("the file contains a NUL byte: it is not a text table", file=name,
                         line=line)
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first), strict=True)
    try:
        header = next(reader, None)
        # a quoted value may span lines: then each record's line is noted
        rows, lines = _records_and_lines(reader) if '"' in text else (list(reader), None)
    except csv.Error as exc:
        raise InputError(f"not a valid CSV table: {exc}", file=name,
                         line=reader.line_num or 1) from None
    if header is None:
        raise InputError("the file is empty: it needs a header line", file=name, line=1)
    if "'" in text:  # cells our export neutralised as formulas (app.folder.formulas)
        header, rows = _restored(header, rows)
    return header, rows, lines


def _records_and_lines(reader) -> tuple[list[list[str]], list[int]]:
    lines, rows = [], []
    for row in reader:
        lines.append(reader.line_num)
        rows.append(row)
    return rows, lines


def _restored(header: list[str], rows: list[list[str]]):
    """The header and rows with each cell our export neutralised as a formula restored."""
    return ([restore(c) for c in header],
            [[restore(c) if c[:1] == "'" else c for c in row] for row in rows])


def read_xlsx(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The first sheet's rows, every one that is there: the sheet's declared size
    (`<dimension>`), which other programs leave stale, is not trusted. A workbook that is
    damaged, too large or hostile (an XML bomb, an external entity: openpyxl refuses them
    through defusedxml) is refused in one line naming the file."""
    import openpyxl  # imported here: only a few commands ever read a workbook

    name = path.name
    check_workbook(path)
    rows = []
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()
            filled = 0
            for i, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                filled += any(v is not None for v in values)
                check_row(name, i, values, filled)
                rows.append((i, [_cell_text(v) for v in values]))
        finally:
            book.close()
    except InputError:
        raise
    except Exception as exc:  # openpyxl, zipfile and the XML parser raise many kinds
        raise InputError(f"not a readable Excel workbook ({_why(exc)})", file=name) from None
    if not rows:
        raise InputError("the first sheet is empty: it needs a header row", file=name, line=1)
    return rows[0][1], rows[1:]


def _why(exc: Exception) -> str:
    kind = type(exc).__name__
    if kind in ("EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden",
                "NotSupportedError"):
        return "it declares XML entities or external references, which are refused"
    return f"{kind}: {' '.join(str(exc).split())[:200]}"


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores the running order 3 as 3.0
    return str(value)


def read_table(path: Path, required: list[str], optional: list[str] = (),
               keep_extra: bool = False) -> Table:
    """Read `path` (by its suffix) and check its header against the fixed column names.

    Column order does not matter and case is forgiven; a missing column is an error with
    a suggestion; extra columns are kept (keep_extra) or ignored with a warning.
    """
    name = path.name
    header, records = read_xlsx(path) if path.suffix.lower() == ".xlsx" else read_csv(path)
    columns, warnings = check_header(name, header, required, optional, keep_extra)
    known = set(required) | set(optional)
    kept = [(i, col) for i, col in enumerate(columns) if col and (col in known or keep_extra)]
    rows = [(line, _row(values, columns, kept, name, line)) for line, values in records
            if any(v.strip() for v in values)]  # not blank lines and empty spreadsheet rows
    return Table(name, columns, rows, warnings)


def _row(values: list[str], columns: list[str], kept: list[tuple[int, str]], name: str,
         line: int) -> dict[str, str]:
    """One record as {column: stripped value} for the `kept` columns; a value beyond the
    header's columns is refused."""
    if len(values) > len(columns) and any(v.strip() for v in values[len(columns):]):
        raise InputError(f"{len(values)} values but the header has {len(columns)} columns",
                         file=name, line=line)
    return {col: (values[i].strip() if i < len(values) else "") for i, col in kept}


def check_header(name: str, header: list[str], required: list[str], optional=(),
                 keep_extra: bool = False) -> tuple[list[str], list[str]]:
    """The normalised column names, and the warnings about them; a duplicated or missing
    column is refused."""
    columns = [_normal(h) for h in header]
    _refuse_twice(name, columns)
    known = set(required) | set(optional)
    for col in required:
        if col not in columns:
            _refuse_missing(name, col, columns, known)
    extra = [c for c in columns if c and c not in known]
    warnings = [f"{name}: ignored the extra column(s) {', '.join(extra)}"] \
        if extra and not keep_extra else []
    return columns, warnings


def _refuse_twice(name: str, columns: list[str]) -> None:
    seen: set[str] = set()
    for col in columns:
        if col and col in seen:
            raise InputError(f"column '{col}' appears twice in the header", file=name, line=1,
                             field=col)
        seen.add(col)


def _refuse_missing(name: str, col: str, columns: list[str], known: set[str]) -> None:
    """A required column is missing: say so, with the unknown column that may be it."""
    near = difflib.get_close_matches(col, [c for c in columns if c not in known], n=1)
    tip = f" (is '{near[0]}' meant to be '{col}'?)" if near else ""
    raise InputError(f"the required column '{col}' is missing{tip}; the header has: "
                     f"{', '.join(c for c in columns if c) or 'nothing'}",
                     file=name, line=1, field=col)


def read_columns(path: Path, required: list[str]) -> tuple[list[list[str]], Sequence[int],
                                                           list[str]] | None:
    """A CSV table as one list per required column (stripped text) with each row's line,
    and the warnings, in a few passes over whole columns; None when the table needs the
    row-by-row reading of `read_table` (a workbook, blank or short rows), which then
    finds the same rows or the same problems."""
    if path.suffix.lower() == ".xlsx":
        return None
    header, rows, lines = read_csv_rows(path)
    columns, warnings = check_header(path.name, header, required)
    if not rows or set(map(len, rows)) != {len(columns)}:
        return None
    out = []
    for col in required:
        values = _column(rows, columns.index(col))
        if values is None:
            return None
        out.append(values)
    return out, lines if lines is not None else range(2, len(rows) + 2), warnings


def _column(rows: list[list[str]], index: int) -> list[str] | None:
    """One column's stripped values; None when one is empty (maybe a blank row, which
    the row-by-row reading skips)."""
    values = list(map(itemgetter(index), rows))
    distinct = set(values)
    if "" in distinct:
        return None
    if any(v != v.strip() for v in distinct):
        values = [v.strip() for v in values]
        if "" in values:
            return None
    return values
