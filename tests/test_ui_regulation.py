"""The regulation's arithmetic in the window: adjustments keyed on the Results screen,
the new settings on the Set up screen; every change through the store, audited."""

from PySide6.QtCore import Qt

from tests.ui_helpers import rows, type_text
from ui.main_window import RESULTS, SETUP


def test_an_adjustment_is_added_edited_and_removed_from_the_keyboard(window, qtbot):
    """Alt+J reaches the list, Tab walks project, points and rule, Enter saves: the
    adjustment is in the file and its history, the ranking shows the new score; picking
    it again and typing other points changes it; Delete on the list removes it."""
    window.go(RESULTS)
    panel = window.results.adjustments
    service = window.session.service
    before = service.results().project("RU-05").score
    qtbot.keyClick(window, Qt.Key_J, Qt.AltModifier)
    assert panel.view.hasFocus()
    qtbot.keyClick(panel.view, Qt.Key_Tab)
    assert panel.project.hasFocus()
    panel.project.setEditText("RU-05")
    qtbot.keyClick(panel.project, Qt.Key_Tab)
    assert panel.points.hasFocus()
    qtbot.keyClicks(panel.points, "+1,5")
    qtbot.keyClick(panel.points, Qt.Key_Tab)
    assert panel.reason.hasFocus()
    type_text(panel.reason, "Зарегистрированный поставщик (п. 4.2)")
    qtbot.keyClick(panel.reason, Qt.Key_Return)
    path = service.store.path
    assert rows(path, "SELECT project, points, reason FROM adjustments") == [
        ("RU-05", 1.5, "Зарегистрированный поставщик (п. 4.2)")]
    assert rows(path, "SELECT COUNT(*) FROM audit WHERE entity = 'adjustments'") == [(1,)]
    after = service.results().project("RU-05")
    assert after.score == before + 1.5 and float(after.adjustment) == 1.5
    assert "+1.5" in window.results.model.status(after)

    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.points.text() == "+1.5"
    panel.points.selectAll()
    qtbot.keyClicks(panel.points, "-2")
    qtbot.keyClick(panel.points, Qt.Key_Return)
    assert rows(path, "SELECT points FROM adjustments") == [(-2.0,)]

    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key_Delete)
    assert rows(path, "SELECT COUNT(*) FROM adjustments") == [(0,)]
    assert service.results().project("RU-05").score == before


def test_an_adjustment_without_a_rule_is_refused_with_the_reason(window, qtbot):
    """No rule typed: nothing saved, the panel says why."""
    window.go(RESULTS)
    panel = window.results.adjustments
    panel.project.setEditText("RU-05")
    qtbot.keyClicks(panel.points, "1")
    qtbot.keyClick(panel.points, Qt.Key_Return)
    assert rows(window.session.service.store.path, "SELECT COUNT(*) FROM adjustments") == [(0,)]
    assert "rule" in panel.message.text()


def test_the_settings_form_saves_the_regulations_keys(window, qtbot):
    """Aggregation per criterion, rounding to two decimals half even, a floor of 30 and
    required comments, chosen in the form and saved: the stored settings say so; a
    per-criterion score with z-scores is refused, naming the field."""
    window.go(SETUP)
    form = window.setup.settings_form
    form.aggregate.setCurrentIndex(form.aggregate.findData("criterion"))
    form.rounding["score"].setValue(2)
    form.rounding_mode.setCurrentIndex(form.rounding_mode.findData("half_even"))
    form.min_score.setText("30")
    form.comments.setCurrentIndex(form.comments.findData("required"))
    assert form.save()
    s = window.session.service.competition().settings
    assert (s.aggregate, s.rounding_score, s.rounding_criterion, s.rounding_mode,
            s.min_score, s.comments) == ("criterion", 2, None, "half_even", 30.0, "required")
    form.normalize.setCurrentIndex(form.normalize.findData("zscore"))
    assert not form.save()
    assert "z-score" in form.message.text()
    assert window.session.service.competition().settings.normalize == "none"


def test_every_row_of_the_settings_form_has_its_label_and_its_field(window):
    """No label stands alone and no field lacks its label (the winners' row once lost
    its label to a duplicated entry): each row of the form has both, each label once."""
    from PySide6.QtWidgets import QFormLayout

    window.go(SETUP)
    form = window.setup.settings_form.form
    labels = []
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.LabelRole)
        field = form.itemAt(row, QFormLayout.FieldRole)
        assert label is not None and field is not None, row
        labels.append(label.widget().text())
    assert len(labels) == len(set(labels)) and "&Winners:" in labels
