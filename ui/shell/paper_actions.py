"""The paper loop's window actions: File > Print score sheets…, Hand over a keying
copy…, Merge a keying copy…, and who is keying at this laptop.

`PaperActions(window, menus)` adds its entries to the window's File and Edit menus
(ui/shell/menus.py) and words them again when the language changes. Everything is done by
`app.paper.desk`; this module only asks for files and shows what came back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence

from app.errors import InputError, StoreError
from app.paths import DB_SUFFIX
from ui import i18n
from ui.ask import Ask
from ui.messages import explain
from ui.shell.steps import PROTOCOL


class PaperActions(QObject):
    def __init__(self, window, menus):
        super().__init__(window)
        self.window = window
        menu = menus.file_menu
        before = menus.backups_action
        self.print_action = menus.add(menu, lambda _=False: self.print_sheets(), before=before)
        self.handover_action = menus.add(menu, lambda _=False: self.hand_over(), before=before)
        self.merge_action = menus.add(menu, lambda _=False: self.merge(), before=before)
        menu.insertSeparator(before)
        self.verify_action = menus.add(menus.edit_menu, lambda _=False: self.verify(),
                                       QKeySequence(Qt.Key_F6))
        # who keys at this laptop, as the verify dialog last took it
        keyer = window.prefs.qs.value("paper/keyed_by", "") if window.prefs else ""
        window.session.service.paper.keyed_by = str(keyer or "")
        window.session.opened.connect(lambda: setattr(
            window.session.service.paper, "keyed_by",
            str(window.prefs.qs.value("paper/keyed_by", "") or "")))

    def retranslate(self) -> None:
        self.print_action.setText(self.tr("Print &score sheets…"))
        self.handover_action.setText(self.tr("&Hand over a keying copy…"))
        self.merge_action.setText(self.tr("&Merge a keying copy…"))
        self.verify_action.setText(self.tr("&Verify a sheet (second keying)…"))

    def _language(self) -> str:
        """The language chosen on the Protocol screen (one choice for both printed
        documents), else the interface's."""
        protocol = self.window.screens.built[PROTOCOL]
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

    def verify(self) -> None:
        """Edit > Verify a sheet (F6): the blind second keying."""
        from ui.dialogs.verify_dialog import VerifyDialog

        self.dialog = VerifyDialog(self.window.session, self.window.prefs, self.window)
        Ask.show(self.window, self.dialog)

    def hand_over(self) -> None:
        """File > Hand over a keying copy…: the set-up, no marks, for a second laptop."""
        window = self.window
        path = Ask.save_file(window, self.tr("Hand over a keying copy to"),
                             self.tr("Jury Room files (*{suffix})").format(suffix=DB_SUFFIX),
                             f"keying-copy{DB_SUFFIX}")
        if not path:
            return
        try:
            window.session.service.paper.handover(path)
        except (InputError, StoreError, OSError) as exc:
            Ask.error(window, explain(exc))
            return
        window.statusBar().showMessage(self.tr(
            "Keying copy written to {path}: key sheets into it on the second laptop, then "
            "merge it here.").format(path=path), 10000)

    def merge(self) -> None:
        """File > Merge a keying copy…: a preview of what it brings, then the merge."""
        window = self.window
        path = Ask.open_file(window, self.tr("Merge a keying copy"),
                             self.tr("Jury Room files (*{suffix})").format(suffix=DB_SUFFIX))
        if not path:
            return
        desk = window.session.service.paper
        try:
            plan = desk.plan_merge(path)
        except (InputError, StoreError, OSError) as exc:
            Ask.error(window, explain(exc))
            return
        lines = plan.lines()
        text = self.tr("{added} mark(s), recusal(s) or absence(s) to add; {verified} sheet(s) "
                       "verified; {conflicts} difference(s), listed below, not applied until "
                       "settled.").format(added=plan.added, verified=plan.verified,
                                          conflicts=len(plan.conflicts))
        if lines:
            text += "\n\n" + "\n".join(lines[:30]) + ("\n…" if len(lines) > 30 else "")
        if not Ask.confirm(window, self.tr("Merge a keying copy"), text):
            return
        try:
            desk.apply_merge(plan)
        except (InputError, StoreError) as exc:
            Ask.error(window, explain(exc))
            return
        window.statusBar().showMessage(self.tr("Merged: {summary}").format(
            summary=plan.summary()), 10000)
