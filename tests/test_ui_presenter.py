"""The projector window: the project on stage, the countdown and who is next, driven by
keys; and never a mark, a score or a rank, whatever the window shows."""

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui import fmt
from ui.main_window import PRESENT
from ui.presenter import LAST_MINUTE, NORMAL, TIME_UP, clock_text
from tests.ui_helpers import shown_texts

CLOCK = re.compile(r"\d+:\d\d")


def _open(window, qtbot):
    window.go(PRESENT)
    presenter = window.presenting.open_presenter()
    qtbot.addWidget(presenter)
    qtbot.waitExposed(presenter)
    # the keyboard stays with (or comes straight back to) the main window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return presenter


def test_the_projector_never_shows_a_mark_a_score_or_a_rank(window, qtbot):
    """With marks in the database, every text of every widget of the projector window,
    for every project in the running order, is one of: the project's own title,
    organisation or group line, the next project's title, a clock reading, or a fixed
    caption. No number appears outside titles and the clock, and no mark, score or rank
    as formatted anywhere else in the window."""
    svc = window.session.service
    comp, results = svc.competition(), svc.results()
    assert comp.marks and any(p.score is not None for p in results.projects)
    numbers = {fmt.score(p.score) for p in results.projects if p.score is not None}
    numbers |= {fmt.mark(m) for m in comp.marks.values() if not float(m).is_integer()}
    presenter = _open(window, qtbot)
    for step in range(len(comp.running_order)):
        p, nxt = presenter.clock.current(), presenter.clock.next_up()
        allowed = {p.title, p.organization, f"{comp.settings.group_label}: {p.group}",
                   presenter.tr("Jury Room — presentation"),
                   presenter.tr("Next up: {title}").format(title=nxt.title) if nxt
                   else presenter.tr("Last presentation")}
        for text in shown_texts(presenter):
            if CLOCK.fullmatch(text):
                continue
            assert text in allowed, text
            for n in numbers:
                assert n not in text, (n, text)
            for word in ("score", "rank", "балл", "место", "winner"):
                assert word not in text.lower()
        before = presenter.clock.index
        qtbot.keyClick(window.presenting, Qt.Key_N, Qt.AltModifier)    # Next
        # a button's Alt key clicks it as a mouse would, after a short press
        qtbot.waitUntil(lambda: presenter.clock.index == min(before + 1, len(
            comp.running_order) - 1), timeout=1000)
    assert presenter.clock.current().code == comp.running_order[-1].code


def test_space_starts_and_pauses_and_alt_keys_move_on(window, qtbot):
    """On the Presenting screen (where the keyboard stays while the projector shows),
    Space starts the clock (it runs down), Space again pauses it (it stands still);
    Alt+N (Next) puts the next project on stage with the clock back at the full time,
    Alt+P (Previous) goes back."""
    presenter = _open(window, qtbot)
    clock = presenter.clock
    first = clock.current().code
    assert presenter.countdown.text() == "7:00"
    keys = QApplication.focusWidget()
    assert keys is window.presenting.start_button
    qtbot.keyClick(keys, Qt.Key_Space)
    assert clock.running
    qtbot.wait(300)
    qtbot.keyClick(keys, Qt.Key_Space)
    assert not clock.running
    left = clock.remaining_ms()
    assert left < 7 * 60_000
    qtbot.wait(250)
    assert clock.remaining_ms() == left
    qtbot.keyClick(keys, Qt.Key_N, Qt.AltModifier)
    # a button's Alt key clicks it as a mouse would, after a short press
    qtbot.waitUntil(lambda: clock.current().code != first, timeout=1000)
    assert presenter.countdown.text() == "7:00"
    assert presenter.title.text() == clock.current().title
    qtbot.keyClick(keys, Qt.Key_P, Qt.AltModifier)
    qtbot.waitUntil(lambda: clock.current().code == first, timeout=1000)


def test_the_clock_changes_colour_in_the_last_minute(window, qtbot):
    """White while time is left, amber in the last minute, red and 'Time is up' at zero;
    the length comes from the presenting screen's minutes."""
    presenter = _open(window, qtbot)
    clock = presenter.clock
    window.presenting.minutes.setValue(3)
    assert presenter.countdown.text() == "3:00"
    assert clock.colour() == NORMAL
    clock._elapsed_before = 2 * 60_000 + 30_000       # as if it had run 2:30
    clock.changed.emit()
    assert presenter.countdown.text() == "0:30"
    assert clock.colour() == LAST_MINUTE
    assert LAST_MINUTE in presenter.countdown.styleSheet()
    clock._elapsed_before = 3 * 60_000
    clock.changed.emit()
    assert clock.colour() == TIME_UP
    assert presenter.countdown.text() == "Time is up"


def test_withdrawn_projects_are_not_presented(window, qtbot):
    """A withdrawn project is skipped by the projector's running order."""
    window.session.service.set_withdrawn("KZ-01", True)
    presenter = _open(window, qtbot)
    codes = [p.code for p in presenter.clock.projects()]
    assert "KZ-01" not in codes and len(codes) == 11
    assert presenter.clock.next_up().code == "RU-02"


def test_clock_text_rounds_up_like_a_kitchen_timer():
    """6:59.2 left reads 7:00; one millisecond left still reads 0:01."""
    assert clock_text(419_200) == "7:00"
    assert clock_text(1) == "0:01"
    assert clock_text(0) == "0:00"
