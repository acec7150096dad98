"""`results --json`: exactly the contract's object."""

from __future__ import annotations

from .results import Results


def results_json(results: Results) -> dict:
    """{"complete", "projects": [{"code", "score", "rank", "group", "group_rank", "tie",
    "decision_needed", "winner", "complete"}]} in that key order, best first, scores
    unrounded. A withdrawn project (listed last, score and ranks null) carries one more
    key at the end, "withdrawn": true; no other project has it."""
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
        if p.withdrawn:
            row["withdrawn"] = True
        projects.append(row)
    return {"complete": bool(results.complete), "projects": projects}
