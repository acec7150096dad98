"""Writing the protocol: `write_protocol(competition, path)` and `render_protocol(...)`.

The same data gives the same bytes: reportlab runs with `invariant=1`, and everything
that would otherwise come from the clock comes from the data instead:

- the date and time printed is `printed_at`, which callers take from the store: the
  newest audit timestamp, i.e. the moment of the last recorded change (`Store.
  last_changed_at()`); without it, the newest decision time, else none is printed;
- the protocol number is the first eight hex digits of the data fingerprint, so a number
  names one state of the data.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app import __version__
from app.files import write_atomic
from app.fingerprint import fingerprint_and_digests, section_sizes, short
from app import meeting
from app.model import Competition
from app.protocol import fonts, layout, stamp
from app.protocol.public import anonymised
from app.protocol.sections import Context, story
from app.protocol.texts import Texts
from app.scoring import Results, compute

Progress = Callable[[float], None]


@dataclass(frozen=True)
class Printed:
    """What was written: enough for a status line or a dialog."""

    path: Path | None
    pages: int
    fingerprint: str
    number: str
    provisional: tuple[str, ...]        # why it is provisional; empty for a final protocol
    # printed before finalize: a draft to check, with no signature lines, never signed
    draft: bool = False
    register: str = ""                  # the organiser's register number ([meeting] number)

    @property
    def shown_number(self) -> str:
        """The number as the pages show it: "7 · 7593-C66E" with a register number."""
        return numbered(self.register, self.number)

    @property
    def final(self) -> bool:
        return not self.provisional


def numbered(register: str, number: str) -> str:
    """With the organiser's register number the protocol is "No. 7" on page 1, so the
    header, the footer and every message say "No. 7 · 7593-C66E", never "No. 7593-C66E"
    beside it."""
    return f"{register} · {number}" if register else number


def protocol_number(fp: str) -> str:
    """The protocol's number: the fingerprint's first eight hex digits, as XXXX-XXXX."""
    return f"{fp[:4]}-{fp[4:8]}".upper()


def provisional_reasons(competition: Competition, results: Results,
                        verification=None) -> tuple[str, ...]:
    """Why the protocol is provisional, as message ids; empty for a final one.
    `verification` (app.paper.state.Verification): sheets in conflict, or unverified
    while verification is required, keep it provisional too."""
    reasons = []
    if verification is not None and verification.conflicts:
        reasons.append("provisional.conflict")
    if verification is not None and verification.required and verification.unverified:
        reasons.append("provisional.unverified")
    if not results.complete:
        reasons.append("provisional.missing")
    if results.decision_needed:
        reasons.append("provisional.undecided")
    if not competition.finalized:
        reasons.append("provisional.not_final")
    if meeting.quorum_problem(competition):
        reasons.append("provisional.no_quorum")
    return tuple(reasons)


@dataclass(frozen=True)
class _Prepared:
    """Everything the pages are made from, worked out before reportlab lays them out."""

    texts: Texts
    fingerprint: str
    digests: dict
    number: str
    reasons: tuple[str, ...]
    printed_at: str
    decor: layout.PageDecor
    flowables: list


def _prepare(competition: Competition, lang: str, printed_at: str | None,
             verification=None, public: bool = False) -> _Prepared:
    texts = Texts(lang)
    fonts.register()
    results = compute(competition)
    fp, digests = fingerprint_and_digests(competition)
    number = protocol_number(fp)
    keys = provisional_reasons(competition, results, verification)
    reasons = tuple(texts(key) for key in keys)
    if printed_at is None:
        printed_at = max((d.decided_at for d in competition.decisions.values()), default="")
    # before finalize the protocol is a draft: said on every page, in every language of
    # the protocol, and without signature lines (sections.signatures)
    draft = not competition.finalized
    decor = _decor(competition, texts, keys, fp, draft)
    if public:
        # the same protocol, every juror shown as J1…Jn (app.protocol.public)
        competition = anonymised(competition)
        results = compute(competition)
    ctx = Context(competition=competition, results=results, texts=texts, fingerprint=fp,
                  number=number, printed_at=printed_at, provisional=reasons,
                  top_margin=decor.top_margin, draft=draft,
                  verification=verification, public=public)
    return _Prepared(texts, fp, digests, number, reasons, printed_at, decor, story(ctx))


def _decor(competition: Competition, texts: Texts, keys: tuple[str, ...], fp: str,
           draft: bool) -> layout.PageDecor:
    """What every page carries: running header, footer, and (unless final) the banner
    with the reasons and the watermark, in every language of the protocol."""
    number = protocol_number(fp)

    def banner_text(lang: Texts) -> str:
        why = lang("provisional.join").join(lang(key) for key in keys)
        return lang("draft.banner", reasons=why) if draft else \
            lang("provisional.banner", reasons=why)

    banner = layout.banner_lines([banner_text(lang) for lang in texts.languages]) \
        if keys else ()
    mark = texts.each("draft.mark") if draft else texts.each("provisional.mark")
    shown = numbered(competition.settings.meeting_number, number)
    return layout.PageDecor(
        running_title=competition.settings.title or texts("doc.title"),
        running_number=texts("doc.number", number=shown),
        footer_left=tuple(texts.each("page.footer_fp", number=shown, short=short(fp))),
        page_label=tuple(texts.each("page.footer", page="{page}", pages="{pages}")),
        banner=banner, watermark=tuple(mark) if keys else ())


def story_of(competition: Competition, lang: str = "en",
             printed_at: str | None = None) -> list:
    """The protocol's flowables before they are laid out on pages: what a test measures
    (every cell's text against its column)."""
    return _prepare(competition, lang, printed_at).flowables


def render_protocol(competition: Competition, *, lang: str = "en",
                    progress: Progress | None = None,
                    printed_at: str | None = None,
                    verification=None, public: bool = False) -> tuple[bytes, Printed]:
    """The protocol as PDF bytes, and what it says about itself (`verification`: the
    paper loop's, app.paper.state.Verification, or None when not known)."""
    report = _Reporter(progress)
    report(0.05)
    prep = _prepare(competition, lang, printed_at, verification, public)
    texts, fp, number, decor = prep.texts, prep.fingerprint, prep.number, prep.decor
    title = competition.settings.title
    report(0.15)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=layout.A4, invariant=1,
        leftMargin=layout.LEFT, rightMargin=layout.RIGHT,
        topMargin=decor.top_margin, bottomMargin=layout.BOTTOM,
        title=f"{texts('doc.title')} — {title}" if title else texts("doc.title"),
        author=("Jury Room" if public else _secretary(competition)) or "Jury Room",
        subject=f"{texts('doc.number', number=number)}; SHA-256 {fp}",
        keywords=stamp.keywords(fp, prep.digests, section_sizes(competition),
                                stamp.Kind(lang, public, prep.printed_at)),
        creator=f"Jury Room {__version__}", lang=texts.first.lang)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decor.on_page)])
    doc.setProgressCallBack(report.platypus)
    doc.build(prep.flowables,
              canvasmaker=layout.numbered_canvas(decor, layout.pdf_date(prep.printed_at)))
    report(1.0)
    return buffer.getvalue(), Printed(None, doc.page, fp, number, prep.reasons,
                                      not competition.finalized,
                                      competition.settings.meeting_number)


def write_protocol(competition: Competition, path: str | os.PathLike, *, lang: str = "en",
                   progress: Progress | None = None,
                   printed_at: str | None = None, verification=None,
                   public: bool = False) -> Printed:
    """Write the protocol to `path` (whole or not at all: a temporary file is renamed).

    `progress(fraction)` is called with rising values from 0 to 1.0 as the work goes on.
    `printed_at` is the date and time to print (ISO 8601); pass the store's
    `last_changed_at()` so that the same data always gives the same file.
    """
    data, printed = render_protocol(competition, lang=lang, progress=progress,
                                    printed_at=printed_at, verification=verification,
                                    public=public)
    return replace(printed, path=write_atomic(path, data))


def _secretary(competition: Competition) -> str:
    return next((j.name for j in competition.jurors if j.role == "secretary"), "")


class _Reporter:
    """Turns reportlab's progress events into one rising fraction for the caller."""

    def __init__(self, callback: Progress | None):
        self._callback = callback
        self._done = 0.0
        self._flowables = 1

    def __call__(self, fraction: float) -> None:
        fraction = min(max(fraction, self._done), 1.0)
        if self._callback is not None and (fraction > self._done or fraction == 1.0):
            self._callback(fraction)
        self._done = fraction

    def platypus(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._flowables = max(value, 1)
        elif kind == "PROGRESS":
            # layout is the long part: 15 % .. 95 %
            self(0.15 + 0.8 * min(value / self._flowables, 1.0))
