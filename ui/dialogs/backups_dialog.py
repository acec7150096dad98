"""File > Backups: the automatic and manual backups of this competition, newest first, with
their times, and restoring one (what it replaces is itself kept as a backup first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QPushButton, QTableView, QVBoxLayout)

from app.errors import ForeignBackupError, InputError, StoreError
from ui.ask import Ask

class BackupsDialog(QDialog):
    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.service = service
        self.restored = None            # the backup put back, once one is
        self.setWindowTitle(self.tr("Backups of this competition"))
        self.resize(720, 420)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Made at"), self.tr("Why"),
                                              self.tr("Size")])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(lambda _: self.restore_selected())
        self.note = QLabel(self.tr(
            "Jury Room backs the file up when it is opened, every few minutes while marks "
            "change, and before every import, finalize, reopen and restore; the last 20 are "
            "kept in the backups folder beside the file. Restoring keeps a backup of what "
            "it replaces."))
        self.note.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Back up &now"))
        self.now_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.now_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.refresh()

    def reasons(self) -> dict[str, str]:
        """Why a backup was made, as the secretary reads it."""
        return {"open": self.tr("when the file was opened"),
                "periodic": self.tr("while marks were keyed"),
                "import": self.tr("before an import"), "finalize": self.tr("before finalizing"),
                "reopen": self.tr("before reopening"),
                "before-restore": self.tr("before a restore"),
                "manual": self.tr("made by hand"), "migrate": self.tr("before a program update")}

    def refresh(self) -> None:
        reasons = self.reasons()
        self.model.removeRows(0, self.model.rowCount())
        self.infos = self.service.backups()
        for info in self.infos:
            when = info.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            why = reasons.get(info.reason, info.reason)
            size = QStandardItem(self.tr("{kb} KB").format(kb=max(1, info.size // 1024)))
            size.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.model.appendRow([QStandardItem(when), QStandardItem(why), size])
        if self.infos:
            self.view.selectRow(0)
        self.restore_button.setEnabled(bool(self.infos))

    def backup_now(self) -> None:
        try:
            self.service.backup_now()
        except StoreError as exc:
            Ask.error(self, str(exc))
        self.refresh()

    def restore_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        info = self.infos[rows[0].row()]
        when = info.time.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if not Ask.confirm(self, self.tr("Restore a backup"), self.tr(
                "Put the competition back as it was at {when}? Everything changed since "
                "then is replaced; a backup of it is kept first.").format(when=when)):
            return
        try:
            try:
                self.service.restore_backup(info.path)
            except ForeignBackupError as exc:
                if not Ask.confirm(self, self.tr("Restore a backup"), self.tr(
                        "This is a backup of another competition, “{title}” (begun {begun}), "
                        "not of this one. Restoring it replaces this competition with that "
                        "one. Restore it anyway?").format(title=exc.title,
                                                          begun=exc.begun[:10])):
                    return
                self.service.restore_backup(info.path, force=True)
        except (InputError, StoreError) as exc:
            Ask.error(self, str(exc))
            return
        self.restored = info
        self.refresh()
