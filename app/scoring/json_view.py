"""`results --json`: exactly the contract's object."""

from __future__ import annotations

from .results import Results


def results_json(results: Results) -> dict:
    """{"complete", "projects": [{"code", "score", "rank", "group", "group_rank", "tie",
    "decision_needed", "winner", "complete"}]} in that key order, best first, scores
    as computed (after `[rounding]` and adjustments). A project under `min_score` carries
    "below_min": true, and one whose adjustments change its score by N "adjustment": N;
    a withdrawn project (listed last, score and ranks null) carries "withdrawn": true at
    the end. No other project has these keys."""
    projects = []
    for p in results.projects:
        row = {"code": p.code,
               "score": None if p.score is None else float(p.score),
               "rank": p.rank,
               "group": p.group,
               "group_rank": p.group_rank,
               "tie": bool(p.tie),
               "decision_needed": bool(p.decision_needed),
               "winner": bool(p.winner),
               "complete": bool(p.complete)}
        if p.below_min:
            row["below_min"] = True
        if p.adjustment:
            row["adjustment"] = float(p.adjustment)
        if p.withdrawn:
            row["withdrawn"] = True
        projects.append(row)
    return {"complete": bool(results.complete), "projects": projects}
