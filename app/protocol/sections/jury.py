"""Section 1, the jury: who sat on it, in what role, present or not, and the quorum."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from app import meeting
from app.protocol.fonts import REGULAR
from app.protocol.layout import CELL_SIZE, FRAME_W, PAD_H, fit_words, table, wrap
from app.protocol.sections.context import (Context, each, free, jurors_in_order, para,
                                            titled)


def jury(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    members = jurors_in_order(ctx.competition)
    if not members:
        return [para(t("jury.heading"), "h1")] + each(t.each("jury.none"))
    rows: list[list] = [[t.stacked(f"jury.col.{col}") for col in
                         ("no", "code", "name", "position", "role", "attendance")]]
    # a name on one line when the longest fits in 180 points, the position gets the rest
    names_w = max(stringWidth(j.name, REGULAR, CELL_SIZE) for j in members) + 2 * PAD_H + 1
    widths = [24, 36, min(max(names_w, 130), 150), 0, 58, 56]
    widths[3] = FRAME_W - sum(widths)
    roles = [t(f"role.short.{j.role}") for j in members]
    present = [t(f"attendance.{j.attendance}") for j in members]
    widths = fit_words(widths, {0: [rows[0][0]], 1: [rows[0][1]] + [j.code for j in members],
                                2: [rows[0][2]] + [j.name for j in members],
                                3: [rows[0][3]] + [j.position for j in members],
                                4: [rows[0][4]] + roles, 5: [rows[0][5]] + present}, 3)
    for i, j in enumerate(members, 1):
        rows.append([str(i), wrap(j.code, widths[1]), wrap(j.name, widths[2]),
                     wrap(j.position, widths[3]), wrap(t(f"role.short.{j.role}"), widths[4]),
                     wrap(t(f"attendance.{j.attendance}"), widths[5])])
    out = titled([Paragraph(escape(t("jury.heading")), free("h1"))],
                 table(rows, widths, numeric=(0,)))
    out.append(Spacer(1, 2 * mm))
    key, values = _quorum_text(ctx)
    return out + each(t.each(key, **values))


def _quorum_text(ctx: Context) -> tuple[str, dict]:
    """The quorum statement: who took part, and whether the meeting could decide."""
    q = meeting.quorum(ctx.competition)
    key = "jury.quorum_none" if q.share is None else "jury.quorum" if q.met else \
        "jury.no_quorum"
    return key, dict(taking=q.taking_part, scoring=q.scoring, present=q.present,
                     remote=q.remote, share=q.share_text(), needed=q.needed)
