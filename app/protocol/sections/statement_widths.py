"""The consolidated statement's columns: the type size and the widths every project's
table shares, measured over every figure and label they print; with more criteria than
fit across the page at the smallest size, the criteria are split into parts (each part
a table of its own, the juror's totals in every part, the working's sum, the result and
the comments in the last).

The largest size (`SIZES`) at which every figure, every header word and the longest
word of every label fits is used; ten criteria fit at 8.5 points with the longest names,
about fourteen at 6.5. A juror's name keeps to one line when it fits in LABEL_MAX; what
is left widens the criteria's columns, each to at most CRITERION_MAX.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.protocol.fonts import BOLD, REGULAR
from app.protocol.layout import FRAME_W, PAD_H
from app.protocol.sections.statement_table import TableSize

# the type, largest first: the first at which every column fits is used
SIZES = (TableSize(8.5, 10.5), TableSize(7.5, 9.2), TableSize(6.5, 8.0))
LABEL_MIN, LABEL_MAX = 90, 170      # the jurors' names column
CRITERION_MAX = 56                  # a criterion's column, however much room is left


@dataclass(frozen=True)
class Part:
    """Which criteria (by index) a part's tables show, its column widths, and whether it
    is the last part (the one with the working's sum, the result and the comments)."""

    criteria: tuple[int, ...]
    widths: list[float]
    last: bool


@dataclass(frozen=True)
class _Measured:
    figures: list[float]        # per column: its widest figure, padded (label's unused)
    word: float                 # the widest word of any label, padded
    whole: float                # the widest juror's name on one line, padded
    criteria: int


def layout(blocks: list[tuple[list[str], list[list[str]]]], criteria: int,
           tail: int) -> tuple[TableSize, list[Part]]:
    """The size and the parts for `blocks` ((kinds, rows) of each project), which have
    `criteria` criteria's columns and `tail` columns after them."""
    every = tuple(range(criteria))
    for size in SIZES:
        m = _measure(blocks, criteria + tail + 1, size, criteria)
        widths = _fit(m, every)
        if widths is not None:
            return size, [Part(every, widths, True)]
    for count in range(2, criteria + 1):
        chunks = _chunks(criteria, count)
        fitted = [_fit(m, chunk) for chunk in chunks]
        if all(w is not None for w in fitted):
            return size, [Part(chunk, w, i == count) for i, (chunk, w) in
                          enumerate(zip(chunks, fitted), 1)]
    return size, [Part(every, _fit(m, every, squeeze=True), True)]


def _chunks(n: int, count: int) -> list[tuple[int, ...]]:
    """0..n-1 in `count` runs as equal as can be."""
    size = -(-n // count)
    return [tuple(range(i, min(i + size, n))) for i in range(0, n, size)]


def _measure(blocks, n: int, size: TableSize, criteria: int) -> _Measured:
    figures, labels, names = _texts_by_column(blocks, n)
    pad = 2 * PAD_H + 1
    fig_w = [max((_widest(text, font, size.font) for text, font in col), default=0) + pad
             for col in figures]
    # a compound name breaks after its hyphen (layout.wrap), so its parts are the words
    word = max((stringWidth(w, BOLD, size.font) for text in labels | names
                for w in re.split(r"(?<=-)|\s+", text)), default=0) + pad
    whole = max((_widest(text, REGULAR, size.font) for text in names), default=0) + pad
    return _Measured(fig_w, word, whole, criteria)


def _fit(m: _Measured, chunk: tuple[int, ...], squeeze: bool = False) -> list[float] | None:
    """The widths of a table with the criteria of `chunk`, or None when the labels'
    column would be too narrow (unless `squeeze`: it does with what is left)."""
    figures = [m.figures[1 + i] for i in chunk] + m.figures[1 + m.criteria:]
    rest = FRAME_W - sum(figures)
    if rest < max(m.word, LABEL_MIN) and not squeeze:
        return None
    label = min(max(m.whole, LABEL_MIN, m.word), LABEL_MAX, rest)
    k = len(chunk)
    widest = max(figures[:k], default=0)
    grow = max(min((rest - label) / k, CRITERION_MAX - widest), 0) if k else 0
    widths = [0.0] + [x + grow for x in figures[:k]] + figures[k:]
    widths[0] = FRAME_W - sum(widths[1:])
    return widths


def _texts_by_column(blocks, n: int):
    """Every distinct figure of each column with the face it is drawn in, the rows'
    labels and the jurors' names (comments span the table: they fit any widths)."""
    figures: list[set] = [set() for _ in range(n)]
    labels: set[str] = set()
    names: set[str] = set()
    for kinds, rows in blocks:
        for kind, row in zip(kinds, rows):
            if kind == "comment":
                continue
            (names if kind == "juror" else labels).add(row[0])
            font = BOLD if kind in ("header", "score") else REGULAR
            for i in range(1, n):
                figures[i].add((row[i], font))
    return figures, labels, names


def _widest(text: str, font: str, size: float) -> float:
    return max(stringWidth(line, font, size) for line in text.split("\n"))
