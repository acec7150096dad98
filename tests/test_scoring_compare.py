"""What-if over methods and normalisations."""

from app.scoring import compare, decision_basis, format_comparison
from tests.scoring_build import build, decide

# A: 10, 10, 0 -> mean 20/3 = 6.67, median 10.   B: 8, 8, 8 -> mean 8, median 8.
SPLIT = {"A": {"J1": 10, "J2": 10, "J3": 0}, "B": {"J1": 8, "J2": 8, "J3": 8}}


def test_compare_detects_a_change_of_winners():
    cmp = compare(build(SPLIT, total=1))
    assert cmp.configured.method == "mean" and cmp.configured.winners == ("B",)
    assert len(cmp.variants) == 6
    median = next(v for v in cmp.variants if (v.method, v.normalize) == ("median", "none"))
    assert median.winners == ("A",) and median.differs
    assert median.gained == ("A",) and median.lost == ("B",)
    # trimmed mean (trim 1, 3 totals): A drops 0 and 10 -> 10; B -> 8: A wins too
    trimmed = next(v for v in cmp.variants
                   if (v.method, v.normalize) == ("trimmed_mean", "none"))
    assert trimmed.winners == ("A",)
    assert cmp.any_differs
    text = format_comparison(cmp)
    assert "DIFFERS: gains A; loses B" in text
    assert "Configured: mean, normalisation none" in text
    assert "Other ways would change the winners." in text


def test_compare_when_nothing_changes():
    c = build({"A": {"J1": 9, "J2": 8}, "B": {"J1": 3, "J2": 2}}, total=1)
    cmp = compare(c)
    assert not cmp.any_differs
    assert all(v.winners == ("A",) for v in cmp.variants)
    text = format_comparison(cmp)
    assert "Every way gives the same winners." in text and "DIFFERS" not in text


def test_compare_carries_decisions_over_to_the_same_tie():
    # two jurors: trimmed mean (trim 1) falls back to the mean, so the same tie arises
    sheets = {"A": {"J1": 9, "J2": 9}, "B": {"J1": 8, "J2": 8}, "C": {"J1": 8, "J2": 8}}
    c = build(sheets, total=2)
    basis = decision_basis(c, "B")
    c = build(sheets, total=2, decisions={"B": decide(c, "B", True, basis),
                                           "C": decide(c, "C", False, basis)})
    cmp = compare(c)
    assert cmp.configured.winners == ("A", "B")
    same = next(v for v in cmp.variants if (v.method, v.normalize) == ("trimmed_mean", "none"))
    assert same.winners == ("A", "B") and not same.differs
