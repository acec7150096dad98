"""The running order: Alt+Up/Down and drag move a project; a project is withdrawn; a
juror is marked absent for a project, which is shown as absent, not as recused."""

from PySide6.QtCore import Qt

from ui.main_window import ORDER
from tests.ui_helpers import rows


def _order(path):
    return [c for (c,) in rows(path, "SELECT code FROM projects ORDER BY ord")]


def test_alt_down_and_alt_up_move_the_selected_project(window, qtbot):
    """Alt+Down twice moves RU-01 from first to third in the file; the selection follows
    it, so Alt+Up then moves it back one place."""
    window.go(ORDER)
    screen = window.running_order
    screen.select("RU-01")
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key_Down, Qt.AltModifier)
    qtbot.keyClick(screen.view, Qt.Key_Down, Qt.AltModifier)
    assert _order(window.session.path)[:3] == ["KZ-01", "RU-02", "RU-01"]
    assert screen.current_code() == "RU-01"
    qtbot.keyClick(screen.view, Qt.Key_Up, Qt.AltModifier)
    assert _order(window.session.path)[:3] == ["KZ-01", "RU-01", "RU-02"]
    assert screen.model.index(1, 0).data() == "2"


def test_dropping_a_row_moves_the_project_there(window):
    """A drag of KZ-06 onto the first row puts it first; the rest shift down."""
    window.go(ORDER)
    model = window.running_order.model
    data = model.mimeData([model.index(model.row_of("KZ-06"), 0)])
    model.dropMimeData(data, Qt.MoveAction, -1, -1, model.index(0, 0))
    order = _order(window.session.path)
    assert order[0] == "KZ-06" and order[1] == "RU-01" and len(order) == 12


def test_withdrawing_a_project_is_saved_and_shown(window, qtbot):
    """The withdraw button marks the project withdrawn in the file and in the table;
    pressing it again reinstates it. (KZ-06 has no marks: one with marks asks first,
    see test_ui_messages.)"""
    window.go(ORDER)
    screen = window.running_order
    screen.select("KZ-06")
    qtbot.mouseClick(screen.withdraw_button, Qt.LeftButton)
    assert rows(window.session.path, "SELECT withdrawn FROM projects WHERE code='KZ-06'") == [(1,)]
    assert screen.model.index(screen.model.row_of("KZ-06"), 5).data() == "withdrawn"
    qtbot.mouseClick(screen.withdraw_button, Qt.LeftButton)
    assert rows(window.session.path, "SELECT withdrawn FROM projects WHERE code='KZ-06'") == [(0,)]


def test_a_juror_marked_absent_is_absent_not_recused(window, qtbot):
    """Ticking J2 for KZ-03 stores an absence (and no recusal); the list says absent. J4,
    recused from KZ-03 in the demo, is shown as recused and not ticked."""
    window.go(ORDER)
    screen = window.running_order
    screen.select("KZ-03")
    att = screen.attendance
    j2 = next(i for i in range(att.rowCount()) if att.index(i).data().startswith("J2"))
    assert att.setData(att.index(j2), Qt.Checked.value, Qt.CheckStateRole)
    path = window.session.path
    assert rows(path, "SELECT juror, project FROM absences") == [("J2", "KZ-03")]
    assert ("J2", "KZ-03") not in rows(path, "SELECT juror, project FROM recusals")
    assert "absent" in att.index(j2).data() and "recused" not in att.index(j2).data()
    j4 = next(i for i in range(att.rowCount()) if att.index(i).data().startswith("J4"))
    assert "recused" in att.index(j4).data()
    assert att.index(j4).data(Qt.CheckStateRole) == Qt.Unchecked
