"""The Results screen's panel "How far the jury agreed": a sentence, one line on whether
any single juror changes the winners, a table of each juror against the panel, and a
dot plot per juror of their totals against the panel's mean (a point on the diagonal:
the juror gave what the panel gave). Every figure comes from app.scoring.agreement via
the service; the panel only draws it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.scoring.agreement import icc_level, w_level
from ui import fmt
from ui.screens.base import Retranslating, retranslate_model


class AgreementModel(QAbstractTableModel):
    """One row per juror: name, projects, mean, spread, deviation, |deviation|, flagged,
    rank correlation."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = ()
        self.names: dict[str, str] = {}

    def set_report(self, report, names: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows = report.jurors if report is not None else ()
        self.names = names
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (self.tr("Juror"), self.tr("Projects"), self.tr("Mean"), self.tr("Spread"),
                self.tr("Deviation"), self.tr("|Deviation|"), self.tr("Flagged"),
                self.tr("Rank corr."))[section]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        col = index.column()
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter) if col > 0 else None
        return self._texts(self.rows[index.row()])[col] if role == Qt.DisplayRole else None

    def _texts(self, a) -> tuple[str, ...]:
        """A juror's row, column by column (a few jurors: all worked out at once)."""
        return (f"{a.juror} · {self.names.get(a.juror, '')}", str(a.projects),
                _number(a.mean), _number(a.spread), _signed(a.deviation),
                _number(a.abs_deviation), str(a.flagged), _number(a.rank_correlation))


def _number(value) -> str:
    return "–" if value is None else fmt.number(value)


def _signed(value) -> str:
    """A deviation: the sign says which way, + more generous, - stricter."""
    return "–" if value is None else ("+" if value > 0 else "") + fmt.number(value)


class DotPlots(QWidget):
    """Small multiples: for each juror, their totals (up) against the panel's mean
    (across), on the same scale for every juror, with the diagonal of agreement."""

    CELL_W, CELL_H = 130, 110

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report = None
        self.low, self.top = 0.0, 1.0
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setMinimumHeight(self.CELL_H + 10)

    def set_report(self, report, top: float) -> None:
        """`top` is the largest possible total; the axes show the range the totals use
        (the same for every juror), so that close totals do not fall on one spot."""
        self.report = report
        values = [v for a in (report.jurors if report else ()) for _c, t, m in a.points
                  for v in (t, m)]
        lo, hi = (min(values), max(values)) if values else (0.0, top)
        pad = max((hi - lo) * 0.08, top * 0.01, 1e-9)
        self.low, self.top = max(lo - pad, 0.0), min(hi + pad, top) if top > 0 else hi + pad
        if self.top <= self.low:
            self.top = self.low + 1.0
        self._fit_height()
        self.update()

    def _fit_height(self) -> None:
        # as tall as its rows of boxes at the present width: the scroll area around it
        # scrolls when the panel is short
        self.setMinimumHeight(self.heightForWidth(max(self.width(), self.CELL_W)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _columns(self) -> int:
        return max(1, self.width() // self.CELL_W)

    def heightForWidth(self, width: int) -> int:
        n = len(self.report.jurors) if self.report else 0
        cols = max(1, width // self.CELL_W)
        return max(1, -(-n // cols)) * self.CELL_H + 4

    def hasHeightForWidth(self) -> bool:
        return True

    def paintEvent(self, event) -> None:
        if not self.report:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        cols = self._columns()
        for i, juror in enumerate(self.report.jurors):
            x0 = (i % cols) * self.CELL_W
            y0 = (i // cols) * self.CELL_H
            self._draw_cell(p, QRectF(x0 + 6, y0 + 18, self.CELL_W - 16, self.CELL_H - 26),
                            juror)
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(x0 + 6, y0 + 1, self.CELL_W - 12, 16),
                       Qt.AlignLeft | Qt.AlignVCenter, juror.juror)
        p.end()

    def _draw_cell(self, p: QPainter, box: QRectF, juror) -> None:
        p.setBrush(Qt.NoBrush)
        p.setPen(QPen(QColor("#bbbbbb"), 1))
        p.drawRect(box)
        p.setPen(QPen(QColor("#9e9e9e"), 1, Qt.DashLine))
        p.drawLine(box.bottomLeft(), box.topRight())       # the diagonal of agreement

        span = self.top - self.low

        def at(total: float, panel: float) -> QPointF:
            return QPointF(box.left() + box.width() * (panel - self.low) / span,
                           box.bottom() - box.height() * (total - self.low) / span)

        p.setPen(Qt.NoPen)
        p.setBrush(QColor("#1565c0"))
        for _code, total, panel in juror.points:
            p.drawEllipse(at(total, panel), 2.6, 2.6)


class AgreementPanel(Retranslating, QWidget):
    """The panel the Results screen shows under the ranking, as a tab."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.influence = QLabel()
        self.influence.setWordWrap(True)
        self.model = AgreementModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.plots = DotPlots()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(self.plots)
        row = QHBoxLayout()
        row.addWidget(self.table, 3)
        row.addWidget(scroll, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addWidget(self.influence)
        layout.addLayout(row, 1)
        layout.addWidget(self.legend)
        self.retranslate()

    def retranslate(self) -> None:
        self.legend.setText(self.tr(
            "Each box is one juror: a dot per project, the juror's total upwards and the "
            "panel's mean across. Dots above the dashed diagonal: more generous than the "
            "panel; below: stricter."))
        retranslate_model(self.model)

    def refresh(self) -> None:
        report, line = self.session.service.agreement()
        comp = self.session.service.competition()
        self.model.set_report(report, {j.code: j.name for j in comp.jurors})
        self.plots.set_report(report, float(comp.max_total))
        self.sentence.setText(self._sentence(report))
        self.influence.setText(self._influence(line))

    def _sentence(self, report) -> str:
        if report.kendall_w is None or report.icc is None:
            return self.tr("Too few projects were scored by every juror to say how far the "
                           "jury agreed ({n} compared).").format(n=report.projects_compared)
        return self.tr("The jury agreed {w_words} on the order of the projects (Kendall's "
                       "W = {w}); agreement on the totals themselves was {icc_words} "
                       "(ICC(2,1) = {icc}, over {n} projects).").format(
            w_words=self._w_words(report.kendall_w), w=fmt.score(report.kendall_w),
            icc_words=self._icc_words(report.icc), icc=fmt.score(report.icc),
            n=report.projects_compared)

    def _w_words(self, w: float) -> str:
        return {"strong": self.tr("strongly"), "moderate": self.tr("moderately"),
                "weak": self.tr("weakly"), "none": self.tr("hardly")}[w_level(w)]

    def _icc_words(self, icc: float) -> str:
        return {"excellent": self.tr("excellent"), "good": self.tr("good"),
                "moderate": self.tr("moderate"), "poor": self.tr("poor")}[icc_level(icc)]

    def _influence(self, line: str) -> str:
        # the line comes from app.scoring.influence in English; the window says the
        # common case in the interface language and shows the detail as computed
        if line.startswith("No single juror"):
            return self.tr("No single juror's marks change the winners.")
        return self.tr("Would one juror change the winners? {detail}").format(detail=line)
