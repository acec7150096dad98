"""The award ceremony on the projector: the winners revealed one step at a time.

The steps come from app.reports.ceremony (group by group, last winning place first) and
exist only once the competition is finalized. The projector shows the steps revealed so
far (the newest one); the secretary's screen also shows the next step, which the
audience never sees before the secretary moves on. The texts on the projector are in
the language chosen for the ceremony (one, or two such as ru+kk), not necessarily the
interface's.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.reports.ceremony import Step
from app.reports.texts import ReportTexts
from ui.session import Session


@dataclass(frozen=True)
class Card:
    """What the projector shows for one step, line by line."""

    heading: str         # "Winners — Россия" (small, on top)
    title: str           # the project's title, or the group on a title card
    organization: str
    big: str             # "2 место / 2 орын", or the group's name


class Ceremony(QObject):
    changed = Signal()

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.steps: tuple[Step, ...] = ()
        self.index = -1            # -1: started, nothing revealed yet
        self.active = False
        self.lang = "ru+kk"

    def start(self, lang: str) -> None:
        """Begin with nothing revealed; InputError while the competition is not final."""
        self.steps = self.session.service.ceremony()
        self.lang = lang
        self.index = -1
        self.active = True
        self.changed.emit()

    def stop(self) -> None:
        self.active = False
        self.index = -1
        self.changed.emit()

    def step(self, delta: int) -> None:
        if not self.active:
            return
        new = min(max(self.index + delta, -1), len(self.steps))
        if new != self.index:
            self.index = new
            self.changed.emit()

    def _card(self, index: int) -> Card | None:
        t = ReportTexts(self.lang)
        if index < 0:
            return Card("", "", "", "")
        if index >= len(self.steps):
            return Card("", t("ceremony.end"), "", "")
        step = self.steps[index]
        heading = t("ceremony.winners") + (f" — {step.group}" if step.group else "")
        if step.is_title:
            return Card("", t("ceremony.winners"), "", step.group or "")
        titles = "\n".join(a.title for a in step.awards)
        orgs = "\n".join(a.organization for a in step.awards if a.organization)
        return Card(heading, titles, orgs, t("ceremony.place", place=step.awards[0].place))

    def current(self) -> Card | None:
        """What the audience sees now (None when the ceremony is not running)."""
        return self._card(self.index) if self.active else None

    def upcoming(self) -> Card | None:
        """What the next step will show: for the secretary's eyes only."""
        if not self.active or self.index >= len(self.steps):
            return None
        return self._card(self.index + 1)

    def position(self) -> tuple[int, int]:
        return max(self.index + 1, 0), len(self.steps)
