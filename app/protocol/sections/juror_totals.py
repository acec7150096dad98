"""The annex of marks by juror: every juror's total for every project."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from app.model import Juror
from app.protocol.fonts import BOLD
from app.protocol.layout import CELL_SIZE, FRAME_W, PAD_H, fit_words, table, wrap
from app.protocol.sections.context import MIN_BLOCK, Context, each, para
from app.scoring import ProjectResult

ANNEX_CODE_W, ANNEX_SCORE_W = 56, 50
ANNEX_MAX_JURORS = 12   # per part: more columns than this are hard to follow across


def annex(ctx: Context) -> list[Flowable]:
    """Every juror's total for every project, in parts of as many juror columns as the
    widest figure allows, so that nothing is cut off however many jurors there are."""
    t, c = ctx.texts, ctx.competition
    jurors = list(c.scoring_jurors)
    out: list[Flowable] = [PageBreak(), para(t("annex.heading"), "h1")]
    out += each(t.each("annex.intro", recused=t.symbol("annex.recused"),
                       absent=t.symbol("annex.absent")))
    if c.settings.normalize == "zscore":
        out += each(t.each("annex.intro_zscore"))
    if not jurors or not c.projects:
        return out
    out += _legend(ctx, jurors)

    by_code = {r.code: r for r in ctx.results.projects}
    running = c.running_order
    cells = {p.code: _annex_cells(ctx, by_code.get(p.code), jurors) for p in running}
    sizes = _sizes(ctx, jurors, cells)
    code_w, col_w, score_w = sizes
    blocks = _balanced(jurors, int((FRAME_W - code_w - score_w) // col_w))
    for n, block in enumerate(blocks, 1):
        caption = t("annex.part", part=n, parts=len(blocks)) if len(blocks) > 1 else None
        scores = by_code if n == len(blocks) else None
        out.append(CondPageBreak(MIN_BLOCK))
        out.append(_part(ctx, block, cells, sizes, scores, caption))
    return out


def _sizes(ctx: Context, jurors: list[Juror],
           cells: dict[str, dict[str, str]]) -> tuple[float, float, float]:
    """The widths of the code column, of each juror's column and of the score column."""
    t = ctx.texts
    col_w = _column_width({v for row in cells.values() for v in row.values()}
                          | {j.code for j in jurors})
    code_w, _, score_w = fit_words(
        [ANNEX_CODE_W, FRAME_W, ANNEX_SCORE_W],
        {0: [t.stacked("annex.col.code")] + [p.code for p in ctx.competition.running_order],
         2: [t.stacked("annex.col.score")] + [t.number(r.score) for r in ctx.results.projects]},
        1)
    return code_w, col_w, score_w


def _legend(ctx: Context, jurors: list[Juror]) -> list[Flowable]:
    """The jurors' codes and names, which the tables' columns are headed by."""
    t = ctx.texts
    legend = [[t.stacked("jury.col.code"), t.stacked("annex.legend")]]
    legend_w = fit_words([44, FRAME_W - 44], {0: legend[0][:1] + [j.code for j in jurors],
                                              1: legend[0][1:] + [j.name for j in jurors]}, 1)
    legend += [
        [wrap(j.code, legend_w[0]), wrap(j.name, legend_w[1])] for j in jurors]
    return [table(legend, legend_w), Spacer(1, 4 * mm)]


def _part(ctx: Context, block: list[Juror], cells: dict[str, dict[str, str]],
          sizes: tuple[float, float, float], scores: dict[str, ProjectResult] | None,
          caption: str | None):
    """One part of the table: the `block` of jurors' columns, and the score column when
    `scores` is given (the last part)."""
    t = ctx.texts
    code_w, col_w, score_w = sizes
    last = scores is not None
    widths = [code_w] + [col_w] * len(block) + ([score_w] if last else [])
    rows = [[t.stacked("annex.col.code")] + [j.code for j in block]
            + ([t.stacked("annex.col.score")] if last else [])]
    for p in ctx.competition.running_order:
        row = [wrap(p.code, code_w)] + [cells[p.code][j.code] for j in block]
        if last:
            r = scores.get(p.code)
            row.append(t.number(r.score if r else None))
        rows.append(row)
    first = 2 if caption else 1
    bold_score = [("FONTNAME", (len(widths) - 1, first), (-1, -1), BOLD)] if last else []
    return table(rows, widths, numeric=tuple(range(1, len(widths))), extra=bold_score,
                 caption=caption)


def _annex_cells(ctx: Context, r: ProjectResult | None, jurors: list[Juror]) -> dict[str, str]:
    """One project's line of the annex: juror code -> what the cell shows."""
    t = ctx.texts
    if r is None or r.withdrawn:
        return {j.code: t.symbol("annex.missing") for j in jurors}
    partial = {juror for juror, _ in r.missing}
    out = {}
    for j in jurors:
        total = r.juror_totals.get(j.code)
        if j.code in r.recused:
            out[j.code] = t.symbol("annex.recused")
        elif j.code in r.absent:
            out[j.code] = t.symbol("annex.absent")
        elif total is None:
            out[j.code] = t.symbol("annex.missing")
        else:
            out[j.code] = t.number(total) + (t.symbol("annex.partial") if j.code in partial
                                             else "")
    return out


def _column_width(texts: set[str]) -> float:
    widest = max((stringWidth(s, BOLD, CELL_SIZE) for s in texts), default=0)
    return max(widest + 2 * PAD_H + 2, 30)


def _balanced(items: list, per_part: int) -> list[list]:
    """`items` in as few parts as `per_part` allows, the parts as equal as can be."""
    per_part = max(1, min(per_part, ANNEX_MAX_JURORS))
    parts = -(-len(items) // per_part)
    size = -(-len(items) // parts)
    return [items[i:i + size] for i in range(0, len(items), size)]
