"""The signatures: every juror and the secretary who took part, each with a line to sign
on and one for the date, on one page (a draft and the public copy have none)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from app import meeting
from app.fingerprint import short
from app.protocol.fonts import BOLD, REGULAR
from app.protocol.layout import FRAME_W, GREY, PAD_H, PAGE_H, frame_height, wrap
from app.protocol.sections.context import (MIN_BLOCK, Context, draft_box, each,
                                            jurors_in_order, para)

SIGN_HEADER = 60    # the heading and the line under it
SIGN_FIXED = 23     # one signer without the room to sign: name line and caption line
SIGN_SIZE = 9.5     # the size the signers' roles and names are drawn at (names in bold)
SIGN_DATE_W = 70    # the line for the date of signing


def signatures(ctx: Context) -> list[Flowable]:
    """Every juror and the secretary who took part in the meeting (present or remote,
    see app.meeting), each with a line to sign on and a line for the date of signing,
    on one page; an absent juror has no line. A draft has none: it says instead that it
    is not for signature and how to get the final one."""
    if ctx.draft:
        return [CondPageBreak(MIN_BLOCK)] + draft_box(ctx, "draft.sign_heading",
                                                      "draft.sign_note")
    t = ctx.texts
    if ctx.public:
        note = t.each("public.note", number=ctx.number, short=short(ctx.fingerprint),
                      n=len(ctx.competition.jurors))
        return [KeepTogether([para(t("public.heading"), "h1")] + each(note))]
    people = [j for j in jurors_in_order(ctx.competition) if meeting.took_part(j)]
    # the names column as wide as the longest name drawn (bold, 9.5 pt), within reason;
    # the line to sign on keeps at least 150 points
    widest = max((stringWidth(j.name, BOLD, SIGN_SIZE) for j in people), default=0)
    # a role on one line per language when it fits in 160 points
    role_w = max((stringWidth(line, REGULAR, SIGN_SIZE) for j in people
                  for line in t.each(f"role.{j.role}")), default=0) + PAD_H + 1
    role_w = min(max(role_w, 110), 160)
    name_w = min(max(150, widest + PAD_H + 1), FRAME_W - role_w - SIGN_DATE_W - 110)
    widths = [role_w, name_w, 0, 8, SIGN_DATE_W]
    widths[2] = FRAME_W - sum(widths)
    rows = []
    for j in people:
        # measured in the face and size they are drawn in: a long Kazakh name wraps
        # instead of running into the line
        rows.append([wrap(t.stacked(f"role.{j.role}"), widths[0], REGULAR, SIGN_SIZE),
                     wrap(j.name, widths[1], BOLD, SIGN_SIZE), "", "", ""])
        remote = wrap(t("sign.remote"), widths[1], REGULAR, 6.5) \
            if j.attendance == "remote" else ""
        rows.append(["", remote, wrap(t("sign.line"), widths[2], REGULAR, 6.5), "",
                     wrap(t("sign.date"), widths[4], REGULAR, 6.5)])
    # room to sign above each line: generous, but tight enough that a large jury still
    # signs on one page (KeepTogether cannot help once the block is taller than a page)
    budget = (frame_height(ctx.top_margin) - SIGN_HEADER) / max(len(people), 1)
    most = min(max(budget - SIGN_FIXED, 4), 16)

    def block(room: float) -> list[Flowable]:
        out: list[Flowable] = [para(t("sign.heading"), "h1")] + each(t.each("sign.intro"))
        if rows:
            out.append(Table(rows, colWidths=widths, style=TableStyle(_sign_style(rows, room)),
                             hAlign="LEFT"))
        return out

    # as much room as the page has left, down to 10 points, before the block moves on
    return [CondPageBreak(MIN_BLOCK),
            Shrinking(block, most, min(most, 10), frame_height(ctx.top_margin))]


def _sign_style(rows: list, room: float) -> list[tuple]:
    style = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), SIGN_SIZE),
        ("LEADING", (0, 0), (-1, -1), 12),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_H),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for i in range(0, len(rows), 2):
        style += [("TOPPADDING", (0, i), (-1, i), room),
                  ("LINEBELOW", (2, i), (2, i), 0.6, "black"),
                  ("LINEBELOW", (4, i), (4, i), 0.6, "black"),
                  ("FONTNAME", (1, i), (1, i), BOLD),
                  ("FONTSIZE", (1, i + 1), (-1, i + 1), 6.5),
                  ("LEADING", (0, i + 1), (-1, i + 1), 8),
                  ("TEXTCOLOR", (1, i + 1), (-1, i + 1), GREY),
                  ("ALIGN", (2, i + 1), (-1, i + 1), "CENTER"),
                  ("VALIGN", (0, i + 1), (-1, i + 1), "TOP")]
    return style


class Shrinking(Flowable):
    """Flowables kept together on one page, made by `build(room)` with the largest
    `room` from `most` down to `least` that fits what is left of the page: a signature
    block signs a little tighter rather than leave half a page empty. When even `least`
    does not fit, it asks for its full size and goes to the next page whole; taller than
    a whole page (`page`) even so, it flows as its parts do."""

    def __init__(self, build, most: float, least: float, page: float, step: float = 2):
        super().__init__()
        self._build, self._most, self._least, self._step = build, most, least, step
        self._page = page
        self._parts: list[tuple[Flowable, float, float, float]] = []

    def content(self, room: float | None = None) -> list[Flowable]:
        """The flowables as built with `room` (the most room by default)."""
        return self._build(self._most if room is None else room)

    def _lay(self, width: float, room: float) -> float:
        self._parts, height = [], 0.0
        for f in self._build(room):
            _, h = f.wrap(width, PAGE_H)
            before = f.getSpaceBefore()
            self._parts.append((f, before, h, f.getSpaceAfter()))
            height += before + h + f.getSpaceAfter()
        return height

    def wrap(self, availWidth, availHeight):
        room = self._most
        while True:
            height = self._lay(availWidth, room)
            if height <= availHeight or room - self._step < self._least:
                break
            room -= self._step
        if height > availHeight:
            height = self._lay(availWidth, self._most)
        self.width, self.height = availWidth, height
        return availWidth, height

    def split(self, availWidth, availHeight):
        if self._lay(availWidth, self._least) > self._page:
            return self._build(self._least)
        return []       # never parted: a page of its own if it must

    def draw(self):
        y = self.height
        for f, before, h, after in self._parts:
            y -= before + h
            f.drawOn(self.canv, 0, y)
            y -= after
