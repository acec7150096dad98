"""Section 4, the winners: the jury's resolution, the winners by group, ties at the cut
still open, and whether leaving out any one juror would change the winners."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from app.model import Project
from app.protocol.layout import STYLES, table
from app.protocol.sections.context import (MIN_BLOCK, Context, each, free, para,
                                            projects_by_code, titled)
from app.protocol.sections.ranking import project_row, rank_widths, ranking_header
from app.scoring import ProjectResult


def winners(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    head = _heading(ctx)
    out: list[Flowable] = []
    projects = projects_by_code(ctx.competition)
    widths = rank_widths(ctx, 0)    # no notes: their room goes to title and organisation
    for group, results in ctx.by_group():
        chosen = [r for r in results if r.winner]
        open_ties = _undecided(ctx, group)
        if chosen or open_ties:
            out += _group(ctx, group, head, chosen, projects, widths)
            out.extend(_open_ties(ctx, open_ties))
            head = []
    overall = _undecided(ctx, None)
    if overall:
        out.extend(head + _open_ties(ctx, overall))
        head = []
    if not out:     # no winner in any group and no tie left open
        out += [KeepTogether(head + each(t.each("winners.none")))]
    return out


def _heading(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    head: list[Flowable] = [Paragraph(escape(t("winners.heading")), free("h1"))]
    if any(r.winner for r in ctx.results.projects):
        # the operative wording of a commission's protocol, above what it resolves
        head += [Paragraph(f"<b>{escape(text)}</b>", STYLES["body"])
                 for text in t.each("winners.resolved")]
    return head


def _undecided(ctx: Context, scope: str | None) -> list:
    """The ties at the cut still undecided in a group (`scope`), or overall (None)."""
    return [tie for tie in ctx.results.ties_at_cut if tie.undecided and tie.scope == scope]


def _group(ctx: Context, group: str, head: list[Flowable], chosen: list[ProjectResult],
           projects: dict[str, Project], widths: list[float]) -> list[Flowable]:
    """One group's winners under its heading (and the section's `head`, for the first),
    or its heading alone when only an open tie is left in it."""
    if not chosen:
        return [KeepTogether(head + [para(ctx.group_heading(group), "h2")])]
    rows = [ranking_header(ctx)[:5]]
    rows += [project_row(ctx, r, projects, widths) for r in chosen]
    body = table(rows, widths, numeric=(0, 4), caption=ctx.group_heading(group))
    return titled(head, body) if head else [CondPageBreak(MIN_BLOCK), body]


def influence(ctx: Context) -> list[Flowable]:
    """On the protocol for signature: would leaving out any one juror's marks change the
    winners (app.scoring.influence)? One line, or one per different outcome. A draft
    leaves it out: it is for checking the marks, and on 200,000 marks the question costs
    a ranking per juror."""
    if ctx.draft:
        return []
    from app.scoring.influence import influence_groups, without_each

    t = ctx.texts
    groups = influence_groups(without_each(ctx.competition, ctx.results))
    head = Paragraph(f"<b>{escape(t('influence.heading'))}</b>", STYLES["body"])
    if not groups:
        return [KeepTogether([head] + each(t.each("influence.none")))]
    lines = [text for kind, jurors, values in groups
             for text in t.each(f"influence.{kind}", **values,
                                jurors=lambda lang, js=jurors: lang("influence.or").join(js))]
    return [KeepTogether([head] + each(lines))]


def _open_ties(ctx: Context, ties) -> list[Flowable]:
    t = ctx.texts
    return [Paragraph(f"<b>{escape(text)}</b>", STYLES["body"]) for tie in ties
            for text in t.each("winners.open",
                               places=lambda lang, n=tie.places: lang.count("place", n),
                               codes=", ".join(tie.tied),
                               score=lambda lang, v=tie.score: lang.number(v))]
