"""Floor for `protocol`: reportlab alone rendering tables of the same size (the ranking and
the per-juror annex) in the same embedded font, with "page X of Y" on every page."""

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as canvas_mod
from reportlab.platypus import LongTable, PageBreak, SimpleDocTemplate, TableStyle

out, projects, jurors = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
fonts = Path(__file__).resolve().parents[2] / "resources" / "fonts"
pdfmetrics.registerFont(TTFont("DejaVuSans", str(fonts / "DejaVuSans.ttf")))


class NumberedCanvas(canvas_mod.Canvas):
    """Holds every page until the end so each can say how many there are."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._pages = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont("DejaVuSans", 8)
            self.drawRightString(200 * mm, 10 * mm, f"page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


style = TableStyle([("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"), ("FONTSIZE", (0, 0), (-1, -1), 8),
                    ("GRID", (0, 0), (-1, -1), 0.25, (0, 0, 0)), ("ALIGN", (-1, 0), (-1, -1), "RIGHT")])
ranking = [["#", "Code", "Title", "Organization", "Score"]] + [
    [str(i), f"P{i:04d}", f"Проект {i} — жоба өңірлік даму", f"НКО «Өмір» {i}", f"{50 + i % 40:.2f}"]
    for i in range(1, projects + 1)]
story = [LongTable(ranking, repeatRows=1, style=style), PageBreak()]
block = 10
for start in range(0, jurors, block):
    cols = list(range(start, min(start + block, jurors)))
    annex = [["Code"] + [f"J{j + 1:02d}" for j in cols]] + [
        [f"P{i:04d}"] + [f"{30 + (i * j) % 50:.2f}" for j in cols] for i in range(1, projects + 1)]
    story += [LongTable(annex, repeatRows=1, style=style), PageBreak()]
SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story, canvasmaker=NumberedCanvas)
