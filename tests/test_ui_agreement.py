"""The Results screen's "How far the jury agreed" tab: reached by keys, filled from
app.scoring.agreement, with a dot plot per juror."""

from PySide6.QtCore import Qt

from app.scoring import compute
from app.scoring.agreement import agreement
from ui.main_window import RESULTS


def test_the_agreement_tab_opens_by_keys_and_shows_each_juror(window, qtbot):
    """Ctrl+6 opens Results and Alt+A its agreement tab: one row per scoring juror, the
    sentence with Kendall's W as app.scoring computes it, the influence line, and a
    dot plot drawn for every juror."""
    qtbot.keyClick(window, Qt.Key_6, Qt.ControlModifier)
    assert window.current_screen() == RESULTS
    screen = window.results
    qtbot.keyClick(window, Qt.Key_A, Qt.AltModifier)
    assert screen.below.currentWidget() is screen.agreement
    panel = screen.agreement
    comp = window.session.service.competition()
    expected = agreement(comp, compute(comp))
    assert panel.model.rowCount() == len(comp.scoring_jurors) == len(expected.jurors)
    w = f"{expected.kendall_w:.2f}"
    assert w in panel.sentence.text() and "Kendall" in panel.sentence.text()
    assert panel.influence.text()
    assert panel.plots.report is not None and len(panel.plots.report.jurors) == 6
    first = panel.model.index(0, 2).data()
    assert first == f"{expected.jurors[0].mean:.2f}"
    image = panel.plots.grab().toImage()
    blue = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).blue() > 150 and image.pixelColor(x, y).red() < 80)
    assert blue > 10        # the dots are drawn


def test_the_agreement_follows_a_new_mark(window, qtbot):
    """A mark that completes a juror's sheet while the tab is open counts at once: that
    juror's number of projects goes up by one."""
    window.go(RESULTS)
    screen = window.results
    screen.below.setCurrentWidget(screen.agreement)
    service = window.session.service
    comp = service.competition()
    result = next(p for p in compute(comp).projects if p.missing)
    juror = result.missing[0][0]
    row = [j.code for j in comp.scoring_jurors].index(juror)
    before = int(screen.agreement.model.index(row, 1).data())
    for j, criterion in result.missing:
        if j == juror:
            service.enter_mark(juror, result.code, criterion, "5")
    qtbot.waitUntil(lambda: int(screen.agreement.model.index(row, 1).data()) == before + 1,
                    timeout=3000)
