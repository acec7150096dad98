"""The protocol's content, section by section, as platypus flowables.

Tables hold plain strings, wrapped by `layout.wrap`, rather than one Paragraph per cell:
a 1,000-project ranking stays about as fast as a bare reportlab table. Paragraphs are
used only for running text and the few short tables of the first pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph,
                                Spacer, Table, TableStyle)

from app import meeting
from app.fingerprint import short
from app.model import Competition, Juror, Project
from app.protocol.fonts import BOLD, REGULAR
from app.protocol.layout import (CELL_SIZE, DRAFT_FILL, FRAME_W, GREY, KEEP_WHOLE,
                                  MIN_SPLIT_ROWS, PAD_H, PAGE_H, STYLES, fit_words,
                                  frame_height, table, wrap)
from app.protocol import regulation
from app.protocol.texts import SEPARATOR, Texts, join
from app.scoring import ProjectResult, Results

ROLE_ORDER = {"chair": 0, "member": 1, "secretary": 2}
# room for a group heading, a table header and a few rows before a page break is forced
MIN_BLOCK = 32 * mm
HEADING_H = 12 * mm     # a section heading with the space around it


@dataclass(frozen=True)
class Context:
    competition: Competition
    results: Results
    texts: Texts
    fingerprint: str
    number: str
    printed_at: str
    provisional: tuple[str, ...]
    top_margin: float           # the page's, which a provisional banner makes larger
    draft: bool = False         # before finalize: not for signature
    public: bool = False        # jurors as J1…Jn, no signatures (protocol --public)
    # the paper loop's second keying (app.paper.state.Verification), None when not known
    verification: object = None

    @property
    def group_label(self) -> str:
        return self.competition.settings.group_label

    def by_group(self) -> list[tuple[str, list[ProjectResult]]]:
        """The results split by group (groups in running order), best first in each."""
        groups: dict[str, list[ProjectResult]] = {g: [] for g in self.competition.groups}
        for r in self.results.projects:
            groups.setdefault(r.group, []).append(r)
        return [(g, rs) for g, rs in groups.items() if rs]

    def group_heading(self, group: str) -> str:
        t = self.texts
        return t("ranking.group", label=self.group_label, group=group) if group else \
            t("ranking.all")


def story(ctx: Context) -> list[Flowable]:
    out: list[Flowable] = []
    for part in (heading, jury, method, ranking, winners, influence, decisions, absences,
                 opinions, signatures, annex, regulation.comments_annex):
        out.extend(part(ctx))
    return out


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), STYLES[style])


def _free(style: str):
    return _FREE.setdefault(style, STYLES[style].clone(f"{style}_free", keepWithNext=0))


_FREE: dict[str, object] = {}


def _titled(head: list[Flowable], body: Table) -> list[Flowable]:
    """A heading (and its intro) over a table, never parted from the table's first rows:
    a short table goes with its heading to the next page whole; a long one starts on
    this page if its header and first rows fit here, and continues on the next."""
    rows = body._argH
    header = body.repeatRows if isinstance(body.repeatRows, int) else len(body.repeatRows)
    if len(rows) - header <= KEEP_WHOLE or None in rows:
        # the heading keeps with its paragraphs; the table goes whole where it fits
        if len(head) > 1:
            return [Paragraph(head[0].text, STYLES["h1"])] + head[1:] + [body]
        return [KeepTogether(head + [body])]
    width = FRAME_W
    need = sum(f.wrap(width, PAGE_H)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in head) + sum(rows[:header + MIN_SPLIT_ROWS])
    return [CondPageBreak(need)] + head + [body]


def _each(texts: list[str], style: str = "body") -> list[Paragraph]:
    """Running text: one paragraph per language of the protocol."""
    return [_p(text, style) for text in texts]


def _jurors_in_order(c: Competition) -> list[Juror]:
    return sorted(c.jurors, key=lambda j: (ROLE_ORDER.get(j.role, 1), j.order, j.code))


def _projects_by_code(c: Competition) -> dict[str, Project]:
    return {p.code: p for p in c.projects}


# ----- heading --------------------------------------------------------------------------
def heading(ctx: Context) -> list[Flowable]:
    t, s = ctx.texts, ctx.competition.settings
    out: list[Flowable] = draft_box(ctx, "draft.heading", "draft.heading_note")
    out += _each(t.each("doc.heading"), "heading")
    if s.title:
        out.append(_p(s.title, "title"))
    if s.subtitle:
        out.append(_p(s.subtitle, "subtitle"))
    out.append(Spacer(1, 4 * mm))

    # the organiser's register number when there is one; the data's own id beside it
    number = s.meeting_number or ctx.number
    meta = [Paragraph(f"<b>{escape(t('doc.number', number=number))}</b>", STYLES["meta"])]
    if s.meeting_number:
        meta += _each(t.each("doc.data_id", id=ctx.number), "meta")
    if s.venue:
        meta += _each(t.each("doc.venue", venue=s.venue), "meta")
    if s.dates:
        meta += _each(t.each("doc.dates", dates=lambda lang: lang.dates(s.dates)), "meta")
    if meeting.place(s) and meeting.place(s) != s.venue:
        meta += _each(t.each("doc.place", place=meeting.place(s)), "meta")
    for key, when in (("doc.opened", s.meeting_start), ("doc.closed", s.meeting_end)):
        if when:
            meta += _each(t.each(key, when=lambda lang, w=when: lang.wall_time(w, s)), "meta")
    chair = meeting.chair(ctx.competition)
    if chair is not None:
        meta += _each(t.each("doc.chaired", name=chair.name), "meta")
    if ctx.printed_at:
        meta += _each(t.each("doc.printed",
                             when=lambda lang: lang.datetime(ctx.printed_at, s)), "meta")
        meta.append(_p(f"({t('doc.printed_note')})", "small"))
    qr = qr_code(ctx.fingerprint, 34 * mm)
    block = Table([[meta, qr]], colWidths=[FRAME_W - 34 * mm, 34 * mm], style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    out.append(block)
    out.append(Spacer(1, 2 * mm))
    # the full fingerprint as text too: `verify` reads it back if the metadata is lost
    label = join([text.strip() for text in t.each("doc.fingerprint", fingerprint="")])
    out.append(Paragraph(escape(label) + f" <font name='{BOLD}'>{ctx.fingerprint}</font>",
                         STYLES["small"]))
    out += _each(t.each("doc.fingerprint_note"), "small")
    return out


def qr_code(fingerprint: str, size: float) -> Drawing:
    """A QR code carrying the full fingerprint, `size` points square."""
    # a quiet zone of three modules: scanners need white around the code
    widget = QrCodeWidget(qr_payload(fingerprint), barLevel="M", barBorder=3)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def qr_payload(fingerprint: str) -> str:
    return f"sha256:{fingerprint}"


# ----- 1. the jury ----------------------------------------------------------------------
def jury(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    members = _jurors_in_order(ctx.competition)
    if not members:
        return [_p(t("jury.heading"), "h1")] + _each(t.each("jury.none"))
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
    out = _titled([Paragraph(escape(t("jury.heading")), _free("h1"))],
                  table(rows, widths, numeric=(0,)))
    out.append(Spacer(1, 2 * mm))
    key, values = _quorum_text(ctx)
    return out + _each(t.each(key, **values))


def _quorum_text(ctx: Context) -> tuple[str, dict]:
    """The quorum statement: who took part, and whether the meeting could decide."""
    q = meeting.quorum(ctx.competition)
    key = "jury.quorum_none" if q.share is None else "jury.quorum" if q.met else \
        "jury.no_quorum"
    return key, dict(taking=q.taking_part, scoring=q.scoring, present=q.present,
                     remote=q.remote, share=q.share_text(), needed=q.needed)


# ----- 2. the method --------------------------------------------------------------------
def method(ctx: Context) -> list[Flowable]:
    t, c = ctx.texts, ctx.competition
    s = c.settings
    out: list[Flowable] = []
    intro = [Paragraph(escape(t("method.heading")), _free("h1"))] + _each(t.each("method.criteria",
                         step=lambda lang: lang.count("point", s.score_step),
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
    # the rule of marking and its criteria read as one: a page break never parts them
    out += _titled(intro, criteria)
    out.append(Spacer(1, 2 * mm))

    if s.normalize == "zscore":
        out += _each(t.each("method.zscore"))
    out += regulation.aggregation(ctx) or \
        _each(t.each(f"method.{s.method}", trim=s.trim, least=2 * s.trim + 1))
    names = {k.code: k.name for k in c.criteria}
    tie_names = [names[code] for code in s.tie_break if code in names]
    if tie_names:
        listed = "; ".join(f"{i}) {name}" for i, name in enumerate(tie_names, 1))
        out += _each(t.each("method.ties", criteria=listed))
    else:
        out += _each(t.each("method.ties_none"))
    if s.winners_per_group is not None:
        out += _each(t.each("method.winners_group", n=s.winners_per_group,
                            label=s.group_label))
    elif s.winners_total is not None:
        out += _each(t.each("method.winners_total", n=s.winners_total))
    else:
        out += _each(t.each("method.winners_none"))
    out += _each(t.each("method.cut"))
    out += regulation.rounding(ctx) or _each(t.each("method.rounding"))
    out += regulation.rules(ctx)
    v = ctx.verification
    if v is not None and (v.required or v.verified or v.conflicts):
        out += _each(t.each("method.verified", verified=v.verified, total=v.to_verify))
    out += regulation.worked_example(ctx)
    return out


# ----- 3. the ranking -------------------------------------------------------------------
PLACE_W, CODE_W, SCORE_W = 34, 44, 42
NOTES_MIN, NOTES_MAX = 50, 120


def rank_widths(ctx: Context, notes_w: float, notes: list[str] = ()) -> list[float]:
    """Place, code, title, organisation, score, notes: title and organisation share what
    the notes leave, so short notes give the titles room to stay on one line. Place, code
    and score are as wide as their headers' words and the widest code or score need;
    no word of a title, an organisation or a note is wider than its column."""
    header = _ranking_header(ctx)
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
    out: list[tuple[str, dict]] = []       # message ids and their values
    valid = r.decision is not None and not r.decision_stale
    if r.withdrawn:
        out.append(("note.withdrawn", {}))
    elif r.unscored:
        out.append(("note.unscored", {}))
    if r.winner:
        out.append(("note.winner_decided" if valid else "note.winner", {}))
    elif valid and not r.decision_needed:     # a tie decided whole, not one still open
        out.append(("note.refused_decided", {}))
    if r.decision_needed:
        out.append(("note.decision_needed", {}))
    if r.tie:
        out.append(("note.tie", {}))
    settled = _tie_break_note(ctx, r)
    if settled:
        out.append(settled)
    if r.decision_stale:
        out.append(("note.decision_stale", {}))
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
    if not out:
        return ""
    # in two languages: all notes in the first, a slash, then all in the second
    return SEPARATOR.join(dict.fromkeys(lang("note.join").join(lang(key, **values)
                                                              for key, values in out)
                                       for lang in ctx.texts.languages))


def _tie_break_note(ctx: Context, r: ProjectResult) -> tuple[str, dict] | None:
    """A place the tie-break decided says so, with the values it compared: "ahead on
    Relevance 13,17 : 12,83" against the next project of the same score (or the one
    before, for the last of them)."""
    if r.score is None or not r.tie_break_values:
        return None
    overall = ctx.competition.settings.winners_total is not None
    place = r.rank if overall else r.group_rank
    same = [o for o in ctx.results.projects if (overall or o.group == r.group)
            and o.score is not None and abs(o.score - r.score) < 1e-9 and not o.withdrawn]
    below = [o for o in same if (o.rank if overall else o.group_rank) > place]
    above = [o for o in same if (o.rank if overall else o.group_rank) < place]
    if not below and not above:
        return None
    other = below[0] if below else above[-1]
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


def _ranking_header(ctx: Context) -> list[str]:
    t = ctx.texts
    return [t.stacked(f"ranking.col.{col}")
            for col in ("place", "code", "title", "organization", "score", "notes")]


def _project_row(ctx: Context, r: ProjectResult, orgs: dict[str, Project],
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
    head: list[Flowable] = [Paragraph(escape(t("ranking.heading")), _free("h1"))]
    groups = ctx.by_group()
    if not groups:
        return [_p(t("ranking.heading"), "h1")] + _each(t.each("ranking.none"))
    if ctx.competition.settings.winners_total is not None:
        head += _each(t.each("ranking.overall"))
    out: list[Flowable] = []
    projects = _projects_by_code(ctx.competition)
    note = {r.code: notes(ctx, r) for r in ctx.results.projects}
    widest = max(stringWidth(line, BOLD, CELL_SIZE) for n in note.values()
                 for line in n.split("\n")) + 2 * PAD_H + 1
    widths = rank_widths(ctx, min(max(widest, NOTES_MIN), NOTES_MAX), list(note.values()))
    for n, (group, results) in enumerate(groups):
        rows = [_ranking_header(ctx)]
        winners = []
        for r in results:
            rows.append(_project_row(ctx, r, projects, widths, note[r.code]))
            if r.winner:
                winners.append(len(rows))       # the caption row comes first
        # the group's heading is the table's first row: repeated on every page it spans
        body = table(rows, widths, numeric=(0, 4), extra=_bold_rows(winners),
                     caption=ctx.group_heading(group))
        # the section's heading keeps with the first group's start, or is left alone
        out += _titled(head, body) if n == 0 else [CondPageBreak(MIN_BLOCK), body]
    return out


# ----- 4. the winners -------------------------------------------------------------------
def winners(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    head: list[Flowable] = [Paragraph(escape(t("winners.heading")), _free("h1"))]
    if any(r.winner for r in ctx.results.projects):
        # the operative wording of a commission's protocol, above what it resolves
        head += [Paragraph(f"<b>{escape(text)}</b>", STYLES["body"])
                 for text in t.each("winners.resolved")]
    out: list[Flowable] = []
    projects = _projects_by_code(ctx.competition)
    widths = rank_widths(ctx, 0)    # no notes: their room goes to title and organisation
    any_winner = False
    for group, results in ctx.by_group():
        chosen = [r for r in results if r.winner]
        open_ties = [tie for tie in ctx.results.ties_at_cut
                     if tie.undecided and tie.scope == group]
        if not chosen and not open_ties:
            continue
        any_winner = True
        if chosen:
            rows = [_ranking_header(ctx)[:5]]
            rows += [_project_row(ctx, r, projects, widths) for r in chosen]
            body = table(rows, widths, numeric=(0, 4), caption=ctx.group_heading(group))
            out += _titled(head, body) if head else [CondPageBreak(MIN_BLOCK), body]
        else:
            out += [KeepTogether(head + [_p(ctx.group_heading(group), "h2")])]
        head = []
        out.extend(_open_ties(ctx, open_ties))
    overall = [tie for tie in ctx.results.ties_at_cut if tie.undecided and tie.scope is None]
    if overall:
        any_winner = True
        out.extend(head + _open_ties(ctx, overall))
        head = []
    if not any_winner:
        out += [KeepTogether(head + _each(t.each("winners.none")))]
    return out


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
        return [KeepTogether([head] + _each(t.each("influence.none")))]
    lines = [text for kind, jurors, values in groups
             for text in t.each(f"influence.{kind}", **values,
                                jurors=lambda lang, js=jurors: lang("influence.or").join(js))]
    return [KeepTogether([head] + _each(lines))]


def _open_ties(ctx: Context, ties) -> list[Flowable]:
    t = ctx.texts
    return [Paragraph(f"<b>{escape(text)}</b>", STYLES["body"]) for tie in ties
            for text in t.each("winners.open",
                               places=lambda lang, n=tie.places: lang.count("place", n),
                               codes=", ".join(tie.tied),
                               score=lambda lang, v=tie.score: lang.number(v))]


# ----- 5. decisions ---------------------------------------------------------------------
def decisions(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    head: list[Flowable] = [Paragraph(escape(t("decisions.heading")), _free("h1"))]
    out: list[Flowable] = []
    ties = ctx.results.ties_at_cut
    projects = _projects_by_code(ctx.competition)
    widths = [44, 120, 70, 96, 0]
    widths[4] = FRAME_W - sum(widths)
    header = [t.stacked(f"decisions.col.{col}") for col in ("code", "project", "decision",
                                                            "votes", "reason")]
    verdicts = [t("decisions.winner"), t("decisions.not_winner"), t("decisions.undecided"),
                t("decisions.pending_winner"), t("decisions.pending_not_winner")]
    votes = [_votes(ctx, d) for d in ctx.competition.decisions.values()]
    widths = fit_words(widths, {0: [header[0]] + [code for tie in ties for code in tie.tied],
                                1: [header[1]] + [p.title for p in ctx.competition.projects],
                                2: [header[2]] + verdicts, 3: [header[3]] + votes,
                                4: [header[4]] + [d.reason for d in
                                                  ctx.competition.decisions.values()]}, (1, 4))
    if not ties:
        out.append(KeepTogether(head + _each(t.each("decisions.none"))))
        head = []
    for tie in ties:
        facts = dict(tied=", ".join(tie.tied),
                     score=lambda lang, v=tie.score: lang.number(v),
                     places=lambda lang, n=tie.places: lang.count("place", n))
        intro = t.each("decisions.tie_total", **facts) if tie.scope is None else \
            t.each("decisions.tie_group", label=ctx.group_label, group=tie.scope, **facts)
        rows = [header]
        for code in tie.tied:
            r = ctx.results.project(code)
            d = r.decision if r is not None and not r.decision_stale else None
            if d is None:
                verdict = t("decisions.undecided")
            elif tie.undecided:     # recorded, but the tie is decided whole or not at all
                verdict = t("decisions.pending_winner") if d.winner else \
                    t("decisions.pending_not_winner")
            else:
                verdict = t("decisions.winner") if d.winner else t("decisions.not_winner")
            title = projects[code].title if code in projects else ""
            rows.append([wrap(code, widths[0]), wrap(title, widths[1]), wrap(verdict, widths[2]),
                         wrap(_votes(ctx, d) if d else "", widths[3]),
                         wrap(d.reason if d else "", widths[4])])
        out += _titled(head + _each(intro), table(rows, widths))
        if tie.undecided and (tie.chosen or tie.refused):
            out += _each(t.each("decisions.open"))
        out.append(Spacer(1, 3 * mm))
        head = []
    stale = [r for r in ctx.results.projects if r.decision is not None and r.decision_stale]
    if stale:
        rows = [header]
        for r in stale:
            d = r.decision
            verdict = t("decisions.winner") if d.winner else t("decisions.not_winner")
            rows.append([wrap(r.code, widths[0]), wrap(r.title, widths[1]),
                         wrap(verdict, widths[2]), wrap(_votes(ctx, d), widths[3]),
                         wrap(d.reason, widths[4])])
        out += _titled(head + _each(t.each("decisions.stale")), table(rows, widths))
    return out


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


# ----- 7. dissenting opinions -----------------------------------------------------------
_OPINION_BY = STYLES["body"].clone("opinion_by", fontName=BOLD, keepWithNext=1, spaceBefore=4)


def opinions(ctx: Context) -> list[Flowable]:
    """Each juror's dissenting opinion, as written, in the order the jury is listed."""
    t, c = ctx.texts, ctx.competition
    head: list[Flowable] = [_p(t("opinions.heading"), "h1")]
    if not c.opinions:
        return [KeepTogether(head + _each(t.each("opinions.none")))]
    out = head + _each(t.each("opinions.intro"))
    for j in _jurors_in_order(c):
        o = c.opinions.get(j.code)
        if o is None:
            continue
        out.append(Paragraph(escape(t("item", code=j.code, name=j.name)), _OPINION_BY))
        out += [Paragraph(escape(line), STYLES["body"]) for line in o.text.splitlines()
                if line.strip()]
    return out


# ----- 6. recusals and absences ---------------------------------------------------------
def absences(ctx: Context) -> list[Flowable]:
    t, c = ctx.texts, ctx.competition
    out: list[Flowable] = [Paragraph(escape(t("absence.heading")), _free("h1"))]
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
        return [KeepTogether(out + _each(t.each("absence.none")))]
    return _titled(out, table(rows, widths))


# ----- signatures -----------------------------------------------------------------------
SIGN_HEADER = 60    # the heading and the line under it
SIGN_FIXED = 23     # one signer without the room to sign: name line and caption line
SIGN_SIZE = 9.5     # the size the signers' roles and names are drawn at (names in bold)
SIGN_DATE_W = 70    # the line for the date of signing


def draft_box(ctx: Context, title: str, note: str) -> list[Flowable]:
    """On a draft: a near-black box, white bold text, in each language of the protocol,
    saying it is a draft and not for signature (nothing on a final protocol)."""
    if not ctx.draft:
        return []
    t = ctx.texts
    lines = [Paragraph(f"<font color='white'><b>{escape(text)}</b></font>", STYLES["h1"])
             for text in t.each(title)]
    lines += [Paragraph(f"<font color='white'>{escape(text)}</font>", STYLES["body"])
              for text in t.each(note)]
    box = Table([[line] for line in lines], colWidths=[FRAME_W], style=TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), DRAFT_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm)]))
    return [box, Spacer(1, 4 * mm)]


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
        return [KeepTogether([_p(t("public.heading"), "h1")] + _each(note))]
    people = [j for j in _jurors_in_order(ctx.competition) if meeting.took_part(j)]
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
        out: list[Flowable] = [_p(t("sign.heading"), "h1")] + _each(t.each("sign.intro"))
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


# ----- annex: marks by juror ------------------------------------------------------------
ANNEX_CODE_W, ANNEX_SCORE_W = 56, 50
ANNEX_MAX_JURORS = 12   # per part: more columns than this are hard to follow across


def annex(ctx: Context) -> list[Flowable]:
    """Every juror's total for every project, in parts of as many juror columns as the
    widest figure allows, so that nothing is cut off however many jurors there are."""
    t, c = ctx.texts, ctx.competition
    jurors = list(c.scoring_jurors)
    out: list[Flowable] = [PageBreak(), _p(t("annex.heading"), "h1")]
    out += _each(t.each("annex.intro", recused=t.symbol("annex.recused"),
                        absent=t.symbol("annex.absent")))
    if c.settings.normalize == "zscore":
        out += _each(t.each("annex.intro_zscore"))
    if not jurors or not c.projects:
        return out
    legend = [[t.stacked("jury.col.code"), t.stacked("annex.legend")]]
    legend_w = fit_words([44, FRAME_W - 44], {0: legend[0][:1] + [j.code for j in jurors],
                                              1: legend[0][1:] + [j.name for j in jurors]}, 1)
    legend += [
        [wrap(j.code, legend_w[0]), wrap(j.name, legend_w[1])] for j in jurors]
    out.append(table(legend, legend_w))
    out.append(Spacer(1, 4 * mm))

    by_code = {r.code: r for r in ctx.results.projects}
    running = c.running_order
    cells = {p.code: _annex_cells(ctx, by_code.get(p.code), jurors) for p in running}
    col_w = _column_width({v for row in cells.values() for v in row.values()}
                          | {j.code for j in jurors})
    code_w, _, score_w = fit_words(
        [ANNEX_CODE_W, FRAME_W, ANNEX_SCORE_W],
        {0: [t.stacked("annex.col.code")] + [p.code for p in running],
         2: [t.stacked("annex.col.score")] + [t.number(r.score) for r in ctx.results.projects]},
        1)
    blocks = _balanced(jurors, int((FRAME_W - code_w - score_w) // col_w))
    for n, block in enumerate(blocks, 1):
        last = n == len(blocks)
        widths = [code_w] + [col_w] * len(block) + ([score_w] if last else [])
        rows = [[t.stacked("annex.col.code")] + [j.code for j in block]
                + ([t.stacked("annex.col.score")] if last else [])]
        for p in running:
            row = [wrap(p.code, code_w)] + [cells[p.code][j.code] for j in block]
            if last:
                r = by_code.get(p.code)
                row.append(t.number(r.score if r else None))
            rows.append(row)
        caption = t("annex.part", part=n, parts=len(blocks)) if len(blocks) > 1 else None
        first = 2 if caption else 1
        bold_score = [("FONTNAME", (len(widths) - 1, first), (-1, -1), BOLD)] if last else []
        out.append(CondPageBreak(MIN_BLOCK))
        out.append(table(rows, widths, numeric=tuple(range(1, len(widths))), extra=bold_score,
                         caption=caption))
    return out


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
