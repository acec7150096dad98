"""The regulation's arithmetic in `competition.toml`: `aggregate`, `comments`,
`[rounding]` and `[winners] min_score`, read and written back.

Read into the Settings fields `aggregate`, `comments`, `rounding_criterion`,
`rounding_weighted`, `rounding_score`, `rounding_mode` and `min_score`. Export writes
only what differs from the defaults, so a folder without these keys exports unchanged.
"""

from __future__ import annotations

import json
import math
from typing import Callable

from app.model import AGGREGATES, COMMENT_MODES, ROUNDING_MODES, Settings

TOML_KEYS = {"aggregate", "comments", "rounding"}
ROUNDING_KEYS = ("criterion", "weighted", "score", "mode")
MAX_PLACES = 6


def read_regulation(raw: dict, fail: Callable[[str, str], None], normalize: str) -> dict:
    """The Settings fields from the parsed TOML `raw`; `fail(key, message)` raises."""
    out: dict = {}
    aggregate = raw.get("aggregate", "juror")
    if aggregate not in AGGREGATES:
        fail("aggregate", f"unknown aggregate {aggregate!r}: use juror or criterion")
    if normalize == "zscore" and aggregate != "juror":
        fail("aggregate", 'normalize = "zscore" needs aggregate = "juror": z-scores even '
                          "out jurors' totals, which a per-criterion score never forms")
    out["aggregate"] = aggregate
    comments = raw.get("comments", "none")
    if comments not in COMMENT_MODES:
        fail("comments", f"unknown comments {comments!r}: use none, optional or required")
    out["comments"] = comments
    rounding = raw.get("rounding", {})
    if not isinstance(rounding, dict):
        fail("rounding", "must be a table: [rounding] with criterion, weighted, score "
                         "and mode")
    for key in rounding:
        if key not in ROUNDING_KEYS:
            fail(f"rounding.{key}", f"unknown key '{key}': use criterion, weighted, score "
                                    "or mode")
    for key in ROUNDING_KEYS[:3]:
        places = rounding.get(key)
        if places is not None and (isinstance(places, bool) or not isinstance(places, int)
                                   or not 0 <= places <= MAX_PLACES):
            fail(f"rounding.{key}", f"must be a number of decimals from 0 to {MAX_PLACES}, "
                                    f"not {places!r}")
        out[f"rounding_{key}"] = places
    mode = rounding.get("mode", "half_up")
    if mode not in ROUNDING_MODES:
        fail("rounding.mode", f"unknown rounding mode {mode!r}: use half_up or half_even")
    out["rounding_mode"] = mode
    return out


def read_min_score(winners: dict, fail: Callable[[str, str], None]) -> float | None:
    """`[winners] min_score`: a number 0 or more, or absent."""
    value = winners.get("min_score")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or \
            not math.isfinite(value) or value < 0:
        fail("winners.min_score", f"must be a number 0 or more, not {value!r}")
    return float(value)


def regulation_toml(s: Settings, fmt_number: Callable[[float], str]) -> tuple[list, list]:
    """(lines after the top-level keys, lines inside [winners]) for export: only the
    keys that differ from the defaults."""
    top: list[str] = []
    if s.aggregate != "juror":
        top.append(f"aggregate = {json.dumps(s.aggregate)}")
    if s.comments != "none":
        top.append(f"comments = {json.dumps(s.comments)}")
    steps = [(k, getattr(s, f"rounding_{k}")) for k in ROUNDING_KEYS[:3]]
    if any(v is not None for _k, v in steps) or s.rounding_mode != "half_up":
        top += ["", "[rounding]"] + [f"{k} = {v}" for k, v in steps if v is not None]
        top.append(f"mode = {json.dumps(s.rounding_mode)}")
    winners = [] if s.min_score is None else [f"min_score = {fmt_number(s.min_score)}"]
    return top, winners


def check_regulation(s: Settings) -> None:
    """The same rules for settings typed in the window (app.service): one clear line."""
    from app.errors import InputError

    if s.aggregate not in AGGREGATES:
        raise InputError(f"unknown aggregate '{s.aggregate}'", field="aggregate")
    if s.normalize == "zscore" and s.aggregate != "juror":
        raise InputError("z-score normalisation needs the score made from each juror's "
                         "total (aggregate = juror)", field="normalize")
    if s.comments not in COMMENT_MODES:
        raise InputError(f"unknown comments setting '{s.comments}'", field="comments")
    for key in ROUNDING_KEYS[:3]:
        places = getattr(s, f"rounding_{key}")
        if places is not None and not 0 <= places <= MAX_PLACES:
            raise InputError(f"rounding: decimals go from 0 to {MAX_PLACES}",
                             field=f"rounding.{key}")
    if s.rounding_mode not in ROUNDING_MODES:
        raise InputError(f"unknown rounding mode '{s.rounding_mode}'", field="rounding.mode")
    if s.min_score is not None and not (math.isfinite(s.min_score) and s.min_score >= 0):
        raise InputError("the minimum score must be a number 0 or more",
                         field="winners.min_score")
