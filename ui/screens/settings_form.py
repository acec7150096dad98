"""The competition's settings (what competition.toml holds), as a form with one Save."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import entry
from app.errors import InputError
from app.model import Settings
from ui import fmt
from ui.messages import explain
from ui.screens.base import MessageLine, Retranslating


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.replace(";", ",").split(",") if t.strip())


def _combo(*values) -> QComboBox:
    """A choice of `values`; its texts are set in retranslate()."""
    combo = QComboBox()
    for value in values:
        combo.addItem("", value)
    # as wide as the texts of the language shown now, not those of the first show
    combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
    return combo


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    return spin


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
        self.method = _combo("mean", "trimmed_mean", "median")
        self.trim = _spin(0, 10)
        self.normalize = _combo("none", "zscore")
        self.step = _combo(1.0, 0.5)
        self.tie_break = QLineEdit()
        self.verification = _combo("none", "required")
        self.winners_kind = _combo("per_group", "total")
        self.winners_n = _spin(1, 999)
        # the regulation's arithmetic (app.scoring.arithmetic)
        self.aggregate = _combo("juror", "criterion")
        # -1: this step is not rounded
        self.rounding = {key: _spin(-1, 6) for key in ("criterion", "weighted", "score")}
        self.rounding_mode = _combo("half_up", "half_even")
        self.min_score = QLineEdit()
        self.comments = _combo("none", "optional", "required")
        winners = QHBoxLayout()
        winners.addWidget(self.winners_kind)
        winners.addWidget(self.winners_n)
        winners.addStretch(1)

        self.form = form = QFormLayout()
        self._labels = {}
        for key, field in (("title", self.title), ("subtitle", self.subtitle),
                           ("venue", self.venue), ("dates", self.dates),
                           ("group_label", self.group_label), ("method", self.method),
                           ("trim", self.trim), ("normalize", self.normalize),
                           ("step", self.step), ("tie_break", self.tie_break),
                           ("winners", self.winners_kind),
                           ("verification", self.verification), ("min_score", self.min_score),
                           ("aggregate", self.aggregate),
                           ("round_criterion", self.rounding["criterion"]),
                           ("round_weighted", self.rounding["weighted"]),
                           ("round_score", self.rounding["score"]),
                           ("rounding_mode", self.rounding_mode),
                           ("comments", self.comments)):
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
        # the form scrolls, so that its rows never make the window taller than a
        # 768-pixel screen; Save and the message stay in sight under it
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(inner)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._fields = {"title": self.title, "subtitle": self.subtitle, "venue": self.venue,
                        "dates": self.dates, "group_label": self.group_label,
                        "method": self.method, "trim": self.trim, "normalize": self.normalize,
                        "score_step": self.step, "tie_break": self.tie_break,
                        "winners": self.winners_n, "verification": self.verification,
                        "winners.min_score": self.min_score,
                        "aggregate": self.aggregate, "comments": self.comments,
                        "rounding.criterion": self.rounding["criterion"],
                        "rounding.weighted": self.rounding["weighted"],
                        "rounding.score": self.rounding["score"],
                        "rounding.mode": self.rounding_mode}
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"title": self.tr("T&itle:"), "subtitle": self.tr("S&ubtitle:"),
                 "venue": self.tr("&Venue:"), "dates": self.tr("&Dates:"),
                 "group_label": self.tr("What the group column mea&ns:"),
                 "method": self.tr("Score met&hod:"), "trim": self.tr("Tri&m (trimmed mean):"),
                 "normalize": self.tr("Norm&alisation:"), "step": self.tr("Mar&ks step:"),
                 "tie_break": self.tr("Tie-&break criteria:"), "winners": self.tr("&Winners:"),
                 "verification": self.tr("Second ke&ying of each sheet:"),
                 "min_score": self.tr("Least score that can &qualify:"),
                 "aggregate": self.tr("Aggregation:"),
                 "round_criterion": self.tr("Round each criterion's panel score to:"),
                 "round_weighted": self.tr("Round each weighted part or juror total to:"),
                 "round_score": self.tr("Round the project's score to:"),
                 "rounding_mode": self.tr("Half-way values are rounded:"),
                 "comments": self.tr("Juror comments:")}
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
                                     self.tr("required before the protocol is final"))),
                (self.aggregate, (self.tr("per juror: the method over the jurors' totals"),
                                  self.tr("per criterion: the method over each criterion's "
                                          "marks, then weighted and summed"))),
                (self.rounding_mode, (self.tr("up, away from zero (0.125 → 0.13)"),
                                      self.tr("to the even digit (0.125 → 0.12)"))),
                (self.comments, (self.tr("not kept"), self.tr("optional"),
                                 self.tr("required for every sheet")))):
            for i, text in enumerate(shown):
                combo.setItemText(i, text)
        self.tie_break.setPlaceholderText(
            self.tr("criterion codes in order, e.g. relevance, quality"))
        self.save_button.setText(self.tr("&Save settings"))
        for spin in self.rounding.values():
            spin.setSpecialValueText(self.tr("not rounded"))
            spin.setSuffix(self.tr(" decimal place(s)"))
        self.min_score.setPlaceholderText(self.tr("none: any score can win"))

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
        self.aggregate.setCurrentIndex(max(self.aggregate.findData(s.aggregate), 0))
        for key, spin in self.rounding.items():
            places = getattr(s, f"rounding_{key}")
            spin.setValue(-1 if places is None else places)
        self.rounding_mode.setCurrentIndex(max(self.rounding_mode.findData(s.rounding_mode), 0))
        self.min_score.setText("" if s.min_score is None else fmt.mark(s.min_score))
        self.comments.setCurrentIndex(max(self.comments.findData(s.comments), 0))
        self._mark_field(None)

    def settings(self) -> Settings:
        """The settings as the form shows them."""
        n = self.winners_n.value()
        per_group = self.winners_kind.currentData() == "per_group"
        floor = self.min_score.text().strip()
        places = {key: (None if spin.value() < 0 else spin.value())
                  for key, spin in self.rounding.items()}
        # keys this form does not show keep their stored values
        return replace(
            self._loaded or Settings(),
            title=self.title.text(), subtitle=self.subtitle.text(), venue=self.venue.text(),
            dates=_split(self.dates.text()), group_label=self.group_label.text(),
            method=self.method.currentData(), trim=self.trim.value(),
            normalize=self.normalize.currentData(), score_step=self.step.currentData(),
            tie_break=_split(self.tie_break.text()),
            winners_per_group=n if per_group else None,
            winners_total=None if per_group else n,
            verification=self.verification.currentData(),
            aggregate=self.aggregate.currentData(), comments=self.comments.currentData(),
            rounding_criterion=places["criterion"], rounding_weighted=places["weighted"],
            rounding_score=places["score"], rounding_mode=self.rounding_mode.currentData(),
            min_score=float(entry.number(floor, field="winners.min_score")) if floor else None)

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
