"""The window's menu bar: File, Edit, Go, Language and Help, their actions and keys, and
their texts in the interface language.

Every action is the window's child, so the F1 table (ui/shortcuts.py) finds its key, in
the order they are made here; the paper loop's and the verdict's entries are made here
too, in their place in that order, by their own modules (ui/shell/paper_actions.py,
ui/shell/verdict_actions.py, ui/shell/meeting_actions.py), which add them to the File and
Edit menus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ui import i18n


def _ctrl(key) -> QKeySequence:
    return QKeySequence(Qt.CTRL | key)


class Menus(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self._file_actions(window)
        self.edit_menu = bar.addMenu("")
        self.undo_action = self.add(self.edit_menu, window.undo, QKeySequence.Undo)
        self.history_action = self.add(self.edit_menu, window.mark_history,
                                           _ctrl(Qt.Key_H))
        self.go_menu = bar.addMenu("")
        self.go_actions = [self.add(self.go_menu, lambda _=False, n=i: window.go(n),
                                        _ctrl(getattr(Qt, f"Key_{i + 1}"))) for i in range(8)]
        self.go_menu.addSeparator()
        self.projector_action = self.add(
            self.go_menu, lambda _=False: window.presenting.open_presenter(),
            QKeySequence(Qt.Key_F5))
        self.language_menu = bar.addMenu("")
        self.language_actions = self._language_actions(window)
        from ui.shell.paper_actions import PaperActions  # sheets, keying copies, verify

        self.paper_actions = PaperActions(window, self)
        from ui.shell.meeting_actions import MeetingActions  # dissenting opinions

        self.meeting_actions = MeetingActions(window, self)
        self.help_menu = bar.addMenu("")
        self.shortcuts_action = self.add(self.help_menu, window.show_shortcuts,
                                             QKeySequence.HelpContents)

    def _file_actions(self, window) -> None:
        files, menu = window.files, self.file_menu
        self.new_action = self.add(menu, files.new_file, QKeySequence.New)
        self.open_action = self.add(menu, files.open_dialog, QKeySequence.Open)
        self.recent_menu = menu.addMenu("")
        self.recent_menu.aboutToShow.connect(files.fill_recent)
        self.copy_action = self.add(menu, files.save_copy,
                                        QKeySequence(Qt.CTRL | Qt.SHIFT | Qt.Key_S))
        menu.addSeparator()
        self.import_folder_action = self.add(
            menu, lambda _=False: window.may_go_on() and window.setup.import_folder())
        self.import_table_action = self.add(
            menu, lambda _=False: window.may_go_on() and window.setup.import_table())
        self.export_action = self.add(
            menu, lambda _=False: window.may_go_on() and window.setup.export_folder())
        self.backups_action = self.add(menu, files.show_backups)
        menu.addSeparator()
        # Ctrl+P is the window's, not the Protocol screen's: it prints from any screen
        self.print_action = self.add(menu, window.print_protocol, _ctrl(Qt.Key_P))
        menu.addSeparator()
        # Ctrl+Q on every system (QKeySequence.Quit has no key on Windows)
        self.quit_action = self.add(menu, window.close, _ctrl(Qt.Key_Q))
        from ui.shell.verdict_actions import VerdictActions  # workbook, diplomas, feedback

        self.verdict_actions = VerdictActions(window, self)

    def _language_actions(self, window) -> dict:
        group = QActionGroup(window)
        actions = {}
        for code in i18n.LANGUAGES:
            # a language is listed under its own name: findable whatever is shown now
            action = self.language_menu.addAction(i18n.NATIVE_NAMES[code])
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: window.set_language(c))
            group.addAction(action)
            actions[code] = action
        return actions

    def add(self, menu, slot, shortcut=None, before: QAction | None = None) -> QAction:
        """A new action of the window in `menu` (at its end, or above `before`), calling
        `slot`; its text is set by whoever owns it, in their retranslate(). The paper,
        verdict and meeting actions add their entries through it too."""
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
        return action

    def retranslate(self, step_names: list[str]) -> None:
        """Every menu's and action's text in the interface language."""
        for action, name in zip(self.go_actions, step_names):
            action.setText(name)
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
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo last change"))
        self.history_action.setText(self.tr("&History of this mark…"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.projector_action.setText(self.tr("Open the &projector window"))
        self.language_menu.setTitle(self.tr("&Language"))
        # no Alt+letter: every letter of "Help" is taken on Set up; F1 opens its one entry
        self.help_menu.setTitle(self.tr("Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.paper_actions.retranslate()
        self.verdict_actions.retranslate()
        self.meeting_actions.retranslate()
        self.language_actions[i18n.current()].setChecked(True)
