"""Shared fixtures. Qt runs offscreen: no test needs a display."""

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.paths import resource  # noqa: E402
from app.store import Store  # noqa: E402

DEMO = Path(str(resource("demo")))


def fixed_clock():
    return "2026-10-05T10:00:00+00:00"


@pytest.fixture
def demo_folder(tmp_path) -> Path:
    """A private copy of the bundled demo folder, free to be broken by a test."""
    target = tmp_path / "demo"
    shutil.copytree(DEMO, target)
    return target


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "test.jury", clock=fixed_clock)
    yield s
    s.close()


@pytest.fixture
def demo_store(tmp_path, demo_folder):
    from app.folder import import_folder

    s = Store.open(tmp_path / "demo.jury", clock=fixed_clock)
    import_folder(s, demo_folder)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path):
    """No test reads or writes the user's own QSettings: they go to a temporary folder."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.IniFormat)
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture(autouse=True)
def _english_interface_after_each_test():
    """A test that switches the interface language leaves English behind it: translators
    are installed on the one QApplication every test shares."""
    yield
    import sys

    if "ui.i18n" in sys.modules:
        from ui import i18n

        if i18n.current() != i18n.DEFAULT:
            i18n.set_language(i18n.DEFAULT)


@pytest.fixture
def prefs(tmp_path):
    """The window's remembered settings, in a file of this test's own."""
    from PySide6.QtCore import QSettings

    from ui.prefs import Prefs

    return Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.IniFormat))


@pytest.fixture
def window(qtbot, demo_store, prefs):
    """The main window on the demo competition, shown (offscreen)."""
    from app.service import JuryService
    from ui.main_window import MainWindow

    from tests.ui_helpers import show_window

    return show_window(qtbot, MainWindow(JuryService(demo_store), prefs))


CUP_SCORES = "juror,project,criterion,score\nJ1,P1,a,7\nJ2,P1,a,9\n"


@pytest.fixture
def cup_db(tmp_path) -> Path:
    """A closed database holding the small cup of tests.helpers.write_folder with two
    marks (J1 and J2 on P1, criterion a: 7 and 9)."""
    from app.folder import import_folder
    from tests.helpers import write_folder

    path = tmp_path / "cup.jury"
    with Store.open(path) as s:
        import_folder(s, write_folder(tmp_path / "f", scores=CUP_SCORES))
    return path
