"""Scores, completeness, normalisation, outliers and the JSON view, by hand."""

import json
import math

import pytest

from app.model import Competition, Criterion, Juror, Project
from app.scoring import compute, results_json
from tests.scoring_build import build

TWO_CRITERIA = (("q", 10, 2.0), ("r", 5, 1.0))


def test_weights_and_half_points():
    c = build({"A": {"J1": [7, 3], "J2": [5, 4.5]}}, criteria=TWO_CRITERIA)
    p = compute(c).project("A")
    # J1: 2*7 + 1*3 = 17; J2: 2*5 + 1*4.5 = 14.5; mean (17 + 14.5) / 2 = 15.75
    assert p.juror_totals == {"J1": 17, "J2": 14.5}
    assert p.score == 15.75
    assert p.complete and p.rank == 1


def test_methods_on_one_project():
    sheets = {"A": {"J1": 10, "J2": 8, "J3": 3, "J4": 9}}
    # mean (10+8+3+9)/4 = 7.5
    assert compute(build(sheets)).project("A").score == 7.5
    # median of 3,8,9,10 = (8+9)/2 = 8.5
    assert compute(build(sheets, method="median")).project("A").score == 8.5
    # trimmed (trim 1, 4 >= 3): drop 3 and 10 -> (8+9)/2 = 8.5
    assert compute(build(sheets, method="trimmed_mean")).project("A").score == 8.5
    # trimmed (trim 2, 4 < 5): plain mean 7.5
    assert compute(build(sheets, method="trimmed_mean", trim=2)).project("A").score == 7.5


def test_recusal_shrinks_the_divisor_and_ignores_marks():
    # J3 gave 3 but is recused: (10 + 8) / 2 = 9, not (10 + 8 + 3) / 3 = 7
    c = build({"A": {"J1": 10, "J2": 8, "J3": 3}}, recused={("J3", "A")})
    p = compute(c).project("A")
    assert p.score == 9
    assert p.recused == ("J3",) and "J3" not in p.juror_totals
    assert p.complete


def test_recused_juror_without_marks_keeps_project_complete():
    c = build({"A": {"J1": 10, "J2": 8}, "B": {"J1": 4}}, recused={("J2", "B")})
    r = compute(c)
    assert r.project("B").score == 4 and r.project("B").complete
    assert r.complete


def test_absence_shrinks_the_divisor():
    # J2 absent for A: (10 + 6) / 2 = 8
    c = build({"A": {"J1": 10, "J2": None, "J3": 6}, "B": {"J1": 1, "J2": 2, "J3": 3}},
              absent={("J2", "A")})
    r = compute(c)
    assert r.project("A").score == 8
    assert r.project("A").absent == ("J2",)
    assert r.project("A").complete and r.complete


def test_unscored_project_is_null_and_last():
    c = build({"U": {"J1": None}, "A": {"J1": 3}, "B": {"J1": 5}})
    r = compute(c)
    assert [p.code for p in r.projects] == ["B", "A", "U"]
    u = r.project("U")
    assert (u.score, u.rank, u.group_rank, u.winner) == (None, None, None, False)
    assert not u.complete and not r.complete
    row = results_json(r)["projects"][2]
    assert row["score"] is None and row["rank"] is None and row["group_rank"] is None


def test_partial_sheet_counts_what_is_marked_and_makes_project_incomplete():
    # J2 marked q but not r yet. The contract: a juror's total is Σ weight × score and the
    # score is taken over "the jurors who scored it", so J2 counts with 2*10 = 20 so far.
    # J1: 2*6 + 4 = 16. Mean (16 + 20) / 2 = 18.
    c = build({"A": {"J1": [6, 4], "J2": [10, None]}}, criteria=TWO_CRITERIA)
    r = compute(c)
    p = r.project("A")
    assert p.score == 18 and p.juror_totals == {"J1": 16, "J2": 20}
    assert p.missing == (("J2", "r"),)
    assert not p.complete and not r.complete


def test_secretary_does_not_score():
    c = Competition(
        projects=(Project("A", "a"),),
        jurors=(Juror("J1", "x"), Juror("S", "sec", role="secretary")),
        criteria=(Criterion("q", "Q", 10),),
        marks={("J1", "A", "q"): 6, ("S", "A", "q"): 0})
    r = compute(c)
    # only J1 counts (6), and the secretary's missing sheet does not make A incomplete
    assert r.project("A").score == 6 and r.complete
    assert r.warnings  # the secretary's mark is reported as ignored


def test_zscore_by_hand():
    # J1: A=2, B=4 -> m1 = 3, s1 = 1.   J2: A=10, B=6 -> m2 = 8, s2 = 2.
    # J3: A=7, B=7 -> s3 = 0, gets m.
    # all totals 2,4,10,6,7,7: m = 36/6 = 6; squares 16,4,16,0,1,1 = 38; s = sqrt(38/6)
    c = build({"A": {"J1": 2, "J2": 10, "J3": 7}, "B": {"J1": 4, "J2": 6, "J3": 7}},
              normalize="zscore")
    r = compute(c)
    s = math.sqrt(38 / 6)
    a, b = r.project("A"), r.project("B")
    assert a.used_totals["J1"] == pytest.approx(6 - s)      # (2-3)/1
    assert a.used_totals["J2"] == pytest.approx(6 + s)      # (10-8)/2 = +1
    assert a.used_totals["J3"] == 6
    assert b.used_totals["J1"] == pytest.approx(6 + s)
    assert b.used_totals["J2"] == pytest.approx(6 - s)
    # both projects score (6-s + 6+s + 6)/3 = 6: a tie, while raw means are 19/3 vs 17/3
    assert a.score == pytest.approx(6) and b.score == pytest.approx(6)
    assert a.rank == b.rank == 1 and a.tie and b.tie
    assert a.juror_totals == {"J1": 2, "J2": 10, "J3": 7}          # raw kept
    raw = compute(build({"A": {"J1": 2, "J2": 10, "J3": 7},
                         "B": {"J1": 4, "J2": 6, "J3": 7}}))
    assert raw.project("A").rank == 1 and raw.project("B").rank == 2


def test_zscore_moves_a_project():
    # J1: A=2, B=4 (m1=3, s1=1); J2: A=6, B=10 (m2=8, s2=2)
    # all: 2,4,6,10 -> m = 5.5, s^2 = (12.25+2.25+0.25+20.25)/4 = 8.75
    # J1 A -> 5.5 - s, J2 A -> (6-8)/2 = -1 -> 5.5 - s; so A = 5.5 - s, B = 5.5 + s
    c = build({"A": {"J1": 2, "J2": 6}, "B": {"J1": 4, "J2": 10}}, normalize="zscore")
    r = compute(c)
    s = math.sqrt(8.75)
    assert r.project("A").score == pytest.approx(5.5 - s)
    assert r.project("B").score == pytest.approx(5.5 + s)


def test_withdrawn_listed_last_and_not_ranked():
    c = build({"W": {"J1": 10}, "A": {"J1": 3}, "U": {"J1": None}},
              withdrawn={"W"}, total=1)
    r = compute(c)
    assert [p.code for p in r.projects] == ["A", "U", "W"]
    w = r.project("W")
    assert w.withdrawn and w.score is None and w.rank is None and not w.winner
    assert r.winners == ("A",)
    rows = results_json(r)["projects"]
    assert rows[2]["withdrawn"] is True
    assert "withdrawn" not in rows[0] and "withdrawn" not in rows[1]


def test_withdrawn_project_does_not_block_completeness():
    c = build({"W": {"J1": None}, "A": {"J1": 3}}, withdrawn={"W"})
    assert compute(c).complete


def test_json_is_exactly_the_contract():
    c = build({"KZ-03": {"J1": 41, "J2": 42}, "KZ-01": {"J1": 40, "J2": 40}},
              groups={"KZ-03": "Kazakhstan", "KZ-01": "Kazakhstan"}, per_group=1)
    out = results_json(compute(c))
    assert list(out) == ["complete", "projects"]
    first = out["projects"][0]
    assert list(first) == ["code", "score", "rank", "group", "group_rank", "tie",
                           "decision_needed", "winner", "complete"]
    assert first == {"code": "KZ-03", "score": 41.5, "rank": 1, "group": "Kazakhstan",
                     "group_rank": 1, "tie": False, "decision_needed": False,
                     "winner": True, "complete": True}
    assert isinstance(out["projects"][1]["score"], float)       # 40.0, not 40
    assert isinstance(first["rank"], int)
    assert json.loads(json.dumps(out)) == out
    assert out["complete"] is True


def test_json_scores_are_unrounded():
    c = build({"A": {"J1": 1, "J2": 1, "J3": 0}})
    assert results_json(compute(c))["projects"][0]["score"] == 2 / 3


def test_outlier_flags():
    # max_total = 10, threshold 2.5; totals 5, 6, 9: median 6, J3 is 3 away -> flagged
    c = build({"A": {"J1": 5, "J2": 6, "J3": 9}, "B": {"J1": 6, "J2": 6, "J3": 8.5}})
    flags = compute(c).outliers
    assert len(flags) == 1
    f = flags[0]
    assert (f.project, f.juror, f.total, f.median, f.distance, f.threshold) == \
        ("A", "J3", 9, 6, 3, 2.5)
    # B: J3 is exactly 2.5 from the median 6 -> not "further than" a quarter


def test_no_criteria_scores_nothing():
    c = Competition(projects=(Project("A", "a"),), jurors=(Juror("J1", "x"),))
    r = compute(c)
    assert r.project("A").score is None and not r.complete


def test_no_scoring_juror_leaves_everything_unscored():
    c = build({"A": {}, "B": {}})
    r = compute(c)
    assert all(p.score is None for p in r.projects) and not r.complete


def test_marks_naming_nothing_known_are_counted_in_a_warning():
    c = build({"A": {"J1": 4}})
    c = Competition(settings=c.settings, projects=c.projects, jurors=c.jurors,
                    criteria=c.criteria,
                    marks={**c.marks, ("J1", "A", "zz"): 1, ("J1", "NOPE", "q"): 2,
                           ("J9", "A", "q"): 3})
    r = compute(c)
    assert r.project("A").score == 4
    assert any(w.startswith("3 mark(s)") for w in r.warnings)


def test_refresh_reuses_unchanged_projects_and_falls_back_on_structure():
    from dataclasses import replace

    from app.scoring import evaluate, prepare, refresh

    c = build({"A": {"J1": 4, "J2": 6}, "B": {"J1": 5, "J2": 5}})
    before = prepare(c)
    changed = replace(c, marks={**c.marks, ("J2", "A", "q"): 10})
    after = refresh(before, changed, ["A"])
    assert after.projects[1] is before.projects[1]             # B reused as it was
    # A: (4 + 10) / 2 = 7
    assert evaluate(after, "mean", "none").project("A").score == 7
    # a new project is a change of structure: everything is prepared again
    grown = replace(changed, projects=changed.projects + (Project("C", "c", order=3),))
    again = refresh(before, grown, ["A"])
    assert [ps.project.code for ps in again.projects] == ["A", "B", "C"]


def test_recused_and_absent_at_once_counts_as_recused():
    c = build({"A": {"J1": 2, "J2": 8}}, recused={("J2", "A")}, absent={("J2", "A")})
    p = compute(c).project("A")
    assert p.recused == ("J2",) and p.absent == () and p.score == 2


def test_ignored_marks_count_strangers_but_not_a_withdrawn_projects_marks():
    """The warning counts the marks the ranking cannot place: a mark naming no project
    (X) stays out of the score and is counted; the marks of a withdrawn project (W) are
    not looked at, so they are not counted either."""
    c = build({"A": {"J1": 8, "J2": 6}, "W": {"J1": 5, "J2": 5}}, withdrawn={"W"})
    marks = dict(c.marks)
    marks[("J1", "X", "q")] = 4          # a project nobody defined
    from dataclasses import replace

    r = compute(replace(c, marks=marks))
    assert r.project("A").score == 7
    assert r.warnings == ("1 mark(s) name no scoring juror, project or criterion and are "
                          "ignored",)
