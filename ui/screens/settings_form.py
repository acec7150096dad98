"""The competition's settings (what competition.toml holds), as a form with one Save."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import InputError
from app.model import Settings
from ui import fmt
from ui.messages import explain
from ui.screens.base import MessageLine, Retranslating


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.replace(";", ",").split(",") if t.strip())


class SettingsForm(Retranslating, QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._loaded: Settings | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.title = QLineEdit()
        self.subtitle = QLineEdit()
        self.venue = QLineEdit()
        self.dates = QLineEdit()
        self.dates.setPlaceholderText("2026-10-05, 2026-10-06")
        self.group_label = QLineEdit()
        self.method = QComboBox()
        for value in ("mean", "trimmed_mean", "median"):
            self.method.addItem("", value)
        self.trim = QSpinBox()
        self.trim.setRange(0, 10)
        self.normalize = QComboBox()
        for value in ("none", "zscore"):
            self.normalize.addItem("", value)
        self.step = QComboBox()
        for value in (1.0, 0.5):
            self.step.addItem("", value)
        self.tie_break = QLineEdit()
        self.verification = QComboBox()
        for value in ("none", "required"):
            self.verification.addItem("", value)
        self.winners_kind = QComboBox()
        for value in ("per_group", "total"):
            self.winners_kind.addItem("", value)
        for combo in (self.method, self.normalize, self.step, self.winners_kind,
                      self.verification):
            # as wide as the texts of the language shown now, not those of the first show
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.winners_n = QSpinBox()
        self.winners_n.setRange(1, 999)
        winners = QHBoxLayout()
        winners.addWidget(self.winners_kind)
        winners.addWidget(self.winners_n)
        winners.addStretch(1)

        form = QFormLayout()
        self._labels = {}
        for key, field in (("title", self.title), ("subtitle", self.subtitle),
                           ("venue", self.venue), ("dates", self.dates),
                           ("group_label", self.group_label), ("method", self.method),
                           ("trim", self.trim), ("normalize", self.normalize),
                           ("step", self.step), ("tie_break", self.tie_break),
                           ("winners", self.winners_kind),
                           ("verification", self.verification)):
            label = QLabel()
            label.setBuddy(field)
            self._labels[key] = label
            form.addRow(label, winners if key == "winners" else field)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._fields = {"title": self.title, "subtitle": self.subtitle, "venue": self.venue,
                        "dates": self.dates, "group_label": self.group_label,
                        "method": self.method, "trim": self.trim, "normalize": self.normalize,
                        "score_step": self.step, "tie_break": self.tie_break,
                        "winners": self.winners_n, "verification": self.verification}
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"title": self.tr("T&itle:"), "subtitle": self.tr("S&ubtitle:"),
                 "venue": self.tr("&Venue:"), "dates": self.tr("&Dates:"),
                 "group_label": self.tr("What the group column mea&ns:"),
                 "method": self.tr("Score met&hod:"), "trim": self.tr("Tri&m (trimmed mean):"),
                 "normalize": self.tr("Norm&alisation:"), "step": self.tr("Mar&ks step:"),
                 "tie_break": self.tr("Tie-&break criteria:"), "winners": self.tr("&Winners:"),
                 "verification": self.tr("Second ke&ying of each sheet:")}
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.dates.setToolTip(self.tr("Dates as year-month-day, separated by commas"))
        for combo, shown in (
                (self.method, (self.tr("mean of the jurors' totals"),
                               self.tr("trimmed mean (drop highest and lowest)"),
                               self.tr("median"))),
                (self.normalize, (self.tr("none"), self.tr("z-score per juror"))),
                (self.step, (self.tr("whole points (1)"), self.tr("half points (0.5)"))),
                (self.winners_kind, (self.tr("top N of each group"), self.tr("top N overall"))),
                (self.verification, (self.tr("optional"),
                                     self.tr("required before the protocol is final")))):
            for i, text in enumerate(shown):
                combo.setItemText(i, text)
        self.tie_break.setPlaceholderText(
            self.tr("criterion codes in order, e.g. relevance, quality"))
        self.save_button.setText(self.tr("&Save settings"))

    def refresh(self) -> None:
        s = self.session.service.competition().settings
        if s == self._loaded:
            return      # another table changed: keep what is being typed here
        self._loaded = s
        self.title.setText(s.title)
        self.subtitle.setText(s.subtitle)
        self.venue.setText(s.venue)
        self.dates.setText(", ".join(s.dates))
        self.group_label.setText(s.group_label)
        self.method.setCurrentIndex(max(self.method.findData(s.method), 0))
        self.trim.setValue(s.trim)
        self.normalize.setCurrentIndex(max(self.normalize.findData(s.normalize), 0))
        i = self.step.findData(float(s.score_step))
        if i < 0:           # a step typed in a file, e.g. 0.25: keep it choosable
            self.step.addItem(fmt.mark(s.score_step), float(s.score_step))
            i = self.step.count() - 1
        self.step.setCurrentIndex(i)
        self.tie_break.setText(", ".join(s.tie_break))
        total = s.winners_total is not None
        self.winners_kind.setCurrentIndex(1 if total else 0)
        self.winners_n.setValue(s.winners_total if total else (s.winners_per_group or 1))
        self.verification.setCurrentIndex(max(self.verification.findData(s.verification), 0))
        self._mark_field(None)

    def settings(self) -> Settings:
        """The settings as the form shows them."""
        n = self.winners_n.value()
        per_group = self.winners_kind.currentData() == "per_group"
        return Settings(
            title=self.title.text(), subtitle=self.subtitle.text(), venue=self.venue.text(),
            dates=_split(self.dates.text()), group_label=self.group_label.text(),
            method=self.method.currentData(), trim=self.trim.value(),
            normalize=self.normalize.currentData(), score_step=self.step.currentData(),
            tie_break=_split(self.tie_break.text()),
            winners_per_group=n if per_group else None,
            winners_total=None if per_group else n,
            verification=self.verification.currentData())

    def save(self) -> bool:
        try:
            self.session.service.save_settings(self.settings())
        except InputError as exc:
            self.message.error(explain(exc))
            self._mark_field(exc.field)
            return False
        self.message.info(self.tr("Settings saved."))
        return True

    def _mark_field(self, name: str | None) -> None:
        """Outline the field a refusal is about, and put the cursor there."""
        for key, widget in self._fields.items():
            widget.setStyleSheet("border: 2px solid #b00020;" if key == name else "")
        if name in self._fields:
            self._fields[name].setFocus()
