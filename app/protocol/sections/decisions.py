"""Section 5, the jury's decisions: each tie at the winners' cut, who was chosen, the
votes and the reasons; decisions the marks have since overtaken."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.model import Project
from app.protocol.layout import FRAME_W, fit_words, table, wrap
from app.protocol.sections.context import Context, each, free, projects_by_code, titled
from app.protocol.texts import SEPARATOR


def decisions(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    head: list[Flowable] = [Paragraph(escape(t("decisions.heading")), free("h1"))]
    out: list[Flowable] = []
    ties = ctx.results.ties_at_cut
    projects = projects_by_code(ctx.competition)
    header = [t.stacked(f"decisions.col.{col}") for col in ("code", "project", "decision",
                                                            "votes", "reason")]
    widths = _widths(ctx, header)
    if not ties:
        out.append(KeepTogether(head + each(t.each("decisions.none"))))
        head = []
    for tie in ties:
        out += _tie(ctx, tie, head, [header] + [_tied_row(ctx, tie, code, projects, widths)
                                                for code in tie.tied], widths)
        head = []
    return out + _stale(ctx, head, header, widths)


def _widths(ctx: Context, header: list[str]) -> list[float]:
    """Code, project, decision, votes, reason: wide enough for every word they hold."""
    t = ctx.texts
    widths = [44, 120, 70, 96, 0]
    widths[4] = FRAME_W - sum(widths)
    verdicts = [t("decisions.winner"), t("decisions.not_winner"), t("decisions.undecided"),
                t("decisions.pending_winner"), t("decisions.pending_not_winner")]
    decided = ctx.competition.decisions.values()
    votes = [_votes(ctx, d) for d in decided]
    return fit_words(widths, {0: [header[0]] + [code for tie in ctx.results.ties_at_cut
                                                for code in tie.tied],
                              1: [header[1]] + [p.title for p in ctx.competition.projects],
                              2: [header[2]] + verdicts, 3: [header[3]] + votes,
                              4: [header[4]] + [d.reason for d in decided]}, (1, 4))


def _tie(ctx: Context, tie, head: list[Flowable], rows: list[list],
         widths: list[float]) -> list[Flowable]:
    """One tie: what tied and on what score, then the table of its projects."""
    t = ctx.texts
    facts = dict(tied=", ".join(tie.tied),
                 score=lambda lang, v=tie.score: lang.number(v),
                 places=lambda lang, n=tie.places: lang.count("place", n))
    intro = t.each("decisions.tie_total", **facts) if tie.scope is None else \
        t.each("decisions.tie_group", label=ctx.group_label, group=tie.scope, **facts)
    out = titled(head + each(intro), table(rows, widths))
    if tie.undecided and (tie.chosen or tie.refused):
        out += each(t.each("decisions.open"))
    out.append(Spacer(1, 3 * mm))
    return out


def _tied_row(ctx: Context, tie, code: str, projects: dict[str, Project],
              widths: list[float]) -> list[str]:
    r = ctx.results.project(code)
    d = r.decision if r is not None and not r.decision_stale else None
    title = projects[code].title if code in projects else ""
    return [wrap(code, widths[0]), wrap(title, widths[1]),
            wrap(_verdict(ctx, tie, d), widths[2]),
            wrap(_votes(ctx, d) if d else "", widths[3]),
            wrap(d.reason if d else "", widths[4])]


def _verdict(ctx: Context, tie, d) -> str:
    t = ctx.texts
    if d is None:
        return t("decisions.undecided")
    if tie.undecided:     # recorded, but the tie is decided whole or not at all
        return t("decisions.pending_winner") if d.winner else \
            t("decisions.pending_not_winner")
    return t("decisions.winner") if d.winner else t("decisions.not_winner")


def _stale(ctx: Context, head: list[Flowable], header: list[str],
           widths: list[float]) -> list[Flowable]:
    """Decisions recorded on marks that have changed since: listed, no longer in force."""
    t = ctx.texts
    stale = [r for r in ctx.results.projects if r.decision is not None and r.decision_stale]
    if not stale:
        return []
    rows = [header]
    for r in stale:
        d = r.decision
        verdict = t("decisions.winner") if d.winner else t("decisions.not_winner")
        rows.append([wrap(r.code, widths[0]), wrap(r.title, widths[1]),
                     wrap(verdict, widths[2]), wrap(_votes(ctx, d), widths[3]),
                     wrap(d.reason, widths[4])])
    return titled(head + each(t.each("decisions.stale")), table(rows, widths))


def _votes(ctx: Context, d) -> str:
    """How the jury voted on a decision: "за — 4, против — 2, воздержались — 0", and the
    chair's casting vote when it settled a tied vote."""
    t = ctx.texts
    if d.votes is None:
        return t("decisions.no_votes")
    yes, no, abstain = d.votes
    text = SEPARATOR.join(lang("decisions.votes", yes=yes, no=no, abstain=abstain)
                          + ("; " + lang("decisions.casting") if d.casting else "")
                          for lang in t.languages)
    return text
