"""A photo or scan of a signed protocol: find its QR code and read the fingerprint.

The signed paper is the protocol that counts, and what reaches the ministry may be a
phone photo (JPEG), a scan (PNG) or a PDF whose pages are scanned images. Page 1 of
every protocol carries a QR code with the data's full fingerprint (`sha256:<64 hex>`,
app.protocol.sections.qr_payload), which names exactly the data the paper was printed
from. What a photo cannot prove is that the paper's text is untouched: its visible text
is not read or compared (that needs the PDF).

zxing-cpp finds and decodes the code in any direction; a photo taken from far away or
a very large one is tried again at other scales, since the decoder looks for modules of
a few pixels.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.errors import InputError

PNG, JPEG = b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"
_PAYLOAD = re.compile(r"^sha256:([0-9a-f]{64})$")
# longest side in pixels at which a page is searched; a phone photo is often 4000 px,
# the code then spans 600 px and reads just as well at half that
_SIZES = (None, 2000, 3200, 1200)
# scans inside a PDF: rendered at this resolution, enough for a 34 mm code
SCAN_DPI = 150
# the code is on page 1; a scan may begin with a cover sheet or two, and searching every
# page of a long PDF that is no protocol at all would keep its refusal waiting
SCAN_PAGES = 4


def is_image(head: bytes) -> bool:
    """Does the file start as a PNG or JPEG does?"""
    return head.startswith(PNG) or head.startswith(JPEG)


def fingerprints_in_image(path: str | Path) -> list[str]:
    """The fingerprints in the QR codes of a PNG or JPEG (InputError if it cannot be
    read as an image)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            # a phone stores its photo sideways with an EXIF note to turn it
            image = ImageOps.exif_transpose(img).convert("L")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise InputError(f"a damaged or unreadable image ({exc})", file=str(path),
                         code="verify.damaged") from None
    return fingerprints_in(image)


def fingerprints_in_pdf_pages(path: str | Path) -> list[str]:
    """The fingerprints in the QR codes of the first page of a PDF (a scan) that shows
    any, among its first SCAN_PAGES pages; [] if none does."""
    from app.protocol.pixels import render_pages

    for page in render_pages(str(path), dpi=SCAN_DPI, last=SCAN_PAGES):
        found = fingerprints_in(page)
        if found:
            return found
    return []


def fingerprints_in(image) -> list[str]:
    """The Jury Room fingerprints in the QR codes of a PIL image, first found first."""
    for size in _SIZES:
        found = _decode(_scaled(image, size))
        if found:
            return found
    return []


def _scaled(image, longest: int | None):
    if longest is None or max(image.size) == longest:
        return image
    factor = longest / max(image.size)
    return image.resize((max(1, round(image.width * factor)),
                         max(1, round(image.height * factor))))


def _decode(image) -> list[str]:
    import zxingcpp

    found: list[str] = []
    for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        m = _PAYLOAD.match(code.text.strip())
        if m and m.group(1) not in found:
            found.append(m.group(1))
    return found
