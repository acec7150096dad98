"""The ranking, as app.scoring computes it, laid out for the jury: by group (or one list),
a line at the winners' cut, ties and undecided ties marked.

Nothing here computes a score or a place: every number comes from `app.scoring` through
`JuryService.results()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex
from PySide6.QtGui import QBrush, QColor

from app.scoring import ProjectResult, Results
from ui import fmt
from ui.qtenum import Qt  # members looked up once: views ask for many cells
from ui.session import Session

WINNER_BG = QColor("#c8e6c9")
DECISION_BG = QColor("#ffcc80")
CUT_BG = QColor("#c62828")
GROUP_BG = QColor("#e0e0e0")
MUTED = QColor("#757575")

GROUP, PROJECT, CUT = "group", "project", "cut"
(C_PLACE, C_CODE, C_TITLE, C_GROUP, C_SCORE, C_RANK, C_STATUS, C_DECISION,
 C_FLAGS) = range(9)
_NUMBERS = frozenset({C_PLACE, C_SCORE, C_RANK})     # right-aligned


@dataclass(frozen=True)
class Line:
    kind: str
    text: str = ""
    result: ProjectResult | None = None


def layout(results: Results, groups: tuple[str, ...], per_group: bool) -> list[Line]:
    """The rows: per group (header, projects, cut) or one list with one cut.

    The cut goes after the last winner or project awaiting a decision of its list."""
    lists = [(g, [p for p in results.projects if p.group == g]) for g in groups] \
        if per_group else [(None, list(results.projects))]
    lines: list[Line] = []
    for group, projects in lists:
        if group is not None:
            lines.append(Line(GROUP, group))
        lines += _with_cut(projects)
    return lines


def _with_cut(projects: list[ProjectResult]) -> list[Line]:
    """A list's projects, the cut after its last winner or project awaiting a decision."""
    last = max((i for i, p in enumerate(projects) if p.winner or p.decision_needed),
               default=-1)
    lines = []
    for i, p in enumerate(projects):
        lines.append(Line(PROJECT, result=p))
        if i == last:
            lines.append(Line(CUT))
    return lines


class ResultsModel(QAbstractTableModel):
    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.lines: list[Line] = []
        self.results: Results | None = None
        self._outliers: dict[str, list] = {}
        self._shared: set[str] = set()          # projects whose score another has too
        self._project_roles = {
            Qt.DisplayRole: self._text, Qt.BackgroundRole: self._background,
            Qt.ForegroundRole: self._foreground, Qt.FontRole: self._font,
            Qt.TextAlignmentRole: self._alignment, Qt.ToolTipRole: self._tooltip}
        self._column_texts = (
            self._place, lambda p: p.code, lambda p: p.title, lambda p: p.group,
            lambda p: fmt.score(p.score), lambda p: "" if p.rank is None else str(p.rank),
            self.status, self.decision_text, self.flags_text)

    def refresh(self) -> None:
        svc = self.session.service
        comp = svc.competition()
        self.beginResetModel()
        self.results = svc.results()
        per_group = comp.settings.winners_per_group is not None
        self.lines = layout(self.results, comp.groups, per_group)
        scored = sorted((p.exact_score, p.code) for p in self.results.projects
                        if p.exact_score is not None)
        # worked out once here, not for every cell the view asks for (1,000 projects);
        # scores are exact (equal only when equal) but for unrounded z-scores (1e-9)
        self._shared = {code for (s, a), (t, b) in zip(scored, scored[1:])
                        if s == t or abs(s - t) <= 1e-9 for code in (a, b)}
        self._outliers = {}
        for o in self.results.outliers:
            self._outliers.setdefault(o.project, []).append(o)
        self.endResetModel()

    def result_at(self, row: int) -> ProjectResult | None:
        return self.lines[row].result if 0 <= row < len(self.lines) else None

    def row_of(self, code: str) -> int:
        return next((i for i, line in enumerate(self.lines)
                     if line.result and line.result.code == code), -1)

    def status(self, p: ProjectResult) -> str:
        if p.withdrawn:
            return self.tr("withdrawn")
        if p.score is None:
            return self.tr("not scored yet")
        return ", ".join(part for part in (
            p.winner and self.tr("★ winner"),
            p.decision_needed and self.tr("⚠ jury decision needed"),
            self._tie_text(p),
            p.below_min and self.tr("below the least score that can win ({floor})").format(
                floor=fmt.mark(self.results.min_score)),
            p.adjustment and self.tr("adjusted {points}").format(
                points=fmt.signed(float(p.adjustment))),
            self._missing_text(p)) if part)

    def _tie_text(self, p: ProjectResult) -> str:
        if p.tie:
            return self.tr("= tie")
        return self.tr("same score, placed by the tie-break") \
            if self._split_by_tie_break(p) else ""

    def _missing_text(self, p: ProjectResult) -> str:
        if p.uncommented:
            return self.tr("comment missing")
        return "" if p.complete else self.tr("sheets missing")

    def _split_by_tie_break(self, p: ProjectResult) -> bool:
        """Equal scores that the tie-break criteria separated: say so, or two equal
        numbers in different places look like a mistake."""
        return p.code in self._shared

    def decision_text(self, p: ProjectResult) -> str:
        d = p.decision
        if d is None:
            return ""
        verdict = self.tr("winner") if d.winner else self.tr("not a winner")
        stale = self.tr(" (no longer applies: the tie changed)") if p.decision_stale else ""
        return f"{verdict}: {d.reason}{stale}"

    def flags_text(self, p: ProjectResult) -> str:
        return ", ".join(self.tr("{juror} {total} (median {median})").format(
            juror=o.juror, total=fmt.mark(round(o.total, 2)), median=fmt.mark(round(o.median, 2)))
            for o in self._outliers.get(p.code, ()))

    # ----- Qt -----
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 9

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if line.kind == GROUP:
            return self._group_cell(line, index.column(), role)
        if line.kind == CUT:
            return self._cut_cell(index.column(), role)
        show = self._project_roles.get(role)
        return None if show is None else show(line.result, index.column())

    def _group_cell(self, line: Line, col: int, role):
        """A group's heading row: its name in bold on grey."""
        if role == Qt.DisplayRole:
            return line.text if col == 0 else None
        if role == Qt.BackgroundRole:
            return QBrush(GROUP_BG)
        return fmt.font(bold=True) if role == Qt.FontRole else None

    def _cut_cell(self, col: int, role):
        """The winners' cut: a red line saying which side is which."""
        if role == Qt.DisplayRole:
            return self.tr("▲ winners above · winners' cut · not winners below ▼") \
                if col == 0 else None
        if role == Qt.BackgroundRole:
            return QBrush(CUT_BG)
        return QBrush(QColor("white")) if role == Qt.ForegroundRole else None

    # a project's row: what each role shows, asked for one column at a time
    def _text(self, p: ProjectResult, col: int):
        # only the asked column is worked out: views ask for many cells
        return self._column_texts[col](p)

    def _place(self, p: ProjectResult) -> str:
        place = p.group_rank if self._per_group() else p.rank
        return "" if place is None else str(place)

    def _background(self, p: ProjectResult, _col: int):
        if p.decision_needed:
            return QBrush(DECISION_BG)
        return QBrush(WINNER_BG) if p.winner else None

    def _foreground(self, p: ProjectResult, _col: int):
        return QBrush(MUTED) if p.withdrawn or p.score is None else None

    def _font(self, p: ProjectResult, _col: int):
        return fmt.font(bold=True) if p.winner else None

    def _alignment(self, _p: ProjectResult, col: int):
        return int(Qt.AlignRight | Qt.AlignVCenter) if col in _NUMBERS else None

    def _tooltip(self, p: ProjectResult, col: int):
        if col == C_STATUS and p.tie_break_values:
            return self._tie_break_tip(p)
        if col in (C_SCORE, C_STATUS) and p.adjustment:
            return "\n".join(f"{fmt.signed(a.points)}: {a.reason}" for a in
                             self.session.service.competition().adjustments
                             if a.project == p.code)
        if col == C_FLAGS and self._outliers.get(p.code):
            return self.tr("A juror's total far from the median of this project's totals "
                           "(more than a quarter of the largest possible total).")
        return None

    def _tie_break_tip(self, p: ProjectResult) -> str:
        codes = self.session.service.competition().settings.tie_break
        return self.tr("Tie-break values: {values}").format(values=", ".join(
            f"{c} {fmt.number(v)}" for c, v in zip(codes, p.tie_break_values)))

    def _per_group(self) -> bool:
        return self.session.service.competition().settings.winners_per_group is not None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or orientation != Qt.Horizontal:
            return None
        label = fmt.group_label(self.session.service.competition())
        place = self.tr("Place in group") if self._per_group() else self.tr("Place")
        return (place, self.tr("Code"), self.tr("Project"), label, self.tr("Score"),
                self.tr("Overall rank"), self.tr("Status"), self.tr("Jury decision"),
                self.tr("Outlier totals"))[section]

    def flags(self, index):
        line = self.lines[index.row()] if index.isValid() else None
        if line is None or line.kind != PROJECT:
            return Qt.ItemIsEnabled
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable


class ComparisonModel(QAbstractTableModel):
    """Who would win under each method and normalisation, against the configured way."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.variants = ()

    def refresh(self) -> None:
        self.beginResetModel()
        comparison = self.session.service.comparison()
        # the six methods, then the regulation's what-ifs (aggregation, rounding)
        self.variants = comparison.variants + comparison.arithmetic
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.variants)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def _method(self, v) -> str:
        return {"mean": self.tr("mean"), "trimmed_mean": self.tr("trimmed mean"),
                "median": self.tr("median")}[v.method]

    def _normalize(self, v) -> str:
        if v.label:
            return {"per_criterion": self.tr("if scored per criterion"),
                    "per_juror": self.tr("if scored per juror"),
                    "no_rounding": self.tr("if nothing were rounded"),
                    "score_rounding_only": self.tr("if only the final score were rounded")
                    }[v.label]
        return {"none": self.tr("none"), "zscore": self.tr("z-score")}[v.normalize]

    def _result(self, v) -> str:
        if v.configured:
            return self.tr("configured")
        if not v.differs:
            return self.tr("same winners")
        parts = []
        if v.gained:
            parts.append(self.tr("also wins: {codes}").format(codes=", ".join(v.gained)))
        if v.lost:
            parts.append(self.tr("drops out: {codes}").format(codes=", ".join(v.lost)))
        if v.decision_needed:
            parts.append(self.tr("decision needed: {codes}").format(
                codes=", ".join(v.decision_needed)))
        return "; ".join(parts) or self.tr("other ties to decide")

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        v = self.variants[index.row()]
        if role == Qt.DisplayRole:
            return (self._method(v), self._normalize(v), ", ".join(v.winners),
                    self._result(v))[index.column()]
        if role == Qt.FontRole and v.configured:
            return fmt.font(bold=True)
        if role == Qt.BackgroundRole and v.differs:
            return QBrush(QColor("#fff3e0"))
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return (self.tr("Method"), self.tr("Normalisation"), self.tr("Winners"),
                    self.tr("Against the configured way"))[section]
        return None
