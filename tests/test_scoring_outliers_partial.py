"""Outlier flags judge complete sheets only: a sheet still being keyed is low because it
is not finished, not because its juror judged differently."""

from app.scoring import compute
from tests.scoring_build import build

CRITERIA = (("a", 10, 1.0), ("b", 10, 1.0))


def test_a_half_keyed_sheet_is_not_flagged_nor_counted_in_the_median():
    """J4 has keyed one criterion of two (total 1, far below the others' 16 to 18): no
    flag; the complete sheets alone give the median, so none of them is flagged either."""
    c = build({"A": {"J1": [8, 8], "J2": [9, 9], "J3": [8, 9], "J4": [1, None]}},
              criteria=CRITERIA)
    assert compute(c).outliers == ()


def test_the_same_sheet_once_complete_is_flagged():
    """J4 finishes the sheet with a total of 2 (threshold a quarter of 20 = 5): now it is
    an outlier, judged against the median of all four complete totals."""
    c = build({"A": {"J1": [8, 8], "J2": [9, 9], "J3": [8, 9], "J4": [1, 1]}},
              criteria=CRITERIA)
    flags = compute(c).outliers
    assert [(f.juror, f.total) for f in flags] == [("J4", 2)]
