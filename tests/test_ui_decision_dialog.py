"""The jury decision dialog from the keyboard (issue 11, items 7 and 9; issue 17, item 1):
arrows and Space tick the projects that take the places, the vote is typed in three
number fields with the casting-vote tick, Tab moves between the fields without typing
into the reason, Ctrl+Enter records, and its errors go once they are put right."""

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
    assert dialog.vote_fields[0].hasFocus()
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "vote 4:2")
    qtbot.keyClick(dialog.reason, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.result() == QDialog.Accepted
    assert dialog.answer() == (["P3"], "vote 4:2", None, False)


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


def _tab_to(qtbot, dialog, widget, limit=12):
    for _ in range(limit):
        if widget.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert widget.hasFocus(), QApplication.focusWidget()


def test_the_vote_is_typed_in_number_fields_with_the_casting_tick(qtbot):
    """Tab from the list reaches For, Against, Abstaining (digits; letters are not
    taken), then the casting-vote tick (Space), then the reason: the answer carries
    (2, 2, 1) and the casting vote."""
    dialog = _dialog(qtbot, chosen=["P1"])
    chain = [*dialog.vote_fields, dialog.casting, dialog.reason]
    for widget, keys in zip(chain, ("2x", "2", "1", None, "why")):
        _tab_to(qtbot, dialog, widget)
        if keys is None:
            qtbot.keyClick(widget, Qt.Key_Space)
        else:
            qtbot.keyClicks(widget, keys)
    assert [f.text() for f in dialog.vote_fields] == ["2", "2", "1"]
    qtbot.keyClick(dialog.reason, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.result() == QDialog.Accepted
    assert dialog.answer() == (["P1"], "why", (2, 2, 1), True)


def test_no_vote_typed_is_no_vote_and_an_empty_figure_is_nought(qtbot):
    """All three empty: the vote was not recorded (None); one filled: the others are 0."""
    dialog = _dialog(qtbot, chosen=["P1"], reason="r")
    assert dialog.votes() is None
    qtbot.keyClicks(dialog.vote_fields[0], "5")
    assert dialog.votes() == (5, 0, 0)


def test_a_vote_the_service_refuses_keeps_the_dialog_open_saying_why(qtbot):
    """The service's check refuses a casting vote on an untied vote: Ctrl+Enter leaves
    the dialog open, with the reason, the figures as typed and the focus on the tick."""
    from app.errors import InputError

    def check(votes, casting):
        if casting and votes[0] != votes[1]:
            raise InputError("a casting vote settles a tied vote", field="casting")

    dialog = _dialog(qtbot, chosen=["P1"], reason="r", votes=(3, 2, 0), casting=True,
                     check=check)
    assert [f.text() for f in dialog.vote_fields] == ["3", "2", "0"]   # shown back
    assert dialog.casting.isChecked()
    qtbot.keyClick(dialog.projects, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.isVisible() and "tied vote" in dialog.problem.text()
    assert dialog.casting.hasFocus()
    qtbot.keyClick(dialog.casting, Qt.Key_Space)                     # untick
    assert dialog.problem.text() == ""
    qtbot.keyClick(dialog.casting, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.result() == QDialog.Accepted
    assert dialog.answer() == (["P1"], "r", (3, 2, 0), False)
