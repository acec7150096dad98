"""The regulation's arithmetic, by hand: per-criterion aggregation, rounding step by step,
the minimum score, adjustments; each table with its arithmetic written out."""

from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import InputError
from app.model import Adjustment, Competition, Criterion, Juror, Project, Settings
from app.scoring import compute, results_json
from tests.scoring_build import build

AB = (("a", 10, 1.0), ("b", 10, 1.0))


def rule(comp, **kw):
    """The same competition under other settings."""
    return replace(comp, settings=replace(comp.settings, **kw))


def test_a_trimmed_mean_per_criterion_differs_from_the_trimmed_mean_of_totals():
    """Three jurors, trim 1, criteria a and b of weight 1.
    J1: a 10, b 10 (total 20); J2: a 0, b 8 (total 8); J3: a 6, b 0 (total 6).
    Per juror: totals 20, 8, 6 -> drop 20 and 6 -> 8.
    Per criterion: a 10, 0, 6 -> drop 10 and 0 -> 6; b 10, 8, 0 -> drop 10 and 0 -> 8;
    score 1 × 6 + 1 × 8 = 14."""
    comp = build({"P": {"J1": [10, 10], "J2": [0, 8], "J3": [6, 0]}}, criteria=AB,
                 method="trimmed_mean", trim=1)
    assert compute(comp).project("P").exact_score == 8
    assert compute(rule(comp, aggregate="criterion")).project("P").exact_score == 14


def test_a_half_up_step_changes_a_place():
    """Step 0.1. A: 7.5 and 7.0 -> 7.25; B: 7.3 and 7.3 -> 7.3. Unrounded B is first and
    A second. `score = 1` half_up: 7.25 -> 7.3, so A ties B for first place (and with
    one winner's place, the tie straddles the cut). half_even: 7.25 -> 7.2, A stays
    second."""
    comp = build({"A": {"J1": 7.5, "J2": 7.0}, "B": {"J1": 7.3, "J2": 7.3}}, total=1)
    comp = rule(comp, score_step=0.1)
    plain = compute(comp)
    assert (plain.project("B").rank, plain.project("A").rank) == (1, 2)
    assert plain.project("A").exact_score == Fraction(725, 100)
    up = compute(rule(comp, rounding_score=1, rounding_mode="half_up"))
    assert up.project("A").exact_score == Fraction(73, 10) == up.project("B").exact_score
    assert up.project("A").rank == up.project("B").rank == 1 and up.project("A").tie
    assert set(up.decision_needed) == {"A", "B"}
    even = compute(rule(comp, rounding_score=1, rounding_mode="half_even"))
    assert even.project("A").exact_score == Fraction(72, 10)
    assert (even.project("B").rank, even.project("A").rank) == (1, 2)


def test_rounding_in_the_contracts_order_per_criterion():
    """aggregate = criterion, criterion = 1, weighted = 1, score = 0, half_up.
    Weights a 1.5, b 0.5. Marks a: 7, 8, 8 -> mean 23/3 = 7.666.. -> 7.7;
    1.5 × 7.7 = 11.55 -> 11.6. b: 5, 6, 6 -> 17/3 = 5.666.. -> 5.7; 0.5 × 5.7 = 2.85
    -> 2.9. Sum 11.6 + 2.9 = 14.5 -> 15 (half up). Unrounded: 1.5 × 23/3 + 0.5 × 17/3
    = 11.5 + 2.8333.. = 14.333.."""
    comp = build({"P": {"J1": [7, 5], "J2": [8, 6], "J3": [8, 6]}},
                 criteria=(("a", 10, 1.5), ("b", 10, 0.5)))
    comp = rule(comp, aggregate="criterion")
    assert compute(comp).project("P").exact_score == Fraction(43, 3)
    rounded = rule(comp, rounding_criterion=1, rounding_weighted=1, rounding_score=0)
    assert compute(rounded).project("P").exact_score == 15
    assert compute(rule(rounded, rounding_score=None)).project("P").exact_score == \
        Fraction(145, 10)


def test_rounding_each_juror_total_then_the_score():
    """aggregate = juror, weighted = 0, score = 1, half_up. Weights a 0.5, b 0.25.
    J1: 0.5 × 7 + 0.25 × 3 = 4.25 -> 4; J2: 0.5 × 9 + 0.25 × 2 = 5.0 -> 5;
    J3: 0.5 × 6 + 0.25 × 6 = 4.5 -> 5 (half up). Mean (4 + 5 + 5) / 3 = 4.666.. -> 4.7."""
    comp = build({"P": {"J1": [7, 3], "J2": [9, 2], "J3": [6, 6]}},
                 criteria=(("a", 10, 0.5), ("b", 10, 0.25)))
    r = compute(rule(comp, rounding_weighted=0, rounding_score=1)).project("P")
    assert r.exact_score == Fraction(47, 10)
    assert compute(comp).project("P").exact_score == Fraction(1375, 300)   # 13.75 / 3


def test_tie_break_values_are_rounded_the_same_way():
    """Two projects tie at 8 after rounding to whole points; the tie-break criterion t
    (weight 1): A's marks 6, 7 -> 6.5 -> 7 (half up), B's 7, 7 -> 7. Rounded the same way
    the tie-break values tie too, so the tie stands; unrounded, B (7) would beat A (6.5).
    """
    comp = build({"A": {"J1": [6, 2], "J2": [7, 1]}, "B": {"J1": [7, 1], "J2": [7, 1]}},
                 criteria=(("t", 10, 1.0), ("u", 10, 1.0)), tie_break=["t"])
    plain = compute(comp)          # A: (8 + 8) / 2 = 8, B: 8: tie broken by t
    assert [p.code for p in plain.projects] == ["B", "A"] and not plain.project("A").tie
    rounded = compute(rule(comp, rounding_score=0))
    assert rounded.project("A").tie_break_values == (7,) == rounded.project("B").tie_break_values
    assert rounded.project("A").tie and rounded.project("A").rank == 1


def test_a_threshold_leaves_a_place_empty():
    """Three places, min_score 60: scores 80, 70, 50. The first two win; 50 is below
    the threshold, takes no place, and the third place stays empty. The JSON says
    below_min for it only."""
    comp = build({"A": {"J1": 8}, "B": {"J1": 7}, "C": {"J1": 5}},
                 criteria=(("q", 10, 10.0),), per_group=3)
    r = compute(rule(comp, min_score=60.0))
    assert r.winners == ("A", "B")
    assert [p.below_min for p in r.projects] == [False, False, True]
    assert r.project("C").rank == 3                 # still ranked, just not a winner
    rows = results_json(r)["projects"]
    assert rows[2]["below_min"] is True and "below_min" not in rows[0]
    assert compute(comp).winners == ("A", "B", "C")


def test_a_tie_below_the_threshold_needs_no_decision():
    """One place, min 60: A and B tie at 50; neither can win, so nobody decides."""
    comp = build({"A": {"J1": 5}, "B": {"J1": 5}}, criteria=(("q", 10, 10.0),), total=1)
    assert set(compute(comp).decision_needed) == {"A", "B"}
    r = compute(rule(comp, min_score=60.0))
    assert r.winners == () and r.decision_needed == ()


def test_an_adjustment_breaks_a_tie():
    """A and B both score 70; B gets +0.5 for a registered provider (applied after
    rounding): B 70.5 is first, A second; the JSON carries B's adjustment."""
    comp = build({"A": {"J1": 7}, "B": {"J1": 7}}, criteria=(("q", 10, 10.0),), total=1)
    comp = replace(comp, adjustments=(Adjustment("B", 0.5, "registered provider"),))
    r = compute(rule(comp, rounding_score=0))
    assert [p.code for p in r.projects] == ["B", "A"] and not r.project("A").tie
    assert r.project("B").exact_score == Fraction(1410, 20) and r.winners == ("B",)
    rows = {row["code"]: row for row in results_json(r)["projects"]}
    assert rows["B"]["adjustment"] == 0.5 and rows["B"]["score"] == 70.5
    assert "adjustment" not in rows["A"]


def test_an_adjustment_can_push_a_project_below_the_threshold():
    """A penalty of 15 takes A from 70 to 55, under min_score 60: it no longer wins."""
    comp = build({"A": {"J1": 7}, "B": {"J1": 6.5}}, criteria=(("q", 10, 10.0),), total=2)
    comp = replace(rule(comp, min_score=60.0, score_step=0.5),
                   adjustments=(Adjustment("A", -15, "late report"),))
    r = compute(comp)
    assert r.project("A").exact_score == 55 and r.project("A").below_min
    assert r.winners == ("B",)


def test_the_diving_example():
    """A published diving result: seven judges give 7.5 7.0 7.5 7.0 7.5 8.0 6.5; the two
    highest (8.0, 7.5) and two lowest (6.5, 7.0) are dropped; the middle three sum to
    7.0 + 7.5 + 7.5 = 22.0, times the dive's difficulty 3.0 = 66.0.
    The contract's trimmed_mean averages what remains: trim 2 leaves 22.0 / 3, and a
    weight of 3.0 gives 22.0 / 3 × 3.0 = 22.0 (the judges' sum). Diving sums instead of
    averaging, so the published 66.0 is the weight 3 judges × 3.0 = 9.0."""
    marks = [7.5, 7.0, 7.5, 7.0, 7.5, 8.0, 6.5]
    sheets = {"dive": {f"J{i}": m for i, m in enumerate(marks, 1)}}
    for aggregate in ("juror", "criterion"):
        comp = rule(build(sheets, criteria=(("d", 10, 3.0),), method="trimmed_mean", trim=2),
                    score_step=0.5, aggregate=aggregate)
        assert compute(comp).project("dive").exact_score == 22
        nine = replace(comp, criteria=(Criterion("d", "D", 10, 9.0, 0),))
        assert compute(nine).project("dive").exact_score == 66


def test_zscore_with_per_criterion_scores_is_refused():
    """z-scores even out jurors' totals: there are none per criterion."""
    comp = rule(build({"P": {"J1": 5}}), aggregate="criterion", normalize="zscore")
    with pytest.raises(InputError, match="zscore"):
        compute(comp)


# ----- properties ------------------------------------------------------------------------
PROPS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def complete_sheets(draw):
    n_c = draw(st.integers(1, 3))
    crits = tuple(Criterion(f"c{i}", f"C{i}", 10, draw(st.sampled_from([0.1, 0.5, 1.0, 1.5, 3.0])), i)
                  for i in range(n_c))
    jurors = tuple(Juror(f"J{i}", f"J{i}", order=i) for i in range(draw(st.integers(1, 5))))
    projects = tuple(Project(f"P{i}", f"P{i}", group="G", order=i + 1)
                     for i in range(draw(st.integers(1, 5))))
    marks = {(j.code, p.code, c.code): draw(st.integers(0, 20)) / 2
             for j in jurors for p in projects for c in crits}
    recused = {(j.code, p.code) for j in jurors for p in projects
               if len(jurors) > 1 and draw(st.integers(0, 6)) == 0}
    return Competition(Settings(score_step=0.5, winners_total=2, winners_per_group=None),
                       projects, jurors, crits, marks, frozenset(recused))


@PROPS
@given(complete_sheets())
def test_with_mean_and_complete_sheets_both_aggregations_agree(comp):
    """The mean of Σ w × score over jurors = Σ w × (mean of score): exactly."""
    by_juror = compute(comp)
    by_criterion = compute(rule(comp, aggregate="criterion"))
    assert [(p.code, p.exact_score, p.rank) for p in by_juror.projects] == \
        [(p.code, p.exact_score, p.rank) for p in by_criterion.projects]


@PROPS
@given(complete_sheets(), st.sampled_from(["juror", "criterion"]),
       st.sampled_from(["mean", "trimmed_mean", "median"]),
       st.one_of(st.none(), st.integers(0, 3)), st.one_of(st.none(), st.integers(0, 3)),
       st.one_of(st.none(), st.integers(0, 3)), st.sampled_from(["half_up", "half_even"]))
def test_the_rounded_score_is_never_further_than_the_rounding_allows(
        comp, aggregate, method, r_crit, r_weighted, r_score, mode):
    """Each step moves a value by at most half its last decimal: per criterion, the panel
    score by h_c (times its weight) and the weighted part by h_w; per juror, each total by
    h_w (and a mean, trimmed mean or median of values each moved by at most h_w moves by
    at most h_w); the score by h_s."""
    comp = rule(comp, aggregate=aggregate, method=method, trim=1)
    exact = compute(comp)
    rounded = compute(rule(comp, rounding_criterion=r_crit, rounding_weighted=r_weighted,
                           rounding_score=r_score, rounding_mode=mode))

    def half(places):
        return Fraction(0) if places is None else Fraction(1, 2 * 10 ** places)

    if aggregate == "criterion":
        bound = sum(Fraction(repr(c.weight)) * half(r_crit) + half(r_weighted)
                    for c in comp.criteria) + half(r_score)
    else:
        bound = half(r_weighted) + half(r_score)
    for p in exact.projects:
        q = rounded.project(p.code)
        if p.exact_score is None:             # every juror recused: nothing to round
            assert q.exact_score is None
            continue
        assert abs(q.exact_score - p.exact_score) <= bound
        if r_score is not None:
            assert (q.exact_score * 10 ** r_score).denominator == 1


def test_the_worked_example_redoes_the_score_step_by_step():
    """The explanation of a project ends on the very score the ranking has, with every
    step in between: per criterion (7, 8, 8 -> 23/3 -> 7.7; × 1.5 = 11.55 -> 11.6 ...),
    and per juror (each total, then the method over them)."""
    from app.scoring.explain import explain

    comp = rule(build({"P": {"J1": [7, 5], "J2": [8, 6], "J3": [8, 6]}},
                      criteria=(("a", 10, 1.5), ("b", 10, 0.5))),
                aggregate="criterion", rounding_criterion=1, rounding_weighted=1,
                rounding_score=0)
    comp = replace(comp, adjustments=(Adjustment("P", 0.5, "bonus"),))
    e = explain(comp, "P")
    a = e.criteria[0]
    assert (a.marks, a.panel, a.rounded, a.weighted) == (
        (7, 8, 8), Fraction(23, 3), Fraction(77, 10), Fraction(116, 10))
    assert e.unrounded == Fraction(145, 10) and e.rounded == 15 and e.score == Fraction(155, 10)
    assert compute(comp).project("P").exact_score == e.score
    by_juror = explain(rule(comp, aggregate="juror", method="trimmed_mean", trim=1), "P")
    # totals 1.5×7 + 0.5×5 = 13, 1.5×8 + 0.5×6 = 15, 15: trimmed -> the middle 15
    assert [line.total for line in by_juror.jurors] == [13, 15, 15]
    assert by_juror.kept == (15,) and by_juror.score == Fraction(155, 10)


def test_compare_says_when_the_rounding_or_the_aggregation_changes_a_winner():
    """One place. Rounded to tenths half up, A (7.25 -> 7.3) ties B (7.3): a decision is
    needed. Without rounding B alone wins: the comparison says the rounding changes the
    winner, in its own lines and its last sentence."""
    from app.scoring import compare, format_comparison

    comp = rule(build({"A": {"J1": 7.5, "J2": 7.0}, "B": {"J1": 7.3, "J2": 7.3}}, total=1),
                score_step=0.1, rounding_score=1)
    c = compare(comp)
    by_label = {v.label: v for v in c.arithmetic}
    assert set(by_label) == {"per_criterion", "no_rounding"}
    assert by_label["no_rounding"].differs and by_label["no_rounding"].winners == ("B",)
    assert not by_label["per_criterion"].differs and c.arithmetic_differs
    text = format_comparison(c)
    assert "no rounding" in text and "DIFFERS: gains B" in text
    assert "The rounding or the aggregation choice changes a winner." in text
    plain = compare(rule(comp, rounding_score=None))
    assert not plain.arithmetic_differs and "change no winner" in format_comparison(plain)
