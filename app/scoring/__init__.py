"""Scoring: pure functions from an `app.model.Competition` to its results.

No SQL, no Qt, no files. `compute(competition)` is the main entry; `results_json` gives
the `results --json` object; `compare` / `format_comparison` the what-if over methods;
`check_decision` / `decision_basis` guard and describe a jury decision on a tie.
`prepare` + `evaluate` split the work (group the marks once, score it any way), and
`refresh` rebuilds only the projects a change touched, for rescoring after each mark.

Decisions taken where the contract is silent:

- A juror counts for a project once they have given it at least one mark ("the jurors
  who scored it"); a partial sheet counts with the marks given so far (a criterion not yet
  marked adds nothing) and makes the project incomplete. With no criteria nothing is scored.
- Absent jurors are treated like recused ones: they do not count and the divisor shrinks.
  Their marks, if any, are ignored; recused wins when a juror is both.
- A project with no counted total is unscored (score, rank, group_rank null, listed after
  the ranked projects) and is not complete, so the competition is not complete either.
- Withdrawn projects are not scored or ranked; they come last (after unscored ones),
  never win, count as complete and are left out of the z-score statistics. Their JSON
  row carries an extra trailing key "withdrawn": true.
- trimmed_mean: "at least 2×trim+1 totals remain" is read as: the project has at least
  2×trim+1 counted totals (so at least one survives the trimming); else the plain mean.
- z-score uses only counted totals of non-withdrawn projects; a juror whose totals are
  all equal has s_j = 0 and gets m. Tie-break values and outlier flags use raw marks.
- Tie-break value for a criterion = the method (same trim) over the counted jurors'
  weight × score on that criterion, never normalised; a project with no mark yet on that
  criterion ranks below any marked value. Unknown tie-break codes are skipped with a warning.
- "Equal to 1e-9" is an absolute tolerance, chained along the sorted order.
- Inside a surviving tie projects are listed in running order, for display only.
  `tie` is true for every project sharing its overall rank.
- Winners are filled tie class by tie class; a class larger than the places left
  straddles the cut. Places a tie at the cut leaves empty are not passed down.
- A decision applies only while its basis (scope, places left, score to 1e-9, tied
  codes, method and normalisation) matches the current tie; otherwise it is stale and
  the project needs a decision again (a decision with no basis recorded is stale too).
  Decisions are recorded per project but apply per tie: until every project of the
  tie has one, none of them wins and all of them need the decision. Decisions giving
  more or fewer winners than the places are honoured as recorded and reported
  (`TieAtCut.quota_problem`, a warning).
- Outliers: |total - median of the project's totals| > max_total / 4, strictly.
"""

from app.errors import InputError

from .aggregate import aggregate, mean, median, trimmed_mean
from .compute import (check_arithmetic, check_decision, check_tie_choice, compute,
                      decision_basis, evaluate, rounding_of, tie_for_decision)
from .exact import Rounding
from .json_view import results_json
from .results import Outlier, ProjectResult, Results, TieAtCut
from .fast.refresh import refresh
from .fast.sheet_totals import prepare_totals
from .totals import Prepared, prepare

_LATER = {"Comparison", "Variant", "compare", "format_comparison"}


def __getattr__(name: str):
    # the what-if over methods is imported when asked for: `results --json` never is
    if name in _LATER:
        import importlib

        module = importlib.import_module(".compare", __name__)
        # importing the submodule bound `compare` to it here: bind the names themselves
        globals().update({n: getattr(module, n) for n in _LATER})
        return globals()[name]
    raise AttributeError(name)


__all__ = [
    "Comparison", "InputError", "Outlier", "ProjectResult", "Results", "TieAtCut", "Variant",
    "Rounding", "aggregate", "check_arithmetic", "check_decision", "check_tie_choice",
    "rounding_of", "compare", "compute", "decision_basis", "evaluate", "tie_for_decision",
    "Prepared", "format_comparison", "mean", "median", "prepare",
    "prepare_totals", "refresh", "results_json",
    "trimmed_mean",
]
