"""Juror comments keyed on the Scoring screen: a comment cell after the last criterion,
typed like a mark (Enter saves and moves on); a required comment left out keeps the
sheet incomplete."""

from dataclasses import replace

from PySide6.QtCore import Qt

from tests.ui_helpers import rows, type_text
from ui.main_window import SCORING


def _with_comments(window, mode):
    service = window.session.service
    service.save_settings(replace(service.competition().settings, comments=mode))
    window.go(SCORING)
    return window.scoring


def test_enter_after_the_last_criterion_goes_to_the_comment_and_then_on(window, qtbot):
    """On a sheet, Enter on the last criterion lands on the comment cell; typed text
    (Cyrillic, an R and digits included) is saved with Enter into the comments table,
    its history written, and the cursor goes to the next sheet's first criterion."""
    screen = _with_comments(window, "optional")
    view, model = screen.view, screen.model
    n = len(model.criteria)
    row = next(i for i, r in enumerate(model.rows) if r.keyable)
    view.setFocus()
    view.setCurrentIndex(model.index(row, n - 1))
    qtbot.keyClick(view, Qt.Key_Return)            # nothing typed: just moves on
    assert view.currentIndex().column() == model.comment_column == n + 2
    type_text(view, "Сильная команда, R&D 2 года")
    assert model.pending[2] == "Сильная команда, R&D 2 года"
    qtbot.keyClick(view, Qt.Key_Return)
    r = model.rows[row]
    path = window.session.service.store.path
    assert rows(path, "SELECT juror, project, criterion, comment FROM comments") == [
        (r.juror, r.project, "", "Сильная команда, R&D 2 года")]
    assert rows(path, "SELECT COUNT(*) FROM audit WHERE entity = 'comments'") == [(1,)]
    assert view.currentIndex().row() > row and view.currentIndex().column() == 0
    assert model.index(row, n + 2).data() == "Сильная команда, R&D 2 года"
    # F2 brings the saved text back to edit; Delete clears it
    view.setCurrentIndex(model.index(row, n + 2))
    qtbot.keyClick(view, Qt.Key_F2)
    assert model.pending[2] == "Сильная команда, R&D 2 года"
    qtbot.keyClick(view, Qt.Key_Escape)
    qtbot.keyClick(view, Qt.Key_Delete)
    assert rows(path, "SELECT COUNT(*) FROM comments") == [(0,)]


def test_a_required_comment_missing_keeps_the_sheet_incomplete(window, qtbot):
    """With comments required, a sheet with every mark but no comment says so and its
    project is not complete in the results; once the comment is keyed, it is."""
    screen = _with_comments(window, "required")
    model, service = screen.model, window.session.service
    row = next(i for i, r in enumerate(model.rows) if r.keyable and model.complete(r))
    r = model.rows[row]
    assert model.state_text(r) == "marks in, comment missing"
    assert r.juror in service.results().project(r.project).uncommented
    service.save_comment(r.juror, r.project, "Обоснование")
    assert model.state_text(r) == "✔ complete"
    assert r.juror not in service.results().project(r.project).uncommented


def test_no_comment_column_when_comments_are_not_kept(window):
    """The default: the sheet is criteria, total and state only."""
    window.go(SCORING)
    model = window.scoring.model
    assert model.comment_column is None
    assert model.columnCount() == len(model.criteria) + 2


def test_progress_calls_a_sheet_without_its_required_comment_partial(demo_store):
    """`progress`: every mark keyed but no comment, with comments required -> partial;
    the comment keyed -> keyed."""
    from app.paper.state import sheet_state
    from app.service import JuryService

    service = JuryService(demo_store)
    comp = service.competition()
    j, p = next((j.code, p) for j in comp.scoring_jurors for p in comp.running_order
                if all((j.code, p.code, c.code) in comp.marks for c in comp.criteria))
    from app.paper.records import Paper

    service.save_settings(replace(comp.settings, comments="required"))
    empty = Paper()         # nothing keyed twice
    assert sheet_state(service.competition(), empty, j, p) == "partial"
    service.save_comment(j, p.code, "ok")
    assert sheet_state(service.competition(), empty, j, p) == "keyed"
