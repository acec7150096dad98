"""Issue 11, item 8: the keyboard lands where the work is. A screen opened with Ctrl+1..8
(or by the window opening on it) has its main widget focused, not the step list; on the
running order, Tab leaves the table, Alt+A reaches the absent list and Space ticks."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.service import JuryService
from app.store import Store
from ui.main_window import ORDER, PRESENT, PROTOCOL, SETUP, MainWindow
from ui.ask import Ask
from ui.prefs import Prefs
from tests.ui_helpers import rows, show_window


def _main_widget(screen):
    return getattr(screen, screen.main_widget_name)


def _inside(widget, parent) -> bool:
    while widget is not None:
        if widget is parent:
            return True
        widget = widget.parentWidget()
    return False


def test_ctrl_digit_puts_the_keyboard_on_the_screens_main_widget(window, qtbot):
    """From the step list, each Ctrl+1..8 shows the screen with its table, list or main
    button focused (Set up: its tabs; Running order, Scoring, Progress, Results: the
    table; Presenting: the running order; Protocol: Print; Finalize: Finalize)."""
    window.nav.setFocus()
    for n in range(8):
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt, f"Key_{n + 1}"),
                       Qt.ControlModifier)
        screen = window.screens[n]
        focus = QApplication.focusWidget()
        assert _inside(focus, screen), (n, focus)
        assert focus is _main_widget(screen) or _inside(focus, _main_widget(screen)), (n, focus)


def test_arrows_in_the_step_list_browse_and_enter_goes_in(window, qtbot):
    """↓ in the step list shows the next screen and keeps the keyboard in the list (to
    browse the steps); Enter then takes it into the screen shown."""
    window.go(SETUP)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key_Down)
    assert window.current_screen() == ORDER and QApplication.focusWidget() is window.nav
    qtbot.keyClick(window.nav, Qt.Key_Return)
    assert QApplication.focusWidget() is window.running_order.view


def test_the_window_opens_with_the_keyboard_on_the_screen_it_was_left_at(qtbot, demo_store,
                                                                       prefs):
    """Reopened on Running order, the window's focus is on the running order table."""
    prefs.set_screen(ORDER)
    w = show_window(qtbot, MainWindow(JuryService(demo_store), prefs))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.running_order.view, timeout=2000)


def test_absent_ticks_are_reached_and_set_with_the_keyboard_only(window, qtbot):
    """Ctrl+2, ↓ to a project, Tab out of the table (Tab used to cycle inside it), Alt+A
    to the absent list, ↓ to a juror, Space: the absence is in the file; Space again
    lifts it; Shift+Tab returns to the table with the project still current."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_2, Qt.ControlModifier)
    screen = window.running_order
    view = screen.view
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key_Down)
    project = screen.current_code()
    assert project == window.session.service.competition().running_order[1].code
    qtbot.keyClick(view, Qt.Key_Tab)
    assert not _inside(QApplication.focusWidget(), view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_A, Qt.AltModifier)
    assert QApplication.focusWidget() is screen.attendance_view
    att = screen.attendance_view
    qtbot.keyClick(att, Qt.Key_Down)
    juror = screen.attendance.index(att.currentIndex().row()).data().split()[0]
    qtbot.keyClick(att, Qt.Key_Space)
    path = window.session.path
    assert rows(path, "SELECT juror, project FROM absences") == [(juror, project)]
    qtbot.keyClick(att, Qt.Key_Space)
    assert rows(path, "SELECT juror, project FROM absences") == []
    qtbot.keyClick(att, Qt.Key_Backtab, Qt.ShiftModifier)
    assert QApplication.focusWidget() is view and screen.current_code() == project


def test_the_absent_lists_alt_key_is_shown_in_every_language(window):
    """The absent list's title carries its Alt+letter in English, Russian and Kazakh."""
    from ui import i18n

    window.go(ORDER)
    for lang in ("en", "ru", "kk"):
        window.set_language(lang)
        assert "&" in window.running_order.attendance_box.title(), lang


def test_enter_presses_the_main_button_that_ctrl_8_and_ctrl_7_put_the_keyboard_on(
        window, qtbot, monkeypatch):
    """Ctrl+8 puts the keyboard on 'Finalize and print…', Ctrl+7 on 'Print a draft…':
    Enter (what a secretary presses) then presses it, as Space does; it used to do
    nothing, since a button outside a dialog ignores Enter."""
    asked = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: asked.append(a[1]) or False))
    monkeypatch.setattr(Ask, "save_file",
                        staticmethod(lambda *a, **k: asked.append("save") or ""))
    window.nav.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_8, Qt.ControlModifier)
    assert QApplication.focusWidget() is window.finalize.finalize_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert len(asked) == 1          # the confirmation was asked (and answered No)
    assert not window.session.service.competition().finalized
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_7, Qt.ControlModifier)
    assert QApplication.focusWidget() is window.protocol.print_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert asked[-1] == "save"      # where to print was asked (and cancelled)
