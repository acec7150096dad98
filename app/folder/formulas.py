"""Cells a spreadsheet would run as a formula, made harmless in the CSV files we write.

A title such as `=HYPERLINK("http://…","click")` written as it is runs in Excel when an
organiser opens projects.csv. As OWASP advises for CSV injection, a cell beginning with
one of = + - @ tab or carriage return is written with an apostrophe in front, which a
spreadsheet shows as text. Import takes that apostrophe off again, so export -> import
-> export gives the same bytes. So that this stays lossless, a cell that already begins
with an apostrophe followed by one of those characters (or by another apostrophe) gets one
more apostrophe on export; every other cell, a plain `'quoted'` title included, is
written and read as it is.
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_AFTER_QUOTE = TRIGGERS + ("'",)


def neutralise(cell: str) -> str:
    """A cell as written into a CSV file."""
    if cell.startswith(TRIGGERS) or (cell.startswith("'") and cell[1:].startswith(
            _AFTER_QUOTE)):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """A cell as read from a CSV file: the apostrophe `neutralise` added taken off."""
    if cell.startswith("'") and cell[1:].startswith(_AFTER_QUOTE):
        return cell[1:]
    return cell
