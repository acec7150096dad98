"""The window's side of data safety: backups with their times and restoring one, a mark's
history, a damaged file offered its newest backup, a file another Jury Room holds."""

from PySide6.QtCore import Qt

from app.store import Store
from tests.tests_ui_common import open_sheet
from ui.ask import Ask
from ui.dialogs.backups_dialog import BackupsDialog
from ui.launch import open_or_offer_backup
from tests.ui_helpers import marks


def test_restore_a_backup_from_the_list_puts_the_marks_back(window, qtbot, monkeypatch):
    """A manual backup, then a mark keyed; choosing that backup in File > Backups and
    confirming puts the file back without the mark, and the list shows times and reasons."""
    service = window.session.service
    service.backup_now()
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "7")
    qtbot.keyClick(view, Qt.Key_Return)
    db = window.session.path
    assert ("J1", "KZ-05", "relevance") in marks(db)

    shown = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a, **k: True))
    monkeypatch.setattr(Ask, "show", staticmethod(lambda parent, dialog: shown.append(dialog)))
    window.files.show_backups()
    dialog: BackupsDialog = shown[0]
    reasons = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert "made by hand" in reasons
    manual = reasons.index("made by hand")
    assert dialog.model.index(manual, 0).data()[:4].isdigit()       # a date, local time
    dialog.view.selectRow(manual)
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert dialog.restored is not None
    assert ("J1", "KZ-05", "relevance") not in marks(db)
    assert ("J1", "KZ-05", "relevance") not in service.competition().marks
    # what the restore replaced was kept first
    assert any(i.reason == "before-restore" for i in service.backups())


def test_ctrl_h_shows_the_history_of_the_mark_under_the_cursor(window, qtbot, monkeypatch):
    """Two values keyed into one cell, then Ctrl+H: the history lists both, oldest first,
    with the value before and after each change."""
    view = open_sheet(window, "J1", "KZ-05")
    qtbot.keyClicks(view, "7")
    qtbot.keyClick(view, Qt.Key_Return)
    view.setCurrentIndex(view.model().index(view.currentIndex().row(), 0))
    qtbot.keyClicks(view, "8.5")
    qtbot.keyClick(view, Qt.Key_Return)
    view.setCurrentIndex(view.model().index(view.currentIndex().row(), 0))
    shown = []
    monkeypatch.setattr(Ask, "show", staticmethod(lambda parent, dialog: shown.append(dialog)))
    qtbot.keyClick(view, Qt.Key_H, Qt.ControlModifier)
    model = shown[0].model
    history = [(model.index(r, 1).data(), model.index(r, 2).data(), model.index(r, 3).data())
               for r in range(model.rowCount())]
    assert history == [("keyed", "—", "7"), ("keyed", "7", "8.5")]


def test_a_damaged_file_is_offered_its_newest_backup(tmp_path, demo_folder, monkeypatch):
    """Garbage written over the middle of a database: opening it asks whether to restore
    the newest good backup, and yes opens the restored competition with its marks."""
    from app.folder import import_folder

    path = tmp_path / "c.jury"
    with Store.open(path) as s:
        import_folder(s, demo_folder)
        s.backup("manual")
        count = len(s.load().marks)
    data = bytearray(path.read_bytes())
    data[4096:4096 * 6] = b"\xff" * (4096 * 5)
    path.write_bytes(bytes(data))
    asked = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(
        lambda parent, title, text: asked.append(text) or True))
    monkeypatch.setattr(Ask, "error", staticmethod(lambda *a: asked.append(a[-1])))
    store = open_or_offer_backup(path)
    assert store is not None, asked
    try:
        assert "Restore the newest good backup" in asked[0]
        assert len(store.load().marks) == count
    finally:
        store.close()


def test_a_file_open_in_another_jury_room_gets_a_clear_message(demo_store, monkeypatch):
    """The demo file is held by a store; opening it again says so instead of waiting."""
    errors = []
    monkeypatch.setattr(Ask, "error", staticmethod(lambda parent, text: errors.append(text)))
    assert open_or_offer_backup(demo_store.path) is None
    assert len(errors) == 1 and "open" in errors[0]
