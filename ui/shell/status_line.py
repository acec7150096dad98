"""The window's status line: the message of the window's own actions, and on its right
how many marks are still to be keyed."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from ui.screens.base import NOTICES


class StatusLine(QObject):
    # the first "marks still to key" count comes this long after the window is shown
    COUNTS_AFTER_OPEN_MS = 1000
    # the count waits until keying pauses this long: it needs the whole ranking worked out
    COUNT_PAUSE_MS = 400

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.bar = window.statusBar()
        self.marks_label = QLabel()
        self.bar.addPermanentWidget(self.marks_label)
        NOTICES.spoke.connect(self._on_spoke)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(self.COUNT_PAUSE_MS)
        self._counts_timer.timeout.connect(self.update_counts)

    def say(self, text: str, error: bool = False) -> None:
        """The message of the window's own action (undo) in the status bar, in red for a
        failure; the next action anywhere replaces or clears it."""
        NOTICES.spoke.emit(self.bar)
        self.show(text, error)

    def show(self, text: str, error: bool) -> None:
        """`text` on the status line, in red for a failure, without clearing the
        messages of the screens (one action's own red line stays beside it)."""
        self.bar.setStyleSheet("QStatusBar { color: #b00020; font-weight: bold; }"
                               if error else "")
        self.bar.showMessage(text)

    def note(self, text: str, ms: int) -> None:
        """A passing note (a copy saved, a backup restored) shown for `ms`."""
        self.bar.showMessage(text, ms)

    def count_soon(self) -> None:
        """Count the marks still to key once keying pauses."""
        self._counts_timer.start()

    def update_counts(self) -> None:
        # scoring already knows what is missing (and works it out incrementally), once a
        # screen has had the results worked out; opening the window does not wait for
        # that, but works them out shortly after the window is on screen
        service = self.window.session.service
        if not service.has_results():
            QTimer.singleShot(self.COUNTS_AFTER_OPEN_MS, self._count_after_open)
            return
        if not service.competition().has_sheets:
            self.marks_label.setText(self.tr("Nothing to key yet"))
            return
        missing = sum(len(p.missing) for p in service.results().projects)
        self.marks_label.setText(
            self.tr("Marks still to key: {n}").format(n=missing) if missing
            else self.tr("All marks are keyed"))

    def _count_after_open(self) -> None:
        if self.window.session._service is not None and self.window.isVisible():
            self.window.session.service.results()
            self.update_counts()

    def _on_spoke(self, who) -> None:
        if who is not self.bar:
            self.bar.clearMessage()
            self.bar.setStyleSheet("")
