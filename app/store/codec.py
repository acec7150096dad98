"""Turning model objects into table rows and back."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any, Iterator

from app.model import Adjustment, Criterion, Decision, Juror, Project, Settings

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
            "ord": j.order}


def criterion_row(c: Criterion) -> dict:
    return {"code": c.code, "name": c.name, "max": float(c.max), "weight": float(c.weight),
            "ord": c.order}


def adjustment_row(a: Adjustment) -> dict:
    return {"project": a.project, "reason": a.reason, "points": float(a.points)}


def decision_row(d: Decision, at: str) -> dict:
    return {"project": d.project, "winner": int(d.winner), "reason": d.reason,
            "decided_at": d.decided_at or at, "basis": d.basis}
