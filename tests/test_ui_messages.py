"""A message belongs to the action that made it: the next action replaces or clears it,
and undo says what it took back. Withdrawing a project with marks asks first; reopening
a file returns to the sheet in progress."""

from PySide6.QtCore import QSettings, Qt

from app.service import JuryService
from app.store import Store
from tests.tests_ui_common import open_sheet
from tests.ui_helpers import marks, rows, show_window
from ui.ask import Ask
from ui.main_window import ORDER, SCORING, MainWindow
from ui.prefs import Prefs

RELEVANCE = "Актуальность и социальная значимость"


def _withdrawn(window, code):
    return rows(window.session.path,
                f"SELECT withdrawn FROM projects WHERE code = '{code}'")[0][0] == 1


def test_undo_says_which_mark_it_took_back(window, qtbot):
    """7 keyed for J2 on KZ-05, then Ctrl+Z: the status bar says "Undone: mark 7 of J2
    on KZ-05, <criterion>", and the scoring sheet's "Saved" line is gone."""
    view = open_sheet(window, "J2", "KZ-05")
    qtbot.keyClicks(view, "7")
    qtbot.keyClick(view, Qt.Key_Return)
    assert "Saved" in window.scoring.message.text()
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert window.statusBar().currentMessage() == f"Undone: mark 7 of J2 on KZ-05, {RELEVANCE}"
    assert window.scoring.message.text() == ""
    assert ("J2", "KZ-05", "relevance") not in marks(window.session.path)
    index = view.currentIndex()     # back on the undone cell, to key it again
    assert (window.scoring.model.rows[index.row()].project, index.column()) == ("KZ-05", 0)


def test_undo_of_a_changed_mark_says_what_it_is_back_to(window, qtbot):
    """J1's 5.5 on RU-01 changed to 9, then Ctrl+Z: "… mark 9 of J1 on RU-01, … (back
    to 5.5)"; and undoing a recusal says so."""
    view = open_sheet(window, "J1", "RU-01")
    view.setCurrentIndex(window.scoring.model.index(view.currentIndex().row(), 0))
    qtbot.keyClicks(view, "9")
    qtbot.keyClick(view, Qt.Key_Return)
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert window.statusBar().currentMessage() == \
        f"Undone: mark 9 of J1 on RU-01, {RELEVANCE} (back to 5.5)"
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClick(view, Qt.Key_R)
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert window.statusBar().currentMessage() == "Undone: recusal of J1 from KZ-05"


def test_a_withdrawal_message_goes_with_its_undo(window, qtbot):
    """KZ-06 (no marks) withdrawn on the Running order screen: its message shows; Ctrl+Z
    brings it back, the withdrawal message is gone and the status bar says what was
    undone."""
    window.go(ORDER)
    screen = window.running_order
    screen.select("KZ-06")
    qtbot.mouseClick(screen.withdraw_button, Qt.LeftButton)
    assert _withdrawn(window, "KZ-06")
    assert "withdrawn" in screen.message.text()
    qtbot.keyClick(screen.view, Qt.Key_Z, Qt.ControlModifier)
    assert not _withdrawn(window, "KZ-06")
    assert screen.message.text() == ""
    assert window.statusBar().currentMessage() == "Undone: withdrawal of KZ-06"


def test_a_refusal_is_cleared_by_the_next_action(window, qtbot):
    """"11" refused on J1's sheet, Esc, then Ctrl+Z (undoing nothing of it): the red
    refusal does not stay on screen next to the undo's message."""
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "5")
    qtbot.keyClick(view, Qt.Key_Return)
    qtbot.keyClicks(view, "11")
    qtbot.keyClick(view, Qt.Key_Return)
    assert window.scoring.message.is_error
    qtbot.keyClick(view, Qt.Key_Escape)
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert window.scoring.message.text() == ""
    assert window.statusBar().currentMessage().startswith("Undone: mark 5 of J1 on KZ-05")


def test_withdrawing_a_project_with_marks_asks_first(window, qtbot, monkeypatch):
    """RU-01 has marks: Withdraw asks, naming how many jurors marked it; No leaves it in,
    Yes withdraws it. KZ-06, without marks, is withdrawn without a question."""
    asked = []
    answer = [False]
    monkeypatch.setattr(Ask, "confirm", staticmethod(
        lambda parent, title, text: asked.append(text) or answer[0]))
    window.go(ORDER)
    screen = window.running_order
    screen.select("RU-01")
    qtbot.mouseClick(screen.withdraw_button, Qt.LeftButton)
    assert len(asked) == 1 and "RU-01 already has marks from 6 juror(s)" in asked[0]
    assert not _withdrawn(window, "RU-01")
    answer[0] = True
    qtbot.mouseClick(screen.withdraw_button, Qt.LeftButton)
    assert _withdrawn(window, "RU-01")
    screen.select("KZ-06")
    qtbot.mouseClick(screen.withdraw_button, Qt.LeftButton)
    assert _withdrawn(window, "KZ-06") and len(asked) == 2


def test_reopening_the_file_returns_to_the_sheet_in_progress(qtbot, demo_store, prefs):
    """J3's sheets, cursor on KZ-05's third criterion, window closed; a new window on the
    same file opens Scoring on J3's sheets with the cursor on that same cell."""
    w = show_window(qtbot, MainWindow(JuryService(demo_store), prefs))
    view = open_sheet(w, "J3", "KZ-05")
    qtbot.keyClicks(view, "6")
    qtbot.keyClick(view, Qt.Key_Return)
    qtbot.keyClicks(view, "7")
    qtbot.keyClick(view, Qt.Key_Return)
    w.close()
    again = Prefs(QSettings(prefs.qs.fileName(), QSettings.IniFormat))
    demo_store.close()      # one Jury Room per file: the first window's store lets go
    w2 = show_window(qtbot, MainWindow(
        JuryService(Store.open(demo_store.path, read_only=True)), again))
    assert w2.current_screen() == SCORING
    screen = w2.scoring
    index = screen.view.currentIndex()
    assert screen.who.currentData() == "J3"
    assert (screen.model.rows[index.row()].project, index.column()) == ("KZ-05", 2)
