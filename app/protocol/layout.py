"""The page: A4 portrait geometry, type styles, table styles and what every page carries
(running header, the PROVISIONAL banner and watermark, the "page X of Y" footer)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, TableStyle

from app.protocol.archival import ArchivalCanvas
from app.protocol.fonts import BOLD, REGULAR

PAGE_W, PAGE_H = A4
# a wider left margin leaves room for the binder holes of a filed copy
LEFT, RIGHT = 25 * mm, 15 * mm
TOP, BOTTOM = 20 * mm, 20 * mm
FRAME_W = PAGE_W - LEFT - RIGHT
# the PROVISIONAL banner: red, below the running header, one line per line of text
BANNER_TOP, BANNER_SIZE, BANNER_LEADING, BANNER_PAD = 16 * mm, 8.5, 10.5, 7.5


def banner_height(lines: int) -> float:
    return lines * BANNER_LEADING + BANNER_PAD if lines else 0.0


def top_margin(banner_lines: int = 0) -> float:
    """The banner of a provisional protocol takes room from the top of every page."""
    return BANNER_TOP + banner_height(banner_lines) + 5 * mm if banner_lines else TOP


def frame_height(top: float = TOP) -> float:
    """The height text can fill on a page with this top margin."""
    return PAGE_H - top - BOTTOM


def banner_lines(texts: list[str]) -> tuple[str, ...]:
    """The banner's texts (one per language) broken into lines that fit across it."""
    return tuple(line for text in texts
                 for line in wrap(text, FRAME_W - 4 * mm + 2 * PAD_H, BOLD,
                                  BANNER_SIZE).split("\n"))

INK = colors.black
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
HEADER_FILL = colors.HexColor("#E6E6E6")
ALERT = colors.HexColor("#B00020")
# the watermark: big letters in a pale fill with a mid-grey outline (see _draw_watermark)
WATERMARK = colors.HexColor("#EBEBEB")
WATERMARK_LINE = colors.HexColor("#8C8C8C")
WATERMARK_LINE_WIDTH = 1.2
DRAFT_FILL = colors.HexColor("#1A1A1A")   # the draft's heading: white on near-black

# table text: small enough for six columns on A4, large enough to read when photocopied
CELL_SIZE = 8.5
CELL_LEADING = 10.5
PAD_H, PAD_TOP, PAD_BOTTOM = 3, 2, 3
# a group's heading over its table (the h2 style's size)
CAPTION_SIZE, CAPTION_LEADING = 10, 12.5


def _style(name: str, size: float, leading: float, *, font: str = REGULAR, **kw):
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)


STYLES = {
    "heading": _style("heading", 16, 20, font=BOLD, alignment=TA_CENTER, spaceAfter=6),
    "title": _style("title", 13, 16.5, font=BOLD, alignment=TA_CENTER, spaceAfter=3),
    "subtitle": _style("subtitle", 10.5, 13.5, alignment=TA_CENTER, spaceAfter=3),
    "meta": _style("meta", 9.5, 12.5, alignment=TA_LEFT),
    "h1": _style("h1", 11.5, 14.5, font=BOLD, spaceBefore=12, spaceAfter=5, keepWithNext=1),
    "h2": _style("h2", 10, 12.5, font=BOLD, spaceBefore=7, spaceAfter=3, keepWithNext=1),
    "body": _style("body", 9.5, 12.5, spaceAfter=4),
    "small": _style("small", 8, 10, textColor=GREY),
    "cell": _style("cell", CELL_SIZE, CELL_LEADING),
    "cell_bold": _style("cell_bold", CELL_SIZE, CELL_LEADING, font=BOLD),
}


def wrap(text: str, width: float, font: str = REGULAR, size: float = CELL_SIZE) -> str:
    """Break `text` into lines no wider than `width`, joined by newlines.

    A table cell holding such a string draws one line per newline: as readable as a
    Paragraph and many times cheaper, which is what keeps a 1,000-project table fast.
    A word longer than the column is cut, so nothing runs into the next cell.
    """
    width -= 2 * PAD_H
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return text
    return "\n".join(line for para in text.split("\n")
                     for line in _wrap_lines(para, width, font, size))


def _wrap_lines(para: str, width: float, font: str, size: float) -> list[str]:
    """One paragraph (no newline in it) as lines no wider than `width`."""
    lines: list[str] = []
    line = ""
    for word in para.split():
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        *whole, line = _cut(word, width, font, size)
        lines.extend(whole)
    lines.append(line)
    return lines


def _cut(word: str, width: float, font: str, size: float) -> list[str]:
    """A word as pieces each no wider than `width` (the last one may be shorter)."""
    pieces = []
    while stringWidth(word, font, size) > width and len(word) > 1:
        # a compound word breaks after a hyphen that fits; any other is cut
        fit = _fit(word, width, font, size)
        hyphen = word.rfind("-", 0, fit)
        cut = hyphen + 1 if hyphen > 0 else fit
        pieces.append(word[:cut])
        word = word[cut:]
    pieces.append(word)
    return pieces


def fit_words(widths: list[float], columns: dict[int, list[str]], flex: int | tuple[int, ...],
              font: str = BOLD, size: float = CELL_SIZE) -> list[float]:
    """Widen the columns named in `columns` so that none of their words has to be cut
    (a Russian or Kazakh header word is longer than the English one; a Kazakh surname
    is longer than most titles' words), taking the room from the `flex` columns, which
    give it in proportion to their width but never below their own longest word.

    Words are measured in `font` (bold by default: a header, a winner's line), the
    widest face a column's text is drawn in, so a measured word always fits."""
    flex = (flex,) if isinstance(flex, int) else tuple(flex)
    widths = list(widths)
    need = {col: _longest_word(texts, font, size) + 2 * PAD_H + 1
            for col, texts in columns.items()}
    for col, want in need.items():
        if col not in flex and want > widths[col]:
            _widen(widths, col, want, flex, need)
    return widths


def _longest_word(texts: list[str], font: str, size: float) -> float:
    # each word measured once: a thousand titles repeat the same few hundred words
    words = {word for text in texts for word in text.split()}
    return max((stringWidth(word, font, size) for word in words), default=0)


def _widen(widths: list[float], col: int, want: float, flex: tuple[int, ...],
           need: dict[int, float]) -> None:
    """Give column `col` the width `want`, taken from the `flex` columns in proportion
    to the room each has beyond its own longest word."""
    short = want - widths[col]
    widths[col] = want
    spare = {f: widths[f] - need.get(f, 0) for f in flex}
    total = sum(max(v, 0) for v in spare.values()) or 1
    for f in flex:
        widths[f] -= short * max(spare[f], 0) / total


def _fit(word: str, width: float, font: str, size: float) -> int:
    """How many leading characters of `word` fit in `width` (at least one)."""
    n = 1
    while n < len(word) and stringWidth(word[:n + 1], font, size) <= width:
        n += 1
    return n


# a table this short moves to the next page whole rather than being split
KEEP_WHOLE = 6
# a split leaves at least this many rows on each side (no lone total row on a new page)
MIN_SPLIT_ROWS = 2


class Table(LongTable):
    """A LongTable that splits like a careful typesetter: a table shorter than a page and
    of few rows is never split, and a split leaves at least two rows under the repeated
    header on each page. On a page of its own (nothing better can come of moving on)
    the table splits wherever it must, inside a row taller than the page too."""

    _careful = True
    caption = False     # the first row is a caption drawn across the whole table

    def split(self, availWidth, availHeight):
        self._calc(availWidth, availHeight)
        fresh = availHeight >= frame_height(top_margin(4))
        self._careful = not fresh
        try:
            parts = self._splitRows(availHeight, doInRowSplit=0)
            if parts or not fresh:
                return parts
            return self._splitRows(availHeight, doInRowSplit=1)
        finally:
            self._careful = True

    def _getFirstPossibleSplitRowPosition(self, availHeight, ignoreSpans=0):
        n = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        if ignoreSpans or not self._careful:
            return n
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        body = len(self._rowHeights) - head
        if body <= KEEP_WHOLE and sum(self._rowHeights) <= frame_height(top_margin(4)):
            return 0
        n = min(n, len(self._rowHeights) - MIN_SPLIT_ROWS)
        return n if n - head >= MIN_SPLIT_ROWS else 0


def table(rows: list[list], widths: list[float], *, numeric: tuple[int, ...] = (),
          extra: list[tuple] | None = None, header_rows: int = 1,
          caption: str | None = None) -> LongTable:
    """A ruled table with a bold grey header row that repeats on every page it spans.

    `numeric` columns are right-aligned (digits in DejaVu are all one width, so the
    decimals line up); `extra` adds style commands such as bold cells. Header texts are
    wrapped here, in the bold face they are drawn in. A `caption` (a group's heading)
    is a first row across the whole table, repeated with the header on every page the
    table continues on, so a continuation page says whose ranking it is.
    """
    rows = [[wrap(cell, w, BOLD) if isinstance(cell, str) else cell
             for cell, w in zip(row, widths)] for row in rows[:header_rows]] + rows[header_rows:]
    first = 0
    if caption is not None:
        rows.insert(0, [wrap(caption, sum(widths), BOLD, CAPTION_SIZE)] + [""] * (len(widths) - 1))
        header_rows += 1
        first = 1
    commands = [
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE, CELL_LEADING),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), BOLD),
        ("BACKGROUND", (0, first), (-1, header_rows - 1), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, first), (-1, header_rows - 1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_H),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_H),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("BOX", (0, first), (-1, -1), 0.6, INK),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, INK),
        ("INNERGRID", (0, first), (-1, -1), 0.25, RULE),
    ]
    if caption is not None:
        # the caption is drawn from its first cell across the others, which are empty and
        # unruled: no SPAN, which reportlab works out again over every cell of what is
        # left of the table at each page break (a 1,000-row table: a second of work)
        commands += [("LEFTPADDING", (0, 0), (-1, 0), 0),
                     ("FONT", (0, 0), (-1, 0), BOLD, CAPTION_SIZE, CAPTION_LEADING),
                     ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, 0), (-1, 0), 3)]
    for col in numeric:
        commands.append(("ALIGN", (col, first), (col, -1), "RIGHT"))
    commands.extend(extra or ())
    # LongTable splits a long table page by page without measuring the rest again each
    # time; row heights known in advance (lines × leading) spare it measuring them at all
    heights = [_row_height(r) for r in rows]
    if caption is not None:
        heights[0] = (rows[0][0].count("\n") + 1) * CAPTION_LEADING + 9
    made = Table(rows, colWidths=widths, rowHeights=heights,
                 repeatRows=header_rows, style=TableStyle(commands), hAlign="LEFT",
                 splitInRow=1)
    made.caption = caption is not None
    return made


def _row_height(row: list) -> float | None:
    """A row of plain strings is as tall as its tallest cell; None lets reportlab measure
    a row holding anything else."""
    if not all(isinstance(cell, str) for cell in row):
        return None
    lines = max(cell.count("\n") for cell in row) + 1
    return lines * CELL_LEADING + PAD_TOP + PAD_BOTTOM


@dataclass(frozen=True)
class PageDecor:
    """What is drawn on every page around the flowing text."""

    running_title: str              # top left on every page but the first
    running_number: str             # top right on every page but the first
    footer_left: tuple[str, ...]    # protocol number and short fingerprint, per language
    page_label: tuple[str, ...]     # templates with {page} and {pages}, per language
    banner: tuple[str, ...] = ()    # the PROVISIONAL banner's lines; none when final
    watermark: tuple[str, ...] = ()  # one line per language

    @property
    def top_margin(self) -> float:
        return top_margin(len(self.banner))

    def on_page(self, canvas: Canvas, doc) -> None:
        """Drawn before the page's content: header, banner and watermark."""
        canvas.saveState()
        if self.watermark:
            self._draw_watermark(canvas)
        if canvas.getPageNumber() > 1:
            y = PAGE_H - 12 * mm
            canvas.setFont(REGULAR, 7.5)
            canvas.setFillColor(GREY)
            title = _clip(self.running_title, FRAME_W * 0.7, REGULAR, 7.5)
            canvas.drawString(LEFT, y, title)
            canvas.drawRightString(PAGE_W - RIGHT, y, self.running_number)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.line(LEFT, y - 2 * mm, PAGE_W - RIGHT, y - 2 * mm)
        if self.banner:
            self._draw_banner(canvas)
        canvas.restoreState()

    def _draw_banner(self, canvas: Canvas) -> None:
        height = banner_height(len(self.banner))
        y = PAGE_H - BANNER_TOP - height
        canvas.setFillColor(ALERT)
        canvas.rect(LEFT, y, FRAME_W, height, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, BANNER_SIZE)
        baseline = y + height - BANNER_PAD / 2 - BANNER_SIZE + 0.6
        for line in self.banner:
            canvas.drawCentredString(LEFT + FRAME_W / 2, baseline, line)
            baseline -= BANNER_LEADING

    def _draw_watermark(self, canvas: Canvas) -> None:
        # as large as 72 points allows, the longest line fitting along the diagonal
        widest = max(stringWidth(line, BOLD, 1) for line in self.watermark)
        size = min(72.0, 0.8 * (PAGE_W ** 2 + PAGE_H ** 2) ** 0.5 / max(widest, 1))
        # opaque, not transparent (PDF/A forbids transparency, and a printer that drops it
        # would drop the mark): a pale fill under a mid-grey outline. A copier keeps the
        # outline (a light grey fill alone fades away on a copy), and the thin outline
        # under the text, which is drawn over it, leaves every letter readable
        canvas.setFillColor(WATERMARK)
        canvas.setStrokeColor(WATERMARK_LINE)
        canvas.setLineWidth(WATERMARK_LINE_WIDTH)
        canvas.setFont(BOLD, size)
        canvas.translate(PAGE_W / 2, PAGE_H / 2)
        canvas.rotate(52)
        y = (len(self.watermark) - 1) * size * 0.55 - size / 3
        for line in self.watermark:
            canvas.drawCentredString(0, y, line, mode=2)   # 2: fill, then stroke
            y -= size * 1.1
        canvas.rotate(-52)
        canvas.translate(-PAGE_W / 2, -PAGE_H / 2)

    def footer(self, canvas: Canvas, page: int, pages: int) -> None:
        """Drawn once the page count is known."""
        canvas.saveState()
        y = 11 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, y + 4 * mm, PAGE_W - RIGHT, y + 4 * mm)
        # one line per language, the second under the first
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(GREY)
        for i, line in enumerate(self.footer_left):
            canvas.drawString(LEFT, y - i * 9, line)
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(INK)
        for i, label in enumerate(self.page_label):
            canvas.drawRightString(PAGE_W - RIGHT, y - i * 9,
                                   label.format(page=page, pages=pages))
        canvas.restoreState()


def _clip(text: str, width: float, font: str, size: float) -> str:
    """Shorten a one-line text with an ellipsis so that it fits `width`."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def pdf_date(iso: str) -> str | None:
    """An ISO 8601 moment as a PDF date string (D:YYYYMMDDHHmmSS+00'00', in UTC)."""
    try:
        moment = _dt.datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(_dt.timezone.utc)
    return moment.strftime("D:%Y%m%d%H%M%S+00'00'")


def numbered_canvas(decor: PageDecor, created: str | None = None):
    """A canvas class that keeps every page until the end, then draws "page X of Y".

    `created` (a PDF date) replaces the fixed date reportlab's invariant mode writes into
    /CreationDate and /ModDate, so the metadata tells when the data last changed.
    """

    class NumberedCanvas(ArchivalCanvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            if created:
                self.setDateFormatter(lambda *_: created)

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                decor.footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas
