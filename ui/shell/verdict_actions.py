"""After the verdict, from the File menu: the results workbook, the diplomas with the
award script, the feedback pages, and checking a printed protocol (or a photo of the
signed paper) against the data.

Like the paper loop's actions: `VerdictActions(window, menus)` adds its entries to the
window's File menu (ui/shell/menus.py) and words them again when the language changes.
The files are written by the service (app.reports); this module asks where and says what
came out.
A `diploma.toml` in the folder chosen for the diplomas is used as their template (the
organisers' own wording); without one the bundled template is.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from app.errors import InputError, StoreError
from ui import i18n
from ui.ask import Ask
from ui.messages import explain


class VerdictActions(QObject):
    def __init__(self, window, menus):
        super().__init__(window)
        self.window = window
        menu = menus.file_menu
        before = menus.backups_action
        self.workbook_action = menus.add(menu, lambda _=False: self.export_workbook(),
                                         before=before)
        self.diplomas_action = menus.add(menu, lambda _=False: self.write_diplomas(),
                                         before=before)
        self.feedback_action = menus.add(menu, lambda _=False: self.write_feedback(),
                                         before=before)
        # beside Print the protocol: the check of what was printed
        self.check_action = menus.add(menu, lambda _=False: self.check_printed(),
                                      before=menus.print_action)
        self.check_dialog = None        # the last answer shown (tests read it)
        menu.insertSeparator(before)

    def retranslate(self) -> None:
        self.workbook_action.setText(self.tr("Export the results &workbook (Excel)…"))
        self.diplomas_action.setText(self.tr("&Diplomas and award script…"))
        self.feedback_action.setText(self.tr("Feedback pages per pro&ject…"))
        self.check_action.setText(self.tr("Chec&k a printed protocol or a photo of it…"))

    def _language(self) -> str:
        """Two languages when the interface speaks Russian or Kazakh (the organisers'
        files go to both countries), else English."""
        lang = i18n.current()
        return {"ru": "ru+kk", "kk": "kk+ru"}.get(lang, "en")

    def _done(self, text: str, path: Path | str) -> None:
        self.window.statusBar().showMessage(text, 10000)
        Ask.open_path(path)

    def _folder(self) -> Path:
        """Where the dialogs start: beside the competition's file, as the protocol's
        does (not the folder the program was started from)."""
        db = self.window.session.path
        return Path(db).parent if db else Path.home()

    def export_workbook(self) -> None:
        path = Ask.save_file(self.window, self.tr("Export the results workbook to"),
                             self.tr("Excel workbooks (*.xlsx)"),
                             str(self._folder() / "results.xlsx"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            written = self.window.session.service.export_workbook(path, self._language())
        except (InputError, StoreError, OSError) as exc:
            Ask.error(self.window, explain(exc))
            return
        self._done(self.tr("Results workbook written to {path}").format(path=written), written)

    def write_diplomas(self) -> None:
        folder = Ask.open_folder(self.window, self.tr("Write the diplomas into the folder"),
                                 str(self._folder()))
        if not folder:
            return
        participants = Ask.confirm(self.window, self.tr("Diplomas"), self.tr(
            "Also a certificate of participation for every project that did not win?"))
        template = Path(folder) / "diploma.toml"
        try:
            written = self.window.session.service.write_diplomas(
                folder, participants=participants,
                template=template if template.exists() else None, lang=self._language())
        except (InputError, StoreError, OSError) as exc:
            Ask.error(self.window, explain(exc))
            return
        self._done(self.tr("%n file(s) written to {folder}, the award script among them", "",
                           len(written)).format(folder=folder), folder)

    def write_feedback(self) -> None:
        folder = Ask.open_folder(self.window, self.tr("Write the feedback pages into the folder"),
                                 str(self._folder()))
        if not folder:
            return
        try:
            written = self.window.session.service.write_feedback(folder)
        except (InputError, StoreError, OSError) as exc:
            Ask.error(self.window, explain(exc))
            return
        self._done(self.tr("%n feedback page(s) written to {folder}", "", len(written))
                   .format(folder=folder), folder)

    def check_printed(self) -> None:
        """Ask for a protocol PDF, or a photo or scan of the signed paper, and show whether
        it matches the data (what `jury-room verify` says), page by page."""
        from ui.dialogs.check_dialog import CheckDialog

        path = Ask.open_file(self.window, self.tr("Check a printed protocol"), self.tr(
            "Protocols and photos (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
            str(self._folder()))
        if not path:
            return
        service = self.window.session.service
        try:
            with wait_cursor():
                found = service.check_printed(path)
                problem = _history_problem(service)
        except (InputError, StoreError, OSError) as exc:
            Ask.error(self.window, self._refusal(exc))
            return
        self.check_dialog = CheckDialog(path, found, service.competition().finalized,
                                        problem, self.window)
        self.check_dialog.open()

    def _refusal(self, exc: Exception) -> str:
        """The file is no protocol, damaged, or an image without our QR code."""
        code = getattr(exc, "code", None)
        name = getattr(exc, "file", None) or ""
        if code == "verify.no_qr":
            return self.tr("{file}: no Jury Room QR code found in the image. Photograph or "
                           "scan page 1 of the protocol, where the code is, whole and in "
                           "focus.").format(file=name)
        if code == "verify.damaged":
            return self.tr("{file}: the file is damaged and cannot be read.").format(
                file=name or self.tr("the file"))
        if code == "verify.not_protocol":
            return self.tr("{file}: not a Jury Room protocol (neither a protocol PDF nor a "
                           "photo of one).").format(file=name)
        return explain(exc)


def _history_problem(service) -> str | None:
    """Why the history does not vouch for the data (as `verify` asks), or None."""
    chain = service.check_audit()
    if not chain.intact:
        return chain.problem
    consistent = service.check_history()
    return None if consistent.ok else consistent.problem


@contextmanager
def wait_cursor():
    """A busy cursor while a long protocol is laid out again and compared."""
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
