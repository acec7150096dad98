"""Winners: the top `winners_per_group` of each group, or the top `winners_total` overall.

Places are filled class by class (a class is a tie that survived the tie-breaks, or a
single project). A class that fits in the places left wins whole. A class with more
projects than places left straddles the cut: its projects win only by a recorded jury
decision, and a decision applies only while its `basis` - the tie it was taken on - is
unchanged. The decisions on one tie apply together, once every project in it has one:
a tie is decided whole (the window records it in one action), never half. Decisions are
never overridden to force the quota: if they choose more or fewer winners than places,
the tie reports it (`TieAtCut.quota_problem`). Places a tie leaves unfilled are not passed down to the next projects. Unscored and withdrawn
projects never win, nor do projects scoring below `[winners] min_score`: they take no
place, which stays empty if no project above the threshold is left to take it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from app.model import Decision, Settings

from .ranking import Entry
from .results import TieAtCut


def method_tag(method: str, normalize: str, trim: int, aggregate: str = "juror",
               rounding=None) -> str:
    """The arithmetic a tie's score comes from (only what differs from the defaults
    beyond method and normalisation, so that older decisions keep their basis)."""
    tag = f"method {method}"
    if method == "trimmed_mean":
        tag += f" trim {trim}"
    tag = f"{tag}; normalize {normalize}"
    if aggregate != "juror":
        tag += f"; aggregate {aggregate}"
    if rounding is not None and rounding.any:
        steps = ",".join("-" if d is None else str(d) for d in rounding[:3])
        tag += f"; rounding {steps} {rounding.mode}"
    return tag


def basis(scope: str | None, places: int, score: float, tied, tag: str) -> str:
    """A canonical description of a tie at the cut; a decision is valid while it matches."""
    value = round(float(score), 9)
    if value == 0:
        value = 0.0                     # no "-0.000000000"
    where = "overall" if scope is None else f"group {scope}"
    return (f"{where}; places {places}; score {value:.9f}; "
            f"tied {','.join(sorted(tied))}; {tag}")


@dataclass
class Selection:
    winners: set[str]
    ties: list[TieAtCut]
    valid_decisions: set[str]           # project codes whose decision applies


def _scopes(classes: list[list[Entry]], settings: Settings, groups: tuple[str, ...]):
    if settings.winners_per_group is not None:
        quota = settings.winners_per_group
        by_group: dict[str, list[list[Entry]]] = {g: [] for g in groups}
        for cls in classes:
            parts: dict[str, list[Entry]] = {}
            for e in cls:
                parts.setdefault(e.group, []).append(e)
            for g, part in parts.items():
                by_group.setdefault(g, []).append(part)
        return [(g, quota, cls_list) for g, cls_list in by_group.items()]
    if settings.winners_total is not None:
        return [(None, settings.winners_total, classes)]
    return []


def select(classes: list[list[Entry]], settings: Settings, groups: tuple[str, ...],
           decisions: Mapping[str, Decision], tag: str,
           below: frozenset[str] | set[str] = frozenset()) -> Selection:
    """`below`: the projects under `min_score`, which never win nor take a place."""
    sel = Selection(winners=set(), ties=[], valid_decisions=set())
    for scope, quota, cls_list in _scopes(classes, settings, groups):
        _fill(sel, scope, max(int(quota or 0), 0), cls_list, decisions, tag, below)
    return sel


def _fill(sel: Selection, scope: str | None, left: int, cls_list: list[list[Entry]],
          decisions: Mapping[str, Decision], tag: str, below) -> None:
    """One scope's `left` places, class by class, best first: a class that fits wins
    whole; the first that does not is the tie at the cut, and the filling stops there
    (places it leaves empty are not passed down)."""
    for cls in cls_list:
        if left <= 0:
            return
        if below:
            cls = [e for e in cls if e.code not in below]
            if not cls:
                continue
        if len(cls) > left:
            sel.ties.append(_tie_at_cut(sel, scope, left, cls, decisions, tag))
            return
        sel.winners.update(e.code for e in cls)
        left -= len(cls)


def _tie_at_cut(sel: Selection, scope: str | None, left: int, cls: list[Entry],
                decisions: Mapping[str, Decision], tag: str) -> TieAtCut:
    """The tie straddling the cut, with the decisions that apply to it (noted in
    `sel`); its chosen projects win only once every project in it is decided."""
    tied = tuple(e.code for e in cls)
    score = max(e.score if e.value is None else e.value for e in cls)
    b = basis(scope, left, score, tied, tag)
    chosen, refused, undecided = [], [], []
    for code in tied:
        d = decisions.get(code)
        if d is not None and d.basis == b:
            sel.valid_decisions.add(code)
            (chosen if d.winner else refused).append(code)
        else:
            undecided.append(code)
    # one tie, one outcome: its decisions apply together, once every project in
    # it has one (until then none of them wins and all await the decision)
    if not undecided:
        sel.winners.update(chosen)
    return TieAtCut(scope=scope, places=left, score=score, tied=tied, basis=b,
                    chosen=tuple(chosen), refused=tuple(refused), undecided=tuple(undecided))
