"""The protocol as it prints: pages rendered to pixels with pdftoppm (poppler-utils).

Skipped when pdftoppm is not installed; CI installs it.
"""

import shutil
import subprocess

import pytest

from app.protocol import render_protocol
from app.protocol.layout import BOTTOM, LEFT, PAGE_H, PAGE_W, RIGHT
from tests.protocol_build import generated

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                reason="pdftoppm (poppler-utils) is not installed")

DPI = 40
POINT = DPI / 72          # pixels per PDF point


class Page:
    """One rendered page: RGB pixels from a binary PPM."""

    def __init__(self, data: bytes):
        tokens, pos = [], 0
        while len(tokens) < 4:  # magic, width, height, maxval
            while data[pos:pos + 1].isspace():
                pos += 1
            end = pos
            while not data[end:end + 1].isspace():
                end += 1
            tokens.append(data[pos:end])
            pos = end
        assert tokens[0] == b"P6"
        self.width, self.height = int(tokens[1]), int(tokens[2])
        self.pixels = data[pos + 1:]

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        i = 3 * (y * self.width + x)
        return tuple(self.pixels[i:i + 3])

    def inked(self, x0: float, y0: float, x1: float, y1: float) -> int:
        """How many pixels in the box (in points from the top left) are not white."""
        count = 0
        for y in range(int(y0 * POINT), min(int(y1 * POINT), self.height)):
            for x in range(int(x0 * POINT), min(int(x1 * POINT), self.width)):
                if min(self.rgb(x, y)) < 235:
                    count += 1
        return count

    def red(self, x0: float, y0: float, x1: float, y1: float) -> int:
        count = 0
        for y in range(int(y0 * POINT), int(y1 * POINT)):
            for x in range(int(x0 * POINT), int(x1 * POINT)):
                r, g, b = self.rgb(x, y)
                if r > 150 and g < 80 and b < 80:
                    count += 1
        return count


def rendered(data: bytes, tmp_path) -> list[Page]:
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", str(DPI), str(pdf), str(tmp_path / "page")], check=True)
    return [Page(p.read_bytes()) for p in sorted(tmp_path.glob("page-*.ppm"))]


@pytest.fixture(scope="module")
def final_pages(tmp_path_factory):
    data, printed = render_protocol(generated(40, 20, tie=True))
    pages = rendered(data, tmp_path_factory.mktemp("final"))
    assert len(pages) == printed.pages
    return pages


def test_pages_are_a4_portrait(final_pages):
    """Every page is A4 portrait (210 × 297 mm)."""
    for page in final_pages:
        assert page.width == pytest.approx(PAGE_W * POINT, abs=2)
        assert page.height == pytest.approx(PAGE_H * POINT, abs=2)


def test_nothing_is_drawn_in_the_side_margins(final_pages):
    """Tables and text stay inside the frame: the left and right margins are blank on every
    page (a table wider than the page would spill into them)."""
    for n, page in enumerate(final_pages, 1):
        assert page.inked(0, 0, LEFT - 3, PAGE_H) == 0, f"left margin, page {n}"
        assert page.inked(PAGE_W - RIGHT + 3, 0, PAGE_W, PAGE_H) == 0, f"right margin, page {n}"


def test_every_page_has_a_footer_and_content(final_pages):
    """Each page carries its footer line and something above it: no blank page."""
    for page in final_pages:
        assert page.inked(LEFT, PAGE_H - BOTTOM + 10, PAGE_W - RIGHT, PAGE_H - 20) > 0
        assert page.inked(LEFT, 60, PAGE_W - RIGHT, PAGE_H - BOTTOM) > 50


def test_final_protocol_has_no_red_banner(final_pages):
    """A final protocol carries no PROVISIONAL banner."""
    for page in final_pages:
        assert page.red(LEFT, 40, PAGE_W - RIGHT, 70) == 0


def test_provisional_banner_is_on_every_page(tmp_path):
    """A provisional protocol shows the red banner at the top of every page."""
    data, printed = render_protocol(generated(40, 8, finalized=False))
    pages = rendered(data, tmp_path)
    assert printed.provisional and len(pages) > 3
    for page in pages:
        assert page.red(LEFT, 40, PAGE_W - RIGHT, 70) > 200
