"""Dissenting opinions in the window (issue 17, item 2), keyboard only: Edit > Dissenting
opinions… (Ctrl+Shift+O) or the Protocol screen's button opens one dialog; the juror is
chosen with the arrows, the opinion typed (Cyrillic too), Ctrl+Enter saves it through the
service (audited); choosing the juror again shows it to change; Alt+W withdraws it after
a question; the secretary is not offered and an empty opinion is not saved."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ui.ask import Ask
from ui.dialogs.opinions_dialog import OpinionsDialog
from ui.main_window import PROTOCOL

OPINION = "Считаю, что RU-03 заслуживал победы"


def _type(widget, text: str) -> None:
    """Any text, one key event per letter (QTest types ASCII only)."""
    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def _opened(window, qtbot, monkeypatch, open_it) -> OpinionsDialog:
    """The dialog `open_it()` opens, shown without blocking (as its exec() would)."""
    shown = []
    monkeypatch.setattr(Ask, "show", staticmethod(lambda parent, dialog: shown.append(dialog)))
    open_it()
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.juror.hasFocus(), timeout=3000)
    return dialog


def _from_menu_key(window, qtbot, monkeypatch) -> OpinionsDialog:
    return _opened(window, qtbot, monkeypatch, lambda: qtbot.keyClick(
        window, Qt.Key_O, Qt.ControlModifier | Qt.ShiftModifier))


def test_an_opinion_is_typed_saved_changed_and_audited_by_keys(window, qtbot, monkeypatch):
    """Ctrl+Shift+O; ↓↓ to J3; Tab; the opinion typed; Ctrl+Enter saves it for J3 and the
    list marks J3. J3 again shows it; a changed text saved replaces it; both writes are
    in J3's history. The secretary S1 is not in the list."""
    dialog = _from_menu_key(window, qtbot, monkeypatch)
    codes = [dialog.juror.itemData(i) for i in range(dialog.juror.count())]
    assert codes == ["J1", "J2", "J3", "J4", "J5", "J6"]          # no secretary
    for _ in range(2):
        qtbot.keyClick(dialog.juror, Qt.Key_Down)
    qtbot.keyClick(dialog.juror, Qt.Key_Tab)
    assert dialog.text.hasFocus()
    _type(dialog.text, OPINION)
    qtbot.keyClick(dialog.text, Qt.Key_Return, Qt.ControlModifier)
    service = window.session.service
    assert service.competition().opinions["J3"].text == OPINION
    assert "has an opinion" in dialog.juror.itemText(2) and "J3" in dialog.recorded.text()
    assert "Saved" in dialog.message.text() and dialog.juror.hasFocus()
    # J1, then back to J3: its opinion is shown to change
    qtbot.keyClick(dialog.juror, Qt.Key_Up)
    assert dialog.text.toPlainText() == ""
    qtbot.keyClick(dialog.juror, Qt.Key_Down)
    assert dialog.text.toPlainText() == OPINION
    qtbot.keyClick(dialog.juror, Qt.Key_Tab)
    qtbot.keyClick(dialog.text, Qt.Key_End, Qt.ControlModifier)
    qtbot.keyClick(dialog.text, Qt.Key_Return)                       # a new line
    qtbot.keyClicks(dialog.text, "and more")
    qtbot.keyClick(dialog.text, Qt.Key_Return, Qt.ControlModifier)
    assert service.competition().opinions["J3"].text == OPINION + "\nand more"
    assert len(service.store.history("opinions", ("J3",))) == 2
    qtbot.keyClick(dialog.juror, Qt.Key_Escape)
    assert not dialog.isVisible()


def test_alt_w_withdraws_after_a_question_and_an_empty_opinion_is_not_saved(
        window, qtbot, monkeypatch):
    """J2 has an opinion: Alt+W asks, No keeps it, Yes withdraws it. With nothing typed,
    Ctrl+Enter saves nothing and says to type the opinion first."""
    service = window.session.service
    service.set_opinion("J2", "не согласна")
    dialog = _from_menu_key(window, qtbot, monkeypatch)
    qtbot.keyClick(dialog.juror, Qt.Key_Down)
    assert dialog.current_juror() == "J2" and dialog.withdraw_button.isEnabled()
    answers = [False, True]
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: answers.pop(0)))
    for _ in range(2):
        qtbot.keyClick(dialog.juror, Qt.Key_W, Qt.AltModifier)
        qtbot.waitUntil(lambda: len(answers) < 2, timeout=3000)
    qtbot.waitUntil(lambda: "J2" not in service.competition().opinions, timeout=3000)
    assert not answers and dialog.text.toPlainText() == ""
    assert not dialog.withdraw_button.isEnabled() and "Withdrew" in dialog.message.text()
    qtbot.keyClick(dialog.juror, Qt.Key_Return, Qt.ControlModifier)
    assert dialog.message.is_error and "Type the opinion first" in dialog.message.text()
    assert service.competition().opinions == {}


def test_the_protocol_screen_lists_the_opinions_and_opens_the_dialog(window, qtbot,
                                                                    monkeypatch):
    """The Protocol screen says who dissented (in the jury's order) and its button
    opens the same dialog; refusals there are said in the interface's words."""
    window.session.service.set_opinion("J5", "x")
    window.session.service.set_opinion("J1", "y")
    window.go(PROTOCOL)
    screen = window.protocol
    qtbot.waitUntil(lambda: "J1, J5" in screen.checks.text(), timeout=3000)
    dialog = _opened(window, qtbot, monkeypatch, screen.opinions_button.click)
    assert dialog.recorded.text() == "Opinions on record: J1, J5."
    window.session.service.store.finalize(True)
    dialog.text.setPlainText("z")
    dialog.save()
    assert dialog.message.is_error and "finalized" in dialog.message.text()
    dialog.reject()
    again = _opened(window, qtbot, monkeypatch, screen.opinions_button.click)
    assert not again.save_button.isEnabled() and not again.withdraw_button.isEnabled()
    assert "reopen it" in again.message.text()


def test_f1_lists_the_opinions_key_and_the_dialogs_keys(window, qtbot, monkeypatch):
    """Help > Keyboard shortcuts lists Ctrl+Shift+O (Dissenting opinions…), Ctrl+Enter
    in the opinions dialog and the votes of the jury's decision."""
    from ui.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    table = dialog.table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert any(k == "Ctrl+Shift+O" and "Dissenting opinions" in what for k, what, _ in rows)
    assert any("dissenting opinions: save" in what for _k, what, _ in rows)
    assert any("votes for, against and abstaining" in what for _k, what, _ in rows)
