"""What every screen shares: refresh when the competition changes, but only when seen;
set its texts again when the interface language changes. Which changes reach which
screen, and in which order, is written in ui/shell/refresh_rule.py."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ui.session import Session


class Retranslating:
    """A widget whose fixed texts are set in `retranslate()`: once when it is built (the
    subclass calls it) and again on every LanguageChange, which Qt sends to every widget
    when ui.i18n switches the language."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def retranslate_model(model: QAbstractItemModel) -> None:
    """Make the views ask a model again for its headers and cells (texts and numbers
    that follow the language), without resetting it: the cursor stays where it is."""
    rows, cols = model.rowCount(), model.columnCount()
    if cols:
        model.headerDataChanged.emit(Qt.Horizontal, 0, cols - 1)
    if rows:
        model.headerDataChanged.emit(Qt.Vertical, 0, rows - 1)
    if rows and cols:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, cols - 1))


class Screen(Retranslating, QWidget):
    """A page of the main window. Subclasses implement `refresh()`.

    A hidden screen only notes that it is out of date and refreshes when it is shown, so
    keying a mark does not recompute six screens nobody is looking at; the window's
    refresh rule (ui/shell/refresh_rule.py) hands a screen only the changes to the
    tables it shows."""

    # the attribute naming the widget that takes the keyboard when the screen is opened
    main_widget_name = "view"

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self._stale = True

    def refresh(self) -> None:
        raise NotImplementedError

    def focus_main(self) -> None:
        """Put the keyboard on the screen's main widget (its table, list or button), so
        that a screen opened with Ctrl+1..8 is worked at once without a mouse."""
        widget = getattr(self, self.main_widget_name, None)
        if widget is None or not widget.isEnabled():
            self.focusNextChild()
        else:
            if isinstance(widget, QPushButton):
                # a button outside a dialog ignores Enter unless it is auto-default;
                # the secretary presses Enter on the button the keyboard was put on
                widget.setAutoDefault(True)
            widget.setFocus(Qt.OtherFocusReason)

    def make_heading(self) -> QLabel:
        """The line on top of a screen (its text comes from `set_heading`)."""
        self.heading_label = QLabel()
        self.heading_label.setWordWrap(True)
        return self.heading_label

    def set_heading(self, title: str, text: str) -> None:
        """Which step this is and what to do here."""
        self.heading_label.setText(
            f"<span style='font-size:13pt; font-weight:bold'>{title}</span>"
            f"&nbsp;&nbsp;<span style='color:#444'>{text}</span>")

    def changeEvent(self, event) -> None:
        super().changeEvent(event)      # retranslate() the fixed texts
        if event.type() == QEvent.LanguageChange:
            # what refresh() writes (counts, states, numbers) is in the old language too
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def commit_pending(self) -> str | None:
        """Save what is being typed before the secretary leaves it (for another screen,
        sheet or file, or quitting): None when nothing typed is left unsaved; else what
        was not saved and why, in a sentence, the screen keeping it and showing why. A
        screen that saves what is typed as it is typed has nothing to do."""
        return None

    def drop_pending(self) -> None:
        """Throw away what `commit_pending` could not save (the secretary said so)."""

    def update_for(self, change) -> bool:
        """Show a small change without a whole refresh, if the screen can (True)."""
        return False

    def on_change(self, change) -> None:
        """The competition changed (`change`: what was written; None: another file): on
        view, refresh now (or update just what changed); else when next shown."""
        if self.isVisible():
            if self._stale or not self.update_for(change):
                self.refresh()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
            self._stale = False
        super().showEvent(event)


class _Notices(QObject):
    """A message belongs to the action that made it: every message line (and the main
    window's status bar) says here when it speaks, and the window says when the data
    changed; every older message is then cleared, so that none outlives its action (a
    withdrawal's message after its undo, say)."""

    spoke = Signal(object)      # the widget showing the newest message; None: data changed


NOTICES = _Notices()


class MessageLine(QLabel):
    """One line under a table or form: a refusal in red with its reason, a warning in
    amber, or a note in green.
    The next action anywhere clears it (see _Notices); so does a new interface language,
    since it would still speak the old one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.is_error = False
        NOTICES.spoke.connect(self._on_spoke)

    def _on_spoke(self, who) -> None:
        if who is not self and self.text():
            self.clear_message()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.clear_message()
        super().changeEvent(event)

    def error(self, text: str) -> None:
        self.is_error = True
        self.setStyleSheet("color: #b00020; font-weight: bold;")
        self.setText(text)
        NOTICES.spoke.emit(self)

    def info(self, text: str) -> None:
        self.is_error = False
        self.setStyleSheet("color: #1b5e20;")
        self.setText(text)
        NOTICES.spoke.emit(self)

    def warning(self, text: str) -> None:
        """Done, but with something the secretary must do by hand (not a refusal, and
        not the green of a plain success)."""
        self.is_error = False
        self.setStyleSheet("color: #8a4b00; background: #fff3e0; font-weight: bold;")
        self.setText(text)
        NOTICES.spoke.emit(self)

    def clear_message(self) -> None:
        self.is_error = False
        self.setStyleSheet("")
        self.setText("")
