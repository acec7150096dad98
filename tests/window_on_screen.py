"""Run as a separate process by test_first_start: open the main window on a fresh
settings file under Qt's offscreen platform with a screen of the size given, and print
where it went as JSON. Arguments: SCREEN_JSON SETTINGS_FILE DB [saved W H]."""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.service import JuryService  # noqa: E402
from app.store import Store  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.prefs import Prefs  # noqa: E402


def main() -> None:
    _, settings, db, *saved = sys.argv
    app = QApplication([])
    prefs = Prefs(QSettings(settings, QSettings.IniFormat))
    store = Store.open(Path(db))
    if saved:   # a window closed at this size earlier (on a bigger screen)
        first = MainWindow(JuryService(store), prefs)
        first.show()
        first.resize(int(saved[0]), int(saved[1]))
        first.move(300, 200)
        app.processEvents()
        first.close()
        prefs.sync()
    window = MainWindow(JuryService(store), prefs)
    window.show()
    app.processEvents()
    room = QWidget.screen(window).availableGeometry()
    frame = window.frameGeometry()
    print(json.dumps({"room": room.getRect(), "frame": frame.getRect(),
                      "maximized": window.isMaximized(),
                      "minimum": [window.minimumSizeHint().width(),
                                  window.minimumSizeHint().height()]}))
    store.close()


if __name__ == "__main__":
    main()
