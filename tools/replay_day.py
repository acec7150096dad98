"""Replay the secretary's day (tests/the_day.py, the same day the whole-day test runs) in
a real X window, saving a screenshot of the whole screen after each step.

    uv run python tools/replay_day.py SHOTS_FOLDER [--lang ru] [--size 1024x768]

Without a DISPLAY it starts its own Xvfb (and openbox, when installed, so that windows
get real focus and placement) on a free display number, and stops them at the end.
The competition, its file and the printed PDFs go to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def start_display(size: str) -> list[subprocess.Popen]:
    """An Xvfb of `size` (and openbox on it); DISPLAY set. The processes, to stop later."""
    if not shutil.which("Xvfb"):
        raise SystemExit("replay_day: no DISPLAY and no Xvfb: install xvfb, or set DISPLAY")
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    display = f":{number}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    os.environ["DISPLAY"] = display
    started = [xvfb]
    if shutil.which("openbox"):
        started.append(subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL))
        time.sleep(0.5)
    return started


class Keys:
    """What the day needs of pytest-qt's qtbot, with QTest, and a pause to watch."""

    def __init__(self, pause_ms: int):
        from PySide6.QtTest import QTest

        self.qtest, self.pause_ms = QTest, pause_ms

    def keyClick(self, widget, key, modifier=None) -> None:
        from PySide6.QtCore import Qt

        self.qtest.keyClick(widget, key, modifier or Qt.NoModifier)
        self.qtest.qWait(self.pause_ms)

    def wait(self, ms: int) -> None:
        self.qtest.qWait(ms)

    def waitUntil(self, condition, timeout: int = 5000) -> None:
        deadline = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout} ms for {condition}")
            self.qtest.qWait(20)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shots", type=Path, help="folder for the screenshots (made if needed)")
    parser.add_argument("--lang", default="en", choices=("en", "ru", "kk"))
    parser.add_argument("--size", default="1366x768", help="screen size of the Xvfb started")
    parser.add_argument("--pause", type=int, default=30, help="milliseconds after each key")
    args = parser.parse_args(argv)
    started = [] if os.environ.get("DISPLAY") else start_display(args.size)
    os.environ.pop("QT_QPA_PLATFORM", None)
    try:
        return replay(args)
    finally:
        for process in reversed(started):
            process.terminate()
            process.wait(timeout=10)


def replay(args) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.service import JuryService
    from app.store import Store
    from tests import the_day
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.prefs import Prefs

    app = QApplication(sys.argv[:1])
    args.shots.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="jury-day-"))
    prefs = Prefs(QSettings(str(work / "prefs.ini"), QSettings.IniFormat))
    prefs.set_language(args.lang)
    i18n.set_language(args.lang)
    i18n.load_fonts()
    files = the_day.Files(folder=the_day.write_folder(work / "from the organisers"),
                          answers=[work / "day.jury", work / "draft.pdf", work / "final.pdf",
                                   work / "results.xlsx"], check=work / "final.pdf")
    files.answer_dialogs(setattr)
    window = MainWindow(JuryService(Store.open(work / "start.jury", create=True)), prefs)
    window.show()
    window.activateWindow()
    keys = Keys(args.pause)
    keys.wait(500)
    saved = []

    def shot(name: str) -> None:
        keys.wait(250)      # let the window paint what the last key did
        path = args.shots / f"{name}.png"
        app.primaryScreen().grabWindow(0).save(str(path))
        saved.append(path)

    shot("00-first-start")
    the_day.Day(window, keys, files, args.lang, shot).run()
    for path in saved:
        print(path)
    print(f"the day's file and protocols: {work}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
