"""The progress board: keyed, partly keyed, missing, recused and absent sheets, each
with a symbol as well as a colour; activating a cell opens that sheet."""

from PySide6.QtCore import Qt

from tests.tests_ui_common import open_sheet
from ui.main_window import PROGRESS, SCORING
from ui.models.progress_model import StateRole


def _cell(window, juror, project):
    m = window.progress.model
    row = [j.code for j in m.jurors].index(juror)
    col = [p.code for p in m.projects].index(project)
    return m.index(row, col)


def test_the_board_follows_the_marks_keyed(window, qtbot):
    """After keying two of J1's four KZ-05 marks, recusing J2 from it and marking J3
    absent, the board shows each state with its own symbol; a sheet keyed once reads ●."""
    view = open_sheet(window, "J1", "KZ-05")
    for text in ("7", "8"):
        qtbot.keyClicks(view, text)
        qtbot.keyClick(view, Qt.Key_Return)
    svc = window.session.service
    svc.set_recused("J2", "KZ-05", True)
    svc.set_absent("J3", "KZ-05", True)
    window.go(PROGRESS)
    assert _cell(window, "J1", "KZ-05").data() == "◐ 2/4"
    assert _cell(window, "J1", "KZ-05").data(StateRole) == "partial"
    assert _cell(window, "J2", "KZ-05").data() == "R"
    assert _cell(window, "J3", "KZ-05").data() == "A"
    assert _cell(window, "J4", "KZ-05").data() == "○"
    assert _cell(window, "J1", "RU-01").data() == "●"
    # the colour differs by state too, and the tooltip names it in words
    assert _cell(window, "J2", "KZ-05").data(Qt.BackgroundRole) != \
        _cell(window, "J3", "KZ-05").data(Qt.BackgroundRole)
    assert "absent" in _cell(window, "J3", "KZ-05").data(Qt.ToolTipRole)
    assert "2 recused" in window.progress.summary.text()   # J4 × KZ-03 in the demo, and J2


def test_activating_a_cell_opens_that_sheet_on_its_first_missing_mark(window, qtbot):
    """Double-clicking J5 × RU-05 (nothing keyed) switches to scoring, on J5's sheets, at
    the RU-05 row, first criterion, with the keyboard focus in the sheet."""
    window.go(PROGRESS)
    index = _cell(window, "J5", "RU-05")
    view = window.progress.view
    rect = view.visualRect(index)
    # a real double click is a click and then a double-click event on the same cell
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.current_screen() == SCORING
    s = window.scoring
    assert s.who.currentData() == "J5"
    current = s.view.currentIndex()
    assert s.model.rows[current.row()].project == "RU-05"
    assert current.column() == 0
    assert s.view.hasFocus()


def test_enter_on_a_cell_opens_the_sheet_too(window, qtbot):
    """The board works without a mouse: arrows to a cell, Enter opens its sheet."""
    window.go(PROGRESS)
    view = window.progress.view
    view.setFocus()
    view.setCurrentIndex(_cell(window, "J6", "KZ-06"))
    qtbot.keyClick(view, Qt.Key_Return)
    assert window.current_screen() == SCORING
    assert window.scoring.who.currentData() == "J6"


def test_second_keying_shows_verified_and_conflict_and_space_checks_a_sheet_in(window, qtbot):
    """A sheet keyed twice alike reads ✔, one keyed twice differently ≠ (with its own
    colour and a legend entry each); Space on J2's row marks J2's paper sheet as back,
    in the row's header and in the history, and Space again takes it back."""
    desk = window.session.service.paper
    marks = window.session.service.competition().marks
    for crit in ("relevance", "quality", "impact", "sustainability"):
        desk.second_mark("J1", "RU-01", crit, f"{marks[('J1', 'RU-01', crit)]:g}")
    desk.second_mark("J1", "KZ-01", "relevance", "0")
    window.go(PROGRESS)
    assert _cell(window, "J1", "RU-01").data() == "✔"
    assert _cell(window, "J1", "KZ-01").data() == "≠"
    assert _cell(window, "J1", "KZ-01").data(StateRole) == "conflict"
    legend = [label.text() for label in window.progress.legend.values()]
    assert any("verified" in t for t in legend) and any("differ" in t for t in legend)
    view = window.progress.view
    view.setFocus()
    view.setCurrentIndex(_cell(window, "J2", "RU-01"))
    qtbot.keyClick(view, Qt.Key_Space)
    m = window.progress.model
    assert "sheet back" in m.headerData(1, Qt.Vertical)
    assert desk.records().sheet("J2").status == "received"
    assert window.session.service.store.history("paper_sheets", ("J2",))[-1]["action"] == \
        "check-in"
    qtbot.keyClick(view, Qt.Key_Space)
    assert desk.records().sheet("J2").status == "out"


def test_a_new_empty_competition_has_nothing_to_key_yet(window, qtbot, tmp_path):
    """Issue 17: a fresh file with no projects, jurors or criteria says there is nothing
    to key yet, on the board and in the status bar, instead of 'All marks are keyed'."""
    from app.service import JuryService
    from app.store import Store

    window.session.open(JuryService(Store.open(tmp_path / "new.jury")))
    window.go(PROGRESS)
    qtbot.waitUntil(lambda: window.status_line.marks_label.text() == "Nothing to key yet", timeout=5000)
    assert "Nothing to key yet" in window.progress.summary.text()
    assert "All" not in window.progress.summary.text()
