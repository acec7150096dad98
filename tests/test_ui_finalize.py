"""Finalizing locks the marks; reopening asks for a reason, which is logged."""

from PySide6.QtCore import Qt

from tests.helpers import db_dump
from tests.tests_ui_common import open_sheet
from ui.ask import Ask
from ui.main_window import FINALIZE
from tests.ui_helpers import rows


def test_finalize_locks_marks_and_reopening_needs_a_logged_reason(window, qtbot, monkeypatch):
    """After Finalize (confirmed) the file says finalized, the title says so, and a mark
    keyed on the scoring screen is refused with the reason and not saved. Reopen asks
    why; an empty answer is refused, a real one is stored in the audit log and listed in
    the screen's history, and marks can be keyed again."""
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: True))
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: ""))   # no print
    window.go(FINALIZE)
    screen = window.finalize
    qtbot.mouseClick(screen.finalize_button, Qt.LeftButton)
    path = window.session.path
    assert rows(path, "SELECT value FROM settings WHERE key = 'finalized'") == [("true",)]
    assert "[finalized]" in window.windowTitle()

    view = open_sheet(window, "J1", "KZ-05")
    assert window.scoring.locked.isVisible()
    before = db_dump(path)
    qtbot.keyClicks(view, "7")
    qtbot.keyClick(view, Qt.Key_Return)
    assert db_dump(path) == before
    assert "finalized" in window.scoring.message.text()
    qtbot.keyClick(view, Qt.Key_Escape)     # dropped: a refused mark waits in its cell

    window.go(FINALIZE)
    monkeypatch.setattr(Ask, "reason", staticmethod(lambda *a, **k: "   "))
    qtbot.mouseClick(screen.reopen_button, Qt.LeftButton)
    assert screen.message.is_error and "reason" in screen.message.text()
    assert rows(path, "SELECT value FROM settings WHERE key = 'finalized'") == [("true",)]

    monkeypatch.setattr(Ask, "reason", staticmethod(lambda *a, **k: "Ошибка в листе J1 — қате"))
    qtbot.mouseClick(screen.reopen_button, Qt.LeftButton)
    assert rows(path, "SELECT value FROM settings WHERE key = 'finalized'") == [("false",)]
    assert rows(path, "SELECT note FROM audit WHERE action = 'reopen'") == \
        [("Ошибка в листе J1 — қате",)]
    assert "Ошибка в листе J1 — қате" in screen.history.item(1).text()

    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "7")
    qtbot.keyClick(view, Qt.Key_Return)
    assert rows(path, "SELECT score FROM marks WHERE juror='J1' AND project='KZ-05'") == [(7.0,)]


def test_cancelling_the_confirmation_finalizes_nothing(window, qtbot, monkeypatch):
    """No to 'Finalize?' leaves the competition open."""
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: False))
    window.go(FINALIZE)
    qtbot.mouseClick(window.finalize.finalize_button, Qt.LeftButton)
    assert not window.session.service.competition().finalized
    assert window.finalize.finalize_button.isEnabled()


def test_reopen_with_an_empty_reason_keeps_the_dialog_open(window, qtbot, monkeypatch):
    """Reopen, then Enter with no reason typed: the dialog stays open and says a reason
    is needed, the competition stays final; once a reason is typed the message goes, and
    Enter reopens with that reason logged (issue 11, item 14)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window.session.service.finalize()
    window.go(FINALIZE)
    screen = window.finalize
    checked = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        qtbot.keyClick(dialog.reason, Qt.Key_Return)
        checked["open"] = dialog.isVisible()
        checked["problem"] = dialog.problem.text()
        qtbot.keyClicks(dialog.reason, "typo in J1")
        checked["cleared"] = dialog.problem.text()
        qtbot.keyClick(dialog.reason, Qt.Key_Return)

    QTimer.singleShot(0, answer)
    screen.reopen_button.setFocus()
    qtbot.keyClick(screen.reopen_button, Qt.Key_Space)
    assert checked["open"] and "reason" in checked["problem"]
    assert checked["cleared"] == ""
    assert not window.session.service.competition().finalized
    assert rows(window.session.path, "SELECT note FROM audit WHERE action = 'reopen'") == \
        [("typo in J1",)]


def test_attendance_is_keyed_in_the_jurors_table_and_finalize_refuses_without_quorum(
        window, qtbot, monkeypatch):
    """On Set up, the jurors table's "At the meeting" column takes present / remote /
    absent from a drop-down (F2, End, Enter). With three of six scoring jurors absent the
    Finalize screen says there is no quorum, and Finalize is refused with the reason in
    red; nothing is locked. One juror back (remote) and Finalize goes through."""
    from PySide6.QtWidgets import QApplication

    from ui.main_window import SETUP

    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: True))
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: ""))   # no print
    window.go(SETUP)
    panel = window.setup.jurors
    model, view = panel.model, panel.view
    column = [c.field for c in model.columns].index("attendance")
    path = window.session.path

    def key_attendance(code: str, end: bool):
        row = [j.code for j in window.session.service.competition().jurors].index(code)
        view.setCurrentIndex(model.index(row, column))
        view.setFocus()
        qtbot.keyClick(view, Qt.Key_F2)
        editor = QApplication.focusWidget()
        assert editor is not view, code
        qtbot.keyClick(editor, Qt.Key_End if end else Qt.Key_Home)
        if not end:
            qtbot.keyClick(editor, Qt.Key_Down)
        qtbot.keyClick(editor, Qt.Key_Return)
        qtbot.waitUntil(lambda: not view.isPersistentEditorOpen(view.currentIndex())
                        and QApplication.focusWidget() is not editor)

    for code in ("J2", "J3", "J4"):
        key_attendance(code, end=True)
    assert rows(path, "SELECT code FROM jurors WHERE attendance = 'absent' ORDER BY code") == \
        [("J2",), ("J3",), ("J4",)]
    window.go(FINALIZE)
    assert "no quorum" in window.finalize.state.text()
    qtbot.mouseClick(window.finalize.finalize_button, Qt.LeftButton)
    assert window.finalize.message.is_error
    assert "no quorum: 3 of 6" in window.finalize.message.text()
    assert rows(path, "SELECT value FROM settings WHERE key = 'finalized'") != [("true",)]

    window.go(SETUP)
    key_attendance("J3", end=False)     # the second choice: remote
    assert rows(path, "SELECT attendance FROM jurors WHERE code = 'J3'") == [("remote",)]
    window.go(FINALIZE)
    qtbot.mouseClick(window.finalize.finalize_button, Qt.LeftButton)
    assert rows(path, "SELECT value FROM settings WHERE key = 'finalized'") == [("true",)]


def test_without_the_quorum_finalize_says_so_at_once_instead_of_asking(
        window, qtbot, monkeypatch):
    """With three of six scoring jurors absent, Finalize asked "Lock all marks…? Not
    everything is in yet; you can still finalize" and only after Yes said there was no
    quorum. Now it asks nothing: the refusal, naming the quorum, is on the screen at once
    and nothing is locked; with the quorum back the question is asked again."""
    asked = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: asked.append(a) or False))
    for code in ("J2", "J3", "J4"):
        window.session.service.set_attendance(code, "absent")
    window.go(FINALIZE)
    screen = window.finalize
    screen.finalize_button.setFocus()
    qtbot.keyClick(screen.finalize_button, Qt.Key_Space)
    assert asked == []
    assert screen.message.is_error and "no quorum: 3 of 6" in screen.message.text()
    assert rows(window.session.path,
                "SELECT value FROM settings WHERE key = 'finalized'") != [("true",)]
    window.session.service.set_attendance("J2", "remote")
    qtbot.keyClick(screen.finalize_button, Qt.Key_Space)
    assert len(asked) == 1
