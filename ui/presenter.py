"""The projector: the project on stage, a large countdown and who is next.

By design it shows no mark, score or rank, whatever the state of the competition: it
reads only the running order (title, organisation, group) and its own clock.
Keys: Space starts or pauses, → / ↓ / PgDown next project, ← / ↑ / PgUp previous,
Backspace resets the clock, F11 full screen, Esc leaves full screen (or closes).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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
        session.changed.connect(self._on_competition_changed)

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

    def _on_competition_changed(self, change) -> None:
        if not self.session.touches(change, ("settings", "projects")):
            return      # marks never reach the projector
        self.index = min(self.index, max(len(self.projects()) - 1, 0))
        self.changed.emit()


class PresenterWindow(QWidget):
    """A separate top-level window for the projector."""

    def __init__(self, clock: PresenterClock):
        super().__init__(None, Qt.Window)
        self.clock = clock
        self.setObjectName("presenter")
        self.setStyleSheet("#presenter { background: #101820; } QLabel { color: white; }")
        self.setAutoFillBackground(True)
        self.group = QLabel()
        self.title = QLabel()
        self.organization = QLabel()
        self.countdown = QLabel()
        self.next_up = QLabel()
        for label in (self.group, self.title, self.organization, self.countdown, self.next_up):
            label.setAlignment(Qt.AlignCenter)
            label.setWordWrap(True)
        self.countdown.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(self.group)
        layout.addWidget(self.title, 2)
        layout.addWidget(self.organization)
        layout.addWidget(self.countdown, 3)
        layout.addWidget(self.next_up)
        clock.changed.connect(self.refresh)
        self.resize(1024, 640)
        self.refresh()

    def show_on_projector(self) -> None:
        """Full screen on the second screen when there is one; a window otherwise."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            target = next((s for s in screens if s != QGuiApplication.primaryScreen()),
                          screens[1])
            self.setScreen(target)
            self.move(target.geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.setWindowTitle(self.tr("Jury Room — presentation"))
        p = self.clock.current()
        label = self.clock.session.service.competition().settings.group_label
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

    def resizeEvent(self, event) -> None:
        # the countdown fills the screen; the rest scales with it
        h = max(self.height(), 300)
        for label, share, bold in ((self.countdown, 0.28, True), (self.title, 0.07, True),
                                   (self.group, 0.04, False), (self.organization, 0.045, False),
                                   (self.next_up, 0.04, False)):
            font = QFont(label.font())
            font.setPixelSize(int(h * share))
            font.setBold(bold)
            label.setFont(font)
        super().resizeEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key_Space:
            self.clock.start_pause()
        elif key in (Qt.Key_Right, Qt.Key_Down, Qt.Key_PageDown):
            self.clock.step(1)
        elif key in (Qt.Key_Left, Qt.Key_Up, Qt.Key_PageUp):
            self.clock.step(-1)
        elif key == Qt.Key_Backspace:
            self.clock.reset()
        elif key == Qt.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key_Escape:
            self.showNormal() if self.isFullScreen() else self.close()
        else:
            super().keyPressEvent(event)
