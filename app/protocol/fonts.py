"""The protocol's typeface: DejaVu Sans, bundled, so the PDF is the same on every machine.

reportlab's built-in fonts have no Cyrillic; DejaVu covers Russian and every Kazakh letter
(ә ғ қ ң ө ұ ү һ і). The files are read through importlib.resources, so they work from a
wheel too. Registering a family makes `<b>` in a Paragraph pick the bold face.
"""

from __future__ import annotations

import io

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def register() -> None:
    """Register the faces and the family once per process (reportlab's registry is global)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name not in registered:
            data = resource("fonts", filename).read_bytes()
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    # no italic face is bundled: <i> falls back to the upright one rather than Helvetica
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
