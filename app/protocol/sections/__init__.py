"""The protocol's content, section by section, as platypus flowables: `story` lists the
sections in the order they are printed; each lives in a module named for it.

Tables hold plain strings, wrapped by `layout.wrap`, rather than one Paragraph per cell:
a 1,000-project ranking stays about as fast as a bare reportlab table. Paragraphs are
used only for running text and the few short tables of the first pages.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.protocol.sections.absences import absences
from app.protocol.sections.context import Context
from app.protocol.sections.decisions import decisions
from app.protocol.sections.heading import heading
from app.protocol.sections.jury import jury
from app.protocol.sections.method import method
from app.protocol.sections.opinions import opinions
from app.protocol.sections.ranking import ranking
from app.protocol.sections.signatures import signatures
from app.protocol.sections.statement import statement
from app.protocol.sections.winners import influence, winners

__all__ = ["Context", "story"]


def story(ctx: Context) -> list[Flowable]:
    out: list[Flowable] = []
    for part in (heading, jury, method, ranking, winners, influence, decisions, absences,
                 opinions, signatures, statement):
        out.extend(part(ctx))
    return out
