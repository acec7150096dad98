"""Help > Keyboard shortcuts: every key the window answers to, in one table.

The table is made from the window itself, so it cannot drift from the code: every
QAction's and QShortcut's key, and every button's key other than its Alt+letter, is read
from the widgets (all screens built). Keys that widgets handle in code (Enter on a sheet,
R, Space on a list) have no object to read; they are written once, in `handled_keys`, and
so are the descriptions of shortcuts that carry no text of their own (Alt+↑ on the
running order). test_ui_shortcuts checks that every registered key appears with a
description.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QDialog, QDialogButtonBox, QHeaderView,
                               QMenu, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

ANYWHERE = -1
SET_UP, ORDER, PRESENT, SCORING, PROGRESS, RESULTS, PROTOCOL, FINALIZE = range(8)
# "Record jury decision…  (Ctrl+D)": the key is in its own column already
_KEY_IN_TEXT = re.compile(r"\s*\([^()]*\+[^()]*\)\s*$")


def key_text(keys) -> str:
    """A key or key combination as the platform writes it (Ctrl+PgDown, ⌘Z on a Mac)."""
    return QKeySequence(keys).toString(QKeySequence.NativeText)


# (keys, screen, what they do) for the keys that no QAction or button holds; keys as
# Qt key combinations (written as the platform writes them) or as text
HANDLED = (
    ((Qt.Key_Up, Qt.Key_Down), ANYWHERE, QT_TRANSLATE_NOOP(
        "Shortcuts", "In the list of steps: show the step above or below (Enter goes in)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Alt+underlined letter"), ANYWHERE, QT_TRANSLATE_NOOP(
        "Shortcuts", "Press that button, or go to that field or list")),
    ((Qt.ALT | Qt.Key_Up,), ORDER, QT_TRANSLATE_NOOP("Shortcuts", "Move the project up")),
    ((Qt.ALT | Qt.Key_Down,), ORDER, QT_TRANSLATE_NOOP("Shortcuts", "Move the project down")),
    ((Qt.Key_Tab,), ORDER, QT_TRANSLATE_NOOP(
        "Shortcuts", "Leave the table for the list of absent jurors")),
    ((Qt.Key_Space,), ORDER, QT_TRANSLATE_NOOP(
        "Shortcuts", "In the absent list: tick or clear the juror under the cursor")),
    ((Qt.Key_Space,), PRESENT, QT_TRANSLATE_NOOP("Shortcuts", "Start or pause the clock")),
    ((Qt.Key_Enter,), PRESENT, QT_TRANSLATE_NOOP(
        "Shortcuts", "In the running order: put that project on stage")),
    ((Qt.Key_Enter, Qt.Key_Tab), SCORING, QT_TRANSLATE_NOOP(
        "Shortcuts", "Save the mark typed and go to the next cell (then the next sheet)")),
    ("R", SCORING, QT_TRANSLATE_NOOP(
        "Shortcuts", "Recuse the juror from the project; again: lift the recusal (the key "
                     "marked R, whatever the keyboard layout)")),
    ((Qt.Key_Delete,), SCORING, QT_TRANSLATE_NOOP("Shortcuts", "Clear the mark")),
    ((Qt.Key_F2,), SCORING, QT_TRANSLATE_NOOP(
        "Shortcuts", "In the comment column: edit the saved comment")),
    ((Qt.Key_Escape,), SCORING, QT_TRANSLATE_NOOP("Shortcuts", "Drop what was typed in the cell")),
    ((Qt.CTRL | Qt.Key_PageDown,), SCORING, QT_TRANSLATE_NOOP("Shortcuts", "Next sheet")),
    ((Qt.CTRL | Qt.Key_PageUp,), SCORING, QT_TRANSLATE_NOOP("Shortcuts", "Previous sheet")),
    ((Qt.Key_Enter,), PROGRESS, QT_TRANSLATE_NOOP("Shortcuts", "Open that sheet on Scoring")),
    ((Qt.Key_Space,), PROGRESS, QT_TRANSLATE_NOOP(
        "Shortcuts", "The paper sheet is back, or out again")),
    ((Qt.CTRL | Qt.Key_Enter,), RESULTS, QT_TRANSLATE_NOOP(
        "Shortcuts", "In the jury's decision: record it (Tab leaves the reason)")),
    ((Qt.Key_Space,), RESULTS, QT_TRANSLATE_NOOP(
        "Shortcuts", "In the jury's decision: tick or clear the project under the cursor "
                     "(the ticked ones take the places left)")),
    ((Qt.Key_Tab,), RESULTS, QT_TRANSLATE_NOOP(
        "Shortcuts", "In the jury's decision: type the votes for, against and abstaining "
                     "(digits; all three empty: no vote recorded)")),
    ((Qt.CTRL | Qt.Key_Enter,), PROTOCOL, QT_TRANSLATE_NOOP(
        "Shortcuts", "In the dissenting opinions: save the opinion (Enter starts a new line, "
                     "Tab leaves it)")),
    ((Qt.Key_Enter,), RESULTS, QT_TRANSLATE_NOOP(
        "Shortcuts", "In an adjustment's points or rule: save the adjustment")),
    ((Qt.Key_Delete,), RESULTS, QT_TRANSLATE_NOOP(
        "Shortcuts", "In the list of adjustments: remove the one under the cursor")),
)


def _translated(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def handled_keys() -> list[tuple[str, int, str]]:
    """HANDLED, its keys written out and its texts in the interface language."""
    return [(_translated(keys) if isinstance(keys, str) and keys != "R"
             else keys if isinstance(keys, str) else " / ".join(key_text(k) for k in keys),
             where, _translated(what)) for keys, where, what in HANDLED]


def _where_text(window, where: int) -> str:
    if where == ANYWHERE:
        return QCoreApplication.translate("Shortcuts", "Anywhere")
    return window.step_names()[where]


def _screen_of(window, obj) -> int:
    """The step a widget (or an action on a widget) belongs to; ANYWHERE for the window's."""
    widget = obj if isinstance(obj, QWidget) else obj.parent()
    while isinstance(widget, QWidget) and widget is not window:
        if widget in window.screens.built:
            return window.screens.built.index(widget)
        widget = widget.parentWidget()
    return ANYWHERE


def registered(window) -> list[tuple[QKeySequence, object]]:
    """Every key sequence the window answers to, with the object holding it: each
    QAction's and QShortcut's, and each button's other than the Alt+letter of its text.
    All screens are built first, so that none is missed."""
    for _screen in window.screens:
        pass
    actions = [(seq, action) for action in window.findChildren(QAction)
               for seq in action.shortcuts() if not seq.isEmpty()]
    shortcuts = [(seq, shortcut) for shortcut in window.findChildren(QShortcut)
                 for seq in shortcut.keys() if not seq.isEmpty()]
    return actions + shortcuts + _button_keys(window)


def _button_keys(window) -> list[tuple[QKeySequence, object]]:
    out = []
    for button in window.findChildren(QAbstractButton):
        seq = button.shortcut()
        if not seq.isEmpty() and seq != QKeySequence.mnemonic(button.text()):
            out.append((seq, button))
    return out


def _what(obj) -> str:
    text = obj.text() if isinstance(obj, (QAction, QAbstractButton)) else ""
    return _KEY_IN_TEXT.sub("", text.replace("&", "")).rstrip("…").strip()


def rows(window) -> list[tuple[str, str, str]]:
    """The table the dialog shows: (keys, what they do, where), the window's menus first,
    then each step in order."""
    handled = handled_keys()
    found, menus = _found(window, {(keys, where) for keys, where, _what_ in handled})
    table = [(keys, " / ".join(texts), menus.get((keys, where)) or _where_text(window, where),
              where) for (keys, where), texts in found.items()]
    table += [(keys, what, _where_text(window, where), where) for keys, where, what in handled]
    table.sort(key=lambda row: row[3])      # stable: the menus' own order within a place
    return [row[:3] for row in table]


def _found(window, described: set) -> tuple[dict, dict]:
    """The window's keys that HANDLED does not describe: (keys, where) -> what they do
    (the texts of the objects holding them), and -> the menu they are in."""
    found: dict[tuple[str, int], list[str]] = {}
    menus: dict[tuple[str, int], str] = {}
    for seq, obj in registered(window):
        keys, where = key_text(seq), _screen_of(window, obj)
        if (keys, where) in described:
            continue
        what = _what(obj)
        texts = found.setdefault((keys, where), [])
        if what and what not in texts:
            texts.append(what)
        menu = _menu_of(obj)
        if menu is not None:
            menus[(keys, where)] = menu.title().replace("&", "")
    return found, menus


def _menu_of(obj):
    """The menu an action is in; None for a shortcut or a button."""
    return next((m for m in getattr(obj, "associatedObjects", lambda: [])()
                 if isinstance(m, QMenu)), None)


class ShortcutsDialog(QDialog):
    """The table of keys, read from the window it is opened on."""

    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do"),
                                              self.tr("Where")])
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for keys, what, where in rows(window):
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, text in enumerate((keys, what, where)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # room for the table on a 1024x768 screen
        self.resize(min(900, window.width()), min(620, window.height()))
