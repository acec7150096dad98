"""A fingerprint of a competition: SHA-256 over a canonical serialisation of its data.

Two competitions with the same settings, projects, jurors, criteria, marks, recusals,
absences, decisions, dissenting opinions, meeting record and finalized flag have the same
fingerprint, however they were
loaded; change any of them and it changes. The protocol prints it and `verify` recomputes
it from the database.

The canonical form is one JSON object `{"version": 1, "sections": {...}}`, serialised with
sorted keys, no spaces, UTF-8 (not ASCII-escaped). Records are objects keyed by their code
(marks: juror -> project -> criterion -> score; recusals and absences: juror -> sorted
project codes), so the order they were stored in does not matter and the JSON encoder does
the sorting; the running order and the jurors' listing order are fields of their own.
Numbers that may be fractional are written as strings in one fixed format (`_num`): the
shortest decimal that reads back as the same double, with `-0.0` as `0.0` and `7` as
`7.0`, so that an integer 7 and a float 7.0 from two loaders give the same bytes.

Each section also has a digest of its own, so that a mismatch can be named ("marks differ").
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from app.model import Competition

VERSION = 1
# in the order `verify` reports them
SECTIONS = ("settings", "projects", "jurors", "criteria", "marks", "recusals", "absences",
            "decisions", "finalized", "adjustments", "comments", "opinions")
# Sections and settings that came with the regulation's arithmetic are part of the
# canonical form only when they hold something (an adjustment, a comment, a setting other
# than its default): a competition that uses none of them keeps the fingerprint it had.
# So is the meeting's record (issue 17): a competition without a [meeting], with everyone
# present, no votes and no dissenting opinion has the fingerprint it had before.
OPTIONAL_SECTIONS = ("adjustments", "comments", "opinions")
_REGULATION_DEFAULTS = {"aggregate": "juror", "rounding_criterion": None,
                        "rounding_weighted": None, "rounding_score": None,
                        "rounding_mode": "half_up", "min_score": None, "comments": "none"}
MEETING = ("meeting_number", "meeting_place", "timezone", "quorum", "meeting_start",
           "meeting_end", "chaired_by")


def _num(x: float | int | None) -> str | None:
    return None if x is None else repr(float(x) + 0.0)


def _int(x: int | None) -> int | None:
    return None if x is None else int(x)


def sections(c: Competition) -> dict[str, Any]:
    """The competition as plain JSON-ready data, section by section."""
    out = {
        "settings": _settings(c.settings),
        "projects": {
            p.code: {"title": p.title, "organization": p.organization, "group": p.group,
                     "category": p.category, "order": _int(p.order),
                     "withdrawn": bool(p.withdrawn), "notes": dict(p.notes)}
            for p in c.projects},
        "jurors": {
            j.code: {"name": j.name, "position": j.position, "role": j.role,
                     "order": _int(j.order),
                     **({"attendance": j.attendance} if j.attendance != "present" else {})}
            for j in c.jurors},
        "criteria": {
            k.code: {"name": k.name, "max": _num(k.max), "weight": _num(k.weight),
                     "order": _int(k.order)}
            for k in c.criteria},
        "marks": _marks(c),
        "recusals": _pairs(c.recusals),
        "absences": _pairs(c.absences),
        "decisions": {d.project: _decision(d) for d in c.decisions.values()},
        "finalized": bool(c.finalized),
    }
    for name, section in (("adjustments", _adjustments), ("comments", _comments),
                          ("opinions", _opinions)):
        value = section(c)
        if value:  # an optional section is there only when it holds something
            out[name] = value
    return out


def _settings(s) -> dict[str, Any]:
    from app.model import Settings

    meeting = {key: getattr(s, key) for key in MEETING
               if getattr(s, key) != getattr(Settings, key)}
    settings = {
        "title": s.title, "subtitle": s.subtitle, "venue": s.venue,
        "dates": list(s.dates), "group_label": s.group_label, "method": s.method,
        "trim": _int(s.trim), "normalize": s.normalize, "score_step": _num(s.score_step),
        "tie_break": list(s.tie_break), "winners_per_group": _int(s.winners_per_group),
        "winners_total": _int(s.winners_total),
        **({"meeting": meeting} if meeting else {}),
    }
    for key, default in _REGULATION_DEFAULTS.items():
        value = getattr(s, key)
        if value != default:
            settings[key] = _num(value) if key == "min_score" else value
    return settings


def _marks(c: Competition) -> dict[str, dict[str, dict[str, str]]]:
    marks: dict[str, dict[str, dict[str, str]]] = {}
    for (j, p, k), v in c.marks.items():
        marks.setdefault(j, {}).setdefault(p, {})[k] = repr(v + 0.0)  # = _num, inlined: hot
    return marks


def _decision(d) -> dict[str, Any]:
    return {"winner": bool(d.winner), "reason": d.reason, "decided_at": d.decided_at,
            "basis": d.basis, **({"votes": list(d.votes)} if d.votes is not None else {}),
            **({"casting": True} if d.casting else {})}


def _adjustments(c: Competition) -> dict[str, list]:
    adjustments: dict[str, list] = {}
    for a in c.adjustments:
        adjustments.setdefault(a.project, []).append([_num(a.points), a.reason])
    return {p: sorted(rows) for p, rows in adjustments.items()}


def _comments(c: Competition) -> dict[str, dict[str, dict[str, str]]]:
    comments: dict[str, dict[str, dict[str, str]]] = {}
    for (j, p, k), text in c.comments.items():
        comments.setdefault(j, {}).setdefault(p, {})[k] = text
    return comments


def _opinions(c: Competition) -> dict[str, dict[str, str]]:
    return {o.juror: {"text": o.text, "written_at": o.written_at}
            for o in c.opinions.values()}


def _pairs(pairs) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for j, p in pairs:
        out.setdefault(j, []).append(p)
    return {j: sorted(ps) for j, ps in out.items()}


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def _serialised(c: Competition) -> tuple[bytes, dict[str, bytes]]:
    """The canonical bytes and each section's own bytes, each section serialised once.

    The whole is assembled from the parts exactly as `json.dumps(..., sort_keys=True)`
    would write it (section names are plain ASCII), which a test checks."""
    parts = {name: _dumps(value) for name, value in sections(c).items()}
    body = b",".join(b'"%s":%s' % (name.encode(), parts[name]) for name in sorted(parts))
    return b'{"sections":{%s},"version":%d}' % (body, VERSION), parts


def canonical(c: Competition) -> bytes:
    """The exact bytes the fingerprint is the SHA-256 of."""
    return _serialised(c)[0]


def fingerprint(c: Competition) -> str:
    """SHA-256 of `canonical(c)`, as 64 lowercase hex digits."""
    return hashlib.sha256(canonical(c)).hexdigest()


def section_digests(c: Competition) -> dict[str, str]:
    """Per section, the SHA-256 of its canonical JSON (64 hex digits), in `SECTIONS` order
    (an optional section only when the competition has it)."""
    return fingerprint_and_digests(c)[1]


def fingerprint_and_digests(c: Competition) -> tuple[str, dict[str, str]]:
    """Both at once, serialising the competition only once (it may hold 200,000 marks)."""
    whole, parts = _serialised(c)
    return (hashlib.sha256(whole).hexdigest(),
            {name: hashlib.sha256(parts[name]).hexdigest() for name in SECTIONS
             if name in parts})


def section_sizes(c: Competition) -> dict[str, int]:
    """How many records each list section holds: lets a mismatch say "204 against 205"."""
    return {"projects": len(c.projects), "jurors": len(c.jurors),
            "criteria": len(c.criteria), "marks": len(c.marks),
            "recusals": len(c.recusals), "absences": len(c.absences),
            "decisions": len(c.decisions),
            **({"adjustments": len(c.adjustments)} if c.adjustments else {}),
            **({"comments": len(c.comments)} if c.comments else {}),
            **({"opinions": len(c.opinions)} if c.opinions else {})}


def short(fp: str) -> str:
    """The first 16 hex digits in groups of four: what fits in a page footer."""
    return " ".join(fp[i:i + 4] for i in range(0, 16, 4))
