"""The competition as plain data: what the store loads, scoring reads and files carry.

Everything here is immutable and free of I/O, so that scoring is a pure function of a
`Competition` and tests can build one by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from types import MappingProxyType
from typing import Iterator, Mapping

METHODS = ("mean", "trimmed_mean", "median")
NORMALIZATIONS = ("none", "zscore")
AGGREGATES = ("juror", "criterion")
ROUNDING_MODES = ("half_up", "half_even")
COMMENT_MODES = ("none", "optional", "required")
ROLES = ("chair", "member", "secretary")
# how a juror took part in the jury's meeting (jurors.csv's `attendance` column)
ATTENDANCE = ("present", "remote", "absent")

# (juror code, project code, criterion code)
MarkKey = tuple[str, str, str]
# (juror code, project code)
PairKey = tuple[str, str]


# the group column's name when the organisers gave none: a word the documents print in
# their own language ("Группа", "Топ"), not this English stand-in
DEFAULT_GROUP_LABEL = "Group"


def named_group_label(label: str) -> str:
    """The group column's name as the organisers wrote it, or "" when they gave none."""
    return "" if label in ("", DEFAULT_GROUP_LABEL) else label


@dataclass(frozen=True)
class Settings:
    """What `competition.toml` holds."""

    title: str = ""
    subtitle: str = ""
    venue: str = ""
    dates: tuple[str, ...] = ()
    group_label: str = DEFAULT_GROUP_LABEL
    method: str = "mean"
    trim: int = 1
    normalize: str = "none"
    score_step: float = 1.0
    tie_break: tuple[str, ...] = ()
    # exactly one of the two is set: the top N of each group, or the top N overall
    winners_per_group: int | None = 4
    winners_total: int | None = None
    # the regulation's arithmetic (see app.scoring.exact): a project's score from each
    # juror's total ("juror") or from each criterion's panel score ("criterion")
    aggregate: str = "juror"
    # [rounding]: decimals of each step, None where the regulation does not round it
    rounding_criterion: int | None = None
    rounding_weighted: int | None = None
    rounding_score: int | None = None
    rounding_mode: str = "half_up"
    # [winners] min_score: a project scoring below it never wins
    min_score: float | None = None
    # a juror's written reason per project: none | optional | required
    comments: str = "none"
    # every sheet keyed twice before the protocol is final: none | required (app.paper)
    verification: str = "none"
    # [meeting]: the jury's meeting as its protocol records it (see app.meeting)
    meeting_number: str = ""        # the protocol's number in the organiser's register
    meeting_place: str = ""         # where the jury met; empty: the venue
    timezone: str = ""              # IANA zone every printed time is local to; empty: UTC
    quorum: str = "2/3"             # share of scoring jurors present needed to finalize
    meeting_start: str = ""         # local date and time the meeting opened (ISO 8601)
    meeting_end: str = ""           # and closed
    chaired_by: str = ""            # the juror code of who chaired; empty: the chair


@dataclass(frozen=True)
class Project:
    code: str
    title: str
    organization: str = ""
    group: str = ""
    category: str = ""
    order: int = 0
    withdrawn: bool = False
    # extra spreadsheet columns, kept as they came
    notes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Juror:
    code: str
    name: str
    position: str = ""
    role: str = "member"
    # the order jurors are listed in (file order); signatures and sheets follow it
    order: int = 0
    # at the jury's meeting: present, remote (by video link) or absent
    attendance: str = "present"

    @property
    def scores(self) -> bool:
        """The secretary signs the protocol but does not score."""
        return self.role != "secretary"


@dataclass(frozen=True)
class Criterion:
    code: str
    name: str
    max: float
    weight: float = 1.0
    order: int = 0


@dataclass(frozen=True)
class Adjustment:
    """Points added to (negative: taken from) a project's score after aggregation and
    rounding, with the rule it applies."""

    project: str
    points: float
    reason: str


@dataclass(frozen=True)
class Decision:
    """The jury's decision on a project in a tie that straddles the winners' cut."""

    project: str
    winner: bool
    reason: str
    decided_at: str = ""
    # what the tie looked like when the decision was taken; a different tie makes it stale
    basis: str = ""
    # the jury's vote on it, when recorded: for, against, abstaining
    votes: tuple[int, int, int] | None = None
    # the votes were equal and the chair's casting vote settled it
    casting: bool = False


@dataclass(frozen=True)
class Opinion:
    """A juror's dissenting opinion (особое мнение / ерекше пікір), printed with the
    protocol."""

    juror: str
    text: str
    written_at: str = ""


class ReadOnlyMarks(Mapping):
    """Marks that never change once made, so a snapshot may hold them as they are, without
    a copy. The faster kinds are of this kind: marks read when first used
    (app.store.fast.lazy_marks) and marks shared between keyed marks' snapshots
    (app.fast.keyed_marks)."""

    __slots__ = ()

    def as_dict(self) -> dict:
        """The marks as a dict, to copy (not to change)."""
        return dict(self.items())

    def read(self) -> Mapping:
        """These marks with nothing left to read from the file."""
        return self


class FrozenMarks(ReadOnlyMarks):
    """A dict of marks that nobody changes any more, held without a copy."""

    __slots__ = ("_marks",)

    def __init__(self, marks: dict):
        self._marks = marks

    def __getitem__(self, key):
        return self._marks[key]

    def __iter__(self) -> Iterator:
        return iter(self._marks)

    def __len__(self) -> int:
        return len(self._marks)

    def __contains__(self, key) -> bool:
        return key in self._marks

    def get(self, key, default=None):
        return self._marks.get(key, default)

    def items(self):
        return self._marks.items()

    def as_dict(self) -> dict:
        return self._marks

    def __repr__(self) -> str:
        return f"FrozenMarks({len(self._marks)} marks)"


@dataclass(frozen=True)
class Competition:
    settings: Settings = Settings()
    projects: tuple[Project, ...] = ()
    jurors: tuple[Juror, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    marks: Mapping[MarkKey, float] = field(default_factory=dict)
    recusals: frozenset[PairKey] = frozenset()
    # absent is not recused: the juror was simply not in the room for that project
    absences: frozenset[PairKey] = frozenset()
    decisions: Mapping[str, Decision] = field(default_factory=dict)
    finalized: bool = False
    # in the order they are listed (project, then as entered)
    adjustments: tuple[Adjustment, ...] = ()
    # (juror, project, criterion or "" for the whole project) -> the juror's comment
    comments: Mapping[tuple[str, str, str], str] = field(default_factory=dict)
    # juror code -> their dissenting opinion
    opinions: Mapping[str, Opinion] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # freeze the mappings so a snapshot handed to the GUI cannot be changed under it
        if not isinstance(self.marks, ReadOnlyMarks):  # read-only already
            object.__setattr__(self, "marks", MappingProxyType(dict(self.marks)))
        object.__setattr__(self, "decisions", MappingProxyType(dict(self.decisions)))
        object.__setattr__(self, "adjustments", tuple(self.adjustments))
        object.__setattr__(self, "comments", MappingProxyType(dict(self.comments)))
        object.__setattr__(self, "opinions", MappingProxyType(dict(self.opinions)))
        object.__setattr__(self, "recusals", frozenset(self.recusals))
        object.__setattr__(self, "absences", frozenset(self.absences))

    def materialized(self) -> "Competition":
        """This competition with every mark read into memory: nothing in it reads the file
        any more, so it may cross to another thread (marks read when first used read
        through the store's connection, which belongs to the thread that opened it)."""
        marks = self.marks.read() if isinstance(self.marks, ReadOnlyMarks) else self.marks
        return self if marks is self.marks else self.with_marks(marks)

    def with_marks(self, marks: Mapping[MarkKey, float]) -> "Competition":
        """The same competition with other marks; the look-ups by code are shared."""
        other = replace(self, marks=marks)
        if "_index" in self.__dict__:
            other.__dict__["_index"] = self.__dict__["_index"]
        return other

    # Look-ups by code, built once per snapshot (a keyed mark checks three of them).
    @cached_property
    def _index(self) -> dict[str, dict]:
        return {"p": {p.code: p for p in self.projects}, "j": {j.code: j for j in self.jurors},
                "c": {c.code: c for c in self.criteria}}

    def project(self, code: str) -> Project | None:
        return self._index["p"].get(code)

    def juror(self, code: str) -> Juror | None:
        return self._index["j"].get(code)

    def criterion(self, code: str) -> Criterion | None:
        return self._index["c"].get(code)

    @property
    def scoring_jurors(self) -> tuple[Juror, ...]:
        return tuple(j for j in self.jurors if j.scores)

    @property
    def running_order(self) -> tuple[Project, ...]:
        return tuple(sorted(self.projects, key=lambda p: (p.order, p.code)))

    @property
    def groups(self) -> tuple[str, ...]:
        """Groups in order of first appearance in the running order."""
        seen: dict[str, None] = {}
        for p in self.running_order:
            seen.setdefault(p.group, None)
        return tuple(seen)

    @property
    def has_sheets(self) -> bool:
        """Whether there is anything to key at all: a project in the running, a juror
        who scores and a criterion (a new, empty competition has none)."""
        return (any(not p.withdrawn for p in self.projects) and bool(self.criteria)
                and any(j.scores for j in self.jurors))

    @property
    def max_total(self) -> float:
        """The largest total one juror can give one project."""
        return sum(c.weight * c.max for c in self.criteria)

    def expected(self, juror: str, project: str) -> bool:
        """Whether this juror is expected to mark this project at all."""
        return (juror, project) not in self.recusals and (juror, project) not in self.absences
