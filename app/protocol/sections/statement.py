"""The annex: the consolidated statement of marks (сводная ведомость оценок). Per
project, in running order by group: every juror's mark on every criterion, recused,
absent and missing cells marked, each juror's total, then the score worked out as
section 2 says (panel scores, each rounding, the adjustment), the score and the places;
the jurors' comments under it. Anyone can recompute every score and every place.

Portrait pages, like the rest of the protocol (one page size for binding, checking and
comparing a reprint): the criteria are numbered columns, their maximum and weight in
the header, and the type steps down from 8.5 to 6.5 points when many criteria need the
room (`SIZES`); ten criteria fit at 8.5 points with the longest names.

One table per project (its group and project line repeated on each page it continues
on), built with plain strings and shared cell styles (`statement_table`): a statement
of 1,000 projects × 25 jurors is 25,000 rows, drawn at about bare reportlab's speed.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from app.model import Juror, Project
from app.protocol.regulation import exact_number, places_words
from app.protocol.sections.context import Context, each, jurors_in_order, para
from app.protocol.sections.statement_table import SPANNED, block_height, statement_table
from app.protocol.sections.statement_widths import Part, layout
from app.scoring import ProjectResult
from app.scoring.statement import Working, workings



@dataclass
class Block:
    """One project's table before it is measured: rows of plain strings, and what kind
    each row is (juror, working, result, comment), which sets its style."""

    project: Project
    caption: str
    rows: list[list[str]]
    kinds: list[str]


def statement(ctx: Context) -> list[Flowable]:
    c = ctx.competition
    out = _intro(ctx)
    jurors = [j for j in jurors_in_order(c) if j.scores]
    if not jurors or not c.projects:
        return out
    work = workings(c)
    by_code = {r.code: r for r in ctx.results.projects}
    columns = _columns(ctx)
    blocks = [_block(ctx, p, by_code.get(p.code), work.get(p.code), jurors, columns)
              for p in _in_group_order(ctx)]
    return out + _tables(ctx, blocks, columns)


def _tables(ctx: Context, blocks: list[Block], columns: Columns) -> list[Flowable]:
    """Each block's table (tables, when the criteria come in parts), each moved on to
    the next page whole if it is short and does not fit (statement_table.block_height)."""
    criteria = len(columns.criteria)
    size, parts = layout([(b.kinds, b.rows) for b in blocks], criteria,
                         columns.count - 1 - criteria)
    out: list[Flowable] = []
    for block in blocks:
        for n, part in enumerate(parts, 1):
            which = ctx.texts("statement.part", part=n, parts=len(parts))
            caption = block.caption if len(parts) == 1 else f"{block.caption} ({which})"
            kinds, rows = _part_rows(block, part, criteria)
            table = statement_table(caption, rows, kinds, part.widths, size)
            out += [CondPageBreak(block_height(table)), table]
    return out


def _part_rows(block: Block, part: Part, criteria: int) -> tuple[list[str], list[list[str]]]:
    """The block's rows with only `part`'s criteria columns (every row, when there is one
    part); the working's sum, the result rows and the comments in the last part only."""
    kinds, rows = [], []
    for kind, row in zip(block.kinds, block.rows):
        if kind in SPANNED and not part.last:
            continue
        tail = row[1 + criteria:]
        width = 1 + len(part.criteria) + len(tail)
        if kind in ("result", "score"):
            row = [row[0]] + [""] * (width - 2) + [row[-1]]
        elif kind == "comment":
            row = [row[0]] + [""] * (width - 1)
        else:
            if kind == "working" and not part.last:
                tail = [""] * len(tail)
            row = [row[0]] + [row[1 + i] for i in part.criteria] + tail
        kinds.append(kind)
        rows.append(row)
    return kinds, rows


def _intro(ctx: Context) -> list[Flowable]:
    """The heading, what the statement holds, its symbols and the method's words."""
    t, s = ctx.texts, ctx.competition.settings
    out: list[Flowable] = [PageBreak(), para(t("statement.heading"), "h1")]
    out += each(t.each("statement.intro"))
    out += each(t.each("statement.legend", **_symbols(ctx)))
    out += each(t.each("statement.method", method=_method_words(ctx)))
    if s.method != "mean":
        out += each(t.each("statement.left_out"))
    if s.normalize == "zscore":
        out += each(t.each("statement.zscore"))
    return out


def _symbols(ctx: Context) -> dict[str, str]:
    t = ctx.texts
    return {key: t.symbol(f"annex.{key}") for key in ("recused", "absent", "missing",
                                                       "partial")}


def _method_words(ctx: Context):
    s = ctx.competition.settings
    of = "of_totals" if s.aggregate == "juror" else "of_marks"
    return lambda lang: lang(f"statement.{of}.{s.method}", trim=s.trim)


def _in_group_order(ctx: Context) -> list[Project]:
    """Projects in running order within each group, groups as the ranking has them."""
    groups = {g: i for i, g in enumerate(ctx.competition.groups)}
    return sorted(ctx.competition.running_order, key=lambda p: groups.get(p.group, 0))


# ----- columns ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Columns:
    """Juror, one per criterion, the total, and (when the regulation has them) the
    rounded total the method takes and the z-score normalised total."""

    criteria: tuple[str, ...]
    rounded: bool
    normalised: bool

    @property
    def count(self) -> int:
        return 2 + len(self.criteria) + self.rounded + self.normalised


def _columns(ctx: Context) -> Columns:
    s = ctx.competition.settings
    return Columns(tuple(k.code for k in ctx.competition.criteria),
                   s.aggregate == "juror" and s.rounding_weighted is not None,
                   s.normalize == "zscore")


def _header(ctx: Context, columns: Columns) -> list[str]:
    t = ctx.texts
    row = [t.stacked("statement.col.juror")]
    row += [f"{i}\n≤{t.plain_number(k.max)}\n×{t.plain_number(k.weight)}"
            for i, k in enumerate(ctx.competition.criteria, 1)]
    row.append(t.stacked("statement.col.total"))
    if columns.rounded:
        row.append(t.stacked("statement.col.rounded"))
    if columns.normalised:
        row.append(t.stacked("statement.col.normalised"))
    return row


# ----- one project's block -----------------------------------------------------------------
def _block(ctx: Context, p: Project, r: ProjectResult | None, w: Working | None,
           jurors: list[Juror], columns: Columns) -> Block:
    title = ctx.texts("item", code=p.code, name=p.title)
    caption = f"{ctx.group_heading(p.group)}\n{title}" if p.group else title
    rows, kinds = [_header(ctx, columns)], ["header"]
    for j in jurors:
        rows.append(_juror_row(ctx, p, j, r, w, columns))
        kinds.append("juror")
    for kind, row in _working_rows(ctx, w, columns) + _result_rows(ctx, r, w, columns):
        rows.append(row)
        kinds.append(kind)
    for text in _comments(ctx, p):
        rows.append([text] + [""] * (columns.count - 1))
        kinds.append("comment")
    return Block(p, caption, rows, kinds)


def _juror_row(ctx: Context, p: Project, j: Juror, r: ProjectResult | None,
               w: Working | None, columns: Columns) -> list[str]:
    t, c = ctx.texts, ctx.competition
    label = j.code if j.name == j.code else t("item", code=j.code, name=j.name)
    away = _away(ctx, j, p)
    if away:
        return [label] + [away] * (columns.count - 1)
    marks = [_mark(ctx, c.marks.get((j.code, p.code, k)), (j.code, k), w)
             for k in columns.criteria]
    return [label] + marks + _totals(ctx, j, r, w, columns)


def _away(ctx: Context, j: Juror, p: Project) -> str:
    """"R" for a recusal, "A" for an absence (a recusal wins when both), else ""."""
    pair = (j.code, p.code)
    if pair in ctx.competition.recusals:
        return ctx.texts.symbol("annex.recused")
    if pair in ctx.competition.absences:
        return ctx.texts.symbol("annex.absent")
    return ""


def _mark(ctx: Context, mark: float | None, key: tuple[str, str], w: Working | None) -> str:
    if mark is None:
        return ctx.texts.symbol("annex.missing")
    text = ctx.texts.plain_number(mark)
    return f"[{text}]" if w is not None and key in w.left_out else text


def _totals(ctx: Context, j: Juror, r: ProjectResult | None, w: Working | None,
            columns: Columns) -> list[str]:
    """The juror's total, the rounded total and the normalised one, as the columns go."""
    t = ctx.texts
    missing = t.symbol("annex.missing")
    if w is None or j.code not in w.totals:
        return [missing] * (1 + columns.rounded + columns.normalised)
    partial = t.symbol("annex.partial") if any(x == j.code for x, _ in r.missing) else ""
    left = j.code in w.left_out

    def shown(text: str) -> str:
        return f"[{text}]" if left else text

    out = [(shown(exact_number(t.first, w.totals[j.code])) if not columns.rounded
            else exact_number(t.first, w.totals[j.code])) + partial]
    if columns.rounded:
        out.append(shown(exact_number(t.first, w.used[j.code])))
    if columns.normalised:
        out.append(t.number(r.used_totals.get(j.code)))
    return out


def _working_rows(ctx: Context, w: Working | None,
                  columns: Columns) -> list[tuple[str, list[str]]]:
    """The panel scores, each rounding and the weighted parts (aggregate criterion), or
    the method over the totals (aggregate juror)."""
    if w is None or ctx.competition.settings.normalize == "zscore":
        return []
    if ctx.competition.settings.aggregate == "juror":
        return [("result", _result(ctx, "statement.panel_totals", w.panel, columns))]
    return _criterion_rows(ctx, w, columns)


def _criterion_rows(ctx: Context, w: Working,
                    columns: Columns) -> list[tuple[str, list[str]]]:
    """Per criterion: its panel score, rounded (when the regulation says), weighted; the
    sum of the weighted parts under the total (aggregate criterion has just that one
    column after the criteria)."""
    t, s = ctx.texts, ctx.competition.settings
    panels = {p.criterion: p for p in w.panels}

    def row(key: str, value, last: str = "", **words) -> tuple[str, list[str]]:
        return "working", [t(key, **words)] + [
            exact_number(t.first, value(panels[k])) if k in panels
            else t.symbol("annex.missing") for k in columns.criteria] + [last]

    out = [row("statement.panel", lambda p: p.panel)]
    if s.rounding_criterion is not None:
        out.append(row("statement.rounded", lambda p: p.rounded,
                       to=lambda lang: places_words(lang, s.rounding_criterion)))
    key = "statement.weighted" if s.rounding_weighted is None else "statement.weighted_rounded"
    out.append(row(key, lambda p: p.weighted, exact_number(t.first, w.unrounded),
                   to=lambda lang: places_words(lang, s.rounding_weighted or 0)))
    return out


def _result(ctx: Context, key: str, value: Fraction | str | None, columns: Columns,
            **words) -> list[str]:
    """A row whose label spans to the last column, where its value is."""
    text = value if isinstance(value, str) else \
        ctx.texts.symbol("annex.missing") if value is None else \
        exact_number(ctx.texts.first, value)
    return [ctx.texts(key, **words)] + [""] * (columns.count - 2) + [text]


def _result_rows(ctx: Context, r: ProjectResult | None, w: Working | None,
                 columns: Columns) -> list[tuple[str, list[str]]]:
    """The score's last rounding, the adjustment, the score, the places."""
    t = ctx.texts
    out = _after_panel(ctx, w, columns) if w is not None else []
    score = t.number(r.score) if r is not None else t.symbol("annex.missing")
    out.append(("score", _result(ctx, "statement.score", score, columns)))
    for key, place in (("statement.place_group", r.group_rank if r else None),
                       ("statement.place_total", r.rank if r else None)):
        out.append(("result", _result(ctx, key, "–" if place is None else str(place),
                                      columns)))
    if r is not None and r.withdrawn:
        out.append(("result", _result(ctx, "note.withdrawn", "", columns)))
    return out


def _after_panel(ctx: Context, w: Working, columns: Columns) -> list[tuple[str, list[str]]]:
    """The `score` rounding (when the regulation has it) and the adjustment (if any)."""
    s = ctx.competition.settings
    out = []
    if w.rounded is not None and s.rounding_score is not None:
        out.append(("result", _result(ctx, "statement.score_rounded", w.rounded, columns,
                                      to=lambda lang: places_words(lang, s.rounding_score))))
    if w.adjustment:
        sign = "+" if w.adjustment > 0 else ""
        out.append(("result", _result(ctx, "statement.adjustment", sign + exact_number(
            ctx.texts.first, w.adjustment), columns)))
    return out


def _comments(ctx: Context, p: Project) -> list[str]:
    """The jurors' comments on the project: jurors in their order, each one's comment on
    the whole project before those on its criteria (in the criteria's order)."""
    c = ctx.competition
    found = [(key, text) for key, text in c.comments.items() if key[1] == p.code]
    if not found:
        return []
    jurors = {j.code: (i, j.name) for i, j in enumerate(c.jurors)}
    criteria = {k.code: (i, k.name) for i, k in enumerate(c.criteria)}
    lines = []
    for (j, _p, k), text in found:
        order, who = jurors.get(j, (1 << 30, j))
        place, criterion = criteria.get(k, (-1, ""))
        what = f"{who} ({criterion})" if criterion else who
        lines.append((order, place, j, k, f"{what}: {text}"))
    return [ctx.texts("statement.comments")] + [line[-1] for line in sorted(lines)]
