"""Starting the window: `jury-room [DB]` or `jury-room --demo`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

NO_DISPLAY = ("jury-room: no display to open the window on: set DISPLAY (or WAYLAND_DISPLAY), "
              "or run it under xvfb-run; commands such as `jury-room results DB` work "
              "without one")


def no_display(environ=None, platform: str | None = None) -> bool:
    """True on a Linux (or other X11) machine with nothing to show a window on: Qt would
    abort with a page of plugin errors, so the launcher says so in one line instead.
    QT_QPA_PLATFORM set (offscreen, vnc, eglfs...) means the user chose a platform."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    return not any(environ.get(k) for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jury-room", description=(
        "Open the Jury Room window. Commands: jury-room --help for import, results, "
        "export, decide, protocol, verify."))
    parser.add_argument("db", nargs="?", metavar="DB",
                        help="the competition database (default: the one open last time, "
                             "else one in your data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open a fresh copy of the bundled demo competition")
    return parser.parse_args(argv)


def launch(argv: list[str]) -> int:
    args = parse(argv)
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None and no_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2

    from app.paths import default_db, make_demo_db
    from app.service import JuryService
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.prefs import Prefs

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Jury Room")
    app.setOrganizationName("JuryRoom")
    prefs = Prefs()
    # the language chosen in the window, else the system's on first start
    i18n.set_language(prefs.language() or i18n.system_language())
    i18n.load_fonts()
    if args.demo:
        path = make_demo_db()
    elif args.db:
        path = Path(args.db)
    else:
        # open where the secretary left off
        last = prefs.last_file()
        path = last if last is not None and last.exists() else default_db()
    path.parent.mkdir(parents=True, exist_ok=True)
    store = open_or_offer_backup(path)
    if store is None:
        return 2
    window = MainWindow(JuryService(store), prefs, remember=not args.demo)
    window.show()
    code = app.exec()
    window.session.close()
    return code


def open_or_offer_backup(path: Path):
    """Open the file; if it is damaged and a good backup exists, offer to restore it first.
    None (after saying why) when there is nothing to open."""
    from PySide6.QtCore import QCoreApplication

    from app.errors import DamagedError, StoreError
    from app.store import Store, restore_file
    from ui.ask import Ask

    try:
        return Store.open(path)
    except DamagedError as exc:
        if exc.backup is None or not Ask.confirm(None, "Jury Room", QCoreApplication.translate(
                "Launch", "{problem}\n\nRestore the newest good backup, {backup}? A copy of "
                "the damaged file is kept.").format(problem=exc, backup=Path(exc.backup).name)):
            Ask.error(None, str(exc))
            return None
        try:
            restore_file(path, exc.backup)
            return Store.open(path)
        except StoreError as again:
            Ask.error(None, str(again))
            return None
    except StoreError as exc:
        Ask.error(None, str(exc))
        return None
