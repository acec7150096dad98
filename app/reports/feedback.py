"""Feedback per project: `jury-room feedback DB -o DIR`, one A4 page per project.

Each page gives the project its place, its mean mark on each criterion against the mean
of its group, and the jurors' written comments with the jurors anonymised ("Juror 1",
"Juror 2", numbered afresh on each page in the order the comments come, so a number does
not follow one juror from page to page). `numbers=False` leaves out the place, the score
and the table, for organisers who send only the comments.

Language: `lang="auto"` writes each page in its group's language, judged from the
letters of the group's project titles (Kazakh letters ә ғ қ ң ө ұ ү һ і: Kazakh; other
Cyrillic: Russian; else English); any other value is a protocol language ("ru+kk").
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from statistics import fmean
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.files import write_atomic
from app.model import Competition
from app.protocol import fonts
from app.protocol.archival import ArchivalCanvas
from app.reports.diplomas import safe_name
from app.reports.texts import ReportTexts
from app.scoring import Results, compute

KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC = re.compile("[а-яёА-ЯЁ]")


def group_language(competition: Competition, group: str) -> str:
    titles = " ".join(p.title for p in competition.projects if p.group == group)
    if len(KAZAKH.findall(titles)) >= 3:
        return "kk"
    if CYRILLIC.search(titles):
        return "ru"
    return "en"


def criterion_means(competition: Competition, project: str) -> dict[str, float | None]:
    """The plain mean of the marks counted on each criterion (recused, absent left out)."""
    out = {}
    for c in competition.criteria:
        marks = [float(v) for (j, p, k), v in competition.marks.items()
                 if p == project and k == c.code and competition.expected(j, p)
                 and competition.juror(j) is not None and competition.juror(j).scores]
        out[c.code] = fmean(marks) if marks else None
    return out


def comments_for(competition: Competition, project: str) -> list[tuple[str, str]]:
    """(criterion code or "", text) of every comment on the project, jurors left out."""
    comments = getattr(competition, "comments", None) or {}
    found = []
    for key, text in comments.items():
        juror, proj, criterion = (tuple(key) + ("",))[:3]
        if proj == project and str(text).strip():
            found.append((juror, criterion or "", str(text)))
    order = {j.code: j.order for j in competition.jurors}
    found.sort(key=lambda x: (order.get(x[0], 0), x[1]))
    return [(criterion, text) for _, criterion, text in found]


def _page(competition: Competition, results: Results, code: str, t: ReportTexts,
          numbers: bool, styles) -> list:
    """One project's page: who it is, its numbers (unless left out), the comments."""
    s = competition.settings
    project = competition.project(code)
    result = results.project(code)
    story = [Paragraph(escape(t("feedback.title")), styles["small"]),
             Paragraph(escape(s.title), styles["small"]), Spacer(1, 3 * mm),
             Paragraph(f"{escape(project.code)} · {escape(project.title)}", styles["head"]),
             Paragraph(escape(project.organization), styles["body"]),
             Paragraph(escape(f"{s.group_label}: {project.group}"), styles["body"]),
             Spacer(1, 4 * mm)]
    if numbers and result is not None:
        story += _standing(results, project, result, t, styles)
        story += [Spacer(1, 4 * mm), _criteria_table(competition, project, t, styles)]
    story += [Spacer(1, 6 * mm), Paragraph(f"<b>{escape(t('feedback.comments'))}</b>",
                                           styles["body"])]
    return story + _comments(competition, code, t, styles)


def _standing(results: Results, project, result, t: ReportTexts, styles) -> list:
    """The place in the group out of how many ranked, and the score; or "not ranked";
    and whether it won."""
    out = []
    if result.group_rank is not None:
        of = sum(1 for p in results.projects
                 if p.group == project.group and p.group_rank is not None)
        out.append(Paragraph(escape(t("feedback.place", group=project.group,
                                      place=result.group_rank, of=of)), styles["body"]))
        out.append(Paragraph(escape(t("feedback.score", score=t.number(result.score))),
                             styles["body"]))
    else:
        out.append(Paragraph(escape(t("feedback.not_ranked")), styles["body"]))
    if result.winner:
        out.append(Paragraph(f"<b>{escape(t('feedback.winner'))}</b>", styles["body"]))
    return out


def _criteria_table(competition: Competition, project, t: ReportTexts, styles) -> Table:
    """Per criterion: the panel's mean mark on this project beside the mean of the
    project means in its group."""
    mine = criterion_means(competition, project.code)
    group = [criterion_means(competition, p.code) for p in competition.projects
             if p.group == project.group and not p.withdrawn]
    rows = [[Paragraph(escape(t.stacked(key)).replace("\n", "<br/>"),
                       styles["th" if key == "feedback.criterion" else "th_right"])
             for key in ("feedback.criterion", "feedback.yours", "feedback.group_mean")]]
    for c in competition.criteria:
        values = [g[c.code] for g in group if g[c.code] is not None]
        rows.append([Paragraph(escape(f"{c.name} (≤ {t.plain_number(c.max)})"),
                               styles["cell"]),
                     t.number(mine[c.code]),
                     t.number(fmean(values) if values else None)])
    table = Table(rows, colWidths=[105 * mm, 32 * mm, 32 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#999999")]))
    return table


def _comments(competition: Competition, code: str, t: ReportTexts, styles) -> list:
    """The jurors' comments, the jurors numbered, not named."""
    comments = comments_for(competition, code)
    if not comments:
        return [Paragraph(escape(t("feedback.no_comments")), styles["body"])]
    names = {c.code: c.name for c in competition.criteria}
    out = []
    for n, (criterion, text) in enumerate(comments, start=1):
        who = t("feedback.juror", n=n) + (f" · {names.get(criterion, criterion)}"
                                          if criterion else "")
        out.append(Paragraph(f"<b>{escape(who)}</b>: {escape(text)}", styles["body"]))
    return out


def render_feedback(competition: Competition, codes: list[str] | None = None, *,
                    lang: str = "auto", numbers: bool = True,
                    results: Results | None = None) -> bytes:
    """The feedback pages of `codes` (default: every project not withdrawn) in one PDF."""
    results = compute(competition) if results is None else results
    fonts.register()
    styles = {
        "head": ParagraphStyle("h", fontName=fonts.BOLD, fontSize=14, leading=18),
        "body": ParagraphStyle("b", fontName=fonts.REGULAR, fontSize=10.5, leading=14,
                               spaceAfter=2),
        "small": ParagraphStyle("s", fontName=fonts.REGULAR, fontSize=9, leading=11,
                                textColor="#444444"),
        "cell": ParagraphStyle("c", fontName=fonts.REGULAR, fontSize=9.5, leading=12),
        "th": ParagraphStyle("th", fontName=fonts.BOLD, fontSize=9.5, leading=12),
        "th_right": ParagraphStyle("thr", fontName=fonts.BOLD, fontSize=9.5, leading=12,
                                   alignment=2),
    }
    if codes is None:
        codes = [p.code for p in competition.running_order if not p.withdrawn]
    story: list = []
    for i, code in enumerate(codes):
        project = competition.project(code)
        page_lang = group_language(competition, project.group) if lang == "auto" else lang
        if i:
            story.append(PageBreak())
        story += _page(competition, results, code, ReportTexts(page_lang), numbers, styles)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1, leftMargin=20 * mm,
                      rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                      title=competition.settings.title, author="Jury Room").build(
        story, canvasmaker=ArchivalCanvas)   # PDF/A-2b, as the protocol
    return buffer.getvalue()


def write_feedback(competition: Competition, folder: str | Path, *, lang: str = "auto",
                   numbers: bool = True) -> list[Path]:
    """One PDF per project (`feedback-CODE.pdf`) into `folder`, created if needed.
    Refused before the competition is final: the places can still change."""
    from app.reports.ceremony import require_final

    require_final(competition, "feedback is written")
    results = compute(competition)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [write_atomic(folder / f"feedback-{safe_name(p.code)}.pdf",
                         render_feedback(competition, [p.code], lang=lang, numbers=numbers,
                                         results=results))
            for p in competition.running_order if not p.withdrawn]
