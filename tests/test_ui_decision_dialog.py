"""The jury decision dialog from the keyboard (issue 11, items 7 and 9): arrows and Space
tick the projects that take the places, Tab moves between the fields without typing into
the reason, Ctrl+Enter records, and its errors go once they are put right."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from ui.dialogs.decision_dialog import DecisionDialog

TIED = [("P1", "Первый"), ("P3", "Третий"), ("P4", "Четвёртый")]


def _dialog(qtbot, places=1, **kw):
    dialog = DecisionDialog("P1, P3, P4 are tied.", TIED, places, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()     # as a modal dialog is, over the window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def test_arrows_and_space_tick_and_ctrl_enter_records(qtbot):
    """The list has the focus: Down, Space ticks P3; Tab goes to the reason; the reason
    is typed; Ctrl+Enter records P3 with that reason."""
    dialog = _dialog(qtbot)
    assert dialog.projects.hasFocus()
    qtbot.keyClick(dialog.projects, Qt.Key_Down)
    qtbot.keyClick(dialog.projects, Qt.Key_Space)
    assert dialog.winners() == ["P3"] and "Ticked: 1" in dialog.count.text()
    qtbot.keyClick(dialog.projects, Qt.Key_Tab)
    assert dialog.reason.hasFocus()
    qtbot.keyClicks(dialog.reason, "vote 4:2")
    qtbot.keyClick(dialog.reason, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.result() == QDialog.Accepted
    assert dialog.answer() == (["P3"], "vote 4:2")


def test_more_or_fewer_than_the_places_left_is_refused_in_the_dialog(qtbot):
    """Two places: one tick, or three, and Ctrl+Enter keeps the dialog open saying to
    tick exactly 2; with two ticked the message goes and it records."""
    dialog = _dialog(qtbot, places=2, reason="vote")
    qtbot.keyClick(dialog.projects, Qt.Key_Space)                    # P1
    qtbot.keyClick(dialog.projects, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.isVisible() and "exactly" in dialog.problem.text()
    for _ in range(2):
        qtbot.keyClick(dialog.projects, Qt.Key_Down)
        qtbot.keyClick(dialog.projects, Qt.Key_Space)                # P3, P4: three
    qtbot.keyClick(dialog.projects, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.isVisible() and "3 are ticked" in dialog.problem.text()
    qtbot.keyClick(dialog.projects, Qt.Key_Space)                    # P4 again: two
    assert dialog.problem.text() == ""
    qtbot.keyClick(dialog.projects, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.result() == QDialog.Accepted and dialog.winners() == ["P1", "P3"]


def test_an_empty_reason_is_asked_for_and_the_error_goes_once_typed(qtbot):
    """Ctrl+Enter with a tick but no reason keeps the dialog open with the error and the
    focus in the reason; typing clears the error."""
    dialog = _dialog(qtbot, chosen=["P1"])
    qtbot.keyClick(dialog.projects, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.isVisible() and "reason" in dialog.problem.text()
    assert dialog.reason.hasFocus()
    qtbot.keyClicks(dialog.reason, "x")
    assert dialog.problem.text() == ""


def test_tab_leaves_the_reason_and_enter_starts_a_new_line(qtbot):
    """Enter adds a line to the reason and does not record; Tab moves the focus on
    without typing a tab into it."""
    dialog = _dialog(qtbot, chosen=["P1"])
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "first")
    qtbot.keyClick(dialog.reason, Qt.Key_Return)
    qtbot.keyClicks(dialog.reason, "second")
    assert dialog.isVisible() and dialog.reason.toPlainText() == "first\nsecond"
    qtbot.keyClick(dialog.reason, Qt.Key_Tab)
    assert "\t" not in dialog.reason.toPlainText()
    assert not dialog.reason.hasFocus()
