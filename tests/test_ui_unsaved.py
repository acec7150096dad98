"""Nothing typed on the scoring sheet is lost without a word, and nothing looks saved that
is not: a mark the disk will not take stays in its cell in red with the reason, and every
way out of a cell (Enter, a click, the next sheet, another screen, another file,
quitting) saves what was typed or says it was not."""

import sqlite3

import pytest
from PySide6.QtCore import Qt

from tests.tests_ui_common import open_sheet
from ui.ask import Ask
from ui.main_window import PROGRESS, SCORING
from tests.ui_helpers import marks, rows


def _shown(window):
    """(project, column) of the cursor on the scoring sheet."""
    index = window.scoring.view.currentIndex()
    return window.scoring.model.rows[index.row()].project, index.column()


def _refused_here(window) -> bool:
    view = window.scoring.view
    index = view.currentIndex()
    return window.scoring.model.refused_cell == (index.row(), index.column())


# ----- a disk that will not take the mark ------------------------------------------------
def test_a_mark_on_a_read_only_medium_stays_red_with_the_reason(window, qtbot):
    """The medium turns read-only (SQLite's query_only gives the same SQLITE_READONLY):
    Enter on "7" saves nothing, the 7 stays in its cell in red, the reason is on screen
    (not only on stderr), the cursor stays and the sheet's state and total are unchanged;
    once writable again, Enter saves it and the cursor moves on."""
    view = open_sheet(window, "J1", "KZ-05")
    store = window.session.service.store
    model = window.scoring.model
    row = model.row_of("J1", "KZ-05")
    state_before = model.index(row, 5).data()
    store.db.execute("PRAGMA query_only = 1")
    qtbot.keyClicks(view, "7")
    qtbot.keyClick(view, Qt.Key_Return)
    store.db.execute("PRAGMA query_only = 0")
    assert ("J1", "KZ-05", "relevance") not in marks(window.session.path)
    assert _shown(window) == ("KZ-05", 0)
    assert _refused_here(window) and view.typed() == "7"
    assert window.scoring.message.is_error
    assert "read-only" in window.scoring.message.text()
    assert "Not saved" in window.scoring.message.text()
    assert model.index(row, 5).data() == state_before
    assert "Saved" not in window.scoring.message.text()

    qtbot.keyClick(view, Qt.Key_Return)
    assert marks(window.session.path)[("J1", "KZ-05", "relevance")] == 7
    assert _shown(window) == ("KZ-05", 1)
    assert not window.scoring.message.is_error


def test_r_on_a_read_only_medium_says_it_was_not_saved(window, qtbot):
    """R while the medium is read-only records nothing, says so in red and leaves the
    cursor where it was."""
    view = open_sheet(window, "J1", "KZ-05")
    store = window.session.service.store
    store.db.execute("PRAGMA query_only = 1")
    qtbot.keyClick(view, Qt.Key_R)
    store.db.execute("PRAGMA query_only = 0")
    assert ("J1", "KZ-05") not in rows(window.session.path,
                                       "SELECT juror, project FROM recusals")
    assert window.scoring.message.is_error and "read-only" in window.scoring.message.text()
    assert _shown(window) == ("KZ-05", 0)


def _fill_the_disk(conn) -> None:
    """The file may not grow (SQLite's max_page_count, as a full disk) and every free page
    is filled, so that one of the next marks needs a page it cannot have."""
    conn.execute("CREATE TABLE filler (x BLOB)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    try:
        while True:
            conn.execute("INSERT INTO filler VALUES (zeroblob(100))")
    except sqlite3.DatabaseError:
        pass
    conn.commit()


def test_on_a_full_disk_every_mark_shown_saved_is_saved_and_the_first_refused_is_red(
        window, qtbot):
    """Marks keyed one after another (sheet after sheet) while the disk fills up: each
    mark the sheet shows as saved is in the file, the first one the disk refuses is not,
    stays typed in red with "the disk is full" on screen, and the cursor stays on it;
    once space is free, Enter on it saves it."""
    view = open_sheet(window, "J1", "KZ-05")
    conn = window.session.service.store.conn
    _fill_the_disk(conn)
    refused = None
    for _ in range(80):
        if "End of these sheets" in window.scoring.message.text():
            qtbot.keyClick(view, Qt.Key_PageDown, Qt.ControlModifier)
        juror = window.scoring.model.key
        project, col = _shown(window)
        criterion = window.scoring.model.criteria[col].code
        qtbot.keyClicks(view, "5")
        qtbot.keyClick(view, Qt.Key_Return)
        if window.scoring.message.is_error:
            refused = (juror, project, criterion)
            break
        assert marks(window.session.path)[(juror, project, criterion)] == 5
    assert refused is not None, "the disk never filled up"
    assert refused not in marks(window.session.path)
    assert "disk is full" in window.scoring.message.text()
    assert _shown(window)[0] == refused[1] and _refused_here(window)
    assert view.typed() == "5"

    conn.execute("PRAGMA max_page_count = 1073741823")
    qtbot.keyClick(view, Qt.Key_Return)
    assert marks(window.session.path)[refused] == 5


# ----- every way out of a cell -------------------------------------------------------------
def test_ctrl_pgdown_saves_the_typed_mark_before_opening_the_next_sheet(window, qtbot):
    """"7" typed, not entered, then Ctrl+PgDown: the 7 is saved and J2's sheets open."""
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "7")
    qtbot.keyClick(view, Qt.Key_PageDown, Qt.ControlModifier)
    assert marks(window.session.path)[("J1", "KZ-05", "relevance")] == 7
    assert window.scoring.who.currentData() == "J2"


def test_ctrl_pgdown_on_a_refused_mark_keeps_the_sheet(window, qtbot):
    """"11" typed, then Ctrl+PgDown: the mark is refused, the same sheet stays open with
    the cursor on the red cell, and the reason is shown."""
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "11")
    qtbot.keyClick(view, Qt.Key_PageDown, Qt.ControlModifier)
    assert window.scoring.who.currentData() == "J1"
    assert _shown(window) == ("KZ-05", 0) and _refused_here(window)
    assert "out of range" in window.scoring.message.text()
    qtbot.keyClick(view, Qt.Key_Escape)     # or closing the window at the end would ask


@pytest.mark.parametrize("how", ["ctrl+5", "step list"])
def test_switching_screens_saves_the_typed_mark(window, qtbot, how):
    """"7" typed, then Ctrl+5 (or Progress chosen in the step list): the 7 is saved
    and the Progress screen is shown."""
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "7")
    if how == "ctrl+5":
        qtbot.keyClick(view, Qt.Key_5, Qt.ControlModifier)
    else:
        window.nav.setCurrentRow(PROGRESS)
    assert marks(window.session.path)[("J1", "KZ-05", "relevance")] == 7
    assert window.current_screen() == PROGRESS


@pytest.mark.parametrize("how", ["ctrl+5", "step list"])
def test_switching_screens_on_a_refused_mark_keeps_it_red_and_says_so(window, qtbot, how):
    """"11" typed, then Ctrl+5 (or a click on Progress in the step list): refused, and
    the window says so in its status bar, naming the mark; the Progress screen opens
    (so that Finalize, say, can be reached), and back on Scoring the 11 still waits in
    its cell, in red, the cursor on it."""
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "11")
    if how == "ctrl+5":
        qtbot.keyClick(view, Qt.Key_5, Qt.ControlModifier)
    else:
        rect = window.nav.visualItemRect(window.nav.item(PROGRESS))
        qtbot.mouseClick(window.nav.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.current_screen() == PROGRESS
    said = window.statusBar().currentMessage()
    assert "Not saved" in said and "J1 · KZ-05" in said and "11" in said
    assert ("J1", "KZ-05", "relevance") not in marks(window.session.path)
    qtbot.keyClick(window.progress, Qt.Key_4, Qt.ControlModifier)
    assert window.current_screen() == SCORING
    assert _refused_here(window) and view.typed() == "11"
    qtbot.keyClicks(view, "8")
    qtbot.keyClick(view, Qt.Key_Return)
    assert marks(window.session.path)[("J1", "KZ-05", "relevance")] == 8


def test_a_click_on_another_cell_saves_the_typed_mark(window, qtbot):
    """"7" typed, then a click on another row: the 7 is saved first; with "11" typed the
    click is refused and the cursor stays on the red cell."""
    view = open_sheet(window, "J1", "KZ-05")
    model = window.scoring.model
    other = model.index(model.row_of("J1", "KZ-06"), 2)
    qtbot.keyClicks(view, "7")
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(other).center())
    assert marks(window.session.path)[("J1", "KZ-05", "relevance")] == 7
    assert _shown(window) == ("KZ-06", 2)
    qtbot.keyClicks(view, "11")
    here = model.index(model.row_of("J1", "KZ-05"), 1)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(here).center())
    assert _shown(window) == ("KZ-06", 2) and _refused_here(window)
    qtbot.keyClick(view, Qt.Key_Escape)


def test_choosing_another_sheet_with_a_refused_mark_keeps_the_sheet(window, qtbot):
    """"11" typed, then another juror chosen in "Sheets of": refused, so the chooser
    goes back to J1 and J1's sheet stays, with the red cell."""
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "11")
    who = window.scoring.who
    who.setCurrentIndex(who.findData("J3"))
    assert who.currentData() == "J1"
    assert window.scoring.model.key == "J1"
    assert _refused_here(window)
    qtbot.keyClick(view, Qt.Key_Escape)


def test_ctrl_q_saves_the_typed_mark_and_quits(window, qtbot):
    """"7" typed, then Ctrl+Q: the 7 is saved and the window closes."""
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "7")
    qtbot.keyClick(view, Qt.Key_Q, Qt.ControlModifier)
    assert marks(window.session.path)[("J1", "KZ-05", "relevance")] == 7
    assert not window.isVisible()


@pytest.mark.parametrize("answer", [False, True])
def test_quitting_on_a_mark_that_is_not_saved_asks_first(window, qtbot, monkeypatch,
                                                         answer):
    """"11" typed, then Ctrl+Q: the window asks; No keeps it open on the red cell, Yes
    quits without the mark."""
    asked = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(
        lambda parent, title, text: asked.append(text) or answer))
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "11")
    qtbot.keyClick(view, Qt.Key_Q, Qt.ControlModifier)
    assert len(asked) == 1 and "Not saved" in asked[0] and "J1 · KZ-05" in asked[0]
    assert window.isVisible() is (not answer)
    assert ("J1", "KZ-05", "relevance") not in marks(window.session.path)
    if not answer:
        assert _refused_here(window)
        qtbot.keyClick(view, Qt.Key_Escape)


def test_closing_the_window_saves_the_typed_mark(window, qtbot, monkeypatch):
    """"7" typed, then the window's close button: the 7 is saved, no question asked."""
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: pytest.fail("asked")))
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "7")
    window.close()
    assert marks(window.session.path)[("J1", "KZ-05", "relevance")] == 7


@pytest.mark.parametrize("answer", [False, True])
def test_opening_another_file_on_a_refused_mark_asks_first(window, qtbot, monkeypatch,
                                                            answer):
    """"11" typed, then File > Open: the window asks before the typed mark is thrown
    away; No: no file dialog comes up and the sheet stays, red; Yes: the dialog comes."""
    dialogs = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: answer))
    monkeypatch.setattr(Ask, "open_file", staticmethod(lambda *a: dialogs.append(a) or ""))
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "11")
    window.files.open_dialog()
    assert len(dialogs) == int(answer)
    assert window.current_screen() == SCORING
    assert _refused_here(window) is (not answer)
    qtbot.keyClick(view, Qt.Key_Escape)


def test_ctrl_z_while_typing_takes_back_the_typing_only(window, qtbot):
    """"5" saved, then "6" typed: Ctrl+Z drops the 6 (never saved) and keeps the 5; a
    second Ctrl+Z then undoes the 5."""
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "5")
    qtbot.keyClick(view, Qt.Key_Return)
    qtbot.keyClicks(view, "6")
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert view.typed() == ""
    assert marks(window.session.path)[("J1", "KZ-05", "relevance")] == 5
    qtbot.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert ("J1", "KZ-05", "relevance") not in marks(window.session.path)
