"""Section 3, the ranking: every project by group, best first, with the notes a reader
must know about its line (a winner, a tie and how it was broken, recusals, ...)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from app.model import Project
from app.protocol.fonts import BOLD, REGULAR
from app.protocol.layout import CELL_SIZE, FRAME_W, PAD_H, fit_words, table, wrap
from app.protocol.sections.context import (MIN_BLOCK, Context, each, free, para,
                                            projects_by_code, titled)
from app.protocol.texts import SEPARATOR
from app.scoring import ProjectResult

PLACE_W, CODE_W, SCORE_W = 34, 44, 42
NOTES_MIN, NOTES_MAX = 50, 120


def rank_widths(ctx: Context, notes_w: float, notes: list[str] = ()) -> list[float]:
    """Place, code, title, organisation, score, notes: title and organisation share what
    the notes leave, so short notes give the titles room to stay on one line. Place, code
    and score are as wide as their headers' words and the widest code or score need;
    no word of a title, an organisation or a note is wider than its column."""
    header = ranking_header(ctx)
    c = ctx.competition
    rest = FRAME_W - PLACE_W - CODE_W - SCORE_W - notes_w
    widths = [PLACE_W, CODE_W, rest * 0.56, rest * 0.44, SCORE_W, notes_w]
    columns = {0: [header[0]], 1: [header[1]] + [p.code for p in c.projects],
               2: [header[2]] + [p.title for p in c.projects],
               3: [header[3]] + [p.organization for p in c.projects],
               4: [header[4]] + [ctx.texts.number(r.score) for r in ctx.results.projects]}
    if notes_w:
        columns[5] = [header[5], *notes]
    else:
        widths = widths[:5]
    return fit_words(widths, columns, (2, 3))


def _place(ctx: Context, r: ProjectResult) -> str:
    value = r.group_rank if ctx.competition.settings.winners_total is None else r.rank
    return "–" if value is None else str(value)


def notes(ctx: Context, r: ProjectResult) -> str:
    """The notes column: what a reader must know about this project's line (in two
    languages, all notes in the first, then on a new line all in the second)."""
    # message ids and their values
    out = _standing_notes(r) + _tie_notes(ctx, r) + _marks_notes(ctx, r)
    if not out:
        return ""
    # in two languages: all notes in the first, a slash, then all in the second
    return SEPARATOR.join(dict.fromkeys(lang("note.join").join(lang(key, **values)
                                                              for key, values in out)
                                       for lang in ctx.texts.languages))


def _standing_notes(r: ProjectResult) -> list[tuple[str, dict]]:
    """Withdrawn or unscored; a winner, or a project the jury's decision refused."""
    out: list[tuple[str, dict]] = []
    valid = r.decision is not None and not r.decision_stale
    if r.withdrawn:
        out.append(("note.withdrawn", {}))
    elif r.unscored:
        out.append(("note.unscored", {}))
    if r.winner:
        out.append(("note.winner_decided" if valid else "note.winner", {}))
    elif valid and not r.decision_needed:     # a tie decided whole, not one still open
        out.append(("note.refused_decided", {}))
    return out


def _tie_notes(ctx: Context, r: ProjectResult) -> list[tuple[str, dict]]:
    """A decision still needed, a tie, a place the tie-break settled, a stale decision."""
    out: list[tuple[str, dict]] = []
    if r.decision_needed:
        out.append(("note.decision_needed", {}))
    if r.tie:
        out.append(("note.tie", {}))
    settled = _tie_break_note(ctx, r)
    if settled:
        out.append(settled)
    if r.decision_stale:
        out.append(("note.decision_stale", {}))
    return out


def _marks_notes(ctx: Context, r: ProjectResult) -> list[tuple[str, dict]]:
    """What about the marks a reader must know: recusals, absences, missing marks, the
    least winning score, an adjustment, comments a regulation required and lacks."""
    out: list[tuple[str, dict]] = []
    if r.recused:
        out.append(("note.recused", {"jurors": ", ".join(r.recused)}))
    if r.absent:
        out.append(("note.absent", {"jurors": ", ".join(r.absent)}))
    if r.missing and not r.withdrawn:
        out.append(("note.incomplete", {"count": len(r.missing)}))
    if r.below_min:
        out.append(("note.below_min", {"min": ctx.texts.plain_number(
            ctx.competition.settings.min_score)}))
    if r.adjustment:
        points = float(r.adjustment)
        out.append(("note.adjusted", {"points": ("+" if points > 0 else "−")
                                      + ctx.texts.plain_number(abs(points))}))
    if r.uncommented:
        out.append(("note.uncommented", {"jurors": ", ".join(r.uncommented)}))
    return out


def _tie_break_note(ctx: Context, r: ProjectResult) -> tuple[str, dict] | None:
    """A place the tie-break decided says so, with the values it compared: "ahead on
    Relevance 13,17 : 12,83" against the next project of the same score (or the one
    before, for the last of them)."""
    if r.score is None or not r.tie_break_values:
        return None
    other = _same_score_neighbour(ctx, r)
    if other is None:
        return None
    names = {k.code: k.name for k in ctx.competition.criteria}
    codes = ctx.competition.settings.tie_break
    for code, mine, theirs in zip(codes, r.tie_break_values, other.tie_break_values):
        if mine is None or theirs is None or abs(mine - theirs) < 1e-9:
            continue
        key = "note.tiebreak_ahead" if mine > theirs else "note.tiebreak_behind"
        return key, {"criterion": names.get(code, code),
                     "mine": lambda lang, v=mine: lang.number(v),
                     "theirs": lambda lang, v=theirs: lang.number(v)}
    return None


def _same_score_neighbour(ctx: Context, r: ProjectResult) -> ProjectResult | None:
    """The next project of `r`'s score in its ranking (its group's, or the overall one),
    or the one before for the last of them; None when no other has that score."""
    overall = ctx.competition.settings.winners_total is not None
    same = _same_score(ctx, r, overall)
    mine = _rank_in(r, overall)
    below = [o for o in same if _rank_in(o, overall) > mine]
    if below:
        return below[0]
    above = [o for o in same if _rank_in(o, overall) < mine]
    return above[-1] if above else None


def _rank_in(r: ProjectResult, overall: bool):
    return r.rank if overall else r.group_rank


def _same_score(ctx: Context, r: ProjectResult, overall: bool) -> list[ProjectResult]:
    """The projects ranked with `r` (its group, or all) that have its score."""
    return [o for o in ctx.results.projects if (overall or o.group == r.group)
            and o.score is not None and abs(o.score - r.score) < 1e-9 and not o.withdrawn]


def ranking_header(ctx: Context) -> list[str]:
    t = ctx.texts
    return [t.stacked(f"ranking.col.{col}")
            for col in ("place", "code", "title", "organization", "score", "notes")]


def project_row(ctx: Context, r: ProjectResult, orgs: dict[str, Project],
                widths: list[float], note: str | None = None) -> list[str]:
    """One project's line (with its `note` when given); a winner's place, code, score and
    note are set in bold (`WINNER_CELLS`), so those are wrapped in the bold face."""
    w = widths
    p = orgs.get(r.code)
    key = BOLD if r.winner else REGULAR
    row = [_place(ctx, r), wrap(r.code, w[1], key), wrap(r.title, w[2]),
           wrap(p.organization if p else "", w[3]), ctx.texts.number(r.score)]
    if note is not None:
        row.append(wrap(note, w[5], key))
    return row


# the columns set in bold on a winner's line: enough to find the winners at a glance
WINNER_CELLS = (0, 1, 4, 5)


def _bold_rows(rows: list[int]) -> list[tuple]:
    return [("FONTNAME", (col, i), (col, i), BOLD) for i in rows for col in WINNER_CELLS]


def ranking(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    head: list[Flowable] = [Paragraph(escape(t("ranking.heading")), free("h1"))]
    groups = ctx.by_group()
    if not groups:
        return [para(t("ranking.heading"), "h1")] + each(t.each("ranking.none"))
    if ctx.competition.settings.winners_total is not None:
        head += each(t.each("ranking.overall"))
    out: list[Flowable] = []
    projects = projects_by_code(ctx.competition)
    note = {r.code: notes(ctx, r) for r in ctx.results.projects}
    widest = max(stringWidth(line, BOLD, CELL_SIZE) for n in note.values()
                 for line in n.split("\n")) + 2 * PAD_H + 1
    widths = rank_widths(ctx, min(max(widest, NOTES_MIN), NOTES_MAX), list(note.values()))
    for n, (group, results) in enumerate(groups):
        rows = [ranking_header(ctx)]
        winners = []
        for r in results:
            rows.append(project_row(ctx, r, projects, widths, note[r.code]))
            if r.winner:
                winners.append(len(rows))       # the caption row comes first
        # the group's heading is the table's first row: repeated on every page it spans
        body = table(rows, widths, numeric=(0, 4), extra=_bold_rows(winners),
                     caption=ctx.group_heading(group))
        # the section's heading keeps with the first group's start, or is left alone
        out += titled(head, body) if n == 0 else [CondPageBreak(MIN_BLOCK), body]
    return out
