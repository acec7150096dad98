"""The main window: the secretary's day as eight screens in a list on the left
(Ctrl+1..8), a File menu (new, open, recent, save a copy), Edit > Undo (Ctrl+Z),
a Language menu, and a title naming the competition and its file."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import InputError, StoreError
from app.paths import DB_SUFFIX
from app.service import JuryService
from app.store import Store
from ui import geometry, i18n
from ui.ask import Ask
from ui import messages
from ui.keys import MnemonicsByPlace
from ui.messages import explain
from ui.screens.base import NOTICES
from ui.prefs import Prefs
from ui.presenter import PresenterClock
from ui.session import Session

SETUP, ORDER, PRESENT, SCORING, PROGRESS, RESULTS, PROTOCOL, FINALIZE = range(8)
# each screen is built (and its module imported) when first shown: the window appears
# without building eight screens over a competition of 200,000 marks
SCREENS = (("ui.screens.setup", "SetupScreen"), ("ui.screens.running_order",
           "RunningOrderScreen"), ("ui.screens.presenting", "PresentingScreen"),
           ("ui.screens.scoring", "ScoringScreen"), ("ui.screens.progress", "ProgressScreen"),
           ("ui.screens.results", "ResultsScreen"), ("ui.screens.protocol", "ProtocolScreen"),
           ("ui.screens.finalize", "FinalizeScreen"))


class _Screens:
    """`window.screens[n]`: the screen, built on first use."""

    def __init__(self, window: "MainWindow"):
        self._window = window

    def __getitem__(self, index: int):
        return self._window.screen(index)

    def __len__(self) -> int:
        return len(SCREENS)

    def __iter__(self):
        return (self._window.screen(i) for i in range(len(SCREENS)))


class MainWindow(QMainWindow):
    # the first "marks still to key" count comes this long after the window is shown
    COUNTS_AFTER_OPEN_MS = 1000
    # the check that the data follows from its history comes this long after showing
    CHECK_AFTER_OPEN_MS = 300

    def __init__(self, service: JuryService, prefs: Prefs | None = None, *,
                 remember: bool = True):
        super().__init__()
        self.prefs = prefs or Prefs()
        self.remember = remember        # the throwaway demo is not put in recent files
        self.session = Session(service)
        self.clock = PresenterClock(self.session, self.prefs.presenter_minutes())
        self._setup_ui()
        self._setup_menus()
        self.retranslate()
        self.session.changed.connect(self._update_title)
        self._update_title(None)
        # Alt + an underlined letter found by its key's place when the keyboard layout
        # types another letter (a Russian interface with the English layout on, say);
        # on the application, since a focused widget may take Alt+letter as typing
        QApplication.instance().installEventFilter(MnemonicsByPlace(self))
        self._counts_timer.start()
        self._remember_file()
        geometry.place(self, self.prefs.geometry())   # fits the screen it opens on
        self.go(self.prefs.screen())
        # the backup made on opening runs on another thread while the window is built;
        # it is finished as soon as the window is shown, before anything is keyed
        self.session.opened.connect(lambda: QTimer.singleShot(0, self._finish_open_backup))
        QTimer.singleShot(0, self._finish_open_backup)

    def _finish_open_backup(self) -> None:
        if self.session._service is not None:
            self.session.service.finish_open_backup()
            # the check reads every record (half a second for 200,000 marks): it comes
            # just after the window is on screen, as the count of marks to key does
            QTimer.singleShot(self.CHECK_AFTER_OPEN_MS, self._check_after_open)

    def _check_after_open(self) -> None:
        service = self.session._service
        if service is not None and self.isVisible() and not service.store.closed:
            self.check_history()

    def check_history(self) -> None:
        """Say so, in a red banner above every screen, when the file's tables do not
        follow from its audit history (a mark changed, removed or added by hand, or the
        history's guard removed). The file stays open and usable: the banner says what
        was found so the secretary can check it against a backup or the paper sheets."""
        found = self.session.service.check_history()
        if found.ok:
            self.tamper_banner.hide()
            return
        self.tamper_banner.setText(self.tr(
            "This file was changed outside Jury Room: {problem}. Its data does not follow "
            "from its history; check it against a backup (File > Backups) or the paper "
            "sheets before relying on it.").format(problem=found.problem))
        self.tamper_banner.show()

    # ----- building -----
    def _setup_ui(self) -> None:
        self._built: list = [None] * len(SCREENS)
        self.screens = _Screens(self)
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        for i in range(1, len(SCREENS) + 1):
            self.stack.addWidget(QWidget())  # holds the place of the screen until shown
            item = QListWidgetItem()
            item.setToolTip(f"Ctrl+{i}")
            item.setSizeHint(QSize(150, 34))
            self.nav.addItem(item)
        self.nav.setStyleSheet("#nav { font-size: 11pt; } #nav::item:selected "
                               "{ background: #1565c0; color: white; }")
        self.nav.currentRowChanged.connect(self._on_nav)
        # arrows in the step list only show the screens; Enter or a click goes into one
        self.nav.itemActivated.connect(lambda _: self.stack.currentWidget().focus_main())
        self.nav.itemClicked.connect(lambda _: self.stack.currentWidget().focus_main())
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        self.tamper_banner = QLabel()   # shown when the data does not follow its history
        self.tamper_banner.setObjectName("tamper_banner")
        self.tamper_banner.setWordWrap(True)
        self.tamper_banner.setStyleSheet("#tamper_banner { background: #b00020; color: white;"
                                         " font-weight: bold; padding: 6px; }")
        self.tamper_banner.hide()
        column.addWidget(self.tamper_banner)
        row = QHBoxLayout()
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self.marks_label = QLabel()
        self.statusBar().addPermanentWidget(self.marks_label)
        # a message belongs to its action: the next action (a change of the data, or
        # another message anywhere) clears the one before
        self.session.changed.connect(lambda change: NOTICES.spoke.emit(None))
        NOTICES.spoke.connect(self._on_spoke)
        # the count waits until keying pauses: it needs the whole ranking worked out
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(400)
        self._counts_timer.timeout.connect(self._update_counts)
        self.session.changed.connect(lambda change: self._counts_timer.start())
        # a backup every few minutes while marks change (the store decides when it is due)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60_000)
        self._backup_timer.timeout.connect(self.maybe_backup)
        self._backup_timer.start()

    def _setup_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(self.file_menu, self.new_file, QKeySequence.New)
        self.open_action = self._action(self.file_menu, self.open_dialog, QKeySequence.Open)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.copy_action = self._action(self.file_menu, self.save_copy,
                                        QKeySequence(Qt.CTRL | Qt.SHIFT | Qt.Key_S))
        self.file_menu.addSeparator()
        self.import_folder_action = self._action(
            self.file_menu, lambda _=False: self.may_go_on() and self.setup.import_folder())
        self.import_table_action = self._action(
            self.file_menu, lambda _=False: self.may_go_on() and self.setup.import_table())
        self.export_action = self._action(
            self.file_menu, lambda _=False: self.may_go_on() and self.setup.export_folder())
        self.backups_action = self._action(self.file_menu, self.show_backups)
        self.file_menu.addSeparator()
        # Ctrl+P is the window's, not the Protocol screen's: it prints from any screen
        self.print_action = self._action(self.file_menu, self.print_protocol,
                                         QKeySequence(Qt.CTRL | Qt.Key_P))
        self.file_menu.addSeparator()
        # Ctrl+Q on every system (QKeySequence.Quit has no key on Windows)
        self.quit_action = self._action(self.file_menu, self.close,
                                        QKeySequence(Qt.CTRL | Qt.Key_Q))
        from ui.verdict_actions import VerdictActions  # workbook, diplomas, feedback

        self.verdict_actions = VerdictActions(self)
        self.edit_menu = bar.addMenu("")
        self.undo_action = self._action(self.edit_menu, self.undo, QKeySequence.Undo)
        self.history_action = self._action(self.edit_menu, self._mark_history,
                                           QKeySequence(Qt.CTRL | Qt.Key_H))
        self.go_menu = bar.addMenu("")
        self.go_actions = [self._action(self.go_menu, lambda _=False, n=i: self.go(n),
                                        QKeySequence(Qt.CTRL | getattr(Qt, f"Key_{i + 1}")))
                           for i in range(8)]
        self.go_menu.addSeparator()
        self.projector_action = self._action(
            self.go_menu, lambda _=False: self.presenting.open_presenter(),
            QKeySequence(Qt.Key_F5))
        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for code in i18n.LANGUAGES:
            # a language is listed under its own name: findable whatever is shown now
            action = self.language_menu.addAction(i18n.NATIVE_NAMES[code])
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        from ui.paper_actions import PaperActions  # sheets, keying copies, verify

        self.paper_actions = PaperActions(self)
        self.help_menu = bar.addMenu("")
        self.shortcuts_action = self._action(self.help_menu, self.show_shortcuts,
                                             QKeySequence.HelpContents)

    def step_names(self) -> list[str]:
        return [self.tr("Set up"), self.tr("Running order"), self.tr("Presenting"),
                self.tr("Scoring"), self.tr("Progress"), self.tr("Results"),
                self.tr("Protocol"), self.tr("Finalize")]

    def retranslate(self) -> None:
        """Every fixed text of the window itself: the steps, the menus, the status."""
        names = self.step_names()
        for i, name in enumerate(names):
            self.nav.item(i).setText(f"{i + 1}  {name}")
            self.go_actions[i].setText(name)
        # as wide as the longest step name in this language (Russian runs longest)
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(8))
        self.nav.setFixedWidth(max(170, widest + 36))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New competition…"))
        self.open_action.setText(self.tr("&Open…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.copy_action.setText(self.tr("Save a &copy…"))
        self.import_folder_action.setText(self.tr("&Import folder…"))
        self.import_table_action.setText(self.tr("Import &table (CSV/XLSX)…"))
        self.export_action.setText(self.tr("&Export folder…"))
        self.backups_action.setText(self.tr("&Backups…"))
        self.print_action.setText(self.tr("&Print the protocol…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.paper_actions.retranslate()
        self.verdict_actions.retranslate()
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo last change"))
        self.history_action.setText(self.tr("&History of this mark…"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.projector_action.setText(self.tr("Open the &projector window"))
        self.language_menu.setTitle(self.tr("&Language"))
        # no Alt+letter: every letter of "Help" is taken on Set up; F1 opens its one entry
        self.help_menu.setTitle(self.tr("Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.language_actions[i18n.current()].setChecked(True)
        self._update_title(None)

    def set_language(self, lang: str) -> None:
        """Switch the interface (and the protocol's default) to `lang`, and remember it."""
        lang = i18n.set_language(lang)
        self.prefs.set_language(lang)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self._update_counts()       # "marks still to key", now, in the new language
        super().changeEvent(event)

    def _action(self, menu, slot, shortcut=None) -> QAction:
        action = QAction(self)      # its text is set in retranslate()
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def screen(self, index: int):
        """Screen number `index`, built the first time it is asked for."""
        screen = self._built[index]
        if screen is None:
            module, name = SCREENS[index]
            cls = getattr(importlib.import_module(module), name)
            screen = cls(self.session, self.clock) if index == PRESENT else cls(self.session)
            if index == SCORING:    # back to the sheet in progress when the file was left
                screen.return_to(self.prefs.scoring_place(self.session.path))
            if index == PROGRESS:
                screen.open_sheet.connect(self.show_sheet)
                screen.print_sheets.connect(self.paper_actions.print_sheets)
            if index == FINALIZE:
                screen.print_requested.connect(self.print_protocol)
            current = self.stack.currentIndex()
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, screen)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[index] = screen
            if current >= 0:
                self.stack.setCurrentIndex(current)
        return screen

    setup = property(lambda self: self.screen(SETUP))
    running_order = property(lambda self: self.screen(ORDER))
    presenting = property(lambda self: self.screen(PRESENT))
    scoring = property(lambda self: self.screen(SCORING))
    progress = property(lambda self: self.screen(PROGRESS))
    results = property(lambda self: self.screen(RESULTS))
    protocol = property(lambda self: self.screen(PROTOCOL))
    finalize = property(lambda self: self.screen(FINALIZE))

    # ----- public -----
    def leave_edit(self) -> str | None:
        """The one rule for every way out of what is being typed (another screen, sheet or
        file, a File menu action, quitting): the current screen saves it (None), or
        keeps it, in red with the reason, and says what was not saved."""
        screen = self._built[self.stack.currentIndex()]
        return None if screen is None else screen.commit_pending()

    def may_go_on(self, question: str = "") -> bool:
        """Before something that would throw away what is being typed (another file, an
        import or restore, quitting): saved, or the secretary chose to go on without it
        (`question`, or "Go on without it?"). False: stay, on the mark not saved."""
        unsaved = self.leave_edit()
        if unsaved is None:
            return True
        if not Ask.confirm(self, self.tr("Not saved"), f"{unsaved}\n\n" + (
                question or self.tr("Go on without it?"))):
            return False
        self._built[self.stack.currentIndex()].drop_pending()
        return True

    def go(self, index: int) -> None:
        """Show screen `index` with the keyboard on its main widget (Ctrl+1..8 do this)."""
        index = min(max(int(index), 0), len(self.screens) - 1)
        self.nav.setCurrentRow(index)
        self.screen(index).focus_main()

    def current_screen(self) -> int:
        return self.stack.currentIndex()

    def print_protocol(self, _checked: bool = False) -> None:
        """Ctrl+P from any screen: the Protocol screen, which shows the printing."""
        if not self.may_go_on():    # a typed mark is saved first, or left out knowingly
            return
        self.go(PROTOCOL)
        self.protocol.print_protocol()

    def show_sheet(self, juror: str, project: str) -> None:
        self.go(SCORING)
        self.scoring.show_sheet(juror, project)

    def undo(self) -> None:
        try:
            undone = self.session.service.undo()
        except (InputError, StoreError) as exc:
            self.say(self.tr("Cannot undo: {reason}").format(reason=explain(exc)), error=True)
            return
        self.say(messages.undone(undone, self.session.service.competition()) if undone
                 else self.tr("Nothing left to undo."))
        if undone and len(undone.changes) == 1 and undone.changes[0][0] == "marks" and \
                self.current_screen() == SCORING:
            self.scoring.show_mark(*undone.changes[0][1])   # to key it again

    def say(self, text: str, error: bool = False) -> None:
        """The message of the window's own action (undo) in the status bar, in red for a
        failure; the next action anywhere replaces or clears it."""
        NOTICES.spoke.emit(self.statusBar())
        self._status(text, error)

    def _status(self, text: str, error: bool) -> None:
        self.statusBar().setStyleSheet(
            "QStatusBar { color: #b00020; font-weight: bold; }" if error else "")
        self.statusBar().showMessage(text)

    def maybe_backup(self) -> None:
        service = self.session.service
        service.maybe_backup()
        if service.backup_error:
            self.statusBar().showMessage(self.tr("The automatic backup failed: {reason}. "
                                                 "Your marks are saved; check the disk.")
                                         .format(reason=service.backup_error), 15000)

    def show_backups(self) -> None:
        from ui.dialogs.backups_dialog import BackupsDialog

        if not self.may_go_on():
            return
        dialog = BackupsDialog(self.session.service, self)
        Ask.show(self, dialog)
        if dialog.restored is not None:
            self.statusBar().showMessage(self.tr("Restored the backup of {when}.").format(
                when=dialog.restored.time.astimezone().strftime("%Y-%m-%d %H:%M")), 10000)

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts (F1): every key of the window, read from the window."""
        from ui.shortcuts import ShortcutsDialog

        Ask.show(self, ShortcutsDialog(self))

    def _mark_history(self) -> None:
        self.go(SCORING)
        self.scoring.show_history()

    def open_file(self, path: str | Path, *, create: bool = False) -> bool:
        """Switch to another competition file. False (and a message) if it cannot be used."""
        if not self.may_go_on():
            return False
        if create:
            try:
                store = Store.open(Path(path), create=True)
            except StoreError as exc:
                Ask.error(self, str(exc))
                return False
        else:
            from ui.launch import open_or_offer_backup

            store = open_or_offer_backup(Path(path))
            if store is None:
                return False
        self._remember_place()
        self.session.open(JuryService(store))
        if self._built[SCORING] is not None:
            self.scoring.return_to(self.prefs.scoring_place(self.session.path))
        self.remember = True
        self._remember_file()
        return True

    def new_file(self) -> None:
        if not self.may_go_on():
            return
        path = Ask.save_file(self, self.tr("New competition file"),
                             self.tr("Jury Room files (*{suffix})").format(suffix=DB_SUFFIX))
        if not path:
            return
        path = Path(path)
        if path.suffix != DB_SUFFIX:
            path = path.with_suffix(DB_SUFFIX)
        if path.exists():
            Ask.error(self, self.tr("{path} already exists: a new competition needs a new "
                                    "file name.").format(path=path))
            return
        if self.open_file(path, create=True):
            self.go(SETUP)

    def open_dialog(self) -> None:
        if not self.may_go_on():
            return
        path = Ask.open_file(self, self.tr("Open a competition"),
                             self.tr("Jury Room files (*{suffix});;All files (*)").format(
                                 suffix=DB_SUFFIX))
        if path:
            self.open_file(path)

    def save_copy(self) -> None:
        if not self.may_go_on():
            return
        path = Ask.save_file(self, self.tr("Save a copy of this competition"),
                             self.tr("Jury Room files (*{suffix})").format(suffix=DB_SUFFIX))
        if not path:
            return
        try:
            written = self.session.service.save_copy(path)
        except (InputError, StoreError) as exc:
            Ask.error(self, str(exc))
            return
        self.statusBar().showMessage(self.tr("Copy saved to {path}; you keep working in "
                                             "the original.").format(path=written), 8000)

    # ----- helpers -----
    def _remember_place(self) -> None:
        if self.remember and self._built[SCORING] is not None and \
                self.session.path is not None:
            self.prefs.set_scoring_place(self.session.path, self.scoring.place())

    def _remember_file(self) -> None:
        if self.remember and self.session.path is not None:
            self.prefs.add_recent(self.session.path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.prefs.recent_files():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _update_title(self, change) -> None:
        if not self.session.touches(change, ("settings",)):
            return
        comp = self.session.service.competition()
        path = self.session.path
        title = comp.settings.title or self.tr("New competition")
        final = self.tr(" [finalized]") if comp.finalized else ""
        name = path.name if path else self.tr("(in memory)")
        self.setWindowTitle(f"{title}{final} — {name} — Jury Room")
        self.setWindowFilePath(str(path) if path else "")

    def _update_counts(self) -> None:
        # scoring already knows what is missing (and works it out incrementally), once a
        # screen has had the results worked out; opening the window does not wait for
        # that, but works them out shortly after the window is on screen
        if not self.session.service.has_results():
            QTimer.singleShot(self.COUNTS_AFTER_OPEN_MS, self._count_after_open)
            return
        if not self.session.service.competition().has_sheets:
            self.marks_label.setText(self.tr("Nothing to key yet"))
            return
        results = self.session.service.results()
        missing = sum(len(p.missing) for p in results.projects)
        self.marks_label.setText(
            self.tr("Marks still to key: {n}").format(n=missing) if missing
            else self.tr("All marks are keyed"))

    def _count_after_open(self) -> None:
        if self.session._service is not None and self.isVisible():
            self.session.service.results()
            self._update_counts()

    def _on_nav(self, row: int) -> None:
        # the mark typed on the screen left is saved; one that cannot be stays in its
        # cell in red (so that Finalize can be reached to reopen, say), and this says so
        unsaved = self.leave_edit() if row != self.stack.currentIndex() else None
        if unsaved is not None:     # the same action's: the sheet keeps its red line too
            self._status(unsaved, error=True)
        if row >= 0:
            self.stack.setCurrentWidget(self.screen(row))
            self._counts_timer.start()  # the screen may have worked the results out
            self.prefs.set_screen(row)

    def _on_spoke(self, who) -> None:
        if who is not self.statusBar():
            self.statusBar().clearMessage()
            self.statusBar().setStyleSheet("")

    def closeEvent(self, event) -> None:
        if not self.may_go_on(self.tr("Quit without it?")):
            event.ignore()      # the window stays open, on that mark
            return
        self._remember_place()
        self.prefs.set_geometry(self.saveGeometry())
        self.prefs.set_presenter_minutes(self.clock.minutes)
        self.prefs.sync()
        presenting = self._built[PRESENT]
        if presenting is not None and presenting.window is not None:
            presenting.window.close()
        # the store stays open until the application ends (launch closes it): hidden
        # widgets may still ask their models for data while the window goes away
        super().closeEvent(event)
