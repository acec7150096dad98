"""Keying marks from paper sheets: keyboard only, each mark committed before the cursor
moves, refusals shown and nothing saved, R recuses, Ctrl+Z undoes."""

from PySide6.QtCore import Qt

from tests.tests_ui_common import open_sheet
from ui.main_window import SCORING
from tests.ui_helpers import marks, rows

CRITERIA = ["relevance", "quality", "impact", "sustainability"]


def test_keying_a_whole_juror_sheet_commits_every_mark_before_moving_on(window, qtbot):
    """Digits + Enter for each criterion of J1's sheet for KZ-05: after every Enter the mark
    is already in the database file and the cursor is on the next criterion; after the
    last one the sheet reads complete, the total is app.scoring's, and the cursor is on
    the first criterion of the next project in running order."""
    view = open_sheet(window, "J1", "KZ-05")
    db = window.session.path
    typed = ["7", "8.5", "6", "9"]
    for i, (criterion, text) in enumerate(zip(CRITERIA, typed)):
        assert view.currentIndex().column() == i
        qtbot.keyClicks(view, text)
        assert ("J1", "KZ-05", criterion) not in marks(db)     # typed is not saved yet
        qtbot.keyClick(view, Qt.Key_Return)
        assert marks(db)[("J1", "KZ-05", criterion)] == float(text)
    model = window.scoring.model
    row = model.row_of("J1", "KZ-05")
    assert model.index(row, 4).data() == "41.75"           # 2×7 + 1.5×8.5 + 6 + 9
    assert model.index(row, 5).data().startswith("✔")
    result = window.session.service.results().project("KZ-05")
    assert result.juror_totals["J1"] == 41.75
    assert (view.currentIndex().row(), view.currentIndex().column()) == \
        (model.row_of("J1", "RU-06"), 0)
    assert "Saved" in window.scoring.message.text()


def test_a_refused_value_is_not_saved_and_the_reason_is_shown(window, qtbot):
    """A mark above the maximum and one off the half-point grid are refused on Enter:
    the file does not change at all, the reason is on screen, the cell turns red and the
    cursor stays; a valid mark typed next is then saved."""
    from tests.helpers import db_dump

    view = open_sheet(window, "J1", "KZ-05")
    db = window.session.path
    before = db_dump(db)
    qtbot.keyClicks(view, "11")
    qtbot.keyClick(view, Qt.Key_Return)
    assert db_dump(db) == before
    assert window.scoring.message.is_error
    assert "out of range" in window.scoring.message.text()
    assert view.currentIndex().column() == 0
    assert window.scoring.model.refused_cell == (view.currentIndex().row(), 0)

    qtbot.keyClick(view, Qt.Key_Escape)
    qtbot.keyClicks(view, "7.3")
    qtbot.keyClick(view, Qt.Key_Tab)
    assert db_dump(db) == before
    assert "grid" in window.scoring.message.text()

    qtbot.keyClick(view, Qt.Key_Escape)
    qtbot.keyClicks(view, "7,5")          # a decimal comma, as typed on a Russian keyboard
    qtbot.keyClick(view, Qt.Key_Return)
    assert marks(db)[("J1", "KZ-05", "relevance")] == 7.5
    assert not window.scoring.message.is_error


def test_r_recuses_and_ctrl_z_takes_the_recusal_back(window, qtbot):
    """R on a sheet records the recusal in the file at once and the row reads R (not
    absent); Ctrl+Z removes it again, and the undo is in the audit log."""
    view = open_sheet(window, "J2", "KZ-06")
    db = window.session.path
    qtbot.keyClick(view, Qt.Key_R)
    assert ("J2", "KZ-06") in rows(db, "SELECT juror, project FROM recusals")
    row = window.scoring.model.row_of("J2", "KZ-06")
    assert window.scoring.model.index(row, 0).data() == "R"
    assert "recused" in window.scoring.model.index(row, 5).data()
    assert "absent" not in window.scoring.model.index(row, 5).data()

    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert ("J2", "KZ-06") not in rows(db, "SELECT juror, project FROM recusals")
    assert rows(db, "SELECT COUNT(*) FROM audit WHERE action = 'undo'")[0][0] >= 1
    assert window.scoring.model.index(row, 0).data() == ""


def test_ctrl_z_undoes_the_last_mark_only(window, qtbot):
    """Two marks keyed, Ctrl+Z: the second is gone from the file, the first stays."""
    view = open_sheet(window, "J3", "KZ-05")
    db = window.session.path
    for text in ("5", "6"):
        qtbot.keyClicks(view, text)
        qtbot.keyClick(view, Qt.Key_Return)
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    keyed = marks(db)
    assert keyed[("J3", "KZ-05", "relevance")] == 5
    assert ("J3", "KZ-05", "quality") not in keyed
    assert "Undone" in window.statusBar().currentMessage()


def test_sheets_by_project_and_the_next_sheet_key(window, qtbot):
    """Keyed by project, the rows are the jurors; Ctrl+PgDown opens the next project in
    the running order, and Delete clears a mark."""
    screen = window.scoring
    window.go(SCORING)
    screen.mode.setCurrentIndex(screen.mode.findData("project"))
    screen.who.setCurrentIndex(screen.who.findData("RU-05"))
    assert [r.juror for r in screen.model.rows] == ["J1", "J2", "J3", "J4", "J5", "J6"]
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key_PageDown, Qt.ControlModifier)
    assert screen.who.currentData() == "KZ-05"
    screen.who.setCurrentIndex(screen.who.findData("RU-01"))
    screen.view.setCurrentIndex(screen.model.index(0, 0))
    qtbot.keyClick(screen.view, Qt.Key_Delete)
    assert ("J1", "RU-01", "relevance") not in marks(window.session.path)


def test_no_mark_can_be_keyed_on_a_withdrawn_project(window, qtbot):
    """Enter on a withdrawn project's row skips it: the cursor goes to the next open sheet."""
    window.session.service.set_withdrawn("RU-06", True)
    view = open_sheet(window, "J1", "KZ-05")
    model = window.scoring.model
    assert model.rows[model.row_of("J1", "RU-06")].state == "withdrawn"
    view.setCurrentIndex(model.index(model.row_of("J1", "KZ-05"), 3))
    qtbot.keyClicks(view, "5")
    qtbot.keyClick(view, Qt.Key_Return)
    assert view.currentIndex().row() == model.row_of("J1", "KZ-06")
