"""What a computation gives back: plain frozen dataclasses, ready for the GUI, protocol,
CLI and JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Mapping

from app.model import Decision


@dataclass(frozen=True)
class ProjectResult:
    code: str
    title: str
    group: str
    order: int                      # running order
    score: float | None             # None: unscored or withdrawn
    rank: int | None                # place among all projects, shared by a surviving tie
    group_rank: int | None          # place inside the group, shared the same way
    tie: bool                       # shares its rank with another project
    decision_needed: bool           # in a tie straddling the cut, no valid decision
    winner: bool
    complete: bool
    withdrawn: bool = False
    # juror code -> raw counted total (Σ weight × score), complete sheets only
    juror_totals: Mapping[str, float] = field(default_factory=dict)
    # juror code -> the value the method used (= juror_totals unless normalize = zscore)
    used_totals: Mapping[str, float] = field(default_factory=dict)
    # per settings.tie_break criterion (known codes only): method over weight × score;
    # worked out only for a project whose score equals another's (else empty)
    tie_break_values: tuple[float, ...] = ()
    recused: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    missing: tuple[tuple[str, str], ...] = ()     # (juror, criterion) still to mark
    decision: Decision | None = None              # recorded decision, valid or not
    decision_stale: bool = False                  # recorded but no longer applies
    # the score exactly (a Fraction; a float under unrounded z-scores), adjustments in
    exact_score: Fraction | float | None = None
    adjustment: Fraction | None = None            # Σ of its adjustments' points, if any
    below_min: bool = False                       # under [winners] min_score: cannot win
    # with comments = "required": counted jurors who have written no comment on it
    uncommented: tuple[str, ...] = ()

    @property
    def unscored(self) -> bool:
        return self.score is None and not self.withdrawn


@dataclass(frozen=True)
class Outlier:
    """A juror total far from the project's median total (raw totals)."""

    project: str
    juror: str
    total: float
    median: float
    distance: float                 # |total - median|
    threshold: float                # a quarter of the largest possible total


@dataclass(frozen=True)
class TieAtCut:
    """A tie that straddles a winners' cut: more tied projects than places left."""

    scope: str | None               # the group for winners per group; None for one list
    places: int                     # winners' places left for the tied projects
    score: float
    tied: tuple[str, ...]           # in running order
    basis: str                      # what a decision on this tie is taken on
    chosen: tuple[str, ...] = ()    # valid decisions: winner
    refused: tuple[str, ...] = ()   # valid decisions: not a winner
    undecided: tuple[str, ...] = () # no valid decision yet

    @property
    def decided(self) -> bool:
        return not self.undecided

    @property
    def quota_problem(self) -> str | None:
        """Why the decisions cannot fill the places exactly, or None."""
        if len(self.chosen) > self.places:
            return (f"the jury chose {len(self.chosen)} winners for "
                    f"{self.places} place(s)")
        if len(self.chosen) + len(self.undecided) < self.places:
            if self.undecided:
                return (f"only {len(self.chosen) + len(self.undecided)} tied project(s) "
                        f"can still fill {self.places} place(s)")
            return (f"the jury chose {len(self.chosen)} winner(s) for "
                    f"{self.places} place(s)")
        return None


@dataclass(frozen=True)
class Results:
    complete: bool
    projects: tuple[ProjectResult, ...]             # best first; unscored, withdrawn last
    outliers: tuple[Outlier, ...] = ()
    ties_at_cut: tuple[TieAtCut, ...] = ()
    method: str = "mean"
    normalize: str = "none"
    trim: int = 1
    warnings: tuple[str, ...] = ()
    aggregate: str = "juror"
    rounding: tuple = (None, None, None, "half_up")   # exact.Rounding
    min_score: float | None = None
    _by_code: Mapping[str, ProjectResult] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {p.code: p for p in self.projects})

    def project(self, code: str) -> ProjectResult | None:
        return self._by_code.get(code)

    @property
    def winners(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.projects if p.winner)

    @property
    def decision_needed(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.projects if p.decision_needed)

    @property
    def quota_problems(self) -> tuple[TieAtCut, ...]:
        """Ties at the cut whose recorded decisions give more or fewer winners than places."""
        return tuple(t for t in self.ties_at_cut if t.quota_problem)

    def tie_at_cut(self, code: str) -> TieAtCut | None:
        return next((t for t in self.ties_at_cut if code in t.tied), None)
