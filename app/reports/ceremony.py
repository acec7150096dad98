"""The order of the awards: what the projector reveals and the award script lists.

Decisions taken where nothing is prescribed: groups come in the order of the running
order (the first group to present is awarded first); inside a group the winners are
announced from the last winning place up to the first, as award ceremonies usually
build to the top. With one list (`total`) there is one group. Winners sharing a place
(a tie settled by the jury) are announced together in one step, in running order.
Only a finalized competition has a ceremony: before that the winners can still change.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Callable

from app.errors import InputError
from app.model import Competition
from app.scoring import Results, compute


@dataclass(frozen=True)
class Award:
    group: str                       # "" for one list
    place: int                       # place inside the group (or overall)
    code: str
    title: str
    organization: str
    score: float | None


@dataclass(frozen=True)
class Step:
    """One reveal on the projector: a group's title card, or one place's winners."""

    group: str
    awards: tuple[Award, ...] = ()   # empty: the group's title card

    @property
    def is_title(self) -> bool:
        return not self.awards


def require_final(competition: Competition, what: str) -> None:
    if not competition.finalized:
        raise InputError(f"the competition is not finalized: {what} only after the protocol "
                         "for signature is printed and the competition finalized",
                         code="not_final")


def awards(competition: Competition, results: Results | None = None) -> tuple[Award, ...]:
    """Every winner, in the order they are awarded: group by group (or one list when
    the winners are not chosen per group), last place first."""
    results = compute(competition) if results is None else results
    winners = [p for p in results.projects if p.winner]
    if competition.settings.winners_per_group is None:
        return _awarded(competition, "", winners, attrgetter("rank"))
    out: tuple[Award, ...] = ()
    for group in competition.groups:
        out += _awarded(competition, group, [p for p in winners if p.group == group],
                        attrgetter("group_rank"))
    return out


def _awarded(competition: Competition, group: str, winners: list,
             place_of: Callable) -> tuple[Award, ...]:
    """One list's winners as awards, last place first (running order within a place)."""
    winners = sorted(winners, key=lambda p: (-(place_of(p) or 0), p.order))
    return tuple(_award(competition, group, p, place_of(p)) for p in winners)


def _award(competition: Competition, group: str, p, place: int | None) -> Award:
    project = competition.project(p.code)
    return Award(group=group, place=place or 0, code=p.code, title=p.title,
                 organization=project.organization if project else "",
                 score=None if p.score is None else float(p.score))


def steps(competition: Competition, results: Results | None = None) -> tuple[Step, ...]:
    """The reveal, step by step: each group's title card, then its places, last to first."""
    require_final(competition, "the ceremony")
    out: list[Step] = []
    group = None
    for award in awards(competition, results):
        if award.group != group:
            group = award.group
            out.append(Step(group=group))
        if out[-1].awards and out[-1].awards[0].place == award.place:
            out[-1] = Step(group=group, awards=out[-1].awards + (award,))
        else:
            out.append(Step(group=group, awards=(award,)))
    return tuple(out)
