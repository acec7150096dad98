"""Step 4, scoring: marks keyed from the paper sheets, keyboard only.

Digits (and . or ,) type into the current cell; Enter or Tab saves the mark at once and
moves to the next cell; R recuses the juror from the row's project (R again lifts it);
Delete clears a mark; Escape drops what was typed; Ctrl+Z (the window's Undo) takes back
the last change. A value the service refuses is not saved: the cell turns red and the
reason is shown under the sheet, and the cursor stays on the cell.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout

from app.errors import InputError, StoreError
from ui import fmt
from ui.messages import explain
from ui.models.sheet_model import BY_JUROR, BY_PROJECT, SheetModel
from ui.screens.base import MessageLine, Screen, retranslate_model
from ui.screens.sheet_view import SheetView


class ScoringScreen(Screen):
    def __init__(self, session):
        super().__init__(session)
        self.model = SheetModel(session)
        self._who_items: list[tuple[str, str]] = []     # what the chooser lists
        self._unsaved = ""          # the mark last refused or not saved, and why
        self._place = None          # the cell to return to on the next refresh
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.mode = QComboBox()
        self.mode.addItem("", BY_JUROR)
        self.mode.addItem("", BY_PROJECT)
        self.mode.setSizeAdjustPolicy(QComboBox.AdjustToContents)    # follows the language
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.who = QComboBox()
        self.who.setMinimumContentsLength(40)
        self.who.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.who.currentIndexChanged.connect(self._on_who)
        self.mode_label = QLabel()
        self.mode_label.setBuddy(self.mode)
        self.who_label = QLabel()
        self.who_label.setBuddy(self.who)
        top = QHBoxLayout()
        top.addWidget(self.mode_label)
        top.addWidget(self.mode)
        top.addSpacing(12)
        top.addWidget(self.who_label)
        top.addWidget(self.who, 1)

        self.locked = QLabel()
        self.locked.setStyleSheet("background: #ffe0b2; padding: 6px; font-weight: bold;")
        self.locked.hide()
        self.view = SheetView(self.model)
        # fixed row heights: sizing a thousand rows to their contents after every mark is slow
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() * 3 // 2)
        # long project titles are cut (the whole title is in the tooltip) so that the
        # criteria keep room for their names
        self.view.verticalHeader().setMaximumWidth(360)     # and a quarter of a narrow view
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(90)
        self.view.horizontalHeader().setResizeContentsPrecision(40)   # not all 1000 rows
        font = self.view.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)    # read at arm's length from the paper
        self.view.setFont(font)
        self.view.commit.connect(self._on_commit)
        self.view.recuse.connect(self._on_recuse)
        self.view.moved_past_end.connect(self._on_end)
        self.message = MessageLine()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_heading())
        layout.addLayout(top)
        layout.addWidget(self.locked)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        for keys, step in ((Qt.CTRL | Qt.Key_PageDown, 1), (Qt.CTRL | Qt.Key_PageUp, -1)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda s=step: self.step_sheet(s))
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(self.tr("Scoring"), self.tr(
            "Key the marks from the paper sheets. Each mark is saved the moment you press "
            "Enter."))
        self.mode.setItemText(0, self.tr("a juror's sheets (all projects)"))
        self.mode.setItemText(1, self.tr("a project's sheets (all jurors)"))
        self.mode_label.setText(self.tr("&Key:"))
        self.who_label.setText(self.tr("&Sheets of:"))
        self.locked.setText(self.tr("Finalized: marks are locked. Reopen the competition on "
                                    "the Finalize screen to change them."))
        self._hint = self.tr(
            "Type the mark and press Enter: it is saved at once and the cursor moves on.  "
            "R: recused (again: lift) · Delete: clear · Esc: drop typing · Ctrl+Z: undo · "
            "Ctrl+PgDown / Ctrl+PgUp: next / previous sheet")
        self._comment_hint = self.tr(
            "Comment column (after the last criterion): type the juror's reason and press "
            "Enter · F2: edit the saved one · Delete: clear it")
        self._show_hint()
        retranslate_model(self.model)

    def _show_hint(self) -> None:
        comments = self.model.comment_column is not None
        self.hint.setText(self._hint + ("\n" + self._comment_hint if comments else ""))

    # ----- public -----
    def refresh(self) -> None:
        comp = self.session.service.competition()
        self._fill_who(comp)
        self.model.refresh()
        header, n = self.view.horizontalHeader(), len(self.model.criteria)
        for col in (n, n + 1):      # total and state: as wide as they need, no more
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        if self.model.comment_column is not None:   # the comment takes what is left
            header.setSectionResizeMode(self.model.comment_column, QHeaderView.Stretch)
        self._show_hint()
        self.locked.setVisible(comp.finalized)
        if self._place is not None:
            place, self._place = self._place, None
            self._go_to_place(place)
        if not self.view.currentIndex().isValid():
            self._go_to_first_open()

    def place(self) -> list[str] | None:
        """Where the cursor is: [mode, who, juror, project, criterion code], kept when the
        file is left so that reopening it returns to the sheet in progress."""
        index = self.view.currentIndex()
        if not index.isValid() or self.model.key is None:
            return None
        r = self.model.rows[index.row()]
        c = self.model.criterion_at(index.column())
        return [self.model.mode, self.model.key, r.juror, r.project, c.code if c else ""]

    def return_to(self, place: list[str] | None) -> None:
        """Open the sheet and cell of `place` (from `place()`), when the screen is next
        refreshed (at once if it is up to date)."""
        self._place = place
        if place is not None and not self._stale:
            self.refresh()

    def commit_pending(self) -> str | None:
        """Leaving the cell in hand (for another sheet, screen or file, or quitting): what
        was typed in it is saved (None), or it stays in its cell in red with the reason,
        the cursor on it, and this says which mark was not saved and why."""
        if self.view.commit_typed():
            return None
        self.view.setFocus()
        return self._unsaved

    def drop_pending(self) -> None:
        self.view.drop_typing()

    def show_sheet(self, juror: str, project: str) -> None:
        """Open the juror's sheets at that project, on its first missing mark."""
        if self.commit_pending() is not None:
            return
        self.mode.setCurrentIndex(self.mode.findData(BY_JUROR))
        self.who.setCurrentIndex(self.who.findData(juror))
        row = self.model.row_of(juror, project)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, self.model.first_missing(row)))
        self.view.setFocus()

    def step_sheet(self, step: int) -> None:
        """The next (or previous) juror or project in the chooser."""
        i = self.who.currentIndex() + step
        if 0 <= i < self.who.count() and self.commit_pending() is None:
            self.who.setCurrentIndex(i)
            self.view.setFocus()

    def show_mark(self, juror: str, project: str, criterion: str) -> None:
        """Put the cursor on that mark if this sheet shows it (after it was undone, so
        that it can be keyed again)."""
        row = self.model.row_of(juror, project)
        col = next((i for i, c in enumerate(self.model.criteria) if c.code == criterion), -1)
        if row >= 0 and col >= 0 and not self.view.typed():
            self.view.setCurrentIndex(self.model.index(row, col))

    def resizeEvent(self, event) -> None:
        # at 1024 pixels the titles would push the Total and Sheet columns out of sight
        self.view.verticalHeader().setMaximumWidth(min(360, max(160, self.width() // 4)))
        super().resizeEvent(event)

    def show_history(self) -> None:
        """The recorded values of the mark under the cursor (Edit > History of this mark)."""
        from ui.ask import Ask
        from ui.dialogs.history_dialog import HistoryDialog

        index = self.view.currentIndex()
        if not index.isValid() or not self.model.is_mark_cell(index):
            self.message.info(self.tr("Put the cursor on a mark to see its history."))
            return
        r = self.model.rows[index.row()]
        c = self.model.criterion_at(index.column())
        rows = self.session.service.mark_history(r.juror, r.project, c.code)
        title = self.tr("{juror} · {project} · {criterion}").format(
            juror=r.juror, project=r.project, criterion=c.name)
        Ask.show(self, HistoryDialog(title, rows, self))

    # ----- slots -----
    def _on_commit(self, row: int, col: int, text: str) -> None:
        r = self.model.rows[row]
        if col == self.model.comment_column:
            self._save_comment(row, col, text)
            return
        c = self.model.criterion_at(col)
        try:
            value = self.session.service.enter_mark(r.juror, r.project, c.code, text)
        except (InputError, StoreError) as exc:
            # refused, or the disk would not take it: the typed mark stays in its cell in
            # red with the reason, and the cursor stays, so nothing looks saved that is not
            self.view.accepted = False
            self.model.set_refused(row, col)
            reason = explain(exc)
            self.message.error(self.tr("Not saved: {reason}").format(reason=reason))
            self._unsaved = self.tr("Not saved: {juror} · {project} · {criterion} = {text}: "
                                    "{reason}").format(juror=r.juror, project=r.project,
                                                       criterion=c.name, text=text,
                                                       reason=reason)
            return
        self.view.accepted = True
        self.model.set_pending(row, col, "")
        if value is None:
            self.message.info(self.tr("Cleared {juror} · {project} · {criterion}.").format(
                juror=r.juror, project=r.project, criterion=c.name))
        else:
            self.message.info(self.tr("Saved {juror} · {project} · {criterion} = {mark}.")
                              .format(juror=r.juror, project=r.project, criterion=c.name,
                                      mark=fmt.mark(value)))

    def _save_comment(self, row: int, col: int, text: str) -> None:
        r = self.model.rows[row]
        try:
            self.session.service.save_comment(r.juror, r.project, text)
        except InputError as exc:
            self.view.accepted = False
            self.model.set_refused(row, col)
            self.message.error(self.tr("Not saved: {reason}").format(reason=explain(exc)))
            return
        self.view.accepted = True
        self.model.set_pending(row, col, "")
        self.message.info((self.tr("Comment saved: {juror} · {project}.") if text.strip() else
                           self.tr("Comment cleared: {juror} · {project}."))
                          .format(juror=r.juror, project=r.project))

    def _on_recuse(self, row: int) -> None:
        r = self.model.rows[row]
        on = r.state != "recused"
        try:
            self.session.service.set_recused(r.juror, r.project, on)
        except (InputError, StoreError) as exc:
            self.message.error(self.tr("Not saved: {reason}").format(reason=explain(exc)))
            return
        if on:      # on to the next sheet, as Enter on the last criterion goes
            self.view.to_next_row(row)
        self.message.info((self.tr("{juror} is recused from {project}: their marks for it "
                                   "do not count.") if on else
                           self.tr("Recusal of {juror} from {project} lifted."))
                          .format(juror=r.juror, project=r.project))

    def _on_end(self) -> None:
        self.message.info(self.tr("End of these sheets. Ctrl+PgDown opens the next one."))

    def _on_mode(self) -> None:
        if self.commit_pending() is not None:
            self._show_chooser()
            return
        self._fill_who(self.session.service.competition(), force=True)

    def _on_who(self) -> None:
        if self.commit_pending() is not None:
            self._show_chooser()
            return
        key = self.who.currentData()
        self.model.show(self.mode.currentData(), key)
        self._go_to_first_open()

    # ----- helpers -----
    def _go_to_place(self, place: list[str]) -> None:
        mode, key, juror, project, criterion = place
        if self.mode.findData(mode) < 0:
            return
        self.mode.setCurrentIndex(self.mode.findData(mode))
        if self.who.findData(key) < 0:
            return
        self.who.setCurrentIndex(self.who.findData(key))
        row = self.model.row_of(juror, project)
        col = next((i for i, c in enumerate(self.model.criteria) if c.code == criterion), 0)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, col))

    def _show_chooser(self) -> None:
        """Put the choosers back on the sheet shown (a mark typed in it was not saved)."""
        for combo, value in ((self.mode, self.model.mode), (self.who, self.model.key)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    def _fill_who(self, comp, force: bool = False) -> None:
        if self.mode.currentData() == BY_JUROR:
            items = [(j.code, fmt.juror_label(j)) for j in comp.scoring_jurors]
        else:
            items = [(p.code, fmt.project_label(p)) for p in comp.running_order]
        if items == self._who_items and not force:
            return
        self._who_items = items
        keep = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        for code, label in items:
            self.who.addItem(label, code)
        i = self.who.findData(keep)
        self.who.setCurrentIndex(i if i >= 0 else 0)
        self.who.blockSignals(False)
        self._on_who()

    def _go_to_first_open(self) -> None:
        for row, r in enumerate(self.model.rows):
            if r.keyable and not self.model.complete(r):
                self.view.setCurrentIndex(self.model.index(row, self.model.first_missing(row)))
                return
        if self.model.rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
