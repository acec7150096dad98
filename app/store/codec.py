"""Turning model objects into table rows and back."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any, Iterator

from app.model import Adjustment, Criterion, Decision, Juror, Opinion, Project, Settings

_TUPLE_SETTINGS = {"dates", "tie_break"}


def settings_items(settings: Settings) -> Iterator[tuple[str, Any]]:
    for f in fields(Settings):
        value = getattr(settings, f.name)
        yield f.name, list(value) if f.name in _TUPLE_SETTINGS else value


def settings_from(rows: dict[str, str]) -> Settings:
    known = {f.name for f in fields(Settings)}
    values = {k: json.loads(v) for k, v in rows.items() if k in known}
    for k in _TUPLE_SETTINGS & values.keys():
        values[k] = tuple(values[k])
    return Settings(**values)


def project_row(p: Project) -> dict:
    return {"code": p.code, "title": p.title, "organization": p.organization, "grp": p.group,
            "category": p.category, "ord": p.order, "withdrawn": int(p.withdrawn),
            "notes": json.dumps(dict(p.notes), ensure_ascii=False, sort_keys=True)}


def project_from(r: tuple) -> Project:
    code, title, org, grp, category, order, withdrawn, notes = r
    return Project(code, title, org, grp, category, order, bool(withdrawn), json.loads(notes))


def juror_row(j: Juror) -> dict:
    return {"code": j.code, "name": j.name, "position": j.position, "role": j.role,
            "ord": j.order, "attendance": j.attendance}


def criterion_row(c: Criterion) -> dict:
    return {"code": c.code, "name": c.name, "max": float(c.max), "weight": float(c.weight),
            "ord": c.order}


def adjustment_row(a: Adjustment) -> dict:
    return {"project": a.project, "reason": a.reason, "points": float(a.points)}


def decision_row(d: Decision, at: str) -> dict:
    votes = d.votes or (None, None, None)
    return {"project": d.project, "winner": int(d.winner), "reason": d.reason,
            "decided_at": d.decided_at or at, "basis": d.basis, "votes_for": votes[0],
            "votes_against": votes[1], "votes_abstain": votes[2], "casting": int(d.casting)}


DECISION_COLUMNS = ("project, winner, reason, decided_at, basis, votes_for, votes_against, "
                    "votes_abstain, casting")


def decision_from(r: tuple) -> Decision:
    project, winner, reason, at, basis, v_for, v_against, v_abstain, casting = r
    votes = None if v_for is None else (v_for, v_against or 0, v_abstain or 0)
    return Decision(project, bool(winner), reason, at, basis, votes, bool(casting))


def opinion_row(o: Opinion, at: str) -> dict:
    return {"juror": o.juror, "text": o.text, "written_at": o.written_at or at}
