import math
"""Properties that must hold for any table of marks."""

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import METHODS, Competition, Criterion, Juror, Project, Settings
from app.scoring import compute, results_json

PROPS = settings(max_examples=150, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])


@st.composite
def competitions(draw, normalize=None, method=None, per_group=None):
    n_j = draw(st.integers(1, 5))
    n_p = draw(st.integers(1, 7))
    n_c = draw(st.integers(1, 3))
    crits = tuple(Criterion(f"c{i}", f"C{i}", draw(st.sampled_from([2, 5, 10])),
                            draw(st.sampled_from([0.5, 1.0, 2.0])), i) for i in range(n_c))
    jurors = tuple(Juror(f"j{i}", f"J{i}", order=i) for i in range(n_j))
    projects = tuple(Project(f"p{i}", f"P{i}", group=draw(st.sampled_from(["g1", "g2"])),
                             order=i + 1) for i in range(n_p))
    if draw(st.integers(0, 4)) == 0:
        projects = projects[:-1] + (replace(projects[-1], withdrawn=True),)
    marks = {}
    recusals = set()
    absences = set()
    for j in jurors:
        for p in projects:
            if draw(st.integers(0, 9)) == 0:
                recusals.add((j.code, p.code))
            elif draw(st.integers(0, 14)) == 0:
                absences.add((j.code, p.code))
            for c in crits:
                if draw(st.integers(0, 14)) > 0:       # mostly marked
                    marks[(j.code, p.code, c.code)] = draw(st.integers(0, int(c.max * 2))) / 2
    if per_group is None:
        per_group = draw(st.booleans())
    quota = draw(st.integers(1, 4))
    s = Settings(method=method or draw(st.sampled_from(METHODS)),
                 trim=draw(st.integers(0, 2)),
                 normalize=normalize or draw(st.sampled_from(["none", "zscore"])),
                 tie_break=tuple(draw(st.permutations([c.code for c in crits]))),
                 winners_per_group=quota if per_group else None,
                 winners_total=None if per_group else quota)
    return Competition(settings=s, projects=projects, jurors=jurors, criteria=crits,
                       marks=marks, recusals=frozenset(recusals),
                       absences=frozenset(absences))


@PROPS
@given(competitions(), st.randoms(use_true_random=False))
def test_renaming_and_reordering_jurors_changes_nothing(c, rnd):
    names = {j.code: f"X{rnd.randint(0, 10**6)}-{j.code[::-1]}" for j in c.jurors}
    jurors = [replace(j, code=names[j.code]) for j in c.jurors]
    rnd.shuffle(jurors)
    marks = list(c.marks.items())
    rnd.shuffle(marks)
    other = replace(c, jurors=tuple(replace(j, order=i) for i, j in enumerate(jurors)),
                    marks={(names[j], p, k): v for (j, p, k), v in marks},
                    recusals=frozenset((names[j], p) for j, p in c.recusals),
                    absences=frozenset((names[j], p) for j, p in c.absences))
    a, b = compute(c), compute(other)
    assert results_json(a) == results_json(b)
    assert {(o.project, names[o.juror], o.distance) for o in a.outliers} == \
        {(o.project, o.juror, o.distance) for o in b.outliers}


@PROPS
@given(competitions(normalize="none"), st.data())
def test_raising_a_mark_never_lowers_the_score(c, data):
    if not c.marks:
        return
    key = data.draw(st.sampled_from(sorted(c.marks)))
    crit = c.criterion(key[2])
    old = c.marks[key]
    new = data.draw(st.integers(int(old * 2), int(crit.max * 2))) / 2
    raised = replace(c, marks={**c.marks, key: new})
    before = compute(c).project(key[1]).score
    after = compute(raised).project(key[1]).score
    if before is None:
        assert after is None            # the sheets that count did not change
    else:
        assert after >= before


@PROPS
@given(competitions(), st.data())
def test_a_recused_jurors_marks_never_matter(c, data):
    if not c.recusals:
        return
    juror, project = data.draw(st.sampled_from(sorted(c.recusals)))
    marks = {k: v for k, v in c.marks.items() if (k[0], k[1]) != (juror, project)}
    for crit in c.criteria:
        if data.draw(st.booleans()):
            marks[(juror, project, crit.code)] = data.draw(st.integers(0, int(crit.max)))
    assert results_json(compute(replace(c, marks=marks))) == results_json(compute(c))


def _check_ranks(rows, key):
    """rows: best first, scored only. Ranks are 1-based and shared exactly by ties."""
    for i, row in enumerate(rows):
        better = sum(1 for other in rows if other[key] < row[key])
        assert row[key] == better + 1
        same = [o for o in rows if o[key] == row[key]]
        if key == "rank":
            assert row["tie"] == (len(same) > 1)
        # equal places only between equal scores (to 1e-9, chained on a 0.25 grid here)
        assert all(abs(o["score"] - row["score"]) < 1e-6 for o in same)
    assert [r[key] for r in rows] == sorted(r[key] for r in rows)


@PROPS
@given(competitions())
def test_ranks_are_one_based_and_shared_exactly_for_ties(c):
    out = results_json(compute(c))["projects"]
    scored = [p for p in out if p["score"] is not None]
    unscored = [p for p in out if p["score"] is None and "withdrawn" not in p]
    withdrawn = [p for p in out if "withdrawn" in p]
    assert out == scored + unscored + withdrawn          # unscored, then withdrawn, last
    assert not any(p["winner"] or p["tie"] for p in unscored + withdrawn)
    assert all(p["rank"] is None and p["group_rank"] is None for p in unscored)
    if scored:
        assert scored[0]["rank"] == 1
        if c.settings.normalize == "none":     # exact on this grid; z-score only to 1e-9
            assert [p["score"] for p in scored] == sorted((p["score"] for p in scored),
                                                         reverse=True)
        _check_ranks(scored, "rank")
        for g in {p["group"] for p in scored}:
            _check_ranks([p for p in scored if p["group"] == g], "group_rank")


@PROPS
@given(competitions(per_group=True))
def test_winners_per_group_equal_the_quota_unless_a_tie_needs_a_decision(c):
    quota = c.settings.winners_per_group
    out = results_json(compute(c))["projects"]
    for g in {p["group"] for p in out}:
        rows = [p for p in out if p["group"] == g]
        scored = [p for p in rows if p["score"] is not None]
        winners = [p for p in rows if p["winner"]]
        needing = [p for p in rows if p["decision_needed"]]
        if not needing:
            assert len(winners) == min(quota, len(scored))
        else:
            assert len(winners) < quota < len(winners) + len(needing)
            assert all(p["tie"] for p in needing)
        # winners are the best: no non-winner ranks strictly above a winner in the group
        for w in winners:
            assert all(p["group_rank"] >= w["group_rank"] for p in scored if not p["winner"])


@PROPS
@given(competitions(per_group=False))
def test_total_winners_equal_the_quota_unless_a_tie_needs_a_decision(c):
    out = results_json(compute(c))["projects"]
    quota = c.settings.winners_total
    winners = [p for p in out if p["winner"]]
    needing = [p for p in out if p["decision_needed"]]
    if needing:
        assert len(winners) < quota < len(winners) + len(needing)
    else:
        assert len(winners) == min(quota, sum(p["score"] is not None for p in out))


@PROPS
@given(competitions(normalize="none"))
def test_ranks_match_a_plain_reference(c):
    """A naive O(n^2) ranking: key = (score, tie-break values...), each worked out for every
    project; rank = 1 + number of projects with a strictly greater key."""
    from app.scoring import aggregate

    r = compute(c)
    keys = {}
    for p in r.projects:
        if p.score is None:
            continue
        counted = [j for j in p.juror_totals]
        tb = []
        for code in c.settings.tie_break:
            w = c.criterion(code).weight
            value = aggregate([w * c.marks[(j, p.code, code)] for j in counted
                               if (j, p.code, code) in c.marks],
                              c.settings.method, c.settings.trim)
            tb.append(-math.inf if value is None else value)
        keys[p.code] = tuple(round(v, 6) for v in [p.score, *tb])
    for p in r.projects:
        if p.score is not None:
            assert p.rank == 1 + sum(1 for k in keys.values() if k > keys[p.code])
