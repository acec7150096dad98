"""The window's paper loop: the blind second keying by keys (Edit > Verify a sheet, F6),
and File > Hand over / Merge a keying copy with its preview."""

from PySide6.QtCore import Qt

from app.service import JuryService
from app.store import Store
from ui.ask import Ask
from ui.dialogs.verify_dialog import DIFFER_BG, EQUAL_BG, VerifyDialog

CRITERIA = ("relevance", "quality", "impact", "sustainability")


def _dialog(window, qtbot):
    d = VerifyDialog(window.session, window.prefs, window)
    qtbot.addWidget(d)
    d.show()
    return d


def _type(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def test_the_verify_pass_by_keys_finds_one_difference_and_settles_it(window, qtbot,
                                                                    monkeypatch):
    """Boris types his name and a stale sheet code (refused, saying why), then J1's
    code: J1's sheet opens with empty cells. Keying RU-01's marks again with one slip
    shows three cells equal and one "x ≠ y", changes no mark, and the sheet is in
    conflict; F2 settles it (the first keying was right) and the sheet is verified,
    the history naming both keyings. The juror's total is checked too."""
    svc = window.session.service
    desk = svc.paper
    marks = dict(svc.competition().marks)
    d = _dialog(window, qtbot)
    d.keyer.setFocus()
    qtbot.keyClicks(d.keyer, "Boris")
    code = desk.sheet_code("J1")
    d.code.setFocus()
    _type(qtbot, d.code, code.split("-")[0] + "-0000-" + code.split("-")[2])
    assert d.juror is None and "another competition" in d.message.text()
    d.code.clear()
    _type(qtbot, d.code, code)
    assert d.juror == "J1" and desk.keyed_by == "Boris"
    assert all(d.table.item(0, c).text() == "" for c in range(5))  # blind: empty cells
    first = [marks[("J1", "RU-01", c)] for c in CRITERIA]
    typed = [f"{v:g}" for v in first]
    typed[2] = f"{first[2] - 1:g}"                                  # a slip of the hand
    for text in typed:
        _type(qtbot, d.table, text)
    assert [d.table.item(0, c).background().color() for c in range(4)] == \
        [EQUAL_BG, EQUAL_BG, DIFFER_BG, EQUAL_BG]
    assert d.table.item(0, 2).text() == f"{first[2]:g} ≠ {first[2] - 1:g}"
    assert svc.competition().marks[("J1", "RU-01", "impact")] == first[2]  # not applied
    assert desk.state_of("J1", "RU-01") == "conflict"
    weights = [c.weight for c in svc.competition().criteria]
    total = sum(w * m for w, m in zip(weights, first))
    _type(qtbot, d.table, f"{total:g}")          # the juror's own total: it agrees
    assert d.table.item(0, 4).background().color() == EQUAL_BG
    monkeypatch.setattr(Ask, "text", staticmethod(lambda *a, **k: f"{first[2]:g}"))
    d.table.setCurrentCell(0, 2)
    qtbot.keyClick(d.table, Qt.Key_F2)
    assert desk.state_of("J1", "RU-01") == "verified"
    # the mark kept its value: the settling is in the second keying's history
    note = svc.store.history("second_marks", ("J1", "RU-01", "impact"))[-1]["note"]
    assert note == (f"settled by Boris: first {first[2]:g}, second {first[2] - 1:g} "
                    f"(keyed by Boris) -> {first[2]:g}")


def test_the_verify_action_is_f6_and_the_keyer_is_kept(window, qtbot):
    """Edit > Verify a sheet answers to F6; the name typed as keyer is kept for the
    next start and written into the history of marks keyed on the Scoring screen."""
    assert window.paper_actions.verify_action.shortcut().toString() == "F6"
    d = _dialog(window, qtbot)
    d.keyer.setFocus()
    qtbot.keyClicks(d.keyer, "Anna")
    d.code.setFocus()
    assert window.prefs.qs.value("paper/keyed_by") == "Anna"
    window.session.service.enter_mark("J5", "RU-05", "impact", "7")
    assert window.session.service.mark_history("J5", "RU-05", "impact")[-1]["note"] == \
        "keyed by Anna"


def test_hand_over_and_merge_from_the_file_menu(window, qtbot, tmp_path, monkeypatch):
    """File > Hand over writes a copy; a sheet keyed in it comes back through File >
    Merge, after a preview that names what it would add; Cancel in the preview
    changes nothing."""
    target = tmp_path / "copy.jury"
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: str(target)))
    window.paper_actions.handover_action.trigger()
    assert target.exists()
    with Store.open(target) as store:
        svc = JuryService(store)
        svc.paper.keyed_by = "Boris"
        for c in CRITERIA:
            svc.enter_mark("J6", "KZ-06", c, "4")
    previews = []
    monkeypatch.setattr(Ask, "open_file", staticmethod(lambda *a, **k: str(target)))
    monkeypatch.setattr(Ask, "confirm", staticmethod(
        lambda parent, title, text: previews.append(text) or len(previews) > 1))
    window.paper_actions.merge_action.trigger()
    assert "4 mark(s)" in previews[0]
    assert ("J6", "KZ-06", "impact") not in window.session.service.competition().marks
    window.paper_actions.merge_action.trigger()
    assert window.session.service.competition().marks[("J6", "KZ-06", "impact")] == 4


def test_a_refused_sheet_code_is_said_in_russian(window, qtbot):
    """In the Russian interface a stale sheet code is refused in Russian, naming it."""
    from ui import i18n

    i18n.set_language("ru")
    d = _dialog(window, qtbot)
    d.keyer.setText("Борис")
    code = window.session.service.paper.sheet_code("J1")
    d.code.setText(code.split("-")[0] + "-0000-" + code.split("-")[2])
    assert not d.open_code()
    assert "от другого конкурса" in d.message.text()
