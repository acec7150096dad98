"""Every modal question the window asks, in one place.

Widgets never open a QMessageBox or file dialog themselves: they call these static
methods, and tests replace them (`monkeypatch.setattr(Ask, "confirm", ...)`) so that no
test ever waits for a click.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Ask:
    @staticmethod
    def error(parent: QWidget | None, text: str) -> None:
        # the program's name, never translated; Qt translates the standard buttons
        QMessageBox.warning(parent, "Jury Room", text)

    @staticmethod
    def confirm(parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    @staticmethod
    def text(parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
        """A line of text, or None when cancelled."""
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.Normal, default)
        return value if ok else None

    @staticmethod
    def open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str:
        return QFileDialog.getOpenFileName(parent, title, folder, filters)[0]

    @staticmethod
    def open_folder(parent: QWidget | None, title: str, folder: str = "") -> str:
        return QFileDialog.getExistingDirectory(parent, title, folder)

    @staticmethod
    def save_file(parent: QWidget | None, title: str, filters: str, suggested: str = "") -> str:
        return QFileDialog.getSaveFileName(parent, title, suggested, filters)[0]

    @staticmethod
    def import_preview(parent: QWidget | None, dialog) -> bool:
        """Show the import preview; True when the secretary chose to import."""
        return bool(dialog.exec())

    @staticmethod
    def decision(parent: QWidget | None, dialog) -> tuple | None:
        """The jury's decision on a tie: (winners, reason, votes, casting), or None when
        cancelled."""
        return dialog.answer() if dialog.exec() else None

    @staticmethod
    def reason(parent: QWidget | None, dialog) -> str | None:
        """A reason asked in a dialog that refuses an empty one; None when cancelled."""
        return dialog.answer() if dialog.exec() else None

    @staticmethod
    def show(parent: QWidget | None, dialog) -> None:
        """A dialog that only informs or manages itself (history, backups)."""
        dialog.exec()

    @staticmethod
    def open_path(path: str | Path) -> bool:
        """Open a file in the system's viewer (the printed protocol)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
