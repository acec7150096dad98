"""Fast: each ranked project made without its `__init__` (app.scoring.compute `_result`);
plain twin: `ProjectResult(...)`. Every field there, equal to the one `__init__` makes."""

from app.scoring import compute


def test_a_ranked_project_is_made_whole_without_its_init(demo_store):
    """evaluate makes each ProjectResult without __init__ (for speed): every field is
    there, and it equals the one __init__ makes from the same values."""
    from dataclasses import fields, replace

    from app.scoring.results import ProjectResult

    results = compute(demo_store.load())
    names = {f.name for f in fields(ProjectResult)}
    for p in results.projects:
        assert set(vars(p)) == names
        assert replace(p) == p
