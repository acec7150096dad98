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
    """Every winner, in the order they are awarded."""
    results = compute(competition) if results is None else results
    one_list = competition.settings.winners_per_group is None
    groups = ("",) if one_list else competition.groups
    out: list[Award] = []
    for group in groups:
        winners = [p for p in results.projects
                   if p.winner and (one_list or p.group == group)]
        place_of = (lambda p: p.rank) if one_list else (lambda p: p.group_rank)
        winners.sort(key=lambda p: (-(place_of(p) or 0), p.order))
        for p in winners:
            project = competition.project(p.code)
            out.append(Award(group=group, place=place_of(p) or 0, code=p.code, title=p.title,
                             organization=project.organization if project else "",
                             score=None if p.score is None else float(p.score)))
    return tuple(out)


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
