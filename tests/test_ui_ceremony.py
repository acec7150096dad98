"""The award ceremony on the projector: only once finalized, one step at a time by
keys, the next step shown to the secretary and never to the audience early."""

from PySide6.QtCore import Qt

from ui.main_window import PRESENT


def _finalize(window):
    service = window.session.service
    for p in service.results().projects:
        for juror, criterion in p.missing:
            service.enter_mark(juror, p.code, criterion, "5")
    results = service.results()
    for tie in results.ties_at_cut:
        for i, code in enumerate(tie.tied):
            service.record_decision(code, i < tie.places, "the jury voted")
    service.finalize()


def test_no_ceremony_before_finalize(window, qtbot):
    """Before finalize the ceremony does not start: the reason is shown in red and the
    projector window is not opened."""
    window.go(PRESENT)
    screen = window.presenting
    qtbot.mouseClick(screen.ceremony_button, Qt.LeftButton)
    assert not screen.ceremony.active
    assert screen.ceremony_message.is_error and "not finalized" in screen.ceremony_message.text()
    assert screen.window is None or not screen.window.isVisible()


def test_the_reveal_goes_step_by_step_and_never_early(window, qtbot):
    """Once finalized: starting shows nothing on the projector; → reveals the first
    group's title card, then its last winning place; the secretary sees the next step,
    which is not on the projector; ← steps back; Esc ends and the clock returns."""
    _finalize(window)
    window.go(PRESENT)
    screen = window.presenting
    screen.ceremony_lang.setCurrentIndex(screen.ceremony_lang.findData("ru+kk"))
    screen.ceremony_button.setFocus()
    qtbot.keyClick(screen.ceremony_button, Qt.Key_Space)
    assert screen.ceremony.active
    projector = screen.window
    assert projector is not None and projector.isVisible()
    assert projector.title.text() == "" and projector.countdown.text() == ""
    steps = screen.ceremony.steps
    first_group = steps[0].group
    assert first_group in screen.coming_next.text()          # the secretary sees it
    assert first_group not in projector.countdown.text()      # the audience does not

    qtbot.keyClick(screen.reveal_button, Qt.Key_Right)
    assert projector.countdown.text() == first_group
    assert projector.title.text() == "Победители / Жеңімпаздар"
    award = steps[1].awards[0]
    assert award.title in screen.coming_next.text()
    assert award.title not in projector.title.text()

    qtbot.keyClick(screen.reveal_button, Qt.Key_Right)
    assert projector.title.text() == award.title
    assert projector.countdown.text() == f"{award.place} место / {award.place} орын"
    assert award.organization in projector.organization.text()

    qtbot.keyClick(screen.reveal_button, Qt.Key_Left)
    assert projector.countdown.text() == first_group

    qtbot.keyClick(screen.reveal_button, Qt.Key_Escape)
    assert not screen.ceremony.active
    assert ":" in projector.countdown.text()                 # the clock again


def test_the_last_step_congratulates(window, qtbot):
    """Past the last winner the projector thanks the winners and goes no further."""
    _finalize(window)
    window.go(PRESENT)
    screen = window.presenting
    screen.ceremony_lang.setCurrentIndex(screen.ceremony_lang.findData("en"))
    screen.toggle_ceremony()
    for _ in range(len(screen.ceremony.steps) + 3):
        screen.ceremony.step(1)
    assert screen.window.title.text() == "Congratulations to the winners!"
    assert screen.coming_next.text() == ""
