"""Small helpers for the window tests: typing non-ASCII text, reading the database file
directly, walking the text a window shows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit,
                               QWidget)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Cyrillic and Kazakh included (QTest.keyClicks only types ASCII)."""
    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def rows(path: Path, sql: str) -> list[tuple]:
    """Read the database file itself, read-only: what was committed, not what a snapshot
    says. A file the window holds open is locked for its one connection, so it is read
    through that connection (which sees exactly what was committed)."""
    from tests.helpers import open_store

    held = open_store(path)
    if held is not None:
        return held._conn.execute(sql).fetchall()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def marks(path: Path) -> dict[tuple[str, str, str], float]:
    return {(j, p, c): s for j, p, c, s in rows(
        path, "SELECT juror, project, criterion, score FROM marks")}


def shown_texts(root: QWidget) -> list[str]:
    """Every piece of text the window and its children show: labels, buttons, fields,
    combo items, window titles and tooltips."""
    out = [root.windowTitle(), root.toolTip()]
    for w in [root] + root.findChildren(QWidget):
        out += [w.toolTip(), w.windowTitle()]
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            out.append(w.text())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
    return [t for t in out if t]


def show_window(qtbot, window):
    """Show a window and make it the active one, as a user's would be (shortcuts with a
    window context only fire in the active window)."""
    qtbot.addWidget(window, before_close_func=_drop_typing)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def _drop_typing(window) -> None:
    """A test may end on a refused mark; closing the window would then ask whether to
    quit without it, and wait for an answer no test gives."""
    for screen in window.screens.built if hasattr(window, "screens") else ():
        if screen is not None:
            screen.drop_pending()
