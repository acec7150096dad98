"""The award script: the order of the awards on one or two A4 pages, for whoever hands
them out (the same order the projector reveals, app.reports.ceremony)."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.model import Competition
from app.protocol import fonts
from app.protocol.archival import ArchivalCanvas
from app.reports.ceremony import steps
from app.reports.texts import ReportTexts
from app.scoring import Results


def render_award_script(competition: Competition, lang: str = "ru+kk",
                        results: Results | None = None) -> bytes:
    t = ReportTexts(lang)
    fonts.register()
    head = ParagraphStyle("h", fontName=fonts.BOLD, fontSize=15, leading=19)
    sub = ParagraphStyle("s", fontName=fonts.BOLD, fontSize=11.5, leading=15, spaceBefore=8)
    cell = ParagraphStyle("c", fontName=fonts.REGULAR, fontSize=9.5, leading=12)
    bold = ParagraphStyle("b", parent=cell, fontName=fonts.BOLD)
    s = competition.settings
    story = [Paragraph(escape(t("award.title")), head),
             Paragraph(escape(s.title), cell),
             Paragraph(escape(", ".join(p for p in (s.venue, t.dates(s.dates)) if p)), cell),
             Spacer(1, 4 * mm)]
    number = 0
    rows: list[list] = []

    header = [Paragraph("№", bold), Paragraph(escape(t.stacked("wb.group_place"))
                                              .replace("\n", "<br/>"), bold),
              Paragraph(escape(t.stacked("wb.code")).replace("\n", "<br/>"), bold),
              Paragraph(escape(t.stacked("wb.title")).replace("\n", "<br/>"), bold)]

    def flush():
        if rows:
            table = Table([header] + rows, colWidths=[10 * mm, 30 * mm, 20 * mm, 114 * mm],
                          repeatRows=1)
            table.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#999999"),
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)]))
            story.append(table)
            rows.clear()

    for step in steps(competition, results):
        if step.is_title:
            flush()
            if step.group:
                story.append(Paragraph(escape(f"{s.group_label}: {step.group}"), sub))
            continue
        for award in step.awards:
            number += 1
            rows.append([Paragraph(str(number), cell),
                         Paragraph(f"<b>{award.place}</b>", cell),
                         Paragraph(escape(award.code), bold),
                         Paragraph(f"<b>{escape(award.title)}</b><br/>"
                                   f"{escape(award.organization)}", cell)])
    flush()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1, leftMargin=18 * mm,
                      rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                      title=t("award.title"), author="Jury Room").build(
        story, canvasmaker=ArchivalCanvas)   # PDF/A-2b, as the protocol
    return buffer.getvalue()
