"""Issue 11, item 14: Help > Keyboard shortcuts lists every key of the window. The list
is read from the window's own actions, shortcuts and buttons, so a key added in the code
appears in it; this test finds the keys on its own and checks each is listed."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication

from ui.ask import Ask
from ui.shortcuts import ShortcutsDialog


def _every_key_of(window) -> set[tuple[str, str]]:
    """(key, holder) for every shortcut registered anywhere in the window, all screens
    built: QActions, QShortcuts and buttons' keys that are not their Alt+letter."""
    for n in range(8):
        window.go(n)
    keys = set()
    for action in window.findChildren(QAction):
        keys |= {(s.toString(QKeySequence.NativeText), action.text()) for s in action.shortcuts()
                 if not s.isEmpty()}
    for shortcut in window.findChildren(QShortcut):
        keys |= {(s.toString(QKeySequence.NativeText), "QShortcut") for s in shortcut.keys()}
    for button in window.findChildren(QAbstractButton):
        s = button.shortcut()
        if not s.isEmpty() and s != QKeySequence.mnemonic(button.text()):
            keys.add((s.toString(QKeySequence.NativeText), button.text()))
    return keys


def _table(dialog) -> list[tuple[str, str, str]]:
    t = dialog.table
    return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]


def test_f1_opens_a_table_listing_every_registered_key(window, qtbot, monkeypatch):
    """F1 (Help > Keyboard shortcuts) opens the table; every key registered in the window
    (menus, Ctrl+1..8, F5, Ctrl+P, Alt+↑/↓ on the running order, Ctrl+PgDown on the
    sheets, Ctrl+D on Results...) is in it with a description and a place, and so are the
    keys widgets handle themselves (Enter, R, Space)."""
    shown = []
    monkeypatch.setattr(Ask, "show", staticmethod(lambda parent, dialog: shown.append(dialog)))
    expected = _every_key_of(window)
    assert len(expected) >= 20
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_F1)
    assert shown and isinstance(shown[0], ShortcutsDialog)
    table = _table(shown[0])
    listed = {keys for keys, _what, _where in table}
    for key, holder in sorted(expected):
        assert key in listed, (key, holder)
    assert all(what and where for _keys, what, where in table), table
    for key in ("Ctrl+1", "Ctrl+8", "F5", "Ctrl+Z", "Ctrl+P", "Alt+Up", "Ctrl+PgDown",
                "Ctrl+D", "R", "Space", "Del"):
        assert key in listed, key


def test_the_table_has_no_key_twice_in_one_place(window):
    """A key means one thing in one place: (key, place) pairs are unique in the table
    (three Delete buttons share Ctrl+Del on Set up, as one row)."""
    table = _table(ShortcutsDialog(window))
    pairs = [(keys, where) for keys, _what, where in table]
    assert len(pairs) == len(set(pairs)), pairs


def test_the_table_speaks_the_interface_language(window, qtbot):
    """In Russian the descriptions, places and headers are Russian (the keys' names come
    from Qt's own translation)."""
    import re

    window.set_language("ru")
    qtbot.waitUntil(lambda: window.menus.undo_action.text() != "&Undo last change", timeout=2000)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    table = _table(dialog)
    for keys, what, where in table:
        assert re.search("[а-яё]", what.lower()), (keys, what)
        assert re.search("[а-яё]", where.lower()), (keys, where)
    assert dialog.table.horizontalHeaderItem(1).text() != "What they do"


def test_the_dialog_closes_with_escape_and_fits_a_small_screen(window, qtbot):
    """Esc closes it (keyboard only), and it is no larger than a 1024x768 screen."""
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 700
    QTimer.singleShot(0, lambda: qtbot.keyClick(dialog, Qt.Key_Escape))
    assert dialog.exec() == 0
