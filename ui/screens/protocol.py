"""Step 7, protocol: print the protocol to PDF (built off the GUI thread, with a busy bar)
and open it in the system's viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ui import i18n, protocol_adapter
from ui.ask import Ask
from ui.dialogs.opinions_dialog import open_opinions
from ui.screens.base import MessageLine, Screen


class ProtocolJob(QThread):
    """Builds one PDF from an `app.protocol_source.ProtocolSource` (plain data, every mark
    read: nothing on this thread touches the store); reports back through signals."""

    progressed = Signal(int)    # percent
    done = Signal(object)       # app.protocol.Printed
    failed = Signal(str)

    def __init__(self, source, path: Path, lang: str, parent=None, public: bool = False):
        super().__init__(parent)
        self.source = source
        self.path = path
        self.lang = lang
        self.public = public

    def run(self) -> None:
        try:
            printed = protocol_adapter.build_protocol(
                self.source.competition, self.path, lang=self.lang,
                printed_at=self.source.printed_at,
                verification=self.source.verification, public=self.public,
                progress=lambda f: self.progressed.emit(int(f * 100)))
        except Exception as exc:    # any failure is reported, never lost in a thread
            self.failed.emit(str(exc))
            return
        self.done.emit(printed)


class ProtocolScreen(Screen):
    main_widget_name = "print_button"
    finished = Signal(str)      # the PDF written (tests wait on it)

    def __init__(self, session):
        super().__init__(session)
        self.job: ProtocolJob | None = None
        self.last_pdf: Path | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.RichText)
        self.print_button = QPushButton()    # Ctrl+P is the window's (File > Print)
        self.print_button.clicked.connect(self.print_protocol)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self.last_pdf and Ask.open_path(self.last_pdf))
        self.open_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.lang = QComboBox()     # filled when first shown: app.protocol loads reportlab
        self.lang.activated.connect(self._on_lang_chosen)
        self.lang.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self._lang_chosen = False   # until the secretary picks one, it follows the interface
        self.lang_label = QLabel()
        self.lang_label.setBuddy(self.lang)
        # the public copy (app.protocol.public): jurors as J1…Jn, no signatures
        self.public = QCheckBox()
        # the jurors' dissenting opinions, printed in their own section (issue 17)
        self.opinions_button = QPushButton()
        self.opinions_button.clicked.connect(lambda: open_opinions(self.session, self))
        self.message = MessageLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.open_button)
        buttons.addSpacing(24)
        buttons.addWidget(self.lang_label)
        buttons.addWidget(self.lang)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.make_heading())
        layout.addWidget(self.checks)
        layout.addLayout(buttons)
        layout.addWidget(self.public)       # a row of its own: the screen fits 1024 px
        opinions = QHBoxLayout()
        opinions.addWidget(self.opinions_button)
        opinions.addStretch(1)
        layout.addLayout(opinions)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(self.tr("Protocol"), self.tr(
            "Before finalizing, print a draft to check; once finalized (step 8), the "
            "protocol the jurors sign."))
        self._label_print_button()
        self.open_button.setText(self.tr("&Open the last PDF"))
        self.public.setText(self.tr("Pu&blic copy (jurors as J1…Jn, no signatures)"))
        self.lang_label.setText(self.tr("Language of the pro&tocol:"))
        self.opinions_button.setText(self.tr("&Dissenting opinions…  (Ctrl+Shift+O)"))
        self.lang.setToolTip(self.tr("Two languages: every fixed text of the protocol is "
                                     "printed in both; names stay as entered."))

    def _final(self) -> bool:
        return self.session.service.competition().finalized

    def _label_print_button(self) -> None:
        self.print_button.setText(
            self.tr("&Print the protocol for signature…  (Ctrl+P)") if self._final() else
            self.tr("&Print a draft (not for signature)…  (Ctrl+P)"))

    def _fill_languages(self) -> None:
        """Each language and each pair, by their own names; the interface's language
        is chosen until the secretary picks another one here."""
        if not self.lang.count():
            for code in protocol_adapter.languages():
                self.lang.addItem(" + ".join(i18n.NATIVE_NAMES[c] for c in code.split("+")),
                                  code)
        if not self._lang_chosen:
            self.lang.setCurrentIndex(max(self.lang.findData(i18n.current()), 0))

    def _on_lang_chosen(self) -> None:
        self._lang_chosen = True

    def refresh(self) -> None:
        self._fill_languages()
        svc = self.session.service
        comp, results = svc.competition(), svc.results()
        ok, warn = "<span style='color:#1b5e20'>✔</span>", "<span style='color:#e65100'>⚠</span>"
        self._label_print_button()
        lines = [self.tr("<h3>The protocol of the jury</h3>"
                         "<p>The PDF lists the winners, the ranking and the jury's decisions; "
                         "once the competition is finalized, it has a line for every juror "
                         "to sign.</p>")]
        lines.append((ok + " " + self.tr("All sheets are in.")) if results.complete else
                     (warn + " " + self.tr("Some sheets are still missing: the ranking is "
                                           "provisional.")))
        lines.append((warn + " " + self.tr("Jury decision still needed for {codes}.").format(
            codes=", ".join(results.decision_needed))) if results.decision_needed else
            (ok + " " + self.tr("No tie at the cut waits for a decision.")))
        lines.append((ok + " " + self.tr(
            "Finalized: Ctrl+P prints the protocol for signature. It verifies against the "
            "data for as long as the competition stays final.")) if comp.finalized else
            (warn + " " + self.tr(
                "Not finalized: Ctrl+P prints a DRAFT to check, with no signature lines. "
                "Finalize (step 8) to print the protocol for signature.")))
        dissent = [j.code for j in comp.jurors if j.code in comp.opinions]
        lines.append(ok + " " + (self.tr("Dissenting opinions, printed as written: {codes}.")
                                 .format(codes=", ".join(dissent)) if dissent
                                 else self.tr("No juror has stated a dissenting opinion.")))
        self.checks.setText("<br>".join(lines))

    def print_protocol(self) -> None:
        if self.job is not None:
            return
        path = Ask.save_file(self, self.tr("Print the protocol to"),
                             self.tr("PDF files (*.pdf)"), str(self._suggested()))
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        # read whole on this thread: the worker must not touch the store
        self.job = ProtocolJob(self.session.service.protocol_source(), path,
                               self.lang.currentData(), self,
                               public=self.public.isChecked())
        self.job.progressed.connect(self.progress.setValue)
        self.job.done.connect(self._on_done)
        self.job.failed.connect(self._on_failed)
        self.print_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.message.info(self.tr("Building the protocol…"))
        self.job.start()

    def _suggested(self) -> Path:
        db = self.session.path
        folder = db.parent if db else Path.home()
        return folder / (self.tr("protocol.pdf") if self._final() else
                         self.tr("protocol-draft.pdf"))

    def _on_done(self, printed) -> None:
        path = str(printed.path)
        self._job_over()
        self.last_pdf = Path(path)
        self.open_button.setEnabled(True)
        text = self.tr("Protocol No. {number} (%n page(s)) written to {path}", "",
                       printed.pages).format(number=printed.shown_number, path=path)
        if printed.draft:
            text += "\n" + self.tr("A DRAFT, not for signature: finalize (step 8), then "
                                   "print the protocol to sign.")
        else:
            text += "\n" + self.tr("The protocol for signature.")
            if printed.provisional:     # finalized with marks missing or a tie open
                text += " " + self.tr("Printed as PROVISIONAL: {why}").format(
                    why="; ".join(printed.provisional))
        if Ask.open_path(path):
            self.message.info(text)
        else:   # written, but the secretary has to open it: not the green of a success
            self.message.warning(text + "\n" + self.tr(
                "No PDF viewer could be started: open the file yourself."))
        self.finished.emit(path)

    def _on_failed(self, reason: str) -> None:
        self._job_over()
        self.message.error(self.tr("The protocol was not written: {reason}").format(
            reason=reason))

    def _job_over(self) -> None:
        self.job.wait()
        self.job = None
        self.progress.hide()
        self.print_button.setEnabled(True)
