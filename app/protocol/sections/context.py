"""What every section of the protocol is made from (`Context`), and the few ways the
sections set running text and keep a heading with what follows it."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer,
                                Table, TableStyle)

from app.model import Competition, Juror, Project, named_group_label
from app.protocol.layout import (DRAFT_FILL, FRAME_W, KEEP_WHOLE, MIN_SPLIT_ROWS, PAGE_H,
                                  STYLES)
from app.protocol.texts import Texts
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
    def group_label(self):
        """The group column's name; when the organisers gave none, the protocol's own word
        in each of its languages (a callable the texts call per language)."""
        return named_group_label(self.competition.settings.group_label) or \
            (lambda lang: lang("doc.group"))

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


def para(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), STYLES[style])


def free(style: str):
    """`style` without keepWithNext: a heading that `titled` keeps with its table."""
    return _FREE.setdefault(style, STYLES[style].clone(f"{style}_free", keepWithNext=0))


_FREE: dict[str, object] = {}


def titled(head: list[Flowable], body: Table) -> list[Flowable]:
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


def each(texts: list[str], style: str = "body") -> list[Paragraph]:
    """Running text: one paragraph per language of the protocol."""
    return [para(text, style) for text in texts]


def jurors_in_order(c: Competition) -> list[Juror]:
    return sorted(c.jurors, key=lambda j: (ROLE_ORDER.get(j.role, 1), j.order, j.code))


def projects_by_code(c: Competition) -> dict[str, Project]:
    return {p.code: p for p in c.projects}


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
