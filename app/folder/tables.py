"""Reading a CSV or XLSX table into rows of strings, each with the line it came from.

Everything a spreadsheet can get wrong is refused here with the file and line named:
a wrong encoding, a broken quote, a missing or duplicated column.
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass
from pathlib import Path

from app.errors import InputError


@dataclass
class Table:
    file: str                      # the name shown in messages, e.g. "projects.csv"
    columns: list[str]             # normalised header names, in file order
    rows: list[tuple[int, dict[str, str]]]  # (line number, column -> stripped text)
    warnings: list[str]


def _normal(name: str) -> str:
    return name.strip().lstrip("\ufeff").strip().lower()


def read_bytes(path: Path) -> bytes:
    """A file's bytes, or a refusal naming it (a folder by that name, no permission)."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=path.name) from None


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or a clear refusal naming the line."""
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


def _delimiter(first_line: str) -> str:
    # Excel in a Russian or Kazakh locale saves "CSV" with semicolons
    if ";" in first_line and "," not in first_line:
        return ";"
    return ","


def read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    name = path.name
    text = decode(read_bytes(path), name)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError("the file contains a NUL byte: it is not a text table", file=name,
                         line=line)
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first), strict=True)
    records: list[tuple[int, list[str]]] = []
    try:
        header = next(reader, None)
        for row in reader:
            records.append((reader.line_num, row))
    except csv.Error as exc:
        raise InputError(f"not a valid CSV table: {exc}", file=name,
                         line=reader.line_num or 1) from None
    if header is None:
        raise InputError("the file is empty: it needs a header line", file=name, line=1)
    return header, records


def read_xlsx(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    import openpyxl  # imported here: only a few commands ever read a workbook

    name = path.name
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InputError(f"not a readable Excel workbook ({type(exc).__name__}: {exc})",
                         file=name) from None
    try:
        sheet = book.worksheets[0]
        rows = [(i, [_cell_text(v) for v in values])
                for i, values in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        book.close()
    if not rows:
        raise InputError("the first sheet is empty: it needs a header row", file=name, line=1)
    return rows[0][1], rows[1:]


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
    columns = [_normal(h) for h in header]
    warnings: list[str] = []
    seen: set[str] = set()
    for i, col in enumerate(columns):
        if col and col in seen:
            raise InputError(f"column '{col}' appears twice in the header", file=name, line=1,
                             field=col)
        seen.add(col)
    known = set(required) | set(optional)
    for col in required:
        if col not in seen:
            near = difflib.get_close_matches(col, [c for c in columns if c not in known], n=1)
            tip = f" (is '{near[0]}' meant to be '{col}'?)" if near else ""
            raise InputError(f"the required column '{col}' is missing{tip}; the header has: "
                             f"{', '.join(c for c in columns if c) or 'nothing'}",
                             file=name, line=1, field=col)
    extra = [c for c in columns if c and c not in known]
    if extra and not keep_extra:
        warnings.append(f"{name}: ignored the extra column(s) {', '.join(extra)}")
    rows = []
    for line, values in records:
        if not any(v.strip() for v in values):
            continue  # blank lines and empty spreadsheet rows
        if len(values) > len(columns) and any(v.strip() for v in values[len(columns):]):
            raise InputError(f"{len(values)} values but the header has {len(columns)} columns",
                             file=name, line=line)
        row = {col: (values[i].strip() if i < len(values) else "")
               for i, col in enumerate(columns) if col and (col in known or keep_extra)}
        rows.append((line, row))
    return Table(name, columns, rows, warnings)
