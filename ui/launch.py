"""Starting the window: `jury-room [DB]` or `jury-room --demo`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


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
