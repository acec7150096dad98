"""Score sheets: one per juror, for the juror to fill in by hand, in the order the
secretary keys them (the running order, and the criteria in the Scoring screen's order),
so the paper reads exactly as the screen is keyed.

Each juror's sheet starts on a new page: the competition, the juror's name and position,
how to mark; then a block per project still in the running order (order, code, title,
organisation; each criterion with its maximum and weight and the boxes for the mark; a
total box; a comment line; a recusal box); then the juror's signature and the date.
Every page carries the sheet code and a QR code (app.paper.codes: competition, juror,
set-up fingerprint, issue) and "page X of Y" of that juror's sheet, so a loose page is
still known.

The mark: when a criterion allows at most GRID_MAX values (0–10 in whole points: 11),
one box per value, with its number in it, and the juror crosses one out; with more (0–10
in half points: 21) a grid would not fit across the page, so there is one box to write
the mark in, with the allowed values printed beside it.

Nothing comes from the clock: the same set-up and language give the same bytes.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

from app import entry
from app.errors import InputError
from app.files import write_atomic
from app.model import Competition, Juror
from app.paper import codes
from app.paper.sheet_texts import SheetTexts
from app.protocol import fonts
from app.protocol.archival import ArchivalCanvas
from app.protocol.layout import (BOTTOM, FRAME_W, GREY, INK, LEFT, PAGE_H, PAGE_W, RIGHT,
                                 RULE, STYLES, _clip, wrap)
from app.protocol.fonts import BOLD, REGULAR

GRID_MAX = 11
BOX = 7 * mm
TOP = 24 * mm          # room for the sheet code and its QR code on every page
QR = 16 * mm
COLS = [58 * mm, 13 * mm, 16 * mm, FRAME_W - 87 * mm]


def values(maximum: float, step: float) -> list[float]:
    """Every mark allowed on a criterion, lowest first."""
    n = int(round(maximum / step))
    return [round(i * step, 10) for i in range(n + 1)]


def uses_grid(maximum: float, step: float) -> bool:
    return int(round(maximum / step)) + 1 <= GRID_MAX


class _Boxes(Flowable):
    """One box per allowed mark, its number printed small in it."""

    def __init__(self, labels: list[str]):
        super().__init__()
        self.labels = labels
        self.width, self.height = len(labels) * BOX, BOX

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        for i, label in enumerate(self.labels):
            c.rect(i * BOX, 0, BOX, BOX, stroke=1, fill=0)
            c.setFillColor(GREY)
            c.setFont(REGULAR, 7 if len(label) < 3 else 6)
            c.drawCentredString(i * BOX + BOX / 2, BOX / 2 - 2.3, label)


class _WriteIn(Flowable):
    """A box to write the mark in, with what is allowed beside it."""

    def __init__(self, hint: str, width: float = 22 * mm):
        super().__init__()
        self.hint, self.box_w = hint, width
        self.width, self.height = COLS[3] - 8, BOX

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.rect(0, 0, self.box_w, BOX, stroke=1, fill=0)
        c.setFillColor(GREY)
        c.setFont(REGULAR, 7)
        c.drawString(self.box_w + 3 * mm, BOX / 2 - 2.3,
                     _clip(self.hint, self.width - self.box_w - 3 * mm, REGULAR, 7))


class _JurorStart(Flowable):
    """Marks where a juror's sheet begins: the pages after it are that juror's."""

    def __init__(self, info: dict):
        super().__init__()
        self.info = info
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv._sheet = self.info


def _draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code (level M, a quiet zone of two modules) as one path of dark runs, drawn
    once per juror as a PDF form and reused on each page: reportlab's widget draws a
    shape per module, a fifth of a second a page."""
    name = "qr" + hashlib.sha1(payload.encode("utf-8")).hexdigest()[:12]
    if name not in c._forms_done:
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(payload)
        qr.make()
        n = qr.getModuleCount()
        unit = size / (n + 4)
        c.beginForm(name)
        path = c.beginPath()
        for row in range(n):
            col = 0
            while col < n:
                if qr.isDark(row, col):
                    start = col
                    while col < n and qr.isDark(row, col):
                        col += 1
                    path.rect((start + 2) * unit, size - (row + 3) * unit,
                              (col - start) * unit, unit)
                col += 1
        c.setFillColor(INK)
        c.drawPath(path, stroke=0, fill=1)
        c.endForm()
        c._forms_done.add(name)
    c.saveState()
    c.translate(x, y)
    c.doForm(name)
    c.restoreState()


def _canvas_class(t: SheetTexts):
    """Holds every page to the end, then draws each page's sheet code, QR code and
    "page X of Y" counted within that juror's sheet."""

    class SheetCanvas(ArchivalCanvas):   # PDF/A-2b, as the protocol
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._sheet: dict | None = None
            self._forms_done: set[str] = set()

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            counts: dict[str, int] = {}
            for state in self._pages:
                sheet = state.get("_sheet") or {}
                counts[sheet.get("code", "")] = counts.get(sheet.get("code", ""), 0) + 1
            seen: dict[str, int] = {}
            forms = self._forms_done
            for state in self._pages:
                self.__dict__.update(state)
                self._forms_done = forms
                sheet = self._sheet or {}
                code = sheet.get("code", "")
                seen[code] = seen.get(code, 0) + 1
                if sheet:
                    _decorate(self, t, sheet, seen[code], counts[code])
                super().showPage()
            super().save()

    return SheetCanvas


def _decorate(c: Canvas, t: SheetTexts, sheet: dict, page: int, pages: int) -> None:
    c.saveState()
    top = PAGE_H - 6 * mm
    _draw_qr(c, sheet["qr"], PAGE_W - RIGHT - QR, top - QR, QR)
    c.setFont(BOLD, 11)
    c.setFillColor(INK)
    c.drawRightString(PAGE_W - RIGHT - QR - 3 * mm, top - 6 * mm, sheet["code"])
    c.setFont(REGULAR, 7.5)
    c.setFillColor(GREY)
    c.drawRightString(PAGE_W - RIGHT - QR - 3 * mm, top - 10 * mm,
                      _clip(sheet["name"], 70 * mm, REGULAR, 7.5))
    c.drawString(LEFT, top - 6 * mm, _clip(sheet["title"], FRAME_W - QR - 45 * mm,
                                           REGULAR, 7.5))
    y = 11 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.4)
    c.line(LEFT, y + 4 * mm, PAGE_W - RIGHT, y + 4 * mm)
    c.setFont(REGULAR, 7.5)
    c.drawString(LEFT, y, _clip(t.first("sheet.footer", code=sheet["code"],
                                        name=sheet["name"]), FRAME_W * 0.6, REGULAR, 7.5))
    c.setFont(BOLD, 8)
    c.setFillColor(INK)
    for i, lang in enumerate(t.languages):
        c.drawRightString(PAGE_W - RIGHT, y - i * 9, lang("sheet.page", page=page, pages=pages))
    c.restoreState()


def _step_words(t: SheetTexts, step: float) -> str:
    def words(lang):
        if step == 1:
            return lang("sheet.how.whole")
        if step == 0.5:
            return lang("sheet.how.half")
        return lang("sheet.how.step", step=lang.plain_number(step))
    return words


def _juror_flowables(comp: Competition, t: SheetTexts, juror: Juror, issue: int) -> list:
    """One juror's sheet: the heading, who it is for and how to fill it in, a table per
    project in running order, and the place to sign."""
    out = _juror_heading(comp, t, juror, issue)
    out += _how_to_fill_in(comp, t)
    for p in comp.running_order:
        if not p.withdrawn:
            out.append(KeepTogether([_project_table(comp, t, p), Spacer(1, 4 * mm)]))
    out.append(KeepTogether([Spacer(1, 4 * mm), _signature(t)]))
    return out


def _juror_heading(comp: Competition, t: SheetTexts, juror: Juror, issue: int) -> list:
    """The sheet's heading, the competition, and the juror with the sheet's code."""
    s = comp.settings
    code = codes.sheet_code(comp, juror.code, issue)
    info = {"code": code, "name": juror.name, "title": s.title,
            "qr": codes.qr_payload(comp, juror.code, issue)}
    out: list = [_JurorStart(info), Paragraph(t("sheet.heading"), STYLES["heading"]),
                 Paragraph(_esc(s.title), STYLES["title"])]
    if s.subtitle:
        out.append(Paragraph(_esc(s.subtitle), STYLES["subtitle"]))
    where = " · ".join(x for x in (s.venue, t.dates(s.dates) if s.dates else "") if x)
    if where:
        out.append(Paragraph(_esc(where), STYLES["subtitle"]))
    out.append(Spacer(1, 3 * mm))
    role = t(f"role.{juror.role}")
    out.append(Paragraph(_esc(t("sheet.juror")) + ": <b>" + _esc(juror.name) + "</b>",
                         STYLES["body"]))
    out.append(Paragraph(_esc(", ".join(x for x in (juror.position, role) if x)),
                         STYLES["body"]))
    out.append(Paragraph(_esc(t("sheet.code", code=code)), STYLES["body"]))
    return out


def _how_to_fill_in(comp: Competition, t: SheetTexts) -> list:
    """How to mark (a grid of boxes when every criterion's marks fit one, else a box
    to write in) and how to note a recusal."""
    s = comp.settings
    grid = all(uses_grid(c.max, s.score_step) for c in comp.criteria)
    how = "sheet.how.grid" if grid else "sheet.how.box"
    out = [Paragraph(_esc(text), STYLES["small"])
           for text in t.each(how, step=_step_words(t, s.score_step))]
    out += [Paragraph(_esc(text), STYLES["small"]) for text in t.each("sheet.how.recuse")]
    out.append(Spacer(1, 3 * mm))
    return out


def _signature(t: SheetTexts) -> Table:
    """The juror's signature and the date, under a note."""
    return Table([[t("sheet.sign_note"), ""],
                  [t("sheet.sign") + ":", t("sheet.date") + ":"]],
                 colWidths=[FRAME_W * 0.6, FRAME_W * 0.4], rowHeights=[None, 14 * mm],
                 style=TableStyle([
                     ("FONT", (0, 0), (-1, -1), REGULAR, 9, 11),
                     ("SPAN", (0, 0), (1, 0)),
                     ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                     ("LINEBELOW", (0, 1), (-1, 1), 0.6, INK),
                 ]))


def _project_table(comp: Competition, t: SheetTexts, p) -> Table:
    s = comp.settings
    head = Paragraph(f"<b>{_esc(t.first('sheet.project', order=p.order, code=p.code))} — "
                     f"{_esc(p.title)}</b>" + (f"<br/><font color='#555555'>"
                                               f"{_esc(p.organization)}</font>"
                                               if p.organization else ""), STYLES["cell"])
    header = [t.stacked("sheet.col.criterion"), t.stacked("sheet.col.max"),
              t.stacked("sheet.col.weight"), t.stacked("sheet.col.mark")]
    rows: list[list] = [[head, "", "", ""], header]
    for c in comp.criteria:
        if uses_grid(c.max, s.score_step):
            cell = _Boxes([t.plain_number(v) for v in values(c.max, s.score_step)])
        else:
            step = _step_words(t, s.score_step)
            cell = _WriteIn(t.first("sheet.allowed", max=t.plain_number(c.max),
                                    step=step(t.first)))
        rows.append([wrap(c.name, COLS[0]), t.plain_number(c.max), t.plain_number(c.weight),
                     cell])
    n = len(rows)
    rows.append([wrap(t("sheet.total"), COLS[0] + COLS[1] + COLS[2], BOLD), "", "",
                 _WriteIn("")])
    rows.append([t("sheet.comment") + ":", "", "", ""])
    recuse = Table([[_Square(), Paragraph(_esc(t("sheet.recuse")), STYLES["cell"])]],
                   colWidths=[7 * mm, FRAME_W - 7 * mm - 8],
                   style=TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                     ("TOPPADDING", (0, 0), (-1, -1), 0),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    rows.append([recuse, "", "", ""])
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5, 10.5),
        ("SPAN", (0, 0), (-1, 0)),
        ("FONTNAME", (0, 1), (-1, 1), BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), "#E6E6E6"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (2, -1), "CENTER"),
        ("SPAN", (0, n), (2, n)),
        ("FONTNAME", (0, n), (0, n), BOLD),
        ("SPAN", (0, n + 1), (-1, n + 1)),
        ("SPAN", (0, n + 2), (-1, n + 2)),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 2), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 2), (-1, -1), 3),
    ]
    heights = [None] * (n + 1) + [11 * mm, None]
    return Table(rows, colWidths=COLS, rowHeights=heights, style=TableStyle(style))


class _Square(Flowable):
    """The recusal box."""

    def __init__(self):
        super().__init__()
        self.width = self.height = 5 * mm

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, 5 * mm, 5 * mm, stroke=1, fill=0)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _scoring_juror(comp: Competition, code: str) -> Juror:
    """The juror whose sheet is asked for; one line saying why there is none otherwise."""
    j = comp.juror(code)
    if j is None:
        known = ", ".join(x.code for x in comp.scoring_jurors)
        raise InputError(entry.unknown("juror", code) + (f": the jurors are {known}"
                                                         if known else ""), field="--juror")
    if not j.scores:
        raise InputError(f"'{code}' is the secretary, who does not score: there is no sheet "
                         "to print", field="--juror")
    return j


def render_sheets(comp: Competition, *, juror: str | None = None, lang: str = "en",
                  issues: dict[str, int] | None = None) -> bytes:
    """The score sheets as PDF bytes: every scoring juror's, or `juror`'s only."""
    t = SheetTexts(lang)
    jurors = comp.scoring_jurors
    if juror is not None:
        jurors = (_scoring_juror(comp, juror),)
    if not jurors:
        raise InputError("the competition has no jurors who score: nothing to print")
    if not comp.criteria:
        raise InputError("the competition has no criteria: nothing to mark on a sheet")
    fonts.register()
    import io

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(PAGE_W, PAGE_H), leftMargin=LEFT, rightMargin=RIGHT,
        topMargin=TOP, bottomMargin=BOTTOM, invariant=1,
        title=t.first("sheet.heading").capitalize() + " — " + comp.settings.title,
        author="Jury Room", subject="score sheets",
        keywords=f"competition:{codes.competition_id(comp)} "
                 f"setup:{codes.setup_fingerprint(comp)}")
    frame = Frame(LEFT, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame])])
    story: list = []
    for i, j in enumerate(jurors):
        if i:
            story.append(PageBreak())
        story += _juror_flowables(comp, t, j, (issues or {}).get(j.code, 1))
    doc.build(story, canvasmaker=_canvas_class(t))
    return buffer.getvalue()


def write_sheets(comp: Competition, path: str | os.PathLike, **kw) -> Path:
    """Write the sheets to `path` (whole or not at all; a failure names `path`)."""
    return write_atomic(path, render_sheets(comp, **kw))
