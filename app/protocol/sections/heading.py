"""The protocol's first lines: the title, the meeting's facts, the QR code and the
fingerprint."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app import meeting
from app.protocol.fonts import BOLD
from app.protocol.layout import FRAME_W, STYLES
from app.protocol.sections.context import Context, draft_box, each, para
from app.protocol.texts import join


def heading(ctx: Context) -> list[Flowable]:
    t, s = ctx.texts, ctx.competition.settings
    out: list[Flowable] = draft_box(ctx, "draft.heading", "draft.heading_note")
    out += each(t.each("doc.heading"), "heading")
    if s.title:
        out.append(para(s.title, "title"))
    if s.subtitle:
        out.append(para(s.subtitle, "subtitle"))
    out.append(Spacer(1, 4 * mm))

    meta = _meta_where(ctx) + _meta_when(ctx)
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
    out += each(t.each("doc.fingerprint_note"), "small")
    return out


def _meta_where(ctx: Context) -> list[Flowable]:
    """The protocol's number, and where and on which days the jury met."""
    t, s = ctx.texts, ctx.competition.settings
    # the organiser's register number when there is one; the data's own id beside it
    number = s.meeting_number or ctx.number
    meta = [Paragraph(f"<b>{escape(t('doc.number', number=number))}</b>", STYLES["meta"])]
    if s.meeting_number:
        meta += each(t.each("doc.data_id", id=ctx.number), "meta")
    if s.venue:
        meta += each(t.each("doc.venue", venue=s.venue), "meta")
    if s.dates:
        meta += each(t.each("doc.dates", dates=lambda lang: lang.dates(s.dates)), "meta")
    if meeting.place(s) and meeting.place(s) != s.venue:
        meta += each(t.each("doc.place", place=meeting.place(s)), "meta")
    return meta


def _meta_when(ctx: Context) -> list[Flowable]:
    """When the meeting opened and closed, who chaired it, and when this was printed."""
    t, s = ctx.texts, ctx.competition.settings
    meta: list[Flowable] = []
    for key, when in (("doc.opened", s.meeting_start), ("doc.closed", s.meeting_end)):
        if when:
            meta += each(t.each(key, when=lambda lang, w=when: lang.wall_time(w, s)), "meta")
    chair = meeting.chair(ctx.competition)
    if chair is not None:
        meta += each(t.each("doc.chaired", name=chair.name), "meta")
    if ctx.printed_at:
        meta += each(t.each("doc.printed",
                            when=lambda lang: lang.datetime(ctx.printed_at, s)), "meta")
        meta.append(para(f"({t('doc.printed_note')})", "small"))
    return meta


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
