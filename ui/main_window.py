"""The main window: the secretary's day as eight screens in a list on the left
(Ctrl+1..8), a red banner over them when the file was changed outside Jury Room, the
menus, and a title naming the competition and its file.

Its parts are in ui/shell/: the steps and their screens (`steps.py`), the refresh rule
(`refresh_rule.py`), the menus (`menus.py`) and their actions on files, paper and the
verdict (`file_actions.py`, `paper_actions.py`, `verdict_actions.py`), and the status line
(`status_line.py`). What stays here is the frame that holds them and the moves between
screens: every way out of what is being typed goes through `may_go_on`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow, QStackedWidget, QVBoxLayout, QWidget)

from app.errors import InputError, StoreError
from app.service import JuryService
from ui import geometry, i18n, messages
from ui.ask import Ask
from ui.keys import MnemonicsByPlace
from ui.messages import explain
from ui.prefs import Prefs
from ui.presenter import PresenterClock
from ui.session import Session
from ui.shell import refresh_rule
from ui.shell.file_actions import FileActions
from ui.shell.menus import Menus
from ui.shell.status_line import StatusLine
from ui.shell.steps import (FINALIZE, ORDER, PRESENT, PROGRESS, PROTOCOL, RESULTS, SCORING,
                            SCREENS, SETUP, Steps)

__all__ = ["MainWindow", "SCREENS", "SETUP", "ORDER", "PRESENT", "SCORING", "PROGRESS",
           "RESULTS", "PROTOCOL", "FINALIZE"]


def _step(index: int) -> property:
    return property(lambda self: self.screens[index])


class MainWindow(QMainWindow):
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
        self.status_line = StatusLine(self)
        self.files = FileActions(self)
        self.menus = Menus(self)
        self.paper_actions = self.menus.paper_actions
        self.verdict_actions = self.menus.verdict_actions
        self.retranslate()
        # the one listener of the session: who refreshes, and in which order, is its rule
        self.session.changed.connect(lambda change: refresh_rule.pass_on(self, change))
        # Alt + an underlined letter found by its key's place when the keyboard layout
        # types another letter (a Russian interface with the English layout on, say);
        # it watches the widget with the keyboard, which may take Alt+letter as typing
        MnemonicsByPlace(self)
        self.status_line.count_soon()
        self.files.remember_file()
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
        self.stack = QStackedWidget()
        self.screens = Steps(self, self.stack)
        self.nav = self._make_nav()
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

    def _make_nav(self) -> QListWidget:
        """The list of steps on the left."""
        nav = QListWidget()
        nav.setObjectName("nav")
        for i in range(1, len(SCREENS) + 1):
            item = QListWidgetItem()
            item.setToolTip(f"Ctrl+{i}")
            item.setSizeHint(QSize(150, 34))
            nav.addItem(item)
        nav.setStyleSheet("#nav { font-size: 11pt; } #nav::item:selected "
                          "{ background: #1565c0; color: white; }")
        nav.currentRowChanged.connect(self._on_nav)
        # arrows in the step list only show the screens; Enter or a click goes into one
        nav.itemActivated.connect(lambda _: self.stack.currentWidget().focus_main())
        nav.itemClicked.connect(lambda _: self.stack.currentWidget().focus_main())
        return nav

    def step_names(self) -> list[str]:
        return [self.tr("Set up"), self.tr("Running order"), self.tr("Presenting"),
                self.tr("Scoring"), self.tr("Progress"), self.tr("Results"),
                self.tr("Protocol"), self.tr("Finalize")]

    def retranslate(self) -> None:
        """Every fixed text of the window itself: the steps, the menus, the status."""
        names = self.step_names()
        for i, name in enumerate(names):
            self.nav.item(i).setText(f"{i + 1}  {name}")
        # as wide as the longest step name in this language (Russian runs longest)
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(8))
        self.nav.setFixedWidth(max(170, widest + 36))
        self.menus.retranslate(names)
        self.update_title()

    def set_language(self, lang: str) -> None:
        """Switch the interface (and the protocol's default) to `lang`, and remember it."""
        lang = i18n.set_language(lang)
        self.prefs.set_language(lang)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self.status_line.update_counts()    # "marks still to key", in the new language
        super().changeEvent(event)

    setup, running_order, presenting = _step(SETUP), _step(ORDER), _step(PRESENT)
    scoring, progress, results = _step(SCORING), _step(PROGRESS), _step(RESULTS)
    protocol, finalize = _step(PROTOCOL), _step(FINALIZE)

    # ----- moving between screens -----
    def leave_edit(self) -> str | None:
        """The one rule for every way out of what is being typed (another screen, sheet or
        file, a File menu action, quitting): the current screen saves it (None), or
        keeps it, in red with the reason, and says what was not saved."""
        screen = self.screens.built[self.stack.currentIndex()]
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
        self.screens.built[self.stack.currentIndex()].drop_pending()
        return True

    def go(self, index: int) -> None:
        """Show screen `index` with the keyboard on its main widget (Ctrl+1..8 do this)."""
        index = min(max(int(index), 0), len(self.screens) - 1)
        self.nav.setCurrentRow(index)
        self.screens[index].focus_main()

    def current_screen(self) -> int:
        return self.stack.currentIndex()

    def _on_nav(self, row: int) -> None:
        # the mark typed on the screen left is saved; one that cannot be stays in its
        # cell in red (so that Finalize can be reached to reopen, say), and this says so
        unsaved = self.leave_edit() if row != self.stack.currentIndex() else None
        if unsaved is not None:     # the same action's: the sheet keeps its red line too
            self.status_line.show(unsaved, error=True)
        if row >= 0:
            self.stack.setCurrentWidget(self.screens[row])
            self.status_line.count_soon()   # the screen may have worked the results out
            self.prefs.set_screen(row)

    def show_sheet(self, juror: str, project: str) -> None:
        self.go(SCORING)
        self.scoring.show_sheet(juror, project)

    def mark_history(self) -> None:
        """Edit > History of this mark (Ctrl+H), from any screen."""
        self.go(SCORING)
        self.scoring.show_history()

    def print_protocol(self, _checked: bool = False) -> None:
        """Ctrl+P from any screen: the Protocol screen, which shows the printing."""
        if not self.may_go_on():    # a typed mark is saved first, or left out knowingly
            return
        self.go(PROTOCOL)
        self.protocol.print_protocol()

    # ----- the window's own actions -----
    def undo(self) -> None:
        try:
            undone = self.session.service.undo()
        except (InputError, StoreError) as exc:
            self.status_line.say(self.tr("Cannot undo: {reason}").format(
                reason=explain(exc)), error=True)
            return
        self.status_line.say(messages.undone(undone, self.session.service.competition())
                             if undone else self.tr("Nothing left to undo."))
        if undone and len(undone.changes) == 1 and undone.changes[0][0] == "marks" and \
                self.current_screen() == SCORING:
            self.scoring.show_mark(*undone.changes[0][1])   # to key it again

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts (F1): every key of the window, read from the window."""
        from ui.shortcuts import ShortcutsDialog

        Ask.show(self, ShortcutsDialog(self))

    def open_file(self, path, *, create: bool = False) -> bool:
        """Switch to another competition file. False (and a message) if it cannot be used."""
        return self.files.open_file(path, create=create)

    def update_title(self) -> None:
        comp = self.session.service.competition()
        path = self.session.path
        title = comp.settings.title or self.tr("New competition")
        final = self.tr(" [finalized]") if comp.finalized else ""
        name = path.name if path else self.tr("(in memory)")
        self.setWindowTitle(f"{title}{final} — {name} — Jury Room")
        self.setWindowFilePath(str(path) if path else "")

    def closeEvent(self, event) -> None:
        if not self.may_go_on(self.tr("Quit without it?")):
            event.ignore()      # the window stays open, on that mark
            return
        self.files.remember_place()
        self.prefs.set_geometry(self.saveGeometry())
        self.prefs.set_presenter_minutes(self.clock.minutes)
        self.prefs.sync()
        presenting = self.screens.built[PRESENT]
        if presenting is not None and presenting.window is not None:
            presenting.window.close()
        # the store stays open until the application ends (launch closes it): hidden
        # widgets may still ask their models for data while the window goes away
        super().closeEvent(event)
