"""The jury decision dialog from the keyboard (issue 11, item 9): Tab leaves the reason,
Ctrl+Enter records, and the "write the reason first" error goes once one is typed."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ui.screens.decision_dialog import DecisionDialog


def _dialog(qtbot):
    dialog = DecisionDialog("P1 — First", "P1, P3 are tied for 1 place.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reason.setFocus()
    return dialog


def test_ctrl_enter_records_and_an_empty_reason_is_asked_for(qtbot):
    """Ctrl+Enter with no reason keeps the dialog open with the error; typing a reason
    clears the error; Ctrl+Enter then accepts with that reason."""
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog.reason, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.isVisible() and "reason" in dialog.problem.text()
    qtbot.keyClicks(dialog.reason, "vote 4:2")
    assert dialog.problem.text() == ""
    qtbot.keyClick(dialog.reason, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.result() == QDialog.Accepted
    assert dialog.answer() == (True, "vote 4:2")


def test_tab_leaves_the_reason_and_enter_starts_a_new_line(qtbot):
    """Tab moves the focus on without typing a tab into the reason; Enter adds a line
    to the reason and does not record."""
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.reason, "first")
    qtbot.keyClick(dialog.reason, Qt.Key_Return)
    qtbot.keyClicks(dialog.reason, "second")
    assert dialog.isVisible() and dialog.reason.toPlainText() == "first\nsecond"
    qtbot.keyClick(dialog.reason, Qt.Key_Tab)
    assert "\t" not in dialog.reason.toPlainText()
    assert not dialog.reason.hasFocus()
