"""Floor for `protocol`: reportlab alone rendering tables of the same size (the ranking and
the consolidated statement of marks: a table per project, a row per juror, a column per
criterion) in the same embedded font, with "page X of Y" on every page."""

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as canvas_mod
from reportlab.platypus import CondPageBreak, LongTable, PageBreak, SimpleDocTemplate, TableStyle

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
# the consolidated statement: one table per project (caption and header repeated), a row
# per juror with a mark per criterion and the total, then the working and result rows
crit = int(sys.argv[4]) if len(sys.argv) > 4 else 8
head = ["Juror"] + [f"{k + 1}\n≤10\n×1.5" for k in range(crit)] + ["Total"]
for i in range(1, projects + 1):
    rows = [[f"Country: Россия\nP{i:04d} — Проект {i} — жоба өңірлік даму"] + [""] * (crit + 1),
            head]
    rows += [[f"J{j + 1:02d} — Жюри мүшесі {j + 1}"] + [f"{(i + j + k) % 21 / 2:g}"
                                                         for k in range(crit)]
             + [f"{30 + (i * j) % 50:.2f}"] for j in range(jurors)]
    rows += [["Panel score: the method over the totals"] + [""] * crit + ["≈52.3467"],
             ["Score"] + [""] * crit + ["52.35"], ["Place in the group"] + [""] * crit + ["3"],
             ["Place overall"] + [""] * crit + ["7"]]
    story += [CondPageBreak(120), LongTable(rows, repeatRows=2, style=style)]
SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story, canvasmaker=NumberedCanvas)
