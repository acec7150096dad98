"""Would one juror change the winners? The winners without each juror's marks, and how
close each project is to the winners' cut.

Decisions taken where nothing is prescribed:

- "Without a juror" means the competition scored as if that juror had been absent from
  every project: their marks do not count and each divisor shrinks, as for an absence.
  The jury's recorded decisions carry over only where exactly the same tie arises (a
  decision's basis names its tie), so a changed tie shows as a decision needed.
- A change is any difference in the winners or in the projects needing a decision.
- The margin to the cut of a winner is the smallest drop of one counted juror's total
  (as the method uses it) that brings its score down to the best non-winner's score of
  its group (or of the single list); of a non-winner, the smallest rise that brings it up
  to the last winner's score. Reaching the other side's score is enough: a tie at the
  cut takes the place out of the ranking's hands. Totals stay within 0..the largest
  possible total; a project no single juror can move across has no margin (None).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.model import Competition

from .aggregate import aggregate
from .compute import compute
from .results import ProjectResult, Results


@dataclass(frozen=True)
class Without:
    juror: str
    winners: tuple[str, ...]
    decision_needed: tuple[str, ...]
    gained: tuple[str, ...]          # winners without this juror that are not winners now
    lost: tuple[str, ...]            # winners now that are not winners without this juror
    changes: bool
    settles: bool = False            # a tie now awaiting the jury would be settled by scores


@dataclass(frozen=True)
class Margin:
    project: str
    winner: bool
    juror: str | None                # whose total would have to change least
    points: float | None             # by how much (of that juror's total); None: no juror can


def without_each(competition: Competition, base: Results | None = None) -> tuple[Without, ...]:
    base = compute(competition) if base is None else base
    projects = [p.code for p in competition.projects]
    out = []
    for juror in competition.scoring_jurors:
        gone = frozenset((juror.code, p) for p in projects)
        r = compute(replace(competition, absences=competition.absences | gone))
        out.append(_against(juror.code, r, base))
    return tuple(out)


def _against(juror: str, r: Results, base: Results) -> Without:
    """What the results `r` without `juror` change against the `base` results."""
    base_w, base_d = set(base.winners), set(base.decision_needed)
    w, d = set(r.winners), set(r.decision_needed)
    return Without(juror=juror, winners=r.winners, decision_needed=r.decision_needed,
                   gained=tuple(c for c in r.winners if c not in base_w),
                   lost=tuple(c for c in base.winners if c not in w),
                   changes=w != base_w or d != base_d,
                   settles=bool(base_d) and not d)


def influence_groups(report: tuple[Without, ...]) -> list[tuple[str, tuple[str, ...], dict]]:
    """(kind, jurors, values) for every different outcome that leaving out a single
    juror gives; empty when no single juror changes the winners. `kind` is "instead"
    (gained would win instead of lost), "lose" (lost would not be sure of a place),
    "also" (gained would win too) or "tie" (a tie at the cut would need a decision):
    what the protocol prints, in each of its languages."""
    groups: dict[tuple, list[str]] = {}
    for w in report:
        if not w.changes:
            continue
        kind = ("instead" if w.gained and w.lost else "lose" if w.lost else
                "also" if w.gained else "tie")
        groups.setdefault((kind, w.gained, w.lost), []).append(w.juror)
    return [(kind, tuple(jurors), {"gained": ", ".join(gained), "lost": ", ".join(lost)})
            for (kind, gained, lost), jurors in groups.items()]


def influence_line(report: tuple[Without, ...]) -> str:
    """One line for the Results screen and the protocol."""
    changing = [w for w in report if w.changes]
    if not changing:
        return "No single juror's marks change the winners."
    # jurors whose absence changes the same thing are named together
    effects: dict[str, list[str]] = {}
    for w in changing:
        effects.setdefault(_effect(w), []).append(w.juror)
    parts = [f"without {_either(jurors)}, {what}" for what, jurors in effects.items()]
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def _effect(w: Without) -> str:
    """What leaving out one juror changes, in words, with the decision it would need."""
    what = _change(w)
    if w.decision_needed and (w.gained or w.lost):
        what += f" (decision needed: {', '.join(w.decision_needed)})"
    return what


def _change(w: Without) -> str:
    """Who would win or lose a place, or what would become of the tie at the cut."""
    if w.gained and w.lost:
        what = f"{', '.join(w.gained)} would win instead of {', '.join(w.lost)}"
    elif w.lost:
        what = f"{', '.join(w.lost)} would not be sure of a place"
    elif w.gained and w.settles:
        what = f"{', '.join(w.gained)} would take the place now awaiting the jury"
    elif w.gained:
        what = f"{', '.join(w.gained)} would also win"
    elif w.settles:
        what = "the tie at the cut would be settled by the scores"
    else:
        what = "a tie at the cut would need a decision"
    return what


def _either(jurors: list[str]) -> str:
    """"J1", "J1 or J2", "J1, J2 or J3"."""
    return jurors[0] if len(jurors) == 1 else f"{', '.join(jurors[:-1])} or {jurors[-1]}"


def _scope_of(results: Results, competition: Competition, p: ProjectResult) -> list[ProjectResult]:
    one_list = competition.settings.winners_per_group is None
    return [q for q in results.projects
            if q.score is not None and not q.withdrawn and (one_list or q.group == p.group)]


def _needed(totals: dict, juror: str, target: float, method: str, trim: int,
            upward: bool, top: float) -> float | None:
    """The smallest change of `juror`'s total that moves the score to `target`."""
    def score_with(delta: float) -> float:
        values = [float(v) + (delta if j == juror else 0.0) for j, v in totals.items()]
        return float(aggregate(values, method, trim))

    own = float(totals[juror])
    limit = (top - own) if upward else -own
    reached = (lambda s: s >= target) if upward else (lambda s: s <= target)
    if not reached(score_with(limit)):
        return None
    lo, hi = 0.0, abs(limit)
    sign = 1.0 if upward else -1.0
    for _ in range(60):   # the score is monotone in one total: halve the interval
        mid = (lo + hi) / 2
        if reached(score_with(sign * mid)):
            hi = mid
        else:
            lo = mid
    return hi


def margins(competition: Competition, results: Results) -> tuple[Margin, ...]:
    """The margin to the cut of every scored project that has the other side to reach."""
    top = float(competition.max_total)
    out = []
    for p in results.projects:
        if p.score is None or p.withdrawn or not p.used_totals:
            continue
        target = _other_side(_scope_of(results, competition, p), p.winner)
        if target is None:
            continue
        best = _least_change(p, float(target), results, top)
        out.append(Margin(project=p.code, winner=p.winner,
                          juror=best[0] if best else None,
                          points=None if best is None else round(best[1], 6)))
    return tuple(out)


def _other_side(scope: list[ProjectResult], winner: bool) -> float | None:
    """The score a project must reach to cross the cut: a winner falls to the best
    score that does not win, another rises to the least winning score (None: nobody
    is on the other side)."""
    if winner:
        others = [q.score for q in scope if not q.winner]
        return max(others) if others else None
    others = [q.score for q in scope if q.winner]
    return min(others) if others else None


def _least_change(p: ProjectResult, target: float, results: Results,
                  top: float) -> tuple[str, float] | None:
    """(juror, points): the juror whose total would have to change least to take `p`
    to `target`, and by how much; None when no single juror can."""
    best = None
    upward = not p.winner
    for juror in p.used_totals:
        need = _needed(dict(p.used_totals), juror, target, results.method, results.trim,
                       upward, top)
        if need is not None and (best is None or need < best[1]):
            best = (juror, need)
    return best


def without_json(report: tuple[Without, ...]) -> dict:
    """`"without": {"J3": {"winners": [...], "changes": true}}` of `results --compare --json`."""
    return {w.juror: {"winners": list(w.winners), "changes": w.changes,
                      "gained": list(w.gained), "lost": list(w.lost),
                      "decision_needed": list(w.decision_needed)} for w in report}
