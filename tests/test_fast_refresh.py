"""Fast: the window ranks again after a keyed mark by regrouping only the projects it
touched (app.scoring.fast.refresh); plain twin: app.scoring.totals.prepare of the whole
competition. Over generated competitions, the same results."""

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from app.scoring import compute, results_json
from tests.test_scoring_properties import PROPS, competitions


@PROPS
@given(competitions(), st.data())
def test_refresh_after_changes_equals_a_full_computation(c, data):
    """Marks of one project kept, dropped or set anew, and a recusal switched: ranking
    again from the old grouping with only that project regrouped gives the results,
    outliers and missing marks of a full computation."""
    from app.scoring import evaluate, prepare, refresh

    project = data.draw(st.sampled_from([p.code for p in c.projects]))
    marks = dict(c.marks)
    for j in c.jurors:
        for crit in c.criteria:
            key = (j.code, project, crit.code)
            what = data.draw(st.sampled_from(["keep", "drop", "set"]))
            if what == "drop":
                marks.pop(key, None)
            elif what == "set":
                marks[key] = data.draw(st.integers(0, int(crit.max)))
    recusals = set(c.recusals)
    if data.draw(st.booleans()):
        recusals ^= {(c.jurors[0].code, project)}
    changed = replace(c, marks=marks, recusals=frozenset(recusals))
    s = changed.settings
    fresh = evaluate(refresh(prepare(c), changed, [project]), s.method, s.normalize)
    full = compute(changed)
    assert results_json(fresh) == results_json(full)
    assert fresh.outliers == full.outliers
    assert [p.missing for p in fresh.projects] == [p.missing for p in full.projects]
