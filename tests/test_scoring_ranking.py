"""Ranking and tie-breaks, by hand."""

from fractions import Fraction
from app.scoring import compute, results_json
from app.scoring.ranking import Entry, place, tie_classes
from tests.scoring_build import build

QR = (("q", 10, 1.0), ("r", 10, 1.0))
QRS = (("q", 10, 1.0), ("r", 10, 1.0), ("s", 10, 1.0))


def codes(r):
    return [p.code for p in r.projects]


def test_higher_score_first():
    r = compute(build({"A": {"J1": 3}, "B": {"J1": 9}, "C": {"J1": 5}}))
    assert codes(r) == ["B", "C", "A"]
    assert [p.rank for p in r.projects] == [1, 2, 3]
    assert not any(p.tie for p in r.projects)


def test_tie_broken_by_first_tie_break_criterion():
    # totals A = 6+4 = 10, B = 4+6 = 10; on q A has 6 > 4
    sheets = {"B": {"J1": [4, 6]}, "A": {"J1": [6, 4]}}
    r = compute(build(sheets, criteria=QR, tie_break=["q", "r"]))
    assert codes(r) == ["A", "B"]
    assert [p.rank for p in r.projects] == [1, 2] and not r.project("A").tie
    # the other way round: on r B has 6 > 4
    r = compute(build(sheets, criteria=QR, tie_break=["r", "q"]))
    assert codes(r) == ["B", "A"]


def test_tie_break_uses_weight_times_score_and_the_method():
    # q has weight 2. A: J1 q=8 r=2 (2*8+2 = 18), J2 q=2 r=10 (2*2+10 = 14) -> mean 16.
    #                 B: J1 q=5 r=6 (16), J2 q=5 r=6 (16) -> mean 16.
    # tie-break q, mean of weight*score: A (16 + 4)/2 = 10, B (10 + 10)/2 = 10 -> still tied
    # then r: A (2 + 10)/2 = 6, B (6 + 6)/2 = 6 -> a surviving tie
    crit = (("q", 10, 2.0), ("r", 10, 1.0))
    sheets = {"A": {"J1": [8, 2], "J2": [2, 10]}, "B": {"J1": [5, 6], "J2": [5, 6]}}
    r = compute(build(sheets, criteria=crit, tie_break=["q", "r"]))
    assert r.project("A").score == r.project("B").score == 16
    assert r.project("A").tie_break_values == (10, 6)
    assert r.project("A").rank == r.project("B").rank == 1
    # with the median of three jurors the tie-break value differs:
    # add J3: A q=4 r=8 (16), B q=5 r=6 (16); A q values 16,4,8 -> median 8; B 10,10,10 -> 10
    sheets["A"]["J3"] = [4, 8]
    sheets["B"]["J3"] = [5, 6]
    r = compute(build(sheets, criteria=crit, tie_break=["q"], method="median"))
    # scores: A median(18,14,16) = 16, B 16; tie-break q: B 10 > A 8
    assert codes(r) == ["B", "A"] and r.project("A").rank == 2


def test_tie_broken_only_by_second_criterion():
    # totals 10 each; q equal (5, 5); r: A 3 > B 2
    sheets = {"B": {"J1": [5, 2, 3]}, "A": {"J1": [5, 3, 2]}}
    r = compute(build(sheets, criteria=QRS, tie_break=["q", "r"]))
    assert codes(r) == ["A", "B"]
    assert [p.rank for p in r.projects] == [1, 2]
    assert not r.project("A").tie and not r.project("B").tie
    # with only q as tie-break the tie survives
    r = compute(build(sheets, criteria=QRS, tie_break=["q"]))
    assert [p.rank for p in r.projects] == [1, 1] and r.project("A").tie


def test_surviving_tie_shares_ranks_1_2_2_4_and_group_ranks():
    # P1 9; P2 and P3 both 8 with identical marks; P4 7.
    # Running order puts P3 before P2: inside the tie the display follows it, not the code.
    sheets = {"P1": {"J1": [5, 4]}, "P2": {"J1": [4, 4]}, "P3": {"J1": [4, 4]},
              "P4": {"J1": [3, 4]}}
    c = build(sheets, criteria=QR, tie_break=["q", "r"],
              groups={"P1": "g1", "P2": "g1", "P3": "g2", "P4": "g1"},
              order={"P1": 1, "P3": 2, "P2": 3, "P4": 4})
    r = compute(c)
    assert codes(r) == ["P1", "P3", "P2", "P4"]
    assert [p.rank for p in r.projects] == [1, 2, 2, 4]
    assert [p.tie for p in r.projects] == [False, True, True, False]
    # g1: P1 1, P2 2, P4 3; g2: P3 1
    assert {p.code: p.group_rank for p in r.projects} == {"P1": 1, "P3": 1, "P2": 2, "P4": 3}
    rows = results_json(r)["projects"]
    assert [row["rank"] for row in rows] == [1, 2, 2, 4]


def test_group_rank_shared_inside_a_group():
    sheets = {"A": {"J1": 9}, "B": {"J1": 7}, "C": {"J1": 7}, "D": {"J1": 5}, "X": {"J1": 8}}
    c = build(sheets, groups={"X": "other"})
    r = compute(c)
    gr = {p.code: p.group_rank for p in r.projects}
    assert gr == {"A": 1, "B": 2, "C": 2, "D": 4, "X": 1}
    assert {p.code: p.rank for p in r.projects} == {"A": 1, "X": 2, "B": 3, "C": 3, "D": 5}


def test_equal_to_1e9():
    """Float scores (z-scores) are equal to 1e-9, chained along the sorted order."""
    e = lambda code, s: Entry(code, "G", 0, s, ())
    assert len(tie_classes([e("A", 5.0), e("B", 5.0 + 1e-12)])) == 1
    assert len(tie_classes([e("A", 5.0), e("B", 5.0 + 1e-6)])) == 2
    placed = place(tie_classes([e("A", 1.0), e("B", 3.0), e("C", 3.0 + 5e-10)]))
    assert [(p.entry.code, p.rank) for p in placed] == [("B", 1), ("C", 1), ("A", 3)]


def test_decimal_weights_tie_exactly():
    """Weights 0.1 and 0.3: in floats 3 * 0.1 = 0.30000000000000004 but 1 * 0.3 = 0.3;
    in decimal arithmetic both are 0.3, so the two projects tie, with no tolerance."""
    crit = (("a", 10, 0.1), ("b", 10, 0.3))
    r = compute(build({"A": {"J1": [3, 0]}, "B": {"J1": [0, 1]}}, criteria=crit))
    assert r.project("A").exact_score == r.project("B").exact_score == Fraction(3, 10)
    assert r.project("A").score == r.project("B").score == 0.3
    assert r.project("A").rank == r.project("B").rank == 1 and r.project("A").tie


def test_unknown_tie_break_criterion_is_skipped_with_a_warning():
    r = compute(build({"A": {"J1": [6, 4]}, "B": {"J1": [4, 6]}}, criteria=QR,
                      tie_break=["nope", "q"]))
    assert [p.code for p in r.projects] == ["A", "B"] and r.project("A").rank == 1
    assert any("nope" in w for w in r.warnings)


def test_tie_below_a_clear_leader_is_broken_too():
    # L 12 alone on top; A and B 10 each, A ahead on q (6 > 4)
    sheets = {"L": {"J1": [6, 6]}, "B": {"J1": [4, 6]}, "A": {"J1": [6, 4]}}
    r = compute(build(sheets, criteria=QR, tie_break=["q"]))
    assert codes(r) == ["L", "A", "B"]
    assert [p.rank for p in r.projects] == [1, 2, 3]
    assert r.project("A").tie_break_values == (6,) and r.project("L").tie_break_values == ()
