"""The main window: title, Ctrl+1..8, File > New / Open / Save a copy, recent files, and
opening where it was left. Settings go to a test file, never the user's."""

from PySide6.QtCore import QSettings, Qt

from app.service import JuryService
from app.store import Store
from ui.ask import Ask
from ui.main_window import FINALIZE, RESULTS, SCORING, SETUP, MainWindow
from ui.prefs import Prefs
from tests.ui_helpers import rows, show_window


def test_the_title_names_the_competition_and_the_file(window):
    """Kazakh and Russian letters in the title, and the database file's name."""
    title = window.windowTitle()
    assert "Выбор лидеров — Лидерлер таңдауы" in title and "demo.jury" in title


def test_ctrl_1_to_8_reach_every_screen(window, qtbot):
    """Each Ctrl+digit shows its screen, whatever has the focus."""
    for n in range(8):
        qtbot.keyClick(window.focusWidget() or window, getattr(Qt, f"Key_{n + 1}"),
                       Qt.ControlModifier)
        assert window.current_screen() == n
        assert window.stack.currentWidget() is window.screens[n]


def test_the_window_reopens_on_the_screen_and_file_it_was_left_at(qtbot, demo_store, prefs):
    """Closing on Results remembers the screen, the file (in recent files) and the
    geometry; a new window with the same settings opens on Results."""
    w = show_window(qtbot, MainWindow(JuryService(demo_store), prefs))
    w.go(RESULTS)
    w.close()
    assert prefs.last_file() == demo_store.path.resolve()
    assert str(demo_store.path.resolve()) in prefs.recent_files()
    again = Prefs(QSettings(prefs.qs.fileName(), QSettings.IniFormat))
    # the first window's store holds the file until it is closed (one Jury Room per file)
    demo_store.close()
    w2 = show_window(qtbot, MainWindow(JuryService(Store.open(demo_store.path, read_only=True)),
                                       again))
    assert w2.current_screen() == RESULTS
    assert again.geometry() is not None


def test_the_demo_is_not_put_in_recent_files(qtbot, demo_store, prefs):
    """A throwaway demo copy does not become the file opened next time."""
    w = show_window(qtbot, MainWindow(JuryService(demo_store), prefs, remember=False))
    w.close()
    assert prefs.recent_files() == [] and prefs.last_file() is None


def test_new_opens_an_empty_competition_on_set_up(window, tmp_path, monkeypatch):
    """File > New creates the file, shows its empty competition on Set up, and the
    previous file is left as it was."""
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a, **k: str(tmp_path / "cup")))
    window.go(SCORING)
    window.files.new_file()
    assert window.session.path == tmp_path / "cup.jury"
    assert window.current_screen() == SETUP
    assert window.session.service.competition().projects == ()
    assert "cup.jury" in window.windowTitle()
    assert window.scoring.model.rowCount() == 0


def test_open_refuses_a_file_that_is_not_a_competition(window, tmp_path, monkeypatch):
    """Opening a text file shows the store's reason and keeps the current competition."""
    bad = tmp_path / "notes.jury"
    bad.write_text("hello", encoding="utf-8")
    errors = []
    monkeypatch.setattr(Ask, "open_file", staticmethod(lambda *a, **k: str(bad)))
    monkeypatch.setattr(Ask, "error", staticmethod(lambda parent, text: errors.append(text)))
    before = window.session.path
    window.files.open_dialog()
    assert errors and "not a Jury Room database" in errors[0]
    assert window.session.path == before


def test_save_a_copy_writes_a_database_that_opens_with_the_same_marks(window, tmp_path,
                                                                      monkeypatch):
    """The copy holds every mark; the window keeps working in the original file."""
    monkeypatch.setattr(Ask, "save_file", staticmethod(
        lambda *a, **k: str(tmp_path / "копия.jury")))
    window.files.save_copy()
    copy = tmp_path / "копия.jury"
    assert rows(copy, "SELECT COUNT(*) FROM marks") == \
        rows(window.session.path, "SELECT COUNT(*) FROM marks")
    assert window.session.path.name == "demo.jury"
    assert "Copy saved" in window.statusBar().currentMessage()


def test_recent_files_reopen_a_competition(window, tmp_path):
    """A file opened once is in File > Open recent; choosing it opens it."""
    other = tmp_path / "other.jury"
    Store.open(other).close()
    assert window.open_file(other)
    window.files.fill_recent()
    actions = [a for a in window.menus.recent_menu.actions() if a.text() == str(other.resolve())]
    assert actions
    window.go(FINALIZE)
    window.open_file(window.prefs.recent_files()[1])
    assert window.session.path.name == "demo.jury"
    actions[0].trigger()
    assert window.session.path.name == "other.jury"


def test_every_screens_alt_keys_are_unique(window):
    """On each screen, the Alt+letter of every visible button, labelled field, group box
    and tab is different from the others and from the menus' (File, Edit, Go, Language):
    no key is ambiguous."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar

    menus = {m.group(1).lower() for a in window.menuBar().actions()
             if (m := re.search(r"&(\w)", a.text()))}
    assert menus == {"f", "e", "g", "l"}
    for n in range(8):
        window.go(n)
        letters = []
        for w in window.stack.currentWidget().findChildren(QAbstractButton) + \
                window.stack.currentWidget().findChildren(QLabel):
            if w.isVisible() and (not isinstance(w, QLabel) or w.buddy() is not None):
                letters += re.findall(r"&(\w)", w.text())
        for box in window.stack.currentWidget().findChildren(QGroupBox):
            if box.isVisible():     # a group box's title takes its Alt+letter too
                letters += re.findall(r"&(\w)", box.title())
        for bar in window.stack.currentWidget().findChildren(QTabBar):
            letters += [m for i in range(bar.count())
                        for m in re.findall(r"&(\w)", bar.tabText(i))]
        letters = [c.lower() for c in letters]
        assert len(letters) == len(set(letters)), (n, letters)
        assert not set(letters) & menus, (n, sorted(letters))


def test_qt_setters_do_not_leak_references_to_none(qtbot):
    """PySide6 6.12 on Python 3.11 drops a reference to None on every call of a Qt method
    that returns nothing, and Python aborts once None's count reaches zero: a window that
    repaints a thousand rows got there in minutes. pyproject.toml keeps PySide6 below
    6.12; this fails if an upgrade brings the bug back."""
    import sys

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 10


def test_the_window_opens_without_reading_the_marks_or_building_hidden_screens(
        qtbot, demo_store, prefs):
    """Shown on Set up, the window has built that screen only and read no mark; keying
    one on Scoring reads them, and the status bar counts what is missing once the
    results are worked out."""
    service = JuryService(demo_store)
    w = show_window(qtbot, MainWindow(service, prefs))
    w.go(SETUP)
    assert [s is not None for s in w.screens.built] == [i == SETUP for i in range(8)]
    assert not service.competition().marks.loaded and not service.has_results()
    w.go(SCORING)
    assert w.stack.currentWidget() is w.screens[SCORING] and service.competition().marks
    qtbot.waitUntil(lambda: "Marks still to key" in w.status_line.marks_label.text()
                    or "All marks" in w.status_line.marks_label.text(), timeout=3000)


def test_the_count_of_marks_to_key_appears_soon_after_opening(window, qtbot):
    """Opening does not wait for the results, but the status bar says how many marks are
    still to key shortly after the window is on screen (the demo has 80 to go)."""
    qtbot.waitUntil(lambda: window.status_line.marks_label.text() == "Marks still to key: 80",
                    timeout=5000)
