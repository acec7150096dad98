"""Section 6, recusals and absences: which juror did not mark which project, and why."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.protocol.layout import FRAME_W, fit_words, table, wrap
from app.protocol.sections.context import Context, each, free, titled


def absences(ctx: Context) -> list[Flowable]:
    t, c = ctx.texts, ctx.competition
    out: list[Flowable] = [Paragraph(escape(t("absence.heading")), free("h1"))]
    widths = [150, 0, 120]
    widths[1] = FRAME_W - sum(widths)
    rows: list[list] = [[t.stacked(f"absence.col.{col}") for col in ("juror", "project",
                                                                     "kind")]]
    names = [t("item", code=j.code, name=j.name) for j in c.jurors]
    titles = [t("item", code=p.code, name=p.title) for p in c.projects]
    widths = fit_words(widths, {0: rows[0][:1] + names, 1: rows[0][1:2] + titles,
                                2: rows[0][2:] + [t("absence.recused"), t("absence.absent")]},
                       (0, 1))
    for j in c.jurors:
        for p in c.running_order:
            pair = (j.code, p.code)
            kind = "absence.recused" if pair in c.recusals else \
                "absence.absent" if pair in c.absences else None
            if kind:
                rows.append([wrap(t("item", code=j.code, name=j.name), widths[0]),
                             wrap(t("item", code=p.code, name=p.title), widths[1]),
                             wrap(t(kind), widths[2])])
    if len(rows) == 1:
        return [KeepTogether(out + each(t.each("absence.none")))]
    return titled(out, table(rows, widths))
