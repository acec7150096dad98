"""Winners, ties at the cut and jury decisions, by hand."""

import pytest

from app.errors import InputError
from app.scoring import check_decision, compute, decision_basis
from tests.scoring_build import build, decide

# A 9, B 8, C 8 (a surviving tie), D 7 -- one list
FOUR = {"A": {"J1": 9}, "B": {"J1": 8}, "C": {"J1": 8}, "D": {"J1": 7}}


def test_winners_per_group():
    sheets = {"A1": {"J1": 9}, "A2": {"J1": 5}, "A3": {"J1": 7},
              "B1": {"J1": 1}, "B2": {"J1": 2}}
    groups = {"A1": "a", "A2": "a", "A3": "a", "B1": "b", "B2": "b"}
    r = compute(build(sheets, groups=groups, per_group=2))
    # group a: A1 9, A3 7 (A2 5 out); group b: B2 2, B1 1 -- both win, though below A2
    assert set(r.winners) == {"A1", "A3", "B2", "B1"}
    assert not r.project("A2").winner


def test_winners_total():
    sheets = {"A1": {"J1": 9}, "A2": {"J1": 5}, "A3": {"J1": 7}, "B1": {"J1": 1},
              "B2": {"J1": 6}}
    groups = {"B1": "b", "B2": "b"}
    r = compute(build(sheets, groups=groups, total=3))
    assert r.winners == ("A1", "A3", "B2")


def test_fewer_scored_projects_than_places():
    r = compute(build({"A": {"J1": 9}, "U": {"J1": None}}, total=3))
    assert r.winners == ("A",) and not r.decision_needed


def test_tie_inside_the_places_needs_no_decision():
    r = compute(build(FOUR, total=3))
    assert r.winners == ("A", "B", "C")
    assert r.decision_needed == () and r.ties_at_cut == ()


def test_tie_straddling_the_cut_needs_a_decision():
    r = compute(build(FOUR, total=2))
    assert r.winners == ("A",)
    assert set(r.decision_needed) == {"B", "C"}
    b = r.project("B")
    assert b.decision_needed and not b.winner and b.tie
    assert not r.project("D").decision_needed
    (tie,) = r.ties_at_cut
    assert tie.places == 1 and tie.tied == ("B", "C") and tie.scope is None
    assert tie.undecided == ("B", "C") and not tie.decided


def test_tie_straddling_the_cut_per_group():
    groups = {"A": "g", "B": "g", "C": "g", "D": "h"}
    r = compute(build(FOUR, groups=groups, per_group=2))
    assert set(r.winners) == {"A", "D"}
    (tie,) = r.ties_at_cut
    assert tie.scope == "g" and tie.places == 1


def test_decision_applied():
    c = build(FOUR, total=2)
    basis = decision_basis(c, "B")
    assert basis == decision_basis(c, "C")          # one tie, one basis
    c = build(FOUR, total=2, decisions={"B": decide(c, "B", False, basis),
                                         "C": decide(c, "C", True, basis)})
    r = compute(c)
    assert r.winners == ("A", "C")
    assert r.decision_needed == ()
    assert not r.project("B").decision_stale and r.project("B").decision.reason
    assert r.ties_at_cut[0].decided and r.quota_problems == ()


def test_a_tie_decided_in_part_is_still_open():
    """One tie, one outcome (issue 11, item 7): with B decided and C not, neither wins
    and both still need the decision; B's decision is recorded and valid, not stale."""
    c = build(FOUR, total=2)
    basis = decision_basis(c, "B")
    r = compute(build(FOUR, total=2, decisions={"B": decide(c, "B", True, basis)}))
    assert r.winners == ("A",)
    assert r.decision_needed == ("B", "C")
    assert r.ties_at_cut[0].chosen == ("B",) and r.ties_at_cut[0].undecided == ("C",)
    assert not r.project("B").decision_stale and not r.project("B").winner


def test_stale_decision_after_the_tie_changes():
    c = build(FOUR, total=2)
    basis = decision_basis(c, "B")
    decisions = {"B": decide(c, "B", True, basis), "C": decide(c, "C", False, basis)}
    # the same tie but at another score (both 8.5): the decision no longer applies
    changed = dict(FOUR, B={"J1": 8.5}, C={"J1": 8.5})
    r = compute(build(changed, total=2, decisions=decisions))
    assert set(r.decision_needed) == {"B", "C"} and r.winners == ("A",)
    assert r.project("B").decision_stale and r.project("C").decision_stale
    # a mark changes and breaks the tie: B wins outright, its old decision is stale
    changed = dict(FOUR, C={"J1": 7.5})
    r = compute(build(changed, total=2, decisions=decisions))
    assert r.winners == ("A", "B") and r.decision_needed == ()
    assert r.project("B").decision_stale and r.project("C").decision_stale
    # a decision without a recorded basis cannot be checked: stale
    r = compute(build(FOUR, total=2, decisions={"B": decide(c, "B", True, "")}))
    assert r.project("B").decision_stale and "B" in r.decision_needed


def test_decision_taken_under_another_method_is_stale():
    c = build(FOUR, total=2)
    basis = decision_basis(c, "B")
    r = compute(build(FOUR, total=2, method="median",
                      decisions={"B": decide(c, "B", True, basis),
                                 "C": decide(c, "C", False, basis)}))
    assert set(r.decision_needed) == {"B", "C"}


def test_decisions_choosing_too_many_or_too_few_are_reported():
    c = build(FOUR, total=2)
    basis = decision_basis(c, "B")
    both = {"B": decide(c, "B", True, basis), "C": decide(c, "C", True, basis)}
    r = compute(build(FOUR, total=2, decisions=both))
    assert r.winners == ("A", "B", "C")          # honoured as recorded, not forced
    assert len(r.quota_problems) == 1 and "2 winners for 1 place" in \
        r.quota_problems[0].quota_problem
    assert any("tie at the cut" in w for w in r.warnings)
    none = {"B": decide(c, "B", False, basis), "C": decide(c, "C", False, basis)}
    r = compute(build(FOUR, total=2, decisions=none))
    assert r.winners == ("A",) and r.decision_needed == ()
    assert r.quota_problems and "0 winner(s) for 1 place" in r.quota_problems[0].quota_problem


def test_check_decision_refuses_projects_not_at_the_cut():
    c = build(dict(FOUR, W={"J1": 8}), total=2, withdrawn={"W"})
    assert check_decision(c, "B") == decision_basis(c, "B")
    with pytest.raises(InputError, match="not in a tie at the winners' cut"):
        check_decision(c, "A")                       # a clear winner
    with pytest.raises(InputError, match="not in a tie"):
        check_decision(c, "D")                       # clearly out
    with pytest.raises(InputError, match="no project"):
        check_decision(c, "ZZ")
    with pytest.raises(InputError, match="withdrawn"):
        check_decision(c, "W")
    # a tie that fits inside the places is not at the cut either
    with pytest.raises(InputError, match="not in a tie"):
        decision_basis(build(FOUR, total=3), "B")


def test_basis_names_the_tie():
    basis = decision_basis(build(FOUR, total=2), "C")
    assert "B,C" in basis and "places 1" in basis and "8.000000000" in basis
