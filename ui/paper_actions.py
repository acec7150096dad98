"""The paper loop's window actions: File > Print score sheets…, Hand over a keying
copy…, Merge a keying copy…, and who is keying at this laptop.

Kept out of main_window.py: `PaperActions(window)` adds its entries to the File menu
and words them again when the language changes. Everything is done by
`app.paper.desk`; this module only asks for files and shows what came back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.errors import InputError, StoreError
from app.paths import DB_SUFFIX
from ui import i18n
from ui.ask import Ask
from ui.messages import explain


class PaperActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        menu = window.file_menu
        before = window.backups_action
        self.print_action = QAction(window)
        self.print_action.triggered.connect(lambda _=False: self.print_sheets())
        menu.insertAction(before, self.print_action)
        menu.insertSeparator(before)

    def retranslate(self) -> None:
        self.print_action.setText(self.tr("Print &score sheets…"))

    def _language(self) -> str:
        """The language chosen on the Protocol screen (one choice for both printed
        documents), else the interface's."""
        protocol = self.window._built[6] if hasattr(self.window, "_built") else None
        lang = protocol.lang.currentData() if protocol is not None else None
        return lang or i18n.current()

    def print_sheets(self, juror: str | None = None) -> None:
        """Ask where, then write every juror's score sheet (or `juror`'s) and open it."""
        window = self.window
        path = Ask.save_file(window, self.tr("Print the score sheets to"),
                             self.tr("PDF files (*.pdf)"),
                             f"sheets-{juror}.pdf" if juror else "sheets.pdf")
        if not path:
            return
        try:
            written, count = window.session.service.paper.print_sheets(
                path, juror=juror, lang=self._language())
        except (InputError, StoreError, OSError) as exc:
            Ask.error(window, explain(exc))
            return
        window.statusBar().showMessage(self.tr("{count} score sheet(s) printed to {path}")
                                       .format(count=count, path=written), 8000)
        Ask.open_path(written)
