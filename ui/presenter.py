"""The projector: the project on stage, a large countdown and who is next.

By design it shows no mark, score or rank, whatever the state of the competition: it
reads only the running order (title, organisation, group) and its own clock.
It never takes the keyboard: the secretary keeps typing in the main window while it
shows, and the Presenting screen runs the clock and moves on (Space, Alt+N, Alt+P). A
window manager that activates it anyway (a click on it) has the keyboard handed straight
back to the window that opened it.
Every text is made as large as its share of the screen allows, then smaller until the
whole of it fits: a long title is wrapped, never cut.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui import fmt
from ui.session import Session

LAST_MINUTE_MS = 60_000
NORMAL, LAST_MINUTE, TIME_UP = "#ffffff", "#ffb300", "#ff5252"


def clock_text(ms: int) -> str:
    seconds = max(0, (ms + 999) // 1000)      # 6:59.2 left reads 7:00, as a kitchen timer
    return f"{seconds // 60}:{seconds % 60:02d}"


class PresenterClock(QObject):
    """The presentation's state, shared by the control panel and the projector window."""

    changed = Signal()

    def __init__(self, session: Session, minutes: int = 7):
        super().__init__()
        self.session = session
        self.minutes = minutes
        self.index = 0
        self._elapsed_before = 0          # ms run before the last pause
        self._timer = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self.changed)

    # ----- the running order (withdrawn projects are skipped) -----
    def projects(self):
        return tuple(p for p in self.session.service.competition().running_order
                     if not p.withdrawn)

    def current(self):
        ps = self.projects()
        return ps[self.index] if 0 <= self.index < len(ps) else None

    def next_up(self):
        ps = self.projects()
        return ps[self.index + 1] if self.index + 1 < len(ps) else None

    def go_to(self, code: str) -> None:
        codes = [p.code for p in self.projects()]
        if code in codes:
            self.index = codes.index(code)
            self.reset()

    def step(self, delta: int) -> None:
        n = len(self.projects())
        new = min(max(self.index + delta, 0), max(n - 1, 0))
        if new != self.index:
            self.index = new
            self.reset()

    # ----- the clock -----
    @property
    def running(self) -> bool:
        return self._tick.isActive()

    def remaining_ms(self) -> int:
        run = self._elapsed_before + (self._timer.elapsed() if self.running else 0)
        return self.minutes * 60_000 - run

    def start_pause(self) -> None:
        if self.running:
            self._elapsed_before += self._timer.elapsed()
            self._tick.stop()
        else:
            self._timer.start()
            self._tick.start()
        self.changed.emit()

    def reset(self) -> None:
        self._tick.stop()
        self._elapsed_before = 0
        self.changed.emit()

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(1, int(minutes))
        self.changed.emit()

    def colour(self) -> str:
        left = self.remaining_ms()
        return TIME_UP if left <= 0 else LAST_MINUTE if left <= LAST_MINUTE_MS else NORMAL

    def follow_order(self) -> None:
        """The running order changed (the window's refresh rule says when): stay on a
        project that still exists."""
        self.index = min(self.index, max(len(self.projects()) - 1, 0))
        self.changed.emit()


class FitLabel(QLabel):
    """A centred label whose text is as large as `max_px` and then smaller, until the
    whole of it (word-wrapped) fits the label's rectangle. The layout gives the label its
    share of the window whatever the text (the size policy ignores the text's size)."""

    MIN_PX = 8

    def __init__(self, *, bold: bool = False, wrap: bool = True):
        super().__init__()
        self.max_px = 16
        self.bold = bold
        self.setAlignment(Qt.AlignCenter)
        self.setTextFormat(Qt.PlainText)      # a title is the organisers' text, not HTML
        self.setWordWrap(wrap)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)

    def set_max_px(self, px: int) -> None:
        self.max_px = max(int(px), self.MIN_PX)
        self._fit()

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def fits(self, font: QFont) -> bool:
        """Does the text, drawn in `font` as QLabel draws it, stay inside the label?"""
        rect = self.contentsRect()
        flags = int(self.alignment().value) | (int(Qt.TextWordWrap.value) if self.wordWrap()
                                                else 0)
        return rect.contains(QFontMetrics(font).boundingRect(rect, flags, self.text()))

    def _font(self, px: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(self.bold)
        return font

    def _fit(self) -> None:
        low, high = self.MIN_PX, self.max_px     # the largest size that fits, by halving
        if self.fits(self._font(high)):
            low = high
        while high - low > 1:
            mid = (low + high) // 2
            if self.fits(self._font(mid)):
                low = mid
            else:
                high = mid
        if self.font().pixelSize() != low or self.font().bold() != self.bold:
            self.setFont(self._font(low))


class PresenterWindow(QWidget):
    """A separate top-level window for the projector, which never takes the keyboard."""

    # each line's largest size, as a share of the window's height, and its share of the
    # height in the layout: the countdown is what the room looks at
    LINES = (("group", 0.04, 1, False), ("title", 0.07, 4, True),
             ("organization", 0.045, 1, False), ("countdown", 0.28, 5, True),
             ("next_up", 0.04, 1, False))

    def __init__(self, clock: PresenterClock, ceremony=None):
        super().__init__(None, Qt.Window | Qt.WindowDoesNotAcceptFocus)
        # the award ceremony (ui.ceremony.Ceremony), shown instead of the clock while on
        self.ceremony = ceremony
        # shown beside the main window, never in front of its keyboard
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.NoFocus)
        self.clock = clock
        self._keyboard_owner: QWidget | None = None
        self.setObjectName("presenter")
        self.setStyleSheet("#presenter { background: #101820; } QLabel { color: white; }")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        for name, _share, stretch, bold in self.LINES:
            label = FitLabel(bold=bold, wrap=name != "countdown")
            setattr(self, name, label)
            layout.addWidget(label, stretch)
        clock.changed.connect(self.refresh)
        if ceremony is not None:
            ceremony.changed.connect(self.refresh)
        self.resize(1024, 640)
        self.refresh()

    def show_on_projector(self, keyboard_owner: QWidget | None = None) -> None:
        """Full screen on the second screen when there is one; a window otherwise. The
        keyboard stays with `keyboard_owner` (the main window)."""
        self._keyboard_owner = keyboard_owner
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            target = next((s for s in screens if s != QGuiApplication.primaryScreen()),
                          screens[1])
            self.setScreen(target)
            self.move(target.geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()     # in sight, but the main window stays the active one

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.refresh()
        elif (event.type() == QEvent.ActivationChange and self.isActiveWindow()
              and self._keyboard_owner is not None and self._keyboard_owner.isVisible()):
            # activated against its flags (some window managers, Qt's offscreen platform)
            QTimer.singleShot(0, self._keyboard_owner.activateWindow)
        super().changeEvent(event)

    def refresh(self) -> None:
        self.setWindowTitle(self.tr("Jury Room — presentation"))
        card = self.ceremony.current() if self.ceremony is not None else None
        if card is not None:
            self._show_card(card)
            return
        p = self.clock.current()
        label = fmt.group_label(self.clock.session.service.competition())
        if p is None:
            self.group.setText("")
            self.title.setText(self.tr("No project in the running order"))
            self.organization.setText("")
        else:
            self.group.setText(f"{label}: {p.group}" if p.group else "")
            self.title.setText(p.title)
            self.organization.setText(p.organization)
        nxt = self.clock.next_up()
        self.next_up.setText(self.tr("Next up: {title}").format(title=nxt.title) if nxt
                             else self.tr("Last presentation"))
        left = self.clock.remaining_ms()
        self.countdown.setText(clock_text(left) if left > 0 else self.tr("Time is up"))
        self.countdown.setStyleSheet(f"color: {self.clock.colour()};")

    def _show_card(self, card) -> None:
        """A step of the ceremony: the heading, the title, the organisation, and the
        place (or the group) as large as the countdown would be."""
        self.group.setText(card.heading)
        self.title.setText(card.title)
        self.organization.setText(card.organization)
        self.countdown.setText(card.big)
        self.countdown.setStyleSheet("color: #ffd54f;")
        self.next_up.setText("")

    def resizeEvent(self, event) -> None:
        # the countdown fills the screen; the rest scales with it
        h = max(self.height(), 300)
        for name, share, _stretch, _bold in self.LINES:
            getattr(self, name).set_max_px(h * share)
        super().resizeEvent(event)
