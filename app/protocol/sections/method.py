"""Section 2, the method: the criteria with their maxima and weights, how a score is
made, ties, the winners' rule and rounding (the regulation's words: app.protocol.
regulation)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.protocol import regulation
from app.protocol.fonts import BOLD
from app.protocol.layout import FRAME_W, fit_words, table, wrap
from app.protocol.sections.context import Context, each, free, titled


def method(ctx: Context) -> list[Flowable]:
    t, s = ctx.texts, ctx.competition.settings
    # the rule of marking and its criteria read as one: a page break never parts them
    out = _criteria(ctx)
    out.append(Spacer(1, 2 * mm))

    if s.normalize == "zscore":
        out += each(t.each("method.zscore"))
    out += regulation.aggregation(ctx) or \
        each(t.each(f"method.{s.method}", trim=s.trim, least=2 * s.trim + 1))
    out += _ties(ctx) + _winners_rule(ctx)
    out += each(t.each("method.cut"))
    out += regulation.rounding(ctx) or each(t.each("method.rounding"))
    out += regulation.rules(ctx)
    v = ctx.verification
    if v is not None and (v.required or v.verified or v.conflicts):
        out += each(t.each("method.verified", verified=v.verified, total=v.to_verify))
    out += each(t.each("method.statement"))
    out += regulation.worked_example(ctx)
    return out


def _criteria(ctx: Context) -> list[Flowable]:
    """The heading, the rule of marking and the table of criteria under it."""
    t, c = ctx.texts, ctx.competition
    s = c.settings
    intro = [Paragraph(escape(t("method.heading")), free("h1"))] + each(t.each(
        "method.criteria", step=lambda lang: lang.count("point", s.score_step),
        max_total=lambda lang: lang.count("point", c.max_total)))
    rows: list[list] = [[t.stacked(f"method.col.{col}")
                         for col in ("no", "criterion", "max", "weight", "weighted")]]
    widths = [24, 0, 46, 46, 70]
    widths[1] = FRAME_W - sum(widths)
    widths = fit_words(widths, {**{i: [rows[0][i]] for i in (0, 2, 3, 4)},
                                1: [rows[0][1], t("method.col.total")]
                                + [k.name for k in c.criteria]}, 1)
    for i, k in enumerate(c.criteria, 1):
        rows.append([str(i), wrap(k.name, widths[1]), t.plain_number(k.max),
                     t.plain_number(k.weight), t.plain_number(k.max * k.weight)])
    rows.append(["", t("method.col.total"), "", "", t.plain_number(c.max_total)])
    rows[-1][1] = wrap(rows[-1][1], widths[1], BOLD)
    criteria = table(rows, widths, numeric=(0, 2, 3, 4), extra=[
        ("FONTNAME", (0, -1), (-1, -1), BOLD), ("LINEABOVE", (0, -1), (-1, -1), 0.6, "black")])
    return titled(intro, criteria)


def _ties(ctx: Context) -> list[Flowable]:
    """The criteria that break a tie, in their order, or that none does."""
    t, c = ctx.texts, ctx.competition
    names = {k.code: k.name for k in c.criteria}
    tie_names = [names[code] for code in c.settings.tie_break if code in names]
    if not tie_names:
        return each(t.each("method.ties_none"))
    listed = "; ".join(f"{i}) {name}" for i, name in enumerate(tie_names, 1))
    return each(t.each("method.ties", criteria=listed))


def _winners_rule(ctx: Context) -> list[Flowable]:
    """How many win: per group, overall, or none named."""
    t, s = ctx.texts, ctx.competition.settings
    if s.winners_per_group is not None:
        return each(t.each("method.winners_group", n=s.winners_per_group,
                           label=ctx.group_label))
    if s.winners_total is not None:
        return each(t.each("method.winners_total", n=s.winners_total))
    return each(t.each("method.winners_none"))
