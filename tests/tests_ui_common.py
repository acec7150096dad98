"""Steps several window tests share (the whole-day test among them)."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.main_window import SCORING


def open_sheet(window, juror: str, project: str):
    """Go to the scoring screen at that juror's sheet for that project; the sheet view."""
    window.go(SCORING)
    window.scoring.show_sheet(juror, project)
    return window.scoring.view


def answer_next_dialog(qtbot, answer) -> list:
    """Run `answer(dialog)` on the next modal dialog once it is shown (a modal dialog's
    exec() does not return to the test until it is closed); the dialogs seen."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, poll)
    return seen


def tick_with_keys(qtbot, dialog, codes) -> None:
    """In the jury decision dialog, tick `codes` (and only toggle those) with Home, Down
    and Space."""
    projects = dialog.projects
    qtbot.keyClick(projects, Qt.Key_Home)
    for row in range(projects.count()):
        if projects.item(row).data(Qt.UserRole) in codes:
            qtbot.keyClick(projects, Qt.Key_Space)
        qtbot.keyClick(projects, Qt.Key_Down)


def select_result_with_keys(qtbot, screen, code: str):
    """On the Results screen, Ctrl+Home then Down until `code`'s row is current; the view."""
    view = screen.view
    view.setFocus()                 # where Ctrl+6 leaves the keyboard
    qtbot.keyClick(view, Qt.Key_Home, Qt.ControlModifier)
    for _ in range(view.model().rowCount()):
        if screen.current_code() == code:
            break
        qtbot.keyClick(view, Qt.Key_Down)
    assert screen.current_code() == code, f"{code} is not on the Results screen"
    return view


def decide_tie_with_keys(window, qtbot, code: str, winners, reason: str) -> None:
    """The jury's decision on the tie `code` is in, keyboard only: Results (Ctrl+6), the
    project's row, Ctrl+D; in the dialog tick `winners` (arrows, Space), Tab to the
    reason, type it (ASCII: qtbot.keyClicks) and record with Ctrl+Enter."""
    qtbot.keyClick(window, Qt.Key_6, Qt.ControlModifier)
    screen = window.results
    view = select_result_with_keys(qtbot, screen, code)

    def answer(dialog):
        tick_with_keys(qtbot, dialog, winners)
        qtbot.keyClick(dialog.projects, Qt.Key_Tab)
        qtbot.keyClicks(dialog.reason, reason)
        qtbot.keyClick(dialog.reason, Qt.Key_Return, Qt.ControlModifier)

    seen = answer_next_dialog(qtbot, answer)
    qtbot.keyClick(view, Qt.Key_D, Qt.ControlModifier)
    # a button's shortcut clicks it animated: the dialog comes a moment later
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=5000)
    # the window is active again once the dialog is gone (a desktop's window manager
    # does this; the offscreen platform does not)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def wait_printed(qtbot, window):
    """Wait until the Protocol screen's printing job is over; its screen (the message
    says what was written, `last_pdf` where)."""
    screen = window.protocol
    qtbot.waitUntil(lambda: screen.job is None, timeout=60_000)
    return screen
