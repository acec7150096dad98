"""The consolidated statement's table for one project: plain strings and a handful of
shared cell styles, so that 25,000 rows cost about what bare reportlab tables do (a
`TableStyle` command per cell range would set every cell's style one by one).

Rows come with a kind: "header" (the column heads, bold on grey), "juror" (a juror's
marks and total), "working" (panel scores and the like: a label, then figures under the
criteria), "result" and "score" (a label across the table and one figure in the last
column; the score in bold) and "comment" (a juror's comment across the whole table).
The first row is the caption (the group and the project), repeated with the header on
every page the table continues on.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from reportlab.platypus import TableStyle
from reportlab.platypus.tables import CellStyle

from app.protocol.fonts import BOLD, REGULAR
from app.protocol.layout import (CAPTION_LEADING, CAPTION_SIZE, HEADER_FILL, INK,
                                  MIN_SPLIT_ROWS, PAD_BOTTOM, PAD_H, PAD_TOP, RULE, Table,
                                  frame_height, wrap)

SPANNED = ("result", "score", "comment")


class TableSize(NamedTuple):
    font: float
    leading: float


def _style(name: str, size: TableSize, font: str = REGULAR, align: str = "LEFT",
           valign: str = "TOP") -> CellStyle:
    s = CellStyle(name)
    s.fontname, s.fontsize, s.leading = font, size.font, size.leading
    s.leftPadding = s.rightPadding = PAD_H
    s.topPadding, s.bottomPadding = PAD_TOP, PAD_BOTTOM
    s.alignment, s.valign = align, valign
    return s


@cache
def _styles(size: TableSize) -> dict[str, CellStyle]:
    """The cell styles of one type size, shared by every cell drawn so (never changed
    after they are made: no style command of a table names a cell's font or padding)."""
    caption = _style("st_caption", TableSize(CAPTION_SIZE, CAPTION_LEADING), BOLD)
    caption.leftPadding, caption.topPadding, caption.bottomPadding = 0, 6, 3
    return {"caption": caption,
            "head_label": _style("st_head_label", size, BOLD, valign="BOTTOM"),
            "head": _style("st_head", size, BOLD, "CENTER", "BOTTOM"),
            "label": _style("st_label", size),
            "figure": _style("st_figure", size, align="RIGHT"),
            "bold_label": _style("st_bold_label", size, BOLD),
            "bold_figure": _style("st_bold_figure", size, BOLD, "RIGHT")}


def statement_table(caption: str, rows: list[list[str]], kinds: list[str],
                    widths: list[float], size: TableSize) -> Table:
    n = len(widths)
    styles = _styles(size)
    head = wrap(caption, sum(widths), BOLD, CAPTION_SIZE)
    data = [[head] + [""] * (n - 1)]
    cells = [[styles["caption"]] * n]
    heights = [(head.count("\n") + 1) * CAPTION_LEADING + 9]
    commands = [("SPAN", (0, 0), (-1, 0))]
    for i, (kind, row) in enumerate(zip(kinds, rows), 1):
        line, style = _row(row, kind, widths, styles)
        data.append(line)
        cells.append(style)
        heights.append(_lines(line) * size.leading + PAD_TOP + PAD_BOTTOM)
        if kind in SPANNED:
            commands.append(("SPAN", (0, i), (-1 if kind == "comment" else n - 2, i)))
    last_juror = max(i for i, k in enumerate(kinds, 1) if k in ("header", "juror"))
    commands += [
        ("BACKGROUND", (0, 1), (-1, 1), HEADER_FILL),
        ("BOX", (0, 1), (-1, -1), 0.6, INK),
        ("INNERGRID", (0, 1), (-1, -1), 0.25, RULE),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, INK),
        ("LINEBELOW", (0, last_juror), (-1, last_juror), 0.6, INK)]
    return Table(data, colWidths=widths, rowHeights=heights, repeatRows=2,
                 style=TableStyle(commands), hAlign="LEFT", cellStyles=cells)


def _row(row: list[str], kind: str, widths: list[float], styles) -> tuple[list, list]:
    """One row's cells, wrapped to their columns (a spanned label to its span), and
    their styles."""
    n = len(widths)
    if kind == "header":
        cells = [wrap(text, w, BOLD, styles["head"].fontsize) for text, w in zip(row, widths)]
        return cells, [styles["head_label"]] + [styles["head"]] * (n - 1)
    if kind in SPANNED:
        span = sum(widths) if kind == "comment" else sum(widths[:-1])
        bold = kind == "score"
        label = wrap(row[0], span, BOLD if bold else REGULAR, styles["label"].fontsize)
        return [label] + row[1:], [styles["bold_label" if bold else "label"]] + \
            [styles["bold_figure" if bold else "figure"]] * (n - 1)
    label = wrap(row[0], widths[0], REGULAR, styles["label"].fontsize)
    return [label] + row[1:], [styles["label"]] + [styles["figure"]] * (n - 1)


def _lines(row: list[str]) -> int:
    return max(cell.count("\n") for cell in row) + 1


def block_height(table: Table) -> float:
    """The room a project's table asks for before it starts: all of it when it takes
    less than half a page (a short block is never parted), else its caption, header
    and first rows."""
    heights = table._argH
    whole = sum(heights)
    if whole <= frame_height() / 2:
        return whole
    return sum(heights[:2 + MIN_SPLIT_ROWS + 1])
