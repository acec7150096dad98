"""Where the main window opens: on a laptop of 1366x768 or a 1024x768 screen as well as
on a desktop. A first start opens at the size the window was designed for when the screen
has room for it, maximised when it has not. A geometry saved on a bigger screen (or on a
second monitor since unplugged) is shrunk and moved onto the screen by Qt's own
restoreGeometry (test_first_start checks it does)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = (1280, 760)
# room for the window manager's title bar and borders, which Qt only knows once shown
FRAME = (16, 40)


def available(window: QWidget) -> QRect:
    """The part of the window's screen not taken by panels and docks."""
    screen = QWidget.screen(window) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place(window: QWidget, saved: QByteArray | None) -> None:
    """Restore `saved` (clamped to the screen), else the preferred size or maximised."""
    if saved is not None and window.restoreGeometry(saved):
        return
    room = available(window)
    width, height = PREFERRED
    if width + FRAME[0] > room.width() or height + FRAME[1] > room.height():
        # a small screen: all of it; the size below is what "restore" brings back
        window.resize(min(width, room.width() - FRAME[0]),
                      min(height, room.height() - FRAME[1]))
        window.move(room.topLeft())
        window.setWindowState(window.windowState() | Qt.WindowMaximized)
    else:
        window.resize(width, height)
        window.move(room.center() - window.rect().center())
