"""The File menu's own actions on competition files: new, open, open recent, save a copy,
backups (and the automatic one every few minutes), with the recent files and the sheet
in progress remembered for next time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from app.errors import InputError, StoreError
from app.paths import DB_SUFFIX
from app.service import JuryService
from app.store import Store
from ui.ask import Ask
from ui.shell.steps import SCORING, SETUP


class FileActions(QObject):
    # a backup is looked at this often while marks change (the store decides when it is due)
    BACKUP_EVERY_MS = 60_000

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(self.BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self.maybe_backup)
        self._backup_timer.start()

    @property
    def _session(self):
        return self.window.session

    def open_file(self, path: str | Path, *, create: bool = False) -> bool:
        """Switch to another competition file. False (and a message) if it cannot be used."""
        window = self.window
        if not window.may_go_on():
            return False
        store = self._create(Path(path)) if create else self._open(Path(path))
        if store is None:
            return False
        self.remember_place()
        self._session.open(JuryService(store))
        if window.screens.built[SCORING] is not None:
            window.scoring.return_to(window.prefs.scoring_place(self._session.path))
        window.remember = True
        self.remember_file()
        return True

    def _create(self, path: Path):
        try:
            return Store.open(path, create=True)
        except StoreError as exc:
            Ask.error(self.window, str(exc))
            return None

    @staticmethod
    def _open(path: Path):
        from ui.launch import open_or_offer_backup

        return open_or_offer_backup(path)

    def new_file(self) -> None:
        window = self.window
        if not window.may_go_on():
            return
        path = Ask.save_file(window, self.tr("New competition file"),
                             self.tr("Jury Room files (*{suffix})").format(suffix=DB_SUFFIX))
        if not path:
            return
        path = Path(path)
        if path.suffix != DB_SUFFIX:
            path = path.with_suffix(DB_SUFFIX)
        if path.exists():
            Ask.error(window, self.tr("{path} already exists: a new competition needs a new "
                                      "file name.").format(path=path))
            return
        if self.open_file(path, create=True):
            window.go(SETUP)

    def open_dialog(self) -> None:
        if not self.window.may_go_on():
            return
        path = Ask.open_file(self.window, self.tr("Open a competition"),
                             self.tr("Jury Room files (*{suffix});;All files (*)").format(
                                 suffix=DB_SUFFIX))
        if path:
            self.open_file(path)

    def save_copy(self) -> None:
        window = self.window
        if not window.may_go_on():
            return
        path = Ask.save_file(window, self.tr("Save a copy of this competition"),
                             self.tr("Jury Room files (*{suffix})").format(suffix=DB_SUFFIX))
        if not path:
            return
        try:
            written = self._session.service.save_copy(path)
        except (InputError, StoreError) as exc:
            Ask.error(window, str(exc))
            return
        window.status_line.note(self.tr("Copy saved to {path}; you keep working in the "
                                        "original.").format(path=written), 8000)

    def show_backups(self) -> None:
        from ui.dialogs.backups_dialog import BackupsDialog

        window = self.window
        if not window.may_go_on():
            return
        dialog = BackupsDialog(self._session.service, window)
        Ask.show(window, dialog)
        if dialog.restored is not None:
            window.status_line.note(self.tr("Restored the backup of {when}.").format(
                when=dialog.restored.time.astimezone().strftime("%Y-%m-%d %H:%M")), 10000)

    def maybe_backup(self) -> None:
        service = self._session.service
        service.maybe_backup()
        if service.backup_error:
            self.window.status_line.note(self.tr(
                "The automatic backup failed: {reason}. Your marks are saved; check the "
                "disk.").format(reason=service.backup_error), 15000)

    def fill_recent(self) -> None:
        menu = self.window.menus.recent_menu
        menu.clear()
        for path in self.window.prefs.recent_files():
            action = menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if menu.isEmpty():
            menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def remember_place(self) -> None:
        """The sheet in progress on Scoring, kept for when this file is opened again."""
        window = self.window
        if window.remember and window.screens.built[SCORING] is not None and \
                self._session.path is not None:
            window.prefs.set_scoring_place(self._session.path, window.scoring.place())

    def remember_file(self) -> None:
        if self.window.remember and self._session.path is not None:
            self.window.prefs.add_recent(self._session.path)
