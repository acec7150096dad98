"""Step 1, set up: the competition's settings, jurors, criteria and projects, and imports
with a preview."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QProgressBar, QPushButton,
                               QTabWidget, QVBoxLayout)

from app.errors import InputError
from ui.ask import Ask
from ui.models.setup_models import criteria_model, jurors_model, projects_model
from ui.screens.base import MessageLine, Screen
from ui.dialogs.import_preview import ImportPreviewDialog
from ui.screens.records_panel import RecordsPanel
from ui.screens.settings_form import SettingsForm


class SetupScreen(Screen):
    main_widget_name = "tabs"

    def __init__(self, session):
        super().__init__(session)
        self._setup_ui()

    def _setup_ui(self) -> None:
        svc = lambda: self.session.service  # noqa: E731 - the open file may change
        self.settings_form = SettingsForm(self.session)
        self.jurors = RecordsPanel(
            jurors_model(self.session),
            add=lambda code: svc().add_juror(code, ""),
            delete=lambda code: svc().delete_juror(code),
            delete_warning=lambda code: self._marks_warning(juror=code), code_prefix="J")
        self.criteria = RecordsPanel(
            criteria_model(self.session),
            add=lambda code: svc().add_criterion(code, ""),
            delete=lambda code: svc().delete_criterion(code),
            delete_warning=lambda code: self._marks_warning(criterion=code), code_prefix="c")
        self.projects = RecordsPanel(
            projects_model(self.session),
            add=lambda code: svc().add_project(code, ""),
            delete=lambda code: svc().delete_project(code),
            delete_warning=lambda code: self._marks_warning(project=code), code_prefix="P")
        self.tabs = QTabWidget()
        for tab in (self.settings_form, self.jurors, self.criteria, self.projects):
            self.tabs.addTab(tab, "")

        self.import_folder_button = QPushButton()
        self.import_folder_button.clicked.connect(self.import_folder)
        self.import_table_button = QPushButton()
        self.import_table_button.clicked.connect(self.import_table)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_folder)
        self.message = MessageLine()
        # an import of 200,000 marks takes a moment: the bar shows it going
        self.import_progress = QProgressBar()
        self.import_progress.setRange(0, 100)
        self.import_progress.hide()
        top = QHBoxLayout()
        top.addWidget(self.import_folder_button)
        top.addWidget(self.import_table_button)
        top.addWidget(self.export_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_heading())
        layout.addLayout(top)
        layout.addWidget(self.import_progress)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(self.tr("Set up"), self.tr(
            "The competition, its jurors, criteria and projects. Type into a table to change "
            "it, or import the organisers' files (a preview comes first)."))
        self.jurors.set_texts(self.tr("juror"), self.tr("&Add juror"),
                              self.tr("&Delete juror"))
        self.criteria.set_texts(self.tr("criterion"), self.tr("&Add criterion"),
                                self.tr("&Delete criterion"))
        self.projects.set_texts(self.tr("project"), self.tr("&Add project"),
                                self.tr("&Delete project"))
        for i, text in enumerate((self.tr("&Competition"), self.tr("&Jurors"),
                                  self.tr("C&riteria"), self.tr("&Projects"))):
            self.tabs.setTabText(i, text)
        self.import_folder_button.setText(self.tr("Import f&older…"))
        self.import_folder_button.setToolTip(self.tr(
            "A competition folder: competition.toml, projects, jurors, criteria, scores"))
        self.import_table_button.setText(self.tr("Import &table (CSV/XLSX)…"))
        self.import_table_button.setToolTip(self.tr(
            "The organisers' project list, or a jurors, criteria or scores table"))
        self.export_button.setText(self.tr("E&xport folder…"))

    def refresh(self) -> None:
        self.settings_form.refresh()
        for panel in (self.jurors, self.criteria, self.projects):
            code = panel.current_code()
            column = panel.view.currentIndex().column()
            panel.model.refresh()
            if code:
                panel.select_code(code, max(column, 0))
            if panel.isVisible():
                panel.view.resizeColumnsToContents()

    # ----- imports -----
    def import_folder(self) -> None:
        folder = Ask.open_folder(self, self.tr("Import a competition folder"))
        if folder:
            self.import_from(folder)

    def import_table(self) -> None:
        path = Ask.open_file(self, self.tr("Import a table"),
                             self.tr("Tables (*.csv *.xlsx);;All files (*)"))
        if path:
            self.import_from(path)

    def import_from(self, source: str | Path) -> bool:
        """Preview an import and, if the secretary agrees, write it. True if written."""
        svc = self.session.service
        base = svc.competition()
        try:
            with self._showing_progress():
                plan, error = svc.preview_import(source, self._progressed), None
        except InputError as exc:
            plan, error = None, exc
        dialog = ImportPreviewDialog(Path(source).name, base, plan, error, self)
        if not Ask.import_preview(self, dialog) or plan is None:
            self.message.info(self.tr("Nothing was imported."))
            return False
        try:
            with self._showing_progress(50):  # reading and checking were the first half
                summary = svc.apply_import(plan, self._progressed)
        except InputError as exc:
            self.message.error(str(exc))
            return False
        self.message.info(self.tr("Imported from {source}: %n record(s) changed.", "",
                                  summary.changed).format(source=Path(source).name))
        return True

    @contextmanager
    def _showing_progress(self, start: int = 0):
        self.import_progress.setValue(start)
        self.import_progress.show()
        buttons = (self.import_folder_button, self.import_table_button)
        had_focus = QApplication.focusWidget()
        for button in buttons:
            button.setEnabled(False)
        try:
            yield
        finally:
            self.import_progress.hide()
            for button in buttons:
                button.setEnabled(True)
            # a disabled button loses the keyboard: give it back, or it is nowhere
            if had_focus is not None and had_focus.isVisible():
                had_focus.setFocus(Qt.OtherFocusReason)

    def _progressed(self, fraction: float) -> None:
        # the import runs on this thread (the store's): let the bar repaint, but take
        # no keys or clicks until it is over
        self.import_progress.setValue(int(fraction * 100))
        QApplication.processEvents(QEventLoop.ExcludeUserInputEvents)

    def export_folder(self) -> None:
        folder = Ask.open_folder(self, self.tr("Export to a folder"))
        if not folder:
            return
        try:
            written = self.session.service.export_folder(folder)
        except (InputError, OSError) as exc:
            self.message.error(str(exc))
            return
        self.message.info(self.tr("Wrote %n file(s) to {folder}.", "", len(written)).format(
            folder=folder))

    def _marks_warning(self, *, juror=None, criterion=None, project=None) -> str:
        marks = self.session.service.competition().marks
        n = sum(1 for (j, p, c) in marks
                if (juror and j == juror) or (criterion and c == criterion)
                or (project and p == project))
        return self.tr("This also deletes %n mark(s) given so far. "
                       "Deleting cannot be undone with Ctrl+Z.", "", n)
