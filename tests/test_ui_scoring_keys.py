"""Keying traps on the scoring sheet: where the cursor goes after R, what typing does to a
refused mark, and the R key under a Russian or Kazakh keyboard layout."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.tests_ui_common import open_sheet
from ui.keys import _R
from tests.ui_helpers import marks, rows

CRITERIA = ["relevance", "quality", "impact", "sustainability"]


def _cell(view):
    index = view.currentIndex()
    model = view.model()
    return model.rows[index.row()].project, index.column()


def _key_sheet(qtbot, view, texts):
    for text in texts:
        qtbot.keyClicks(view, text)
        qtbot.keyClick(view, Qt.Key_Return)


def test_r_puts_the_cursor_on_the_first_criterion_of_the_next_sheet(window, qtbot):
    """J1 keys two marks of KZ-05, then R: the cursor is on RU-06's *first* criterion
    (where Enter on the last criterion goes), so the next four marks fill RU-06 exactly
    and nothing spills into KZ-06."""
    view = open_sheet(window, "J1", "KZ-05")
    db = window.session.path
    _key_sheet(qtbot, view, ["7", "8"])
    assert _cell(view) == ("KZ-05", 2)
    qtbot.keyClick(view, Qt.Key_R)
    assert ("J1", "KZ-05") in rows(db, "SELECT juror, project FROM recusals")
    assert _cell(view) == ("RU-06", 0)
    _key_sheet(qtbot, view, ["5", "6", "7", "8"])
    keyed = marks(db)
    assert [keyed[("J1", "RU-06", c)] for c in CRITERIA] == [5, 6, 7, 8]
    assert not any(k[1] == "KZ-06" for k in keyed if k[0] == "J1")
    assert _cell(view) == ("KZ-06", 0)


def test_r_goes_forward_even_when_an_earlier_sheet_is_still_open(window, qtbot):
    """J5 has not scored RU-05 (earlier in the running order); R on KZ-05 goes on to
    RU-06's first criterion, not back to RU-05 and not to a second criterion."""
    view = open_sheet(window, "J5", "KZ-05")
    assert _cell(view) == ("KZ-05", 0)
    qtbot.keyClick(view, Qt.Key_R)
    assert _cell(view) == ("RU-06", 0)
    assert "recused" in window.scoring.message.text()


def test_r_on_the_last_sheet_stays_on_it(window, qtbot):
    """R on the last project of the running order records the recusal and leaves the
    cursor on that row: there is no next sheet to go to."""
    view = open_sheet(window, "J1", "KZ-06")
    qtbot.keyClick(view, Qt.Key_R)
    assert ("J1", "KZ-06") in rows(window.session.path,
                                   "SELECT juror, project FROM recusals")
    assert _cell(view)[0] == "KZ-06"


def test_typing_after_a_refused_mark_replaces_it(window, qtbot):
    """"11" is refused (above the maximum) and stays in the cell in red; typing 7 then
    gives "7", not "117", and Enter saves 7."""
    view = open_sheet(window, "J1", "KZ-05")
    model = window.scoring.model
    qtbot.keyClicks(view, "11")
    qtbot.keyClick(view, Qt.Key_Return)
    assert window.scoring.message.is_error
    assert view.typed() == "11"         # still there to be seen, in red
    assert model.refused_cell is not None
    qtbot.keyClicks(view, "7")
    assert view.typed() == "7"
    assert model.refused_cell is None
    qtbot.keyClick(view, Qt.Key_Return)
    assert marks(window.session.path)[("J1", "KZ-05", "relevance")] == 7
    assert _cell(view) == ("KZ-05", 1)


def test_backspace_after_a_refused_mark_edits_it(window, qtbot):
    """"7.3" is refused (off the half-point grid); Backspace takes the 3 away and 5
    completes "7.5", which is saved: editing a refused mark is still possible."""
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "7.3")
    qtbot.keyClick(view, Qt.Key_Return)
    assert window.scoring.message.is_error
    qtbot.keyClick(view, Qt.Key_Backspace)
    qtbot.keyClicks(view, "5")
    assert view.typed() == "7.5"
    qtbot.keyClick(view, Qt.Key_Return)
    assert marks(window.session.path)[("J1", "KZ-05", "relevance")] == 7.5


def test_r_after_a_refused_mark_recuses(window, qtbot):
    """A refused "11" does not block R: the recusal is recorded and the cursor moves on
    to the next sheet's first criterion."""
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "11")
    qtbot.keyClick(view, Qt.Key_Return)
    qtbot.keyClick(view, Qt.Key_R)
    assert ("J1", "KZ-05") in rows(window.session.path,
                                   "SELECT juror, project FROM recusals")
    assert _cell(view) == ("RU-06", 0)


def _press(widget, key, text, scan=0, modifiers=Qt.NoModifier):
    """A key as a real keyboard sends it: Qt's key, the typed text and the native scan
    code of the physical key (QTest cannot type Cyrillic or set a scan code)."""
    for kind in (QEvent.KeyPress, QEvent.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, scan, 0, 0, text))


def test_the_r_key_recuses_with_a_russian_or_kazakh_layout_on(window, qtbot):
    """With a Russian or Kazakh layout the key marked R types «к»: that key (known by its
    native scan code) recuses; the same «к» from any other key does nothing; the
    Cyrillic Р (the key marked H) recuses too."""
    view = open_sheet(window, "J1", "KZ-05")
    db = window.session.path
    recused = lambda: set(rows(db, "SELECT juror, project FROM recusals"))  # noqa: E731
    _press(view, 0x41A, "к", scan=_R + 1)       # «к» from another key: not R
    assert ("J1", "KZ-05") not in recused()
    _press(view, 0x41A, "к", scan=_R)           # the physical R key
    assert ("J1", "KZ-05") in recused()
    assert _cell(view) == ("RU-06", 0)
    _press(view, 0x420, "р")                    # Cyrillic er, no scan code known
    assert ("J1", "RU-06") in recused()
    _press(view, 0x420, "Р", modifiers=Qt.ShiftModifier)
    assert ("J1", "KZ-06") in recused()


# X11 key codes (evdev + 8) of the keys marked A, F, G and K
_X_A, _X_F, _X_G, _X_K = 38, 41, 42, 45


def test_alt_mnemonics_work_in_russian_with_the_english_layout_on(window, qtbot):
    """Russian interface, English layout: Alt + the key marked K types "k", but the
    label «&Листы:» underlines «л», which sits on that key: the sheet chooser takes the
    focus. Alt + the key marked A (where «ф» of «&Файл» sits) opens the File menu."""
    from tests.test_ui_language import switch

    switch(window, "ru")
    view = open_sheet(window, "J1", "KZ-05")
    view.setFocus()
    _press(view, Qt.Key_K, "k", scan=_X_K, modifiers=Qt.AltModifier)
    assert QApplication.focusWidget() is window.scoring.who
    _press(window.scoring.who, Qt.Key_A, "a", scan=_X_A, modifiers=Qt.AltModifier)
    assert window.menuBar().activeAction() is window.menus.file_menu.menuAction()
    window.menus.file_menu.hide()
    window.menuBar().setActiveAction(None)


def test_alt_mnemonics_work_in_kazakh_and_english_with_a_cyrillic_layout_on(window, qtbot):
    """Kazakh interface, Kazakh layout on: Alt + the key marked G types «п», the
    underlined letter of «&Парақтар:», and is handled as Qt would. English interface,
    Russian layout: Alt + the key marked F types «а», and opens the &File menu."""
    from tests.test_ui_language import switch

    switch(window, "kk")
    view = open_sheet(window, "J1", "KZ-05")
    view.setFocus()
    _press(view, 0x41F, "п", scan=_X_G, modifiers=Qt.AltModifier)
    assert QApplication.focusWidget() is window.scoring.who
    switch(window, "en")
    view.setFocus()
    _press(view, 0x410, "а", scan=_X_F, modifiers=Qt.AltModifier)
    assert window.menuBar().activeAction() is window.menus.file_menu.menuAction()
    window.menus.file_menu.hide()
    window.menuBar().setActiveAction(None)


def test_alt_by_place_follows_the_keyboard_into_a_dialog(window, qtbot):
    """The keys are watched on the widget that has the keyboard, wherever it is: in a
    dialog opened over the window, with the English layout on, Alt + the key marked L
    (where «д» sits) presses the dialog's «&Да» button, and a button of the window
    behind it is left alone."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout

    dialog = QDialog(window)
    field, button = QLineEdit(), QPushButton("&Да")
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(button)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)
    with qtbot.waitSignal(button.clicked, timeout=2000):
        _press(field, Qt.Key_L, "l", scan=46, modifiers=Qt.AltModifier)
    assert field.text() == ""
    dialog.close()
