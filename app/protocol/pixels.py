"""Pages as pixels: render a PDF with PDFium and compare two renderings tile by tile.

`verify` compares what a printed protocol *shows* with what the data gives, so a file
re-saved by another PDF tool (its objects renumbered, compressed, linearised) passes
and a single changed digit does not. Both files go through the same renderer at the
same resolution, so pages with the same content come out as the same pixels; the
tolerance below is only there for a tool that re-encodes a font or an image.

Why tiles and not a mean over the page: one changed digit is a few dozen pixels out of
half a million, which a page-wide average cannot tell from noise. Each tile of
`TILE` × `TILE` pixels is judged on its own: it differs when at least `MIN_PIXELS`
of its pixels changed by more than `STRONG` grey levels (a glyph's stroke), which a
re-encoding's faint anti-aliasing drift does not reach.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageChops

# 72 dpi: one pixel per point. A digit of the protocol's 7-point table text is about
# 7 px tall, so a changed digit changes 10 or more pixels strongly (measured: see the
# tests), while a page renders in a few milliseconds.
DPI = 72
TILE = 12               # pixels (about 4 mm at 72 dpi)
STRONG = 80             # grey levels out of 255
MIN_PIXELS = 3          # per tile
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Area:
    """Where two renderings of a page differ: the middle of the first differing tile,
    in millimetres from the page's top left corner, and how many tiles differ."""

    x_mm: int
    y_mm: int
    tiles: int


class Pages:
    """A PDF's pages drawn one at a time as they are asked for, the last few kept.

    A 1,000-project protocol runs to hundreds of pages: drawn all at once they would hold
    half a gigabyte of pixels per side, while the comparison only ever looks a few pages
    ahead (app.protocol.page_match). Use as a context manager (closes the document)."""

    KEEP = 12

    def __init__(self, pdf, dpi: int = DPI):
        import pypdfium2 as pdfium

        self.dpi = dpi
        self.doc = pdfium.PdfDocument(pdf)
        self.doc.init_forms()
        self._kept: dict[int, Image.Image] = {}

    def __len__(self) -> int:
        return len(self.doc)

    def __enter__(self) -> "Pages":
        return self

    def __exit__(self, *exc) -> None:
        self._kept.clear()
        self.doc.close()

    def __getitem__(self, index: int) -> Image.Image:
        """Page `index` (from 0) as a greyscale image, annotations and form fields drawn
        too (an added comment or stamp is a visible change)."""
        if index not in self._kept:
            if len(self._kept) >= self.KEEP:
                self._kept.pop(next(iter(self._kept)))     # the oldest drawn
            page = self.doc[index]
            bitmap = page.render(scale=self.dpi / 72, grayscale=True, draw_annots=True,
                                 may_draw_forms=True)
            self._kept[index] = bitmap.to_pil().convert("L")
            page.close()
        return self._kept[index]


def render_pages(pdf, dpi: int = DPI, last: int | None = None) -> list[Image.Image]:
    """The pages of `pdf` (a path or bytes) up to page `last`, as greyscale images."""
    with Pages(pdf, dpi) as pages:
        return [pages[i] for i in range(min(len(pages), last or len(pages)))]


def difference(a: Image.Image, b: Image.Image, dpi: int = DPI) -> Area | None:
    """None when the two renderings of a page show the same; else where they differ."""
    if a.size != b.size:
        return Area(0, 0, -1)       # another page size: the whole page differs
    diff = ImageChops.difference(a, b)
    if diff.getbbox() is None:
        return None                 # the same pixels: by far the usual case
    strong = diff.point(lambda v: 255 if v > STRONG else 0)
    if strong.getbbox() is None:
        return None
    # the mean of each tile's 0/255 values: a tile with MIN_PIXELS strong pixels
    # averages at least MIN_PIXELS * 255 / TILE² grey levels
    means = strong.reduce(TILE)
    least = MIN_PIXELS * 255 / (TILE * TILE) - 0.5
    width = means.width
    hits = [i for i, v in enumerate(means.tobytes()) if v >= least]  # one byte a tile
    if not hits:
        return None
    first = hits[0]
    col, row = first % width, first // width
    to_mm = MM_PER_INCH / dpi
    return Area(round((col + 0.5) * TILE * to_mm), round((row + 0.5) * TILE * to_mm),
                len(hits))
