"""Exact arithmetic: marks on the grid and decimal weights give exact totals and scores,
so scores equal in decimal arithmetic tie whatever the weights."""

import math
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import Competition, Criterion, Juror, Project, Settings
from app.scoring import compute, prepare
from app.scoring.exact import Scale, decimals, round_units, round_value

BIG = (("a", 10, 1_000_000.0), ("b", 10, 0.3), ("c", 10, 0.7))


def _comp(sheets, criteria=BIG, step=0.01, **kw):
    crits = tuple(Criterion(c, c.upper(), mx, w, i) for i, (c, mx, w) in enumerate(criteria))
    projects = tuple(Project(p, p, group="G", order=i + 1) for i, p in enumerate(sheets))
    jurors = sorted({j for row in sheets.values() for j in row})
    marks = {(j, p, c.code): v for p, row in sheets.items() for j, vals in row.items()
             for c, v in zip(crits, vals) if v is not None}
    return Competition(settings=Settings(score_step=step, winners_total=1,
                                         winners_per_group=None, **kw),
                       projects=projects, criteria=crits, marks=marks,
                       jurors=tuple(Juror(j, j, order=i) for i, j in enumerate(jurors)))


def test_scores_equal_in_decimals_tie_with_weights_of_a_million_and_a_step_of_001():
    """Weights 10^6, 0.3, 0.7 and marks in hundredths. A: 0.01×10^6 + 2.86×0.3 +
    2.04×0.7 = 10000 + 0.858 + 1.428 = 10002.286; B: 0.01×10^6 + 0.55×0.3 + 3.03×0.7 =
    10000 + 0.165 + 2.121 = 10002.286. Floats make 0.858 + 1.428 and 0.165 + 2.121
    differ in the last bit (so `fsum` separated them); exactly, they tie."""
    assert math.fsum([2.86 * 0.3, 2.04 * 0.7]) != math.fsum([0.55 * 0.3, 3.03 * 0.7])
    r = compute(_comp({"A": {"J1": [0.01, 2.86, 2.04]}, "B": {"J1": [0.01, 0.55, 3.03]}}))
    a, b = r.project("A"), r.project("B")
    assert a.exact_score == b.exact_score == Fraction(10002286, 1000)
    assert a.tie and b.tie and a.rank == b.rank == 1
    assert a.decision_needed and b.decision_needed      # one place, two tied projects


def test_juror_totals_are_whole_numbers_of_the_smallest_unit():
    """Step 0.5 (tenths) and weights 1.5 and 2 (tenths): the unit is a hundredth; a
    sheet of 7.5 and 3 is 7.5×1.5 + 3×2 = 11.25 + 6 = 17.25 = 1725 hundredths."""
    comp = _comp({"P": {"J1": [7.5, 3]}}, criteria=(("a", 10, 1.5), ("b", 10, 2.0)),
                 step=0.5)
    prepared = prepare(comp)
    assert prepared.scale.k == 2 and prepared.projects[0].units == {"J1": 1725}
    assert prepared.projects[0].totals["J1"] == 17.25


def test_a_mark_stored_off_the_grid_stays_exact():
    """A mark 7.33 written by hand into a file whose step is 0.5 counts as the decimal
    it is: the score is exactly (7.33 + 7) / 2 = 7.165."""
    comp = _comp({"P": {"J1": [7.33], "J2": [7.0]}}, criteria=(("a", 10, 1.0),), step=0.5)
    assert compute(comp).project("P").exact_score == Fraction(7165, 1000)


def test_decimals_and_rounding_helpers():
    """decimals() reads a number as written; rounding half up goes away from zero,
    half even to the even neighbour; rounding units keeps the unit."""
    assert [decimals(x) for x in (0.5, 0.25, 3.0, 1e6, 0.01)] == [1, 2, 0, 0, 2]
    assert round_value(Fraction(125, 1000), 2, "half_up") == Fraction(13, 100)
    assert round_value(Fraction(125, 1000), 2, "half_even") == Fraction(12, 100)
    assert round_value(Fraction(-125, 1000), 2, "half_up") == Fraction(-13, 100)
    assert round_value(Fraction(135, 1000), 2, "half_even") == Fraction(14, 100)
    assert round_units(12345, 3, 1, "half_up") == 12300      # 12.345 -> 12.3
    assert round_units(12350, 3, 1, "half_up") == 12400      # 12.350 -> 12.4
    assert round_units(12350, 3, 1, "half_even") == 12400    # 12.35 -> 12.4 (4 is even)
    assert round_units(12250, 3, 1, "half_even") == 12200    # 12.25 -> 12.2
    assert Scale(0.01, {"a": 1e6, "b": 0.3}).k == 3


PROPS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def decimal_competitions(draw):
    n_c = draw(st.integers(1, 3))
    weights = [draw(st.sampled_from([0.1, 0.3, 0.7, 1.0, 1.5, 2.25, 0.05])) for _ in range(n_c)]
    crits = tuple((f"c{i}", 10, w) for i, w in enumerate(weights))
    n_p = draw(st.integers(2, 6))
    n_j = draw(st.integers(1, 4))
    sheets = {f"P{p}": {f"J{j}": [draw(st.integers(0, 20)) / 2 for _ in range(n_c)]
                        for j in range(n_j)} for p in range(n_p)}
    method = draw(st.sampled_from(["mean", "trimmed_mean", "median"]))
    return sheets, crits, method


@PROPS
@given(decimal_competitions(), st.integers(1, 6))
def test_scaling_every_weight_by_a_power_of_ten_never_changes_a_tie(case, k):
    """Multiplying every weight by 10^k multiplies every score by 10^k exactly, so the
    ranks, the ties and the winners stay the same."""
    sheets, crits, method = case
    scaled = tuple((c, mx, float(Fraction(repr(w)) * 10 ** k)) for c, mx, w in crits)
    a = compute(_comp(sheets, crits, step=0.5, method=method))
    b = compute(_comp(sheets, scaled, step=0.5, method=method))
    assert [(p.code, p.rank, p.tie) for p in a.projects] == \
        [(p.code, p.rank, p.tie) for p in b.projects]
    for p in a.projects:
        assert b.project(p.code).exact_score == p.exact_score * 10 ** k
