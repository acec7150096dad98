"""What every screen shares: refresh when the competition changes, but only when seen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.session import Session


class Screen(QWidget):
    """A page of the main window. Subclasses implement `refresh()`.

    A hidden screen only notes that it is out of date and refreshes when it is shown, so
    keying a mark does not recompute six screens nobody is looking at; and a screen that
    names the tables it shows (`tables`) ignores changes to the others."""

    tables: frozenset[str] | None = None      # None: any change may alter what it shows

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self._stale = True
        session.changed.connect(self._on_changed)

    def refresh(self) -> None:
        raise NotImplementedError

    @staticmethod
    def heading(title: str, text: str) -> QLabel:
        """The line on top of a screen: which step this is and what to do here."""
        label = QLabel(f"<span style='font-size:13pt; font-weight:bold'>{title}</span>"
                       f"&nbsp;&nbsp;<span style='color:#444'>{text}</span>")
        label.setWordWrap(True)
        return label

    def _on_changed(self, change) -> None:
        if self.tables is not None and not self.session.touches(change, self.tables):
            return
        if self.isVisible():
            self.refresh()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
            self._stale = False
        super().showEvent(event)


class MessageLine(QLabel):
    """One line under a table or form: a refusal in red with its reason, or a note."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.is_error = False

    def error(self, text: str) -> None:
        self.is_error = True
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setText(text)

    def info(self, text: str) -> None:
        self.is_error = False
        self.setStyleSheet("color: #1b5e20;")
        self.setText(text)

    def clear_message(self) -> None:
        self.is_error = False
        self.setStyleSheet("")
        self.setText("")
