"""Section 7, dissenting opinions: each juror's, as written."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.protocol.fonts import BOLD
from app.protocol.layout import STYLES
from app.protocol.sections.context import Context, each, jurors_in_order, para

_OPINION_BY = STYLES["body"].clone("opinion_by", fontName=BOLD, keepWithNext=1, spaceBefore=4)


def opinions(ctx: Context) -> list[Flowable]:
    """Each juror's dissenting opinion, as written, in the order the jury is listed."""
    t, c = ctx.texts, ctx.competition
    head: list[Flowable] = [para(t("opinions.heading"), "h1")]
    if not c.opinions:
        return [KeepTogether(head + each(t.each("opinions.none")))]
    out = head + each(t.each("opinions.intro"))
    for j in jurors_in_order(c):
        o = c.opinions.get(j.code)
        if o is None:
            continue
        out.append(Paragraph(escape(t("item", code=j.code, name=j.name)), _OPINION_BY))
        out += [Paragraph(escape(line), STYLES["body"]) for line in o.text.splitlines()
                if line.strip()]
    return out
